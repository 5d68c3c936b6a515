//! Inputs built to exhaust: MIME nested ten thousand deep, ten thousand recipients in one
//! report, two hundred thousand addresses, a 50 MB attachment, a 10 MB line. Each is read to the
//! right result (how fast is measured with hyperfine, see docs/development.md: no timing here),
//! and one bad file never stops the files after it.

mod common;
mod limits_support;
mod promises;
mod wizard_support;

use std::path::Path;

use common::{delist, stdout_of};
use limits_support::{
    addresses_without_spaces, big_attachment, long_line, many_addresses, many_recipients, nested,
    one_recipient_refused_again_and_again, one_recipient_with_floods,
};
use serde_json::Value;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn mime_nested_ten_thousand_deep_is_cut_and_the_next_file_is_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let deep = write(dir.path(), "deep.eml", &nested(10_000));
    let shallow = write(dir.path(), "shallow.eml", &nested(5));
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json", &deep, &shallow])
            .output()
            .unwrap(),
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0]["error"].is_null(), "{out}");
    // The cut is said, at the documented depth, and only where it happened.
    assert_eq!(lines[0]["nesting_cut_at"], 50, "{out}");
    assert!(lines[1].get("nesting_cut_at").is_none(), "{out}");
    // Within the documented depth the refusal is read.
    assert_eq!(lines[1]["bounces"][0]["blocked_ip"], "203.0.113.9", "{out}");
    // The plain summary tells the reader in either language.
    for (locale, note) in [
        (
            "en_US.UTF-8",
            "nested more than 50 levels deep were not read",
        ),
        (
            "ja_JP.UTF-8",
            "50階層より深く入れ子になった部分は読んでいません",
        ),
    ] {
        let out = stdout_of(
            &delist(Some(locale))
                .args(["analyze", &deep, &shallow])
                .output()
                .unwrap(),
        );
        let (deep_part, shallow_part) = out
            .split_once("== ")
            .and_then(|(_, r)| r.split_once("== "))
            .unwrap();
        assert!(deep_part.contains(note), "{out}");
        assert!(!shallow_part.contains(note), "{out}");
    }
}

/// The wizard says so too, on step 2, before what it read from the rest.
#[test]
fn the_wizard_says_a_message_was_cut() {
    use crossterm::event::KeyCode;
    use delist::i18n::Lang;
    use delist::wizard::state::Step;
    for (lang, note) in [
        (Lang::En, "nested more than 50 levels deep were not read"),
        (Lang::Ja, "50階層より深く入れ子になった部分は読んでいません"),
    ] {
        for (depth, cut) in [(60, true), (5, false)] {
            let mut h = wizard_support::Harness::new(lang);
            h.paste(&nested(depth));
            h.key(KeyCode::Enter);
            assert_eq!(h.w.step, Step::Happened);
            let screen = wizard_support::flat(&h.screen(100, 40), lang);
            assert_eq!(screen.contains(note), cut, "{depth}:\n{screen}");
        }
    }
}

#[test]
fn ten_thousand_recipients_are_each_read_with_the_blocked_ip() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "many.eml", &many_recipients(10_000));
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json", &file])
            .output()
            .unwrap(),
    );
    let v = &json_lines(&out)[0];
    let bounces = v["bounces"].as_array().unwrap();
    assert_eq!(bounces.len(), 10_000);
    for (i, b) in bounces.iter().enumerate() {
        assert_eq!(b["recipient"], format!("user{i}@example.com"));
        assert_eq!(b["blocked_ip"], "203.0.113.9", "{b}");
        assert_eq!(b["blocklist"]["id"], "spamhaus", "{b}");
    }
}

#[test]
fn one_recipient_refused_fifteen_hundred_times_is_read_once_per_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "again.eml",
        &one_recipient_refused_again_and_again(1_500),
    );
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json", &file])
            .output()
            .unwrap(),
    );
    let v = &json_lines(&out)[0];
    assert!(v.get("nesting_cut_at").is_none(), "{v}");
    let bounces = v["bounces"].as_array().unwrap();
    assert_eq!(bounces.len(), 1_500);
    for b in bounces {
        assert_eq!(b["recipient"], "moc@example.co.jp", "{b}");
        assert_eq!(b["status"], "5.7.1", "{b}");
        assert_eq!(b["reason"], "securityerror", "{b}");
        assert_eq!(b["diagnostic"], "\u{9b}31m ".repeat(13).trim_end(), "{b}");
    }
}

