//! Messages and errors as values: a Fluent id with its arguments, formatted only when shown.

use std::fmt;
use std::path::PathBuf;

use super::Backend;
use crate::i18n::{self, FluentArgs, Lang};

/// A Fluent message id with its arguments, ready for the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The Fluent id (`clipboard-…`).
    pub id: &'static str,
    /// Named arguments, as text.
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    /// A message without arguments.
    #[must_use]
    pub const fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `lang`.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.clone());
        }
        i18n::tr_args(lang, self.id, Some(&args))
    }
}

/// Why a backend could not copy or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// No desktop clipboard: no display (a server, an SSH session) or arboard refused to start.
    NoDisplay {
        /// What the platform said.
        detail: String,
    },
    /// The desktop clipboard did not answer in time (an X server that does not reply).
    Timeout {
        /// How long we waited, in milliseconds.
        ms: u64,
    },
    /// The desktop clipboard answered with an error.
    System {
        /// What the platform said.
        detail: String,
    },
    /// The clipboard holds no text (empty, or a picture, or files).
    Empty,
    /// The clipboard holds something that is not valid text.
    NotText,
    /// Writing the OSC 52 escape failed.
    Osc52Write {
        /// The I/O error.
        detail: String,
    },
    /// The text is too long for one OSC 52 escape (terminals drop long ones).
    Osc52TooLong {
        /// The size of the text in bytes.
        bytes: usize,
    },
    /// Terminals do not let programs read their clipboard through OSC 52.
    Osc52NoRead,
    /// No data directory is known (no home directory).
    NoDataDir,
    /// The file could not be written.
    FileWrite {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        detail: String,
    },
    /// The fallback file is not a clipboard to read from.
    FileNoRead,
    /// The test backend's file could not be read.
    TestRead {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        detail: String,
    },
}

/// A failure of one backend, with the message to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClipError {
    /// The backend that failed.
    pub backend: Backend,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl ClipError {
    /// A failure of `backend`.
    #[must_use]
    pub const fn new(backend: Backend, kind: ErrorKind) -> Self {
        Self { backend, kind }
    }

    /// The message the user reads.
    #[must_use]
    pub fn message(&self) -> Message {
        match &self.kind {
            ErrorKind::NoDisplay { detail } => {
                Message::new("clipboard-error-no-display").arg("detail", detail)
            }
            ErrorKind::Timeout { ms } => {
                Message::new("clipboard-error-timeout").arg("ms", ms.to_string())
            }
            ErrorKind::System { detail } => {
                Message::new("clipboard-error-system").arg("detail", detail)
            }
            ErrorKind::Empty => Message::new("clipboard-error-empty"),
            ErrorKind::NotText => Message::new("clipboard-error-not-text"),
            ErrorKind::Osc52Write { detail } => {
                Message::new("clipboard-error-osc52-write").arg("detail", detail)
            }
            ErrorKind::Osc52TooLong { bytes } => {
                Message::new("clipboard-error-osc52-too-long").arg("size", human(*bytes))
            }
            ErrorKind::Osc52NoRead => Message::new("clipboard-error-osc52-no-read"),
            ErrorKind::NoDataDir => Message::new("clipboard-error-no-data-dir"),
            ErrorKind::FileWrite { path, detail } => Message::new("clipboard-error-file-write")
                .arg("path", path.display().to_string())
                .arg("detail", detail),
            ErrorKind::FileNoRead => Message::new("clipboard-error-file-no-read"),
            ErrorKind::TestRead { path, detail } => Message::new("clipboard-error-test-read")
                .arg("path", path.display().to_string())
                .arg("detail", detail),
        }
    }
}

impl fmt::Display for ClipError {
    // English, for logs; users see `message()` in their language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.backend, self.message().text(Lang::En))
    }
}

impl std::error::Error for ClipError {}

fn human(bytes: usize) -> String {
    crate::intake::human_size(bytes as u64)
}
