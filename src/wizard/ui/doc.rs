//! A step's body as lines already wrapped to the width (by [`super::wrap`]), so scrolling,
//! side-by-side columns and "does it fit" are plain arithmetic.

use super::wrap::wrap;
use crate::wizard::sanitize;
use crate::words::Glossed;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Lines wrapped to one width.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    /// The width every line fits in.
    pub width: usize,
    /// The lines.
    pub lines: Vec<Line<'static>>,
    /// Jargon already explained in this document: 逆引き(PTR) the first time, then 逆引き.
    pub glossed: Glossed,
}

impl Doc {
    /// An empty document `width` columns wide.
    #[must_use]
    pub fn new(width: u16) -> Self {
        Self {
            width: usize::from(width),
            lines: Vec::new(),
            glossed: Glossed::default(),
        }
    }

    /// A paragraph in one style.
    pub fn para(&mut self, text: &str, style: Style) -> &mut Self {
        for l in text.split('\n') {
            self.spans(
                &[Span::styled(sanitize::for_line(l).into_owned(), style)],
                0,
            );
        }
        self
    }

    /// A paragraph with a prefix (`・`, `1. `, `⚠ `); continuation lines align after it.
    pub fn hang(&mut self, prefix: &str, text: &str, style: Style) -> &mut Self {
        let indent = sanitize::width(prefix);
        let mut first = true;
        for l in text.split('\n') {
            let lead = if first {
                prefix.to_owned()
            } else {
                " ".repeat(indent)
            };
            first = false;
            self.spans(
                &[
                    Span::styled(lead, style),
                    Span::styled(sanitize::for_line(l).into_owned(), style),
                ],
                indent,
            );
        }
        self
    }

    /// Text whose lines carry their own layout (an email, a quoted server reply): after
    /// `indent`, each line wraps under its own first character, and under the text of a list
    /// item (`・`, `1. `), so a wrapped line never falls back to the left edge.
    pub fn block(&mut self, indent: &str, text: &str, style: Style) -> &mut Self {
        for l in text.split('\n') {
            let body = l.trim_start_matches(' ');
            let lead = l.chars().count() - body.chars().count();
            let digits = body.chars().take_while(char::is_ascii_digit).count();
            let marker = if body.starts_with('・') {
                1
            } else if digits > 0 && body.chars().skip(digits).take(2).eq(['.', ' ']) {
                digits + 2
            } else if body.starts_with("- ") {
                2
            } else {
                0
            };
            let prefix: String = l.chars().take(lead + marker).collect();
            let rest: String = l.chars().skip(lead + marker).collect();
            self.hang(&format!("{indent}{prefix}"), &rest, style);
        }
        self
    }

    /// Styled spans as one paragraph; continuation lines are indented by `hang` columns.
    pub fn spans(&mut self, spans: &[Span<'_>], hang: usize) -> &mut Self {
        let glossed: Vec<Span<'_>> = spans
            .iter()
            .map(|s| Span::styled(self.glossed.apply(&s.content).into_owned(), s.style))
            .collect();
        self.lines.extend(wrap(&glossed, self.width, hang));
        self
    }

    /// A line as it is, cut at the width if too long.
    pub fn raw(&mut self, line: Line<'static>) -> &mut Self {
        self.lines.push(line);
        self
    }

    /// An empty line.
    pub fn blank(&mut self) -> &mut Self {
        self.lines.push(Line::default());
        self
    }

    /// Appends another document's lines. Its words were explained there, so they count as
    /// explained here too.
    pub fn append(&mut self, other: Self) -> &mut Self {
        self.lines.extend(other.lines);
        self.glossed = self.glossed.or(other.glossed);
        self
    }

    /// Two documents side by side, the left padded to its width plus a gap of `gap` columns.
    #[must_use]
    pub fn beside(left: Self, right: Self, gap: usize) -> Self {
        let width = left.width + gap + right.width;
        let rows = left.lines.len().max(right.lines.len());
        let mut l = left.lines.into_iter();
        let mut r = right.lines.into_iter();
        let mut lines = Vec::with_capacity(rows);
        for _ in 0..rows {
            let mut spans = l.next().unwrap_or_default().spans;
            let used: usize = spans.iter().map(Span::width).sum();
            spans.push(Span::raw(" ".repeat(left.width.saturating_sub(used) + gap)));
            spans.extend(r.next().unwrap_or_default().spans);
            lines.push(Line::from(spans));
        }
        Self {
            width,
            lines,
            glossed: left.glossed.or(right.glossed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_block_keeps_each_line_under_its_own_indentation() {
        let mut d = Doc::new(20);
        d.block(
            "  ",
            "Dear team\n    450 4.7.1 refused due to the sender IP\n・あいうえおかきくけこさしす",
            Style::new(),
        );
        assert_eq!(
            text(&d.lines),
            [
                "  Dear team",
                "      450 4.7.1",
                "      refused due to",
                "      the sender IP",
                "  ・あいうえおかきく",
                "    けこさしす",
            ]
        );
    }

    #[test]
    fn hanging_indent_aligns_continuations() {
        let mut d = Doc::new(14);
        d.hang("・", "あいうえおかきくけこ", Style::new());
        assert_eq!(text(&d.lines), ["・あいうえおか", "  きくけこ"]);
    }

    #[test]
    fn columns_pad_the_left_side() {
        let mut l = Doc::new(6);
        l.para("ab", Style::new());
        let mut r = Doc::new(4);
        r.para("日本", Style::new()).para("語", Style::new());
        let d = Doc::beside(l, r, 1);
        assert_eq!(text(&d.lines), ["ab     日本", "       語"]);
    }
}
