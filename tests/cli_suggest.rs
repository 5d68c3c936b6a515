//! A mistyped command gets "did you mean", in the user's language, instead of the wizard opening
//! a missing file or clap's English error.

mod common;

fn stderr_and_code(lang: &str, args: &[&str]) -> (String, Option<i32>) {
    let out = common::delist(Some(lang))
        .args(args)
        .output()
        .expect("run delist");
    assert!(out.stdout.is_empty(), "nothing on stdout for a usage error");
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn a_mistyped_command_with_a_file_names_the_command() {
    let (err, code) = stderr_and_code("C", &["anlyze", "b.txt"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("Did you mean `delist analyze`?"), "{err}");
}

#[test]
fn a_mistyped_command_alone_does_not_open_the_wizard() {
    let (err, code) = stderr_and_code("C", &["reqest"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("`delist request`"), "{err}");
}

#[test]
fn the_suggestion_speaks_japanese() {
    let (err, code) = stderr_and_code("ja_JP.UTF-8", &["lsts", "--json"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("「lsts」というコマンドはありません。`delist lists` のことですか?"),
        "{err}"
    );
}

#[test]
fn request_help_lists_every_fix_and_prevention() {
    let out = common::delist(Some("C"))
        .args(["request", "--help"])
        .output()
        .expect("run delist");
    let help = String::from_utf8_lossy(&out.stdout).replace(char::is_whitespace, "");
    for id in delist::request::Fix::ALL.iter().map(|f| f.id()) {
        assert!(
            help.contains(id),
            "--fix {id} is missing from request --help"
        );
    }
    for id in delist::request::Prevention::ALL.iter().map(|p| p.id()) {
        assert!(
            help.contains(id),
            "--prevent {id} is missing from request --help"
        );
    }
}

#[test]
fn options_may_come_before_the_command() {
    let out = common::delist(Some("C"))
        .args(["--lang", "ja", "lists"])
        .output()
        .expect("run delist");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("ブロックリスト"));
}

#[test]
fn the_demo_flag_is_refused_beside_a_command() {
    let (err, code) = stderr_and_code("C", &["--demo", "lists"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("--demo"), "{err}");
}
