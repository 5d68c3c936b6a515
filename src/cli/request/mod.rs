//! `delist request`: the removal request texts without the wizard, for support staff and scripts.
//!
//! The list comes from FILE's diagnosis unless `--list` is given. Every missing, invalid or
//! contradictory answer is reported in the user's language with the flag that answers it, and
//! the exit status is 2; an unreadable FILE is 1. Where there is nothing to request (no list in
//! FILE, a list that takes no request, or a list whose rules forbid one for these answers) the
//! advice is printed instead and the exit status is 4.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

mod render;

use super::Common;
use crate::blocklist::CATALOGUE;
use crate::diagnosis;
use crate::i18n::Lang;
use crate::request::no_list::{self, NoList};
use crate::request::{self, Answers, Choice, Contact, Facts, Question};
use crate::t;
use crate::words;

/// Arguments of `delist request`.
#[derive(Debug, Args)]
pub struct RequestArgs {
    /// The bounce the list and the facts (IP, error text, recipient) are read from
    #[arg(value_name = "FILE")]
    file: Option<String>,

    /// The list's id (see `delist lists`); overrides the list found in FILE
    #[arg(long, value_name = "ID")]
    list: Option<String>,

    /// The sub-list, when it matters (QIL, SBL, PBL, 5.7.511); FILE usually tells
    #[arg(long, value_name = "ID")]
    sublist: Option<String>,

    /// Why it happened: unknown, shared-server, stolen-password, infected-pc, hacked-website,
    /// new-ip, dynamic-ip, no-ptr, newsletter-complaints, backscatter, open-relay
    #[arg(long, value_name = "ID")]
    cause: Option<String>,

    /// What you have already done (repeat or separate with commas); without it, no fix is
    /// claimed: asked-provider, changed-passwords, enabled-mfa, removed-malware, fixed-website,
    /// closed-relay, set-ptr, use-provider-smtp, set-authentication, cleaned-list,
    /// stopped-auto-replies, reduced-volume
    #[arg(long = "fix", value_name = "ID", value_delimiter = ',')]
    fixes: Vec<String>,

    /// How you will prevent a repeat (repeat or separate with commas): monitor, rate-limit,
    /// strong-passwords, updates, antivirus, confirmed-opt-in, staff-training,
    /// ask-provider-dedicated-ip
    #[arg(long = "prevent", value_name = "ID", value_delimiter = ',')]
    prevent: Vec<String>,

    /// Your name in romaji or kana, for the English texts (kana is converted to romaji)
    #[arg(long, value_name = "NAME")]
    name: Option<String>,

    /// Your name as you write it in Japanese (kanji or kana), for the email to your provider;
    /// kana here also gives the romaji when --name is not given
    #[arg(long = "name-ja", value_name = "NAME")]
    name_ja: Option<String>,

    /// Your email address; the list replies to it
    #[arg(long, value_name = "ADDRESS")]
    email: Option<String>,

    /// Your role: it-admin, owner, office-staff, web-admin, it-contractor, or English words;
    /// unknown leaves a role field for you to choose on the page
    #[arg(long, value_name = "ROLE")]
    role: Option<String>,

    /// Your company's name in English or romaji
    #[arg(long, value_name = "NAME")]
    company: Option<String>,

    /// Your company's name as you write it in Japanese (kanji or kana), for the email to your
    /// provider; the English texts use --company
    #[arg(long = "company-ja", value_name = "NAME")]
    company_ja: Option<String>,

    /// Your telephone number
    #[arg(long, value_name = "NUMBER")]
    phone: Option<String>,

    /// Where your mail is sent from: unknown, shared, own, cloud, m365, google
    #[arg(long, value_name = "TYPE")]
    server: Option<String>,

    /// Whether the blocked IP is fixed: unknown, static, dynamic (some lists' rules need it)
    #[arg(long, value_name = "KIND")]
    ip_kind: Option<String>,

    /// Your hosting provider's name (Xserver, さくらインターネット, …)
    #[arg(long, value_name = "NAME")]
    provider: Option<String>,

    /// The blocked IP address; overrides the one found in FILE
    #[arg(long, value_name = "IP")]
    ip: Option<String>,

    /// Your mail server's host name, for forms that ask for it
    #[arg(long, value_name = "HOST")]
    hostname: Option<String>,

    /// Print the request as one JSON object
    #[arg(long)]
    json: bool,
}

/// Exit status when there is nothing to request and the advice was printed instead.
const NOTHING_TO_REQUEST: u8 = 4;

/// Runs `request`. Exit status: 0 done, 1 FILE unreadable, 2 a missing or wrong answer,
/// 4 nothing to request (the advice is printed instead).
#[must_use]
pub fn run(args: &RequestArgs, common: &Common) -> ExitCode {
    let lang = common.lang();
    let (entry_id, sublist, facts, answers) = match prepare(args, common, lang) {
        Ok(Prepared::List(p)) => *p,
        Ok(Prepared::NoList(no)) => {
            let text = if args.json {
                format!("{}\n", no.to_json(lang))
            } else {
                render::no_list(&no, lang)
            };
            print(&text, args.json);
            return ExitCode::from(NOTHING_TO_REQUEST);
        }
        Err((message, code)) => return fail(&message, code),
    };
    let Some(entry) = CATALOGUE.get(&entry_id) else {
        return fail(&t!(lang, "request-cli-unknown-list", list = entry_id), 2);
    };
    match request::build(entry, sublist.as_deref(), &facts, &answers, lang) {
        Ok(out) => {
            let text = if args.json {
                format!("{}\n", out.to_json(entry, lang))
            } else {
                render::render(
                    &words::list_name(entry, out.sublist.as_deref(), lang),
                    &out,
                    lang,
                )
            };
            print(&text, args.json);
            if out.has_request() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(NOTHING_TO_REQUEST)
            }
        }
        Err(remarks) => {
            let lines: Vec<String> = remarks
                .iter()
                .map(|r| {
                    t!(
                        lang,
                        "request-cli-problem",
                        flag = r.about.flag(),
                        message = r.message(lang)
                    )
                })
                .collect();
            fail(&lines.join("\n"), 2)
        }
    }
}

