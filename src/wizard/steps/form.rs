//! Step 5, fill in the form: a few questions answered by picking from lists (why it happened,
//! what was done, how a repeat is prevented, where the mail is sent from), the facts about the
//! person the form asks for, and the English reason, which the user may rewrite. Enter moves
//! to the next item; after the last one it goes on when the request can be written.

use crossterm::event::KeyEvent;

use super::questions::choose;
pub use super::questions::{Choice, choices, items};
use crate::request::Question;
use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
pub use crate::wizard::state::form::FormState;
use crate::wizard::state::{Step, Tone, Wizard};
use crate::wizard::text_edit::TextEdit;
use crate::wizard::written;

/// Puts the focus on item `index` (clamped), with the list cursor on its chosen entry (on the
/// first, 「分からない」, when none is: the cursor only points, it never chooses).
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
    crate::wizard::profile::prefill(w);
    focus(w, w.form.focus);
}

/// A key from the step's tables.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    // No list, or nothing the user can ask for: the screen only says so; Enter must not
    // answer the questions it does not show.
    if written::entry(w).is_none() || written::recipient_acts(w) {
        match action {
            Action::Next | Action::FieldNext => w.go(Step::Copy),
            Action::Back => w.go(Step::List),
            _ => {}
        }
        return None;
    }
    let list = items(w);
    let Some(item) = w.form.focused.filter(|i| list.contains(i)) else {
        focus(w, w.form.focus);
        return None;
    };
    let n = list.len();
    let digit = w.form.digit.take();
    match action {
        // Esc goes back one question; from the first, back to the list step.
        Action::Back if w.form.focus > 0 => focus(w, w.form.focus - 1),
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
        Action::Pick(d) => number(w, item, d, digit),
        // A first digit waiting for a second: Enter takes it alone and goes on, as "2" then
        // Enter does on any question ("press 1, then Enter" means the same everywhere).
        Action::Next if digit.is_some() => {
            pick(w, item);
            if w.form.answered(&w.draft, item) {
                next_item(w);
            }
        }
        // Enter never chooses: on a question not yet answered it says how to answer.
        Action::Next if item.is_choice() && !w.form.answered(&w.draft, item) => {
            let id = if item.is_multi() {
                "wizard-form-enter-unanswered-multi"
            } else {
                "wizard-form-enter-unanswered"
            };
            w.notify(Tone::Warn, t!(w.lang, id));
        }
        Action::Next => next_item(w),
        _ => {}
    }
    None
}

/// Enter on an answered item: the next one, or on after the last.
fn next_item(w: &mut Wizard) {
    if w.form.focus + 1 < items(w).len() {
        focus(w, w.form.focus + 1);
    } else {
        finish(w);
    }
}

/// A digit pressed on a list. Options 1–9 are chosen at once. Where a question has ten or more,
/// a digit that can begin a two-digit number (1, with 11 options) waits for the next key: a
/// second digit makes the number (1 then 1 → 11), Enter takes it alone. The numbers never
/// change, so a person on the phone can say "press 11".
fn number(w: &mut Wizard, item: Question, d: u8, waiting: Option<u8>) {
    let count = choices(w, item).len();
    if let Some(first) = waiting {
        let n = usize::from(first) * 10 + usize::from(d);
        if n <= count {
            w.form.cursor = n - 1;
            pick(w, item);
        } else {
            // "1" then "9" is 19, which is not there: said, never read as a 9.
            w.notify(
                Tone::Warn,
                t!(w.lang, "wizard-form-no-such-option", number = n),
            );
        }
        return;
    }
    let n = usize::from(d);
    if n == 0 || n > count {
        w.notify(
            Tone::Warn,
            t!(w.lang, "wizard-form-no-such-option", number = n),
        );
    } else if n * 10 <= count {
        w.form.digit = Some(d);
        w.form.cursor = n - 1;
        w.notify(
            Tone::Info,
            t!(
                w.lang,
                "wizard-form-number-waits",
                number = n,
                first = n * 10,
                last = count.min(n * 10 + 9)
            ),
        );
    } else {
        w.form.cursor = n - 1;
        pick(w, item);
    }
}

fn pick(w: &mut Wizard, item: Question) {
    let Some(c) = choices(w, item).into_iter().nth(w.form.cursor) else {
        return;
    };
    // A contradiction is refused with its reason, never recorded.
    if let Some(why) = c.blocked {
        w.notify(
            Tone::Warn,
            t!(
                w.lang,
                "wizard-form-blocked-notice",
                label = c.label,
                why = why
            ),
        );
        return;
    }
    w.notice = None;
    choose(w, item, &c.id);
}

/// Once every answer is in, the "some answers are still missing" notice is no longer true:
/// it goes, whatever key completed the answers.
pub fn drop_stale_notice(w: &mut Wizard) {
    if w.step != Step::Form || !w.form.missing_notice {
        return;
    }
    if written::problems(w).is_empty() {
        w.form.missing_notice = false;
        w.notice = None;
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
    if written::entry(w).is_none()
        || written::nothing_to_send(w)
        || (problems.is_empty() && written::output(w).is_ok())
    {
        w.go(Step::Copy);
        return;
    }
    let items = items(w);
    let first = items
        .iter()
        .position(|i| problems.iter().any(|p| p.about == i.remarks_of()));
    // What is missing may belong to no question here (the IP, from step 3): no item would be
    // marked, so the notice itself says what to do.
    let Some(first) = first else {
        if let Some(text) = elsewhere(w).into_iter().next() {
            w.notify(Tone::Warn, text);
        }
        return;
    };
    focus(w, first);
    w.notify(
        Tone::Warn,
        t!(
            w.lang,
            "wizard-form-not-complete",
            count = problems.len().max(1)
        ),
    );
    w.form.missing_notice = true;
}

/// What stops the request but is answered on another step (the IP), in the user's words.
#[must_use]
pub fn elsewhere(w: &Wizard) -> Vec<String> {
    let items = items(w);
    written::problems(w)
        .iter()
        .filter(|p| !items.iter().any(|i| i.remarks_of() == p.about))
        .map(|p| match p.about {
            Question::Ip => t!(w.lang, "wizard-form-needs-ip"),
            _ => p.message(w.lang),
        })
        .collect()
}

/// A key typed into the focused field.
pub fn on_typed(w: &mut Wizard, key: KeyEvent) -> Option<Effect> {
    match w.form.focused {
        Some(Question::Reason) => {
            if w.draft.reason.is_none() {
                let generated = written::generated_reason(w).unwrap_or_default();
                w.draft.reason = Some(TextEdit::new(&generated));
            }
            if let Some(r) = w.draft.reason.as_mut() {
                r.input(key);
            }
        }
        Some(item) => {
            if let Some(line) = w.form.line_mut(item)
                && line.input(key)
            {
                w.form.sync(&mut w.draft.answers);
            }
        }
        None => {}
    }
    None
}

/// Text pasted into the focused field.
pub fn on_paste(w: &mut Wizard, text: &str) {
    match w.form.focused {
        Some(Question::Reason) => {
            let generated = written::generated_reason(w).unwrap_or_default();
            w.draft
                .reason
                .get_or_insert_with(|| TextEdit::new(&generated))
                .insert(text);
        }
        Some(item) => {
            if let Some(line) = w.form.line_mut(item) {
                line.insert(text.trim());
                w.form.sync(&mut w.draft.answers);
            }
        }
        None => {}
    }
}
