//! `delist analyze` through the real binary: the JSON contract, exit codes, and bad input
//! (empty, binary, truncated, invalid UTF-8, too large, missing) in both languages.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_delist");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/bounce")
        .join(name)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `delist` with `args`, feeding `stdin`, with a neutral locale.
fn run(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .env("LC_ALL", "C")
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().unwrap();
    // A closed pipe is fine: the command may stop reading early.
    let _ = input.write_all(stdin);
    drop(input);
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l:?}: {e}")))
        .collect()
}

fn assert_no_panic(r: &Run) {
    assert!(!r.stderr.contains("panicked"), "panic: {}", r.stderr);
}

#[test]
fn one_json_line_per_input_in_order_and_a_missing_file_keeps_its_line() {
    let good1 = fixture("postfix-dsn.eml");
    let good2 = fixture("exim.eml");
    let missing = "/nonexistent/dir/bounce.eml";
    let args = [
        "analyze",
        "--json",
        "--lang",
        "en",
        good1.to_str().unwrap(),
        missing,
        good2.to_str().unwrap(),
    ];
    let r = run(&args, b"");
    assert_no_panic(&r);
    assert_eq!(r.code, 1, "an input had an error");
    assert!(r.stderr.is_empty(), "no progress on a pipe: {}", r.stderr);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["source"], good1.to_str().unwrap());
    assert_eq!(lines[1]["source"], missing);
    assert_eq!(lines[2]["source"], good2.to_str().unwrap());
    assert!(lines[0]["error"].is_null());
    assert_eq!(lines[0]["bounces"][0]["reason"], "userunknown");
    assert_eq!(lines[0]["bounces"][0]["blocklist"], Value::Null);
    assert!(lines[0]["bounces"][0].get("blocked_ip").is_some());
    let err = lines[1]["error"]
        .as_str()
        .expect("the missing file has an error");
    assert!(err.contains("not found"), "{err}");
    assert_eq!(lines[1]["bounces"], serde_json::json!([]));
    assert_eq!(lines[2]["bounces"].as_array().unwrap().len(), 2);
}

#[test]
fn all_inputs_read_exit_zero_and_an_ordinary_mail_has_no_bounces() {
    let r = run(
        &[
            "analyze",
            "--json",
            fixture("ordinary.eml").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(r.code, 0);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines[0]["bounces"], serde_json::json!([]));
}

#[test]
fn stdin_is_read_with_a_dash_or_no_file() {
    let line =
        b"550 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org\r";
    for args in [&["analyze", "--json"][..], &["analyze", "--json", "-"]] {
        let r = run(args, line);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let lines = json_lines(&r.stdout);
        assert_eq!(lines[0]["source"], "-");
        assert_eq!(lines[0]["bounces"][0]["reason"], "blocked");
        assert_eq!(lines[0]["bounces"][0]["status"], "5.7.1");
    }
}

#[test]
fn empty_input_is_refused_in_the_users_language() {
    let en = run(&["analyze", "--lang", "en"], b" \n\t\n");
    assert_no_panic(&en);
    assert_eq!(en.code, 1);
    assert!(en.stdout.contains("The input is empty"), "{}", en.stdout);
    let ja = run(&["analyze", "--lang", "ja"], b"");
    assert_eq!(ja.code, 1);
    assert!(ja.stdout.contains("入力が空です"), "{}", ja.stdout);
    let json = run(&["analyze", "--json", "--lang", "en"], b"");
    assert_eq!(
        json_lines(&json.stdout)[0]["error"],
        "The input is empty. Paste the whole error mail, or give the file that holds it."
    );
}

#[test]
fn binary_data_is_refused() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0u8..=255).cycle().take(4096));
    let en = run(&["analyze", "--lang", "en"], &png);
    assert_no_panic(&en);
    assert_eq!(en.code, 1);
    assert!(en.stdout.contains("This is not text"), "{}", en.stdout);
    let ja = run(&["analyze", "--lang", "ja"], &png);
    assert!(
        ja.stdout.contains("テキストではありません"),
        "{}",
        ja.stdout
    );
}

