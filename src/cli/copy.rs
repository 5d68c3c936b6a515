//! `delist copy`: puts a text on the clipboard through the same chain as the wizard, so support
//! staff can copy a text from a script or a file, locally or over SSH.
//!
//! On X11 (and Wayland) the text lives only as long as the program that copied it, unless a
//! clipboard manager takes it. So, when no manager is seen, `copy` keeps serving the text until
//! another program copies something, Enter is pressed, or `--wait` seconds pass.

use std::io::{self, BufRead, IsTerminal};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::Args;

use super::Common;
use crate::clipboard::{Chain, Env, HoldEnd, Message, Route, Survival};

/// Arguments of `delist copy`.
#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The file holding the text; - (the default) reads standard input
    #[arg(long, value_name = "FILE|-", default_value = "-")]
    from: String,

    /// Seconds to keep the text on the clipboard when it would vanish with delist (X11 without
    /// a clipboard manager, Wayland); 0 does not wait
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    wait: u64,

    /// Keep a final line end (by default one final newline, as `echo` adds, is dropped)
    #[arg(long)]
    keep_newline: bool,
}

/// Runs `copy`. Exit status: 0 when the text is on a clipboard, 3 when it could only be saved
/// in the fallback file, 1 when the input could not be read or nothing took the text.
#[must_use]
pub fn run(args: &CopyArgs, common: &Common) -> ExitCode {
    let lang = common.lang();
    let input = match super::read_input(&args.from, common.max_size, lang) {
        Ok(input) => input,
        Err(e) => {
            eprintln!("{}", e.localized(lang));
            return ExitCode::from(1);
        }
    };
    let mut text = input.text().into_owned();
    if !args.keep_newline && text.ends_with('\n') {
        text.pop();
    }

    let env = Env::from_process();
    let mut chain = Chain::select(&env, Box::new(io::stdout()));
    for notice in chain.notices() {
        eprintln!("{}", notice.text(lang));
    }
    let outcome = chain.copy(&text);
    for line in outcome.lines(lang) {
        eprintln!("{line}");
    }
    match outcome.route {
        None => return ExitCode::from(1),
        Some(Route::File(_)) => return ExitCode::from(3),
        Some(Route::System) if args.wait > 0 => {}
        Some(_) => return ExitCode::SUCCESS,
    }
    if chain.last_copy_survival() == Some(Survival::Survives) {
        // A clipboard manager (or the OS) keeps it; dropping the chain hands it over.
        return ExitCode::SUCCESS;
    }

    let (stop, stopped) = mpsc::channel();
    // Enter is read only from a terminal that is not the text's source.
    let enter = args.from != "-" && io::stdin().is_terminal();
    if enter {
        std::thread::spawn(move || {
            let mut line = String::new();
            if io::stdin().lock().read_line(&mut line).is_ok() {
                let _ = stop.send(());
            }
        });
    }
    let seconds = args.wait.to_string();
    let waiting = if enter {
        "clipboard-hold-waiting-enter"
    } else {
        "clipboard-hold-waiting"
    };
    eprintln!(
        "{}",
        Message::new(waiting).arg("seconds", seconds).text(lang)
    );
    let deadline = Instant::now() + Duration::from_secs(args.wait);
    let end = match chain.hold(deadline, &stopped) {
        HoldEnd::NotNeeded => return ExitCode::SUCCESS,
        HoldEnd::TakenOver => Message::new("clipboard-hold-taken"),
        HoldEnd::Deadline => Message::new("clipboard-hold-deadline"),
        HoldEnd::Stopped => Message::new("clipboard-hold-stopped"),
        HoldEnd::Failed(e) => {
            eprintln!("{}", e.message().text(lang));
            return ExitCode::from(1);
        }
    };
    eprintln!("{}", end.text(lang));
    ExitCode::SUCCESS
}
