//! Text from a bounce on screen, harmlessly: control characters, bidirectional overrides and
//! zero-width characters become visible stand-ins ([`crate::safe_text`], shared with the command
//! line). Cutting to a width never splits a wide (Japanese) character.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

pub use crate::safe_text::{for_box, for_line};

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
    fn fitting_never_cuts_a_wide_character() {
        // Each kana is two columns: 5 columns leave room for two kana and the ellipsis.
        assert_eq!(fit("あいうえお", 5), "あい…");
        assert_eq!(fit("あいうえお", 6), "あい…");
        assert_eq!(fit("あいう", 6), "あいう");
        assert_eq!(fit("abc", 0), "");
    }
}
