//! Where in the text an address stands: which header field, which word, which part of an
//! inline original.

use std::ops::Range;

/// The whitespace-delimited word holding `span`, with its start, when it looks like a link.
pub fn word_around<'t>(text: &'t str, span: &Range<usize>) -> Option<(usize, &'t str)> {
    let stop = |c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'');
    let head = text.get(..span.start)?;
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = text.get(span.end..)?;
    let end = span.end + tail.find(stop).unwrap_or(tail.len());
    let word = text.get(start..end)?;
    (word.contains("://")
        || word
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("www.")))
    .then_some((start, word))
}

/// The header block of an inline original: after at most a few separator lines, the header
/// fields up to the first blank line. Its body (and any attachment) is never scanned.
pub fn original_headers(tail: &str) -> &str {
    const LIMIT: usize = 64 * 1024;
    let is_field = |line: &str| {
        !line.starts_with([' ', '\t'])
            && line.split_once(':').is_some_and(|(name, _)| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
    };
    let mut seen_field = false;
    let mut lead = 0;
    let mut end = 0;
    for line in tail.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if seen_field {
            if bare.trim().is_empty() {
                break;
            }
        } else if is_field(bare) {
            seen_field = true;
        } else {
            // Separator lines ("----- Original message -----") and blank lines before the fields.
            lead += 1;
            if lead > 6 {
                break;
            }
        }
        end += line.len();
        if end > LIMIT {
            break;
        }
    }
    tail.get(..end).unwrap_or(tail)
}

/// The header field the address at `at` stands in (following folded lines back to their
/// field), when its logical line is a header field.
pub fn field_name(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at).unwrap_or_default();
    for line in before.rsplit('\n') {
        if line.len() > 1000 {
            return None;
        }
        if !line.starts_with([' ', '\t']) {
            let (name, _) = line.split_once(':')?;
            let ok =
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            return ok.then_some(name);
        }
    }
    None
}

/// Whether the address at `at` stands in a `Received:` header field.
pub fn received_line(text: &str, at: usize) -> bool {
    field_name(text, at).is_some_and(|n| n.eq_ignore_ascii_case("received"))
}

/// Transport header fields of the bounce itself (a pasted raw message's own `Received:`,
/// `X-…`, authentication results): no refusal wording stands there, so they are not read.
pub fn transport_field(text: &str, at: usize) -> bool {
    field_name(text, at).is_some_and(|n| {
        let n = n.to_ascii_lowercase();
        n.starts_with("received")
            || n.starts_with("x-")
            || n.starts_with("arc-")
            || n == "authentication-results"
            || n == "dkim-signature"
    })
}
