//! Every text the user sends quotes the bounce's key line, not the whole diagnostic: the
//! sentence that names the list or the blocked IP, with the status code in front and "…"
//! ("..." in English) where words were left out (#16). The email to the provider, the email to a
//! list, the email to the IP's owner and a form's error field. Read through `delist request FILE
//! --json` on our own fixtures, as a script or the wizard gets it, and through the library for
//! a form field the catalogue does not have yet.

mod common;

use serde_json::Value;

/// The provider email of `file` (a shared server, so there is one), in both languages.
fn provider_email(file: &str) -> (String, String) {
    let v = request_json(file);
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
        // The English marks a gap in ASCII, as a form takes it.
        let key_en = key.replace('…', "...");
        for (mail, key) in [(&ja, key), (&en, key_en.as_str())] {
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

/// `delist request FILE --json` with the answers of a shared server.
fn request_json(file: &str) -> Value {
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
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

/// The email to a list (Microsoft's delist address for 5.7.511, the NDR attached) quotes the
/// key line, says it is an excerpt, and leaves out the sentences after it.
#[test]
fn the_email_to_a_list_quotes_the_key_line() {
    let file = "tests/fixtures/lists/microsoft-365/banned-sender-511.txt";
    let whole = diagnostic(file);
    let v = request_json(file);
    let email = &v["email"];
    let en = email["body_en"].as_str().expect("an English body");
    let ja = email["translation_ja"].as_str().expect("a translation");
    let key = "550 5.7.511 Access denied, banned sender[203.0.113.11].";
    assert!(en.contains(&format!("    {key} ...")), "{en}");
    assert!(en.contains("The key part of the error reads"), "{en}");
    assert!(!en.contains(&whole), "{en}");
    assert!(!en.contains("go.microsoft.com"), "{en}");
    assert!(en.is_ascii(), "the English goes out as ASCII: {en}");
    assert!(ja.contains(&format!("    {key} …")), "{ja}");
    assert!(ja.contains("エラーの該当部分は次のとおりです"), "{ja}");
}

/// The email to the IP's owner (a Spamhaus SBL listing goes through the ISP, here the hosting
/// provider) quotes the key line too, with a link no operator owns removed from it.
#[test]
fn the_email_to_the_owner_quotes_the_key_line_without_a_suspicious_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("sbl.txt");
    std::fs::write(
        &file,
        "Subject: Undelivered Mail Returned to Sender\n\n\
         <hanako@example.com>: host mx.example.com[192.0.2.10] said: 554 5.7.1 Service \
         unavailable; Client host [203.0.113.25] blocked using sbl.spamhaus.org, delist at \
         https://spamhaus-delist.example/?ip=203.0.113.25; this reply also carries a queue id \
         and other words that make it long ABCDEF123456 (in reply to RCPT TO command)\n",
    )
    .expect("write");
    let v = request_json(file.to_str().expect("path"));
    assert_eq!(v["sublist"], "SBL", "{v}");
    // The owner is the hosting provider: the request is the one email to them (#16).
    assert_eq!(v["request_email"], "provider_email", "{v}");
    let email = &v["provider_email"];
    let en = email["en"].as_str().expect("an email to the owner");
    let ja = email["ja"].as_str().expect("its Japanese");
    let line = |body: &str| {
        body.lines()
            .find(|l| l.trim_start().starts_with("554"))
            .unwrap_or_else(|| panic!("no quoted refusal:\n{body}"))
            .trim()
            .to_owned()
    };
    let (en_line, ja_line) = (line(en), line(ja));
    assert!(en_line.contains("203.0.113.25"), "{en_line}");
    assert!(en_line.contains("(suspicious link removed)"), "{en_line}");
    assert!(en_line.ends_with(" ..."), "{en_line}");
    assert!(!en_line.contains("ABCDEF123456"), "{en_line}");
    assert!(ja_line.contains("(不審なリンクのため省略)"), "{ja_line}");
    assert!(ja_line.ends_with(" …"), "{ja_line}");
    for body in [en, ja] {
        assert!(!body.contains("spamhaus-delist.example"), "{body}");
    }
}

/// A form's error field quotes the key line, and says so beside it; where the operator asks
/// for the refusal whole (Microsoft's "paste the full error messages"), it stays whole.
#[test]
fn a_form_field_quotes_the_key_line_unless_the_form_wants_it_whole() {
    use delist::blocklist::CATALOGUE;
    use delist::blocklist::catalogue::FieldValue;
    use delist::i18n::Lang;
    use delist::request::{self, Answers, Cause, Contact, Facts, ServerType};

    let error = "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please \
                 contact your Internet service provider since part of their network is on our \
                 block list (S3150). You can also refer your provider to \
                 http://mail.live.com/mail/troubleshooting.aspx#errors. \
                 [AM0PR01MB1234.eurprd01.prod.exchangelabs.com 2025-06-03T01:12:00.000Z]";
    let facts = Facts {
        ip: "203.0.113.5".parse().ok(),
        error_text: Some(error.into()),
        recipient: Some("hanako@outlook.com".into()),
        sender: Some("taro@example.co.jp".into()),
        date: Some("Tue, 3 Jun 2025 10:12:00 +0900".into()),
        ..Facts::default()
    };
    let answers = Answers {
        cause: Some(Cause::SharedServer),
        server: Some(ServerType::Shared),
        contact: Contact {
            name: "Yamada Taro".into(),
            email: "postmaster@example.co.jp".into(),
            role: "it-admin".into(),
            company: "Example Co., Ltd.".into(),
            ..Contact::default()
        },
        ..Answers::default()
    };
    let outlook = CATALOGUE
        .get("microsoft-outlook")
        .expect("in the catalogue");
    let field = |whole: bool| {
        let mut e = outlook.clone();
        for f in &mut e.removal.fields {
            if f.value == FieldValue::ErrorText {
                assert!(f.whole, "the catalogue asks for Outlook's refusal whole");
                f.whole = whole;
            }
        }
        let out = request::build(&e, None, &facts, &answers, Lang::Ja).expect("a request");
        out.fields
            .into_iter()
            .find(|f| f.kind == FieldValue::ErrorText)
            .expect("an error field")
    };
    let key = field(false);
    assert!(
        key.value_en
            .starts_with("550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent."),
        "{}",
        key.value_en
    );
    assert!(key.value_en.len() < error.len(), "{}", key.value_en);
    assert!(!key.value_en.contains("exchangelabs"), "{}", key.value_en);
    assert!(key.value_en.is_ascii(), "{}", key.value_en);
    assert!(key.translation_ja.contains('…'), "{}", key.translation_ja);
    let note = key.note.expect("the excerpt is said beside it");
    assert!(note.contains("全文はエラーメールにあります"), "{note}");
    let whole = field(true);
    assert_eq!(whole.value_en, error);
    assert_eq!(whole.note, None);
}
