//! Step 2, what happened: nothing to edit, only to read. A bounce that names no list ends here,
//! with its advice: Enter only says what to do, and the steps for the IP, the list and the form
//! open only when the user chooses 「それでもブロックリストの問題だと思う」 (`b`). A block with no
//! list named is the recipient's own filter; its message for their administrator is copied
//! with `c`. An official address in the reply is copied whole with `u`.

use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
use crate::wizard::state::{Step, Tone, Wizard};
use crate::wizard::written;

/// Whether step 2 is the end: no list was found, and the user has not chosen to go on.
#[must_use]
pub fn ends_here(w: &Wizard) -> bool {
    let no_list = w.analysis().is_none_or(|a| a.listing().is_none());
    no_list && w.anyway_for != Some(w.paste.generation)
}

pub use crate::wizard::written::own_filter;

/// The message for the recipient's administrator, for a block of their own: English to send,
/// Japanese to understand it.
#[must_use]
pub fn admin_message(w: &Wizard) -> Option<crate::request::Bilingual> {
    written::admin_message(w)
}

/// The receiving server's reply as step 2 shows it: as written, but with every link no list
/// owns hidden.
#[must_use]
pub fn reply(w: &Wizard) -> Option<String> {
    let a = w.analysis().filter(|a| a.is_bounce())?;
    let diag = a.delivery()?.diagnostic.as_deref()?;
    Some(crate::words::hide_links(diag, &a.suspicious_urls(), w.lang))
}

/// A key from the step's table.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::Next if ends_here(w) => {
            let id = if own_filter(w) {
                "wizard-happened-enter-own-filter"
            } else {
                "wizard-happened-enter-ends"
            };
            w.notify(Tone::Warn, t!(w.lang, id));
        }
        Action::Next => w.go(Step::Ip),
        Action::Anyway => {
            w.anyway_for = Some(w.paste.generation);
            w.go(Step::Ip);
        }
        Action::CopyEmail => {
            if let Some(m) = admin_message(w) {
                return Some(Effect::Copy {
                    label: t!(w.lang, "wizard-happened-admin-label"),
                    text: m.en,
                });
            }
        }
        Action::CopyUrl => return super::urls::copy(w),
        Action::Back => w.go(Step::Paste),
        _ => {}
    }
    None
}
