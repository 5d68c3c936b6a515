//! Step 6, copy and send: each field by its number, or all at once.

use crate::request::Cause;
use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
pub use crate::wizard::state::copy::CopyState;
use crate::wizard::state::{Step, Tone, Wizard};

use crate::wizard::written;

/// A key from the step's table.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::Next => w.go(Step::After),
        Action::Back => w.go(Step::Form),
        Action::Copy(n) => return copy_one(w, usize::from(n)),
        Action::CopyAll => return copy_all(w),
        Action::FixFirst => {
            if let Some(i) = super::form::items(w)
                .iter()
                .position(|i| *i == crate::request::Question::Fixes)
            {
                w.form.focus = i;
            }
            w.go(Step::Form);
        }
        Action::CopyUrl => {
            if let Some(url) = written::form_page(w) {
                return Some(Effect::Copy {
                    label: t!(w.lang, "wizard-copy-form-url-label"),
                    text: url,
                });
            }
        }
        _ => {}
    }
    None
}

/// Whether to offer fixing the cause first: a request is about to go out with nothing fixed
/// and the cause not known, while most lists expect the cause stopped before a request.
#[must_use]
pub fn fix_first(w: &Wizard) -> bool {
    let a = &w.draft.answers;
    a.fixes.is_empty()
        && matches!(a.cause, None | Some(Cause::Unknown))
        && written::entry(w).is_some()
        && !written::nothing_to_send(w)
        && written::output(w).is_ok_and(|o| o.has_request())
}

fn copy_one(w: &mut Wizard, n: usize) -> Option<Effect> {
    let fields = written::fields(w);
    let Some(field) = n.checked_sub(1).and_then(|i| fields.get(i)) else {
        w.notify(
            Tone::Warn,
            t!(w.lang, "wizard-copy-no-such-field", number = n),
        );
        return None;
    };
    w.copy.copied.insert(n);
    Some(Effect::Copy {
        label: format!("{n} {}", field.label),
        text: field.value.clone(),
    })
}

fn copy_all(w: &mut Wizard) -> Option<Effect> {
    let fields = written::fields(w);
    if fields.is_empty() {
        w.notify(Tone::Warn, t!(w.lang, "wizard-copy-nothing"));
        return None;
    }
    let text = fields
        .iter()
        .map(|f| format!("{}:\n{}\n", f.label, f.value))
        .collect::<Vec<_>>()
        .join("\n");
    w.copy.copied.extend(1..=fields.len());
    Some(Effect::Copy {
        label: t!(w.lang, "wizard-copy-all-label"),
        text,
    })
}
