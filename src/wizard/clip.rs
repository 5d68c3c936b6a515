//! The wizard's side of copying: one call to copy and one to read, each answering with words
//! in the user's language that say which way the text went. The work is done by the
//! [`crate::clipboard`] chain, opened once for the life of the wizard so that a copy stays
//! pasteable while the wizard is open.

use std::io::{self, BufRead, IsTerminal};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::clipboard::{Chain, Env, HoldEnd, Message, Route, Survival};

/// How long the last copy is kept on the clipboard after the wizard ends, when nothing else
/// would keep it.
pub const HOLD_AFTER_EXIT: Duration = Duration::from_mins(1);
use crate::i18n::Lang;
use crate::t;

/// What a copy did, for the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copied {
    /// The text reached a place it can be pasted from (a clipboard, the terminal, a file).
    pub ok: bool,
    /// What was copied and which way it went, with the tmux tip where it applies.
    pub message: String,
    /// Show the text in a plain full-screen view, so the terminal's selection can copy it.
    pub plain_view: bool,
    /// The text went to the terminal, which never says whether it took it (OSC 52).
    pub unconfirmed: bool,
    /// What to tell the user before quitting when this copy will not outlive the wizard.
    pub lost_on_exit: Option<String>,
}

/// The clipboard as the app loop uses it.
pub struct Clip {
    lang: Lang,
    chain: Chain,
}

impl Clip {
    /// Opens the chain the environment calls for (`DELIST_CLIPBOARD` can choose); OSC 52
    /// escapes go to standard output, the wizard's terminal.
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            chain: Chain::select(&Env::from_process(), Box::new(io::stdout())),
        }
    }

    /// Copies `text`, labelled `label` in the message.
    pub fn copy(&mut self, label: &str, text: &str) -> Copied {
        let outcome = self.chain.copy(text);
        let mut parts = Vec::new();
        if !outcome.is_copied() {
            parts.extend(outcome.failures.iter().map(|e| e.message().text(self.lang)));
        }
        parts.push(outcome.message.text(self.lang));
        parts.extend(outcome.tip.as_ref().map(|m| m.text(self.lang)));
        // Japanese sentences follow each other without a space.
        let sep = if self.lang == Lang::Ja { "" } else { " " };
        Copied {
            ok: outcome.is_copied(),
            message: t!(
                self.lang,
                "wizard-copy-result",
                what = label.to_owned(),
                message = parts.join(sep)
            ),
            plain_view: outcome.show_plain_view,
            unconfirmed: matches!(outcome.route, Some(Route::Osc52 { .. })),
            lost_on_exit: self.exit_notice(),
        }
    }

    /// Reads text from the clipboard.
    ///
    /// # Errors
    /// What went wrong and what to do instead, in the user's language.
    pub fn read(&mut self) -> Result<String, String> {
        self.chain.read().map_err(|e| {
            format!(
                "{} {}",
                e.message().text(self.lang),
                e.hint().text(self.lang)
            )
        })
    }

    /// What to tell the user on leaving when the last copy will not survive the exit.
    pub fn exit_notice(&mut self) -> Option<String> {
        self.chain.exit_notice().map(|m| m.text(self.lang))
    }

    /// Once the wizard has left the screen: when the last copy would vanish with the program
    /// (an X11 selection with no clipboard manager), keep it pasteable until another program
    /// copies, Enter is pressed, or [`HOLD_AFTER_EXIT`] passes, saying so on standard error.
    pub fn hold_after_exit(&mut self) {
        if matches!(
            self.chain.last_copy_survival(),
            None | Some(Survival::Survives)
        ) {
            return;
        }
        if !io::stdin().is_terminal() {
            if let Some(notice) = self.exit_notice() {
                eprintln!("{notice}");
            }
            return;
        }
        let (stop, stopped) = mpsc::channel();
        thread::spawn(move || {
            let mut line = String::new();
            if io::stdin().lock().read_line(&mut line).is_ok() {
                let _ = stop.send(());
            }
        });
        eprintln!(
            "{}",
            Message::new("clipboard-hold-waiting-enter")
                .arg("seconds", HOLD_AFTER_EXIT.as_secs().to_string())
                .text(self.lang)
        );
        let end = match self.chain.hold(Instant::now() + HOLD_AFTER_EXIT, &stopped) {
            HoldEnd::NotNeeded => return,
            HoldEnd::TakenOver => Message::new("clipboard-hold-taken"),
            HoldEnd::Deadline => Message::new("clipboard-hold-deadline"),
            HoldEnd::Stopped => Message::new("clipboard-hold-stopped"),
            HoldEnd::Failed(e) => e.message(),
        };
        eprintln!("{}", end.text(self.lang));
    }
}
