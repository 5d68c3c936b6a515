//! Step 7, after sending: read, copy the Japanese email to the hosting provider, copy the
//! case's report.

use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
use crate::wizard::state::{Step, Tone, Wizard};

use crate::wizard::written;

/// A key from the step's table.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::Back => w.go(Step::Copy),
        Action::CopyUrl => return super::urls::copy(w),
        Action::CheckOnline => return super::online::start(w),
        // The case as a report, for a support ticket or an email (as `delist report` prints it).
        Action::CopyReport => {
            let report = crate::wizard::report::gather(w);
            return Some(Effect::Copy {
                label: t!(w.lang, "wizard-report-label"),
                text: crate::case::report::render(
                    &report,
                    w.lang,
                    crate::case::report::Format::Text,
                ),
            });
        }
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
