//! `delist request` through the real binary: the flags, the JSON shape, the human layout, and a
//! clear message naming the flag (in the user's language) for every missing or wrong answer.

mod common;

use std::process::Output;

use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/request/xserver-ers-qil-forwarded.txt";

fn delist(args: &[&str], lang_env: Option<&str>) -> Output {
    common::delist(lang_env)
        .arg("request")
        .args(args)
        .output()
        .expect("run delist")
}

const CONTACT: &[&str] = &[
    "--name",
    "やまだ たろう",
    "--email",
    "postmaster@example.co.jp",
    "--role",
    "it-admin",
];

fn with_contact(args: &[&'static str]) -> Vec<&'static str> {
    let mut v = args.to_vec();
    v.extend_from_slice(CONTACT);
    v
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).expect("one JSON object")
}

/// The JSON of a run that may have had nothing to request (exit 4).
fn json_any(o: &Output) -> Value {
    assert!(matches!(o.status.code(), Some(0 | 4)), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).expect("one JSON object")
}

#[test]
fn the_list_and_the_facts_come_from_the_file() {
    let o = delist(
        &with_contact(&[
            FIXTURE,
            "--cause",
            "shared-server",
            "--fix",
            "asked-provider",
            "--json",
        ]),
        None,
    );
    let v = json(&o);
    assert_eq!(v["list"], "trendmicro-ers");
    let labels: Vec<&str> = v["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "Your name",
            "Your Email",
            "Your Role",
            "Reasons for request"
        ]
    );
    assert_eq!(v["fields"][0]["value_en"], "Yamada Taro");
    assert_eq!(v["fields"][0]["translation_ja"], "やまだ たろう");
    let reason = v["fields"][3]["value_en"].as_str().unwrap();
    // The provider was recognised from sv12345.xserver.jp; the server is shared.
    assert!(reason.contains("hosting provider, Xserver."), "{reason}");
    assert!(reason.contains("we cannot promise"), "{reason}");
    assert!(reason.is_ascii());
    assert!(v["email"].is_null());
    let mail = v["provider_email_ja"].as_str().unwrap();
    for fact in [
        "203.0.113.5",
        "ERS-QIL",
        "client.example.com",
        "sv12345.xserver.jp",
        "エックスサーバー",
        "2025年6月3日",
    ] {
        assert!(mail.contains(fact), "provider email lacks {fact}:\n{mail}");
    }
}

