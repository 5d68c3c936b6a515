//! Text from a bounce on screen, harmlessly. Control characters (an ESC that would start a
//! terminal sequence, a bell, a C1 control) become visible stand-ins and never reach the
//! terminal; bidirectional overrides, which can make text read differently from what it is,
//! are shown as a marker. Cutting to a width never splits a wide (Japanese) character.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Bidirectional controls (Trojan Source): embeddings, overrides, isolates, marks.
const fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The stand-in for a character that must not reach the terminal, if it is one.
fn stand_in(c: char) -> Option<char> {
    match c {
        // Control Pictures block: U+2400 + the C0 code (␛ for ESC, ␇ for BEL).
        '\0'..='\u{1f}' => char::from_u32(0x2400 + u32::from(c)),
        '\u{7f}' => Some('\u{2421}'),
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        c if is_bidi_control(c) => Some('\u{fffd}'),
        _ => None,
    }
}

fn map(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    let needs = |c: char| !keep(c) && stand_in(c).is_some();
    if !text.chars().any(needs) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if keep(c) { c } else { stand_in(c).unwrap_or(c) })
            .collect(),
    )
}

/// For the paste box: CR and CRLF become LF, tabs stay, every other control is made visible.
/// Runs of plain bytes are copied whole, so a megabyte-sized paste costs a few milliseconds.
#[must_use]
pub fn for_box(text: &str) -> Cow<'_, str> {
    // Bytes that may start something to replace: C0 controls but TAB and LF, DEL, and the
    // lead bytes of U+0080–U+009F (C2), U+061C (D8) and the bidi controls (E2).
    let special =
        |b: u8| (b < 0x20 && b != b'\t' && b != b'\n') || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2);
    let bytes = text.as_bytes();
    if !bytes.iter().copied().any(special) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !special(bytes[i]) {
            i += 1;
            continue;
        }
        out.push_str(text.get(run..i).unwrap_or_default());
        let c = text
            .get(i..)
            .and_then(|t| t.chars().next())
            .unwrap_or('\u{fffd}');
        i += c.len_utf8();
        match c {
            '\r' => {
                out.push('\n');
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            c => out.push(stand_in(c).unwrap_or(c)),
        }
        run = i;
    }
    out.push_str(text.get(run..).unwrap_or_default());
    Cow::Owned(out)
}

/// For one line on screen: line ends and tabs become spaces, other controls are made visible.
#[must_use]
pub fn for_line(text: &str) -> Cow<'_, str> {
    if !text.contains(['\n', '\r', '\t']) {
        return map(text, |_| false);
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
    Cow::Owned(map(&spaced, |_| false).into_owned())
}

/// The display width of `text` in terminal columns.
#[must_use]
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// The longest prefix of `text` that fits in `max` columns, ending with `…` when cut. A wide
/// character that would straddle the edge is left out whole.
#[must_use]
pub fn fit(text: &str, max: usize) -> Cow<'_, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    let budget = max.saturating_sub(1);
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    if max > 0 {
        out.push('…');
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_inert() {
        let s = for_line("a\u{1b}]52;c;aGk=\u{7}b\u{9b}c");
        assert_eq!(s, "a\u{241b}]52;c;aGk=\u{2407}b\u{fffd}c");
        assert!(!s.chars().any(char::is_control));
    }

    #[test]
    fn bidi_overrides_are_shown_not_obeyed() {
        assert_eq!(for_line("abc\u{202e}fed"), "abc\u{fffd}fed");
    }

    #[test]
    fn box_text_keeps_lines_and_tabs() {
        assert_eq!(for_box("a\r\nb\rc\td\u{0}"), "a\nb\nc\td\u{2400}");
        assert!(matches!(for_box("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn fitting_never_cuts_a_wide_character() {
        // Each kana is two columns: 5 columns leave room for two kana and the ellipsis.
        assert_eq!(fit("あいうえお", 5), "あい…");
        assert_eq!(fit("あいうえお", 6), "あい…");
        assert_eq!(fit("あいう", 6), "あいう");
        assert_eq!(fit("abc", 0), "");
    }
}
