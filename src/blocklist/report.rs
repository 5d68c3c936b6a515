//! Identification within a whole report: the delivery's diagnostic first; the bounce's own
//! text around it only when the diagnostic names no list and is not about the mailbox or the
//! message. Evidence spans are turned into spans of [`Report::text`].

use std::collections::HashMap;
use std::ops::Range;

use super::{Listing, identify_all_with_host};
use crate::bounce::{Delivery, Reason, Report};

/// Reasons that are about the recipient, the message or authentication: the text around such a
/// diagnostic is never searched for a list.
const NOT_A_BLOCK: &[Reason] = &[
    Reason::UserUnknown,
    Reason::MailboxFull,
    Reason::MesgTooBig,
    Reason::ExceedLimit,
    Reason::HostUnknown,
    Reason::HasMoved,
    Reason::Suspend,
    Reason::SyntaxError,
    Reason::AuthFailure,
    Reason::Vacation,
    Reason::Feedback,
    Reason::Delivered,
    Reason::ContentError,
    Reason::NotCompliantRfc,
    Reason::FailedStartTls,
    Reason::VirusDetected,
];

/// Reasons that say the receiver refused the sender itself: the kind of refusal a list causes.
const ABOUT_THE_SENDER: &[Reason] = &[
    Reason::Blocked,
    Reason::BadReputation,
    Reason::Rejected,
    Reason::SecurityError,
    Reason::PolicyViolation,
    Reason::SpamDetected,
    Reason::NotAccept,
    Reason::Speeding,
    Reason::OnHold,
    Reason::Undefined,
];

/// True for a reason that says the receiver refused the sender itself, the kind of refusal a
/// list causes. With no list identified, an address named in any other refusal (a full
/// mailbox, a relay denied, a message too large) is not a blocked sender.
#[must_use]
pub fn is_about_the_sender(reason: Reason) -> bool {
    ABOUT_THE_SENDER.contains(&reason)
}

/// The part of the report that is the bounce itself (the returned original cut off).
#[must_use]
pub fn head(report: &Report) -> &str {
    report
        .original_at
        .and_then(|at| report.text.get(..at))
        .unwrap_or(&report.text)
}

/// The list a delivery's refusal names, with its evidence as a span of [`Report::text`].
#[must_use]
pub fn identify_delivery(report: &Report, d: &Delivery) -> Option<Listing> {
    identify_delivery_all(report, d).into_iter().next()
}

/// Every list a delivery's refusal names with the same words, the one to ask first: a code
/// can stand for several lists (see [`super::identify_all_with_host`]). They share the evidence.
#[must_use]
pub fn identify_delivery_all(report: &Report, d: &Delivery) -> Vec<Listing> {
    identify_delivery_all_in(report, d, &mut Replies::default())
}

/// The lists each distinct refusal names, as [`identify_all_with_host`] found them: a report
/// for thousands of recipients repeats the same few replies, and each is read once.
#[derive(Default)]
pub struct Replies(HashMap<(String, Option<String>), Vec<Listing>>);

impl Replies {
    fn identify(&mut self, diag: &str, host: Option<&str>) -> Vec<Listing> {
        let key = (diag.to_owned(), host.map(str::to_owned));
        self.0
            .entry(key)
            .or_insert_with(|| identify_all_with_host(diag, host))
            .clone()
    }
}

/// [`identify_delivery_all`] for one delivery of many, with the refusals already read.
#[must_use]
pub fn identify_delivery_all_in(report: &Report, d: &Delivery, seen: &mut Replies) -> Vec<Listing> {
    let host = d.remote_mta.as_deref();
    if let Some(diag) = d.diagnostic.as_deref().filter(|s| !s.trim().is_empty()) {
        let mut all = seen.identify(diag, host);
        if let Some(first) = all.first() {
            let needle = diag.get(first.evidence.clone()).unwrap_or_default();
            let at = locate_in_report(report, d.span.as_ref(), needle).unwrap_or(0..0);
            for l in &mut all {
                l.evidence = at.clone();
            }
            return all;
        }
    }
    // The rest of the bounce is read only when the refusal is about the sender (a block) and
    // its diagnostic names no list, or when the reader found no diagnostic: a transcript may
    // quote the list on another line than the one taken as the diagnostic.
    let has_diagnostic = d
        .diagnostic
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    if NOT_A_BLOCK.contains(&d.reason) || (has_diagnostic && !ABOUT_THE_SENDER.contains(&d.reason))
    {
        return Vec::new();
    }
    // Only the neighbourhood of the diagnostic (its transcript), or the whole bounce when there
    // is no diagnostic to stand near.
    let head = head(report);
    let region = match (has_diagnostic, d.span.as_ref()) {
        (true, Some(span)) => near(head, span),
        (true, None) => return Vec::new(),
        (false, _) => 0..head.len(),
    };
    let text = head.get(region.clone()).unwrap_or_default();
    if !super::matcher::might_name_a_list(text) {
        return Vec::new();
    }
    // Header fields (a pasted raw bounce's own X-Spam-* stamps) name lists without meaning it.
    let mut all = identify_all_with_host(&blank_header_fields(text), host);
    for l in &mut all {
        l.evidence = region.start + l.evidence.start..region.start + l.evidence.end;
    }
    all
}