#[test]
fn a_truncated_mime_message_is_read_as_far_as_it_goes() {
    let full = std::fs::read_to_string(fixture("postfix-dsn.eml")).unwrap();
    let cut = full.find("Remote-MTA: dns; mx1.example.org").unwrap();
    let r = run(&["analyze", "--json"], full.get(..cut).unwrap().as_bytes());
    assert_no_panic(&r);
    assert_eq!(r.code, 0);
    let b = &json_lines(&r.stdout)[0]["bounces"][0];
    assert_eq!(b["recipient"], "hanako@example.org");
    assert_eq!(b["status"], "5.1.1");
    assert_eq!(b["reason"], "userunknown");
}

#[test]
fn invalid_utf8_is_read_and_the_user_is_told() {
    let mut data =
        b"<hanako@example.org>: host mx.example.org[198.51.100.20] said: 550 5.1.1 User unknown "
            .to_vec();
    data.extend_from_slice(b"\xff\xfe\xfd\xc3(\n");
    let r = run(&["analyze", "--lang", "en"], &data);
    assert_no_panic(&r);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("shown as"), "{}", r.stdout);
    assert!(r.stdout.contains("hanako@example.org"), "{}", r.stdout);
    let ja = run(&["analyze", "--lang", "ja"], &data);
    assert!(ja.stdout.contains("文字コード"), "{}", ja.stdout);
    let json = run(&["analyze", "--json"], &data);
    assert_eq!(
        json_lines(&json.stdout)[0]["bounces"][0]["reason"],
        "userunknown"
    );
}

/// Peak resident memory of a running process, in KiB, from /proc.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn a_200_mb_stream_stops_at_the_limit_with_bounded_memory() {
    let mut child = Command::new(BIN)
        .args(["analyze", "--lang", "en", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        let mut sent = 0usize;
        while sent < 200 << 20 {
            if input.write_all(&chunk).is_err() {
                break; // delist stopped reading at its limit
            }
            sent += chunk.len();
        }
        sent
    });
    let mut peak = 0;
    let status = loop {
        if let Some(k) = peak_kib(pid) {
            peak = peak.max(k);
        }
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let sent = writer.join().unwrap();
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(status.code(), Some(1));
    assert!(out.contains("larger than the limit of 32 MiB"), "{out}");
    assert!(sent < 200 << 20, "the whole stream was swallowed");
    assert!(peak < 160 * 1024, "peak memory {peak} KiB");
}

