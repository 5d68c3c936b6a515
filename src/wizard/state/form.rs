//! The form step's state: the typed fields and which item has the focus; and the items
//! themselves.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::request::{Answers, Question};
use crate::wizard::keys::Mode;
use crate::wizard::line_edit::LineEdit;

/// One item of the form step, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Item {
    /// Why it happened (one choice).
    Cause,
    /// What was done (any number).
    Fixes,
    /// How a repeat is prevented (any number).
    Prevention,
    /// Where the mail is sent from (one choice).
    Server,
    /// The hosting provider's name (typed).
    Provider,
    /// The person's name (typed; kana becomes romaji).
    Name,
    /// The contact email (typed).
    Email,
    /// The person's role (one choice).
    Role,
    /// The company (typed), when the form asks.
    Company,
    /// The telephone number (typed), when the form asks.
    Phone,
    /// The English reason, once it can be written; the user may rewrite it.
    Reason,
}

impl Item {
    /// Whether it is answered by picking from a list.
    #[must_use]
    pub const fn is_choice(self) -> bool {
        matches!(
            self,
            Self::Cause | Self::Fixes | Self::Prevention | Self::Server | Self::Role
        )
    }

    /// Whether several choices may be ticked.
    #[must_use]
    pub const fn is_multi(self) -> bool {
        matches!(self, Self::Fixes | Self::Prevention)
    }

    /// The request writer's question this item answers.
    #[must_use]
    pub const fn question(self) -> Question {
        match self {
            Self::Cause => Question::Cause,
            Self::Fixes | Self::Reason => Question::Fixes,
            Self::Prevention => Question::Prevention,
            Self::Server => Question::Server,
            Self::Provider => Question::Provider,
            Self::Name => Question::Name,
            Self::Email => Question::Email,
            Self::Role => Question::Role,
            Self::Company => Question::Company,
            Self::Phone => Question::Phone,
        }
    }
}

/// The form step's state: the typed fields and the focus. The answers they make are in the
/// [`super::draft::Draft`].
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FormState {
    /// The focused item.
    pub focus: usize,
    /// The highlighted choice inside a focused list.
    pub cursor: usize,
    /// The typed fields.
    pub name: LineEdit,
    /// The contact email.
    pub email: LineEdit,
    /// The company.
    pub company: LineEdit,
    /// The telephone number.
    pub phone: LineEdit,
    /// The hosting provider's name.
    pub provider: LineEdit,
    /// Items the user has been through: their problems are shown from then on.
    pub visited: BTreeSet<Item>,
    /// The user tried to go on: every problem is shown.
    pub tried: bool,
    /// The kind of the focused item, kept in step with `focus` by `update`.
    pub focused: Option<Item>,
}

impl FormState {
    /// The key table for the focused item (`rewritten`: the user is rewriting the reason).
    #[must_use]
    pub fn mode(&self, rewritten: bool) -> Mode {
        match self.focused {
            Some(Item::Reason) if rewritten => Mode::FormText,
            Some(Item::Reason) => Mode::FormReason,
            Some(i) if i.is_choice() => Mode::FormChoice,
            Some(_) => Mode::FormLine,
            None => Mode::FormChoice,
        }
    }

    pub fn line_mut(&mut self, item: Item) -> Option<&mut LineEdit> {
        match item {
            Item::Provider => Some(&mut self.provider),
            Item::Name => Some(&mut self.name),
            Item::Email => Some(&mut self.email),
            Item::Company => Some(&mut self.company),
            Item::Phone => Some(&mut self.phone),
            _ => None,
        }
    }

    /// The typed field of an item.
    #[must_use]
    pub fn line(&self, item: Item) -> Option<&LineEdit> {
        match item {
            Item::Provider => Some(&self.provider),
            Item::Name => Some(&self.name),
            Item::Email => Some(&self.email),
            Item::Company => Some(&self.company),
            Item::Phone => Some(&self.phone),
            _ => None,
        }
    }

    /// Copies the typed fields into the answers.
    pub fn sync(&self, answers: &mut Answers) {
        let c = &mut answers.contact;
        self.name.value().clone_into(&mut c.name);
        self.email.value().clone_into(&mut c.email);
        self.company.value().clone_into(&mut c.company);
        self.phone.value().clone_into(&mut c.phone);
        let p = self.provider.value().trim();
        answers.provider = (!p.is_empty()).then(|| p.to_owned());
    }
}
