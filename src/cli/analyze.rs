//! `delist analyze`: one block (or one JSON line) per input, in input order.
//!
//! Files are read on all cores; results are printed in input order as soon as each is ready,
//! so a long batch streams. Progress goes to stderr, and only when stderr is a terminal.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::Args;

use super::Common;
use crate::diagnosis::{self, Diagnosis};
use crate::i18n::Lang;
use crate::intake::Input;
use crate::safe_text;
use crate::t;

/// Arguments of `delist analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Print one JSON object per input file, one per line
    #[arg(long)]
    json: bool,

    /// Bounce files to read; none, or -, reads standard input
    #[arg(value_name = "FILE")]
    files: Vec<String>,
}

/// Runs `analyze`. Exit status: 0 when every input was read, 1 when any had an error.
#[must_use]
pub fn run(args: &AnalyzeArgs, common: &Common) -> ExitCode {
    let lang = common.lang();
    let files = if args.files.is_empty() {
        vec!["-".to_owned()]
    } else {
        args.files.clone()
    };
    let failed = AtomicUsize::new(0);
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let show_progress = files.len() > 1 && io::stderr().is_terminal();
    // Finished results wait here until every earlier input has been printed.
    let pending: Mutex<(usize, BTreeMap<usize, String>)> = Mutex::new((0, BTreeMap::new()));
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(files.len());

    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(path) = files.get(i) else { break };
            let result = super::read_input(path, common.max_size, lang)
                .map_err(|e| e.localized(lang))
                .and_then(|input| read_one(&input, lang));
            if result.is_err() {
                failed.fetch_add(1, Ordering::Relaxed);
            }
            let text = render(
                path,
                result.as_ref().map_err(String::clone),
                args.json,
                lang,
            );
            let mut guard = pending
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            guard.1.insert(i, text);
            let mut out = io::stdout().lock();
            while let Some(text) = {
                let n = guard.0;
                guard.1.remove(&n)
            } {
                // A closed pipe (`| head`) is not an error worth a panic.
                let _ = out.write_all(text.as_bytes());
                guard.0 += 1;
            }
            let _ = out.flush();
            drop(guard);
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if show_progress {
                eprint!(
                    "\r{}",
                    t!(lang, "analyze-progress", done = n, total = files.len())
                );
            }
        }
    };
    if workers == 1 {
        // One input: no thread to start, and no tables to build that it does not need.
        work();
    } else {
        std::thread::scope(|scope| {
            // Both workers begin by reading a bounce, whose tables the first one builds while
            // the other waits; the catalogue's tables build meanwhile on this thread instead.
            scope.spawn(crate::blocklist::prepare);
            for _ in 0..workers {
                scope.spawn(work);
            }
        });
    }
    if show_progress {
        eprintln!();
    }
    if failed.load(Ordering::Relaxed) > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// One input's diagnosis. A panic (a bug, never expected) fails this input alone: the files
/// after it on the command line are still read.
fn read_one(input: &Input, lang: Lang) -> Result<(Diagnosis, bool), String> {
    std::panic::catch_unwind(|| (diagnosis::diagnose(input), input.is_undecodable()))
        .map_err(|_| t!(lang, "analyze-error-internal"))
}

fn render(
    path: &str,
    result: Result<&(Diagnosis, bool), String>,
    json: bool,
    lang: Lang,
) -> String {
    if json {
        // JSON escapes C0 controls itself; C1, bidi and zero-width characters are escaped too,
        // so that a line read on a terminal cannot drive it.
        let mut line = safe_text::json_escaped(&diagnosis::json_line(path, result.map(|(d, _)| d)))
            .into_owned();
        line.push('\n');
        return line;
    }
    let mut out = format!("== {path}\n");
    if let Ok((_, true)) = result {
        out.push_str(&format!("  {}\n", t!(lang, "analyze-note-undecodable")));
    }
    if let Ok((d, _)) = result
        && d.report.nesting_cut
    {
        out.push_str(&format!(
            "  {}\n",
            t!(
                lang,
                "analyze-note-nesting-cut",
                depth = crate::bounce::MAX_MIME_DEPTH
            )
        ));
    }
    match result.map(|(d, _)| d) {
        Err(e) => out.push_str(&format!("  {}\n", t!(lang, "analyze-error", detail = e))),
        Ok(d) if d.report.deliveries.is_empty() => {
            out.push_str(&format!("  {}\n", t!(lang, "analyze-not-a-bounce")));
        }
        Ok(d) => {
            let links: Vec<&str> = d.suspicious_urls.iter().map(|u| u.url.as_str()).collect();
            if !links.is_empty() {
                // Each site once, in the order of the text (a link is often in the text part
                // and in the DSN both), as the wizard lists them.
                let mut sites: Vec<String> = Vec::new();
                for site in links.iter().filter_map(|l| crate::words::site_of(l)) {
                    if !sites.contains(&site) {
                        sites.push(site);
                    }
                }
                out.push_str(&format!(
                    "  {}\n",
                    t!(lang, "analyze-suspicious-links", sites = sites.join(", "))
                ));
            }
            if let Some(h) = &d.hosting {
                out.push_str(&format!("  {}\n", h.describe(lang)));
            }
            for (delivery, finding) in d.entries() {
                out.push_str(&crate::explain::summary_block(
                    delivery, finding, &links, lang,
                ));
            }
        }
    }
    out.push('\n');
    // The file name and every text from the bounce pass here before reaching the terminal.
    safe_text::for_terminal(&out).into_owned()
}
