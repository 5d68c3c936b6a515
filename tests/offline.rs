//! The offline promise: `analyze` and `request` give the same results with networking
//! disabled (`unshare -n`, a network namespace with no interface but loopback down), and,
//! where `strace` runs, open no network socket at all.

mod common;

use std::path::Path;
use std::process::Command;

use common::delist;

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
