//! Copying with no display, in a pseudo-terminal: the real `delist copy` must write the exact
//! OSC 52 bytes (base64 of the UTF-8 text) to its terminal. And inside a real tmux with
//! `set-clipboard on`, the text must land in tmux's buffer.
//!
//! Tests take turns (see `clipboard_support::serial`).

// On macOS and Windows the system clipboard is always there, so OSC 52 is not chosen by itself.
#![cfg(all(unix, not(target_os = "macos")))]

mod clipboard_support;

use std::io::Read;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use clipboard_support::{serial, tools_or_skip};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const FIELD: &str = "Please remove 192.0.2.25 / 送信サーバーの解除をお願いします";
// python3 -c 'import base64; print(base64.b64encode("…".encode()).decode())'
const FIELD_B64: &str = "UGxlYXNlIHJlbW92ZSAxOTIuMC4yLjI1IC8g6YCB5L+h44K144O844OQ44O844Gu6Kej6Zmk44KS44GK6aGY44GE44GX44G+44GZ";

/// Runs `delist copy --from <file>` in a fresh 100x30 pseudo-terminal with no display and the
/// extra variables given; returns every raw byte it wrote and its exit code.
fn copy_in_pty(text_file: &Path, home: &Path, extra_env: &[(&str, &str)]) -> (Vec<u8>, u32) {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_delist"));
    cmd.args(["copy", "--from"]);
    cmd.arg(text_file);
    // No DISPLAY, WAYLAND_DISPLAY, TMUX, STY, SSH_*: only what the test gives.
    cmd.env_clear();
    cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd.env("HOME", home);
    cmd.env("XDG_DATA_HOME", home);
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("TERM", "xterm-256color");
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        // The master reads EIO once the child has exited and the slave is closed.
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        let _ = tx.send(all);
    });
    let end = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < end, "delist copy did not end");
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(pty.master);
    let bytes = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    (bytes, status.exit_code())
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn screen_text(bytes: &[u8]) -> String {
    let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
    let mut parser = vt100::Parser::new(size(30), size(100), 0);
    parser.process(bytes);
    parser.screen().contents()
}

#[test]
fn with_no_display_the_exact_osc52_bytes_reach_the_terminal() {
    let _turn = serial();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("field.txt");
    std::fs::write(&file, format!("{FIELD}\n")).unwrap();
    let (bytes, code) = copy_in_pty(&file, dir.path(), &[]);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&bytes));
    let osc = format!("\x1b]52;c;{FIELD_B64}\x07");
    assert!(
        contains(&bytes, osc.as_bytes()),
        "no OSC 52 for the field in {:?}",
        String::from_utf8_lossy(&bytes)
    );
    assert!(!contains(&bytes, b"\x1bPtmux;"), "not wrapped outside tmux");
    let screen = screen_text(&bytes);
    assert!(
        screen.contains("Sent through the terminal to your own computer's clipboard (OSC 52)."),
        "{screen}"
    );
    assert!(
        !dir.path().join("delist").exists(),
        "no fallback file when the terminal took the text"
    );
}

#[test]
fn inside_screen_the_escape_is_wrapped_in_pieces() {
    let _turn = serial();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("field.txt");
    std::fs::write(&file, FIELD).unwrap();
    let (bytes, code) = copy_in_pty(&file, dir.path(), &[("STY", "4242.pts-0.host")]);
    assert_eq!(code, 0);
    let expected = delist::clipboard::osc52::screen(FIELD);
    assert!(
        contains(&bytes, &expected),
        "{:?}",
        String::from_utf8_lossy(&bytes)
    );
    // The pieces, unwrapped, are the plain escape with this exact base64.
    let joined = String::from_utf8(expected)
        .unwrap()
        .replace("\x1b\\\x1bP", "")
        .replace("\x1bP", "")
        .replace("\x1b\\", "");
    assert_eq!(joined, format!("\x1b]52;c;{FIELD_B64}\x07"));
    assert!(screen_text(&bytes).contains("through screen and the terminal"));
}

struct TmuxServer(std::path::PathBuf);

impl Drop for TmuxServer {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-S")
            .arg(&self.0)
            .arg("kill-server")
            .output();
    }
}

#[test]
fn inside_tmux_with_set_clipboard_on_the_text_reaches_the_tmux_buffer() {
    let _turn = serial();
    if !tools_or_skip("inside_tmux_the_text_reaches_the_buffer", &["tmux"]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("field.txt");
    std::fs::write(&file, FIELD).unwrap();
    let conf = dir.path().join("tmux.conf");
    std::fs::write(&conf, "set -g set-clipboard on\n").unwrap();
    let server = TmuxServer(dir.path().join("sock"));
    let inner = format!(
        "env -u DISPLAY -u WAYLAND_DISPLAY -u SSH_CONNECTION -u SSH_TTY LANG=en_US.UTF-8 \
         XDG_DATA_HOME='{home}' '{bin}' copy --from '{file}'; sleep 30",
        home = dir.path().display(),
        bin = env!("CARGO_BIN_EXE_delist"),
        file = file.display(),
    );
    let started = Command::new("tmux")
        .arg("-S")
        .arg(&server.0)
        .arg("-f")
        .arg(&conf)
        .args(["new-session", "-d", "-x", "100", "-y", "30", &inner])
        .env_remove("TMUX")
        .output()
        .unwrap();
    assert!(started.status.success(), "{started:?}");
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .arg("-S")
            .arg(&server.0)
            .args(args)
            .output()
            .unwrap()
    };
    // The escape goes out on stdout before the messages on stderr: wait for both.
    let end = Instant::now() + Duration::from_secs(20);
    let (buffer, pane) = loop {
        let buffer = tmux(&["show-buffer"]);
        let pane = String::from_utf8(tmux(&["capture-pane", "-p", "-J"]).stdout).unwrap();
        if buffer.status.success() && pane.contains("set -g set-clipboard on") {
            break (String::from_utf8(buffer.stdout).unwrap(), pane);
        }
        assert!(
            Instant::now() < end,
            "tmux never got the text and the tip: {buffer:?}\n{pane}"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(buffer, FIELD);
    assert!(pane.contains("through tmux and the terminal"), "{pane}");
}
