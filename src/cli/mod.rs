//! The command line: the wizard by default, and `analyze`, `lists`, `request`, `copy` and
//! `check` (the only command that goes online) for scripts and support staff. Each subcommand lives in its own file; this one only parses and
//! dispatches.

mod analyze;
mod cases;
mod check;
mod copy;
mod lists;
mod report;
mod request;
mod suggest;

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, Parser, Subcommand};

use crate::i18n::Lang;
use crate::intake;
use crate::safe_text;

/// delist: from a bounced mail to a blocklist removal request.
#[derive(Debug, Parser)]
#[command(
    name = "delist",
    version,
    about = "From a bounced mail to a blocklist removal request, in Japanese or English",
    long_about = "Opens a step-by-step wizard: paste the bounce, see what happened, find the \
                  blocked IP and the list, fill in the removal form and copy each field.\n\n\
                  Offline: nothing is sent anywhere, except by `delist check` or the wizard's \
                  online-check key, which ask the blocklists' DNS zones.",
    subcommand_negates_reqs = true,
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// A bounce to open in the wizard (a .eml file or pasted text saved to a file)
    file: Option<String>,

    /// Open the wizard with a built-in demo bounce (Trend Micro ERS)
    #[arg(long, conflicts_with = "file")]
    demo: bool,

    /// Open the wizard at the list step from a phone code (e.g. "TM-QIL 203.0.113.5"): follow
    /// a customer's screen without their error mail
    #[arg(long, value_name = "CODE", conflicts_with_all = ["file", "demo", "resume"])]
    code: Option<String>,

    /// Continue a saved case: the latest, or the one with this id (delist cases lists them)
    #[arg(long, value_name = "ID", num_args = 0..=1, default_missing_value = "", conflicts_with_all = ["file", "demo"])]
    resume: Option<String>,

    /// The DNS server the wizard's online check (key n on steps 4 and 7) asks, instead of the
    /// system's configuration: your own resolver
    #[arg(long, value_name = "ADDR:PORT", value_parser = crate::online::parse_dns)]
    dns: Option<std::net::SocketAddr>,

    #[command(flatten)]
    common: Common,
}

/// Options every command takes.
#[derive(Debug, Args, Clone)]
pub struct Common {
    /// Language of messages: ja or en [default: from LC_ALL, LC_MESSAGES, LANG, then the OS]
    #[arg(long, global = true, value_name = "ja|en", value_parser = parse_lang)]
    lang: Option<Lang>,

    /// Largest input accepted, e.g. 32M or 500K
    #[arg(long, global = true, value_name = "SIZE", default_value = "32M", value_parser = intake::parse_size)]
    max_size: u64,
}

impl Common {
    /// The language chosen by flag or environment.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang.unwrap_or_else(|| Lang::detect(None))
    }
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_tag(value).ok_or_else(|| format!("unknown language {value:?}: use ja or en"))
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read bounces and print what happened (one JSON line per file with --json)
    Analyze(analyze::AnalyzeArgs),
    /// Print the catalogue of blocklists and provider blocks
    Lists(lists::ListsArgs),
    /// Write the removal request for a list without the wizard
    Request(Box<request::RequestArgs>),
    /// Copy a text (standard input or --from FILE) to the clipboard, as the wizard does
    ///
    /// The desktop clipboard, else the terminal's (OSC 52: over SSH, inside tmux or screen),
    /// else the file clipboard.txt in delist's data folder. Messages go to standard error.
    ///
    /// On X11 with no clipboard manager the text would vanish when this command ends, so it
    /// keeps the text available until another program copies something, Enter is pressed (with
    /// --from, in a terminal) or --wait seconds pass.
    ///
    /// DELIST_CLIPBOARD=system|osc52|file|test:PATH forces the way. Exit status: 0 copied, 3
    /// only saved in the file, 1 unreadable input or nothing took the text.
    Copy(copy::CopyArgs),
    /// Ask the blocklists' DNS zones now whether they list an IP (goes online)
    ///
    /// Only this command and the wizard's online-check key send anything over the network. The
    /// system's DNS configuration is used unless --dns names a server. Spamhaus refuses
    /// queries through public resolvers: such answers show as refused, never as listed.
    ///
    /// Exit status: 0 every zone answered and none lists the IP; 1 at least one lists it (this
    /// wins when others gave no answer); 3 some gave no answer (refused, timeout, error) or the
    /// check could not start; 2 a bad IP or list id.
    Check(check::CheckArgs),
    /// List the saved cases (newest first), or delete one with --delete ID
    ///
    /// The wizard saves each case as you go (the error mail, your answers, the step reached)
    /// in delist's data folder; `delist --resume ID` continues one.
    Cases(cases::CasesArgs),
    /// Print a case as a report to paste into a support ticket or an email
    Report(report::ReportArgs),
}

