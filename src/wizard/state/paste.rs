//! The paste step's state: the box, where its text came from, and the analysis it waits for.

use serde::{Deserialize, Serialize};

use crate::intake::Input;
use crate::wizard::paste_box::PasteBox;

/// Where the text in the box came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Nothing yet.
    Nothing,
    /// Typed or edited in the box.
    Typed,
    /// A paste.
    Pasted,
    /// Read from the clipboard.
    Clipboard,
    /// A file, by its path as given.
    File(String),
    /// The built-in demo.
    Demo,
}

/// The paste step's state.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PasteState {
    /// The box.
    pub text_box: PasteBox,
    /// Where its text came from.
    pub source: Source,
    /// Bumped on every change of the text; analyses of older versions are dropped.
    pub generation: u64,
    /// Why the text cannot be analysed (empty, too large, binary), in the user's language.
    pub problem: Option<String>,
    /// An analysis is on its way.
    #[serde(skip)]
    pub analysing: bool,
    /// Enter was pressed while the text was still being read: go on once the reading of this
    /// text arrives, instead of forgetting the key (a new text forgets it).
    #[serde(skip)]
    pub go_on_when_read: bool,
    /// The file's own bytes while the box is unedited: a MIME message must be read from its
    /// bytes (charsets, encodings), not from the text shown.
    #[serde(skip)]
    pub raw: Option<Input>,
    /// The text a new paste replaced, until the next change: Ctrl+U brings it back.
    #[serde(skip)]
    pub replaced: Option<String>,
}

impl PasteState {
    /// An empty step.
    #[must_use]
    pub fn new(text_box: PasteBox) -> Self {
        Self {
            text_box,
            source: Source::Nothing,
            generation: 0,
            problem: None,
            analysing: false,
            go_on_when_read: false,
            raw: None,
            replaced: None,
        }
    }
}
