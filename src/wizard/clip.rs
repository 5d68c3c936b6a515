//! The wizard's side of copying: one call to copy and one to read, each answering with words
//! in the user's language that say which way the text went. The work is done by the
//! [`crate::clipboard`] chain, opened once for the life of the wizard so that a copy stays
//! pasteable while the wizard is open.

use std::io;

use crate::clipboard::{Chain, Env};
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
        Copied {
            ok: outcome.is_copied(),
            message: t!(
                self.lang,
                "wizard-copy-result",
                what = label.to_owned(),
                message = parts.join(" ")
            ),
            plain_view: outcome.show_plain_view,
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
}
