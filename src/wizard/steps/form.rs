//! Step 5, fill in the form: a few questions answered by picking from lists (why it happened,
//! what was done, how a repeat is prevented, where the mail is sent from), the facts about the
//! person the form asks for, and the English reason, which the user may rewrite. Enter moves
//! to the next item; after the last one it goes on when the request can be written.

use std::collections::BTreeSet;

use crossterm::event::KeyEvent;
use serde::{Deserialize, Serialize};

use crate::blocklist::catalogue::FieldValue;
use crate::request::{Answers, Cause, Fix, Prevention, Question, ROLES, ServerType};
use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::{Action, Mode};
use crate::wizard::line_edit::LineEdit;
use crate::wizard::state::{Step, Tone, Wizard};
use crate::wizard::text_edit::TextEdit;
use crate::wizard::written;

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

/// The form step's state: the answers (the request writer's plain data) and the fields.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FormState {
    /// The answers as the request writer takes them.
    pub answers: Answers,
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
    /// The reason as the user rewrote it (`None`: the generated one is used).
    pub reason: Option<TextEdit>,
    /// Items the user has been through: their problems are shown from then on.
    pub visited: BTreeSet<Item>,
    /// The user tried to go on: every problem is shown.
    pub tried: bool,
    /// The kind of the focused item, kept in step with `focus` by `update`.
    pub focused: Option<Item>,
}

impl FormState {
    /// The key table for the focused item.
    #[must_use]
    pub fn mode(&self) -> Mode {
        match self.focused {
            Some(Item::Reason) if self.reason.is_some() => Mode::FormText,
            Some(Item::Reason) => Mode::FormReason,
            Some(i) if i.is_choice() => Mode::FormChoice,
            Some(_) => Mode::FormLine,
            None => Mode::FormChoice,
        }
    }

    /// Whether the user answered or typed anything here.
    #[must_use]
    pub fn is_touched(&self) -> bool {
        self.answers != Answers::default() || self.reason.is_some()
    }

    fn line_mut(&mut self, item: Item) -> Option<&mut LineEdit> {
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
    fn sync(&mut self) {
        let c = &mut self.answers.contact;
        self.name.value().clone_into(&mut c.name);
        self.email.value().clone_into(&mut c.email);
        self.company.value().clone_into(&mut c.company);
        self.phone.value().clone_into(&mut c.phone);
        let p = self.provider.value().trim();
        self.answers.provider = (!p.is_empty()).then(|| p.to_owned());
    }
}

/// The items of this case, in order: the company and phone only where the form asks, the
/// reason once it can be written.
#[must_use]
pub fn items(w: &Wizard) -> Vec<Item> {
    let mut v = vec![Item::Cause, Item::Fixes, Item::Prevention, Item::Server];
    v.extend([Item::Provider, Item::Name, Item::Email]);
    for (item, kind) in [
        (Item::Role, FieldValue::Role),
        (Item::Company, FieldValue::Company),
        (Item::Phone, FieldValue::Phone),
    ] {
        if written::asks(w, kind) {
            v.push(item);
        }
    }
    if written::generated_reason(w).is_some() {
        v.push(Item::Reason);
    }
    v
}

/// One choice of a list: its id, its words, whether it is chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable id.
    pub id: String,
    /// Words in the user's language.
    pub label: String,
    /// Chosen now.
    pub chosen: bool,
}

/// The choices of a list item, the usual ones for this list and cause first.
#[must_use]
pub fn choices(w: &Wizard, item: Item) -> Vec<Choice> {
    let a = &w.form.answers;
    let lang = w.lang;
    let first_then_rest = |first: Vec<&'static str>, all: Vec<&'static str>| {
        let mut v = first.clone();
        v.extend(all.into_iter().filter(|id| !first.contains(id)));
        v
    };
    let cause = a.cause.unwrap_or(Cause::Unknown);
    let ids: Vec<&'static str> = match item {
        Item::Cause => {
            let usual = written::entry(w)
                .map(|(e, _)| {
                    e.causes
                        .iter()
                        .filter_map(|c| Cause::from_id(c))
                        .map(Cause::id)
                        .collect()
                })
                .unwrap_or_default();
            first_then_rest(usual, Cause::ALL.iter().map(|c| c.id()).collect())
        }
        Item::Fixes => first_then_rest(
            cause.usual_fixes().iter().map(|f| f.id()).collect(),
            Fix::ALL.iter().map(|f| f.id()).collect(),
        ),
        Item::Prevention => first_then_rest(
            cause.usual_prevention().iter().map(|p| p.id()).collect(),
            Prevention::ALL.iter().map(|p| p.id()).collect(),
        ),
        Item::Server => ServerType::ALL.iter().map(|s| s.id()).collect(),
        Item::Role => ROLES.to_vec(),
        _ => Vec::new(),
    };
    ids.into_iter()
        .map(|id| {
            let (label, chosen) = match item {
                Item::Cause => (
                    Cause::from_id(id).map(|c| c.label(lang)),
                    a.cause.map(Cause::id) == Some(id),
                ),
                Item::Fixes => (
                    Fix::from_id(id).map(|f| f.label(lang)),
                    a.fixes.iter().any(|f| f.id() == id),
                ),
                Item::Prevention => (
                    Prevention::from_id(id).map(|p| p.label(lang)),
                    a.prevention.iter().any(|p| p.id() == id),
                ),
                Item::Server => (
                    ServerType::from_id(id).map(|s| s.label(lang)),
                    a.server.map(ServerType::id) == Some(id),
                ),
                _ => (
                    Some(crate::request::role_label(id, lang)),
                    a.contact.role == id,
                ),
            };
            Choice {
                id: id.to_owned(),
                label: label.unwrap_or_else(|| id.to_owned()),
                chosen,
            }
        })
        .collect()
}

