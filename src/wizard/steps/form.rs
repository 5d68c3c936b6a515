//! Step 5, fill in the form: the list's fields in the form's order, each editable.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::blocklist::catalogue::FormField;
use crate::wizard::effect::Effect;
use crate::wizard::keys::{Action, Mode};
use crate::wizard::line_edit::LineEdit;
use crate::wizard::state::{Step, Wizard};

use super::ip;

/// The form step's state.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct FormState {
    /// The focused item.
    pub focus: usize,
    /// What the user typed, by field id.
    pub values: BTreeMap<String, LineEdit>,
}

impl FormState {
    /// The key table for the focused item.
    #[must_use]
    pub const fn mode(&self) -> Mode {
        Mode::FormLine
    }

    /// Whether the user typed anything here.
    #[must_use]
    pub fn is_touched(&self) -> bool {
        self.values.values().any(|v| !v.value().is_empty())
    }
}

/// One field as the form step and the copy step show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Stable id.
    pub id: String,
    /// The form's English label.
    pub label: String,
    /// The English value to paste.
    pub value: String,
    /// Its Japanese translation, where there is one.
    pub translation: Option<String>,
    /// The form's length limit.
    pub max_len: Option<usize>,
}

/// The list's form fields, in the form's order.
#[must_use]
pub fn catalogue_fields(w: &Wizard) -> Vec<FormField> {
    let Some(a) = w.analysis() else {
        return Vec::new();
    };
    let Some(entry) = a.entry() else {
        return Vec::new();
    };
    let sublist = a.listing().and_then(|l| l.sublist.as_deref());
    let route = entry.removal_for(sublist);
    // A sub-list that expires by itself still takes the list's own form.
    if route.fields.is_empty() {
        entry.removal.fields.clone()
    } else {
        route.fields.clone()
    }
}

/// The fields with their current values.
#[must_use]
pub fn fields(w: &Wizard) -> Vec<Field> {
    let ip = ip::chosen(w).map(|ip| ip.to_string());
    catalogue_fields(w)
        .into_iter()
        .map(|f| {
            let typed = w.form.values.get(&f.id).map(|v| v.value().to_owned());
            let value = match (typed, f.value) {
                (Some(v), _) => v,
                (None, crate::blocklist::catalogue::FieldValue::Ip) => {
                    ip.clone().unwrap_or_default()
                }
                (None, _) => String::new(),
            };
            Field {
                id: f.id,
                label: f.label,
                value,
                translation: None,
                max_len: f.max_len,
            }
        })
        .collect()
}

/// The Japanese email to the hosting provider.
#[must_use]
pub fn provider_email(_w: &Wizard) -> Option<String> {
    None
}

/// A key from the step's tables.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    let count = fields(w).len();
    match action {
        Action::Next => w.go(Step::Copy),
        Action::Back => w.go(Step::List),
        Action::FieldNext if count > 0 => w.form.focus = (w.form.focus + 1) % count,
        Action::FieldPrev if count > 0 => w.form.focus = (w.form.focus + count - 1) % count,
        _ => {}
    }
    None
}

/// A key typed into the focused field.
pub fn on_typed(w: &mut Wizard, key: crossterm::event::KeyEvent) -> Option<Effect> {
    let fields = fields(w);
    if let Some(f) = fields.get(w.form.focus) {
        w.form
            .values
            .entry(f.id.clone())
            .or_insert_with(|| LineEdit::new(&f.value))
            .input(key);
    }
    None
}

/// Text pasted into the focused field.
pub fn on_paste(w: &mut Wizard, text: &str) {
    let fields = fields(w);
    if let Some(f) = fields.get(w.form.focus) {
        w.form
            .values
            .entry(f.id.clone())
            .or_insert_with(|| LineEdit::new(&f.value))
            .insert(text);
    }
}
