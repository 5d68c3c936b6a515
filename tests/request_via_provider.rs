//! A list that hears only the IP's owner (Spamhaus SBL, UCEPROTECT Level 2) is asked through
//! the hosting provider or ISP, and the provider email goes to that same company. One company
//! gets one email: the provider email is the request (find the cause, ask the list), with no
//! second email in English beside it, in the library, `delist request` (human and `--json`)
//! and the wizard's steps 6 and 7 (#16). It says only what the person chose.

mod common;
mod wizard_support;

use delist::blocklist::CATALOGUE;
use delist::blocklist::catalogue::{RemovalMethod, WhoMayAsk};
use delist::i18n::Lang;
use delist::request::{
    self, Answers, Cause, Contact, Facts, Fix, Prevention, RequestOutput, ServerType,
};
use delist::wizard::state::Step;
use serde_json::Value;
use wizard_support::{Harness, flat};

const L2: &str = "tests/fixtures/lists/uceprotect/level2-exim.txt";

fn facts() -> Facts {
    Facts {
        ip: "203.0.113.44".parse().ok(),
        error_text: Some(
            "550 5.7.1 Service unavailable; Client host [203.0.113.44] blocked using \
             dnsbl-2.uceprotect.net"
                .into(),
        ),
        recipient: Some("sato@example.net".into()),
        date: Some("Wed, 12 Nov 2025 16:20:01 +0900".into()),
        ..Facts::default()
    }
}

fn answers(server: ServerType, fixes: Vec<Fix>, prevention: Vec<Prevention>) -> Answers {
    Answers {
        cause: Some(Cause::SharedServer),
        fixes,
        prevention,
        server: Some(server),
        contact: Contact {
            name: "Suzuki Hanako".into(),
            name_ja: "鈴木 花子".into(),
            company_ja: "株式会社サンプル商事".into(),
            email: "suzuki@example.co.jp".into(),
            role: "office-staff".into(),
            ..Contact::default()
        },
        ..Answers::default()
    }
}

/// Every list and sub-list whose removal goes through the IP's owner.
fn owner_routes() -> Vec<(&'static str, Option<&'static str>)> {
    let mut out = Vec::new();
    for e in &CATALOGUE.entries {
        let subs = std::iter::once(None).chain(e.sublists.iter().map(|s| Some(s.id.as_str())));
        for sub in subs {
            if e.request_route(sub).0.method == RemovalMethod::AskProvider {
                out.push((e.id.as_str(), sub));
            }
        }
    }
    out
}

fn build(list: &str, sub: Option<&str>, a: &Answers) -> Result<RequestOutput, String> {
    let e = CATALOGUE.get(list).expect("in the catalogue");
    request::build(e, sub, &facts(), a, Lang::Ja).map_err(|r| format!("{r:?}"))
}

#[test]
fn one_company_gets_one_email_that_is_the_request() {
    let routes = owner_routes();
    assert!(
        routes.contains(&("spamhaus", Some("SBL"))) && routes.contains(&("uceprotect", Some("L2"))),
        "{routes:?}"
    );
    for (list, sub) in routes {
        for server in [ServerType::Shared, ServerType::Own, ServerType::Cloud] {
            let a = answers(server, vec![Fix::AskedProvider], Vec::new());
            // A shared-server cause on a server of one's own is refused as contradictory.
            let Ok(out) = build(list, sub, &a) else {
                continue;
            };
            let what = format!("{list} {sub:?} {server:?}");
            let e = CATALOGUE.get(list).expect("in the catalogue");
            assert!(
                out.email.is_none(),
                "{what}: a second email {:?}",
                out.email
            );
            assert!(out.via_provider && out.has_request(), "{what}");
            assert_eq!(out.send_method(e), "email", "{what}");
            let ja = out
                .provider_email_ja
                .as_deref()
                .expect("the provider email");
            let en = out.provider_email_en.as_deref().expect("its English");
            // The owner asks the list only where the catalogue says so (Spamhaus SBL,
            // UCEPROTECT Level 2); Yahoo! JAPAN takes no removal request from anyone.
            let owner_asks = e.request_route(sub).0.who == WhoMayAsk::NetworkOwner;
            let subject = if owner_asks {
                "件名: 【調査と解除申請のお願い】"
            } else {
                "件名: 【調査のお願い】"
            };
            assert!(ja.starts_with(subject), "{what}:\n{ja}");
            assert_eq!(
                ja.contains("解除申請をしていただけますでしょうか"),
                owner_asks,
                "{what}:\n{ja}"
            );
            assert_eq!(
                en.contains("ask the list") && en.contains("remove"),
                owner_asks,
                "{what}:\n{en}"
            );
            // Asking the provider is this email, not a fix to report to them.
            assert!(!ja.contains("当社で行った対策"), "{what}:\n{ja}");
            assert!(!en.contains("What we have done"), "{what}:\n{en}");
            // Nothing chosen against a repeat: nothing said.
            assert!(
                !ja.contains("再発を防ぐために当社で行うこと"),
                "{what}:\n{ja}"
            );
        }
    }
}

