//! Every bounce under `tests/fixtures/bounce/` is read three times, with LF, CRLF and CR line
//! ends (a terminal paste arrives with CR), and must give exactly what its `.json` beside it
//! says. A mismatch writes `<name>.failed` with what was read, so the difference is one `diff`
//! away. The fixtures are the project's own, written in the formats real MTAs produce.

mod common;

use std::fs;
use std::path::PathBuf;

use delist::bounce::Report;
use delist::diagnosis;
use delist::intake::{self, Input};
use serde_json::{Value, json};

fn fixtures() -> Vec<PathBuf> {
    common::bounces_in(&common::fixture_dir("bounce"))
}

/// What a user of the report sees, as JSON.
fn report_json(r: &Report) -> Value {
    let bounces: Vec<Value> = r
        .deliveries
        .iter()
        .map(|d| {
            json!({
                "recipient": d.recipient,
                "action": d.action,
                "status": d.status,
                "reply_code": d.reply_code,
                "reason": d.reason,
                "temporary": d.temporary,
                "retry_until": d.retry_until,
                "diagnostic": d.diagnostic,
                "remote_mta": d.remote_mta,
                "smtp_command": d.smtp_command,
            })
        })
        .collect();
    let original = r.original.as_ref().map(|o| {
        json!({
            "from": o.from,
            "to": o.to,
            "subject": o.subject,
            "date": o.date,
            "message_id": o.message_id,
            "received": o.received,
        })
    });
    json!({
        "bounces": bounces,
        "original": original,
        "original_inline": r.original_at.is_some(),
    })
}

/// Properties every report must have, whatever the fixture says.
fn check_invariants(name: &str, r: &Report) {
    for d in &r.deliveries {
        let Some(span) = d.span.clone() else { continue };
        let shown = r
            .text
            .get(span.clone())
            .unwrap_or_else(|| panic!("{name}: span {span:?} is not inside the text"));
        if let Some(at) = r.original_at {
            assert!(
                span.end <= at,
                "{name}: the diagnostic is read from the original"
            );
        }
        if let Some(code) = d.reply_code {
            let diag = d.diagnostic.as_deref().unwrap_or("");
            if diag.starts_with(&code.to_string()) {
                assert!(
                    shown.contains(&code.to_string()),
                    "{name}: the span {shown:?} does not show the reply {code}"
                );
            }
        }
    }
    if let Some(o) = &r.original {
        for line in &o.received {
            assert!(!line.contains('\n'), "{name}: Received header not unfolded");
        }
    }
}

fn with_line_ends(data: &[u8], end: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + data.len() / 20);
    for &b in data {
        if b == b'\n' {
            out.extend_from_slice(end);
        } else {
            out.push(b);
        }
    }
    out
}

#[test]
fn bounce_fixtures_read_as_expected_with_lf_crlf_and_cr() {
    let mut tests_run = 0;
    let mut failures = Vec::new();
    for path in fixtures() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let raw = fs::read(&path).unwrap();
        let expected_path = path.with_extension("json");
        let failed_path = path.with_extension("failed");
        let expected: Option<Value> = fs::read_to_string(&expected_path)
            .ok()
            .map(|s| serde_json::from_str(&s).unwrap_or_else(|e| panic!("{name}.json: {e}")));
        let mut mismatch = None;
        for (label, end) in [("LF", &b"\n"[..]), ("CRLF", b"\r\n"), ("CR", b"\r")] {
            let data = with_line_ends(&raw, end);
            let input = Input::from_bytes(&name, data, intake::DEFAULT_LIMIT)
                .unwrap_or_else(|e| panic!("{name} ({label}): {e}"));
            let report = diagnosis::read(&input);
            check_invariants(&format!("{name} ({label})"), &report);
            let got = report_json(&report);
            tests_run += 1;
            if expected.as_ref() != Some(&got) && mismatch.is_none() {
                mismatch = Some((label, got));
            }
        }
        match mismatch {
            Some((label, got)) => {
                let pretty = serde_json::to_string_pretty(&got).unwrap() + "\n";
                fs::write(&failed_path, pretty).unwrap();
                failures.push(format!(
                    "{name} ({label}): see {}",
                    failed_path.file_name().unwrap().to_string_lossy()
                ));
            }
            None => {
                let _ = fs::remove_file(&failed_path);
            }
        }
    }
    assert!(tests_run > 0, "no fixtures found");
    assert!(
        failures.is_empty(),
        "fixtures differ:\n{}",
        failures.join("\n")
    );
}
