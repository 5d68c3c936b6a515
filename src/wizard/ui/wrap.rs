//! Line breaking for the screens: English breaks at spaces, Japanese between characters,
//! following the usual Japanese rules (a closing mark or a small kana never starts a line, an
//! opening bracket never ends one); a wide character is never split.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// Wraps styled spans to `width` columns. English breaks at the last space; text without
/// spaces (Japanese) breaks between characters, and its last line is never one or two
/// characters alone (「す。」): they take a few characters of the line above with them.
#[must_use]
pub fn wrap(spans: &[Span<'_>], width: usize, hang: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let hang = if hang * 2 > width { 0 } else { hang };
    let cells: Vec<(char, Style)> = spans
        .iter()
        .flat_map(|s| s.content.chars().map(move |c| (c, s.style)))
        .collect();
    let mut out: Vec<Vec<(char, Style)>> = Vec::new();
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
            out.push(line);
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
        out.push(line);
    }
    no_widow(&mut out, hang);
    out.iter().map(|l| to_line(l)).collect()
}

/// The fewest characters a Japanese paragraph's last line holds: 「す。」 alone reads as a
/// mistake.
const LAST_LINE_MIN: usize = 3;

/// Gives a Japanese paragraph's short last line characters from the line above (which was
/// broken between characters, not at a space), keeping the line-breaking rules at the new
/// break and leaving the line above more than half full.
fn no_widow(lines: &mut [Vec<(char, Style)>], hang: usize) {
    let [.., above, last] = lines else {
        return;
    };
    let text = |l: &[(char, Style)]| l.iter().skip(hang).filter(|(c, _)| *c != ' ').count();
    let short = text(last);
    let wide = |c: char| c.width().unwrap_or(0) == 2 || is_closing(c) && !c.is_ascii();
    if short == 0
        || short >= LAST_LINE_MIN
        || !last.iter().skip(hang).all(|(c, _)| wide(*c))
        || !above.last().is_some_and(|(c, _)| wide(*c))
    {
        return;
    }
    let floor = above.len() / 2 + 1;
    let mut keep = above.len() - (LAST_LINE_MIN - short).min(above.len());
    // The new break obeys the same rules as any other.
    while keep > floor
        && (is_closing(above[keep].0) || above.get(keep - 1).is_some_and(|(c, _)| is_opening(*c)))
    {
        keep -= 1;
    }
    if keep <= floor || above[keep..].iter().any(|(c, _)| !wide(*c)) {
        return;
    }
    let moved = above.split_off(keep);
    let at = hang.min(last.len());
    last.splice(at..at, moved);
}

/// Where to cut a full line: before a trailing English word (so `Esc` is not split), or
/// between characters when the line ends in Japanese or the word is too long to move.
fn break_point(line: &[(char, Style)], first: bool, hang: usize) -> usize {
    let start = if first { 0 } else { hang };
    let narrow = |c: char| c != ' ' && c.width().unwrap_or(0) == 1;
    let word = line.iter().rev().take_while(|(c, _)| narrow(*c)).count();
    let at = line.len() - word;
    // A link moves down whole, however long: broken mid-word it cannot be read out or typed
    // (it is cut only where it is wider than a whole line).
    let is_url = line[at..]
        .iter()
        .map(|(c, _)| *c)
        .collect::<String>()
        .contains("://");
    if word > 0 && at > start && (is_url || word * 2 < line.len()) {
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
    fn a_link_moves_to_its_own_line_whole() {
        let url = "https://servicecentral.trendmicro.com/en-us/ers/ip-lookup/";
        for lead in ["Open it: ", "確認ページ: "] {
            let l = wrap(&[Span::raw(format!("{lead}{url} then"))], 62, 0);
            assert!(
                text(&l).iter().any(|line| line.trim() == url),
                "{:?}",
                text(&l)
            );
        }
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
    fn the_basic_closing_marks_never_start_a_line() {
        let text_of =
            "共用サーバーを使っています。そのため、リストに載りました」。本当ですか！はい？";
        for width in 6..40 {
            let l = wrap(&[Span::raw(text_of)], width, 0);
            for line in text(&l).iter().skip(1) {
                let head = line.chars().next().unwrap();
                assert!(
                    !"。、」)！？".contains(head),
                    "{width}: {line:?} in {:?}",
                    text(&l)
                );
            }
            assert_eq!(text(&l).concat(), text_of);
        }
    }

    #[test]
    fn a_japanese_paragraph_never_ends_with_two_characters_alone() {
        // 18 columns hold nine characters: 「す。」 would be left alone on the third line.
        let para = "あいうえおかきくけこさしすせそたちつてとなに「共用」です。";
        let l = wrap(&[Span::raw(para)], 18, 0);
        let lines = text(&l);
        assert_eq!(lines[2..], ["てとなに「共用」", "です。"]);
        assert!(
            lines.last().unwrap().chars().count() >= LAST_LINE_MIN,
            "{lines:?}"
        );
        assert_eq!(lines.concat(), para);
        for line in &lines {
            assert!(sanitize_width(line) <= 18, "{lines:?}");
        }
        // Under a hanging indent too.
        let l = wrap(&[Span::raw(format!("・{para}"))], 20, 2);
        let lines = text(&l);
        assert!(
            lines.last().unwrap().trim().chars().count() >= LAST_LINE_MIN,
            "{lines:?}"
        );
        assert!(lines.last().unwrap().starts_with("  "), "{lines:?}");
        // English keeps its short last word: it broke at a space.
        let l = wrap(&[Span::raw("We asked the provider to act on it.")], 32, 0);
        assert_eq!(text(&l), ["We asked the provider to act on", "it."]);
    }

    fn sanitize_width(s: &str) -> usize {
        s.chars().map(|c| c.width().unwrap_or(0)).sum()
    }
}
