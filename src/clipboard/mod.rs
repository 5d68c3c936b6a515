//! Copying text out of the program: the system clipboard, OSC 52, a file, behind one trait.
//!
//! The app holds one [`Chain`] for its whole life (the system clipboard handle inside it must
//! live as long as the copied text should stay pasteable) and calls [`Chain::copy`] and
//! [`Chain::read`] from its loop. Every result says which way the text went and carries Fluent
//! messages for the screen; nothing here draws or panics.
//!
//! - [`env`](mod@env): what the environment offers, and the order backends are tried in.
//! - [`chain`]: the chain itself: fallback, outcomes, exit survival.
//! - [`system`]: arboard on a worker thread, so a silent X server never blocks the caller.
//! - [`osc52`]: the terminal's clipboard escape, plain or wrapped for tmux/screen.
//! - [`file`](mod@file): the last resort, a 0600 file in the data directory.
//! - [`test_backend`]: a clipboard kept in memory (or a file, for end-to-end tests) that can
//!   also play another backend and fail like it.
//! - [`message`]: messages and errors as Fluent ids with arguments; `platform` what differs
//!   between systems (seeing another program take the clipboard, a copy outliving delist).

pub mod chain;
pub mod env;
pub mod file;
pub mod message;
pub mod osc52;
mod platform;
pub mod system;
pub mod test_backend;

use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::time::Instant;

pub use chain::{Chain, CopyOutcome, ReadError};
pub use env::{Choice, Env};
pub use message::{ClipError, ErrorKind, Message};

/// One way of copying text: the system clipboard, the terminal, a file, a test double.
pub trait Clipboard: Send {
    /// Which backend this is.
    fn backend(&self) -> Backend;

    /// Puts `text` on this clipboard and says how it went there.
    fn copy(&mut self, text: &str) -> Result<Route, ClipError>;

    /// Reads the text this clipboard holds.
    fn read(&mut self) -> Result<String, ClipError>;

    /// Whether the text copied last is still there after the program exits.
    fn survival(&mut self) -> Survival;

    /// Keeps `text` (the last copy) available until another program copies, `deadline`
    /// passes, or `stop` receives: for a short-lived program whose copy would die with it.
    /// Backends whose copies outlive the program need nothing and return at once.
    fn hold(&mut self, text: &str, deadline: Instant, stop: &Receiver<()>) -> HoldEnd {
        let _ = (text, deadline, stop);
        HoldEnd::NotNeeded
    }
}

/// How [`Clipboard::hold`] ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoldEnd {
    /// The copy outlives the program by itself: nothing to wait for.
    NotNeeded,
    /// Another program put something on the clipboard.
    TakenOver,
    /// The deadline passed.
    Deadline,
    /// The caller asked to stop (the user pressed Enter).
    Stopped,
    /// The clipboard failed while holding.
    Failed(ClipError),
}

/// The kinds of backend, in the words of logs and `DELIST_CLIPBOARD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Backend {
    /// The desktop's clipboard through arboard (X11, Wayland, macOS, Windows).
    System,
    /// The terminal's clipboard through the OSC 52 escape sequence.
    Osc52,
    /// A file in the data directory.
    File,
    /// The test double: memory, and a file named by `DELIST_CLIPBOARD=test:<path>`.
    Test,
}

/// A terminal multiplexer between delist and the real terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Multiplexer {
    /// tmux (`TMUX` is set).
    Tmux,
    /// GNU screen (`STY` is set, or `TERM` starts with `screen`).
    Screen,
}

/// Which way a copy went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The desktop clipboard: paste with Ctrl+V / ⌘V.
    System,
    /// The OSC 52 escape was written to the terminal, wrapped for a multiplexer or not. Whether
    /// the terminal honoured it cannot be known.
    Osc52 {
        /// The multiplexer the escape was wrapped for.
        wrapped_for: Option<Multiplexer>,
    },
    /// The text was saved in this file.
    File(PathBuf),
    /// The test backend took it (and wrote it to this file, when it has one).
    Test(Option<PathBuf>),
}

/// Whether the last copied text outlives the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Survival {
    /// It stays: the OS keeps it, a clipboard manager took it, or it is in the terminal or a file.
    Survives,
    /// It is gone on exit: the X11 selection dies with its owner and no manager runs.
    Lost,
    /// It may be gone: Wayland, where a clipboard manager cannot be detected.
    MayBeLost,
}
