//! The chain of backends the app holds for its life: a copy goes to the first backend that takes
//! it, and the outcome says which one, what failed before it, and what to tell the user.

use std::io::Write;
use std::sync::mpsc::Receiver;
use std::time::Instant;

use super::file::FileClipboard;
use super::osc52::Osc52;
use super::system::{PROBE_BUDGET, SystemClipboard};
use super::test_backend::TestClipboard;
use super::{
    Backend, Choice, ClipError, Clipboard, Env, ErrorKind, HoldEnd, Message, Multiplexer, Route,
    Survival,
};
use crate::i18n::Lang;

/// What a copy did, for the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyOutcome {
    /// Where the text went; `None` when no backend took it.
    pub route: Option<Route>,
    /// The confirmation (or, when nothing took the text, the failure) to show.
    pub message: Message,
    /// Advice to show beside it: the tmux setting when the copy went through tmux.
    pub tip: Option<Message>,
    /// The backends that failed before, in order, each with its own message.
    pub failures: Vec<ClipError>,
    /// Show the text in a plain full-screen view (mouse capture off) so the terminal's own
    /// selection can copy it: set when it reached no clipboard, only a file or nothing.
    pub show_plain_view: bool,
}

impl CopyOutcome {
    /// Whether some backend took the text.
    #[must_use]
    pub const fn is_copied(&self) -> bool {
        self.route.is_some()
    }

    /// Everything to show, in order: what failed, what was done, the tip.
    #[must_use]
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        self.failures
            .iter()
            .map(ClipError::message)
            .chain(std::iter::once(self.message.clone()))
            .chain(self.tip.clone())
            .map(|m| m.text(lang))
            .collect()
    }
}

/// Why nothing could be read from the clipboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// Each backend's failure, in chain order.
    pub attempts: Vec<ClipError>,
}

impl ReadError {
    /// The one message that best explains it: an empty clipboard first (it was reachable), then
    /// the terminal's refusal (over SSH), else the first failure.
    #[must_use]
    pub fn message(&self) -> Message {
        let rank = |e: &&ClipError| match e.kind {
            ErrorKind::Empty | ErrorKind::NotText => 0,
            ErrorKind::Osc52NoRead => 1,
            _ => 2,
        };
        self.attempts.iter().min_by_key(rank).map_or_else(
            || Message::new("clipboard-read-nothing"),
            ClipError::message,
        )
    }

    /// What to do instead, always shown after the message.
    #[must_use]
    pub const fn hint(&self) -> Message {
        Message::new("clipboard-read-hint")
    }
}

/// The message confirming a copy that went by `route`.
#[must_use]
pub fn route_message(route: &Route) -> Message {
    match route {
        Route::System => Message::new("clipboard-copied-system"),
        Route::Osc52 { wrapped_for: None } => Message::new("clipboard-copied-osc52"),
        Route::Osc52 {
            wrapped_for: Some(Multiplexer::Tmux),
        } => Message::new("clipboard-copied-osc52-tmux"),
        Route::Osc52 {
            wrapped_for: Some(Multiplexer::Screen),
        } => Message::new("clipboard-copied-osc52-screen"),
        Route::File(path) => {
            Message::new("clipboard-copied-file").arg("path", path.display().to_string())
        }
        Route::Test(_) => Message::new("clipboard-copied-test"),
    }
}

struct Last {
    backend: usize,
    text: String,
}

/// The backends in the order they are tried.
pub struct Chain {
    backends: Vec<Box<dyn Clipboard>>,
    notices: Vec<Message>,
    last: Option<Last>,
}