#[test]
fn a_200_mb_file_is_refused_before_reading_and_the_limit_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.eml");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(200 << 20).unwrap(); // sparse: takes no disk space
    let r = run(&["analyze", "--lang", "ja", big.to_str().unwrap()], b"");
    assert_no_panic(&r);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("32 MiB"), "{}", r.stdout);
    assert!(r.stdout.contains("上限"), "{}", r.stdout);
    let small = run(
        &[
            "analyze",
            "--json",
            "--lang",
            "en",
            "--max-size",
            "1K",
            fixture("exim.eml").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(small.code, 1);
    let err = json_lines(&small.stdout)[0]["error"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(err.contains("1 KiB"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["analyze", "--bogus"][..],
        &["analyze", "--lang", "xx"],
        &["analyze", "--max-size", "12q"],
    ] {
        let r = run(args, b"");
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty());
        assert!(
            r.stderr.contains("Usage") || r.stderr.contains("error"),
            "{}",
            r.stderr
        );
    }
}

/// A usage error names the problem in the user's language first (`--lang`, even on a line
/// that does not parse, or the locale), then clap's English explanation follows.
#[test]
fn usage_errors_speak_the_users_language_first() {
    for (args, first) in [
        (
            &["analyze", "--lang", "ja", "--bogus"][..],
            "delist: ここでは使えない指定です: --bogus",
        ),
        (
            &["analyze", "--lang=ja", "--max-size", "12q"],
            "12q は指定できません",
        ),
        (&["request", "--lang", "ja", "--cause"], "の値がありません"),
        (
            &["analyze", "--bogus"],
            "delist: not a known option or argument here: --bogus",
        ),
    ] {
        let r = run(args, b"");
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty());
        let line = r.stderr.lines().next().unwrap_or_default();
        assert!(line.contains(first), "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("Usage") || r.stderr.contains("error:"),
            "{}",
            r.stderr
        );
    }
    let out = Command::new(BIN)
        .args(["lists", "extra"])
        .env("LC_ALL", "ja_JP.UTF-8")
        .output()
        .expect("the binary runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.starts_with("delist: ここでは使えない指定です: extra"),
        "{err}"
    );
}

#[test]
fn help_and_version_follow_the_conventions() {
    let help = run(&["analyze", "--help"], b"");
    assert_eq!(help.code, 0);
    assert!(
        help.stdout.contains("--json") && help.stdout.contains("FILE"),
        "{}",
        help.stdout
    );
    let version = run(&["--version"], b"");
    assert_eq!(version.code, 0);
    assert!(
        version.stdout.contains(env!("CARGO_PKG_VERSION")),
        "{}",
        version.stdout
    );
}

#[test]
fn the_summary_is_written_in_the_users_language() {
    let f = fixture("outlook-ja-sendmail-warning.txt");
    let ja = run(&["analyze", "--lang", "ja", f.to_str().unwrap()], b"");
    assert_eq!(ja.code, 0);
    assert!(ja.stdout.contains("ブロック"), "{}", ja.stdout);
    assert!(ja.stdout.contains("4.7.1"));
    let en = run(&["analyze", "--lang", "en", f.to_str().unwrap()], b"");
    assert!(en.stdout.contains("blocked"), "{}", en.stdout);
    let ordinary = run(
        &[
            "analyze",
            "--lang",
            "en",
            fixture("ordinary.eml").to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        ordinary.stdout.contains("not a bounce"),
        "{}",
        ordinary.stdout
    );
}

#[test]
fn the_text_summary_names_the_sub_list_the_retry_limit_and_warns_of_planted_links() {
    let seed = fixture("outlook-ja-sendmail-warning.txt");
    let ja = run(&["analyze", "--lang", "ja", seed.to_str().unwrap()], b"");
    assert_eq!(ja.code, 0, "{}", ja.stderr);
    assert!(ja.stdout.contains("(ERS-QIL)"), "{}", ja.stdout);
    assert!(
        ja.stdout.contains("再送の期限: メールを送ってから5日後"),
        "{}",
        ja.stdout
    );
    assert!(ja.stdout.contains("192.0.2.25"), "{}", ja.stdout);

    let phishing = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/heldout/phishing-fake-delist-bounce.txt");
    let en = run(
        &["analyze", "--lang", "en", phishing.to_str().unwrap()],
        b"",
    );
    assert_eq!(en.code, 0, "{}", en.stderr);
    assert!(en.stdout.contains("⚠ This mail links to sites no blocklist operator owns (spamhaus-delist-center.example.net)"), "{}", en.stdout);
    assert!(
        !en.stdout.contains("https://spamhaus-delist-center"),
        "a planted link is shown: {}",
        en.stdout
    );
}

#[test]
fn the_hosting_provider_is_part_of_the_diagnosis_and_null_when_unknown() {
    let paste = "This is the mail system at host sv12345.xserver.jp.\n\n\
                 <taro@example.net>: host mx.example.net[192.0.2.10] said: 550 5.7.1\n    \
                 Service unavailable; client [203.0.113.5] blocked using zen.spamhaus.org\n";
    let r = run(&["analyze", "--json", "-"], paste.as_bytes());
    assert_no_panic(&r);
    let line = &json_lines(&r.stdout)[0];
    assert_eq!(line["hosting"]["id"], "xserver");
    assert_eq!(line["hosting"]["kind"], "rental");
    assert_eq!(line["hosting"]["host"], "sv12345.xserver.jp");
    let plain = run(
        &[
            "analyze",
            "--json",
            fixture("postfix-dsn.eml").to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(json_lines(&plain.stdout)[0]["hosting"], Value::Null);
    let missing = run(&["analyze", "--json", "/nonexistent/bounce.eml"], b"");
    assert_eq!(json_lines(&missing.stdout)[0]["hosting"], Value::Null);

    // The plain output says it too, in the reader's language, and only where it is known.
    let ja = run(&["--lang", "ja", "analyze", "-"], paste.as_bytes());
    assert!(
        ja.stdout.contains(
            "メールはエックスサーバーのサーバー(sv12345.xserver.jp)から送られているようです。"
        ) || ja
            .stdout
            .contains("(sv12345.xserver.jp)から送られているようです。"),
        "{}",
        ja.stdout
    );
    let en = run(&["--lang", "en", "analyze", "-"], paste.as_bytes());
    assert!(
        en.stdout.contains("(server sv12345.xserver.jp)"),
        "{}",
        en.stdout
    );
    let none = run(
        &[
            "--lang",
            "en",
            "analyze",
            fixture("postfix-dsn.eml").to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        !none.stdout.contains("seems to go out through"),
        "{}",
        none.stdout
    );
}
