//! Honest from paste to request (issue 11), through the real binary and the public API:
//! contradictory answers are refused naming both, each list's own rules decide whether there is
//! a request at all, a field never holds a guess, a bounce with nothing to request gets advice
//! and exit 4, and the provider email states only what the user said.

mod common;

use std::process::Output;

use delist::blocklist::CATALOGUE;
use delist::i18n::Lang;
use delist::request::rules::{self, Answer, RULES};
use delist::request::{self, Answers, Cause, Contact, Facts, Fix, IpKind, ServerType};
use serde_json::Value;

fn delist(args: &[&str]) -> Output {
    common::delist(None)
        .arg("request")
        .args(args)
        .output()
        .expect("run delist")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The JSON of a run, with its exit status.
fn json(args: &[&str]) -> (Option<i32>, Value) {
    let o = delist(args);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} / {}", stdout(&o), stderr(&o)));
    (o.status.code(), v)
}

const CONTACT: &[&str] = &[
    "--name",
    "Yamada Taro",
    "--email",
    "postmaster@example.co.jp",
];

fn with_contact<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend_from_slice(CONTACT);
    v
}

fn advice_ids(v: &Value) -> Vec<String> {
    v["advice"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn contradictions_are_refused_naming_both_answers_in_the_users_language() {
    for (args, needles_ja, needles_en) in [
        (
            ["--cause", "dynamic-ip", "--fix", "set-ptr"],
            vec![
                "--cause dynamic-ip",
                "--fix set-ptr",
                "両方が正しいことはありません",
            ],
            vec!["--cause dynamic-ip", "--fix set-ptr", "cannot both be true"],
        ),
        (
            ["--server", "shared", "--fix", "closed-relay"],
            vec!["--server shared", "--fix closed-relay", "中継"],
            vec!["--server shared", "--fix closed-relay", "relay"],
        ),
        (
            ["--cause", "shared-server", "--fix", "set-ptr"],
            vec!["--cause shared-server", "--fix set-ptr", "逆引き"],
            vec!["--cause shared-server", "--fix set-ptr", "reverse DNS"],
        ),
    ] {
        for (lang, needles) in [("ja", &needles_ja), ("en", &needles_en)] {
            let mut a = with_contact(&["--list", "barracuda", "--ip", "203.0.113.9"]);
            a.extend_from_slice(&args);
            a.extend_from_slice(&["--lang", lang]);
            let o = delist(&a);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stdout(&o));
            let err = stderr(&o);
            for n in needles {
                assert!(err.contains(n), "{args:?} {lang}: lacks {n:?}: {err}");
            }
            assert!(o.stdout.is_empty());
        }
    }
}

#[test]
fn the_rules_table_covers_the_issue_and_every_reason_has_words() {
    let has = |a: Answer, b: Answer| {
        RULES
            .iter()
            .any(|r| (r.a == a && r.b == b) || (r.a == b && r.b == a))
    };
    assert!(has(
        Answer::Cause(Cause::DynamicIp),
        Answer::Fix(Fix::SetPtr)
    ));
    assert!(has(
        Answer::Cause(Cause::SharedServer),
        Answer::Fix(Fix::SetPtr)
    ));
    assert!(has(
        Answer::Cause(Cause::SharedServer),
        Answer::Fix(Fix::ClosedRelay)
    ));
    assert!(has(
        Answer::Cause(Cause::SharedServer),
        Answer::Server(ServerType::Own)
    ));
    assert!(has(
        Answer::Cause(Cause::DynamicIp),
        Answer::Server(ServerType::Shared)
    ));
    for r in RULES {
        for lang in Lang::ALL {
            let m = rules::remark(r).message(lang);
            assert!(!m.contains("request-"), "{m}");
            assert!(m.contains(r.a.id()) && m.contains(r.b.id()), "{m}");
        }
        // "I don't know" never clashes with anything.
        assert_ne!(r.a.id(), "unknown");
        assert_ne!(r.b.id(), "unknown");
    }
}

#[test]
fn every_refusal_rule_in_the_catalogue_reads_and_has_words() {
    let mut seen = 0;
    for e in &CATALOGUE.entries {
        let routes =
            std::iter::once(&e.removal).chain(e.sublists.iter().filter_map(|s| s.removal.as_ref()));
        for r in routes {
            for refusal in &r.refusals {
                seen += 1;
                for fact in refusal.when.iter().chain(&refusal.unless) {
                    assert!(
                        rules::holds(&Answers::default(), fact).is_some(),
                        "{}: {fact}",
                        e.id
                    );
                }
                for lang in Lang::ALL {
                    let id = format!("request-refusal-{}", refusal.advice);
                    assert!(delist::i18n::has(lang, &id), "{id}");
                }
            }
        }
    }
    assert!(seen >= 6, "PBL, RATS-NoPtr and RATS-Dyna carry their rules");
}

#[test]
fn pbl_on_a_dynamic_line_is_advice_not_a_form() {
    let base = with_contact(&[
        "--list",
        "spamhaus",
        "--sublist",
        "PBL",
        "--ip",
        "203.0.113.5",
    ]);
    let run = |extra: &[&'static str]| {
        let mut a = base.clone();
        a.extend_from_slice(extra);
        a.push("--json");
        json(&a)
    };
    let (code, v) = run(&["--cause", "dynamic-ip"]);
    assert_eq!(code, Some(4));
    assert_eq!(v["request"], false);
    assert_eq!(v["fields"], serde_json::json!([]));
    assert_eq!(advice_ids(&v)[0], "request-refusal-send-through-provider");
    let message = v["advice"][0]["message"].as_str().unwrap();
    assert!(message.contains("587"), "{message}");
    // Not knowing whether the IP is static is no licence to say "Static".
    let (code, v) = run(&["--cause", "unknown"]);
    assert_eq!(code, Some(4));
    assert_eq!(advice_ids(&v)[0], "request-refusal-static-ip-only");
    assert!(!v.to_string().contains("Static"));
    let (code, v) = run(&["--ip-kind", "static"]);
    assert_eq!(code, Some(4));
    assert_eq!(advice_ids(&v)[0], "request-refusal-own-mail-server-only");
    // Only what the user said fills the form.
    let (code, v) = run(&["--ip-kind", "static", "--server", "own"]);
    assert_eq!(code, Some(0));
    let field = |id: &str| {
        v["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("no {id}: {v}"))
    };
    assert_eq!(field("ip-type")["value_en"], "Static");
    assert_eq!(field("ip-owner")["value_en"], "A mail server");
    // Where the IP is, nothing the user said tells: left for the page.
    assert_eq!(field("country")["value_en"], "");
}

#[test]
fn barracuda_on_a_dynamic_line_is_advice_and_claims_no_rule_of_barracuda() {
    let base = with_contact(&["--list", "barracuda", "--ip", "203.0.113.5", "--json"]);
    let mut dynamic = base.clone();
    dynamic.extend_from_slice(&["--cause", "dynamic-ip"]);
    let (code, v) = json(&dynamic);
    assert_eq!(code, Some(4));
    assert_eq!(v["fields"], serde_json::json!([]));
    assert_eq!(advice_ids(&v)[0], "request-refusal-dynamic-line");
    let message = v["advice"][0]["message"].as_str().unwrap();
    assert!(message.contains("587"), "{message}");
    // The words never say that Barracuda refuses: its pages do not say so.
    assert!(!message.contains("does not remove"), "{message}");
    // Any other cause gets its form.
    let mut other = base.clone();
    other.extend_from_slice(&[
        "--cause",
        "infected-pc",
        "--fix",
        "removed-malware",
        "--phone",
        "03-1234-5678",
    ]);
    let (code, v) = json(&other);
    assert_eq!(code, Some(0), "{v}");
    assert!(!v["fields"].as_array().unwrap().is_empty());
}

/// An Outlook refusal's facts: the IP, the recipient and the error line.
fn outlook_facts() -> Facts {
    Facts {
        ip: "203.0.113.5".parse().ok(),
        recipient: Some("hanako@outlook.com".into()),
        error_text: Some(
            "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent.".into(),
        ),
        ..Facts::default()
    }
}

#[test]
fn a_field_that_needs_an_unanswered_fact_stays_empty_and_names_it() {
    let e = CATALOGUE.get("microsoft-outlook").unwrap();
    let facts = outlook_facts();
    let answers = Answers {
        cause: Some(Cause::Unknown),
        contact: Contact {
            name: "Yamada Taro".into(),
            email: "postmaster@example.co.jp".into(),
            role: "it-admin".into(),
            ..Contact::default()
        },
        ..Answers::default()
    };
    let out = request::build(e, None, &facts, &answers, Lang::En).expect("a form");
    let shared = out
        .fields
        .iter()
        .find(|f| f.kind == delist::blocklist::catalogue::FieldValue::ServerShared)
        .expect("Outlook's form asks whether the IP is shared");
    assert_eq!(shared.value_en, "");
    assert_eq!(shared.needs, Some(request::Question::Server));
    assert!(shared.note.as_deref().unwrap().contains("--server"));
    let answered = Answers {
        server: Some(ServerType::Own),
        ..answers
    };
    let out = request::build(e, None, &facts, &answered, Lang::En).expect("a form");
    assert!(out.fields.iter().any(|f| f.value_en == "Dedicated"));
}

#[test]
fn a_role_the_user_does_not_know_is_left_for_the_page_and_never_signed() {
    let e = CATALOGUE.get("microsoft-outlook").unwrap();
    let facts = outlook_facts();
    let answers = Answers {
        cause: Some(Cause::Unknown),
        server: Some(ServerType::Own),
        contact: Contact {
            name: "Yamada Taro".into(),
            email: "postmaster@example.co.jp".into(),
            role: request::ROLE_UNKNOWN.into(),
            ..Contact::default()
        },
        ..Answers::default()
    };
    for lang in [Lang::En, Lang::Ja] {
        let out = request::build(e, None, &facts, &answers, lang).expect("a form");
        let role = out
            .fields
            .iter()
            .find(|f| f.kind == delist::blocklist::catalogue::FieldValue::Role)
            .expect("Outlook's form asks for a role");
        assert_eq!(role.value_en, "", "a role is never guessed");
        assert!(role.note.is_some(), "the field says to choose on the page");
        for f in &out.fields {
            assert!(!f.value_en.contains("unknown"), "{}", f.value_en);
        }
    }
    // On the command line too, and the mail to the provider signs without a role.
    let args = with_contact(&[
        "--list",
        "microsoft-outlook",
        "--ip",
        "203.0.113.5",
        "--cause",
        "unknown",
        "--server",
        "own",
        "--role",
        "unknown",
        "--lang",
        "en",
    ]);
    let out = delist(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains("unknown"), "{text}");
}

#[test]
fn spamrats_wants_the_ptr_fixed_first() {
    for sub in ["RATS-NoPtr", "RATS-Dyna"] {
        let base = with_contact(&[
            "--list",
            "spamrats",
            "--sublist",
            sub,
            "--ip",
            "203.0.113.5",
        ]);
        let mut a = base.clone();
        a.extend_from_slice(&["--cause", "no-ptr", "--json"]);
        let (code, v) = json(&a);
        assert_eq!(code, Some(4), "{sub}");
        assert_eq!(advice_ids(&v)[0], "request-refusal-ptr-first", "{sub}");
        let mut a = base.clone();
        a.extend_from_slice(&[
            "--cause",
            "no-ptr",
            "--fix",
            "set-ptr",
            "--hostname",
            "mail.example.co.jp",
            "--json",
        ]);
        let (code, v) = json(&a);
        assert_eq!(code, Some(0), "{sub}: {v}");
        assert_eq!(v["request"], true);
    }
    let mut a = with_contact(&[
        "--list",
        "spamrats",
        "--sublist",
        "RATS-Dyna",
        "--ip",
        "203.0.113.5",
    ]);
    a.extend_from_slice(&["--cause", "dynamic-ip", "--json"]);
    let (code, v) = json(&a);
    assert_eq!(code, Some(4));
    assert_eq!(advice_ids(&v)[0], "request-refusal-send-through-provider");
}

#[test]
fn microsoft_5_7_511_is_a_mail_with_the_ndr_and_gmail_has_no_form() {
    let (code, v) = json(&with_contact(&[
        "tests/fixtures/lists/microsoft-365/banned-sender-511.txt",
        "--cause",
        "unknown",
        "--json",
    ]));
    assert_eq!(code, Some(0), "{v}");
    assert_eq!(v["sublist"], "5.7.511");
    assert_eq!(v["email"]["to"], "delist@microsoft.com");
    assert!(
        v["email"]["body_en"]
            .as_str()
            .unwrap()
            .contains("(NDR) is attached")
    );
    assert!(advice_ids(&v).contains(&"request-advice-attach-bounce".to_owned()));
    let (code, v) = json(&with_contact(&[
        "tests/fixtures/lists/gmail/not-authorized-directly.txt",
        "--json",
    ]));
    assert_eq!(code, Some(4));
    assert_eq!(v["request"], false);
    assert_eq!(v["fields"], serde_json::json!([]));
    assert!(v["email"].is_null());
}

#[test]
fn a_bounce_that_is_no_block_gets_its_advice_and_exit_4() {
    let o = delist(&["tests/fixtures/request/user-unknown.txt", "--lang", "ja"]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("ブロックリストの問題ではありません"), "{out}");
    assert!(out.contains("アドレス"), "{out}");
    assert!(!out.contains("--list"), "{out}");
    let (code, v) = json(&["tests/fixtures/request/user-unknown.txt", "--json"]);
    assert_eq!(code, Some(4));
    assert!(v["list"].is_null());
    assert_eq!(v["reason"], "userunknown");
    assert_eq!(v["request"], false);
    assert_eq!(v["fields"], serde_json::json!([]));
    assert_eq!(advice_ids(&v)[0], "request-nolist-not-a-block");
    assert!(v["recipient_message"].is_null());
}

#[test]
fn a_block_with_no_list_named_is_the_recipients_own_filter() {
    let (code, v) = json(&[
        "tests/fixtures/request/recipient-own-filter.txt",
        "--json",
        "--lang",
        "en",
    ]);
    assert_eq!(code, Some(4));
    assert_eq!(advice_ids(&v)[0], "request-nolist-own-filter");
    let m = v["recipient_message"]["body_en"].as_str().unwrap();
    assert!(m.contains("203.0.113.9"), "{m}");
    assert!(m.contains("suzuki@client.example.com"), "{m}");
    assert!(
        m.contains("IP address blacklisted"),
        "the error, unedited: {m}"
    );
    assert!(
        !m.to_lowercase().contains("spam"),
        "no cause is claimed: {m}"
    );
    let ja = v["recipient_message"]["translation_ja"].as_str().unwrap();
    assert!(ja.contains("貴社"), "{ja}");
    // Nothing is asked of the hosting provider about a list that is not there.
    assert!(v["provider_email_ja"].is_null());
}

/// The provider email says the fixes ticked, and no "nothing done" when none were; who may ask
/// for removal only as the catalogue says it.
#[test]
fn the_provider_email_states_only_what_the_user_said() {
    let e = CATALOGUE.get("barracuda").unwrap();
    let facts = Facts {
        ip: "203.0.113.5".parse().ok(),
        ..Facts::default()
    };
    let answers = |fixes: Vec<Fix>| Answers {
        cause: Some(Cause::Unknown),
        fixes,
        server: Some(ServerType::Shared),
        contact: Contact {
            name: "山田 太郎".into(),
            email: "postmaster@example.co.jp".into(),
            phone: "03-1234-5678".into(),
            ..Contact::default()
        },
        ..Answers::default()
    };
    let mail = |a: &Answers| {
        let mut a = a.clone();
        a.contact.name = "Yamada Taro".into();
        request::build(e, None, &facts, &a, Lang::Ja)
            .expect("a request")
            .provider_email_ja
            .expect("a provider email on a shared server")
    };
    let asked = mail(&answers(vec![Fix::AskedProvider]));
    assert!(!asked.contains("まだ行っていません"), "{asked}");
    assert!(!asked.contains("当社で行った対策"), "{asked}");
    let changed = mail(&answers(vec![Fix::ChangedPasswords]));
    assert!(changed.contains("当社で行った対策"), "{changed}");
    assert!(changed.contains("パスワード"), "{changed}");
    // Barracuda lets the server's administrator ask: the mail does not say "only the owner".
    assert!(!changed.contains("しか受け付けて"), "{changed}");
    assert!(changed.contains("原因: まだ分かっていません"), "{changed}");
}

#[test]
fn cannot_guarantee_is_said_only_of_a_neighbours_cause() {
    let e = CATALOGUE.get("barracuda").unwrap();
    let facts = Facts {
        ip: "203.0.113.5".parse().ok(),
        ..Facts::default()
    };
    let mut built = 0;
    for &cause in Cause::ALL {
        let a = Answers {
            cause: Some(cause),
            server: Some(ServerType::Shared),
            contact: Contact {
                name: "Yamada Taro".into(),
                email: "postmaster@example.co.jp".into(),
                phone: "03-1234-5678".into(),
                ..Contact::default()
            },
            ..Answers::default()
        };
        // A cause that cannot happen on a shared server is refused, not written.
        let Ok(out) = request::build(e, None, &facts, &a, Lang::En) else {
            assert!(!rules::clashes(&a).is_empty(), "{cause}");
            continue;
        };
        built += 1;
        let text = out
            .fields
            .iter()
            .map(|f| f.value_en.as_str())
            .collect::<String>();
        assert_eq!(
            text.contains("cannot promise"),
            !cause.is_own(),
            "{cause}: {text}"
        );
    }
    assert!(built >= 8, "{built}");
}

#[test]
fn the_ip_kind_clashes_are_in_the_table() {
    let a = Answers {
        cause: Some(Cause::DynamicIp),
        ip_kind: Some(IpKind::Static),
        ..Answers::default()
    };
    assert_eq!(rules::clashes(&a).len(), 1);
}

#[test]
fn the_time_zone_is_filled_only_where_the_bounce_dates_it_in_japan() {
    let zone = |file: &str| {
        let mut args = vec![file, "--json", "--cause", "unknown", "--role", "it-admin"];
        args.extend_from_slice(CONTACT);
        let (code, v) = json(&args);
        assert_eq!(code, Some(0), "{v}");
        v["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "time-zone")
            .map(|f| f["value_en"].as_str().unwrap().to_owned())
            .expect("the Outlook form has a time-zone field")
    };
    // Dated `+0900 (JST)`: the bounce says Japan.
    assert_eq!(
        zone("tests/fixtures/lists/microsoft-outlook/as3150.eml"),
        "(UTC+09:00) Osaka, Sapporo, Tokyo"
    );
    // No date at all: nothing says where the sender is, so the field waits for the person.
    assert_eq!(
        zone("tests/fixtures/lists/microsoft-outlook/as3140.txt"),
        ""
    );
    let out = delist(&with_contact(&[
        "tests/fixtures/lists/microsoft-outlook/as3140.txt",
        "--cause",
        "unknown",
        "--role",
        "it-admin",
    ]));
    assert!(
        stdout(&out).contains("does not show your time zone"),
        "{}",
        stdout(&out)
    );
}
