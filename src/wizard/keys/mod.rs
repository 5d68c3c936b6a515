//! One table of key bindings per mode. `update` looks keys up here and the bottom key bar and
//! the help screen are drawn from the same tables, so the hints can never disagree with the keys.

mod offer;
mod table;

pub use offer::{Offer, When};
pub use table::table;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Serialize};

/// What a key asks the wizard to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    /// Go to the next step (or choose, where a list is focused).
    Next,
    /// Go back one step, keeping everything.
    Back,
    /// Focus the next field.
    FieldNext,
    /// Focus the previous field.
    FieldPrev,
    /// Move up in a list, or scroll up.
    Up,
    /// Move down in a list, or scroll down.
    Down,
    /// Scroll one page up.
    PageUp,
    /// Scroll one page down.
    PageDown,
    /// Copy the field with this number (1–9).
    Copy(u8),
    /// Copy every field at once.
    CopyAll,
    /// Show the help for this step.
    Help,
    /// Quit (asks first when something would be lost).
    Quit,
    /// Read the bounce from the clipboard.
    ReadClipboard,
    /// Type the IP address by hand.
    EditIp,
    /// Copy the blocked IP address.
    CopyIp,
    /// Copy the official lookup URL.
    CopyUrl,
    /// Open the lookup URL in the desktop's browser.
    OpenUrl,
    /// Show the lookup URL as a QR code for a phone.
    ShowQr,
    /// Tick or untick the focused choice.
    Toggle,
    /// Copy the Japanese email to the hosting provider (step 7), or the message to the
    /// recipient's administrator (step 2).
    CopyEmail,
    /// Go on to the blocklist steps although the bounce names no list (step 2).
    Anyway,
    /// Choose option N of the focused question (1–9).
    Pick(u8),
    /// Go back to the question of what was done, to fix the cause first (step 6).
    FixFirst,
    /// Ask the blocklists' DNS zones now whether they list the IP (the one online action).
    CheckOnline,
    /// Forget the remembered name, email, role, company and phone (step 5).
    ForgetProfile,
    /// Copy the case as a report (step 7).
    CopyReport,
    /// Show the last copied text alone on the screen, for the terminal's own selection.
    ShowPlain,
    /// Close the help or the QR code.
    Close,
    /// Yes (in a question).
    Confirm,
    /// No (in a question).
    Cancel,
}

/// Which table applies: the step, and what has the focus inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Step 1: the paste box has the focus; typed keys go into it.
    PasteBox,
    /// Step 2.
    Happened,
    /// Step 2 when the bounce names no list: its advice is the end, unless the user chooses
    /// to go on.
    HappenedEnd,
    /// Step 3, showing the IP.
    Ip,
    /// Step 3, typing the IP by hand.
    IpEntry,
    /// Step 4.
    List,
    /// Step 5, a question with choices focused.
    FormChoice,
    /// Step 5, a one-line field focused.
    FormLine,
    /// Step 5, the written reason focused, not rewritten yet (Enter goes on, typing rewrites).
    FormReason,
    /// Step 5, the reason being rewritten (Enter starts a new line).
    FormText,
    /// Step 5 when no list was identified: nothing to fill in, only to read.
    FormNoList,
    /// Step 6.
    Copy,
    /// Step 6 when the list takes no request: nothing to copy.
    CopyNothing,
    /// Step 7.
    After,
    /// The help screen.
    Help,
    /// "Really quit?"
    ConfirmQuit,
    /// The QR code.
    Qr,
    /// A copied text shown plainly.
    Plain,
    /// "Continue where you left off?"
    Resume,
    /// "A new bounce: start a new case?"
    NewCase,
}

impl Mode {
    /// Whether typed characters go into a text field in this mode (so `q`, `?`, digits type).
    #[must_use]
    pub const fn is_typing(self) -> bool {
        matches!(
            self,
            Self::PasteBox | Self::IpEntry | Self::FormLine | Self::FormReason | Self::FormText
        )
    }
}

/// A key as the tables name it: modifiers and code.
pub type Key = (KeyModifiers, KeyCode);

/// One row of a table.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    /// Every key that triggers it.
    pub keys: &'static [Key],
    /// What it does.
    pub action: Action,
    /// How the key bar names the key (`Enter`, `1-9`, `Ctrl+C`).
    pub label: &'static str,
    /// Fluent id of what it does, in a few words.
    pub hint: &'static str,
    /// Shown in the key bar (hidden ones still appear in the help).
    pub shown: bool,
    /// When it is offered.
    pub when: When,
}

/// The bindings offered here (one whose condition does not hold is left out).
pub fn offered(mode: Mode, offer: Offer) -> impl Iterator<Item = &'static Binding> {
    table(mode).iter().filter(move |b| offer.allows(b.when))
}

