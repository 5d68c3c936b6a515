//! The bounce's key line: of a long refusal, the one sentence (or the shortest run of them) that
//! carries the block, with the status code in front. The email to the provider quotes this,
//! not the whole diagnostic with its trace ids and links, so support sees at once what refused
//! the mail. What marks the block is what the analyser found: the list's evidence (its name,
//! zone or code, as [`crate::blocklist::identify_all_with_host`] locates it) and the blocked IP.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// A refusal this short (one line) is quoted whole: cutting it saves nothing.
const SHORT: usize = 120;

/// What to quote: the status code's span (when the key span does not start with it) and the
/// key span, both in the refusal's text. `None` from [`find`] means: quote it whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyLine {
    /// The status code (`550 5.7.1`), to put in front of an excerpt that lacks it.
    pub status: Option<Range<usize>>,
    /// The sentence or sentences that carry the block.
    pub span: Range<usize>,
    /// Whether words follow the span (an excerpt says so with " …").
    pub more: bool,
}

/// The status code at the start of a reply (`550 5.7.1`, `550-5.7.1`, `5.7.1`), after an
/// optional `smtp;`.
static STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:smtp;\s*)?(?:[245]\d\d(?:[ -]#?[245]\.\d{1,3}\.\d{1,3})?|[245]\.\d{1,3}\.\d{1,3})\b")
        .unwrap_or_else(|e| panic!("status pattern: {e}"))
});

