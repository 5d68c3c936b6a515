//! The one place where a [`Diagnosis`] becomes what the wizard shows: which delivery to act
//! on, the list's catalogue entry, the blocked IP and its evidence, the other addresses. Steps
//! read an [`Analysis`]; none of them looks inside the diagnosis on its own.

use std::net::IpAddr;
use std::ops::Range;

use crate::blocklist::{CATALOGUE, Entry, Listing};
use crate::bounce::{Delivery, Reason};
use crate::diagnosis::{Diagnosis, Finding};
use crate::ip::{IpCandidate, IpRole};
use crate::request::Facts;

/// A diagnosis and the wizard's reading of it.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// Which text version it belongs to (stale results are dropped).
    pub generation: u64,
    /// The diagnosis, as `analyze` shows it too.
    pub diagnosis: Diagnosis,
    /// What the request writer needs from it, read once here rather than on every frame.
    pub facts: Facts,
    main: Option<usize>,
}

impl Analysis {
    /// Reads a diagnosis. Runs on the worker thread, so it may look at every delivery.
    #[must_use]
    pub fn new(generation: u64, diagnosis: Diagnosis) -> Self {
        Self {
            generation,
            main: diagnosis.main_index(),
            facts: Facts::from_diagnosis(&diagnosis),
            diagnosis,
        }
    }

    /// True when the text is a bounce (at least one delivery was read).
    #[must_use]
    pub fn is_bounce(&self) -> bool {
        !self.diagnosis.report.deliveries.is_empty()
    }

    /// The delivery the wizard acts on.
    #[must_use]
    pub fn delivery(&self) -> Option<&Delivery> {
        self.main
            .and_then(|i| self.diagnosis.report.deliveries.get(i))
    }

    fn finding(&self) -> Option<&Finding> {
        self.main.and_then(|i| self.diagnosis.findings.get(i))
    }

    /// The reason of the main delivery.
    #[must_use]
    pub fn reason(&self) -> Option<Reason> {
        self.delivery().map(|d| d.reason)
    }

    /// Whether the blocklist path applies: a list was named, or the reason is an IP block.
    #[must_use]
    pub fn is_blocklist_problem(&self) -> bool {
        self.listing().is_some() || self.reason().is_some_and(Reason::is_ip_block)
    }

    /// The list identified, if any.
    #[must_use]
    pub fn listing(&self) -> Option<&Listing> {
        self.finding().and_then(|f| f.listing.as_ref())
    }

