//! Step 3, the server's IP address: the one found in the bounce, or one typed by hand and
//! checked (full-width digits from a Japanese input method are accepted).

use std::net::IpAddr;

use crate::t;
use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
pub use crate::wizard::state::ip::{IpState, chosen};
use crate::wizard::state::{Step, Tone, Wizard};

/// Why a typed address is refused: a Fluent id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IpProblem {
    /// Not an address at all.
    NotAnAddress,
    /// A private or local address: the public one is needed.
    Private,
}

impl IpProblem {
    /// The message id.
    #[must_use]
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::NotAnAddress => "wizard-ip-invalid",
            Self::Private => "wizard-ip-private",
        }
    }
}

/// Reads a typed address: spaces dropped, full-width digits and dots made ASCII.
///
/// # Errors
/// Why it is not usable.
pub fn parse(typed: &str) -> Result<IpAddr, IpProblem> {
    let ascii: String = typed
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' | 'Ａ'..='Ｆ' | 'ａ'..='ｆ' | '：' => {
                char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
            }
            '．' | '。' => '.',
            c => c,
        })
        .collect();
    let ip: IpAddr = ascii.parse().map_err(|_| IpProblem::NotAnAddress)?;
    let local = match ip {
        IpAddr::V4(v4) => {
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                // Carrier-grade NAT (100.64.0.0/10) is not reachable from outside either.
                || (v4.octets()[0] == 100 && (v4.octets()[1] & 0xC0) == 64)
        }
        IpAddr::V6(v6) => {
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (v6.segments()[0] & 0xfe00) == 0xfc00
                || (v6.segments()[0] & 0xffc0) == 0xfe80
        }
    };
    if local {
        Err(IpProblem::Private)
    } else {
        Ok(ip)
    }
}

/// A key from the IP step's tables.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    if w.ip.editing() {
        return act_entry(w, action);
    }
    match action {
        // Enter does what the key bar says, next, with or without an address: the list's page
        // and the provider's help do not need it, and typing one has its own key (e).
        Action::Next => {
            let known = chosen(w).is_some();
            w.go(Step::List);
            if !known {
                w.notify(Tone::Info, t!(w.lang, "wizard-ip-skipped"));
            }
            None
        }
        Action::Back => {
            w.go(Step::Happened);
            None
        }
        Action::EditIp => {
            let current = chosen(w).map(|ip| ip.to_string()).unwrap_or_default();
            w.ip.open(&current);
            None
        }
        Action::CopyIp => copy_ip(w),
        _ => None,
    }
}

fn act_entry(w: &mut Wizard, action: Action) -> Option<Effect> {
    let typed =
        w.ip.entry
            .as_ref()
            .map(|e| e.value().trim().to_owned())
            .unwrap_or_default();
    match action {
        // Nothing typed: the user does not know the address. Without one found either, they
        // may still go on (the list's page and the provider's help do not need it).
        Action::Next if typed.is_empty() => {
            w.ip.entry = None;
            w.ip.error = None;
            if chosen(w).is_none() {
                w.go(Step::List);
                w.notify(Tone::Info, t!(w.lang, "wizard-ip-skipped"));
            }
        }
        Action::Next => match parse(&typed) {
            Ok(ip) => {
                w.draft.ip = Some(ip);
                w.ip.entry = None;
                w.ip.error = None;
                w.notify(
                    Tone::Done,
                    t!(w.lang, "wizard-ip-accepted", ip = ip.to_string()),
                );
            }
            Err(problem) => w.ip.error = Some(t!(w.lang, problem.message_id())),
        },
        // Esc closes the field but keeps what was typed, for the next time it opens.
        Action::Back => {
            w.ip.entry = None;
            w.ip.error = None;
            let current = chosen(w).map(|ip| ip.to_string()).unwrap_or_default();
            if !typed.is_empty() && typed != current {
                w.notify(
                    Tone::Info,
                    t!(w.lang, "wizard-ip-draft-kept", typed = typed.clone()),
                );
                w.ip.draft = Some(typed);
            }
        }
        _ => {}
    }
    None
}

/// A key typed into the entry field.
pub fn on_typed(w: &mut Wizard, key: crossterm::event::KeyEvent) -> Option<Effect> {
    if let Some(entry) = w.ip.entry.as_mut()
        && entry.input(key)
    {
        w.ip.error = None;
    }
    None
}

/// Copies the chosen address.
pub fn copy_ip(w: &mut Wizard) -> Option<Effect> {
    if let Some(ip) = chosen(w) {
        return Some(Effect::Copy {
            label: t!(w.lang, "wizard-ip-copy-label"),
            text: ip.to_string(),
        });
    }
    w.notify(Tone::Warn, t!(w.lang, "wizard-ip-none-to-copy"));
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_addresses_are_checked() {
        assert_eq!(parse(" 203.0.113.25 ").unwrap().to_string(), "203.0.113.25");
        assert_eq!(
            parse("２０３．０．１１３．２５").unwrap().to_string(),
            "203.0.113.25"
        );
        assert_eq!(parse("2001:db8::25").unwrap().to_string(), "2001:db8::25");
        assert_eq!(parse("192.168.1.10"), Err(IpProblem::Private));
        assert_eq!(parse("100.64.3.1"), Err(IpProblem::Private));
        assert_eq!(parse("fe80::1"), Err(IpProblem::Private));
        assert_eq!(parse("203.0.113"), Err(IpProblem::NotAnAddress));
        assert_eq!(parse("mail.example.jp"), Err(IpProblem::NotAnAddress));
    }
}