fn print(text: &str, json: bool) {
    // Texts from the bounce are made inert before they reach the terminal.
    let text = if json {
        crate::safe_text::json_escaped(text)
    } else {
        crate::safe_text::for_terminal(text)
    };
    // A closed pipe (`| head`) is not worth a panic.
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn fail(message: &str, code: u8) -> ExitCode {
    // It may name the file or echo a flag's value.
    eprintln!("{}", crate::safe_text::for_terminal(message));
    ExitCode::from(code)
}

/// The list, the sub-list, the facts and the answers; or the advice for a bounce with no list.
enum Prepared {
    List(Box<(String, Option<String>, Facts, Answers)>),
    NoList(NoList),
}

/// Reads FILE, picks the list and turns the flags into answers; an `Err` is the message to
/// print and the exit status.
fn prepare(args: &RequestArgs, common: &Common, lang: Lang) -> Result<Prepared, (String, u8)> {
    let mut reason = None;
    let mut facts = match &args.file {
        Some(path) => {
            let input = crate::cli::read_input(path, common.max_size, lang).map_err(|e| {
                let detail = e.localized(lang);
                (
                    t!(
                        lang,
                        "request-cli-read-error",
                        file = path.as_str(),
                        detail = detail
                    ),
                    1,
                )
            })?;
            let d = diagnosis::diagnose(&input);
            reason = d
                .main_index()
                .and_then(|i| d.report.deliveries.get(i))
                .map(|delivery| delivery.reason);
            Facts::from_diagnosis(&d)
        }
        None => Facts::default(),
    };
    let list = match (&args.list, &facts.list, &args.file) {
        (Some(l), _, _) => l.trim().to_owned(),
        (None, Some(l), _) => l.clone(),
        (None, None, Some(f)) => {
            return match reason {
                Some(reason) => Ok(Prepared::NoList(no_list::advice(reason, &facts))),
                None => Err((t!(lang, "request-cli-no-list", file = f.as_str()), 2)),
            };
        }
        (None, None, None) => return Err((t!(lang, "request-cli-no-input"), 2)),
    };
    if CATALOGUE.get(&list).is_none() {
        return Err((t!(lang, "request-cli-unknown-list", list = list), 2));
    }
    // The bounce's sub-list belongs to the bounce's list, not to another one named by --list.
    let sublist = args.sublist.clone().or_else(|| {
        (facts.list.as_deref() == Some(list.as_str()))
            .then(|| facts.sublist.clone())
            .flatten()
    });
    if let Some(ip) = &args.ip {
        let v = request::validate::ip(ip);
        if let Some(message) = v.message(lang).filter(|_| !v.is_ok()) {
            return Err((flag_line(lang, Question::Ip, &message), 2));
        }
        facts.ip = ip.trim().trim_matches(['[', ']']).parse().ok();
    }
    let answers = answers(args, lang)?;
    Ok(Prepared::List(Box::new((list, sublist, facts, answers))))
}

/// The flags as answers; a choice that is not one of the ids is an error listing the ids.
fn answers(args: &RequestArgs, lang: Lang) -> Result<Answers, (String, u8)> {
    type Checked<T> = Result<T, (String, u8)>;
    fn one<T: Choice>(lang: Lang, q: Question, value: Option<&str>) -> Checked<Option<T>> {
        value.map(|v| choice(lang, q, v)).transpose()
    }
    fn many<T: Choice>(lang: Lang, q: Question, values: &[String]) -> Checked<Vec<T>> {
        values.iter().map(|v| choice(lang, q, v)).collect()
    }
    Ok(Answers {
        cause: one(lang, Question::Cause, args.cause.as_deref())?,
        fixes: many(lang, Question::Fixes, &args.fixes)?,
        prevention: many(lang, Question::Prevention, &args.prevent)?,
        server: one(lang, Question::Server, args.server.as_deref())?,
        ip_kind: one(lang, Question::IpKind, args.ip_kind.as_deref())?,
        provider: args.provider.clone(),
        hostname: args.hostname.clone(),
        contact: Contact {
            name: args.name.clone().unwrap_or_default(),
            name_ja: args.name_ja.clone().unwrap_or_default(),
            email: args.email.clone().unwrap_or_default(),
            role: args.role.clone().unwrap_or_default(),
            company: args.company.clone().unwrap_or_default(),
            company_ja: args.company_ja.clone().unwrap_or_default(),
            phone: args.phone.clone().unwrap_or_default(),
        },
    })
}

fn flag_line(lang: Lang, q: Question, message: &str) -> String {
    t!(
        lang,
        "request-cli-problem",
        flag = q.flag(),
        message = message
    )
}

/// One choice from its id, or the message listing the choices.
fn choice<T: Choice>(lang: Lang, q: Question, value: &str) -> Result<T, (String, u8)> {
    T::from_id(value).ok_or_else(|| {
        let choices: Vec<&str> = T::ALL.iter().map(|c| c.id()).collect();
        let message = t!(
            lang,
            "request-cli-unknown-choice",
            flag = q.flag(),
            value = value,
            choices = choices.join(", ")
        );
        (message, 2)
    })
}
