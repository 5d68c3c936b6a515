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
use ratatui_textarea::{CursorMove, TextArea, WrapMode};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::sanitize;
use crate::i18n::Lang;
use crate::t;

/// The largest text that stays editable, in bytes.
pub const EDIT_LIMIT: usize = 512 * 1024;

/// The largest text whose long lines wrap in the box, in bytes (a bounce is a few KiB).
pub const WRAP_LIMIT: usize = 64 * 1024;

#[derive(Clone, Debug)]
enum Inner {
    Edit(Box<TextArea<'static>>),
    View(Viewer),
}

/// A large text kept as one string with the start of every line: no allocation per line.
#[derive(Clone, Debug)]
struct Viewer {
    text: String,
    starts: Vec<usize>,
    top: usize,
}

impl Viewer {
    fn new(text: String) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            text,
            starts,
            top: 0,
        }
    }

    fn line(&self, i: usize) -> &str {
        let start = self.starts.get(i).copied().unwrap_or(self.text.len());
        let end = self
            .starts
            .get(i + 1)
            .map_or(self.text.len(), |next| next - 1);
        self.text.get(start..end).unwrap_or_default()
    }

    fn lines(&self) -> impl Iterator<Item = &str> {
        (0..self.starts.len()).map(|i| self.line(i))
    }
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
        self.insert_clean(&sanitize::for_box(text));
    }

    /// [`PasteBox::insert`] for text already passed through [`sanitize::for_box`].
    pub fn insert_clean(&mut self, clean: &str) {
        match &mut self.inner {
            Inner::Edit(area) if self_size(area) + clean.len() <= EDIT_LIMIT => {
                area.insert_str(clean);
                set_wrap(area);
            }
            Inner::Edit(area) if self_size(area) == 0 => {
                self.inner = Inner::View(Viewer::new(clean.to_owned()));
            }
            Inner::Edit(area) => {
                area.insert_str(clean);
                let all = area.lines().join("\n");
                self.inner = Inner::View(Viewer::new(all));
            }
            Inner::View(_) => self.inner = Inner::View(Viewer::new(clean.to_owned())),
        }
    }

    /// A new paste in place of the whole text. An editable box keeps the old text in its undo
    /// history (Ctrl+U brings it back); a read-only one is simply replaced.
    pub fn paste_over(&mut self, clean: &str) {
        match &mut self.inner {
            Inner::Edit(area) if clean.len() <= EDIT_LIMIT => {
                area.select_all();
                area.insert_str(clean);
                set_wrap(area);
            }
            _ => self.inner = Inner::View(Viewer::new(clean.to_owned())),
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
            Inner::Edit(area) => {
                let changed = area.input(key);
                if changed {
                    set_wrap(area);
                }
                changed
            }
            Inner::View(v) => {
                let last = v.starts.len().saturating_sub(1);
                let top = v.top;
                v.top = match key.code {
                    KeyCode::Up => top.saturating_sub(1),
                    KeyCode::Down => (top + 1).min(last),
                    KeyCode::PageUp => top.saturating_sub(20),
                    KeyCode::PageDown => (top + 20).min(last),
                    KeyCode::Home => 0,
                    KeyCode::End => last,
                    _ => top,
                };
                false
            }
        }
    }

    /// Whether the text is too large to edit and only shown.
    #[must_use]
    pub const fn is_read_only(&self) -> bool {
        matches!(self.inner, Inner::View(_))
    }

    fn lines(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        match &self.inner {
            Inner::Edit(area) => Box::new(area.lines().iter().map(String::as_str)),
            Inner::View(v) => Box::new(v.lines()),
        }
    }

    /// The text, lines joined with LF.
    #[must_use]
    pub fn text(&self) -> String {
        match &self.inner {
            Inner::Edit(area) => area.lines().join("\n"),
            Inner::View(v) => v.text.clone(),
        }
    }

    /// True when nothing but white space is in the box.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        match &self.inner {
            Inner::Edit(area) => area.lines().iter().all(|l| l.trim().is_empty()),
            Inner::View(v) => v.text.trim().is_empty(),
        }
    }

    /// The only non-empty line, trimmed, when the box holds exactly one (a typed path).
    #[must_use]
    pub fn single_line(&self) -> Option<&str> {
        if self.is_read_only() {
            return None;
        }
        let mut lines = self.lines().filter(|l| !l.trim().is_empty());
        let first = lines.next()?;
        lines.next().is_none().then(|| first.trim())
    }

    /// Number of lines.
    #[must_use]
    pub fn line_count(&self) -> usize {
        match &self.inner {
            Inner::Edit(area) => area.lines().len(),
            Inner::View(v) => v.starts.len(),
        }
    }

    /// Size of the text in bytes (LF counted).
    #[must_use]
    pub fn byte_len(&self) -> usize {
        match &self.inner {
            Inner::Edit(area) => self_size(area),
            Inner::View(v) => v.text.len(),
        }
    }
}

/// At most the first `max` bytes of a line, cut at a character boundary: only what fits on
/// screen is drawn, however long the line.
fn head(line: &str, max: usize) -> &str {
    let mut end = max.min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    line.get(..end).unwrap_or_default()
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

/// A long line (a server's reply) wraps inside the box instead of running out of sight, up to
/// [`WRAP_LIMIT`]; beyond it, re-wrapping on every key would cost more than a frame.
fn set_wrap(area: &mut TextArea<'_>) {
    let mode = if self_size(area) <= WRAP_LIMIT {
        WrapMode::WordOrGlyph
    } else {
        WrapMode::None
    };
    if area.wrap_mode() != mode {
        area.set_wrap_mode(mode);
    }
}

impl Widget for &PasteBox {
    fn render(self, area: Rect, buf: &mut Buffer) {
        match &self.inner {
            Inner::Edit(text_area) => text_area.as_ref().render(area, buf),
            Inner::View(v) => {
                let rows = (v.top..v.starts.len())
                    .take(usize::from(area.height))
                    .map(|i| Line::raw(head(v.line(i), usize::from(area.width) * 4)));
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