    /// The list's catalogue entry.
    #[must_use]
    pub fn entry(&self) -> Option<&'static Entry> {
        self.listing().and_then(|l| CATALOGUE.get(&l.id))
    }

    /// Every affected recipient, in order, without repeats.
    #[must_use]
    pub fn recipients(&self) -> Vec<&str> {
        self.recipient_reasons()
            .into_iter()
            .map(|(r, _)| r)
            .collect()
    }

    /// Every affected recipient with the reason of its first failed delivery, in order.
    #[must_use]
    pub fn recipient_reasons(&self) -> Vec<(&str, Reason)> {
        let mut out: Vec<(&str, Reason)> = Vec::new();
        for d in &self.diagnosis.report.deliveries {
            if d.reason.is_not_failure() {
                continue;
            }
            if let Some(r) = d.recipient.as_deref()
                && !out.iter().any(|(seen, _)| *seen == r)
            {
                out.push((r, d.reason));
            }
        }
        out
    }

    /// The blocked sender's address, when the text names it.
    #[must_use]
    pub fn blocked_ip(&self) -> Option<IpAddr> {
        self.finding().and_then(|f| f.blocked_ip)
    }

    /// Every address found, from all deliveries, without repeats (first occurrence kept).
    #[must_use]
    pub fn candidates(&self) -> Vec<&IpCandidate> {
        let mut out: Vec<&IpCandidate> = Vec::new();
        for f in &self.diagnosis.findings {
            for c in &f.ip_candidates {
                if !out.iter().any(|o| o.ip == c.ip) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// The other addresses: everything but the blocked one.
    #[must_use]
    pub fn other_ips(&self) -> Vec<&IpCandidate> {
        let blocked = self.blocked_ip();
        self.candidates()
            .into_iter()
            .filter(|c| Some(c.ip) != blocked)
            .collect()
    }

    /// Where the blocked IP stands in the text: its own candidate span, else the diagnostic.
    #[must_use]
    pub fn evidence(&self) -> Option<Range<usize>> {
        let ip = self.blocked_ip()?;
        self.candidates()
            .into_iter()
            .find(|c| c.ip == ip && c.role == IpRole::BlockedSender)
            .or_else(|| self.candidates().into_iter().find(|c| c.ip == ip))
            .map(|c| c.span.clone())
            .filter(|s| self.text().get(s.clone()).is_some())
    }

    /// Web addresses in the bounce that belong to no list's operator (possible phishing).
    #[must_use]
    pub fn suspicious_urls(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for u in &self.diagnosis.suspicious_urls {
            if !out.contains(&u.url.as_str()) {
                out.push(&u.url);
            }
        }
        out
    }

    /// The text every span points into.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.diagnosis.report.text
    }

    /// The lines around `span` (`before` lines before it, `after` after it), with the span's
    /// position inside the returned excerpt. Never cuts inside a character, and never reaches
    /// further than [`EXCERPT_REACH`] bytes from the span: a pasted megabyte on one line stays a
    /// short excerpt.
    #[must_use]
    pub fn excerpt(&self, span: &Range<usize>, before: usize, after: usize) -> Option<Excerpt<'_>> {
        let text = self.text();
        text.get(span.clone())?;
        let lo = char_floor(text, span.start.saturating_sub(EXCERPT_REACH));
        let hi = char_ceil(text, span.end.saturating_add(EXCERPT_REACH));
        let mut start = text
            .get(lo..span.start)?
            .rfind('\n')
            .map_or(lo, |i| lo + i + 1);
        for _ in 0..before {
            if let Some(i) = start
                .checked_sub(1)
                .and_then(|e| text.get(lo..e)?.rfind('\n'))
            {
                start = lo + i + 1;
            } else {
                start = lo;
                break;
            }
        }
        let mut end = text
            .get(span.end..hi)?
            .find('\n')
            .map_or(hi, |i| span.end + i);
        for _ in 0..after {
            if let Some(i) = text.get(end + 1..hi).and_then(|rest| rest.find('\n')) {
                end = end + 1 + i;
            } else {
                end = hi;
                break;
            }
        }
        Some(Excerpt {
            text: text.get(start..end)?,
            mark: span.start - start..span.end - start,
        })
    }
}

/// How far an excerpt reaches from its span, in bytes.
pub const EXCERPT_REACH: usize = 400;

fn char_floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn char_ceil(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A few lines of the bounce with one part marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt<'a> {
    /// The lines, joined by LF.
    pub text: &'a str,
    /// The marked part, as byte offsets into `text`.
    pub mark: Range<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bounce::Report;

    fn analysis_of(text: &str) -> Analysis {
        Analysis::new(
            1,
            Diagnosis {
                source: "t".into(),
                report: Report {
                    text: text.into(),
                    ..Report::default()
                },
                findings: Vec::new(),
                suspicious_urls: Vec::new(),
                hosting: None,
            },
        )
    }

    #[test]
    fn excerpt_takes_whole_lines_around_the_span() {
        let a = analysis_of("one\ntwo 203.0.113.25 x\nthree\nfour");
        let start = a.text().find("203").unwrap();
        let e = a.excerpt(&(start..start + 12), 1, 1).unwrap();
        assert_eq!(e.text, "one\ntwo 203.0.113.25 x\nthree");
        assert_eq!(e.text.get(e.mark.clone()), Some("203.0.113.25"));
        let e = a.excerpt(&(start..start + 12), 5, 5).unwrap();
        assert_eq!(e.text, a.text());
    }

    #[test]
    fn an_excerpt_of_a_huge_line_stays_short_and_whole() {
        let text = format!(
            "{}203.0.113.25{}",
            "あ".repeat(100_000),
            "い".repeat(100_000)
        );
        let a = analysis_of(&text);
        let start = text.find("203").unwrap();
        let e = a.excerpt(&(start..start + 12), 1, 1).unwrap();
        assert!(
            e.text.len() <= 2 * EXCERPT_REACH + 12 + 6,
            "{}",
            e.text.len()
        );
        assert_eq!(e.text.get(e.mark.clone()), Some("203.0.113.25"));
    }

    #[test]
    fn an_empty_diagnosis_is_not_a_bounce() {
        let a = analysis_of("hello");
        assert!(!a.is_bounce());
        assert!(a.delivery().is_none());
        assert!(!a.is_blocklist_problem());
        assert!(a.excerpt(&(10..20), 0, 0).is_none());
    }
}
