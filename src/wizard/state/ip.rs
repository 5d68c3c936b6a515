//! The IP step's state: the entry field (the address it accepts is kept in the
//! [`super::draft::Draft`]), and which address is the one to look up.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

use super::Wizard;
use crate::wizard::line_edit::LineEdit;

/// The IP step's state.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct IpState {
    /// The entry field, while the user is typing an address.
    pub entry: Option<LineEdit>,
    /// Why the typed text was not accepted, in the user's language.
    pub error: Option<String>,
    /// What was typed when the entry was closed with Esc, to start from next time.
    #[serde(default)]
    pub draft: Option<String>,
}

impl IpState {
    /// Whether the entry field has the focus.
    #[must_use]
    pub const fn editing(&self) -> bool {
        self.entry.is_some()
    }

    /// Whether the user typed anything here.
    #[must_use]
    pub fn is_touched(&self) -> bool {
        self.draft.is_some() || self.entry.as_ref().is_some_and(|e| !e.value().is_empty())
    }

    /// Opens the entry field on the draft, else on `current`.
    pub fn open(&mut self, current: &str) {
        let start = self.draft.take().unwrap_or_else(|| current.to_owned());
        self.entry = Some(LineEdit::new(&start));
        self.error = None;
    }
}

/// The address to look up: the one typed, else the one found.
#[must_use]
pub fn chosen(w: &Wizard) -> Option<IpAddr> {
    w.draft.ip.or_else(|| {
        w.analysis()
            .and_then(crate::wizard::facts::Analysis::blocked_ip)
    })
}
