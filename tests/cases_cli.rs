//! `delist cases`, `delist cases --delete`, `delist report` and `delist --code` from the
//! command line (issue 17), on a temporary data folder (`DELIST_DATA_DIR`).

use std::path::Path;
use std::process::{Command, Output, Stdio};

use delist::case::Case;
use delist::case::store::Store;
use delist::i18n::Lang;
use delist::wizard::demo::DEMO_FORWARDED;

fn delist(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_delist"))
        .args(args)
        .env("DELIST_DATA_DIR", data)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .expect("delist runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A case as the wizard leaves it after step 3: the demo bounce, nothing answered yet.
fn saved_case(data: &Path) -> Case {
    let store = Store::at(data.join("cases"));
    let case = Case {
        id: "20261207-140500".to_owned(),
        created: "2026-12-07T14:05:00Z".to_owned(),
        updated: "2026-12-07T14:20:00Z".to_owned(),
        step: 3,
        reached: 3,
        list: Some("trendmicro-ers".to_owned()),
        sublist: Some("QIL".to_owned()),
        ip: "203.0.113.25".parse().ok(),
        paste: DEMO_FORWARDED.to_owned(),
        ..Case::new(Lang::Ja)
    };
    store.save(&case).expect("save");
    case
}

#[test]
fn cases_lists_with_date_list_ip_step_and_code() {
    let dir = tempfile::tempdir().unwrap();
    let none = delist(dir.path(), &["cases", "--lang", "en"]);
    assert!(none.status.success());
    assert!(
        text(&none.stdout).contains("No saved cases"),
        "{}",
        text(&none.stdout)
    );
    saved_case(dir.path());
    // Saved at 14:20 UTC: shown in Japan time, in the reader's words.
    for (lang, step, saved) in [
        ("en", "3/7", "Mon 7 December 2026, 23:20 (Japan time)"),
        ("ja", "3/7", "2026年12月7日(月) 23:20(日本時間)"),
    ] {
        let out = delist(dir.path(), &["cases", "--lang", lang]);
        let s = text(&out.stdout);
        assert!(out.status.success(), "{s}");
        assert!(!s.contains("UTC"), "{s}");
        for part in [
            "20261207-140500",
            saved,
            "203.0.113.25",
            "ERS-QIL",
            step,
            "TM-QIL 203.0.113.25",
            "--resume",
        ] {
            assert!(s.contains(part), "{lang}: {part}\n{s}");
        }
    }
}

#[test]
fn delete_asks_first_and_refuses_without_anyone_to_ask() {
    let dir = tempfile::tempdir().unwrap();
    let case = saved_case(dir.path());
    let file = dir.path().join("cases").join(format!("{}.json", case.id));
    let out = delist(
        dir.path(),
        &["cases", "--delete", "20261207", "--lang", "ja"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--yes"), "{}", text(&out.stderr));
    assert!(file.exists(), "nothing deleted without a confirmation");
    let missing = delist(
        dir.path(),
        &["cases", "--delete", "1999", "--yes", "--lang", "en"],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        text(&missing.stderr).contains("No case"),
        "{}",
        text(&missing.stderr)
    );
    let out = delist(
        dir.path(),
        &["cases", "--delete", "20261207", "--yes", "--lang", "en"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!file.exists());
}

#[test]
fn report_in_both_languages_and_both_formats() {
    let dir = tempfile::tempdir().unwrap();
    saved_case(dir.path());
    for (lang, title, happened, started) in [
        (
            "ja",
            "ブロックリスト解除のケース報告 20261207-140500",
            "何が起きたか",
            "2026年12月7日(月) 23:05(日本時間)",
        ),
        (
            "en",
            "Blocklist removal case 20261207-140500",
            "What happened",
            "Mon 7 December 2026, 23:05 (Japan time)",
        ),
    ] {
        for format in ["text", "markdown"] {
            let out = delist(
                dir.path(),
                &[
                    "report",
                    "20261207-140500",
                    "--format",
                    format,
                    "--lang",
                    lang,
                ],
            );
            let s = text(&out.stdout);
            assert!(out.status.success(), "{}", text(&out.stderr));
            for part in [
                title,
                happened,
                "203.0.113.25",
                "TM-QIL 203.0.113.25",
                "hanako@example.com",
                started,
            ] {
                assert!(s.contains(part), "{lang} {format}: {part}\n{s}");
            }
            assert_eq!(s.contains("\n## "), format == "markdown", "{s}");
            // What is still missing is said in the form step's words, never in command-line
            // values.
            assert!(!s.contains("it-admin") && !s.contains("--role"), "{s}");
            assert!(s.contains("delist --resume 20261207-140500"), "{s}");
        }
    }
}

#[test]
fn a_code_that_cannot_be_read_is_refused_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = delist(
        dir.path(),
        &["--code", "ZZ-QIL 203.0.113.5", "--lang", "ja"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("どのリストのコードでもありません"),
        "{}",
        text(&out.stderr)
    );
    let out = delist(dir.path(), &["--code", "TM-QIL 203.0.113", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("cannot be read as an IP"),
        "{}",
        text(&out.stderr)
    );
}
