//! Which addresses in a bounce's text are the failed recipients, and where each one's block is.
//!
//! Bounces also name the sender, the postmaster and the reporting system; those are left out.
//! An address counts as a recipient where it stands like one: opening a line (`<a@b>:`,
//! `a@b`, `<a@b>... User unknown`) or after words such as `RCPT TO:` or "delivering to".

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::Line;
use crate::bounce::address;

/// Text before an address that makes it the sender's, not a recipient's.
const SENDER_MARKS: [&str; 16] = [
    "mail from",
    "from:",
    "from <",
    "sender",
    "envelope-from",
    "return-path",
    "reply-to",
    "errors-to",
    "message-id",
    "in-reply-to",
    "references",
    "差出人",
    "送信者",
    "送信元",
    "postmaster",
    "owner",
];

/// Text before an address that makes it the new address of a mailbox that moved ("551 User not
/// local; please try <new@b>"), not a recipient.
const FORWARD_MARKS: [&str; 9] = [
    "please try",
    "moved to",
    "has moved",
    "new address",
    "forwarding address",
    "changed to",
    "replaced by",
    "now at",
    "転送先",
];

/// Text before an address that makes it a recipient's.
const RECIPIENT_MARKS: [&str; 16] = [
    "rcpt to",
    "recipient",
    "delivered to",
    "deliver to",
    "delivering your mail to",
    "deliver your message to",
    "delivery to",
    "mail to",
    "to:",
    " to <",
    "to <",
    "user ",
    "address",
    "宛先",
    "受信者",
    "for <",
];

/// The recipients found, in order, and the lines where each one appears.
#[derive(Debug, Default)]
pub struct Found {
    /// Recipients in the order they first appear (or the order they were known in).
    pub order: Vec<String>,
    /// (line, address) of each place a recipient stands, in line order.
    hits: Vec<(usize, String)>,
    /// Per hit: the line of the next hit that names another recipient on a later line.
    ends: Vec<Option<usize>>,
    /// Each recipient (ASCII lower case) with its hits, so that a report for thousands of
    /// recipients finds each one's lines without reading every other's.
    by_addr: HashMap<String, Vec<usize>>,
}

impl Found {
    fn new(order: Vec<String>, hits: Vec<(usize, String)>) -> Self {
        let mut by_addr: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (_, a)) in hits.iter().enumerate() {
            by_addr.entry(a.to_ascii_lowercase()).or_default().push(i);
        }
        // Read from the end: the first later line, and the end of each run of one address.
        let n = hits.len();
        let mut next_line = vec![n; n];
        let mut run_end = vec![n; n];
        for i in (0..n.saturating_sub(1)).rev() {
            let j = i + 1;
            next_line[i] = if hits[j].0 > hits[i].0 {
                j
            } else {
                next_line[j]
            };
            run_end[i] = if hits[j].1.eq_ignore_ascii_case(&hits[i].1) {
                run_end[j]
            } else {
                j
            };
        }
        let ends = (0..n)
            .map(|i| {
                let j = next_line[i];
                let j = match hits.get(j) {
                    Some((_, a)) if a.eq_ignore_ascii_case(&hits[i].1) => run_end[j],
                    _ => j,
                };
                hits.get(j).map(|(l, _)| *l)
            })
            .collect();
        Self {
            order,
            hits,
            ends,
            by_addr,
        }
    }

    /// The blocks of lines that belong to `addr`: from each line naming it to the next line
    /// naming another recipient.
    pub fn segments(&self, addr: &str, nlines: usize) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        let own = self.by_addr.get(&addr.to_ascii_lowercase());
        for &i in own.into_iter().flatten() {
            let line = self.hits[i].0;
            let end = self.ends[i].unwrap_or(nlines);
            match out.last_mut() {
                Some(prev) if prev.end >= line => prev.end = prev.end.max(end),
                _ => out.push(line..end),
            }
        }
        out
    }
}

/// A set of addresses compared without regard to ASCII case.
struct Addresses(HashSet<String>);

impl Addresses {
    fn of(list: &[String]) -> Self {
        Self(list.iter().map(|a| a.to_ascii_lowercase()).collect())
    }

    fn contains(&self, a: &str) -> bool {
        self.0.contains(&a.to_ascii_lowercase())
    }
}

