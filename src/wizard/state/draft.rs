//! The user's answers and the request built from them: the value a case saves and restores.
//!
//! The answers (the questions of step 5, the IP typed at step 3, the reason as rewritten) are
//! saved. The request is derived: skipped when saving, and rebuilt by `update` whenever an
//! answer, the analysis or the language changes (`written::rebuild`), so drawing a frame only
//! reads it.

use std::collections::BTreeSet;
use std::net::IpAddr;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::blocklist::Entry;
use crate::i18n::Lang;
use crate::request::Question;
use crate::request::{Answers, Bilingual, Facts, Remark, RequestOutput};
use crate::wizard::facts::Analysis;
use crate::wizard::text_edit::TextEdit;

/// The answers, and the request they make.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Draft {
    /// The answers as the request writer takes them.
    pub answers: Answers,
    /// The address typed at step 3 and accepted; it takes precedence over the one found.
    pub ip: Option<IpAddr>,
    /// The reason as the user rewrote it (`None`: the generated one is used).
    pub reason: Option<TextEdit>,
    /// Lists of several choices answered with "none of these / I don't know" (option 1):
    /// answered, with nothing ticked. The request writer does not read it (nothing ticked is
    /// nothing written), so the request need not be rebuilt when it changes.
    #[serde(default)]
    pub said_none: BTreeSet<Question>,
    /// The request built from the answers and the analysis. Derived: never saved.
    #[serde(skip)]
    pub built: Option<Built>,
}

impl Draft {
    /// Whether the user answered or typed anything.
    #[must_use]
    pub fn is_touched(&self) -> bool {
        self.answers != Answers::default()
            || self.reason.is_some()
            || self.ip.is_some()
            || !self.said_none.is_empty()
    }
}

/// What the request was built from: when any of it differs, the request is out of date.
#[derive(Clone, Debug)]
pub struct Inputs {
    /// The analysis (its identity: a new text or a new reading is a new one).
    pub analysis: Option<Arc<Analysis>>,
    /// The answers.
    pub answers: Answers,
    /// The IP to look up: typed, else found.
    pub ip: Option<IpAddr>,
    /// The reason as rewritten.
    pub reason: Option<String>,
    /// The language of the texts.
    pub lang: Lang,
}

/// The request as the steps show it, built once per change of the answers.
#[derive(Clone, Debug)]
pub struct Built {
    /// What it was built from.
    pub inputs: Inputs,
    /// The list's catalogue entry and the sub-list the bounce named.
    pub entry: Option<(&'static Entry, Option<String>)>,
    /// The facts of the bounce, with the IP the user confirmed or typed.
    pub facts: Facts,
    /// The request, or every answer still missing or wrong (empty when no list was identified).
    pub output: Result<RequestOutput, Vec<Remark>>,
    /// What still stops the request, by question.
    pub problems: Vec<Remark>,
    /// What the user should read, by question.
    pub advice: Vec<Remark>,
    /// The values to paste, in the form's order.
    pub fields: Vec<Field>,
    /// For a block of the recipient's own filter (no list named), the message for their
    /// administrator.
    pub admin_message: Option<Bilingual>,
}

/// One value to paste, as the form step and the copy step show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Stable id.
    pub id: String,
    /// The form's English label.
    pub label: String,
    /// What the label means, in Japanese, shown beside it on a Japanese screen.
    pub label_ja: Option<String>,
    /// The English value to paste.
    pub value: String,
    /// Its Japanese translation.
    pub translation: Option<String>,
    /// What the field asks for, in the user's language.
    pub help: Option<String>,
    /// A note (what delist did, what is still to do), in the user's language.
    pub note: Option<String>,
    /// True when the person must do it on the page (a CAPTCHA).
    pub manual: bool,
    /// True for the free-text reason, which the user may rewrite.
    pub is_reason: bool,
}