/// Thousands of addresses on one line: each address's header field was found by walking back
/// over its line, quadratic in the line (`ip::context::Fields` reads each line once).
#[test]
fn a_line_of_twelve_thousand_addresses_is_read_with_every_address() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "floods.eml",
        &one_recipient_with_floods(3, 12_000),
    );
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json", &file])
            .output()
            .unwrap(),
    );
    let v = &json_lines(&out)[0];
    let bounces = v["bounces"].as_array().unwrap();
    assert_eq!(bounces.len(), 3);
    for b in bounces {
        assert_eq!(b["recipient"], "hanako@example.com");
        assert_eq!(b["reason"], "filtered");
        assert!(b["blocked_ip"].is_null());
        let candidates = b["ip_candidates"].as_array().unwrap();
        assert_eq!(candidates.len(), 12_001);
        assert_eq!(candidates[0]["ip"], "192.0.2.1");
        assert_eq!(candidates[0]["role"], "remote-mx");
        for (i, c) in candidates[1..].iter().enumerate() {
            assert_eq!(c["ip"], format!("198.51.{}.{}", i / 256, i % 256));
            assert_eq!(c["role"], "other");
        }
    }
}

/// A saved `hostile_mail` input (`fuzz/regressions/NAME`) built with 20 repeats instead of the
/// fuzzer's 1,500, and read: the same bounce at a scale a debug build reads in a second.
fn replay_with_20_repeats(name: &str) -> delist::diagnosis::Diagnosis {
    use promises::generate::{self, Budget, Bytes};
    let choices = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/regressions")
            .join(name),
    )
    .unwrap();
    let budget = Budget {
        recipients: 20,
        ..Budget::FUZZ
    };
    let mail = generate::mail(&mut Bytes::new(&choices), budget);
    promises::analyse(&mail).expect("a bounce")
}

/// The fuzzer's slow unit (`fuzz/regressions/hostile_mail-slow-unit-30s`, 31.8 MB once built:
/// one recipient refused 1,500 times, each reply a flood of 803 addresses) replayed with 20
/// refusals instead of 1,500: the same bounce at a scale a debug build reads in a second.
#[test]
fn the_fuzzers_slow_unit_is_read_to_its_result() {
    let d = replay_with_20_repeats("hostile_mail-slow-unit-30s");
    assert_eq!(d.findings.len(), 20);
    for (delivery, finding) in d.entries() {
        assert_eq!(delivery.reason, delist::bounce::Reason::Filtered);
        assert_eq!(finding.blocked_ip, None);
        assert_eq!(finding.ip_candidates.len(), 804);
        assert_eq!(finding.ip_candidates[0].ip.to_string(), "192.0.2.1");
        assert_eq!(finding.ip_candidates[0].role, delist::ip::IpRole::RemoteMx);
    }
}

/// The fuzzer's second slow unit (`fuzz/regressions/hostile_mail-slow-unit-122mb`, 36 choice
/// bytes): three recipients repeated 1,500 times, the first (a bidi override before its local
/// part, an internationalised domain) refused with a flood of 3,095 addresses. It built a 122
/// MB mail that intake refused unread, so its time was all the generator's; the budget keeps
/// the mail under the limit now (below). Replayed with 20 repeats, read to its result.
#[test]
fn the_fuzzers_122_mb_unit_is_read_to_its_result() {
    let d = replay_with_20_repeats("hostile_mail-slow-unit-122mb");
    assert_eq!(d.findings.len(), 60);
    let recipients: Vec<Option<&str>> = d
        .report
        .deliveries
        .iter()
        .map(|r| r.recipient.as_deref())
        .collect();
    for round in recipients.chunks(3) {
        // The address behind a bidi override is not taken as the recipient.
        assert_eq!(
            round,
            [
                None,
                Some("info+tag@example.co.jp"),
                Some("hanako@example.com")
            ]
        );
    }
    for (delivery, finding) in d.entries() {
        assert_eq!(delivery.reason, delist::bounce::Reason::SecurityError);
        assert_eq!(finding.blocked_ip, None);
        // Every delivery of the report is offered every address it names.
        assert_eq!(finding.ip_candidates.len(), 3_096);
        assert_eq!(finding.ip_candidates[0].ip.to_string(), "192.0.2.1");
        assert_eq!(finding.ip_candidates[0].role, delist::ip::IpRole::RemoteMx);
        assert_eq!(finding.ip_candidates[3_095].ip.to_string(), "198.51.12.22");
    }
}