/// Parses the command line and runs the command.
#[must_use]
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let common = cli.common.clone();
    // `--demo` is the wizard's; with a command it would be silently ignored.
    if cli.demo && cli.command.is_some() {
        eprintln!(
            "{}",
            crate::t!(common.lang(), "cli-usage-unknown", arg = "--demo")
        );
        eprintln!("{}", crate::t!(common.lang(), "cli-usage-help"));
        return ExitCode::from(2);
    }
    match cli.command {
        Some(Command::Analyze(args)) => analyze::run(&args, &common),
        Some(Command::Lists(args)) => lists::run(&args, &common),
        Some(Command::Request(args)) => request::run(&args, &common),
        Some(Command::Copy(args)) => copy::run(&args, &common),
        Some(Command::Check(args)) => check::run(&args, &common),
        Some(Command::Cases(args)) => cases::run(&args, &common),
        Some(Command::Report(args)) => report::run(&args, &common),
        None if cli.file.as_deref().and_then(suggest::command_for).is_some() => {
            did_you_mean(cli.file.as_deref().unwrap_or_default(), common.lang())
        }
        None => {
            let code = match cli.code.as_deref().map(crate::case::code::decode) {
                None => None,
                Some(Ok(code)) => Some(code),
                Some(Err(e)) => {
                    eprintln!("{}", safe_text::for_terminal(&e.message(common.lang())));
                    return ExitCode::from(2);
                }
            };
            crate::wizard::run(&crate::wizard::Options {
                lang: common.lang(),
                file: cli.file,
                demo: cli.demo,
                max_size: common.max_size,
                dns: cli.dns,
                resume: cli.resume,
                code,
            })
        }
    }
}

/// How long a command waits on a pipe before saying that it waits: a program that writes at
/// once (`<(zcat bounce.eml.gz)`) is read with no message.
const PIPE_PATIENCE: std::time::Duration = std::time::Duration::from_millis(300);

/// Reads a file or standard input for a command. Opening a pipe (FIFO) waits until a program
/// writes to it; rather than wait in silence, standard error says, in the user's language,
/// what delist is waiting for.
pub(crate) fn read_input(
    path: &str,
    limit: u64,
    lang: Lang,
) -> Result<intake::Input, intake::IntakeError> {
    if !intake::is_pipe(path) {
        return intake::Input::read(path, limit);
    }
    let (done, waiting) = std::sync::mpsc::channel::<()>();
    std::thread::scope(|s| {
        s.spawn(move || {
            if waiting.recv_timeout(PIPE_PATIENCE)
                == Err(std::sync::mpsc::RecvTimeoutError::Timeout)
            {
                let note = crate::t!(lang, "intake-waiting-pipe", path = path);
                eprintln!("{}", safe_text::for_terminal(&note));
            }
        });
        let read = intake::Input::read(path, limit);
        drop(done);
        read
    })
}

/// Help and version as clap prints them; a usage error first in the user's language, then
/// clap's own explanation, which only speaks English. Exit status 2, as for any usage error.
fn usage_error(e: &clap::Error) -> ExitCode {
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        e.exit();
    }
    // The command line did not parse, so `--lang` is looked for by hand.
    let lang = Lang::detect(lang_flag(std::env::args()).as_deref());
    if let Some(word) = suggest::first_word(std::env::args())
        && suggest::command_for(&word).is_some()
    {
        return did_you_mean(&word, lang);
    }
    // Both lines echo what was typed, which may hold escape codes (a pasted file name).
    eprintln!("{}", safe_text::for_terminal(&usage_line(e, lang)));
    eprintln!("{}\n", crate::t!(lang, "cli-usage-more"));
    // Rendered without colour: it is read beside the plain line above.
    eprint!("{}", safe_text::for_terminal(&e.render().to_string()));
    ExitCode::from(2)
}

/// A mistyped command named with the one it most likely meant; exit status 2 (a usage error).
fn did_you_mean(word: &str, lang: Lang) -> ExitCode {
    if let Some(command) = suggest::command_for(word) {
        let line = crate::t!(
            lang,
            "cli-usage-did-you-mean",
            word = word,
            command = command
        );
        eprintln!("{}", safe_text::for_terminal(&line));
        eprintln!("{}", crate::t!(lang, "cli-usage-help"));
    }
    ExitCode::from(2)
}

/// The value of `--lang X` or `--lang=X`, whether or not the rest of the line parsed.
fn lang_flag(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
        if arg == "--lang" {
            return args.next();
        }
    }
    None
}

/// One line naming the problem, from what clap knows of it.
fn usage_line(e: &clap::Error, lang: Lang) -> String {
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg);
    match (e.kind(), arg) {
        (ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand, Some(arg)) => {
            crate::t!(lang, "cli-usage-unknown", arg = arg)
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, Some(arg)) => {
            if let Some(value) = context(ContextKind::InvalidValue).filter(|v| !v.is_empty()) {
                crate::t!(lang, "cli-usage-invalid-value", arg = arg, value = value)
            } else {
                crate::t!(lang, "cli-usage-missing-value", arg = arg)
            }
        }
        (ErrorKind::MissingRequiredArgument, Some(arg)) => {
            crate::t!(lang, "cli-usage-missing", arg = arg)
        }
        _ => crate::t!(lang, "cli-usage-other"),
    }
}