/// Finds the recipients in `lines`.
pub fn find(lines: &[Line<'_>], hints: &super::Hints<'_>) -> Found {
    // (line, address, rank): 0 stands like a recipient, 1 appears elsewhere, 2 is a system's.
    let mut seen: Vec<(usize, String, u8)> = Vec::new();
    // Every address in the text, gathered only when one stands at a line end.
    let everywhere: std::cell::OnceCell<HashMap<String, String>> = std::cell::OnceCell::new();
    let all = || -> &HashMap<String, String> {
        everywhere.get_or_init(|| {
            let mut all = HashMap::new();
            for f in lines.iter().flat_map(|l| address::find_all(l.text)) {
                all.entry(f.addr.to_ascii_lowercase()).or_insert(f.addr);
            }
            all
        })
    };
    let known = Addresses::of(hints.known);
    let (exclude, likely) = (Addresses::of(hints.exclude), Addresses::of(hints.likely));
    for (li, line) in lines.iter().enumerate() {
        let lower_line = line.text.to_lowercase();
        // Byte offsets of the line stay valid in its ASCII lower-casing.
        let ascii_lower = line.text.to_ascii_lowercase();
        if is_header_line(&lower_line) {
            continue;
        }
        for f in address::find_all(line.text) {
            let a = mended(&f, line, lines.get(li + 1), all).unwrap_or(f.addr);
            if !hints.known.is_empty() {
                if known.contains(&a) {
                    seen.push((li, a, 0));
                }
                continue;
            }
            if exclude.contains(&a) {
                continue;
            }
            let before = line.text.get(..f.span.start).unwrap_or("");
            let tail: String = before
                .chars()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let tail = tail.to_lowercase();
            if SENDER_MARKS.iter().any(|m| tail.contains(m)) && !tail.contains("rcpt to") {
                continue;
            }
            if FORWARD_MARKS.iter().any(|m| tail.contains(m)) {
                continue;
            }
            if sender_refused(&ascii_lower, f.span.clone()) {
                continue;
            }
            let opening =
                before.trim_start_matches(|c: char| c.is_whitespace() || "<\"'*-#(>".contains(c));
            // Sendmail's status lines put the reply first: "550 <a@b>... User unknown".
            let leading = opening.is_empty() || is_reply_prefix(opening);
            let marked = RECIPIENT_MARKS.iter().any(|m| tail.contains(m));
            let likely = likely.contains(&a);
            let rank = if address::is_system(&a) {
                2
            } else {
                u8::from(!(leading || marked || likely))
            };
            seen.push((li, a, rank));
        }
    }
    let mut order: Vec<String> = Vec::new();
    let in_order = if hints.known.is_empty() {
        let best = seen.iter().map(|h| h.2).min().unwrap_or(0);
        let mut in_order = HashSet::new();
        for (_, a, rank) in &seen {
            if *rank == best && in_order.insert(a.to_ascii_lowercase()) {
                order.push(a.clone());
            }
        }
        Addresses(in_order)
    } else {
        order = hints.known.to_vec();
        known
    };
    let kept = seen
        .into_iter()
        .filter(|(_, a, _)| in_order.contains(a))
        .map(|(l, a, _)| (l, a))
        .collect();
    Found::new(order, kept)
}

/// An address a hard line break cut (`RCPT TO:<ishii@maker.exampl` / `e>:`), read whole when
/// the whole address is written elsewhere in the text.
fn mended<'a>(
    f: &address::Found,
    line: &Line<'_>,
    next: Option<&Line<'_>>,
    everywhere: impl FnOnce() -> &'a HashMap<String, String>,
) -> Option<String> {
    if f.span.end != line.text.trim_end().len() {
        return None;
    }
    let rest = next?.text;
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
        .count();
    let piece = rest.get(..len).filter(|p| !p.is_empty())?;
    let whole = format!("{}{}", f.addr, piece.trim_end_matches('.'));
    everywhere().get(&whole.to_ascii_lowercase()).cloned()
}

/// The address at `span` of `lower` (a lower-cased line) is the one a sender refusal is about
/// (`<me@example.jp>: Sender address rejected: …`), or is named in its explanation (Postfix's
/// "… not owned by user login@example.jp"): not a recipient either way.
fn sender_refused(lower: &str, span: Range<usize>) -> bool {
    const REFUSED: &str = "sender address rejected";
    let after = lower
        .get(span.end..)
        .unwrap_or("")
        .trim_start_matches(['>', ':', '.', ' ']);
    after.starts_with(REFUSED) || lower.get(..span.start).is_some_and(|b| b.contains(REFUSED))
}

/// "550 ", "554 5.1.1 ", "550 <": a reply code (and status) before an address.
fn is_reply_prefix(s: &str) -> bool {
    let mut words = s.trim_end_matches(['<', ' ']).split_whitespace();
    let code = words.next().unwrap_or("");
    let code_ok = code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit());
    code_ok && words.all(|w| w.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// Header lines of a quoted or forwarded message, whose addresses are not recipients.
fn is_header_line(lower: &str) -> bool {
    [
        "from:",
        "reply-to:",
        "sender:",
        "return-path:",
        "message-id:",
        "in-reply-to:",
        "references:",
        "errors-to:",
        "差出人",
        "送信者",
    ]
    .iter()
    .any(|h| lower.trim_start().starts_with(h))
}

#[cfg(test)]
mod tests {
    use super::super::{Hints, lines_of};
    use super::*;

    #[test]
    fn an_address_cut_by_a_line_break_is_read_whole() {
        let t = "  ishii@maker.example\n    host mx01.maker.example [203.0.113.18]\n\
                 \x20   SMTP error after RCPT TO:<ishii@maker.exampl\ne>:\n    554 5.7.1 blocked\n";
        let lines = lines_of(t, 0..t.len());
        let f = find(&lines, &Hints::default());
        assert_eq!(f.order, ["ishii@maker.example"]);
        assert_eq!(f.segments("ishii@maker.example", lines.len()), vec![0..5]);
    }

    #[test]
    fn a_refused_sender_is_not_a_recipient() {
        let t = "  nozaki@example.org\n    SMTP error from remote mail server after pipelined MAIL FROM:<me@example.jp>:\n\
                 \x20   550 5.7.1 <me@example.jp>: Sender address rejected: not owned by user login@example.jp\n";
        let lines = lines_of(t, 0..t.len());
        assert_eq!(
            find(&lines, &Hints::default()).order,
            ["nozaki@example.org"]
        );
    }

    #[test]
    fn recipients_are_told_from_senders() {
        let t = "This is the mail system at host mx.example.jp.\n\
                 Please write to postmaster@example.jp.\n\
                 <a@example.org>: host mx said: 550 unknown\n\
                 MAIL FROM:<me@example.jp>\n\
                 <b@example.org>: host mx said: 550 unknown\n";
        let lines = lines_of(t, 0..t.len());
        let f = find(&lines, &Hints::default());
        assert_eq!(f.order, ["a@example.org", "b@example.org"]);
        assert_eq!(f.segments("a@example.org", lines.len()), vec![2..4]);
        assert_eq!(f.segments("b@example.org", lines.len()), vec![4..5]);
    }
}
