//! `delist cases`: the saved cases, newest first (id, last saved, step, IP, list, phone code);
//! `--delete ID` removes one after a confirmation.

use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;

use clap::Args;
use unicode_width::UnicodeWidthStr;

use super::Common;
use crate::blocklist::CATALOGUE;
use crate::case::Case;
use crate::case::store::Store;
use crate::i18n::Lang;
use crate::safe_text::for_terminal;
use crate::t;

/// Arguments of `delist cases`.
#[derive(Debug, Args)]
pub struct CasesArgs {
    /// Delete this case (its id, or the start of it), after a confirmation
    #[arg(long, value_name = "ID")]
    delete: Option<String>,

    /// Delete without asking (for scripts)
    #[arg(long, requires = "delete")]
    yes: bool,
}

/// Runs `cases`.
#[must_use]
pub fn run(args: &CasesArgs, common: &Common) -> ExitCode {
    let lang = common.lang();
    let Some(store) = Store::open() else {
        eprintln!("{}", t!(lang, "case-no-data-dir"));
        return ExitCode::FAILURE;
    };
    match &args.delete {
        Some(id) => delete(&store, id, args.yes, lang),
        None => list(&store, lang),
    }
}

fn list(store: &Store, lang: Lang) -> ExitCode {
    let (cases, problems) = match store.list() {
        Ok(found) => found,
        Err(e) => {
            eprintln!("{}", t!(lang, "case-io", detail = e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    for p in &problems {
        eprintln!("{}", for_terminal(&p.message(lang)));
    }
    let mut out = String::new();
    if cases.is_empty() {
        out.push_str(&t!(lang, "case-list-empty"));
        out.push('\n');
    } else {
        let dir = store.dir().display().to_string();
        out.push_str(&t!(lang, "case-list-header", dir = dir));
        out.push_str("\n\n");
        for case in &cases {
            out.push_str(&row(case, lang));
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&t!(lang, "case-list-footer"));
        out.push('\n');
    }
    let _ = io::stdout().lock().write_all(for_terminal(&out).as_bytes());
    ExitCode::SUCCESS
}

/// The list's name as people know it, with the sub-list.
#[must_use]
pub fn list_name(case: &Case, lang: Lang) -> String {
    case.list
        .as_deref()
        .and_then(|id| CATALOGUE.get(id))
        .map_or_else(
            || t!(lang, "case-list-no-list"),
            |e| crate::words::list_name(e, case.sublist.as_deref(), lang),
        )
}

fn pad(text: &str, width: usize) -> String {
    let w = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// One line: id, last saved, step, IP, list, and the phone code.
fn row(case: &Case, lang: Lang) -> String {
    let step = if case.finished {
        t!(lang, "case-list-finished")
    } else {
        t!(lang, "case-list-step", step = i64::from(case.step))
    };
    let ip = case
        .ip
        .map_or_else(|| t!(lang, "case-list-no-ip"), |ip| ip.to_string());
    let code = case.code().map(|c| format!("  [{c}]")).unwrap_or_default();
    format!(
        "{}  {}  {}  {}  {}{code}",
        pad(&case.id, 17),
        pad(&case.updated_words(lang), 30),
        pad(&step, 6),
        pad(&ip, 15),
        list_name(case, lang)
    )
}

fn delete(store: &Store, id: &str, yes: bool, lang: Lang) -> ExitCode {
    let case = match store.load(id) {
        Ok(case) => case,
        Err(e) => {
            eprintln!("{}", for_terminal(&e.message(lang)));
            return ExitCode::from(2);
        }
    };
    if !yes {
        if !io::stdin().is_terminal() {
            eprintln!("{}", t!(lang, "case-delete-needs-yes"));
            return ExitCode::from(2);
        }
        let summary = format!("{}, {}", case.updated_words(lang), list_name(&case, lang));
        eprint!(
            "{} ",
            for_terminal(&t!(
                lang,
                "case-delete-confirm",
                id = case.id.as_str(),
                summary = summary
            ))
        );
        let _ = io::stderr().flush();
        let mut answer = String::new();
        let _ = io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "はい" | "ｙ") {
            eprintln!("{}", t!(lang, "case-delete-kept"));
            return ExitCode::from(1);
        }
    }
    match store.delete(&case.id) {
        Ok(()) => {
            println!("{}", t!(lang, "case-delete-done", id = case.id.as_str()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", t!(lang, "case-io", detail = e.to_string()));
            ExitCode::FAILURE
        }
    }
}
