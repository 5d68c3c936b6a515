//! The form step's state: the typed fields and which question has the focus. The questions are
//! the request writer's [`Question`]s, one enum for both.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::draft::Draft;
use crate::request::{Answers, Question};
use crate::wizard::keys::Mode;
use crate::wizard::line_edit::LineEdit;

/// The form step's state: the typed fields and the focus. The answers they make are in the
/// [`super::draft::Draft`].
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FormState {
    /// The focused item.
    pub focus: usize,
    /// The highlighted choice inside a focused list.
    pub cursor: usize,
    /// The typed fields: the name for the English texts.
    pub name: LineEdit,
    /// The name as the person writes it in Japanese.
    #[serde(default)]
    pub name_ja: LineEdit,
    /// The contact email.
    pub email: LineEdit,
    /// The company.
    pub company: LineEdit,
    /// The company's name as written in Japanese.
    #[serde(default)]
    pub company_ja: LineEdit,
    /// The telephone number.
    pub phone: LineEdit,
    /// The hosting provider's name.
    pub provider: LineEdit,
    /// Items the user has been through: their problems are shown from then on.
    pub visited: BTreeSet<Question>,
    /// The user tried to go on: every problem is shown.
    pub tried: bool,
    /// The notice on screen says answers are missing (it goes once none is).
    #[serde(skip)]
    pub missing_notice: bool,
    /// A first digit that may begin a two-digit option number ("1" of "11"), waiting for the
    /// next key. Not saved: it lives for one key press.
    #[serde(skip)]
    pub digit: Option<u8>,
    /// Contact answers filled in from the remembered profile and not changed since: shown as
    /// remembered.
    #[serde(default)]
    pub prefilled: BTreeSet<Question>,
    /// The remembered profile was offered to this case already (once cleared, it stays so).
    #[serde(default)]
    pub profile_offered: bool,
    /// The kind of the focused item, kept in step with `focus` by `update`.
    pub focused: Option<Question>,
}

impl FormState {
    /// The key table for the focused item (`rewritten`: the user is rewriting the reason).
    #[must_use]
    pub fn mode(&self, rewritten: bool) -> Mode {
        match self.focused {
            Some(Question::Reason) if rewritten => Mode::FormText,
            Some(Question::Reason) => Mode::FormReason,
            Some(i) if i.is_choice() => Mode::FormChoice,
            Some(_) => Mode::FormLine,
            None => Mode::FormChoice,
        }
    }

    /// Whether a question was answered: a choice made (「分からない」 included), a box
    /// ticked or "none" said, or a field typed. The choices are in the `draft`, the typed
    /// fields here.
    #[must_use]
    pub fn answered(&self, draft: &Draft, item: Question) -> bool {
        let a = &draft.answers;
        match item {
            Question::Cause => a.cause.is_some(),
            Question::Fixes => !a.fixes.is_empty() || draft.said_none.contains(&item),
            Question::Prevention => !a.prevention.is_empty() || draft.said_none.contains(&item),
            Question::Server => a.server.is_some(),
            Question::IpKind => a.ip_kind.is_some(),
            Question::Role => !a.contact.role.is_empty(),
            Question::Reason => true,
            // Kana typed as the Japanese name gives the romaji: nothing is left to answer.
            Question::Name if self.name.value().trim().is_empty() => {
                crate::request::validate::romanised(self.name_ja.value()).is_some()
            }
            other => self
                .line(other)
                .is_some_and(|l| !l.value().trim().is_empty()),
        }
    }

    pub fn line_mut(&mut self, item: Question) -> Option<&mut LineEdit> {
        match item {
            Question::Provider => Some(&mut self.provider),
            Question::NameJa => Some(&mut self.name_ja),
            Question::Name => Some(&mut self.name),
            Question::Email => Some(&mut self.email),
            Question::Company => Some(&mut self.company),
            Question::CompanyJa => Some(&mut self.company_ja),
            Question::Phone => Some(&mut self.phone),
            _ => None,
        }
    }

    /// The typed field of an item.
    #[must_use]
    pub fn line(&self, item: Question) -> Option<&LineEdit> {
        match item {
            Question::Provider => Some(&self.provider),
            Question::NameJa => Some(&self.name_ja),
            Question::Name => Some(&self.name),
            Question::Email => Some(&self.email),
            Question::Company => Some(&self.company),
            Question::CompanyJa => Some(&self.company_ja),
            Question::Phone => Some(&self.phone),
            _ => None,
        }
    }

    /// Copies the typed fields into the answers.
    pub fn sync(&self, answers: &mut Answers) {
        let c = &mut answers.contact;
        self.name.value().clone_into(&mut c.name);
        self.name_ja.value().clone_into(&mut c.name_ja);
        self.email.value().clone_into(&mut c.email);
        self.company.value().clone_into(&mut c.company);
        self.company_ja.value().clone_into(&mut c.company_ja);
        self.phone.value().clone_into(&mut c.phone);
        let p = self.provider.value().trim();
        answers.provider = (!p.is_empty()).then(|| p.to_owned());
    }
}
