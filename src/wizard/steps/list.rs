//! Step 4, check the list: copy or open the official lookup URL, or show it as a QR code.
//! The URL always comes from the catalogue, never from the bounce.

use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
use crate::wizard::state::{Overlay, Step, Tone, Wizard};

use super::ip;

/// The official lookup URL for the list (its Japanese page for a Japanese reader, where there
/// is one), with the IP filled in where the page takes it.
#[must_use]
pub fn lookup_url(w: &Wizard) -> Option<String> {
    let entry = w.analysis()?.entry()?;
    let ip = ip::chosen(w).map(|ip| ip.to_string()).unwrap_or_default();
    match (&entry.lookup_url_ja, w.lang) {
        (Some(url), crate::i18n::Lang::Ja) => Some(url.replace("{ip}", &ip)),
        _ => entry.lookup_url_for(Some(&ip)),
    }
}

/// A key from the step's table.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::Next => w.go(Step::Form),
        Action::Back => w.go(Step::Ip),
        Action::CopyIp => return ip::copy_ip(w),
        Action::CopyUrl => {
            if let Some(url) = lookup_url(w) {
                return Some(Effect::Copy {
                    label: t!(w.lang, "wizard-list-url-label"),
                    text: url,
                });
            }
            w.notify(Tone::Warn, t!(w.lang, "wizard-list-no-url"));
        }
        Action::OpenUrl => {
            if let Some(url) = lookup_url(w) {
                return Some(Effect::OpenUrl(url));
            }
            w.notify(Tone::Warn, t!(w.lang, "wizard-list-no-url"));
        }
        Action::ShowQr => {
            if lookup_url(w).is_some() {
                w.overlay = Some(Overlay::Qr);
            } else {
                w.notify(Tone::Warn, t!(w.lang, "wizard-list-no-url"));
            }
        }
        _ => {}
    }
    None
}