#[test]
fn the_one_email_says_what_was_chosen_and_nothing_else() {
    let a = answers(
        ServerType::Shared,
        vec![Fix::AskedProvider, Fix::ChangedPasswords],
        vec![Prevention::Monitor, Prevention::AskProviderDedicatedIp],
    );
    let out = build("uceprotect", Some("L2"), &a).expect("complete answers");
    let ja = out.provider_email_ja.expect("the provider email");
    let en = out.provider_email_en.expect("its English");
    for want in [
        "・当社で行った対策:\n  - すべてのメールアカウントのパスワードを変更しました",
        "・再発を防ぐために当社で行うこと:\n  - 送信メールを定期的に確認します",
        "専用のIPアドレスを使う方法",
        "株式会社サンプル商事\n鈴木 花子",
    ] {
        assert!(ja.contains(want), "{want}:\n{ja}");
    }
    for want in [
        "- What we will do to prevent a repeat:\n  - Check our outgoing mail regularly",
        "how we could have a dedicated IP address",
    ] {
        assert!(en.contains(want), "{want}:\n{en}");
    }
    // Asking about a dedicated IP is this email's own request, not a step listed beside it;
    // it replaces the general "if this keeps happening" request.
    assert_eq!(ja.matches("専用の").count(), 1, "{ja}");
    assert!(!ja.contains("同じことが続く場合は"), "{ja}");
    // One email: written once, and no translation of an English one.
    assert_eq!(ja.matches("件名:").count(), 1, "{ja}");
}

/// On a mail platform the provider email is not written (the platform runs the server): the
/// email to the IP's owner stays the request.
#[test]
fn on_a_mail_platform_the_owner_email_stays() {
    let a = answers(ServerType::M365, Vec::new(), Vec::new());
    let out = build("spamhaus", Some("SBL"), &a).expect("complete answers");
    assert!(!out.via_provider, "{out:?}");
    assert!(out.provider_email_ja.is_none());
    assert!(out.email.is_some() && out.has_request());
}