/// Every saved fuzz input builds, at the fuzzer's budget, a mail intake reads: a mail over the
/// limit is refused unread, and building one was all a fuzz run's time.
#[test]
fn every_fuzz_regression_builds_a_mail_under_the_intake_limit() {
    use promises::generate::{self, Budget, Bytes};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut built = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let choices = std::fs::read(&path).unwrap();
        let mail = generate::mail(&mut Bytes::new(&choices), Budget::FUZZ);
        let size = u64::try_from(mail.len()).unwrap();
        assert!(
            size <= delist::intake::DEFAULT_LIMIT,
            "{}: {size} bytes",
            path.display()
        );
        assert!(
            delist::intake::Input::from_bytes("generated", mail, delist::intake::DEFAULT_LIMIT)
                .is_ok(),
            "{}",
            path.display()
        );
        built += 1;
    }
    assert!(built >= 3, "{built}");
}

#[test]
fn two_hundred_thousand_addresses_are_each_found_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "ips.txt", &many_addresses(200_000));
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json", &file])
            .output()
            .unwrap(),
    );
    let v = &json_lines(&out)[0];
    let b = &v["bounces"][0];
    assert_eq!(b["blocked_ip"], "203.0.113.9", "{b}");
}

/// Addresses with no space between them are one word: the word and its links were read again
/// for each address, quadratic in the line (40,000 took 27 s); `ip::context::Words` reads the
/// text once.
#[test]
fn a_word_of_thirty_thousand_addresses_is_read_with_every_address() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "word.txt", &addresses_without_spaces(30_000));
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json", &file])
            .output()
            .unwrap(),
    );
    let bounce = &json_lines(&out)[0]["bounces"][0];
    assert_eq!(bounce["blocked_ip"], "203.0.113.9", "{bounce}");
    let candidates = bounce["ip_candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 30_002);
    for (i, c) in candidates[2..].iter().enumerate() {
        let [_, x, y, z] = u32::try_from(i).unwrap().to_be_bytes();
        assert_eq!(c["ip"], format!("10.{x}.{y}.{z}"));
        // Each stands in the list's own link too.
        assert_eq!(c["role"], "blocked-sender", "{c}");
    }
}

#[test]
fn a_50_mb_attachment_and_a_10_mb_line_are_read() {
    let dir = tempfile::tempdir().unwrap();
    // 50 MB of base64 is over the default 32 MiB limit: refused, naming the limit...
    let big = big_attachment();
    let file = write(dir.path(), "big.eml", &big);
    let run = delist(Some("en_US.UTF-8"))
        .args(["analyze", &file])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(out.contains("32 MiB"), "the limit is named: {out}");
    // ...and read when the limit is raised.
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json", "--max-size", "64M", &file])
            .output()
            .unwrap(),
    );
    assert_eq!(
        json_lines(&out)[0]["bounces"][0]["blocked_ip"],
        "203.0.113.9"
    );

    let long = long_line(10 * 1024 * 1024);
    let file = write(dir.path(), "long.txt", &long);
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json", &file])
            .output()
            .unwrap(),
    );
    assert_eq!(
        json_lines(&out)[0]["bounces"][0]["blocked_ip"],
        "203.0.113.9"
    );
}
