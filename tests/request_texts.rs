//! Every request text, as a reviewer reads it: for each list and sub-list that takes a request
//! (a web form, a portal, an email, or through the IP's owner), every cause, in both languages,
//! one snapshot per list and language. Read them as the person who sends them would (#16). The
//! email to the hosting provider is shown whole in `request_build`'s snapshots.

use delist::blocklist::CATALOGUE;
use delist::blocklist::catalogue::{Entry, RemovalMethod};
use delist::i18n::Lang;
use delist::request::{self, Answers, Cause, Contact, Facts, RequestOutput, ServerType, rules};

fn facts() -> Facts {
    Facts {
        ip: "203.0.113.5".parse().ok(),
        error_text: Some("550 5.7.1 Service unavailable; client [203.0.113.5] blocked".into()),
        recipient: Some("hanako@example.com".into()),
        sender: Some("taro@example.co.jp".into()),
        date: Some("Tue, 3 Jun 2025 10:12:00 +0900".into()),
        ..Facts::default()
    }
}

/// The cause's usual fixes and prevention, on the server the cause implies, with everything a
/// form may ask: a person who answered every question.
fn answers(cause: Cause) -> Answers {
    let server = match cause {
        Cause::DynamicIp | Cause::OpenRelay | Cause::NoPtr | Cause::NewIp => ServerType::Own,
        _ => ServerType::Shared,
    };
    let mut a = Answers {
        cause: Some(cause),
        prevention: cause.usual_prevention().to_vec(),
        server: Some(server),
        provider: Some("Xserver".into()),
        hostname: Some("mail.example.co.jp".into()),
        contact: Contact {
            name: "Yamada Taro".into(),
            name_ja: "山田 太郎".into(),
            email: "postmaster@example.co.jp".into(),
            role: "it-admin".into(),
            company: "Example Trading Co., Ltd.".into(),
            company_ja: "株式会社サンプル商事".into(),
            phone: "03-1234-5678".into(),
        },
        ..Answers::default()
    };
    for &f in cause.usual_fixes() {
        if rules::forbids(&a, rules::Answer::Fix(f)).is_none() {
            a.fixes.push(f);
        }
    }
    a
}

fn render(out: &RequestOutput, lang: Lang) -> String {
    let mut s = String::new();
    if let Some(r) = &out.refusal {
        s.push_str(&format!("refused: {}\n", r.message(lang)));
    }
    for a in &out.advice {
        s.push_str(&format!("note: {}\n", a.message(lang)));
    }
    for (i, f) in out.fields.iter().enumerate() {
        s.push_str(&format!("[{}] {} / {}", i + 1, f.label, f.label_ja));
        if let Some(m) = f.max_len {
            s.push_str(&format!(" (max {m})"));
        }
        s.push('\n');
        if !f.manual {
            s.push_str(&format!("  EN: {}\n", f.value_en));
            if f.translation_ja != f.value_en {
                s.push_str(&format!("  JA: {}\n", f.translation_ja));
            }
        }
        if let Some(n) = &f.note {
            s.push_str(&format!("  note: {n}\n"));
        }
    }
    if let Some(e) = &out.email {
        s.push_str(&format!(
            "email to {:?}\nSubject: {}\n{}\n",
            e.to, e.subject, e.body_en
        ));
        s.push_str(&format!("-- 訳\n{}\n", e.translation_ja()));
    }
    // Where the provider email is the request (the provider owns the IP and asks the list), it
    // is shown whole with its English. Elsewhere it hardly changes from list to list;
    // request_build's snapshots show it whole. Here only whether there is one.
    match (&out.provider_email_ja, &out.provider_email_en) {
        (Some(ja), Some(en)) if out.via_provider => {
            s.push_str(&format!(
                "provider email (the request):\n{ja}\n-- English\n{en}\n"
            ));
        }
        (Some(_), _) => s.push_str("provider email: yes\n"),
        _ => {}
    }
    s
}

fn takes_a_request(e: &Entry, sub: Option<&str>) -> bool {
    let (removal, _) = e.request_route(sub);
    matches!(
        removal.method,
        RemovalMethod::WebForm | RemovalMethod::Email | RemovalMethod::AskProvider
    )
}

#[test]
fn every_request_text_of_every_list_in_both_languages() {
    let mut lists = 0;
    for e in &CATALOGUE.entries {
        let subs = std::iter::once(None).chain(e.sublists.iter().map(|s| Some(s.id.as_str())));
        for sub in subs.filter(|s| takes_a_request(e, *s)) {
            lists += 1;
            for lang in Lang::ALL {
                let mut text = String::new();
                for &cause in Cause::ALL {
                    text.push_str(&format!("===== {cause}\n"));
                    match request::build(e, sub, &facts(), &answers(cause), lang) {
                        Ok(out) => text.push_str(&render(&out, lang)),
                        Err(remarks) => {
                            for r in remarks {
                                text.push_str(&format!("stopped: {}\n", r.message(lang)));
                            }
                        }
                    }
                }
                let name = format!(
                    "{}_{}_{}",
                    e.id,
                    sub.unwrap_or("all").replace(['/', '+', '.'], "-"),
                    lang.code()
                );
                insta::assert_snapshot!(name, text);
            }
        }
    }
    assert!(lists > 15, "{lists}");
}
