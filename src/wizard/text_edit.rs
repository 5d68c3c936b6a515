//! A multi-line text field (ratatui-textarea) for the reason the user may rewrite. It saves as
//! its text, and draws as lines with the cursor in reverse video, so it can sit inside a
//! scrolling step like any other paragraph.

use crossterm::event::KeyEvent;
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use ratatui_textarea::{CursorMove, TextArea};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::sanitize;

/// A multi-line field.
#[derive(Clone, Debug)]
pub struct TextEdit {
    area: Box<TextArea<'static>>,
}

impl TextEdit {
    /// A field holding `text`, the cursor at its end.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut area = TextArea::default();
        area.set_max_histories(64);
        area.insert_str(sanitize::for_box(text));
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Self {
            area: Box::new(area),
        }
    }

    /// The text, lines joined with LF.
    #[must_use]
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Handles a key; true when the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        self.area.input(key)
    }

    /// Inserts pasted text at the cursor.
    pub fn insert(&mut self, text: &str) {
        self.area.insert_str(sanitize::for_box(text));
    }

    /// The lines to draw, each as spans; with `focused`, the cursor cell is reversed.
    #[must_use]
    pub fn spans(&self, focused: bool, style: Style) -> Vec<Vec<Span<'static>>> {
        let ratatui_textarea::DataCursor(row, col) = self.area.cursor();
        self.area
            .lines()
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let line = sanitize::for_line(line).into_owned();
                if !focused || i != row {
                    return vec![Span::styled(line, style)];
                }
                let before: String = line.chars().take(col).collect();
                let at = line
                    .chars()
                    .nth(col)
                    .map_or_else(|| " ".to_owned(), String::from);
                let after: String = line.chars().skip(col + 1).collect();
                vec![
                    Span::styled(before, style),
                    Span::styled(at, style.add_modifier(Modifier::REVERSED)),
                    Span::styled(after, style),
                ]
            })
            .collect()
    }
}

impl Serialize for TextEdit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for TextEdit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self::new(&String::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn edits_show_the_cursor_and_save_as_text() {
        let mut t = TextEdit::new("We asked.");
        assert!(t.input(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
        t.insert("Thanks");
        assert_eq!(t.text(), "We asked.\nThanks");
        let lines = t.spans(true, Style::new());
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1][1].content, " ", "cursor after the last character");
        let back: TextEdit = serde_json::from_str(&serde_json::to_string(&t).unwrap()).unwrap();
        assert_eq!(back.text(), t.text());
    }
}
