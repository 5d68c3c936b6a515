//! The offline promise, checked on the real binary: without `delist check`, nothing opens an
//! Internet socket (strace); `delist check` with no network says so at once instead of
//! hanging (a network namespace with no interfaces, `unshare -n`). Each test says plainly when
//! it skips because the tool is missing or not permitted here.

mod common;

use std::path::Path;
use std::process::Command;

fn tool_works(cmd: &mut Command) -> bool {
    cmd.output().is_ok_and(|o| o.status.success())
}

/// `socket(AF_INET…)` or `socket(AF_INET6…)` calls in an strace log.
fn internet_sockets(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("socket(AF_INET"))
        .collect()
}

#[test]
fn commands_other_than_check_open_no_internet_socket() {
    if !tool_works(Command::new("strace").args(["-o", "/dev/null", "true"])) {
        eprintln!("SKIPPED: strace is not available or not permitted here");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let bounce = common::bounces_in(&common::fixture_dir("bounce"))
        .into_iter()
        .next()
        .expect("a fixture bounce");
    let runs: [&[&str]; 3] = [
        &["analyze", bounce.to_str().unwrap()],
        &["lists"],
        &["--help"],
    ];
    for (i, args) in runs.iter().enumerate() {
        let log = dir.path().join(format!("trace{i}"));
        let status = Command::new("strace")
            .args(["-f", "-e", "trace=socket,connect", "-o"])
            .arg(&log)
            .arg(env!("CARGO_BIN_EXE_delist"))
            .args(*args)
            .env("LANG", "C")
            .output()
            .expect("strace runs");
        assert!(status.status.success(), "{args:?}");
        let text = std::fs::read_to_string(&log).expect("trace");
        assert!(
            internet_sockets(&text).is_empty(),
            "{args:?} opened: {text}"
        );
    }
}

#[test]
fn check_without_network_says_so_and_does_not_hang() {
    if !tool_works(Command::new("unshare").args(["-n", "true"])) {
        eprintln!("SKIPPED: unshare -n is not permitted here");
        return;
    }
    let out = Command::new("unshare")
        .args([
            "-n",
            env!("CARGO_BIN_EXE_delist"),
            "check",
            "192.0.2.1",
            "--lang",
            "ja",
        ])
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Offline, or (on a machine with no resolver configured) no server: either is said plainly.
    assert!(
        all.contains("インターネットにつながっていないようです")
            || all.contains("DNSサーバーが設定されていません"),
        "{all}"
    );
    assert!(!all.contains("掲載あり"));
}
