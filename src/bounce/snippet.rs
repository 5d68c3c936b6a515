//! A refusal pasted on its own: one line or a few, with no headers of a bounce around them,
//! copied from a bounce, a log or a web page ("Client host [192.0.2.49] blocked using
//! cbl.abuseat.org (state 13).", "5.7.1 Mail from 192.0.2.77 has been blocked by …").
//!
//! Such a paste may carry no SMTP reply code, and names no recipient. It counts as a bounce
//! only where a line reads as a refusal: it opens with an enhanced status code, or quotes a
//! failure reply ("host mx[IP] said: 550 …"), or it names a list from the catalogue with
//! refusal wording, or it puts an address in a blocked sender's place. A mail with headers of its own is never read this way (a human reply discussing a
//! listing is not a bounce), except a forward whose body is the pasted refusal.

use std::ops::Range;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::document::{Document, squeeze};
use super::smtp;
use super::text::{Line, lines_of, reply};

/// What only the layers above the bounce reader know, and a pasted refusal is told by: the
/// catalogue's lists and the wording that puts an address in a blocked sender's place. The
/// reader asks; the diagnosis answers (`bounce` sits below `blocklist` and `ip`).
pub trait Knowledge {
    /// Whether `text` names a list from the catalogue.
    fn names_a_list(&self, text: &str) -> bool;
    /// Whether `text` puts an address in a blocked sender's place ("Client host [IP]").
    fn names_a_blocked_sender(&self, text: &str) -> bool;
}

/// The most non-empty lines a snippet has; more is a mail or a page, not a pasted refusal.
const MAX_LINES: usize = 12;

/// The most lines one refusal paragraph spans (wrapped at 72 or 76 columns).
const MAX_PARAGRAPH: usize = 8;

/// Words a refusal naming a list uses.
static REFUSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:block(?:ed)?|black-?listed|block-?listed|listed|list|reject(?:ed)?|refused|denied|banned|deferred|not\s+accepting|not\s+accepted|reputation|rate\s+limited)\b|拒否|ブロック",
    )
    .unwrap_or_else(|e| panic!("refusal words: {e}"))
});

/// The refusal of a pasted snippet: its paragraph joined into one line, with its span in the
/// document's text. `None` when the document is not a snippet.
pub fn refusal(doc: &Document, lore: &dyn Knowledge) -> Option<(String, Range<usize>)> {
    let headless = doc.head.from.is_none() && doc.head.subject.is_none();
    if !doc.dsn.is_empty() || !(headless || is_forward(doc)) {
        return None;
    }
    let lines = lines_of(doc.source(), doc.scan.clone());
    let filled = lines.iter().filter(|l| !l.text.trim().is_empty()).count();
    if filled == 0 || filled > MAX_LINES {
        return None;
    }
    let at = (0..lines.len()).find(|&i| {
        let para = paragraph(&lines, i);
        lines.get(i).is_some_and(|l| opens_with_status(l.text))
            || headless && reply::first(&lines, i..i + 1).is_some_and(|r| r.code.class() != 2)
            || names_a_refusal(&para.0, headless, lore)
    })?;
    let (text, range) = paragraph(&lines, at);
    (!text.is_empty()).then_some((text, range))
}

/// A forward ("FW:", "Fwd:", "転送:"): its body may be a refusal pasted on its own.
fn is_forward(doc: &Document) -> bool {
    let subject = doc
        .head
        .subject
        .as_deref()
        .unwrap_or("")
        .trim_start()
        .to_lowercase();
    ["fw:", "fwd:", "fw：", "転送:", "転送："]
        .iter()
        .any(|p| subject.starts_with(p))
}

/// `5.7.1 Mail from …`: a line that opens with an enhanced status code of a failure, followed
/// by words.
fn opens_with_status(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| c.is_whitespace() || "#>*-(\"'".contains(c));
    let Some((0, status)) = smtp::statuses(t).into_iter().next() else {
        return false;
    };
    let rest = t.get(status.as_str().len()..).unwrap_or("");
    status.class() != 2
        && rest.starts_with([' ', '\t', ':'])
        && rest.chars().filter(|c| c.is_alphabetic()).count() >= 8
}

/// A list from the catalogue named with refusal wording, or an address in a blocked sender's
/// place ("Client host [IP]", "Mail from IP was refused"). In a forward's body, where people
/// write about lists and addresses in their own words, both must stand together.
fn names_a_refusal(text: &str, headless: bool, lore: &dyn Knowledge) -> bool {
    if text.is_empty() {
        return false;
    }
    let names_list = || REFUSAL.is_match(text) && lore.names_a_list(text);
    let names_sender = || lore.names_a_blocked_sender(text);
    if headless {
        names_list() || names_sender()
    } else {
        names_list() && names_sender()
    }
}

/// The paragraph holding line `at` (from the line after the last blank one before it, to the
/// next blank line), joined into one line, with its span.
fn paragraph(lines: &[Line<'_>], at: usize) -> (String, Range<usize>) {
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.text.trim().is_empty());
    if blank(at) {
        return (String::new(), 0..0);
    }
    let mut start = at;
    while start > 0 && !blank(start - 1) && at - start < MAX_PARAGRAPH {
        start -= 1;
    }
    let mut end = at + 1;
    while end < lines.len() && !blank(end) && end - start < MAX_PARAGRAPH {
        end += 1;
    }
    let parts: Vec<&str> = lines
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .map(|l| l.text.trim_start_matches(['>', ' ', '\t']))
        .collect();
    let first = &lines[start];
    let last = &lines[end - 1];
    let lead = first.text.len() - first.text.trim_start_matches(['>', ' ', '\t']).len();
    (
        squeeze(&parts.join(" ")),
        first.start + lead..last.start + last.text.trim_end().len(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document {
            text: text.to_owned(),
            scan: 0..text.len(),
            ..Document::default()
        }
    }

    #[test]
    fn refusals_without_a_reply_code_are_snippets() {
        for t in [
            "Client host [192.0.2.49] blocked using cbl.abuseat.org (state 13).",
            "5.7.1 Mail from 192.0.2.77 has been blocked by Trend Micro Email Reputation Service.",
            "5.3.2 system not accepting network messages cmsmtp 198.51.100.24 is listed on \
             Cloudmark CSI-Global.",
            "<a@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.0.113.161] said: 550 Unknown user",
            "Hello,\n\nwe get this:\nMail from 192.0.2.5 was refused due to the sender IP\n\
             found in ERS-QIL.\n\nThanks",
        ] {
            let d = doc(t);
            let (text, span) =
                refusal(&d, &crate::diagnosis::Known).unwrap_or_else(|| panic!("{t}"));
            assert!(!text.is_empty());
            assert!(d.text.get(span).is_some());
        }
    }

    #[test]
    fn ordinary_text_is_not_a_snippet() {
        for t in [
            "The lunch set is 550 yen; room 421.",
            "5.1 Requirements\nThe system must list every user.",
            "Section 4.2.1 explains how we blocked the door.",
            "Our office IP is 192.0.2.10, please add it to the firewall.",
        ] {
            assert_eq!(refusal(&doc(t), &crate::diagnosis::Known), None, "{t}");
        }
        let mut reply = doc("Our IP 192.0.2.1 is listed on Spamhaus, so mail is blocked.");
        reply.head.from = Some("Sato <sato@example.jp>".into());
        reply.head.subject = Some("Re: mail to example.net".into());
        assert_eq!(refusal(&reply, &crate::diagnosis::Known), None);
    }
}
