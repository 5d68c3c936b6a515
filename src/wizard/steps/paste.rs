//! Step 1, paste the error mail: a bracketed paste, the clipboard, or a file (named on the
//! command line, typed, or dropped onto the terminal). The text is analysed off the UI thread:
//! at once after a paste or a load, after a short pause while typing.

use std::sync::Arc;

use crossterm::event::KeyCode;

use crate::intake::Input;
use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::facts::Analysis;
use crate::wizard::keys::Action;
use crate::wizard::pathlike;
pub use crate::wizard::state::paste::{PasteState, Source};
use crate::wizard::state::{Step, Tone, Wizard};

/// Text arrived by paste or from the clipboard.
pub fn on_paste(w: &mut Wizard, text: &str, source: Source) -> Option<Effect> {
    if source == Source::Pasted
        && let Some(path) = pathlike::candidate(text, false)
    {
        return Some(Effect::LoadPath {
            path,
            fallback: Some(text.to_owned()),
        });
    }
    insert_text(w, text, source)
}

fn insert_text(w: &mut Wizard, text: &str, source: Source) -> Option<Effect> {
    let was_empty = w.paste.text_box.is_empty();
    let clean = crate::wizard::sanitize::for_box(text);
    // A whole mail pasted over another is a new case, not an addition to the old one: it
    // replaces the box (the old text stays in the undo history).
    let replaces = !was_empty && clean.trim_end().contains('\n');
    let old = replaces.then(|| w.paste.text_box.text());
    if replaces {
        w.paste.text_box.paste_over(&clean);
    } else {
        w.paste.text_box.insert_clean(&clean);
    }
    changed(w, source);
    w.paste.replaced = old;
    if replaces {
        w.notify(Tone::Info, t!(w.lang, "wizard-paste-replaced"));
    }
    // The common case, a paste into an empty box: the cleaned paste is the whole text, so
    // the lines need not be joined again.
    let text = if was_empty || replaces {
        clean.into_owned()
    } else {
        w.paste.text_box.text()
    };
    analyse(w, text.into_bytes())
}

/// A key the paste box should handle (not bound in the key table).
pub fn on_typed(w: &mut Wizard, key: crossterm::event::KeyEvent) -> Option<Effect> {
    // Undo right after a paste replaced the text: the whole old text comes back at once.
    let undo = key.code == KeyCode::Char('u')
        && key
            .modifiers
            .contains(crossterm::event::KeyModifiers::CONTROL);
    if undo && let Some(old) = w.paste.replaced.take() {
        w.paste.text_box.replace(&old);
        changed(w, Source::Typed);
        return analyse(w, old.into_bytes());
    }
    if !w.paste.text_box.input(key) {
        if w.paste.text_box.is_read_only()
            && matches!(
                key.code,
                KeyCode::Char(_) | KeyCode::Backspace | KeyCode::Delete
            )
        {
            w.notify(Tone::Info, t!(w.lang, "wizard-paste-read-only"));
        }
        return None;
    }
    changed(w, Source::Typed);
    Some(Effect::AnalyseLater {
        generation: w.paste.generation,
    })
}

fn changed(w: &mut Wizard, source: Source) {
    w.paste.generation += 1;
    w.paste.go_on_when_read = false;
    w.paste.raw = None;
    w.paste.replaced = None;
    w.paste.problem = None;
    if source != Source::Typed || w.paste.source == Source::Nothing {
        w.paste.source = source;
    }
}

fn analyse(w: &mut Wizard, data: Vec<u8>) -> Option<Effect> {
    match Input::from_bytes("paste", data, w.max_size) {
        Ok(input) => Some(start(w, input)),
        Err(e) => {
            w.paste.analysing = false;
            w.paste.problem = Some(e.localized(w.lang));
            None
        }
    }
}

fn start(w: &mut Wizard, input: Input) -> Effect {
    w.paste.analysing = true;
    w.paste.problem = None;
    Effect::Analyse {
        generation: w.paste.generation,
        input,
    }
}

/// The pause after typing is over: analyse the text if it has not changed since.
pub fn analyse_now(w: &mut Wizard, generation: u64) -> Option<Effect> {
    if generation != w.paste.generation || w.paste.raw.is_some() {
        return None;
    }
    analyse(w, w.paste.text_box.text().into_bytes())
}

/// The worker delivered an analysis.
pub fn analysed(w: &mut Wizard, analysis: Analysis) {
    if analysis.generation == w.paste.generation {
        w.paste.analysing = false;
        w.analysis = Some(Arc::new(analysis));
        if std::mem::take(&mut w.paste.go_on_when_read) && w.step == Step::Paste {
            w.go(Step::Happened);
        }
    }
}

/// A file was read for the box (or could not be).
pub fn file_loaded(
    w: &mut Wizard,
    path: String,
    result: Result<Input, String>,
    fallback: Option<String>,
) -> Option<Effect> {
    match (result, fallback) {
        (Ok(input), _) => load(w, input, Source::File(path)),
        // It looked like a path but is not a file: it was ordinary text after all.
        (Err(_), Some(text)) => insert_text(w, &text, Source::Pasted),
        (Err(message), None) => {
            w.notify(Tone::Warn, message);
            None
        }
    }
}

/// Puts a whole input in the box (a file, the demo) and analyses its bytes.
pub fn load(w: &mut Wizard, input: Input, source: Source) -> Option<Effect> {
    w.paste.text_box.replace(&input.text());
    changed(w, source);
    w.paste.raw = Some(input.clone());
    Some(start(w, input))
}

/// The clipboard was read.
pub fn clipboard_read(w: &mut Wizard, result: Result<String, String>) -> Option<Effect> {
    match result {
        Ok(text) if !text.trim().is_empty() => on_paste(w, &text, Source::Clipboard),
        Ok(_) => {
            w.notify(Tone::Warn, t!(w.lang, "wizard-paste-clipboard-empty"));
            None
        }
        Err(message) => {
            w.notify(Tone::Warn, message);
            None
        }
    }
}

/// A key from the paste step's table.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::ReadClipboard => Some(Effect::ReadClipboard),
        Action::Next => next(w),
        _ => None,
    }
}

fn next(w: &mut Wizard) -> Option<Effect> {
    if w.paste.raw.is_none()
        && let Some(path) = w
            .paste
            .text_box
            .single_line()
            .and_then(|l| pathlike::candidate(l, true))
    {
        return Some(Effect::LoadPath {
            path,
            fallback: None,
        });
    }
    let message = if w.paste.text_box.is_empty() {
        "wizard-paste-nothing-yet"
    } else if let Some(problem) = w.paste.problem.clone() {
        w.notify(Tone::Warn, problem);
        return None;
    } else if w.paste.analysing || w.analysis().is_none() {
        w.paste.go_on_when_read = w.paste.analysing;
        "wizard-paste-still-reading"
    } else {
        w.go(Step::Happened);
        return None;
    };
    w.notify(Tone::Warn, t!(w.lang, message));
    None
}
