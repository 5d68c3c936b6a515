//! Inputs built to exhaust: MIME nested ten thousand deep, ten thousand recipients in one
//! report, two hundred thousand addresses, a 50 MB attachment, a 10 MB line. Each is read to the
//! right result (how fast is measured with hyperfine, see docs/development.md: no timing here),
//! and one bad file never stops the files after it.

mod common;
mod wizard_support;

use std::fmt::Write as _;
use std::path::Path;

use common::{delist, stdout_of};
use serde_json::Value;

const HEAD: &str = "From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)\n\
To: taro@example.co.jp\n\
Subject: Undelivered Mail Returned to Sender\n\
MIME-Version: 1.0\n";

/// A Postfix report refusing `n` recipients, each for Spamhaus naming the same client.
fn many_recipients(n: usize) -> String {
    let mut s = format!(
        "{HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain\n\nThis is the mail system at host mail.example.co.jp.\n\n"
    );
    for i in 0..n {
        let _ = write!(
            s,
            "<user{i}@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1\n    \
             Service unavailable; Client host [203.0.113.9] blocked using\n    \
             zen.spamhaus.org (in reply to RCPT TO command)\n\n"
        );
    }
    s.push_str(
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.co.jp\n\n",
    );
    for i in 0..n {
        let _ = write!(
            s,
            "Final-Recipient: rfc822; user{i}@example.com\nAction: failed\nStatus: 5.7.1\n\
             Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host\n    \
             [203.0.113.9] blocked using zen.spamhaus.org\n\n"
        );
    }
    s.push_str("--B--\n");
    s
}

/// The shape of a fuzzer's timeout (`fuzz/regressions/hostile_mail-slow-1500-recipients`): one
/// recipient refused `n` times, each reply a row of C1 control codes naming no list, in a
/// report nested 49 deep, with CRLF line ends. Every delivery shares the recipient's block,
/// which once was read again for each.
fn one_recipient_refused_again_and_again(n: usize) -> String {
    let depth = 49;
    let mut s = format!("{HEAD}Content-Type: multipart/mixed; boundary=\"n0\"\n\n");
    for i in 1..depth {
        let _ = write!(
            s,
            "--n{}\nContent-Type: multipart/mixed; boundary=\"n{i}\"\n\n",
            i - 1
        );
    }
    let _ = write!(
        s,
        "--n{}\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n\
         --r\nContent-Type: text/plain; charset=utf-8\n\n",
        depth - 1
    );
    let codes = "\u{9b}31m ".repeat(13);
    for _ in 0..n {
        let _ = write!(
            s,
            "<moc@example.co.jp>: host mx.example.com[192.0.2.1] said: {codes}\n\n"
        );
    }
    s.push_str(
        "--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n\n",
    );
    for _ in 0..n {
        let _ = write!(
            s,
            "Final-Recipient: rfc822; moc@example.co.jp\nAction: failed\nStatus: 5.7.1\n\
             Remote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; {codes}\n\n"
        );
    }
    s.push_str("--r--\n");
    for i in (0..depth).rev() {
        let _ = writeln!(s, "--n{i}--");
    }
    s.replace('\n', "\r\n")
}

/// Multiparts nested `depth` deep around a readable refusal.
fn nested(depth: usize) -> String {
    let mut s = format!("{HEAD}Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
    for i in 1..depth {
        let _ = write!(
            s,
            "--b{}\nContent-Type: multipart/mixed; boundary=\"b{i}\"\n\n",
            i - 1
        );
    }
    let _ = write!(
        s,
        "--b{}\nContent-Type: text/plain\n\n<x@example.com>: host mx.example.com[192.0.2.1] \
         said: 554 5.7.1 Client host [203.0.113.9] blocked using zen.spamhaus.org\n",
        depth - 1
    );
    for i in (0..depth).rev() {
        let _ = writeln!(s, "--b{i}--");
    }
    s
}

/// A one-line refusal followed by `n` distinct addresses, eight to a line, in their own
/// paragraph.
fn many_addresses(count: u32) -> String {
    let mut s = format!(
        "{HEAD}\n<a@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Client host \
         [203.0.113.9] blocked using zen.spamhaus.org\n\nSeen from:\n"
    );
    for i in 0..count {
        let [_, x, y, z] = i.to_be_bytes();
        let _ = write!(s, "10.{x}.{y}.{z}{}", if i % 8 == 7 { '\n' } else { ' ' });
    }
    s.push('\n');
    s
}

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
            "50 階層より深く入れ子になった部分は読んでいません",
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

#[test]
fn a_50_mb_attachment_and_a_10_mb_line_are_read() {
    let dir = tempfile::tempdir().unwrap();
    // 50 MB of base64 is over the default 32 MiB limit: refused, naming the limit...
    let mut big = format!(
        "{HEAD}Content-Type: multipart/mixed; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\n\
         <a@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Client host \
         [203.0.113.9] blocked using zen.spamhaus.org\n\n--B\nContent-Type: application/octet-stream\n\
         Content-Transfer-Encoding: base64\n\n"
    );
    let line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\n";
    big.push_str(&line.repeat(50 * 1024 * 1024 / line.len()));
    big.push_str("--B--\n");
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

    let mut long = format!(
        "{HEAD}\n<a@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Client host \
         [203.0.113.9] blocked using zen.spamhaus.org\n\n"
    );
    long.push_str(&"x".repeat(10 * 1024 * 1024));
    long.push('\n');
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
