//! The offline promise: `analyze`, `request` and the wizard give the same results with
//! networking disabled (`unshare -n`, a network namespace with no interface but loopback down),
//! and, where `strace` runs, open no network socket at all.

mod common;
mod e2e_support;

use std::path::Path;
use std::process::Command;

use common::delist;
use e2e_support::Pty;

const BIN: &str = env!("CARGO_BIN_EXE_delist");

fn fixture() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile/escape-codes.eml")
        .to_string_lossy()
        .into_owned()
}

fn runs() -> Vec<Vec<String>> {
    let f = fixture();
    let request = [
        "request",
        "--lang",
        "en",
        &f,
        "--cause=unknown",
        "--name=Taro Yamada",
        "--email=taro@example.co.jp",
        "--role=owner",
        "--company=Example",
        "--server=shared",
        "--provider=Xserver",
    ];
    vec![
        vec!["analyze".into(), "--json".into(), f.clone()],
        vec!["analyze".into(), "--lang".into(), "ja".into(), f.clone()],
        request.iter().map(|s| (*s).to_owned()).collect(),
    ]
}

fn works(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn results_are_the_same_without_a_network() {
    if !works("unshare", &["-n", "--", "true"]) {
        eprintln!("SKIPPED: `unshare -n` is not available here (no user or network namespaces)");
        return;
    }
    for args in runs() {
        let online = delist(None).args(&args).output().unwrap();
        let offline = Command::new("unshare")
            .args(["-n", "--", BIN])
            .args(&args)
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert_eq!(online.status.code(), offline.status.code(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&online.stdout),
            String::from_utf8_lossy(&offline.stdout),
            "{args:?}"
        );
        assert!(!online.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn no_network_socket_is_opened() {
    if !works("strace", &["-f", "-e", "trace=none", "true"]) {
        eprintln!("SKIPPED: strace is not available here");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (i, args) in runs().into_iter().enumerate() {
        let log = dir.path().join(format!("trace{i}"));
        let out = Command::new("strace")
            .args(["-f", "-e", "trace=socket,connect", "-o"])
            .arg(&log)
            .arg(BIN)
            .args(&args)
            .env("LC_ALL", "C")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let trace = std::fs::read_to_string(&log).unwrap();
        let network: Vec<&str> = trace
            .lines()
            .filter(|l| l.contains("AF_INET") || l.contains("AF_INET6"))
            .collect();
        assert!(
            network.is_empty(),
            "{args:?} opened a network socket:\n{}",
            network.join("\n")
        );
    }
}

/// The wizard, run by `wrapper`, reads the hostile bounce pasted into it: the screen of step 2
/// (what happened, the list, the IP).
fn wizard_screen(wrapper: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn_wrapped(
        wrapper,
        &["--lang", "en"],
        100,
        30,
        home.path(),
        &[("LANG", "en_US.UTF-8")],
    );
    t.wait_for("Step 1/7", 20);
    t.paste(&std::fs::read_to_string(fixture()).unwrap());
    t.wait_for("block found", 20);
    t.key("\r");
    let screen = t.wait_for("Step 2/7", 10);
    t.key("q");
    t.key("y");
    let _ = t.wait_exit(10);
    screen
}

#[test]
fn the_wizard_reads_the_same_without_a_network() {
    if !works("unshare", &["-n", "--", "true"]) {
        eprintln!("SKIPPED: `unshare -n` is not available here (no user or network namespaces)");
        return;
    }
    let online = wizard_screen(&[]);
    let offline = wizard_screen(&["unshare", "-n", "--"]);
    assert!(online.contains("203.0.113.25"), "{online}");
    assert_eq!(online, offline);
}

#[test]
fn the_wizard_opens_no_network_socket() {
    if !works("strace", &["-f", "-e", "trace=none", "true"]) {
        eprintln!("SKIPPED: strace is not available here");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("trace");
    let log_arg = log.to_string_lossy().into_owned();
    let screen = wizard_screen(&["strace", "-f", "-e", "trace=socket,connect", "-o", &log_arg]);
    assert!(screen.contains("203.0.113.25"), "{screen}");
    let trace = std::fs::read_to_string(&log).unwrap();
    assert!(
        trace.contains("exited with"),
        "the trace is incomplete:\n{trace}"
    );
    let network: Vec<&str> = trace
        .lines()
        .filter(|l| l.contains("AF_INET") || l.contains("AF_INET6"))
        .collect();
    assert!(
        network.is_empty(),
        "the wizard opened a network socket:\n{}",
        network.join("\n")
    );
}
