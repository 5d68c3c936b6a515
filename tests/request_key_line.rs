//! The email to the provider quotes the bounce's key line, not the whole diagnostic: the
//! sentence that names the list or the blocked IP, with the status code in front and "…" where
//! words were left out (#16). Read through `delist request FILE --json` on our own fixtures, as
//! a script or the wizard gets it.

mod common;

use serde_json::Value;

/// The provider email of `file` (a shared server, so there is one), in both languages.
fn provider_email(file: &str) -> (String, String) {
    let out = common::delist(None)
        .arg("request")
        .arg(file)
        .args([
            "--cause",
            "shared-server",
            "--server",
            "shared",
            "--name-ja",
            "山田 太郎",
            "--name",
            "Yamada Taro",
            "--email",
            "postmaster@example.co.jp",
            "--role",
            "it-admin",
            "--json",
        ])
        .output()
        .expect("run delist");
    assert!(
        matches!(out.status.code(), Some(0 | 4)),
        "{file}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let mail = |lang: &str| {
        v["provider_email"][lang]
            .as_str()
            .unwrap_or_else(|| panic!("{file}: no provider email in {lang}: {v}"))
            .to_owned()
    };
    (mail("ja"), mail("en"))
}

/// The quoted refusal: the line after the label, and whether the label calls it an excerpt.
fn quoted(mail: &str) -> (String, bool) {
    let lines: Vec<&str> = mail.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("拒否の理由") || l.contains("refusal in the error mail"))
        .unwrap_or_else(|| panic!("no refusal quoted:\n{mail}"));
    let label = lines[at];
    let excerpt = label.contains("該当部分") || label.contains("key part");
    (lines[at + 1].trim().to_owned(), excerpt)
}

/// The diagnostic as the analyser read it.
fn diagnostic(file: &str) -> String {
    let out = common::delist(None)
        .args(["analyze", "--json", file])
        .output()
        .expect("run delist");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v["bounces"][0]["diagnostic"]
        .as_str()
        .unwrap_or_else(|| panic!("{file}: no diagnostic: {v}"))
        .to_owned()
}

#[test]
fn long_refusals_are_quoted_by_their_key_line_with_the_status() {
    // (fixture, the key line as quoted in both languages)
    let cases = [
        (
            "tests/fixtures/lists/microsoft-365/banned-sending-ip.txt",
            "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. …",
        ),
        (
            "tests/fixtures/lists/trendmicro-ers/qil-deferred-forwarded.txt",
            "450 4.7.1 <suzuki@partner.example.co.jp>: Recipient address rejected: Mail from \
             203.0.113.45 was refused due to the sender IP found in ERS-QIL. …",
        ),
        (
            "tests/fixtures/lists/gmail/rate-limited-4728.eml",
            "421 4.7.28 [192.0.2.88 15] Our system has detected an unusual rate of unsolicited \
             mail originating from your IP address. …",
        ),
        (
            "tests/fixtures/lists/senderscore/rackspace-g31.eml",
            "554 5.7.1 … Client host [198.51.100.108] blocked using \
             sa-ip4tset.blagr.emailsrvr.com=127.22.0.2 Senderscore. …",
        ),
        (
            "tests/fixtures/lists/spamhaus/m365-blocked-using-spamhaus.txt",
            "550 5.7.1 Service unavailable, Client host [203.0.113.10] blocked using Spamhaus. …",
        ),
    ];
    for (file, key) in cases {
        let whole = diagnostic(file);
        let (ja, en) = provider_email(file);
        for mail in [&ja, &en] {
            let (line, excerpt) = quoted(mail);
            assert_eq!(line, key, "{file}:\n{mail}");
            assert!(excerpt, "{file}: the label says it is an excerpt:\n{mail}");
            assert!(line.len() < whole.len(), "{file}: {line}");
        }
    }
}

#[test]
fn short_refusals_and_those_without_a_mark_are_quoted_whole() {
    for file in [
        "tests/fixtures/lists/uceprotect/level3.txt",
        "tests/fixtures/lists/mailspike/listed-by.txt",
        // Long, but the list is named only in its link and the IP only there: the whole of it.
        "tests/fixtures/lists/cisco-talos/sbrs-lookup-link.txt",
    ] {
        let whole = diagnostic(file);
        let (ja, _) = provider_email(file);
        let (line, excerpt) = quoted(&ja);
        assert_eq!(line, whole, "{file}:\n{ja}");
        assert!(!excerpt, "{file}:\n{ja}");
    }
}

/// A link the catalogue does not know is left out of the key line as of the whole quote.
#[test]
fn a_suspicious_link_in_the_key_line_is_still_removed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("phish.txt");
    std::fs::write(
        &file,
        "Subject: Undelivered Mail Returned to Sender\n\n\
         <hanako@example.com>: host mx.example.com[192.0.2.10] said: 554 5.7.1 Service \
         unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org, delist now at \
         https://spamhaus-delist.example/?ip=203.0.113.25; this reply also carries a queue id \
         and other words that make it long ABCDEF123456 (in reply to RCPT TO command)\n",
    )
    .expect("write");
    let (ja, en) = provider_email(file.to_str().expect("path"));
    let (line, _) = quoted(&ja);
    assert!(line.contains("203.0.113.25"), "{ja}");
    assert!(line.contains("(不審なリンクのため省略)"), "{ja}");
    assert!(!ja.contains("spamhaus-delist.example"), "{ja}");
    let (line, _) = quoted(&en);
    assert!(line.contains("(suspicious link removed)"), "{en}");
    assert!(!en.contains("spamhaus-delist.example"), "{en}");
}
