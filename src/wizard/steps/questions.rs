//! The form step's questions: what each item is, which items this case has, and the choices
//! of each list (the usual ones for this list and cause first), as the request writer names
//! them.

use crate::blocklist::catalogue::FieldValue;
use crate::i18n::Lang;
use crate::request::{self, Cause, Fix, Prevention, ROLES, ServerType};
use crate::wizard::state::Wizard;
pub use crate::wizard::state::form::Item;
use crate::wizard::written;

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
    let a = &w.draft.answers;
    let lang = w.lang;
    let cause = a.cause.unwrap_or(Cause::Unknown);
    match item {
        Item::Cause => {
            let usual: Vec<Cause> = written::entry(w)
                .map(|(e, _)| e.causes.iter().filter_map(|c| Cause::from_id(c)).collect())
                .unwrap_or_default();
            listed(&usual, a.cause.as_slice(), lang)
        }
        Item::Fixes => listed(cause.usual_fixes(), &a.fixes, lang),
        Item::Prevention => listed(cause.usual_prevention(), &a.prevention, lang),
        Item::Server => listed(&[], a.server.as_slice(), lang),
        Item::Role => ROLES
            .iter()
            .map(|id| Choice {
                id: (*id).to_owned(),
                label: crate::request::role_label(id, lang),
                chosen: a.contact.role == *id,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// `usual` first, then the rest of the choices, each marked when it is in `chosen`.
fn listed<T: request::Choice + PartialEq>(usual: &[T], chosen: &[T], lang: Lang) -> Vec<Choice> {
    let rest = T::ALL.iter().filter(|c| !usual.contains(c));
    usual
        .iter()
        .chain(rest)
        .map(|&c| Choice {
            id: c.id().to_owned(),
            label: c.label(lang),
            chosen: chosen.contains(&c),
        })
        .collect()
}

/// Records choice `id` for `item`: sets a single choice, ticks or unticks a multiple one.
pub(super) fn choose(w: &mut Wizard, item: Item, id: &str) {
    let a = &mut w.draft.answers;
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
