//! Where a list's own rules refuse a request (SpamRATS until the reverse DNS is set, an ordinary
//! line on Spamhaus PBL or RATS-Dyna), the next step is often the provider's: set the reverse
//! DNS, or hand over the settings of their authenticated submission server. Then the provider
//! email asks exactly that, and never for the removal the rules forbid (#16). Read through the
//! library for every route, and through `delist request --json` as a script gets it.

mod common;

use delist::blocklist::CATALOGUE;
use delist::i18n::Lang;
use delist::request::{
    self, Answers, Cause, Contact, Facts, Fix, IpKind, RequestOutput, ServerType,
};
use serde_json::Value;

fn facts() -> Facts {
    Facts {
        ip: "203.0.113.5".parse().ok(),
        error_text: Some("554 5.7.1 Service unavailable; client [203.0.113.5] blocked".into()),
        recipient: Some("hanako@example.com".into()),
        date: Some("Tue, 3 Jun 2025 10:12:00 +0900".into()),
        ..Facts::default()
    }
}

fn answers(cause: Cause, server: ServerType) -> Answers {
    Answers {
        cause: Some(cause),
        server: Some(server),
        contact: Contact {
            name: "Yamada Taro".into(),
            name_ja: "山田 太郎".into(),
            email: "postmaster@example.co.jp".into(),
            role: "it-admin".into(),
            ..Contact::default()
        },
        ..Answers::default()
    }
}

fn build(list: &str, sub: &str, a: &Answers) -> RequestOutput {
    let e = CATALOGUE.get(list).expect("in the catalogue");
    request::build(e, Some(sub), &facts(), a, Lang::Ja).expect("the answers are complete")
}

/// The words that would ask the provider for the removal the rules forbid.
fn asks_for_removal(ja: &str, en: &str) {
    for no in [
        "解除申請をしていただけ",
        "登録の解除を申請",
        "ブロックリストに、解除申請",
    ] {
        assert!(!ja.contains(no), "{no}:\n{ja}");
    }
    for no in ["remove the listing", "request removal"] {
        assert!(!en.contains(no), "{no}:\n{en}");
    }
}

fn mails(out: &RequestOutput) -> (&str, &str) {
    let ja = out
        .provider_email_ja
        .as_deref()
        .unwrap_or_else(|| panic!("a provider email: {out:?}"));
    let en = out.provider_email_en.as_deref().expect("its English");
    (ja, en)
}

#[test]
fn a_missing_reverse_dns_asks_the_provider_to_set_it() {
    let mut a = answers(Cause::NoPtr, ServerType::Own);
    let out = build("spamrats", "RATS-NoPtr", &a);
    assert_eq!(
        out.refusal.as_ref().map(|r| r.id.as_str()),
        Some("request-refusal-ptr-first")
    );
    assert!(!out.has_request());
    let (ja, en) = mails(&out);
    assert!(ja.starts_with("件名: 【設定のお願い】"), "{ja}");
    assert!(
        ja.contains("203.0.113.5 に、当社のメールサーバーの名前を示す逆引き"),
        "{ja}"
    );
    assert!(ja.contains("設定が済みましたら"), "{ja}");
    // Glossed once in the whole email: 逆引き(PTR) the first time, then 逆引き.
    assert_eq!(ja.matches("逆引き(PTR)").count(), 1, "{ja}");
    assert!(ja.matches("逆引き").count() > 1, "{ja}");
    assert!(
        en.contains("Please set a reverse DNS (PTR) for 203.0.113.5"),
        "{en}"
    );
    asks_for_removal(ja, en);
    // The host name the user gave is the one asked for; none is guessed.
    a.hostname = Some("mail.example.co.jp".into());
    let out = build("spamrats", "RATS-NoPtr", &a);
    let (ja, en) = mails(&out);
    assert!(ja.contains("「mail.example.co.jp」に設定"), "{ja}");
    assert!(en.contains("host name, mail.example.co.jp."), "{en}");
    // Once the reverse DNS is set, the request goes to the list, and the provider has no part.
    a.fixes = vec![Fix::SetPtr];
    let out = build("spamrats", "RATS-NoPtr", &a);
    assert!(out.refusal.is_none() && out.has_request());
    assert!(out.provider_email_ja.is_none());
}

