//! The wizard's side of a case ([`crate::case`]): which part of its state is saved, when a
//! save is due, and how a saved case is put back. The pasted text and what the user answered
//! or typed are saved; the analysis and the texts built from it are not (they are rebuilt from
//! the text when the case is loaded).
//!
//! A save is due whenever something saved changed: `runner::settle` asks [`autosave`] once
//! every message waiting has been handled, so a burst of keys costs one save, and a kill loses
//! at most the key being handled.

use std::hash::{DefaultHasher, Hash, Hasher};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};

use super::effect::Effect;
use super::state::copy::CopyState;
use super::state::draft::Draft;
use super::state::form::FormState;
use super::state::ip::IpState;
use super::state::paste::Source;
use super::state::{CaseRef, Step, Tone, Wizard};
use super::written;
use crate::case::Case;
use crate::intake::Input;
use crate::t;

/// What the wizard writes into a case, borrowed (saving clones nothing but the text).
#[derive(Serialize)]
struct SavedRef<'a> {
    draft: &'a Draft,
    form: &'a FormState,
    ip: &'a IpState,
    copy: &'a CopyState,
    source: &'a Source,
    anyway: bool,
}

/// The same, read back; every part may be missing (an older file).
#[derive(Default, Deserialize)]
#[serde(default)]
struct Saved {
    draft: Draft,
    form: FormState,
    ip: IpState,
    copy: CopyState,
    source: Option<Source>,
    anyway: bool,
}

fn saved_ref(w: &Wizard) -> SavedRef<'_> {
    SavedRef {
        draft: &w.draft,
        form: &w.form,
        ip: &w.ip,
        copy: &w.copy,
        source: &w.paste.source,
        anyway: w.anyway_for == Some(w.paste.generation),
    }
}

/// A cheap summary of everything saved: when it differs from the last save's, a save is due.
/// The text counts by its generation (bumped on each change), so a large paste is not hashed
/// on every key.
fn fingerprint(w: &Wizard) -> u64 {
    let mut h = DefaultHasher::new();
    w.paste.generation.hash(&mut h);
    w.step.hash(&mut h);
    w.reached.hash(&mut h);
    serde_json::to_vec(&saved_ref(w))
        .unwrap_or_default()
        .hash(&mut h);
    h.finish()
}

/// Whether there is anything worth a case: a text, an answer, a typed IP.
#[must_use]
pub fn worth_saving(w: &Wizard) -> bool {
    !w.paste.text_box.is_empty() || w.draft.is_touched() || w.ip.is_touched() || w.code.is_some()
}

/// The save now due, if any: the case as it stands.
pub fn autosave(w: &mut Wizard) -> Option<Effect> {
    if w.resume_offer.is_some() || !worth_saving(w) {
        return None;
    }
    let print = fingerprint(w);
    if w.saved_print == Some(print) {
        return None;
    }
    w.saved_print = Some(print);
    Some(Effect::SaveCase(Box::new(snapshot(w))))
}

/// The case as it stands (its id and start time empty until the first save gives them).
#[must_use]
pub fn snapshot(w: &Wizard) -> Case {
    let mut case = Case::new(w.lang);
    if let Some(r) = &w.case {
        case.id.clone_from(&r.id);
        case.created.clone_from(&r.created);
    }
    case.step = step_number(w.step);
    case.reached = step_number(w.reached);
    case.finished = w.reached == Step::After;
    if let Some((entry, sublist)) = written::entry(w) {
        case.list = Some(entry.id.clone());
        case.sublist = sublist;
    }
    case.ip = super::state::ip::chosen(w);
    case.from_code = w.code.is_some();
    case.paste = w.paste.text_box.text();
    case.raw = w.paste.raw.as_ref().map(|input| B64.encode(&input.data));
    case.wizard = serde_json::to_value(saved_ref(w)).unwrap_or_default();
    case
}

fn step_number(step: Step) -> u8 {
    u8::try_from(step.number()).unwrap_or(1)
}

fn step_from(n: u8) -> Step {
    Step::ALL
        .get(usize::from(n.max(1)) - 1)
        .copied()
        .unwrap_or(Step::Paste)
}

/// The first save gave the case its id.
pub fn saved(w: &mut Wizard, result: Result<CaseRef, String>) {
    match result {
        // A late answer for a case the wizard has left (a new bounce started a new one) is
        // not this case's.
        Ok(r) => {
            if w.case.as_ref().is_none_or(|c| c.id == r.id) {
                w.case = Some(r);
            }
        }
        Err(message) => w.notify(Tone::Warn, message),
    }
}

/// Puts a saved case back: the text (analysed again), the answers, the fields being typed,
/// the step. Returns the analysis to start.
pub fn restore(w: &mut Wizard, case: &Case, path: String) -> Option<Effect> {
    let saved: Saved = serde_json::from_value(case.wizard.clone()).unwrap_or_default();
    let raw = case
        .raw
        .as_deref()
        .and_then(|b| B64.decode(b).ok())
        .and_then(|bytes| Input::from_bytes("case", bytes, w.max_size).ok());
    let text = raw
        .as_ref()
        .map_or_else(|| case.paste.clone(), |input| input.text().into_owned());
    w.paste.text_box.replace(&text);
    w.paste.generation += 1;
    w.paste.problem = None;
    w.paste.replaced = None;
    w.paste.go_on_when_read = false;
    w.paste.source = saved.source.unwrap_or(Source::Pasted);
    w.paste.raw.clone_from(&raw);
    w.draft = saved.draft;
    w.form = saved.form;
    w.ip = saved.ip;
    w.copy = saved.copy;
    w.anyway_for = saved.anyway.then_some(w.paste.generation);
    w.analysis = None;
    w.step = step_from(case.step);
    w.reached = step_from(case.reached).max(w.step);
    w.scroll = [0; Step::ALL.len()];
    w.overlay = None;
    w.resume_offer = None;
    w.case = Some(CaseRef {
        id: case.id.clone(),
        created: case.created.clone(),
        updated: case.updated.clone(),
        path,
    });
    w.notify(
        Tone::Done,
        t!(w.lang, "wizard-case-resumed", id = case.id.as_str()),
    );
    if case.from_code
        && let Some(list) = case.list.clone()
    {
        // No text to read again: the code's values stand in for the bounce.
        let code = crate::case::code::Decoded {
            list,
            sublist: case.sublist.clone(),
            ip: case.ip,
        };
        if let Some(a) = super::phone::analysis(&code, w.paste.generation) {
            w.analysis = Some(std::sync::Arc::new(a));
        }
        w.code = Some(code);
        w.saved_print = Some(fingerprint(w));
        return None;
    }
    let input = match raw {
        Some(input) => Ok(input),
        None => Input::from_bytes("paste", text.into_bytes(), w.max_size),
    };
    let effect = match input {
        Ok(input) => {
            w.paste.analysing = true;
            Some(Effect::Analyse {
                generation: w.paste.generation,
                input,
            })
        }
        Err(e) => {
            w.paste.analysing = false;
            w.paste.problem = Some(e.localized(w.lang));
            None
        }
    };
    // Just loaded: nothing new to save until the user changes something.
    w.saved_print = Some(fingerprint(w));
    effect
}
