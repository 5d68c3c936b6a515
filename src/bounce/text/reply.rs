//! One server reply out of running text: where it starts (`550 …`, `<<< 450 …`, `said: 554 …`,
//! `Remote Server returned '550 …'`), the lines it continues on, and the reply joined into one
//! line (`421-4.7.28 a` / `421 4.7.28 b` → `421 4.7.28 a b`).

use std::ops::Range;

use super::Line;
use super::join::join;
use crate::bounce::smtp;
use crate::bounce::status::ReplyCode;

/// A reply found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    /// The reply, joined into one line.
    pub text: String,
    /// Where it stands in the text (first to last line).
    pub span: Range<usize>,
    /// Index of the line it starts on.
    pub line: usize,
    /// Its reply code.
    pub code: ReplyCode,
    /// The text of an `(in reply to … command)` note that followed it.
    pub note: Option<String>,
}

/// Words that, ending the text before a code, show the code starts a reply.
const LEADS: [&str; 12] = [
    "said", "returned", "reason", "error", "response", "reply", "deferred", "failed", "with",
    "answered", "replied", "message",
];

/// Where a reply code opens a reply on this line (byte column), if it does.
fn anchor(line: &str) -> Option<(usize, ReplyCode)> {
    smtp::replies(line).into_iter().find(|&(at, _)| {
        let next = line.as_bytes().get(at + 3).copied();
        if !matches!(next, None | Some(b' ' | b'-' | b'\t')) {
            return false;
        }
        let before = line.get(..at).unwrap_or("");
        let stripped =
            before.trim_start_matches(|c: char| c.is_whitespace() || "#<>*([\"'".contains(c));
        if stripped.is_empty() {
            return true;
        }
        let tail = before.trim_end();
        // A Japanese label ends with a full-width colon: "エラー内容：550 5.7.1 …".
        if tail.ends_with([':', ';', '\'', '"', '(', '[', '#', '>', '=', '：']) {
            return true;
        }
        let lower = tail.to_ascii_lowercase();
        LEADS.iter().any(|w| lower.ends_with(w))
    })
}

