//! A pipe (FIFO) given as the input never blocks in silence. `analyze` and `request` read it
//! (a program may write to it later) and say on standard error, in the user's language, that
//! they wait for it; the wizard, which must keep answering keys, says that nothing writes to it.
//! Standard input (`-`) is read as before.

#![cfg(unix)]

mod common;
mod e2e_support;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::delist;
use e2e_support::Pty;

fn fifo(dir: &Path) -> PathBuf {
    let path = dir.join("bounce.pipe");
    let made = Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo failed");
    path
}

fn bounce() -> Vec<u8> {
    std::fs::read(common::fixture_dir("hostile").join("escape-codes.eml")).expect("fixture")
}

/// Starts `delist ARGS` on a pipe nobody writes to, waits for its notice on standard error,
/// then writes a bounce into the pipe and returns (notice, standard output, exit status).
fn waits_then_reads(lang: &str, args: &[&str]) -> (String, String, Option<i32>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pipe = fifo(dir.path());
    let mut child = delist(Some(lang))
        .args(args)
        .arg(&pipe)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("delist starts");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    // Nothing writes to the pipe yet: the notice comes, and delist keeps waiting. (The limit
    // only keeps a broken build from hanging the suite.)
    let notice = rx.recv_timeout(Duration::from_mins(1)).unwrap_or_else(|_| {
        let _ = child.kill();
        panic!("no notice while waiting on the pipe")
    });
    assert!(
        child.try_wait().expect("status").is_none(),
        "delist did not wait"
    );
    std::fs::OpenOptions::new()
        .write(true)
        .open(&pipe)
        .and_then(|mut w| w.write_all(&bounce()))
        .expect("write into the pipe");
    let out = child.wait_with_output().expect("delist ends");
    (
        notice,
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

#[test]
fn analyze_says_it_waits_for_a_pipe_and_reads_it_once_written() {
    let (notice, out, code) = waits_then_reads("en_US.UTF-8", &["analyze"]);
    assert!(notice.starts_with("Waiting for input on "), "{notice}");
    assert!(
        notice.contains("bounce.pipe") && notice.contains("Ctrl+C"),
        "{notice}"
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("203.0.113.25") && out.contains("Spamhaus"),
        "{out}"
    );
}

#[test]
fn request_says_it_in_japanese_too() {
    let (notice, out, code) = waits_then_reads(
        "ja_JP.UTF-8",
        &[
            "request",
            "--cause=unknown",
            "--name=Taro Yamada",
            "--email=taro@example.co.jp",
            "--role=owner",
            "--company=Example",
            "--server=shared",
            "--provider=Xserver",
        ],
    );
    assert!(notice.contains("からの入力を待っています"), "{notice}");
    assert!(notice.contains("bounce.pipe"), "{notice}");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("203.0.113.25"), "{out}");
}

#[test]
fn standard_input_is_read_as_before_with_no_notice() {
    let mut child = delist(Some("en_US.UTF-8"))
        .args(["analyze", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("delist starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&bounce())
        .expect("write");
    let out = child.wait_with_output().expect("delist ends");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("203.0.113.25"));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_wizard_says_nothing_writes_to_the_pipe_and_keeps_answering() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pipe = fifo(dir.path());
    let home = tempfile::tempdir().expect("home");
    let path = pipe.to_string_lossy().into_owned();
    let mut t = Pty::spawn(
        &["--lang", "en", &path],
        100,
        30,
        home.path(),
        &[("LANG", "en_US.UTF-8")],
    );
    // Said on screen while the wizard keeps answering: it quits when asked.
    let screen = t.wait_for("(FIFO)", 20);
    assert!(screen.contains("Step 1/7"), "{screen}");
    assert!(screen.contains("no program is writing to it"), "{screen}");
    t.key("\x03");
    assert_eq!(t.wait_exit(10), 0);
}
