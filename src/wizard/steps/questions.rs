//! The form step's questions: which items this case has (only those the list's form, route or
//! rules use), and the choices of each, in one fixed order per question so that "press 3" means
//! the same option on every screen and on the phone. 「分からない」 (or "none of these") is
//! option 1 wherever it is offered; an option that contradicts another answer is shown greyed
//! out with the reason, from the domain's table of rules.

use crate::i18n::Lang;
use crate::request::rules::{self, Answer};
use crate::request::{
    self, Cause, Fix, IpKind, Prevention, Question, ROLE_UNKNOWN, ROLES, ServerType,
};
use crate::t;
use crate::wizard::state::Wizard;
use crate::wizard::written;

/// The id of the "none of these / I don't know" option of a list of several choices.
pub const NONE: &str = "none";

/// The items of this case, in order: the questions the list's route uses, the reason once it
/// can be written.
#[must_use]
pub fn items(w: &Wizard) -> Vec<Question> {
    let asked = written::entry(w).map_or_else(
        || vec![Question::Name, Question::Email],
        |(e, sub)| request::asks(e, sub.as_deref()),
    );
    let mut v: Vec<Question> = [
        Question::Cause,
        Question::Fixes,
        Question::Prevention,
        Question::Server,
        Question::IpKind,
        Question::Provider,
        Question::NameJa,
        Question::Name,
        Question::Email,
        Question::Role,
        Question::CompanyJa,
        Question::Company,
        Question::Phone,
    ]
    .into_iter()
    .filter(|i| asked.contains(&i.remarks_of()))
    .collect();
    if written::generated_reason(w).is_some() {
        v.push(Question::Reason);
    }
    v
}

/// One choice of a list: its id, its words, whether it is chosen, and why it cannot be chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable id.
    pub id: String,
    /// Words in the user's language.
    pub label: String,
    /// Chosen now.
    pub chosen: bool,
    /// Why it contradicts another answer (shown greyed out), if it does.
    pub blocked: Option<String>,
}

/// The choices of a list item, in the question's fixed order.
#[must_use]
pub fn choices(w: &Wizard, item: Question) -> Vec<Choice> {
    let a = &w.draft.answers;
    let lang = w.lang;
    match item {
        Question::Cause => listed(a.cause.as_slice(), |c| Some(Answer::Cause(c)), w),
        Question::Fixes => {
            let mut v = vec![none(w, item, "wizard-form-none-fixes")];
            v.extend(listed(&a.fixes, |x| Some(Answer::Fix(x)), w));
            v
        }
        Question::Prevention => {
            let mut v = vec![none(w, item, "wizard-form-none-prevention")];
            v.extend(listed::<Prevention>(&a.prevention, |_| None, w));
            v
        }
        Question::Server => listed(a.server.as_slice(), |x| Some(Answer::Server(x)), w),
        Question::IpKind => listed(a.ip_kind.as_slice(), |x| Some(Answer::IpKind(x)), w),
        // 「分からない」 first, as on every question; the roles keep their numbers after it.
        Question::Role => std::iter::once(Choice {
            id: ROLE_UNKNOWN.to_owned(),
            label: t!(lang, "wizard-form-role-unknown"),
            chosen: a.contact.role == ROLE_UNKNOWN,
            blocked: None,
        })
        .chain(ROLES.iter().map(|id| Choice {
            id: (*id).to_owned(),
            label: crate::request::role_label(id, lang),
            chosen: a.contact.role == *id,
            blocked: None,
        }))
        .collect(),
        _ => Vec::new(),
    }
}

fn none(w: &Wizard, item: Question, label: &str) -> Choice {
    Choice {
        id: NONE.to_owned(),
        label: t!(w.lang, label),
        chosen: w.draft.said_none.contains(&item),
        blocked: None,
    }
}

/// Every choice in its fixed order, marked when in `chosen`, greyed when a rule forbids it
/// next to the other answers.
fn listed<T: request::Choice + PartialEq>(
    chosen: &[T],
    answer: impl Fn(T) -> Option<Answer> + Copy,
    w: &Wizard,
) -> Vec<Choice> {
    let lang: Lang = w.lang;
    T::ALL
        .iter()
        .map(|&c| Choice {
            id: c.id().to_owned(),
            label: c.label(lang),
            chosen: chosen.contains(&c),
            blocked: answer(c)
                .and_then(|x| rules::forbids(&w.draft.answers, x))
                .map(|r| crate::i18n::tr(lang, &r.why_id())),
        })
        .collect()
}

/// Records choice `id` for `item`: sets a single choice, ticks or unticks a multiple one;
/// "none" clears a multiple one and answers it.
pub(super) fn choose(w: &mut Wizard, item: Question, id: &str) {
    let d = &mut w.draft;
    if id == NONE {
        match item {
            Question::Fixes => d.answers.fixes.clear(),
            Question::Prevention => d.answers.prevention.clear(),
            _ => {}
        }
        d.said_none.insert(item);
        return;
    }
    let a = &mut d.answers;
    match item {
        Question::Cause => a.cause = Cause::from_id(id),
        Question::Server => a.server = ServerType::from_id(id),
        Question::IpKind => a.ip_kind = IpKind::from_id(id),
        Question::Role => id.clone_into(&mut a.contact.role),
        Question::Fixes => {
            if let Some(x) = Fix::from_id(id) {
                toggle(&mut a.fixes, x);
                d.said_none.remove(&item);
            }
        }
        Question::Prevention => {
            if let Some(x) = Prevention::from_id(id) {
                toggle(&mut a.prevention, x);
                d.said_none.remove(&item);
            }
        }
        _ => {}
    }
}

fn toggle<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if let Some(i) = v.iter().position(|y| *y == x) {
        v.remove(i);
    } else {
        v.push(x);
    }
}