fn choose(w: &mut Wizard, item: Item, id: &str) {
    let a = &mut w.form.answers;
    match item {
        Item::Cause => a.cause = Cause::from_id(id),
        Item::Server => a.server = ServerType::from_id(id),
        Item::Role => id.clone_into(&mut a.contact.role),
        Item::Fixes => {
            if let Some(f) = Fix::from_id(id) {
                toggle(&mut a.fixes, f);
            }
        }
        Item::Prevention => {
            if let Some(p) = Prevention::from_id(id) {
                toggle(&mut a.prevention, p);
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

/// Puts the focus on item `index` (clamped), with the list cursor on its chosen entry.
pub fn focus(w: &mut Wizard, index: usize) {
    let items = items(w);
    if let Some(old) = w.form.focused {
        w.form.visited.insert(old);
    }
    let index = index.min(items.len().saturating_sub(1));
    w.form.focus = index;
    w.form.focused = items.get(index).copied();
    w.form.cursor = w
        .form
        .focused
        .filter(|i| i.is_choice() && !i.is_multi())
        .and_then(|i| choices(w, i).iter().position(|c| c.chosen))
        .unwrap_or(0);
}

/// Entering the step: the focus is put where it was.
pub fn enter(w: &mut Wizard) {
    focus(w, w.form.focus);
}

/// A key from the step's tables.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    let list = items(w);
    let Some(item) = w.form.focused.filter(|i| list.contains(i)) else {
        focus(w, w.form.focus);
        return None;
    };
    let n = list.len();
    match action {
        Action::Back => w.go(Step::List),
        // Tab past the last item goes on, as Enter does: the rewritten reason has no other way.
        Action::FieldNext if w.form.focus + 1 >= n => finish(w),
        Action::FieldNext => focus(w, w.form.focus + 1),
        Action::FieldPrev => focus(w, w.form.focus.saturating_sub(1)),
        Action::Up => w.form.cursor = w.form.cursor.saturating_sub(1),
        Action::Down => {
            let max = choices(w, item).len().saturating_sub(1);
            w.form.cursor = (w.form.cursor + 1).min(max);
        }
        Action::Toggle => pick(w, item),
        Action::Next => {
            if item.is_choice() && !item.is_multi() {
                pick(w, item);
            }
            if w.form.focus + 1 < items(w).len() {
                focus(w, w.form.focus + 1);
            } else {
                finish(w);
            }
        }
        _ => {}
    }
    None
}

fn pick(w: &mut Wizard, item: Item) {
    if let Some(c) = choices(w, item).get(w.form.cursor) {
        let id = c.id.clone();
        choose(w, item, &id);
    }
}

/// Goes on to the copy step when the request can be written; otherwise shows every problem
/// and puts the focus on the first one.
fn finish(w: &mut Wizard) {
    w.form.tried = true;
    if let Some(item) = w.form.focused {
        w.form.visited.insert(item);
    }
    let problems = written::problems(w);
    if written::entry(w).is_none() || (problems.is_empty() && written::output(w).is_ok()) {
        w.go(Step::Copy);
        return;
    }
    let items = items(w);
    let first = items
        .iter()
        .position(|i| problems.iter().any(|p| p.about == i.question()))
        .unwrap_or(0);
    focus(w, first);
    w.notify(
        Tone::Warn,
        t!(
            w.lang,
            "wizard-form-not-complete",
            count = problems.len().max(1)
        ),
    );
}

/// A key typed into the focused field.
pub fn on_typed(w: &mut Wizard, key: KeyEvent) -> Option<Effect> {
    match w.form.focused {
        Some(Item::Reason) => {
            if w.form.reason.is_none() {
                let generated = written::generated_reason(w).unwrap_or_default();
                w.form.reason = Some(TextEdit::new(&generated));
            }
            if let Some(r) = w.form.reason.as_mut() {
                r.input(key);
            }
        }
        Some(item) => {
            if let Some(line) = w.form.line_mut(item)
                && line.input(key)
            {
                w.form.sync();
            }
        }
        None => {}
    }
    None
}

/// Text pasted into the focused field.
pub fn on_paste(w: &mut Wizard, text: &str) {
    match w.form.focused {
        Some(Item::Reason) => {
            let generated = written::generated_reason(w).unwrap_or_default();
            w.form
                .reason
                .get_or_insert_with(|| TextEdit::new(&generated))
                .insert(text);
        }
        Some(item) => {
            if let Some(line) = w.form.line_mut(item) {
                line.insert(text.trim());
                w.form.sync();
            }
        }
        None => {}
    }
}