#[test]
fn an_ordinary_line_asks_for_the_providers_submission_server() {
    for (list, sub) in [("spamrats", "RATS-Dyna"), ("spamhaus", "PBL")] {
        let out = build(list, sub, &answers(Cause::DynamicIp, ServerType::Own));
        assert_eq!(
            out.refusal.as_ref().map(|r| r.id.as_str()),
            Some("request-refusal-send-through-provider"),
            "{list}"
        );
        let (ja, en) = mails(&out);
        assert!(
            ja.contains("【ご相談】メールの送信サーバーの利用について"),
            "{ja}"
        );
        assert!(ja.contains("サーバー名、ポート番号、認証の方式"), "{ja}");
        assert!(
            en.contains("the server name, the port and the authentication method"),
            "{en}"
        );
        asks_for_removal(ja, en);
    }
    // Barracuda names a dynamic IP among its reasons but states no rule against removal: the
    // email says what the list says, and asks for the same settings.
    let e = CATALOGUE.get("barracuda").expect("in the catalogue");
    let out = request::build(
        e,
        None,
        &facts(),
        &answers(Cause::DynamicIp, ServerType::Own),
        Lang::En,
    )
    .expect("complete");
    let (ja, en) = mails(&out);
    assert!(
        ja.contains("登録する理由の一つに、動的なIPアドレスを挙げています"),
        "{ja}"
    );
    assert!(en.contains("the list names a dynamic IP address"), "{en}");
    asks_for_removal(ja, en);
}

#[test]
fn the_pbl_asks_whether_the_ip_is_fixed_or_who_runs_the_server() {
    // An own server with an unknown kind of IP: is it fixed, and else the submission settings.
    let out = build("spamhaus", "PBL", &answers(Cause::Unknown, ServerType::Own));
    let (ja, en) = mails(&out);
    assert!(
        ja.contains("固定かどうか、教えていただけますでしょうか"),
        "{ja}"
    );
    assert!(
        en.contains("Is our IP address 203.0.113.5 fixed (static)?"),
        "{en}"
    );
    asks_for_removal(ja, en);
    // A rental server: the provider runs it, so they look into the listing.
    let out = build(
        "spamhaus",
        "PBL",
        &answers(Cause::SharedServer, ServerType::Shared),
    );
    let (ja, en) = mails(&out);
    assert!(ja.contains("当社からは申請できません"), "{ja}");
    assert!(ja.contains("必要な対応をお願いできますでしょうか"), "{ja}");
    asks_for_removal(ja, en);
    // A fixed IP on the office's own server: the list takes the request, no provider email.
    let mut a = answers(Cause::Unknown, ServerType::Own);
    a.ip_kind = Some(IpKind::Static);
    let out = build("spamhaus", "PBL", &a);
    assert!(out.refusal.is_none(), "{out:?}");
    // Microsoft 365 runs the server: nothing to ask a provider.
    let out = build(
        "spamhaus",
        "PBL",
        &answers(Cause::Unknown, ServerType::M365),
    );
    assert!(out.refusal.is_some());
    assert!(out.provider_email_ja.is_none(), "{out:?}");
}

/// `delist request --json`: no request, and the provider email in both languages.
#[test]
fn the_command_line_hands_over_the_same_email() {
    let out = common::delist(None)
        .args([
            "request",
            "--list",
            "spamrats",
            "--sublist",
            "RATS-NoPtr",
            "--ip",
            "203.0.113.5",
            "--cause",
            "no-ptr",
            "--server",
            "own",
            "--name",
            "Yamada Taro",
            "--name-ja",
            "山田 太郎",
            "--email",
            "postmaster@example.co.jp",
            "--role",
            "it-admin",
            "--json",
        ])
        .output()
        .expect("run delist");
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["method"], "none", "{v}");
    assert_eq!(v["request"], false, "{v}");
    let ja = v["provider_email"]["ja"]
        .as_str()
        .expect("the email in Japanese");
    let en = v["provider_email"]["en"].as_str().expect("its English");
    assert!(ja.contains("逆引き(PTR)"), "{ja}");
    assert!(en.contains("reverse DNS (PTR)"), "{en}");
    assert_eq!(v["provider_email_ja"].as_str(), Some(ja));
    // And the human layout shows it after the advice.
    let out = common::delist(None)
        .args([
            "request",
            "--list",
            "spamrats",
            "--sublist",
            "RATS-NoPtr",
            "--ip",
            "203.0.113.5",
            "--cause",
            "no-ptr",
            "--server",
            "own",
            "--name",
            "Yamada Taro",
            "--name-ja",
            "山田 太郎",
            "--email",
            "postmaster@example.co.jp",
            "--role",
            "it-admin",
            "--lang",
            "ja",
        ])
        .output()
        .expect("run delist");
    let text = String::from_utf8_lossy(&out.stdout);
    let advice = text.find("申請の代わりに").expect("the advice");
    let mail = text.find("【設定のお願い】").expect("the email");
    assert!(advice < mail, "{text}");
}

