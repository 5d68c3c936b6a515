//! The real `delist` binary in a pseudo-terminal: keys and bracketed pastes go in as bytes, the
//! output is fed to a vt100 screen, and tests read what a person would see.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// A running wizard.
pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

fn size(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("non-zero size")
}

impl Pty {
    /// Starts `delist ARGS` at `cols`×`rows` with a clean environment: no display, no tmux,
    /// `HOME` in `home`, and the extra variables given.
    pub fn spawn(args: &[&str], cols: u16, rows: u16, home: &Path, env: &[(&str, &str)]) -> Self {
        Self::spawn_wrapped(&[], args, cols, rows, home, env)
    }

    /// Like [`Pty::spawn`], with `delist` run by a wrapper command (`unshare -n --`, `strace …`).
    pub fn spawn_wrapped(
        wrapper: &[&str],
        args: &[&str],
        cols: u16,
        rows: u16,
        home: &Path,
        env: &[(&str, &str)],
    ) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let bin = env!("CARGO_BIN_EXE_delist");
        let mut cmd = CommandBuilder::new(wrapper.first().copied().unwrap_or(bin));
        if !wrapper.is_empty() {
            cmd.args(&wrapper[1..]);
            cmd.arg(bin);
        }
        cmd.args(args);
        cmd.env_clear();
        cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        cmd.env("HOME", home);
        cmd.env("XDG_DATA_HOME", home);
        cmd.env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("delist starts");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(size(rows), size(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let (p, r) = (Arc::clone(&parser), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().expect("writer");
        Self {
            master: pair.master,
            writer,
            child,
            parser,
            raw,
        }
    }

    /// Sends bytes as typed.
    /// From an English wizard's first step to the form's name field with the forwarded demo
    /// bounce: option 2 of each question (the provider's name left as it is), then `name`
    /// typed, and on screen.
    pub fn demo_form_with_name(&mut self, name: &str) {
        self.wait_for("Step 1/7", 10);
        self.paste(delist::wizard::demo::DEMO_FORWARDED);
        self.wait_for("block found", 10);
        for step in ["Step 2/7", "Step 3/7", "Step 4/7", "Step 5/7"] {
            self.key("\r");
            self.wait_for(step, 5);
        }
        for _ in 0..10 {
            let screen = self.screen();
            if screen.contains("▶ Your name") {
                break;
            }
            if !screen.contains("▶ Hosting provider") {
                self.key("2");
            }
            self.key("\r");
        }
        self.wait_for("▶ Your name", 5);
        for c in name.chars() {
            self.key(&c.to_string());
        }
        self.wait_for(name, 5);
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to the terminal");
        self.writer.flush().expect("flush");
    }

    /// Sends a key and waits a moment, as a person would between keys.
    pub fn key(&mut self, bytes: &str) {
        self.send(bytes.as_bytes());
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Pastes `text` the way a terminal does with bracketed paste on: wrapped in ESC[200~ …
    /// ESC[201~, with line ends as CR.
    pub fn paste(&mut self, text: &str) {
        let mut bytes = b"\x1b[200~".to_vec();
        bytes.extend_from_slice(text.replace('\n', "\r").as_bytes());
        bytes.extend_from_slice(b"\x1b[201~");
        self.send(&bytes);
    }

    /// The screen as text.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// What one cell of the screen shows (the second half of a wide character shows "").
    pub fn cell(&self, row: u16, col: u16) -> String {
        let parser = self.parser.lock().unwrap();
        parser
            .screen()
            .cell(row, col)
            .map(|c| c.contents().to_owned())
            .unwrap_or_default()
    }

    /// Every byte written so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until the screen shows `needle` and the frame is complete (no output for a
    /// moment: a frame can arrive in several reads); panics with the screen after `secs`.
    pub fn wait_for(&self, needle: &str, secs: u64) -> String {
        let end = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.screen();
            if screen.contains(needle) {
                let before = self.raw.lock().unwrap().len();
                std::thread::sleep(Duration::from_millis(100));
                if self.raw.lock().unwrap().len() == before {
                    return self.screen();
                }
                continue;
            }
            assert!(
                Instant::now() < end,
                "waited {secs}s for {needle:?}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Changes the terminal's size (the program gets SIGWINCH).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
        self.parser.lock().unwrap().set_size(size(rows), size(cols));
    }

    /// Kills the program with SIGKILL: no handler runs, nothing is flushed or restored.
    #[cfg(unix)]
    pub fn sigkill(&mut self) {
        let pid = self.child.process_id().expect("a process id");
        let status = std::process::Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -KILL {pid}");
        self.wait_exit(10);
    }

    /// Waits for the program to end; its exit code.
    pub fn wait_exit(&mut self, secs: u64) -> u32 {
        let end = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status.exit_code();
            }
            assert!(
                Instant::now() < end,
                "delist did not end:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
