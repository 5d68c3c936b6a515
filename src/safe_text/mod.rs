//! Text from a bounce made safe to show and to send. Bounces are written by strangers: a server
//! reply may hold terminal escape sequences (OSC 52 sets the clipboard, OSC 0 the window title,
//! CSI clears the screen or moves the cursor), bidirectional overrides that make text read
//! differently from what it is (Trojan Source), or zero-width characters hidden inside a link
//! or an address. Every such character becomes a visible stand-in here, so it never reaches a
//! terminal raw, and every output (the wizard, `analyze`, `request`, the texts copied) passes
//! through this one module.
//!
//! Stand-ins: a C0 control becomes its Control Pictures symbol (`␛` for ESC, `␇` for BEL,
//! `␈` for backspace), DEL becomes `␡`, and a C1 control, a bidi control or a zero-width
//! character becomes `�` (U+FFFD). A host name that is not ASCII is shown with its punycode
//! form beside it ([`ascii_host`]), so a Cyrillic look-alike does not pass for the real one.

mod punycode;

use std::borrow::Cow;

pub use punycode::ascii_host;

/// Bidirectional controls (Trojan Source): embeddings, overrides, isolates, marks.
const fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters with no width and no mark, which hide inside a word: a host name or an IP that
/// holds one looks like another. (Soft hyphen and the Mongolian vowel separator too.)
const fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
    )
}

/// The stand-in for a character that must not reach the terminal, if it is one.
#[must_use]
pub fn stand_in(c: char) -> Option<char> {
    match c {
        // Control Pictures block: U+2400 + the C0 code (␛ for ESC, ␇ for BEL).
        '\0'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)),
        '\u{7f}' => Some('\u{2421}'),
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        c if is_bidi_control(c) || is_invisible(c) => Some('\u{fffd}'),
        _ => None,
    }
}

/// Whether a byte may start a character to replace: C0 controls, DEL, and the UTF-8 lead
/// bytes of U+0080–U+00BF (C2), U+061C (D8), U+180E (E1), U+200B–U+206F (E2) and U+FEFF (EF).
/// Any other byte is copied as it is, so long plain text costs one pass.
const fn may_start(b: u8) -> bool {
    b < 0x20 || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe1 | 0xe2 | 0xef)
}

/// Replaces each character `c` that has a stand-in and is not kept by `keep`; `crlf` turns CR
/// and CRLF into LF first.
fn clean(text: &str, keep: impl Fn(char) -> bool, crlf: bool) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let touched = |c: char| (crlf && c == '\r') || (!keep(c) && stand_in(c).is_some());
    let first = bytes.iter().enumerate().find_map(|(i, &b)| {
        (may_start(b) && text.get(i..)?.chars().next().is_some_and(touched)).then_some(i)
    });
    let Some(first) = first else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    let mut run = 0;
    let mut i = first;
    while i < bytes.len() {
        if !may_start(bytes[i]) {
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            i += 1;
            continue;
        };
        let next = i + c.len_utf8();
        if crlf && c == '\r' {
            out.push_str(text.get(run..i).unwrap_or_default());
            out.push('\n');
            i = if bytes.get(next) == Some(&b'\n') {
                next + 1
            } else {
                next
            };
            run = i;
            continue;
        }
        if let Some(s) = stand_in(c).filter(|_| !keep(c)) {
            out.push_str(text.get(run..i).unwrap_or_default());
            out.push(s);
            run = next;
        }
        i = next;
    }
    out.push_str(text.get(run..).unwrap_or_default());
    Cow::Owned(out)
}

/// For text printed to a terminal or copied out as lines: LF and TAB stay, CR and CRLF become
/// LF, every other control is made visible.
#[must_use]
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    clean(text, |c| matches!(c, '\n' | '\t'), true)
}

/// For an editable box: the same as [`for_terminal`] (lines and tabs stay).
#[must_use]
pub fn for_box(text: &str) -> Cow<'_, str> {
    for_terminal(text)
}

/// For one line on screen: line ends and tabs become spaces, other controls are made visible.
#[must_use]
pub fn for_line(text: &str) -> Cow<'_, str> {
    if !text.contains(['\n', '\r', '\t']) {
        return clean(text, |_| false, false);
    }
    let spaced: String = text
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect();
    Cow::Owned(clean(&spaced, |_| false, false).into_owned())
}

/// Whether `text` holds nothing [`for_terminal`] would change.
#[must_use]
pub fn is_clean(text: &str) -> bool {
    matches!(for_terminal(text), Cow::Borrowed(_))
}

/// JSON text with every character a terminal could obey written as a `\u` escape. The JSON
/// means the same (serde already escapes C0 controls; this adds C1, bidi and zero-width
/// characters, which it writes raw).
#[must_use]
pub fn json_escaped(json: &str) -> Cow<'_, str> {
    if json.chars().all(|c| c.is_ascii() || stand_in(c).is_none()) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if !c.is_ascii() && stand_in(c).is_some() {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_inert() {
        let s = for_line("a\u{1b}]52;c;aGk=\u{7}b\u{9b}c\u{8}d");
        assert_eq!(s, "a\u{241b}]52;c;aGk=\u{2407}b\u{fffd}c\u{2408}d");
        assert!(!s.chars().any(char::is_control));
    }

    #[test]
    fn bidi_overrides_and_zero_width_characters_are_shown_not_obeyed() {
        assert_eq!(for_line("abc\u{202e}fed\u{2066}"), "abc\u{fffd}fed\u{fffd}");
        assert_eq!(
            for_terminal("http://spam\u{200b}haus.org 192.0.2\u{feff}.1"),
            "http://spam\u{fffd}haus.org 192.0.2\u{fffd}.1"
        );
    }

    #[test]
    fn terminal_text_keeps_lines_tabs_and_japanese() {
        assert_eq!(
            for_terminal("a\r\nb\rc\td\u{0}\n送信できません"),
            "a\nb\nc\td\u{2400}\n送信できません"
        );
        assert!(matches!(
            for_terminal("plain 日本語 ＡＢＣ"),
            Cow::Borrowed(_)
        ));
        assert!(is_clean("ｱｲｳ – “quoted” ©"));
    }

    #[test]
    fn json_stays_json_with_c1_and_bidi_escaped() {
        let raw = serde_json::to_string("a\u{9b}2J\u{202e}b\u{1b}").unwrap();
        let safe = json_escaped(&raw);
        assert!(!safe.chars().any(|c| stand_in(c).is_some()), "{safe}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "a\u{9b}2J\u{202e}b\u{1b}");
    }
}