/// Each route's email whole, in both languages, to be read as the provider's support reads it.
#[test]
fn every_refusal_route_email_as_the_provider_reads_it() {
    let mut with_host = answers(Cause::NoPtr, ServerType::Own);
    with_host.hostname = Some("mail.example.co.jp".into());
    with_host.contact.company_ja = "株式会社サンプル商事".into();
    with_host.contact.company = "Sample Trading Co., Ltd.".into();
    with_host.contact.phone = "03-1234-5678".into();
    let routes = [
        ("spamrats", "RATS-NoPtr", with_host),
        (
            "spamhaus",
            "PBL",
            answers(Cause::DynamicIp, ServerType::Own),
        ),
        ("spamhaus", "PBL", answers(Cause::Unknown, ServerType::Own)),
        (
            "spamhaus",
            "PBL",
            answers(Cause::SharedServer, ServerType::Shared),
        ),
    ];
    let mut ja = String::new();
    let mut en = String::new();
    for (list, sub, a) in &routes {
        let out = build(list, sub, a);
        let (j, e) = mails(&out);
        let head = format!(
            "===== {list} {sub} {}\n",
            a.cause.map(Cause::id).unwrap_or_default()
        );
        ja.push_str(&format!("{head}{j}\n"));
        en.push_str(&format!("{head}{e}\n"));
    }
    let e = CATALOGUE.get("barracuda").expect("in the catalogue");
    let out = request::build(
        e,
        None,
        &facts(),
        &answers(Cause::DynamicIp, ServerType::Own),
        Lang::Ja,
    )
    .expect("complete");
    let (j, e) = mails(&out);
    ja.push_str(&format!("===== barracuda dynamic-ip\n{j}\n"));
    en.push_str(&format!("===== barracuda dynamic-ip\n{e}\n"));
    insta::assert_snapshot!("refusal_emails_ja", ja);
    insta::assert_snapshot!("refusal_emails_en", en);
}

/// The wizard asks for the name that signs the email where a refusal may call for one; given
/// none, the email leaves the self-introduction out instead of writing "です。" alone.
#[test]
fn the_email_is_signed_by_the_name_given_and_only_by_it() {
    use delist::request::{Question, asks};
    let rats = CATALOGUE.get("spamrats").expect("in the catalogue");
    let q = asks(rats, Some("RATS-NoPtr"));
    assert!(
        q.contains(&Question::NameJa) && q.contains(&Question::CompanyJa),
        "{q:?}"
    );
    let mut a = answers(Cause::NoPtr, ServerType::Own);
    a.contact.name = String::new();
    a.contact.name_ja = String::new();
    let out = build("spamrats", "RATS-NoPtr", &a);
    let (ja, en) = mails(&out);
    assert!(!ja.contains("\nです。"), "{ja}");
    assert!(
        ja.contains("いつもお世話になっております。\n当社が利用している"),
        "{ja}"
    );
    assert!(
        en.contains(
            "Thank you for your continued support. We are writing about our mail server.\n"
        ),
        "{en}"
    );
    assert!(!en.contains("This is ."), "{en}");
    a.contact.company_ja = "株式会社サンプル商事".into();
    let out = build("spamrats", "RATS-NoPtr", &a);
    let (ja, _) = mails(&out);
    assert!(
        ja.contains("いつもお世話になっております。\n株式会社サンプル商事です。"),
        "{ja}"
    );
}
