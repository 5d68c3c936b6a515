//! What the environment offers for copying, read once into a plain value, and the order in which
//! backends are tried. Pure: tests build an [`Env`] by hand instead of touching the process.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;

use super::{Backend, Message, Multiplexer};

/// The variables that matter for copying.
const VARS: [&str; 9] = [
    "DELIST_CLIPBOARD",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "TMUX",
    "STY",
    "TERM",
    "SSH_TTY",
    "SSH_CONNECTION",
    "SSH_CLIENT",
];

/// The operating system family, as far as clipboards care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Os {
    /// Linux and the BSDs: X11 or Wayland, present only with a display.
    Unix,
    /// macOS: the pasteboard is always there.
    MacOs,
    /// Windows: the clipboard is always there.
    Windows,
}

impl Os {
    /// The system this program was built for.
    #[must_use]
    pub const fn current() -> Self {
        if cfg!(target_os = "macos") {
            Self::MacOs
        } else if cfg!(windows) {
            Self::Windows
        } else {
            Self::Unix
        }
    }
}

/// What `DELIST_CLIPBOARD` asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Unset: choose from the environment.
    Auto,
    /// `system`: the desktop clipboard (then the file if it fails).
    System,
    /// `osc52`: the terminal's clipboard (then the file if it fails).
    Osc52,
    /// `file`: only the file in the data directory.
    File,
    /// `test:<path>`: the test backend, writing each copied text to `<path>`.
    Test(PathBuf),
}

/// A snapshot of the environment, taken once at start.
#[derive(Clone, Debug)]
pub struct Env {
    vars: BTreeMap<&'static str, String>,
    /// The operating system family.
    pub os: Os,
    /// Whether standard output is a terminal (OSC 52 needs one).
    pub stdout_is_terminal: bool,
    /// Where the fallback file goes: `<data dir>/delist/`.
    pub data_dir: Option<PathBuf>,
}

impl Env {
    /// This process's environment.
    #[must_use]
    pub fn from_process() -> Self {
        let mut env = Self::new(Os::current());
        for name in VARS {
            if let Ok(value) = std::env::var(name) {
                env.vars.insert(name, value);
            }
        }
        env.stdout_is_terminal = std::io::stdout().is_terminal();
        env.data_dir = dirs::data_dir().map(|d| d.join("delist"));
        env
    }

    /// An empty environment: no variables, no terminal, no data directory.
    #[must_use]
    pub fn new(os: Os) -> Self {
        Self {
            vars: BTreeMap::new(),
            os,
            stdout_is_terminal: false,
            data_dir: None,
        }
    }

    /// Sets one variable (only the names this module reads are kept).
    #[must_use]
    pub fn with_var(mut self, name: &str, value: &str) -> Self {
        if let Some(known) = VARS.iter().find(|v| **v == name) {
            self.vars.insert(known, value.to_owned());
        }
        self
    }

    /// Says whether standard output is a terminal.
    #[must_use]
    pub const fn with_terminal(mut self, is_terminal: bool) -> Self {
        self.stdout_is_terminal = is_terminal;
        self
    }

    /// Sets the directory of the fallback file.
    #[must_use]
    pub fn with_data_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.data_dir = Some(dir.into());
        self
    }

    /// A variable, when set and not empty.
    #[must_use]
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// The multiplexer delist runs in: tmux wins when both are named (tmux sets `TERM=screen`).
    #[must_use]
    pub fn multiplexer(&self) -> Option<Multiplexer> {
        if self.var("TMUX").is_some() {
            Some(Multiplexer::Tmux)
        } else if self.var("STY").is_some()
            || self.var("TERM").is_some_and(|t| t.starts_with("screen"))
        {
            Some(Multiplexer::Screen)
        } else {
            None
        }
    }

    /// Whether this is an SSH session.
    #[must_use]
    pub fn over_ssh(&self) -> bool {
        ["SSH_TTY", "SSH_CONNECTION", "SSH_CLIENT"]
            .iter()
            .any(|v| self.var(v).is_some())
    }

    /// Whether the desktop clipboard is worth trying. On Linux it needs a display; over SSH
    /// that display is the forwarded one on the user's screen. On macOS and Windows over SSH the
    /// pasteboard is the remote machine's, which the user cannot paste from.
    #[must_use]
    pub fn system_clipboard_usable(&self) -> bool {
        match self.os {
            Os::Unix => self.var("DISPLAY").is_some() || self.var("WAYLAND_DISPLAY").is_some(),
            Os::MacOs | Os::Windows => !self.over_ssh(),
        }
    }

    /// What `DELIST_CLIPBOARD` asks for; a value that means nothing gives a notice.
    pub fn choice(&self) -> Result<Choice, Message> {
        let Some(value) = self.var("DELIST_CLIPBOARD") else {
            return Ok(Choice::Auto);
        };
        match value.trim() {
            "system" => Ok(Choice::System),
            "osc52" => Ok(Choice::Osc52),
            "file" => Ok(Choice::File),
            "auto" => Ok(Choice::Auto),
            other => match other.strip_prefix("test:") {
                Some(path) if !path.is_empty() => Ok(Choice::Test(PathBuf::from(path))),
                _ => Err(Message::new("clipboard-notice-bad-choice").arg("value", value)),
            },
        }
    }

    /// The backends to try, in order, and notices to show once (a bad `DELIST_CLIPBOARD`).
    #[must_use]
    pub fn plan(&self) -> (Choice, Vec<Backend>, Vec<Message>) {
        let (choice, notices) = match self.choice() {
            Ok(c) => (c, Vec::new()),
            Err(notice) => (Choice::Auto, vec![notice]),
        };
        let order = match &choice {
            Choice::System => vec![Backend::System, Backend::File],
            Choice::Osc52 => vec![Backend::Osc52, Backend::File],
            Choice::File => vec![Backend::File],
            Choice::Test(_) => vec![Backend::Test],
            Choice::Auto => {
                let mut order = Vec::new();
                if self.system_clipboard_usable() {
                    order.push(Backend::System);
                }
                if self.stdout_is_terminal {
                    order.push(Backend::Osc52);
                }
                order.push(Backend::File);
                order
            }
        };
        (choice, order, notices)
    }
}
