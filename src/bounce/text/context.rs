//! What surrounds a reply: the command it answered and, when a bounce quotes no reply at all,
//! the sentence that explains the failure (the server that answered is `remote.rs`'s).

use std::ops::Range;

use super::Line;
use super::reply::Reply;
use crate::bounce::SmtpCommand;
use crate::bounce::document::squeeze;
use crate::bounce::smtp;

/// The command a reply answered: its `(in reply to …)` note, the transcript's last `>>>`
/// line before it, or the wording of the lines leading to it.
pub fn command(
    lines: &[Line<'_>],
    lead: Range<usize>,
    block: Range<usize>,
    reply: Option<&Reply>,
    addr: Option<&str>,
) -> Option<SmtpCommand> {
    if let Some(note) = reply.and_then(|r| r.note.as_deref())
        && let Some(c) = smtp::find_command(note)
    {
        return Some(c);
    }
    let stop = reply.map_or(lead.end, |r| r.line);
    for i in (lead.start..stop).rev() {
        let t = lines.get(i).map_or("", |l| l.text.trim_start());
        if let Some(sent) = t.strip_prefix(">>>") {
            return transcript_command(sent);
        }
        if t.starts_with("<<<") && i + 1 < stop {
            break;
        }
    }
    let before: String = (lead.start..(stop + 1).min(lines.len()))
        .filter_map(|i| lines.get(i).map(|l| l.text))
        .collect::<Vec<_>>()
        .join(" ");
    let own = reply.map_or("", |r| r.text.as_str());
    smtp::find_command(&squeeze(&format!("{before} {own}")))
        .or_else(|| addr.and_then(|a| transcript_failure(lines, block.clone(), Some(a))))
        .or_else(|| transcript_failure(lines, block, None))
}

/// In a transcript elsewhere in the block, the command sent before the first failure reply
/// (a Sendmail report lists the recipients first and the session after them); with `addr`,
/// the first failure reply that names it (one session refusing two recipients at two stages).
fn transcript_failure(
    lines: &[Line<'_>],
    block: Range<usize>,
    addr: Option<&str>,
) -> Option<SmtpCommand> {
    let addr = addr.map(str::to_ascii_lowercase);
    let mut sent = None;
    for i in block {
        let t = lines.get(i).map_or("", |l| l.text.trim_start());
        if let Some(s) = t.strip_prefix(">>>") {
            sent = transcript_command(s);
        } else if let Some(r) = t.strip_prefix("<<<")
            && r.trim_start().starts_with(['4', '5'])
            && sent.is_some()
            && addr
                .as_deref()
                .is_none_or(|a| r.to_ascii_lowercase().contains(a))
        {
            return sent;
        }
    }
    None
}

fn transcript_command(sent: &str) -> Option<SmtpCommand> {
    let word = sent
        .trim()
        .split([' ', ':'])
        .next()
        .unwrap_or("")
        .to_ascii_uppercase();
    Some(match word.as_str() {
        "EHLO" => SmtpCommand::Ehlo,
        "HELO" => SmtpCommand::Helo,
        "MAIL" => SmtpCommand::Mail,
        "RCPT" => SmtpCommand::Rcpt,
        "DATA" | "." => SmtpCommand::Data,
        "STARTTLS" => SmtpCommand::StartTls,
        _ => return None,
    })
}

/// When no reply is quoted: the recipient's explanation (the rest of its line, or the next
/// paragraph after labels such as "because:"), as one line with its span.
pub fn explanation(
    lines: &[Line<'_>],
    seg: Range<usize>,
    addr: Option<&str>,
) -> Option<(String, Range<usize>)> {
    if let Some(found) = addr.and_then(|a| after_colon(lines, seg.clone(), a)) {
        return Some(found);
    }
    let mut i = seg.start;
    if let (Some(first), Some(addr)) = (lines.get(i), addr) {
        let rest = strip_address(first.text, addr);
        if words(&rest) >= 3 && !is_label(&rest) && !rest.starts_with("on ") {
            return paragraph(lines, i, seg.end);
        }
        i += 1;
    }
    while i < seg.end {
        let t = lines.get(i).map_or("", |l| l.text.trim());
        if t.is_empty() || is_label(t) || is_rule(t) {
            i += 1;
            continue;
        }
        if t.contains('@') && words(t) <= 3 {
            // Another address line (a list of recipients): no explanation here.
            return None;
        }
        return paragraph(lines, i, seg.end);
    }
    None
}

/// "a@b.example: Domain does not exist": the explanation that follows the address on a line of
/// `seg` (the first such line), with the lines it is wrapped onto.
pub fn after_colon(
    lines: &[Line<'_>],
    seg: Range<usize>,
    addr: &str,
) -> Option<(String, Range<usize>)> {
    let (at, first, after) = seg.clone().find_map(|i| {
        let l = lines.get(i)?;
        after_address_colon(l.text, addr).map(|a| (i, l, a))
    })?;
    // `after` is trimmed at both ends: measure from the line's last visible character, or
    // trailing spaces (a copy from a mail program leaves them) would shift the span.
    let start = first.start + (first.text.trim_end().len() - after.len());
    // Postfix wraps the explanation onto lines indented deeper than the address.
    let indent = |t: &str| t.len() - t.trim_start().len();
    let mut text = squeeze(after);
    let mut end = first.start + first.text.len();
    for l in lines.get(at + 1..seg.end).unwrap_or_default() {
        if l.text.trim().is_empty() || indent(l.text) <= indent(first.text) {
            break;
        }
        text.push(' ');
        text.push_str(&squeeze(l.text));
        end = l.start + l.text.len();
    }
    Some((text, start..end))
}

/// The explanation a bounce gives before its list of recipients ("Remote host is not
/// responding. The following recipients did not receive this message:").
pub fn preamble(lines: &[Line<'_>], before: usize) -> Option<(String, Range<usize>)> {
    let mut end = before;
    while end > 0
        && lines
            .get(end - 1)
            .is_some_and(|l| l.text.trim().is_empty() || is_label(l.text.trim()))
    {
        end -= 1;
    }
    let mut start = end;
    while start > 0
        && lines
            .get(start - 1)
            .is_some_and(|l| !l.text.trim().is_empty() && !is_rule(l.text.trim()))
    {
        start -= 1;
    }
    (start < end).then(|| join(lines, start, end)).flatten()
}

fn paragraph(lines: &[Line<'_>], from: usize, limit: usize) -> Option<(String, Range<usize>)> {
    let mut end = from;
    while end < limit && end - from < 8 {
        let t = lines.get(end).map_or("", |l| l.text.trim());
        if t.is_empty() || is_rule(t) {
            break;
        }
        end += 1;
    }
    join(lines, from, end)
}

fn join(lines: &[Line<'_>], from: usize, to: usize) -> Option<(String, Range<usize>)> {
    let first = lines.get(from)?;
    let last = lines.get(to.checked_sub(1)?)?;
    let text: Vec<&str> = (from..to)
        .filter_map(|i| lines.get(i).map(|l| l.text))
        .collect();
    let text = squeeze(&text.join(" "));
    (!text.is_empty()).then(|| (text, first.start..last.start + last.text.len()))
}

/// The text after `addr:` or `<addr>:` when the line starts with the address.
fn after_address_colon<'a>(line: &'a str, addr: &str) -> Option<&'a str> {
    let t = line.trim_start().trim_start_matches('<');
    let rest = t
        .get(..addr.len())
        .filter(|a| a.eq_ignore_ascii_case(addr))
        .and(t.get(addr.len()..))?;
    let rest = rest
        .strip_prefix('>')
        .unwrap_or(rest)
        .strip_prefix(':')?
        .trim();
    (!rest.is_empty()).then_some(rest)
}

fn strip_address(line: &str, addr: &str) -> String {
    let lower = line.to_ascii_lowercase();
    let a = addr.to_ascii_lowercase();
    let rest = match lower.find(&a) {
        Some(p) => format!(
            "{} {}",
            line.get(..p).unwrap_or(""),
            line.get(p + a.len()..).unwrap_or("")
        ),
        None => line.to_owned(),
    };
    rest.trim_matches(|c: char| c.is_whitespace() || "<>:;,.\"'()[]".contains(c))
        .to_owned()
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// "because:", "Technical details of permanent failure:" — a label, not an explanation.
fn is_label(t: &str) -> bool {
    t.ends_with(':') && words(t) <= 8
}

fn is_rule(t: &str) -> bool {
    let rule: String = t.chars().take(4).collect();
    rule.chars().count() >= 3
        && rule
            .chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | '#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_spaces_do_not_shift_the_explanation() {
        let t = "<a@example.jp>: Host not found   \n    for name=example.jp   \n";
        let lines = super::super::lines_of(t, 0..t.len());
        let (text, span) = after_colon(&lines, 0..lines.len(), "a@example.jp").unwrap();
        assert_eq!(text, "Host not found for name=example.jp");
        assert!(t.get(span).unwrap().starts_with("Host not found"));
    }
}