/// The first failure reply (4xx/5xx; 2xx only when there is none) in `range` of `lines`.
///
/// A reply that is no more than its codes ("Status code: 554 5.7.1", a summary above the
/// details) gives way to a later reply with the same code that says something.
pub fn first(lines: &[Line<'_>], range: Range<usize>) -> Option<Reply> {
    let mut success: Option<usize> = None;
    let mut bare: Option<Reply> = None;
    for i in range.clone() {
        let Some(line) = lines.get(i) else { break };
        if let Some((_, code)) = anchor(line.text) {
            if code.class() != 2 {
                let Some((mut r, complete)) = extract_checked(lines, i, range.end) else {
                    continue;
                };
                if !complete && let Some(full) = completed_later(lines, i + 1..range.end, &r) {
                    r = full;
                }
                match &bare {
                    None if words_after_codes(&r.text) == 0 => bare = Some(r),
                    Some(b) if b.code != r.code || words_after_codes(&r.text) == 0 => {}
                    _ => return Some(r),
                }
                continue;
            }
            success.get_or_insert(i);
        }
    }
    bare.or_else(|| success.and_then(|i| extract(lines, i, range.end)))
}

/// A multi-line reply quoted only up to its first line ("(reason: 550-5.7.1 The IP you're
/// using to send mail is not authorized to)", Sendmail's summary) given in full further on,
/// as in the session transcript's `<<< 550-5.7.1 …` lines.
fn completed_later(lines: &[Line<'_>], range: Range<usize>, cut: &Reply) -> Option<Reply> {
    let end = range.end;
    range
        .filter(|&j| {
            lines
                .get(j)
                .and_then(|l| anchor(l.text))
                .is_some_and(|(_, c)| c == cut.code)
        })
        .filter_map(|j| extract_checked(lines, j, end))
        .find(|(r, complete)| {
            *complete && r.text.len() > cut.text.len() && r.text.starts_with(&cut.text)
        })
        .map(|(r, _)| r)
}

/// The reply starting on line `at`, continued over the following lines (before `end`).
pub fn extract(lines: &[Line<'_>], at: usize, end: usize) -> Option<Reply> {
    extract_checked(lines, at, end).map(|(r, _)| r)
}

/// [`extract`], and whether a multi-line reply reached its last line (`550 5.7.1 …`).
fn extract_checked(lines: &[Line<'_>], at: usize, end: usize) -> Option<(Reply, bool)> {
    let line = lines.get(at)?;
    let (col, code) = anchor(line.text)?;
    let first_text = line.text.get(col..)?;
    let code_str = code.to_string();
    let multi = first_text.get(3..4) == Some("-");
    let indent = indent_of(line.text);
    let mut parts: Vec<&str> = vec![first_text];
    let mut last = at;
    let mut note = None;
    let mut i = at + 1;
    let mut finished = false;
    while i < end && !finished {
        let l = lines[i].text;
        let t = l.trim();
        if t.is_empty() {
            // A reply wrapped around an empty line ("Mail from" / "" / "<IP> was refused").
            let next = lines
                .get(i + 1)
                .filter(|_| i + 1 < end)
                .map(|n| n.text.trim());
            if parts.last().is_some_and(|p| unfinished(p)) && next.is_some_and(continues) {
                i += 1;
                continue;
            }
            break;
        }
        // The next line of a multi-line reply, also as a transcript quotes it (`<<< 550-…`).
        let quoted = t.trim_start_matches(['<', ' ']);
        if multi && t.starts_with("<<<") && quoted.starts_with(&code_str) {
            parts.push(quoted);
            last = i;
            finished = quoted.get(3..4) != Some("-");
            i += 1;
            continue;
        }
        if t.starts_with(">>>") || t.starts_with("<<<") || is_field(t) || is_rule(t) {
            break;
        }
        if t.to_ascii_lowercase().starts_with("(in reply to") {
            note = Some(t.to_owned());
            last = i;
            break;
        }
        let stripped = t.trim_start_matches(['#', '>', ' ']);
        let same_code = stripped.starts_with(&code_str);
        if multi && same_code {
            parts.push(stripped);
            last = i;
            finished = stripped.get(3..4) == Some(" ");
            i += 1;
            continue;
        }
        // A line indented deeper than the reply's first line is its wrapped continuation, and
        // so is anything after a first line that holds no more than the codes.
        // So is a line of a multi-line reply that Postfix re-wrapped: its code stands mid-line.
        let rewrapped =
            multi && (t.contains(&format!(" {code_str}-")) || t.contains(&format!(" {code_str} ")));
        let wrapped = rewrapped
            || indent_of(l) > indent
            || parts.len() == 1 && words_after_codes(first_text) == 0;
        if !wrapped && starts_statement(t) || indent_of(l) < indent && !multi {
            break;
        }
        if multi && indent_of(l) < indent {
            break;
        }
        parts.push(t);
        last = i;
        i += 1;
    }
    let (text, inline_note) = join(&parts, &code_str);
    let end_line = lines.get(last)?;
    let reply = Reply {
        text,
        span: line.start + col..end_line.start + end_line.text.len(),
        line: at,
        code,
        note: note.or(inline_note),
    };
    Some((reply, !multi || finished))
}

/// How many words follow the reply code and status code on a reply's first line.
fn words_after_codes(first: &str) -> usize {
    first
        .split_whitespace()
        .skip(1)
        .skip_while(|w| smtp::statuses(w).first().is_some_and(|(p, _)| *p == 0))
        .count()
}

fn indent_of(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// True for a line that cannot be the continuation of a reply: another reply, a Sendmail
/// status line (`<a@b>... Deferred`), a new recipient, boilerplate.
fn starts_statement(t: &str) -> bool {
    if anchor(t).is_some_and(|(col, _)| col == t.len() - t.trim_start().len()) {
        return true;
    }
    let first = t.split_whitespace().next().unwrap_or("");
    if first.contains('@') && (first.contains("...") || first.contains('…') || first.ends_with(':'))
    {
        return true;
    }
    let lower = t.to_ascii_lowercase();
    [
        "warning:",
        "------",
        "please ",
        "note:",
        "the original message",
        "this is a",
        "(expanded from",
        "giving up on",
        "connected to ",
        "(other mxes tried",
        "i'm not going to try again",
        "... while talking to",
        "while talking to",
        "remote host said",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

fn is_field(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    [
        "reporting-mta:",
        "final-recipient:",
        "original-recipient:",
        "action:",
        "status:",
        "remote-mta:",
        "diagnostic-code:",
        "last-attempt-date:",
        "received-from-mta:",
        "arrival-date:",
    ]
    .iter()
    .any(|f| lower.starts_with(f))
}

fn is_rule(t: &str) -> bool {
    let rule: String = t.chars().take(4).collect();
    rule.len() >= 3
        && rule
            .chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | '#'))
}

/// A sentence cut short: no closing punctuation at the end of the line.
fn unfinished(part: &str) -> bool {
    !part
        .trim_end()
        .ends_with(['.', '!', '?', ')', ']', '"', '\'', '>'])
}

/// A line that reads as the rest of a sentence (not a new recipient or statement).
fn continues(next: &str) -> bool {
    let mut chars = next.chars();
    let first = chars.next().unwrap_or(' ');
    let second = chars.next().unwrap_or(' ');
    let opens = first.is_ascii_lowercase()
        || first.is_ascii_digit()
        || (first == '<' && (second.is_ascii_digit() || !second.is_ascii()));
    opens && !starts_statement(next)
}

#[cfg(test)]
mod tests {
    use super::super::lines_of;
    use super::*;

    fn reply(text: &str) -> Reply {
        let lines = lines_of(text, 0..text.len());
        first(&lines, 0..lines.len()).unwrap()
    }

    #[test]
    fn multi_line_replies_are_joined() {
        let t = "host said:\n421-4.7.28 Our system has detected\n421-4.7.28 an unusual rate\n421 4.7.28 of mail. See help.\nnext\n";
        let r = reply(t);
        assert_eq!(
            r.text,
            "421 4.7.28 Our system has detected an unusual rate of mail. See help."
        );
        assert_eq!(t.get(r.span).unwrap().lines().count(), 3);
    }

    #[test]
    fn wrapped_replies_continue_until_a_new_statement() {
        let t = "<<< 450 4.7.1 <u@example.jp>: Recipient address rejected: Mail from\n\n\
                 192.0.2.25 was refused due to the sender IP found in ERS-QIL. For\n\
                 details, see https://example.com/.\n\
                 <u@example.jp>... Deferred: 450 4.7.1 again\n<<< 554 5.5.1 Error\n";
        let r = reply(t);
        assert_eq!(
            r.text,
            "450 4.7.1 <u@example.jp>: Recipient address rejected: Mail from 192.0.2.25 was \
             refused due to the sender IP found in ERS-QIL. For details, see https://example.com/."
        );
    }

    #[test]
    fn a_summary_of_a_multi_line_reply_gives_way_to_the_transcript() {
        let t = "<a@example.com>\n    (reason: 550-5.7.1 [192.0.2.7] The IP is not authorized to)\n\n\
                 ----- Transcript of session follows -----\n>>> DATA\n\
                 <<< 550-5.7.1 [192.0.2.7] The IP is not authorized to\n\
                 <<< 550-5.7.1 send email directly to our servers.\n\
                 <<< 550 5.7.1  https://example.com/help - gsmtp\n554 5.0.0 Service unavailable\n";
        assert_eq!(
            reply(t).text,
            "550 5.7.1 [192.0.2.7] The IP is not authorized to send email directly to our \
             servers. https://example.com/help - gsmtp"
        );
    }

    #[test]
    fn a_reply_after_a_japanese_label_or_in_exchange_hashes_is_read_alone() {
        let t = "送信日時：２０２６年１１月２６日　１０：１５\n\
                 エラー内容：550 5.7.1 Mail from 192.0.2.9 refused\n";
        assert_eq!(reply(t).text, "550 5.7.1 Mail from 192.0.2.9 refused");
        let t = "リモート サーバーから次の応答が返されました: mx.example.jp #550 5.7.1 Mail from \
                 192.0.2.9 blocked using Trend Micro RBL+. ##\n";
        assert_eq!(
            reply(t).text,
            "550 5.7.1 Mail from 192.0.2.9 blocked using Trend Micro RBL+."
        );
    }

    #[test]
    fn a_bare_code_summary_gives_way_to_the_reply_in_full() {
        let t = "Status code: 554 5.7.1\n\nReported error:\t554 5.7.1 Client host [192.0.2.1] blocked\n";
        assert_eq!(reply(t).text, "554 5.7.1 Client host [192.0.2.1] blocked");
        assert_eq!(reply("Status code: 550 5.1.10\n").text, "550 5.1.10");
    }

    #[test]
    fn multi_line_replies_rewrapped_by_postfix_are_read_to_their_note() {
        // Postfix folds the joined reply at its own width, so the codes sit mid-line; a line may
        // even start like a new statement ("Please …"). The reply keeps its words as written.
        let t = "<a@example.com>: host mx.example.com[198.51.100.1] said:\n    552-5.2.2 The inbox is out of storage space.\n    Please direct the recipient to 552 5.2.2\n    https://example.com/help - gsmtp (in reply to RCPT TO command)\n";
        let r = reply(t);
        assert_eq!(
            r.text,
            "552 5.2.2 The inbox is out of storage space. Please direct the recipient to 552 \
             5.2.2 https://example.com/help - gsmtp"
        );
        assert_eq!(r.note.as_deref(), Some("(in reply to RCPT TO command)"));
    }

    #[test]
    fn postfix_notes_are_cut_off() {
        let t = "<a@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 <a@example.jp>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)\n";
        let r = reply(t);
        assert_eq!(
            r.text,
            "550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown"
        );
        assert_eq!(r.note.as_deref(), Some("(in reply to RCPT TO command)"));
    }
}
