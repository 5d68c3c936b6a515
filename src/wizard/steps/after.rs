//! Step 7, after sending: read, and copy the Japanese email to the hosting provider.

use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
use crate::wizard::state::{Step, Tone, Wizard};

use crate::wizard::written;

/// A key from the step's table.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::Back => w.go(Step::Copy),
        Action::CheckOnline => return super::online::start(w),
        Action::CopyEmail => {
            if let Some(text) = written::provider_email(w) {
                return Some(Effect::Copy {
                    label: t!(w.lang, "wizard-after-email-label"),
                    text,
                });
            }
            w.notify(Tone::Warn, t!(w.lang, "wizard-after-no-email"));
        }
        _ => {}
    }
    None
}

/// How long removal usually takes, from the catalogue, when it says (the report says it too).
#[must_use]
pub fn turnaround(w: &Wizard) -> Option<String> {
    let lang = w.lang;
    let (entry, sublist) = written::entry(w)?;
    let own = entry.removal_for(sublist.as_deref());
    if own.method == crate::blocklist::catalogue::RemovalMethod::Expires
        && let Some(h) = own.expires_hours
    {
        let request = if written::nothing_to_send(w) {
            "no"
        } else {
            "yes"
        };
        return Some(t!(
            lang,
            "wizard-after-expires",
            request = request,
            span = crate::words::hours(h, lang)
        ));
    }
    let (low, high) = own.turnaround_hours.or(entry.removal.turnaround_hours)?;
    Some(t!(
        lang,
        "wizard-after-turnaround",
        from = crate::words::hours(low, lang),
        to = crate::words::hours(high, lang)
    ))
}
