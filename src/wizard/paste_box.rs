//! The large box the bounce is pasted into, saved as plain text.
//!
//! Text enters only through [`PasteBox::insert`], which turns CR and CRLF into LF (terminals
//! deliver a paste with CR) and replaces control characters with visible stand-ins, so nothing
//! from the paste can ever act on the terminal.
//!
//! Up to [`EDIT_LIMIT`] the box is a ratatui-textarea and can be edited. A larger paste (a
//! bounce returning a big attachment) is shown read-only: the textarea re-measures every line on
//! each keystroke, which at megabytes would cost more than a frame. Nobody edits an attachment
//! by hand; a new paste replaces such a text.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use ratatui_textarea::{CursorMove, TextArea};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::sanitize;
use crate::i18n::Lang;
use crate::t;

/// The largest text that stays editable, in bytes.
pub const EDIT_LIMIT: usize = 512 * 1024;

#[derive(Clone, Debug)]
enum Inner {
    Edit(Box<TextArea<'static>>),
    View { lines: Vec<String>, top: usize },
}

/// The paste box.
#[derive(Clone, Debug)]
pub struct PasteBox {
    inner: Inner,
    placeholder: String,
}

impl PasteBox {
    /// An empty box with its placeholder in `lang`.
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        let placeholder = t!(lang, "wizard-paste-placeholder");
        Self {
            inner: Inner::Edit(Box::new(editor(&placeholder))),
            placeholder,
        }
    }

    /// Inserts text at the cursor, line ends normalised and control characters made visible.
    /// A text that would grow past [`EDIT_LIMIT`] makes the box read-only; into a read-only
    /// box a paste replaces the text.
    pub fn insert(&mut self, text: &str) {
        let clean = sanitize::for_box(text);
        match &mut self.inner {
            Inner::Edit(area) if self_size(area) + clean.len() <= EDIT_LIMIT => {
                area.insert_str(clean.as_ref());
            }
            Inner::Edit(area) if self_size(area) == 0 => self.inner = view(&clean),
            Inner::Edit(area) => {
                area.insert_str(clean.as_ref());
                let all = area.lines().join("\n");
                self.inner = view(&all);
            }
            Inner::View { .. } => self.inner = view(&clean),
        }
    }

    /// Replaces the whole content (a file or the clipboard was loaded).
    pub fn replace(&mut self, text: &str) {
        self.inner = Inner::Edit(Box::new(editor(&self.placeholder)));
        self.insert(text);
        if let Inner::Edit(area) = &mut self.inner {
            area.move_cursor(CursorMove::Top);
            area.move_cursor(CursorMove::Head);
        }
    }

    /// Hands a key to the box; true when the text changed. A read-only box only scrolls.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        match &mut self.inner {
            Inner::Edit(area) => area.input(key),
            Inner::View { lines, top } => {
                let last = lines.len().saturating_sub(1);
                *top = match key.code {
                    KeyCode::Up => top.saturating_sub(1),
                    KeyCode::Down => (*top + 1).min(last),
                    KeyCode::PageUp => top.saturating_sub(20),
                    KeyCode::PageDown => (*top + 20).min(last),
                    KeyCode::Home => 0,
                    KeyCode::End => last,
                    _ => *top,
                };
                false
            }
        }
    }

    /// Whether the text is too large to edit and only shown.
    #[must_use]
    pub const fn is_read_only(&self) -> bool {
        matches!(self.inner, Inner::View { .. })
    }

    fn lines(&self) -> &[String] {
        match &self.inner {
            Inner::Edit(area) => area.lines(),
            Inner::View { lines, .. } => lines,
        }
    }

    /// The text, lines joined with LF.
    #[must_use]
    pub fn text(&self) -> String {
        self.lines().join("\n")
    }

    /// True when nothing but white space is in the box.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.lines().iter().all(|l| l.trim().is_empty())
    }

    /// The only non-empty line, trimmed, when the box holds exactly one (a typed path).
    #[must_use]
    pub fn single_line(&self) -> Option<&str> {
        let mut lines = self.lines().iter().filter(|l| !l.trim().is_empty());
        let first = lines.next()?;
        lines.next().is_none().then(|| first.trim())
    }

    /// Number of lines.
    #[must_use]
    pub fn line_count(&self) -> usize {
        self.lines().len()
    }

    /// Size of the text in bytes (LF counted).
    #[must_use]
    pub fn byte_len(&self) -> usize {
        self.lines()
            .iter()
            .map(|l| l.len() + 1)
            .sum::<usize>()
            .saturating_sub(1)
    }
}

fn self_size(area: &TextArea<'_>) -> usize {
    area.lines()
        .iter()
        .map(|l| l.len() + 1)
        .sum::<usize>()
        .saturating_sub(1)
}

fn editor(placeholder: &str) -> TextArea<'static> {
    let mut area = TextArea::default();
    area.set_placeholder_text(placeholder);
    area.set_placeholder_style(Style::default().add_modifier(Modifier::DIM));
    area.set_cursor_line_style(Style::default());
    area.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
    area.set_max_histories(16);
    area
}

fn view(text: &str) -> Inner {
    Inner::View {
        lines: text.split('\n').map(str::to_owned).collect(),
        top: 0,
    }
}

impl Widget for &PasteBox {
    fn render(self, area: Rect, buf: &mut Buffer) {
        match &self.inner {
            Inner::Edit(text_area) => text_area.as_ref().render(area, buf),
            Inner::View { lines, top } => {
                let rows = lines
                    .iter()
                    .skip(*top)
                    .take(usize::from(area.height))
                    .map(|l| Line::raw(l.as_str()));
                Paragraph::new(rows.collect::<Vec<_>>()).render(area, buf);
            }
        }
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
        b.replace(&text);
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

    #[test]
    fn a_huge_paste_is_shown_read_only_and_keeps_every_byte() {
        let big = "Received: from mail.example.jp\r".repeat(EDIT_LIMIT / 20);
        let mut b = PasteBox::new(Lang::En);
        b.insert("Subject: x\n");
        b.insert(&big);
        assert!(b.is_read_only());
        assert!(
            b.text()
                .starts_with("Subject: x\nReceived: from mail.example.jp\n")
        );
        assert_eq!(b.byte_len(), b.text().len());
        assert!(
            !b.input(KeyEvent::from(KeyCode::Char('x'))),
            "typing changes nothing"
        );
        b.insert("a new paste");
        assert_eq!(b.text(), "a new paste");
    }
}
