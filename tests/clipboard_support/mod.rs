//! Shared by the clipboard tests that run real programs: one-at-a-time locking, finding tools,
//! a private Xvfb, and running `delist` with a clean environment.
//!
//! Cargo runs test binaries one after another; inside a binary, [`serial`] makes the tests take
//! turns, because an X selection and the tools driving it are global state.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

static SERIAL: Mutex<()> = Mutex::new(());

/// Holds the clipboard tests' turn; a failed test does not block the others.
pub fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Whether `tool` is on the PATH.
pub fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
}

/// Whether the tools are here. When missing: fails loudly under `DELIST_REQUIRE_XVFB=1` (CI),
/// else says clearly that the test is skipped.
pub fn tools_or_skip(test: &str, tools: &[&str]) -> bool {
    let missing: Vec<_> = tools.iter().filter(|t| !on_path(t)).collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        std::env::var("DELIST_REQUIRE_XVFB").as_deref() != Ok("1"),
        "{test}: {missing:?} not found, and DELIST_REQUIRE_XVFB=1 says this test must run \
         (apt-get install xvfb xauth xclip tmux)"
    );
    // Straight to stderr: libtest hides what `eprintln!` prints in a passing test.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED {test}: {missing:?} not found on PATH (install xvfb xclip tmux to run it)"
    );
    false
}

/// A private X server, killed when dropped.
pub struct Xvfb {
    child: Child,
    /// The display name, `:N`.
    pub display: String,
}

impl Xvfb {
    /// Starts Xvfb on a free display: `-displayfd` lets the server pick a free number itself
    /// and print it, so two runs never race for the same `:N`. `-noreset`: by default the server
    /// resets when its last client leaves, and a test that connects at that moment (after one
    /// child has quit, before the next one starts) is refused with "connection reset by peer".
    pub fn start() -> Self {
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-noreset",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "640x480x24",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("Xvfb prints its display number");
        let n: u32 = line.trim().parse().expect("a display number");
        Self {
            child,
            display: format!(":{n}"),
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `delist` with only the environment the test gives: English, a private data directory.
pub fn delist(data_home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_delist"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", data_home)
        .env("XDG_DATA_HOME", data_home)
        .env("LANG", "en_US.UTF-8");
    cmd
}

/// The fallback file `delist` writes under `data_home`.
pub fn fallback_file(data_home: &Path) -> PathBuf {
    data_home.join("delist").join("clipboard.txt")
}

/// Waits for `child` to end, killing it after `limit` so a hang fails instead of blocking.
pub fn wait_or_kill(child: &mut Child, limit: Duration) -> ExitStatus {
    let end = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > end {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the process did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
