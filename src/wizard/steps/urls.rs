//! The official web addresses a step shows inside its text (the receiving server's reply on
//! step 2, the email to the provider on step 7), each copied whole with one key, as step 4
//! copies the lookup page: a long address wraps across lines on screen, and one copied from
//! there by hand comes out broken. Only addresses a catalogue operator owns are offered; a
//! link no list owns is hidden on screen and never copied.

use super::happened;
use crate::blocklist::url;
use crate::scan::url::urls;
use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::state::{Step, Tone, Wizard};
use crate::wizard::written;

/// The official addresses the current step shows in its text, in reading order, each once.
#[must_use]
pub fn shown(w: &Wizard) -> Vec<String> {
    let texts: Vec<String> = match w.step {
        Step::Happened => happened::reply(w).into_iter().collect(),
        Step::After => {
            let mut t: Vec<String> = written::provider_email(w).into_iter().collect();
            // The English version is shown below the Japanese one in English mode.
            if w.lang == crate::i18n::Lang::En {
                t.extend(written::provider_email_en(w));
            }
            t
        }
        _ => Vec::new(),
    };
    let mut out: Vec<String> = Vec::new();
    for text in &texts {
        for (_, u) in urls(text) {
            if url::owner(u).is_some() && !out.iter().any(|o| o == u) {
                out.push(u.to_owned());
            }
        }
    }
    out
}

/// `u`: copies the next official address the step shows (one press each, in turn, when there
/// are several), saying which of how many it was.
pub fn copy(w: &mut Wizard) -> Option<Effect> {
    let shown = shown(w);
    if shown.is_empty() {
        w.notify(Tone::Warn, t!(w.lang, "wizard-url-none"));
        return None;
    }
    let at = w.url_turn % shown.len();
    w.url_turn = at + 1;
    let text = shown.get(at)?.clone();
    Some(Effect::Copy {
        label: t!(
            w.lang,
            "wizard-url-label",
            number = at + 1,
            count = shown.len()
        ),
        text,
    })
}
