//! `delist check IP`: asks the catalogue's DNSBL zones whether they list the IP, now. The one
//! command that goes online, and only when typed.

use std::io::{self, Write};
use std::net::{IpAddr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use serde_json::json;
use unicode_width::UnicodeWidthStr;

use super::Common;
use crate::blocklist::{CATALOGUE, Entry};
use crate::i18n::Lang;
use crate::online::{self, Report, Settings, Summary, plan, stamp, words};
use crate::t;

/// Arguments of `delist check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The IP address to check (IPv6 only for the lists known to take it)
    ip: String,

    /// Check only this list (a catalogue id, as `delist lists` shows); repeat or separate
    /// with commas. Default: every active DNS blocklist of the catalogue
    #[arg(long = "list", value_name = "ID", value_delimiter = ',')]
    lists: Vec<String>,

    /// One JSON object per list and zone, one per line
    #[arg(long)]
    json: bool,

    /// Ask this DNS server instead of the system's configuration (your own resolver)
    #[arg(long, value_name = "ADDR:PORT", value_parser = online::parse_dns)]
    dns: Option<SocketAddr>,

    /// Time limit for the whole check, in seconds; slower zones are reported as timeout
    #[arg(long, value_name = "SECS", default_value = "3", value_parser = online::parse_limit)]
    timeout: Duration,
}

/// Runs `check`. Exit status: 0 every zone answered and none lists the IP; 1 some list names
/// the IP (this wins over unanswered zones); 3 none lists it but some gave no answer, or the
/// check could not start; 2 for a bad IP or list id.
#[must_use]
pub fn run(args: &CheckArgs, common: &Common) -> ExitCode {
    let lang = common.lang();
    let Ok(ip) = args.ip.trim().parse::<IpAddr>() else {
        eprintln!("{}", t!(lang, "check-bad-ip", value = args.ip.clone()));
        return ExitCode::from(2);
    };
    let lists = match chosen(&args.lists) {
        Ok(l) => l,
        Err(id) => {
            let ids: Vec<&str> = CATALOGUE.entries.iter().map(|e| e.id.as_str()).collect();
            eprintln!(
                "{}",
                t!(lang, "check-unknown-list", id = id, ids = ids.join(", "))
            );
            return ExitCode::from(2);
        }
    };
    let settings = Settings {
        dns: args.dns,
        limit: args.timeout,
    };
    if !args.json {
        let count = plan::plan(ip, &lists)
            .iter()
            .filter(|p| matches!(p, online::Planned::Ask { .. }))
            .count();
        eprintln!(
            "{}",
            t!(lang, "check-asking", count = count, ip = ip.to_string())
        );
    }
    let report = match online::check(ip, &lists, &settings) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{}", words::setup_message(&e, lang));
            return ExitCode::from(3);
        }
    };
    let out = if args.json {
        json_lines(&report)
    } else {
        text(&report, args.timeout.as_secs_f64(), lang)
    };
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if args.json && report.all_failed() {
        for note in words::notes(&report, args.timeout.as_secs_f64(), lang) {
            eprintln!("{note}");
        }
    }
    match report.summary() {
        Summary::Clean => ExitCode::SUCCESS,
        Summary::Listed => ExitCode::from(1),
        Summary::Unanswered => ExitCode::from(3),
    }
}

/// The entries named, or the default set; the first unknown id as the error.
fn chosen(ids: &[String]) -> Result<Vec<&'static Entry>, String> {
    if ids.is_empty() {
        return Ok(plan::default_lists(&CATALOGUE));
    }
    let mut out: Vec<&Entry> = Vec::new();
    for id in ids {
        let id = id.trim();
        let entry = CATALOGUE.get(id).ok_or_else(|| id.to_owned())?;
        if !out.iter().any(|e| e.id == entry.id) {
            out.push(entry);
        }
    }
    Ok(out)
}

/// One JSON object per outcome, one per line.
fn json_lines(r: &Report) -> String {
    let servers: Vec<String> = r.servers.iter().map(ToString::to_string).collect();
    let mut out = String::new();
    for o in &r.outcomes {
        let entry = CATALOGUE.get(&o.list);
        let detail = match &o.answer {
            online::Answer::Error { detail, .. } => Some(detail.clone()),
            _ => None,
        };
        let codes: Vec<String> = o.answer.codes().iter().map(ToString::to_string).collect();
        let line = json!({
            "list": o.list,
            "zone": o.zone,
            "result": o.answer.result(),
            "code": codes,
            "sublist": o.answer.sublists(),
            "reason": o.reason,
            "asked_at": o.asked_at.map(stamp::rfc3339),
            "servers": servers,
            "url": entry.and_then(|e| words::official_url(e, r.ip, Lang::En)),
            "detail": detail,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// The table with the servers asked above it and the notes and summary below.
fn text(r: &Report, limit_secs: f64, lang: Lang) -> String {
    let when = r.asked_at();
    let mut out = format!(
        "{}\n{}\n\n",
        t!(lang, "check-about", ip = r.ip.to_string(), time = when),
        words::servers(r, lang)
    );
    let mut rows = vec![[
        t!(lang, "check-head-list"),
        t!(lang, "check-head-result"),
        t!(lang, "check-head-sublist"),
        t!(lang, "check-head-todo"),
        t!(lang, "check-head-url"),
    ]];
    for o in &r.outcomes {
        let url = CATALOGUE
            .get(&o.list)
            .and_then(|e| words::official_url(e, r.ip, lang))
            .unwrap_or_else(|| "-".to_owned());
        rows.push([
            words::label(o),
            words::result(&o.answer, lang),
            words::sublists(&o.answer),
            words::todo(o, lang),
            url,
        ]);
    }
    out.push_str(&table(&rows));
    let notes = words::notes(r, limit_secs, lang);
    if !notes.is_empty() {
        out.push('\n');
        for n in notes {
            out.push_str(&n);
            out.push('\n');
        }
    }
    // Nothing was checked (offline, or every query failed): the note above says so, and a
    // summary would mislead.
    if !r.all_failed() {
        out.push('\n');
        out.push_str(&words::summary(r, lang));
        out.push('\n');
    }
    out
}

/// Rows as columns padded to their widest cell (terminal columns, so Japanese lines up).
fn table<const N: usize>(rows: &[[String; N]]) -> String {
    let mut widths = [0usize; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < N {
                let pad = widths.get(i).copied().unwrap_or(0) - cell.width() + 2;
                line.push_str(&" ".repeat(pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_pads_by_terminal_width() {
        let rows = [
            ["リスト".to_owned(), "x".to_owned()],
            ["ab".to_owned(), "y".to_owned()],
        ];
        // リスト is 6 columns wide: "ab" gets 4 spaces more than the 2 of the gap.
        assert_eq!(table(&rows), "リスト  x\nab      y\n");
    }

    #[test]
    fn unknown_ids_are_named() {
        assert_eq!(chosen(&["nope".to_owned()]).unwrap_err(), "nope");
        let two = chosen(&["spamhaus".to_owned(), "spamhaus".to_owned()]).unwrap();
        assert_eq!(two.len(), 1);
    }
}
