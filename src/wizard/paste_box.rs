//! The large box the bounce is pasted into: a ratatui-textarea that saves as plain text.
//!
//! Text enters only through [`PasteBox::insert`], which turns CR and CRLF into LF (terminals
//! deliver a paste with CR) and replaces control characters with visible stand-ins, so nothing
//! from the paste can ever act on the terminal.

use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::sanitize;
use crate::i18n::Lang;
use crate::t;

/// The paste box.
#[derive(Clone, Debug)]
pub struct PasteBox {
    area: TextArea<'static>,
}

impl PasteBox {
    /// An empty box with its placeholder in `lang`.
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        let mut area = TextArea::default();
        area.set_placeholder_text(t!(lang, "wizard-paste-placeholder"));
        area.set_placeholder_style(Style::default().add_modifier(Modifier::DIM));
        area.set_cursor_line_style(Style::default());
        area.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
        // Pasted mail is read, not edited: a long line scrolls sideways instead of wrapping,
        // which keeps every keystroke cheap even with megabytes in the box.
        area.set_max_histories(16);
        Self { area }
    }

    /// Inserts text at the cursor, line ends normalised and control characters made visible.
    pub fn insert(&mut self, text: &str) {
        let clean = sanitize::for_box(text);
        self.area.insert_str(clean.as_ref());
    }

    /// Replaces the whole content (a file or the clipboard was loaded).
    pub fn replace(&mut self, text: &str) {
        self.area.select_all();
        self.area.cut();
        self.insert(text);
        self.area.move_cursor(CursorMove::Top);
        self.area.move_cursor(CursorMove::Head);
    }

    /// Hands a key to the text area; true when the text changed.
    pub fn input(&mut self, key: crossterm::event::KeyEvent) -> bool {
        self.area.input(key)
    }

    /// The text, lines joined with LF.
    #[must_use]
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// True when nothing but white space is in the box.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.area.lines().iter().all(|l| l.trim().is_empty())
    }

    /// The only non-empty line, trimmed, when the box holds exactly one (a typed path).
    #[must_use]
    pub fn single_line(&self) -> Option<&str> {
        let mut lines = self.area.lines().iter().filter(|l| !l.trim().is_empty());
        let first = lines.next()?;
        lines.next().is_none().then(|| first.trim())
    }

    /// Number of lines.
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.area.lines().len()
    }

    /// Size of the text in bytes (LF counted).
    #[must_use]
    pub fn byte_len(&self) -> usize {
        self.area
            .lines()
            .iter()
            .map(|l| l.len() + 1)
            .sum::<usize>()
            .saturating_sub(1)
    }

    /// The widget, for drawing.
    #[must_use]
    pub fn widget(&self) -> &TextArea<'static> {
        &self.area
    }
}

impl Serialize for PasteBox {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for PasteBox {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        // The placeholder is set again by the wizard, which knows the language.
        let mut b = Self::new(Lang::En);
        b.insert(&text);
        b.area.move_cursor(CursorMove::Top);
        Ok(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paste_with_cr_becomes_lines_and_controls_are_visible() {
        let mut b = PasteBox::new(Lang::Ja);
        b.insert("line one\rline\u{1b}[31m two\r\nthree");
        assert_eq!(b.line_count(), 3);
        assert_eq!(b.text(), "line one\nline\u{241b}[31m two\nthree");
        assert!(!b.text().contains('\u{1b}'));
    }

    #[test]
    fn single_line_is_found_among_blank_lines() {
        let mut b = PasteBox::new(Lang::En);
        b.insert("\n  /tmp/bounce.eml  \n\n");
        assert_eq!(b.single_line(), Some("/tmp/bounce.eml"));
        b.insert("second line");
        assert_eq!(b.single_line(), None);
    }

    #[test]
    fn saves_and_loads_as_plain_text() {
        let mut b = PasteBox::new(Lang::Ja);
        b.insert("宛先\n不明");
        let json = serde_json::to_string(&b).unwrap();
        assert_eq!(json, "\"宛先\\n不明\"");
        let back: PasteBox = serde_json::from_str(&json).unwrap();
        assert_eq!(back.text(), "宛先\n不明");
        assert_eq!(b.byte_len(), "宛先\n不明".len());
    }
}