impl Chain {
    /// Chooses the backends for `env` (see [`Env::plan`]). OSC 52 escapes go to `terminal`,
    /// the app's terminal output. Waits at most [`PROBE_BUDGET`] for the desktop clipboard.
    #[must_use]
    pub fn select(env: &Env, terminal: Box<dyn Write + Send>) -> Self {
        let (choice, order, notices) = env.plan();
        let mut terminal = Some(terminal);
        let mut backends: Vec<Box<dyn Clipboard>> = Vec::new();
        for backend in order {
            match backend {
                Backend::System => backends.push(Box::new(SystemClipboard::start(PROBE_BUDGET))),
                Backend::Osc52 => {
                    if let Some(out) = terminal.take() {
                        backends.push(Box::new(Osc52::new(out, env.multiplexer())));
                    }
                }
                Backend::File => {
                    backends.push(Box::new(FileClipboard::new(env.data_dir.as_deref())));
                }
                Backend::Test => {
                    if let Choice::Test(path) = &choice {
                        backends.push(Box::new(TestClipboard::with_file(path)));
                    }
                }
            }
        }
        let mut chain = Self::new(backends);
        chain.notices = notices;
        chain
    }

    /// A chain of the given backends, tried in order.
    #[must_use]
    pub fn new(backends: Vec<Box<dyn Clipboard>>) -> Self {
        Self {
            backends,
            notices: Vec::new(),
            last: None,
        }
    }

    /// The backends, in the order they are tried.
    #[must_use]
    pub fn backends(&self) -> Vec<Backend> {
        self.backends.iter().map(|b| b.backend()).collect()
    }

    /// Notices from choosing the backends (a `DELIST_CLIPBOARD` value that means nothing).
    #[must_use]
    pub fn notices(&self) -> &[Message] {
        &self.notices
    }

    /// Copies `text` to the first backend that takes it.
    pub fn copy(&mut self, text: &str) -> CopyOutcome {
        let mut failures = Vec::new();
        for (i, backend) in self.backends.iter_mut().enumerate() {
            match backend.copy(text) {
                Ok(route) => {
                    self.last = Some(Last {
                        backend: i,
                        text: text.to_owned(),
                    });
                    let tip = matches!(
                        route,
                        Route::Osc52 {
                            wrapped_for: Some(Multiplexer::Tmux)
                        }
                    )
                    .then(|| Message::new("clipboard-tip-tmux"));
                    return CopyOutcome {
                        message: route_message(&route),
                        show_plain_view: matches!(route, Route::File(_)),
                        route: Some(route),
                        tip,
                        failures,
                    };
                }
                Err(e) => failures.push(e),
            }
        }
        CopyOutcome {
            route: None,
            message: Message::new("clipboard-copy-failed"),
            tip: None,
            failures,
            show_plain_view: true,
        }
    }

    /// Reads text from the first backend that has some.
    pub fn read(&mut self) -> Result<String, ReadError> {
        let mut attempts = Vec::new();
        for backend in &mut self.backends {
            match backend.read() {
                Ok(text) if !text.is_empty() => return Ok(text),
                Ok(_) => attempts.push(ClipError::new(backend.backend(), ErrorKind::Empty)),
                Err(e) => attempts.push(e),
            }
        }
        Err(ReadError { attempts })
    }

    /// Whether the last copy outlives the program; `None` when nothing was copied.
    pub fn last_copy_survival(&mut self) -> Option<Survival> {
        let last = self.last.as_ref()?;
        Some(self.backends.get_mut(last.backend)?.survival())
    }

    /// The exit screen's warning when the last copy will (or may) vanish with the program.
    pub fn exit_notice(&mut self) -> Option<Message> {
        match self.last_copy_survival()? {
            Survival::Survives => None,
            Survival::Lost => Some(Message::new("clipboard-exit-lost")),
            Survival::MayBeLost => Some(Message::new("clipboard-exit-may-be-lost")),
        }
    }

    /// Keeps the last copy available until another program copies, `deadline` passes or `stop`
    /// receives (see [`Clipboard::hold`]).
    pub fn hold(&mut self, deadline: Instant, stop: &Receiver<()>) -> HoldEnd {
        let Some(last) = &self.last else {
            return HoldEnd::NotNeeded;
        };
        match self.backends.get_mut(last.backend) {
            Some(backend) => backend.hold(&last.text, deadline, stop),
            None => HoldEnd::NotNeeded,
        }
    }
}
