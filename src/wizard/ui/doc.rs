//! A step's body as lines already wrapped to the width, so scrolling, side-by-side columns and
//! "does it fit" are plain arithmetic. Wrapping breaks English at spaces and Japanese between
//! characters, and never splits a wide character.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use crate::wizard::sanitize;

/// Lines wrapped to one width.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    /// The width every line fits in.
    pub width: usize,
    /// The lines.
    pub lines: Vec<Line<'static>>,
}

impl Doc {
    /// An empty document `width` columns wide.
    #[must_use]
    pub fn new(width: u16) -> Self {
        Self {
            width: usize::from(width),
            lines: Vec::new(),
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
        self.lines.extend(wrap(spans, self.width, hang));
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

    /// Appends another document's lines.
    pub fn append(&mut self, other: Self) -> &mut Self {
        self.lines.extend(other.lines);
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
        Self { width, lines }
    }
}

/// Wraps styled spans to `width` columns. English breaks at the last space; text without
/// spaces (Japanese) breaks between characters.
#[must_use]
pub fn wrap(spans: &[Span<'_>], width: usize, hang: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let hang = if hang * 2 > width { 0 } else { hang };
    let cells: Vec<(char, Style)> = spans
        .iter()
        .flat_map(|s| s.content.chars().map(move |c| (c, s.style)))
        .collect();
    let mut out = Vec::new();
    let mut line: Vec<(char, Style)> = Vec::new();
    let mut used = 0;
    let mut first = true;
    for (c, style) in cells {
        let w = c.width().unwrap_or(0);
        if used + w > width && !line.is_empty() {
            // Overflowing on a space: the line ends right here and the space goes.
            let mut keep = if c == ' ' {
                line.len()
            } else {
                break_point(&line, first, hang)
            };
            // Japanese line-breaking: 、。) and the like never start a line, and ( 「 never
            // end one. The characters around them move down together (`)。` is two).
            let floor = if first { 1 } else { hang + 1 };
            let next = |k: usize| line.get(k).map_or(c, |(ch, _)| *ch);
            for _ in 0..3 {
                let opening_last = line
                    .get(keep.wrapping_sub(1))
                    .is_some_and(|(ch, _)| is_opening(*ch));
                if keep <= floor || !(is_closing(next(keep)) || opening_last) {
                    break;
                }
                keep -= 1;
            }
            let rest: Vec<_> = line.split_off(keep);
            out.push(to_line(&line));
            line = vec![(' ', Style::new()); hang];
            // A space at a break is swallowed.
            line.extend(rest.into_iter().skip_while(|(c, _)| *c == ' '));
            used = line.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
            first = false;
            if c == ' ' {
                continue;
            }
        }
        line.push((c, style));
        used += w;
    }
    if !line.is_empty() || out.is_empty() {
        out.push(to_line(&line));
    }
    out
}

/// Where to cut a full line: before a trailing English word (so `Esc` is not split), or
/// between characters when the line ends in Japanese or the word is too long to move.
fn break_point(line: &[(char, Style)], first: bool, hang: usize) -> usize {
    let start = if first { 0 } else { hang };
    let narrow = |c: char| c != ' ' && c.width().unwrap_or(0) == 1;
    let word = line.iter().rev().take_while(|(c, _)| narrow(*c)).count();
    let at = line.len() - word;
    if word > 0 && at > start && word * 2 < line.len() {
        at
    } else {
        line.len()
    }
}

/// Brackets that must not end a line.
const fn is_opening(c: char) -> bool {
    matches!(c, '(' | '（' | '「' | '『' | '【' | '[')
}

/// Punctuation, and the small kana of a word (チ|ェック), that must not begin a line.
const fn is_closing(c: char) -> bool {
    matches!(
        c,
        'ぁ' | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | '、'
            | '。'
            | '，'
            | '．'
            | '）'
            | ')'
            | '」'
            | '』'
            | '】'
            | '！'
            | '？'
            | 'ー'
            | '・'
            | '：'
            | ','
            | '.'
            | '!'
            | '?'
            | ':'
            | ';'
    )
}

fn to_line(cells: &[(char, Style)]) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    for (c, style) in cells {
        match spans.last_mut() {
            Some(last) if last.style == *style => last.content.to_mut().push(*c),
            _ => spans.push(Span::styled(c.to_string(), *style)),
        }
    }
    // Trailing spaces would only pad; dropping them keeps snapshots and copies tidy.
    if let Some(last) = spans.last_mut() {
        let trimmed = last.content.trim_end().to_owned();
        last.content = trimmed.into();
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn english_breaks_at_spaces() {
        let l = wrap(&[Span::raw("We asked the hosting provider to act.")], 16, 0);
        assert_eq!(text(&l), ["We asked the", "hosting provider", "to act."]);
    }

    #[test]
    fn japanese_breaks_between_characters_and_never_overflows() {
        let l = wrap(
            &[Span::raw("共有サーバーのため再発の保証はできません")],
            11,
            0,
        );
        for line in &l {
            assert!(line.width() <= 11, "{line}");
        }
        assert_eq!(
            text(&l).concat(),
            "共有サーバーのため再発の保証はできません"
        );
    }

    #[test]
    fn closing_marks_never_start_a_line_even_two_of_them() {
        // `)。` would be left alone at the start of the second line: the last character of
        // the first line comes down with it.
        let l = wrap(&[Span::raw("あいうえおかきく)。")], 18, 0);
        assert_eq!(text(&l), ["あいうえおかき", "く)。"]);
        let l = wrap(&[Span::raw("あいうえおかきく「けこ」")], 18, 0);
        assert_eq!(text(&l), ["あいうえおかきく", "「けこ」"]);
        let l = wrap(&[Span::raw("あいうえおかきくチェック")], 18, 0);
        assert_eq!(text(&l), ["あいうえおかきく", "チェック"]);
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
