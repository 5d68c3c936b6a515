//! A one-line text field (tui-input) that saves as its value and cursor, and draws itself as a
//! line with the cursor shown in reverse video, scrolled so the cursor stays in view.

use crossterm::event::{Event, KeyEvent};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use tui_input::Input;
use tui_input::backend::crossterm::to_input_request;
use unicode_width::UnicodeWidthChar;

use super::sanitize;

/// A one-line field.
#[derive(Clone, Debug, Default)]
pub struct LineEdit {
    input: Input,
}

impl LineEdit {
    /// A field holding `value`, the cursor at its end.
    #[must_use]
    pub fn new(value: &str) -> Self {
        Self {
            input: Input::new(value.to_owned()),
        }
    }

    /// The text.
    #[must_use]
    pub fn value(&self) -> &str {
        self.input.value()
    }

    /// Handles a key; true when the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        to_input_request(&Event::Key(key))
            .and_then(|req| self.input.handle(req))
            .is_some_and(|c| c.value)
    }

    /// Inserts pasted text at the cursor; line ends become spaces, controls are made visible.
    pub fn insert(&mut self, text: &str) {
        for c in sanitize::for_line(text).chars() {
            self.input.handle(tui_input::InputRequest::InsertChar(c));
        }
    }

    /// The field as one line of `width` columns; with `focused`, the cursor is drawn.
    #[must_use]
    pub fn line(&self, width: usize, focused: bool, style: Style) -> Line<'static> {
        let value = sanitize::for_line(self.input.value()).into_owned();
        if !focused {
            return Line::from(Span::styled(
                sanitize::fit(&value, width).into_owned(),
                style,
            ));
        }
        let cursor = self.input.cursor();
        let before: String = value.chars().take(cursor).collect();
        let at: Option<char> = value.chars().nth(cursor);
        let after: String = value.chars().skip(cursor + 1).collect();
        // Keep the cursor in view: drop characters from the left until it fits.
        let room = width.saturating_sub(1);
        let mut shown = before.as_str();
        while sanitize::width(shown) > room {
            let mut it = shown.chars();
            it.next();
            shown = it.as_str();
        }
        let cursor_style = style.add_modifier(Modifier::REVERSED);
        let at_text = at.map_or_else(|| " ".to_owned(), String::from);
        let used = sanitize::width(shown) + at.and_then(UnicodeWidthChar::width).unwrap_or(1);
        let tail = sanitize::fit(&after, width.saturating_sub(used)).into_owned();
        Line::from(vec![
            Span::styled(shown.to_owned(), style),
            Span::styled(at_text, cursor_style),
            Span::styled(tail, style),
        ])
    }
}

impl Serialize for LineEdit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.input.value(), self.input.cursor()).serialize(s)
    }
}

impl<'de> Deserialize<'de> for LineEdit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (value, cursor) = <(String, usize)>::deserialize(d)?;
        let len = value.chars().count();
        Ok(Self {
            input: Input::new(value).with_cursor(cursor.min(len)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn typing_and_saving_keep_value_and_cursor() {
        let mut f = LineEdit::new("203.0.113");
        assert!(f.input(KeyEvent::new(KeyCode::Char('.'), KeyModifiers::NONE)));
        f.insert("25\n");
        assert_eq!(f.value(), "203.0.113.25 ");
        let json = serde_json::to_string(&f).unwrap();
        let back: LineEdit = serde_json::from_str(&json).unwrap();
        assert_eq!(back.value(), f.value());
    }

    #[test]
    fn a_long_value_scrolls_so_the_cursor_stays_visible() {
        let f = LineEdit::new("山田太郎山田太郎山田太郎");
        let line = f.line(10, true, Style::new());
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(text.ends_with(' '), "cursor cell at the end: {text:?}");
        assert!(line.width() <= 10, "{text:?} is {} wide", line.width());
    }
}