#[test]
fn list_flag_wins_and_without_fix_nothing_is_claimed() {
    let o = delist(
        &with_contact(&[
            "--list",
            "barracuda",
            "--ip",
            "203.0.113.9",
            "--cause",
            "stolen-password",
            "--phone",
            "03-1234-5678",
            "--json",
        ]),
        None,
    );
    let v = json(&o);
    assert_eq!(v["list"], "barracuda");
    let fields = v["fields"].as_array().unwrap();
    let get = |id: &str| {
        fields.iter().find(|f| f["id"] == id).unwrap()["value_en"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(get("ip"), "203.0.113.9");
    assert_eq!(get("phone"), "+81 3-1234-5678");
    let reason = get("reason");
    // Nothing ticked: the text says nothing about fixes, not even that someone is checking.
    assert!(!reason.contains("checking"), "{reason}");
    assert!(!reason.contains("We have "), "{reason}");
    // Fixes given twice and comma-separated are each claimed once.
    let o = delist(
        &with_contact(&[
            "--list",
            "barracuda",
            "--ip",
            "203.0.113.9",
            "--cause",
            "stolen-password",
            "--phone",
            "0312345678",
            "--fix",
            "changed-passwords,enabled-mfa",
            "--fix",
            "changed-passwords",
            "--json",
        ]),
        None,
    );
    let v = json(&o);
    let reason = v["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "reason")
        .unwrap()["value_en"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        reason.matches("changed the passwords").count(),
        1,
        "{reason}"
    );
    assert!(reason.contains("two-factor authentication"), "{reason}");
}

#[test]
fn email_routes_print_a_complete_email() {
    let o = delist(
        &with_contact(&[
            "--list",
            "apple-icloud",
            "--ip",
            "203.0.113.9",
            "--company",
            "Example Co., Ltd.",
            "--cause",
            "unknown",
            "--json",
        ]),
        None,
    );
    let v = json(&o);
    assert_eq!(v["email"]["to"], "icloudadmin@apple.com");
    assert!(
        v["email"]["subject"]
            .as_str()
            .unwrap()
            .contains("203.0.113.9")
    );
    assert!(
        v["email"]["body_en"]
            .as_str()
            .unwrap()
            .contains("Example Co., Ltd.")
    );
    assert!(
        v["email"]["translation_ja"]
            .as_str()
            .unwrap()
            .starts_with("件名: ")
    );
    assert_eq!(v["fields"], serde_json::json!([]));
}

#[test]
fn human_output_numbers_each_field_with_english_and_japanese() {
    let o = delist(
        &with_contact(&[FIXTURE, "--cause", "shared-server", "--lang", "ja"]),
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    for line in [
        // The English label the page shows, with its meaning beside it (#16).
        "[1] Your name / お名前(ローマ字)\n",
        "英語(これを貼り付けます): Yamada Taro",
        "日本語訳: やまだ たろう",
        "[4] Reasons for request",
        "レンタルサーバー会社へのメール(日本語)",
        "申請は一度だけ送ってください",
    ] {
        assert!(out.contains(line), "missing {line:?} in:\n{out}");
    }
    let en = delist(
        &with_contact(&[FIXTURE, "--cause", "shared-server", "--lang", "en"]),
        None,
    );
    let out = String::from_utf8(en.stdout).unwrap();
    assert!(out.contains("English (paste this): Yamada Taro"), "{out}");
    assert!(out.contains("[1] Your name\n"), "{out}");
    // An English reader gets the Japanese beside the reason only, not beside a name.
    assert!(
        !out.contains("Japanese translation: やまだ たろう"),
        "{out}"
    );
    assert!(
        out.contains("Japanese translation: このIPアドレス"),
        "{out}"
    );
}

#[track_caller]
fn fails_naming(o: &Output, code: i32, needles: &[&str]) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "stdout: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    let err = stderr(o);
    for n in needles {
        assert!(err.contains(n), "stderr lacks {n:?}:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn a_missing_answer_names_the_flag_in_the_users_language() {
    let o = delist(
        &[
            FIXTURE,
            "--name",
            "Taro Yamada",
            "--email",
            "taro@example.co.jp",
            "--role",
            "it-admin",
            "--lang",
            "ja",
        ],
        None,
    );
    fails_naming(&o, 2, &["--cause", "原因を選んでください", "shared-server"]);
    // The language also comes from the environment.
    let o = delist(
        &[
            FIXTURE,
            "--email",
            "taro@example.co.jp",
            "--cause",
            "unknown",
            "--role",
            "it-admin",
        ],
        Some("ja_JP.UTF-8"),
    );
    fails_naming(&o, 2, &["--name", "お名前を入力してください"]);
    let o = delist(
        &[
            FIXTURE,
            "--name",
            "Taro Yamada",
            "--cause",
            "unknown",
            "--role",
            "it-admin",
        ],
        Some("en_US.UTF-8"),
    );
    fails_naming(&o, 2, &["--email", "Enter your email address"]);
    let o = delist(
        &[
            "--list",
            "trendmicro-ers",
            "--cause",
            "unknown",
            "--name",
            "Taro",
            "--email",
            "t@example.jp",
            "--lang",
            "en",
        ],
        None,
    );
    fails_naming(&o, 2, &["--role", "it-admin"]);
    let o = delist(
        &[
            "--list",
            "barracuda",
            "--cause",
            "unknown",
            "--lang",
            "en",
            "--phone",
            "0312345678",
        ],
        None,
    );
    fails_naming(&o, 2, &["--name", "--email", "--ip"]);
}

#[test]
fn a_choice_outside_the_ids_names_the_flag() {
    let o = delist(
        &with_contact(&[FIXTURE, "--cause", "spam", "--lang", "en"]),
        None,
    );
    fails_naming(
        &o,
        2,
        &["--cause", "\"spam\"", "shared-server", "open-relay"],
    );
    let o = delist(
        &with_contact(&[
            FIXTURE, "--cause", "unknown", "--fix", "prayed", "--lang", "en",
        ]),
        None,
    );
    fails_naming(&o, 2, &["--fix", "asked-provider"]);
    let o = delist(
        &with_contact(&[
            FIXTURE, "--cause", "unknown", "--server", "vps", "--lang", "en",
        ]),
        None,
    );
    fails_naming(&o, 2, &["--server", "m365"]);
}

#[test]
fn an_invalid_or_contradictory_answer_names_the_flag() {
    let o = delist(
        &with_contact(&[
            FIXTURE,
            "--cause",
            "shared-server",
            "--server",
            "own",
            "--lang",
            "ja",
        ]),
        None,
    );
    // Both answers are named, with their flags, in the user's language.
    fails_naming(
        &o,
        2,
        &[
            "--cause shared-server",
            "--server own",
            "両方が正しいことはありません",
        ],
    );
    let o = delist(
        &[
            FIXTURE,
            "--cause",
            "unknown",
            "--name",
            "山田 太郎",
            "--email",
            "taro@example.co.jp",
            "--role",
            "it-admin",
            "--lang",
            "ja",
        ],
        None,
    );
    fails_naming(&o, 2, &["--name", "漢字", "ローマ字"]);
    let o = delist(
        &[
            FIXTURE,
            "--cause",
            "unknown",
            "--name",
            "山田 太郎",
            "--email",
            "taro@example.co.jp",
            "--role",
            "it-admin",
            "--lang",
            "en",
        ],
        None,
    );
    fails_naming(&o, 2, &["--name", "kanji", "romaji"]);
    let o = delist(
        &with_contact(&[
            FIXTURE,
            "--cause",
            "unknown",
            "--ip",
            "300.1.2.3",
            "--lang",
            "en",
        ]),
        None,
    );
    fails_naming(&o, 2, &["--ip", "300.1.2.3"]);
    let o = delist(
        &[
            "--list",
            "trendmicro-ers",
            "--cause",
            "unknown",
            "--name",
            "Taro",
            "--email",
            "taro@",
            "--role",
            "it-admin",
            "--lang",
            "en",
        ],
        None,
    );
    fails_naming(&o, 2, &["--email", "taro@"]);
}

#[test]
fn the_list_must_be_known() {
    let o = delist(&with_contact(&["--cause", "unknown", "--lang", "en"]), None);
    fails_naming(&o, 2, &["--list"]);
    let o = delist(
        &with_contact(&["--list", "nosuchlist", "--cause", "unknown", "--lang", "ja"]),
        None,
    );
    fails_naming(&o, 2, &["--list", "nosuchlist", "delist lists"]);
    // A bounce no list refused is not a usage error: the advice, and exit 4.
    let o = delist(
        &with_contact(&[
            "tests/fixtures/lists/_negative/mailbox-full.txt",
            "--cause",
            "unknown",
            "--lang",
            "en",
        ]),
        None,
    );
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("not a blocklist problem"), "{out}");
    assert!(out.contains("mailbox is full"), "{out}");
    assert!(!out.contains("--list"), "no list to force: {out}");
    let o = delist(
        &with_contact(&[
            "tests/fixtures/request/does-not-exist.txt",
            "--cause",
            "unknown",
            "--lang",
            "en",
        ]),
        None,
    );
    fails_naming(&o, 1, &["does-not-exist.txt"]);
}

#[test]
fn nothing_to_send_is_said_plainly() {
    let o = delist(
        &with_contact(&[
            "--list",
            "spamcop",
            "--cause",
            "backscatter",
            "--lang",
            "en",
        ]),
        None,
    );
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("nothing to send"), "{out}");
    assert!(
        out.contains("ends a listing by itself about 24 hours"),
        "{out}"
    );
    let v = json_any(&delist(
        &with_contact(&["--list", "spamcop", "--cause", "backscatter", "--json"]),
        None,
    ));
    assert_eq!(v["request"], false);
    assert_eq!(v["fields"], serde_json::json!([]));
    assert!(v["email"].is_null());
}

/// The email to the hosting provider asks for a removal only where there is one to ask for,
/// and calls a provider's or carrier's own block a block, not a listing.
#[test]
fn the_provider_email_asks_only_for_what_can_be_done() {
    let provider_email = |file: &'static str| -> String {
        let v = json_any(&delist(
            &with_contact(&[
                file,
                "--cause",
                "shared-server",
                "--server",
                "shared",
                "--json",
            ]),
            None,
        ));
        v["provider_email_ja"]
            .as_str()
            .unwrap_or_else(|| panic!("{file}: no provider email: {v}"))
            .to_owned()
    };
    for file in [
        "tests/fixtures/lists/gmail/not-authorized-directly.txt",
        "tests/fixtures/lists/docomo/service-not-available.txt",
    ] {
        let mail = provider_email(file);
        assert!(!mail.contains("解除申請"), "{file}: {mail}");
        assert!(!mail.contains("ブロックリスト"), "{file}: {mail}");
        assert!(mail.contains("ブロックされ"), "{file}: {mail}");
        assert!(
            mail.contains("1. ") && mail.contains("2. ") && !mail.contains("3. "),
            "{mail}"
        );
    }
    let mail = provider_email("tests/fixtures/lists/spamhaus/m365-blocked-using-spamhaus.txt");
    assert!(mail.contains("ブロックリストに登録されています"), "{mail}");
    assert!(mail.contains("2. 上記のブロックリスト"), "{mail}");
    assert!(mail.contains("ブロックリスト: Spamhaus"), "{mail}");
    assert!(
        mail.contains("に、解除申請をしていただけますでしょうか"),
        "{mail}"
    );
    assert!(mail.contains("3. "), "{mail}");
}

/// `--json` carries what the screen shows (#16): how to send and where, the notes and each
/// field's label and help in both languages with its limit, and the email to the provider in
/// Japanese with its English version.
#[test]
fn json_carries_what_the_screen_shows() {
    let v = json(&delist(
        &with_contact(&[
            FIXTURE,
            "--cause",
            "shared-server",
            "--server",
            "shared",
            "--fix",
            "asked-provider",
            "--json",
        ]),
        None,
    ));
    assert_eq!(v["method"], "web-form");
    assert!(
        v["form_url"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://servicecentral.trendmicro.com/")),
        "{v}"
    );
    assert!(v["reason"].is_null());
    let notes = v["notes"].as_array().expect("notes");
    assert!(!notes.is_empty());
    for n in notes {
        assert!(n["en"].as_str().is_some_and(|s| !s.is_empty()), "{n}");
        assert!(n["ja"].as_str().is_some_and(|s| !s.is_empty()), "{n}");
    }
    let reason = v["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .find(|f| f["id"] == "reason")
        .expect("a reason field");
    assert_eq!(reason["label"], "Reasons for request");
    assert_eq!(reason["label_ja"], "申請の理由");
    assert_eq!(reason["max_len"], 1000);
    assert!(reason["help"]["ja"].as_str().is_some_and(|s| !s.is_empty()));
    assert!(reason["help"]["en"].as_str().is_some_and(|s| !s.is_empty()));
    let mail = &v["provider_email"];
    assert!(
        mail["ja"]
            .as_str()
            .is_some_and(|s| s.contains("203.0.113.5")),
        "{v}"
    );
    assert!(
        mail["en"]
            .as_str()
            .is_some_and(|s| s.contains("203.0.113.5") && s.starts_with("Subject:")),
        "{v}"
    );
}

/// A bounce from a list that expires by itself needs no answer at all: a script that passes
/// only the file gets `"method": "none"` and the reason, not a demand for an address that no
/// one will receive (#16). An address given is still checked.
#[test]
fn nothing_to_send_needs_no_answers() {
    let o = delist(
        &["tests/fixtures/lists/spamcop/scbl-postfix.eml", "--json"],
        None,
    );
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).expect("one JSON object");
    assert_eq!(v["list"], "spamcop", "{v}");
    assert_eq!(v["method"], "none", "{v}");
    assert_eq!(v["reason"]["id"], "request-advice-expires", "{v}");
    let o = delist(
        &[
            "tests/fixtures/lists/spamcop/scbl-postfix.eml",
            "--email",
            "not an address",
        ],
        None,
    );
    fails_naming(&o, 2, &["--email"]);
}

/// A list with no form says so, and why, instead of an empty list of fields.
#[test]
fn json_says_when_there_is_nothing_to_send_and_why() {
    let v = json_any(&delist(
        &with_contact(&[
            "--list",
            "spamcop",
            "--ip",
            "203.0.113.5",
            "--cause",
            "unknown",
            "--json",
        ]),
        None,
    ));
    assert_eq!(v["method"], "none");
    assert!(v["form_url"].is_null());
    let reason = &v["reason"];
    assert!(
        reason["en"]
            .as_str()
            .is_some_and(|s| s.contains("by itself")),
        "{v}"
    );
    assert!(
        reason["ja"].as_str().is_some_and(|s| s.contains("自動")),
        "{v}"
    );
    for (list, method) in [("apple-icloud", "email"), ("cisco-talos", "portal")] {
        let v = json_any(&delist(
            &with_contact(&[
                "--list",
                list,
                "--ip",
                "203.0.113.5",
                "--cause",
                "unknown",
                "--company",
                "Example Trading",
                "--json",
            ]),
            None,
        ));
        assert_eq!(v["method"], method, "{list}: {v}");
    }
}

/// The name goes into the Japanese email as the person writes it and into the form in romaji;
/// kana given only as the Japanese name still gives the romaji.
#[test]
fn the_japanese_name_signs_the_japanese_email_and_romaji_the_form() {
    let run = |name_args: &[&'static str]| {
        let mut args = vec![
            FIXTURE,
            "--cause",
            "shared-server",
            "--server",
            "shared",
            "--email",
            "postmaster@example.co.jp",
            "--role",
            "it-admin",
            "--json",
        ];
        args.extend_from_slice(name_args);
        json(&delist(&args, None))
    };
    let v = run(&["--name-ja", "山田 太郎", "--name", "Yamada Taro"]);
    let mail = v["provider_email"]["ja"]
        .as_str()
        .expect("a Japanese email");
    assert!(
        mail.contains("の山田 太郎です") || mail.contains("山田 太郎です"),
        "{mail}"
    );
    assert!(mail.trim_end().contains("\n山田 太郎\n"), "{mail}");
    assert_eq!(v["fields"][0]["value_en"], "Yamada Taro");
    let en = v["provider_email"]["en"]
        .as_str()
        .expect("an English version");
    assert!(en.contains("Yamada Taro") && !en.contains("山田"), "{en}");
    let v = run(&["--name-ja", "やまだ たろう"]);
    assert_eq!(v["fields"][0]["value_en"], "Yamada Taro");
    assert!(
        v["provider_email"]["ja"]
            .as_str()
            .is_some_and(|m| m.contains("やまだ たろう"))
    );
    // Kanji alone cannot be spelled: the romaji is asked for, never guessed.
    let o = delist(
        &[
            FIXTURE,
            "--cause",
            "shared-server",
            "--name-ja",
            "山田 太郎",
            "--email",
            "postmaster@example.co.jp",
            "--role",
            "it-admin",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--name"), "{}", stderr(&o));
}

/// The company goes into the Japanese email as written in Japanese and into the English texts
/// in romaji; not given in Japanese, the Japanese email keeps the romaji the person typed, and
/// not given at all, it names no company (never a guess).
#[test]
fn the_japanese_company_name_signs_the_japanese_email_and_romaji_the_english() {
    let run = |company_args: &[&'static str]| {
        let mut args = vec![
            FIXTURE,
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
        ];
        args.extend_from_slice(company_args);
        json(&delist(&args, None))
    };
    let both = [
        "--company-ja",
        "株式会社サンプル商事",
        "--company",
        "Sample Trading Co., Ltd.",
    ];
    let v = run(&both);
    let ja = v["provider_email"]["ja"]
        .as_str()
        .expect("a Japanese email");
    assert!(ja.contains("株式会社サンプル商事の山田 太郎です"), "{ja}");
    assert!(ja.contains("\n株式会社サンプル商事\n山田 太郎\n"), "{ja}");
    assert!(!ja.contains("Sample Trading"), "{ja}");
    let en = v["provider_email"]["en"]
        .as_str()
        .expect("an English version");
    assert!(
        en.contains("Sample Trading Co., Ltd.") && !en.contains("サンプル"),
        "{en}"
    );
    let v = run(&["--company", "Sample Trading Co., Ltd."]);
    let ja = v["provider_email"]["ja"]
        .as_str()
        .expect("a Japanese email");
    assert!(
        ja.contains("Sample Trading Co., Ltd.の山田 太郎です"),
        "{ja}"
    );
    let v = run(&[]);
    let ja = v["provider_email"]["ja"]
        .as_str()
        .expect("a Japanese email");
    assert!(ja.contains("\n山田 太郎です"), "{ja}");
    assert!(
        !ja.contains("株式会社") && !ja.contains("Co., Ltd."),
        "{ja}"
    );
}

/// The English version of the provider email gives a date Outlook wrote in Japanese in digits:
/// no Japanese inside an English line.
#[test]
fn the_english_provider_email_gives_a_japanese_date_in_digits() {
    let v = json(&delist(
        &with_contact(&[
            FIXTURE, "--cause", "unknown", "--server", "shared", "--json",
        ]),
        None,
    ));
    let en = v["provider_email"]["en"]
        .as_str()
        .expect("an English version");
    assert!(en.contains("- Date: 2025-06-03 14:12"), "{en}");
    assert!(!en.contains('年'), "{en}");
    let ja = v["provider_email"]["ja"]
        .as_str()
        .expect("a Japanese email");
    assert!(ja.contains("2025年6月3日"), "{ja}");
}

/// In English mode the Japanese appears only beside free text, and the email to the provider
/// comes with an English version to read.
#[test]
fn english_mode_shows_japanese_only_beside_free_text() {
    let o = delist(
        &with_contact(&[FIXTURE, "--cause", "shared-server", "--server", "shared"]),
        Some("en_US.UTF-8"),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(out.matches("Japanese translation:").count(), 1, "{out}");
    assert!(out.contains("The same email in English"), "{out}");
}
