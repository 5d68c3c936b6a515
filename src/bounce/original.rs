//! Where a returned original message begins inside a text: the separators MTAs write before
//! it ("--- Below this line is a copy of the message."), or its header block itself.
//!
//! A separator only counts once the text before it reads like a bounce; otherwise it is the
//! "-----Original Message-----" line of a forwarded bounce, which introduces the bounce itself.

use super::signals;

/// Lines that introduce the returned message (compared lower-case, trimmed, dashes ignored).
const SEPARATORS: &[&str] = &[
    "below this line is a copy of the message",
    "this is a copy of the message, including all the headers",
    "this is a copy of the message's headers",
    "original message",
    "original message follows",
    "message headers follow",
    "the header of the original message is following",
    "below is a copy of the original message",
    "returned message",
    "original message headers",
    "unsent message follows",
    "message header follows",
    "original message header",
    "the original message was",
    "headers of the original message",
    "copy of the original message",
    "undelivered message",
    "元のメッセージ",
    "元のメール",
    "オリジナルメッセージ",
    "送信したメール",
];

/// Header names that open a returned message's header block.
const OPENING: [&str; 6] = [
    "return-path:",
    "received:",
    "message-id:",
    "dkim-signature:",
    "x-received:",
    "arc-seal:",
];

/// The byte offset in `text` (at or after `from`) where the returned original begins.
pub fn find(text: &str, from: usize) -> Option<usize> {
    find_with(text, from, true)
}

/// Like [`find`], but never taking a mail program's forward separator for the original: where
/// a mail system's own separator stands.
pub fn find_returned(text: &str, from: usize) -> Option<usize> {
    find_with(text, from, false)
}

fn find_with(text: &str, from: usize, forwards: bool) -> Option<usize> {
    let mut pos = 0;
    let mut prev_blank = true;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        if start < from {
            continue;
        }
        let t = line.trim();
        let before = text.get(from..start).unwrap_or("");
        // Only "Original Message" also introduces a forwarded bounce (Outlook); the other
        // separators are written by mail systems before the returned message alone.
        let forward = is_forward_separator(t);
        if is_separator(t) && (!forward || forwards && signals::is_bounce_text(before)) {
            return Some(start);
        }
        if prev_blank
            && opens_headers(text.get(start..).unwrap_or(""))
            && signals::is_bounce_text(before)
        {
            return Some(start);
        }
        prev_blank = t.is_empty();
    }
    None
}

/// The separator mail programs put above a forwarded message ("-----Original Message-----",
/// "-----元のメッセージ-----").
fn is_forward_separator(line: &str) -> bool {
    const FORWARDS: [&str; 3] = ["original message", "元のメッセージ", "転送されたメッセージ"];
    let trimmed = line.trim_matches(|c: char| matches!(c, '-' | '=' | '_' | '*' | ' ' | '.' | ':'));
    if !opens_like(trimmed, &FORWARDS) {
        return false;
    }
    let core = trimmed.to_lowercase();
    FORWARDS.contains(&core.as_str())
}

/// Whether `trimmed`, once lower-cased, can begin with one of `words`: its first character's
/// lower case begins one. Every line of a bounce is asked whether it is a separator, and most
/// are ruled out by this without lower-casing a copy of the line.
fn opens_like(trimmed: &str, words: &[&str]) -> bool {
    trimmed
        .chars()
        .next()
        .and_then(|c| c.to_lowercase().next())
        .is_some_and(|c| words.iter().any(|w| w.starts_with(c)))
}

fn is_separator(line: &str) -> bool {
    const CONTENT_TYPES: [&str; 2] = [
        "content-type: message/rfc822",
        "content-type: text/rfc822-headers",
    ];
    let trimmed = line.trim_matches(|c: char| {
        matches!(c, '-' | '=' | '_' | '*' | ' ' | '.' | ':' | '<' | '>' | '|')
    });
    if !opens_like(trimmed, SEPARATORS) && !opens_like(trimmed, &CONTENT_TYPES) {
        return false;
    }
    let core = trimmed.to_lowercase();
    if core.is_empty()
        || core.len() > 80
        || !line.contains(['-', '=', '_', '*', ':']) && core.len() > 45
    {
        return false;
    }
    if CONTENT_TYPES.contains(&core.as_str()) {
        return true;
    }
    // Microsoft 365's "Original Message Details" is a summary above the error details; its
    // headers come later, under "Original Message Headers".
    if core.ends_with("details") {
        return false;
    }
    SEPARATORS
        .iter()
        .any(|s| core == *s || (core.starts_with(s) && core.len() < s.len() + 12))
}

/// True when `text` starts with two header lines, the first one of [`OPENING`].
fn opens_headers(text: &str) -> bool {
    let mut lines = text.lines();
    let first = lines.next().unwrap_or("").to_ascii_lowercase();
    OPENING.iter().any(|o| first.starts_with(o)) && starts_with_headers(text)
}

/// True when `text` begins with a header block of at least two fields.
pub fn starts_with_headers(text: &str) -> bool {
    let mut fields = 0;
    for line in text.trim_start_matches('\n').lines().take(8) {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        match line.split_once(':') {
            Some((name, _))
                if !name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
            {
                fields += 1;
            }
            _ => return false,
        }
    }
    fields >= 2
}

/// The header block that follows a separator (the separator line and blank lines skipped).
pub fn headers_after(tail: &str) -> &str {
    let mut rest = tail;
    // Skip the separator line unless the tail starts directly with headers.
    if !starts_with_headers(rest) {
        rest = rest.split_once('\n').map_or("", |(_, r)| r);
    }
    for _ in 0..4 {
        let t = rest.trim_start_matches([' ', '\t']);
        if t.starts_with('\n') {
            rest = t.get(1..).unwrap_or("");
        } else if !starts_with_headers(rest)
            && rest.lines().next().is_some_and(|l| !l.contains(':'))
        {
            rest = rest.split_once('\n').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_after_a_bounce_mark_the_original() {
        let t = "<a@example.jp>:\n550 5.1.1 unknown user\n\n--- Below this line is a copy of the message.\n\nReturn-Path: <b@example.org>\nSubject: hi\n";
        let at = find(t, 0).unwrap();
        assert!(t.get(at..).unwrap().starts_with("--- Below"));
        assert!(headers_after(t.get(at..).unwrap()).starts_with("Return-Path:"));
    }

    #[test]
    fn a_forward_separator_before_the_bounce_is_not_the_original() {
        let t =
            "fyi\n-----Original Message-----\nFrom: Mail Delivery Subsystem\n\n550 5.1.1 unknown\n";
        assert_eq!(find(t, 0), None);
    }
}
