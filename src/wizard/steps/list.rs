//! Step 4, check the list: copy or open the official page (the list's lookup page, else the
//! operator's help page for senders), or show it as a QR code. The URL always comes from the
//! catalogue, never from the bounce.

use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
use crate::wizard::state::{Overlay, Step, Tone, Wizard};
pub use crate::wizard::written::lookup_url;

use super::ip;

/// What the official page offered at step 4 is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    /// The list's lookup page: type the IP, see whether it is listed.
    Lookup,
    /// The operator's help page for senders, for an entry with no lookup page (Gmail).
    Help,
}

impl PageKind {
    /// The `$page` selector of the messages that name the page.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Lookup => "lookup",
            Self::Help => "help",
        }
    }
}

/// The official page step 4 offers: the lookup page, else the operator's help page.
#[must_use]
pub fn official_page(w: &Wizard) -> Option<(PageKind, String)> {
    if let Some(url) = lookup_url(w) {
        return Some((PageKind::Lookup, url));
    }
    let url = w.analysis()?.entry()?.help_url.clone()?;
    Some((PageKind::Help, url))
}

/// A key from the step's table.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::Next => w.go(Step::Form),
        Action::Back => w.go(Step::Ip),
        Action::CopyIp => return ip::copy_ip(w),
        Action::CheckOnline => return super::online::start(w),
        Action::CopyUrl => {
            if let Some((kind, url)) = official_page(w) {
                return Some(Effect::Copy {
                    label: t!(w.lang, "wizard-list-url-label", page = kind.id()),
                    text: url,
                });
            }
            w.notify(Tone::Warn, t!(w.lang, "wizard-list-no-url"));
        }
        Action::OpenUrl => {
            if let Some((_, url)) = official_page(w) {
                return Some(Effect::OpenUrl(url));
            }
            w.notify(Tone::Warn, t!(w.lang, "wizard-list-no-url"));
        }
        Action::ShowQr => {
            if official_page(w).is_some() {
                w.overlay = Some(Overlay::Qr);
            } else {
                w.notify(Tone::Warn, t!(w.lang, "wizard-list-no-url"));
            }
        }
        _ => {}
    }
    None
}
