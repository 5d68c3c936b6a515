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
    /// Where each heading starts and how many lines it takes, so a page never ends with one.
    pub headings: Vec<(usize, usize)>,
}

/// Lines of its section a heading keeps under it on its page.
const KEEP_UNDER_HEADING: usize = 2;

impl Doc {
    /// An empty document `width` columns wide.
    #[must_use]
    pub fn new(width: u16) -> Self {
        Self {
            width: usize::from(width),
            lines: Vec::new(),
            glossed: Glossed::default(),
            headings: Vec::new(),
        }
    }

    /// A section's heading (「■ 再発を防ぐには」): kept on the same page as the start of its
    /// section (see [`Doc::paginate`]).
    pub fn heading(&mut self, text: &str, style: Style) -> &mut Self {
        let start = self.lines.len();
        self.para(text, style);
        self.headings.push((start, self.lines.len() - start));
        self
    }

    /// Lays the lines out on pages of `rows` lines, as Page Down shows them: a heading that
    /// would end a page without the first lines of its section under it moves to the top of
    /// the next page, after blank lines.
    pub fn paginate(&mut self, rows: usize) {
        if rows == 0 {
            return;
        }
        let mut shift = 0;
        for mark in &mut self.headings {
            let at = mark.0 + shift;
            let under = self
                .lines
                .len()
                .saturating_sub(at + mark.1)
                .min(KEEP_UNDER_HEADING);
            let need = mark.1 + under;
            let page_end = (at / rows + 1) * rows;
            let mut pad = 0;
            if at % rows != 0 && at + need > page_end && need <= rows {
                pad = page_end - at;
                self.lines
                    .splice(at..at, std::iter::repeat_n(Line::default(), pad));
                shift += pad;
            }
            mark.0 = at + pad;
        }
    }

    /// Where a view of `rows` lines from `top` ends: at its bottom, or earlier, above a
    /// heading that would stand there without the first lines of its section (scrolling one
    /// line at a time stops anywhere, not only on the pages of [`Doc::paginate`]). The rows
    /// below the end stay blank; the heading comes into view with its lines a little further
    /// down.
    #[must_use]
    pub fn view_end(&self, top: usize, rows: usize) -> usize {
        let bottom = (top + rows).min(self.lines.len());
        self.headings
            .iter()
            .filter(|&&(at, n)| {
                let under = self
                    .lines
                    .len()
                    .saturating_sub(at + n)
                    .min(KEEP_UNDER_HEADING);
                at > top && at < bottom && at + n + under > bottom && n + under <= rows
            })
            .map(|&(at, _)| at)
            .min()
            .unwrap_or(bottom)
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
    /// item (`・`, `1. `), so a wrapped line never falls back to the left edge. A line that
    /// starts with `■` is a heading.
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
            // The text's own headings (an email's 「■ 状況」) stay with their section too.
            let start = self.lines.len();
            self.hang(&format!("{indent}{prefix}"), &rest, style);
            if body.starts_with('■') {
                self.headings.push((start, self.lines.len() - start));
            }
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
        let base = self.lines.len();
        self.headings
            .extend(other.headings.iter().map(|&(at, n)| (at + base, n)));
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
        // A row holds both columns' lines: a heading on either side keeps its row's place.
        let mut headings: Vec<_> = left.headings.into_iter().chain(right.headings).collect();
        headings.sort_unstable();
        headings.dedup_by_key(|h| h.0);
        Self {
            width,
            lines,
            glossed: left.glossed.or(right.glossed),
            headings,
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
    fn a_heading_never_ends_a_page() {
        let mut d = Doc::new(20);
        for i in 0..4 {
            d.para(&format!("line {i}"), Style::new());
        }
        d.heading("■ 再発を防ぐには", Style::new());
        d.para("・a", Style::new())
            .para("・b", Style::new())
            .para("・c", Style::new());
        // Pages of five lines: the heading would be the fifth, alone.
        d.paginate(5);
        let lines = text(&d.lines);
        assert_eq!(lines[4], "");
        assert_eq!(lines[5..8], ["■ 再発を防ぐには", "・a", "・b"]);
        assert_eq!(d.headings, [(5, 1)]);
        // One line of the section under it is not enough either; two are.
        let mut d = Doc::new(20);
        for i in 0..3 {
            d.para(&format!("line {i}"), Style::new());
        }
        d.heading("■ 見出し", Style::new());
        d.para("・a", Style::new()).para("・b", Style::new());
        d.paginate(5);
        assert_eq!(text(&d.lines)[5], "■ 見出し");
        let mut d = Doc::new(20);
        d.para("line", Style::new()).para("line", Style::new());
        d.heading("■ 見出し", Style::new());
        d.para("・a", Style::new())
            .para("・b", Style::new())
            .para("・c", Style::new());
        d.paginate(5);
        assert_eq!(text(&d.lines)[2], "■ 見出し");
        // A heading at the top of a page stays.
        let mut d = Doc::new(20);
        d.heading("■ 見出し", Style::new());
        d.para("・a", Style::new());
        d.paginate(5);
        assert_eq!(text(&d.lines), ["■ 見出し", "・a"]);
    }

    #[test]
    fn a_view_scrolled_line_by_line_never_ends_on_a_heading() {
        let mut d = Doc::new(20);
        for i in 0..4 {
            d.para(&format!("line {i}"), Style::new());
        }
        d.heading("■ 見出し", Style::new());
        d.para("・a", Style::new())
            .para("・b", Style::new())
            .para("・c", Style::new());
        // Lines 0..5 would end with the heading alone: the view ends above it.
        assert_eq!(d.view_end(0, 5), 4);
        // With one line of its section under it, still not enough.
        assert_eq!(d.view_end(1, 5), 4);
        // With two, the heading stays.
        assert_eq!(d.view_end(2, 5), 7);
        // A heading at the top of the view stays whatever follows.
        assert_eq!(d.view_end(4, 2), 6);
        // Near the end of the text, what there is under the heading is enough.
        let mut d = Doc::new(20);
        d.para("line", Style::new()).para("line", Style::new());
        d.heading("■ 見出し", Style::new());
        d.para("・a", Style::new());
        assert_eq!(d.view_end(0, 4), 4);
        assert_eq!(d.view_end(0, 3), 2);
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
