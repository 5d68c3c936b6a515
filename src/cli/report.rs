//! `delist report ID`: a saved case as a report in the user's language, ready to paste into a
//! support ticket or an email (plain text, or Markdown with `--format markdown`).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Args;

use super::Common;
use crate::case::report::{self, Format};
use crate::case::store::Store;
use crate::safe_text::for_terminal;
use crate::t;

/// Arguments of `delist report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The case (its id, or the start of it; `delist cases` lists them)
    id: String,

    /// Plain text, or Markdown for a ticket system that renders it
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

/// Runs `report`.
#[must_use]
pub fn run(args: &ReportArgs, common: &Common) -> ExitCode {
    let lang = common.lang();
    let Some(store) = Store::open() else {
        eprintln!("{}", t!(lang, "case-no-data-dir"));
        return ExitCode::FAILURE;
    };
    let case = match store.load(&args.id) {
        Ok(case) => case,
        Err(e) => {
            eprintln!("{}", for_terminal(&e.message(lang)));
            return ExitCode::from(2);
        }
    };
    let w = crate::wizard::report::rebuild(&case, lang, common.max_size);
    let text = report::render(&crate::wizard::report::gather(&w), lang, args.format);
    // The bounce's words reach the report (the reply quoted in a field): made harmless.
    let _ = io::stdout()
        .lock()
        .write_all(for_terminal(&text).as_bytes());
    ExitCode::SUCCESS
}