#[test]
fn delist_request_prints_one_email_and_json_says_where_it_is() {
    let flags = [
        "request",
        L2,
        "--cause",
        "shared-server",
        "--fix",
        "asked-provider",
        "--prevent",
        "monitor",
        "--name",
        "Suzuki Hanako",
        "--name-ja",
        "鈴木花子",
        "--company-ja",
        "株式会社サンプル商事",
        "--email",
        "suzuki@example.co.jp",
        "--role",
        "office-staff",
    ];
    let out = common::delist(None)
        .args(flags)
        .arg("--json")
        .output()
        .expect("delist runs");
    let v: Value = serde_json::from_str(&common::stdout_of(&out)).expect("one JSON object");
    assert_eq!(v["sublist"], "L2", "{v}");
    assert_eq!(v["method"], "email", "{v}");
    assert_eq!(v["request"], true, "{v}");
    assert_eq!(v["request_email"], "provider_email", "{v}");
    assert!(v["email"].is_null(), "{v}");
    assert!(v["form_url"].is_null(), "{v}");
    let ja = v["provider_email"]["ja"].as_str().expect("the email");
    assert!(ja.contains("【調査と解除申請のお願い】"), "{ja}");
    assert!(ja.contains("鈴木花子"), "{ja}");
    assert!(v["provider_email"]["en"].as_str().is_some(), "{v}");

    for (lang, title, english) in [
        (
            "ja_JP.UTF-8",
            "== 送るもの: レンタルサーバー会社へのメール1通(日本語)",
            "海外の会社やプロバイダーには",
        ),
        (
            "en_US.UTF-8",
            "== What to send: one email to your hosting provider (Japanese)",
            "send this one instead if your provider or ISP is abroad",
        ),
    ] {
        let out = common::delist(Some(lang))
            .args(flags)
            .output()
            .expect("delist runs");
        let text = common::stdout_of(&out);
        assert_eq!(text.matches("\n== ").count(), 1, "one email:\n{text}");
        assert!(text.contains(title), "{text}");
        assert!(text.contains(english), "{text}");
        // Its English version is there to send abroad: one subject line each.
        assert_eq!(text.matches("件名:").count(), 1, "{text}");
        assert_eq!(text.matches("Subject:").count(), 1, "{text}");
    }
}

#[test]
fn the_wizard_sends_step_six_to_the_one_email_of_step_seven() {
    for lang in Lang::ALL {
        let mut h = Harness::new(lang);
        h.paste(&std::fs::read_to_string(L2).expect("fixture reads"));
        while h.w.step < Step::After {
            if h.w.step == Step::Form {
                h.answer_form();
            } else {
                h.key(crossterm::event::KeyCode::Enter);
            }
            if h.w.step == Step::Copy {
                let screen = flat(&h.screen(100, 60), lang);
                let (want, no) = match lang {
                    Lang::Ja => ("送るものは、ステップ7のメール1通です", "Subject"),
                    Lang::En => ("What you send is the one email of step 7", "Subject"),
                };
                assert!(screen.contains(want), "{screen}");
                assert!(!screen.contains(no), "no English email to copy:\n{screen}");
            }
        }
        assert!(delist::wizard::written::via_provider(&h.w));
        let screen = flat(&h.screen(100, 200), lang);
        assert!(screen.contains("【調査と解除申請のお願い】"), "{screen}");
        // Its English, for a provider abroad, in either language.
        let english = flat("please investigate and request removal", lang);
        assert!(screen.contains(&english), "{screen}");
    }
}

/// Who asks, and how the listing ends, as the catalogue's removal note says it for each list:
/// an SBL listing goes when the network's owner reports the spam stopped; a Level 2 listing
/// ends by itself once the range is clean, and is otherwise usually removed only at the owner's
/// request, which the email then asks for only if the listing stays.
#[test]
fn each_list_s_rule_is_said_as_its_catalogue_says_it() {
    let a = answers(ServerType::Shared, Vec::new(), Vec::new());
    let l2 = build("uceprotect", Some("L2"), &a).expect("complete answers");
    let (ja, en) = (
        l2.provider_email_ja.expect("ja"),
        l2.provider_email_en.expect("en"),
    );
    assert!(
        en.contains("ends by itself once enough listed addresses"),
        "{en}"
    );
    assert!(en.contains("usually removed only at the request"), "{en}");
    assert!(
        en.contains("If the listing stays after the spam has stopped"),
        "{en}"
    );
    assert!(
        ja.contains("自動的に外れます") && ja.contains("通常、"),
        "{ja}"
    );
    assert!(!en.contains("accepts removal requests only"), "{en}");
    let sbl = build("spamhaus", Some("SBL"), &a).expect("complete answers");
    let en = sbl.provider_email_en.expect("en");
    assert!(en.contains("reports that the spam has stopped"), "{en}");
    assert!(
        en.contains("Please ask the list above to remove the listing"),
        "{en}"
    );
}