/// A key as the tables name it. Shift is dropped from characters (`?` arrives with or without
/// it, depending on the terminal) and Control from Enter (Windows adds it during a paste).
#[must_use]
pub fn normalise(key: KeyEvent) -> Key {
    let mut mods = key.modifiers - KeyModifiers::SHIFT;
    if key.code == KeyCode::Enter {
        mods -= KeyModifiers::CONTROL;
    }
    let code = match key.code {
        KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
            KeyCode::Char(c.to_ascii_lowercase())
        }
        other => other,
    };
    (mods, code)
}

/// The action a key triggers here, if any.
#[must_use]
pub fn lookup(mode: Mode, key: KeyEvent, offer: Offer) -> Option<Action> {
    let key = normalise(key);
    offered(mode, offer)
        .find(|b| b.keys.contains(&key))
        .map(|b| match (b.action, key.1) {
            // 0 follows 9, as on a telephone: the tenth field.
            (Action::Copy(_), KeyCode::Char(d)) => Action::Copy(
                d.to_digit(10)
                    .map(|n| if n == 0 { 10 } else { n })
                    .and_then(|n| u8::try_from(n).ok())
                    .unwrap_or(1),
            ),
            (Action::Pick(_), KeyCode::Char(d)) => Action::Pick(
                d.to_digit(10)
                    .and_then(|n| u8::try_from(n).ok())
                    .unwrap_or(1),
            ),
            (action, _) => action,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: KeyModifiers = KeyModifiers::NONE;
    const CTRL: KeyModifiers = KeyModifiers::CONTROL;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn typing_modes_leave_letters_and_digits_to_the_field() {
        for mode in [
            Mode::PasteBox,
            Mode::IpEntry,
            Mode::FormLine,
            Mode::FormText,
        ] {
            assert!(mode.is_typing());
            for c in ['q', '?', '1', 'a', 'c', 'e', ' '] {
                assert_eq!(
                    lookup(mode, key(KeyCode::Char(c), NONE), Offer::ALL),
                    None,
                    "{mode:?} must let {c:?} type"
                );
            }
            assert_eq!(
                lookup(mode, key(KeyCode::Char('c'), CTRL), Offer::ALL),
                Some(Action::Quit)
            );
        }
    }

    #[test]
    fn digits_copy_their_field_and_shift_does_not_matter() {
        assert_eq!(
            lookup(Mode::Copy, key(KeyCode::Char('3'), NONE), Offer::default()),
            Some(Action::Copy(3))
        );
        assert_eq!(
            lookup(
                Mode::Happened,
                key(KeyCode::Char('?'), KeyModifiers::SHIFT),
                Offer::default()
            ),
            Some(Action::Help)
        );
        assert_eq!(
            lookup(Mode::Copy, key(KeyCode::Enter, CTRL), Offer::default()),
            Some(Action::Next)
        );
    }

    #[test]
    fn the_browser_key_needs_a_desktop() {
        let o = key(KeyCode::Char('o'), NONE);
        assert_eq!(lookup(Mode::List, o, Offer::default()), None);
        assert_eq!(lookup(Mode::List, o, Offer::ALL), Some(Action::OpenUrl));
    }

    #[test]
    fn keys_with_nothing_to_act_on_are_not_offered() {
        let c = key(KeyCode::Char('c'), NONE);
        let no_url = Offer {
            url: false,
            ..Offer::ALL
        };
        assert_eq!(lookup(Mode::List, c, no_url), None);
        assert!(offered(Mode::List, no_url).all(|b| b.action != Action::ShowQr));
        let no_ip = Offer {
            ip: false,
            ..Offer::ALL
        };
        assert_eq!(lookup(Mode::Ip, c, no_ip), None);
        let v = key(KeyCode::Char('v'), NONE);
        assert_eq!(lookup(Mode::Copy, v, Offer::default()), None);
        assert_eq!(lookup(Mode::Copy, v, Offer::ALL), Some(Action::ShowPlain));
    }

    #[test]
    fn no_key_is_bound_twice_in_a_table() {
        for mode in [
            Mode::PasteBox,
            Mode::Happened,
            Mode::Ip,
            Mode::IpEntry,
            Mode::List,
            Mode::FormChoice,
            Mode::FormLine,
            Mode::FormReason,
            Mode::FormText,
            Mode::FormNoList,
            Mode::Copy,
            Mode::CopyNothing,
            Mode::After,
            Mode::Help,
            Mode::ConfirmQuit,
            Mode::Qr,
            Mode::Plain,
            Mode::Resume,
            Mode::NewCase,
        ] {
            let mut seen = std::collections::HashSet::new();
            for b in table(mode) {
                for k in b.keys {
                    assert!(seen.insert(*k), "{mode:?}: {k:?} bound twice");
                }
            }
        }
    }
}