/// The key span of `text`, the refusal, for the list `list` (a catalogue id; the first list the
/// text names when `None`) and the blocked `ip`. `None` when the text is short enough to quote
/// whole, or when nothing in it marks the block (then it is quoted whole too: never a guess).
#[must_use]
pub fn find(text: &str, list: Option<&str>, ip: Option<&str>) -> Option<KeyLine> {
    if text.trim().len() <= SHORT && !text.trim().contains('\n') {
        return None;
    }
    let listings = crate::blocklist::identify_all_with_host(text, None);
    let evidence = listings
        .iter()
        .find(|l| list.is_none_or(|id| l.id == id))
        .or_else(|| listings.first())
        .map(|l| l.evidence.clone())
        .filter(|e| !e.is_empty() && text.get(e.clone()).is_some());
    let ip_at = ip.and_then(|ip| find_ip(text, ip));
    let marks: Vec<Range<usize>> = evidence.into_iter().chain(ip_at).collect();
    if marks.is_empty() {
        return None;
    }
    let segments = segments(text);
    let holding = |m: &Range<usize>| {
        segments
            .iter()
            .position(|s| s.start <= m.start && m.start < s.end)
    };
    let found: Vec<usize> = marks.iter().filter_map(holding).collect();
    let (from, to) = (*found.iter().min()?, *found.iter().max()?);
    let span = segments.get(from)?.start..segments.get(to)?.end;
    if span.start == 0
        && text
            .get(span.end..)
            .is_none_or(|rest| rest.trim().is_empty())
    {
        return None;
    }
    // The status of the line the span is on, else of the whole reply.
    let line_start = text
        .get(..span.start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let status = [line_start, 0]
        .into_iter()
        .find_map(|from| {
            let m = STATUS.find(text.get(from..)?)?;
            Some(from + m.start()..from + m.end())
        })
        .map(|s| trim_range(text, s))
        .filter(|s| s.end <= span.start);
    let more = text
        .get(span.end..)
        .is_some_and(|rest| !rest.trim().is_empty());
    Some(KeyLine { status, span, more })
}

/// Where `ip` stands in `text` as a whole address (`192.0.2.3` is not the start of
/// `192.0.2.33`).
fn find_ip(text: &str, ip: &str) -> Option<Range<usize>> {
    if ip.is_empty() {
        return None;
    }
    let part_of_address = |c: char| c.is_ascii_hexdigit() || c == '.' || c == ':';
    text.match_indices(ip)
        .map(|(at, _)| at..at + ip.len())
        .find(|r| {
            let before = text.get(..r.start).and_then(|t| t.chars().next_back());
            let after = text.get(r.end..).and_then(|t| t.chars().next());
            // A full stop after the address ends a sentence; followed by a digit it is more address.
            let after_ok = match after {
                Some('.') => !text
                    .get(r.end + 1..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(|c| c.is_ascii_digit()),
                Some(c) => !part_of_address(c),
                None => true,
            };
            !before.is_some_and(part_of_address) && after_ok
        })
}

/// The sentences of a refusal: split at line ends, at "; " and at a full stop followed by a
/// space (not inside `5.7.1` or a host name), each trimmed of spaces and its closing
/// punctuation kept.
fn segments(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let next_space = bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace);
        let end = match b {
            b'\n' => Some(i),
            b';' | b'.' if next_space => Some(i + 1),
            _ => None,
        };
        if let Some(end) = end {
            if end > start {
                out.push(trim_range(text, start..end));
            }
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(trim_range(text, start..text.len()));
    }
    out.retain(|r| r.end > r.start);
    out
}

/// `r` without the spaces at either end; a `;` that ends a clause is left out too.
fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(r.clone()) else {
        return r;
    };
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_start().trim_end().trim_end_matches(';');
    r.start + lead..r.start + lead + t.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(text: &str, list: Option<&str>, ip: Option<&str>) -> String {
        match find(text, list, ip) {
            None => text.to_owned(),
            Some(k) => {
                let body = text.get(k.span).unwrap_or_default();
                let tail = if k.more { " …" } else { "" };
                match k.status {
                    Some(s) => format!("{} … {body}{tail}", text.get(s).unwrap_or_default()),
                    None => format!("{body}{tail}"),
                }
            }
        }
    }

    #[test]
    fn a_short_refusal_is_quoted_whole() {
        let t = "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org";
        assert_eq!(find(t, Some("spamhaus"), Some("203.0.113.5")), None);
    }

    #[test]
    fn the_sentence_with_the_list_and_the_ip_keeps_its_status() {
        let t = "554 5.7.1 Service unavailable; Client host [192.0.2.33] blocked using \
                 zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.33 and some more \
                 words that make this line long enough";
        assert_eq!(
            quote(t, Some("spamhaus"), Some("192.0.2.33")),
            "554 5.7.1 … Client host [192.0.2.33] blocked using zen.spamhaus.org …"
        );
        let trend = "450 4.7.1 <suzuki@partner.example.co.jp>: Recipient address rejected: Mail \
                     from 203.0.113.45 was refused due to the sender IP found in ERS-QIL. For \
                     details, query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.";
        assert_eq!(
            quote(trend, Some("trendmicro-ers"), Some("203.0.113.45")),
            "450 4.7.1 <suzuki@partner.example.co.jp>: Recipient address rejected: Mail from \
             203.0.113.45 was refused due to the sender IP found in ERS-QIL. …"
        );
    }

    #[test]
    fn nothing_marks_the_block_so_it_is_quoted_whole() {
        let t = "550 5.7.1 This is a long refusal that names no list of any kind and no address \
                 at all, so nothing in it says which part carries the block. It stays whole.";
        assert_eq!(find(t, None, Some("192.0.2.1")), None);
    }

    #[test]
    fn an_address_is_found_whole() {
        assert_eq!(
            find_ip("from 192.0.2.33 and 192.0.2.3.", "192.0.2.3"),
            Some(20..29)
        );
        assert_eq!(find_ip("[192.0.2.3]", "192.0.2.3"), Some(1..10));
        assert_eq!(find_ip("10.192.0.2.3", "192.0.2.3"), None);
    }

    #[test]
    fn segments_do_not_split_codes_or_hosts() {
        let t =
            "550 5.7.1 Client host [192.0.2.1] blocked using b.barracudacentral.org; see x. Next";
        let s: Vec<&str> = segments(t)
            .into_iter()
            .map(|r| t.get(r).unwrap_or_default())
            .collect();
        assert_eq!(
            s,
            [
                "550 5.7.1 Client host [192.0.2.1] blocked using b.barracudacentral.org",
                "see x.",
                "Next"
            ]
        );
    }
}