/// How far around a diagnostic its transcript may quote the list.
const NEAR_BEFORE: usize = 1500;
/// See [`NEAR_BEFORE`].
const NEAR_AFTER: usize = 500;

fn near(text: &str, span: &Range<usize>) -> Range<usize> {
    let mut a = span.start.saturating_sub(NEAR_BEFORE);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + NEAR_AFTER).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    a..b.max(a)
}

fn locate_in_report(
    report: &Report,
    within: Option<&Range<usize>>,
    needle: &str,
) -> Option<Range<usize>> {
    let text = head(report);
    if let Some(w) = within
        && let Some(region) = text.get(w.clone())
        && let Some(r) = locate_loose(region, needle)
    {
        return Some(w.start + r.start..w.start + r.end);
    }
    locate_loose(text, needle)
}

/// Finds `needle` in `hay` ignoring differences in whitespace (the diagnostic joins wrapped
/// lines that the text keeps apart) and the codes that open each line of a multi-line reply
/// (`550-5.7.1 `, `<<< 550-5.7.1 `), which the diagnostic drops.
#[must_use]
pub fn locate_loose(hay: &str, needle: &str) -> Option<Range<usize>> {
    let want: Vec<char> = needle
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    let first = *want.first()?;
    for (start, c) in hay.char_indices() {
        if c.to_lowercase().next() != Some(first) {
            continue;
        }
        let mut k = 0;
        let rest = hay.get(start..)?;
        let mut skip_to = 0;
        for (i, h) in rest.char_indices() {
            if i < skip_to {
                continue;
            }
            if h == '\n' {
                // A line of a quoted reply opens with its quoting (`> > `), a continued reply
                // line with its codes: neither is in the diagnostic.
                let line = rest.get(i + 1..).unwrap_or_default();
                let quoting = line.len() - line.trim_start_matches([' ', '\t', '>']).len();
                skip_to = i + 1 + reply_line_prefix(line).max(quoting);
                continue;
            }
            if h.is_whitespace() {
                continue;
            }
            if h.to_lowercase().next() != want.get(k).copied() {
                break;
            }
            k += 1;
            if k == want.len() {
                return Some(start..start + i + h.len_utf8());
            }
        }
    }
    None
}

/// The length of the reply code (and status code) opening a continued reply line, quoted or
/// not (`  <<< 550-5.7.1 `); 0 when the line does not open with one.
fn reply_line_prefix(line: &str) -> usize {
    let body = line.trim_start_matches([' ', '\t', '<', '>']);
    let b = body.as_bytes();
    if !(b.len() > 4 && b[..3].iter().all(u8::is_ascii_digit) && matches!(b[3], b'-' | b' ')) {
        return 0;
    }
    let after = body.get(4..).unwrap_or_default();
    let status = after
        .split_once(' ')
        .map_or("", |(w, _)| w)
        .trim_end_matches(['-', ' ']);
    let status_len = if status.split('.').count() == 3
        && status
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
    {
        status.len()
    } else {
        0
    };
    line.len() - body.len() + 4 + status_len
}

/// The text with header-field lines (`X-…:` and their continuations) blanked, length kept.
#[must_use]
pub fn blank_header_fields(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_field = false;
    for line in text.split_inclusive('\n') {
        let folded = line.starts_with([' ', '\t']);
        let starts = line.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("x-"))
            && line
                .split_once(':')
                .is_some_and(|(name, _)| !name.contains(' '));
        in_field = starts || (in_field && folded);
        if in_field {
            // A multi-byte character becomes as many spaces as it has bytes.
            for c in line.chars() {
                if c == '\n' {
                    out.push('\n');
                } else {
                    out.extend(std::iter::repeat_n(' ', c.len_utf8()));
                }
            }
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_location_spans_wrapped_text() {
        let hay = "said: 554 Service unavailable; Client host [192.0.2.1]\n    blocked using\n    Trend Micro RBL+.";
        let r = locate_loose(hay, "Trend Micro RBL+").unwrap();
        assert_eq!(hay.get(r), Some("Trend Micro RBL+"));
        let r = locate_loose(hay, "blocked using Trend").unwrap();
        assert_eq!(hay.get(r), Some("blocked using\n    Trend"));
        assert_eq!(locate_loose("日本語 テキスト", "テキスト"), Some(10..22));
        let hay = "<<< 550-5.7.1 is not authorized to\n<<< 550-5.7.1 send email directly";
        let r = locate_loose(hay, "not authorized to send email").unwrap();
        assert_eq!(
            hay.get(r),
            Some("not authorized to\n<<< 550-5.7.1 send email")
        );
        let hay = "550-5.7.1 rate of\n550-5.7.1 550 unsolicited";
        assert!(locate_loose(hay, "rate of 550 unsolicited").is_some());
        let hay = "> > Please contact your provider since part\n> > of their network is on our";
        let r = locate_loose(hay, "since part of their network").unwrap();
        assert_eq!(hay.get(r), Some("since part\n> > of their network"));
    }

    #[test]
    fn header_fields_are_blanked_at_the_same_length() {
        let text =
            "X-Spam-Report: listed in wl.mailspike.net\n\tmore mailspike 日本\nBody: spamhaus\n";
        let out = blank_header_fields(text);
        assert_eq!(out.len(), text.len());
        assert!(!out.contains("mailspike"));
        assert!(out.contains("Body: spamhaus"));
    }
}
