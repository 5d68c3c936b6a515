//! Finding the addresses of one delivery and choosing the blocked sender among them.

use std::borrow::Cow;
use std::net::IpAddr;
use std::ops::Range;

use super::context::{original_headers, received_line, transport_field, word_around};
use super::{IpCandidate, IpRole, choose, is_private, roles};
use crate::blocklist::url::owner;
use crate::bounce::{Delivery, Report};
use crate::scan::ip as scan;
use crate::scan::url::urls;

/// The addresses of one delivery and the blocked sender among them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IpFindings {
    /// One candidate per distinct address, in the order they first appear.
    pub candidates: Vec<IpCandidate>,
    /// The blocked sender, only when the refusal's wording names exactly one public address.
    pub blocked: Option<IpAddr>,
}

/// What the finder reads.
#[derive(Clone, Debug, Default)]
pub struct Sources<'a> {
    /// The bounce's text; spans index it.
    pub text: &'a str,
    /// Where the returned original starts in `text`; nothing after it is read as diagnosis.
    pub original_at: Option<usize>,
    /// The delivery's diagnostic, when the bounce reader found one.
    pub diagnostic: Option<&'a str>,
    /// Where the diagnostic stands in `text`.
    pub diagnostic_span: Option<Range<usize>>,
    /// The original message's `Received:` headers.
    pub received: &'a [String],
    /// Whether a catalogue entry was identified (an authentication failure with no list is not
    /// a block, even though it names the client's address).
    pub listed: bool,
    /// Where the other recipients' diagnostics stand in `text`: an address named there is
    /// theirs, not this delivery's.
    pub others: Vec<Range<usize>>,
}

/// Finds the addresses of one delivery in a report.
#[must_use]
pub fn find(report: &Report, delivery: &Delivery, listed: bool) -> IpFindings {
    find_in(&Sources {
        text: &report.text,
        original_at: report.original_at,
        diagnostic: delivery.diagnostic.as_deref(),
        diagnostic_span: delivery.span.clone(),
        received: report
            .original
            .as_ref()
            .map_or(&[], |o| o.received.as_slice()),
        listed,
        others: report
            .deliveries
            .iter()
            .filter_map(|d| d.span.clone())
            .filter(|s| Some(s) != delivery.span.as_ref())
            .collect(),
    })
}

/// Finds the addresses in a text that is all diagnosis (a pasted line or paragraph).
#[must_use]
pub fn find_in_text(text: &str, listed: bool) -> IpFindings {
    find_in(&Sources {
        text,
        listed,
        ..Sources::default()
    })
}

/// Candidates gathered so far: one per distinct address, with its best role.
#[derive(Default)]
struct Gathered {
    candidates: Vec<IpCandidate>,
}

impl Gathered {
    fn add(&mut self, ip: IpAddr, role: IpRole, span: Range<usize>) {
        match self.candidates.iter_mut().find(|c| c.ip == ip) {
            Some(c) if role.rank() > c.role.rank() => {
                c.role = role;
                c.span = span;
            }
            Some(_) => {}
            None => self.candidates.push(IpCandidate {
                ip,
                role,
                private: is_private(ip),
                span,
            }),
        }
    }
}

/// What the text before the original says about each address written there.
struct Head {
    written: Vec<scan::Written>,
    roles: Vec<IpRole>,
    remote: Vec<IpAddr>,
    /// Addresses inside a catalogue operator's own link, with where they stand.
    from_list_url: Vec<(IpAddr, Range<usize>)>,
}

/// Reads the wording around each address.
fn read_head(head: &str) -> Head {
    let written = scan::addresses(head);
    let mut roles = vec![IpRole::Other; written.len()];
    let mut remote = Vec::new();
    for (i, w) in written.iter().enumerate() {
        if w.cut || transport_field(head, w.span.start) {
            continue;
        }
        let (before, after) = roles::around(head, &w.span);
        let first = roles::ROLES.iter().position(|f| f.holds(before, after));
        if let Some(f) = first {
            roles[i] = roles::ROLES[f].role;
        }
        // The remote MX is noted even when a more telling family named the address first; when
        // none held, the search above already tried it.
        let remote_mx = match first {
            Some(2) => true,
            Some(_) => roles::ROLES[2].holds(before, after),
            None => false,
        };
        if remote_mx {
            remote.push(w.ip);
        }
    }
    // An address inside one of the catalogue operators' own links is the one they list. Only
    // the word an address stands in is read as a link: no pass over the whole text.
    let mut from_list_url = Vec::new();
    for (i, w) in written.iter().enumerate().filter(|(_, w)| !w.cut) {
        let Some((start, word)) = word_around(head, &w.span) else {
            continue;
        };
        // A mended address stands in its link with the line break still in it
        // (`bl.shtml?203.0.113.` / `14`): the link is read with the address written whole.
        let at = w.span.start - start..w.span.end - start;
        let (link, at) = match word.get(at.clone()) {
            Some(shown) if shown.contains(char::is_whitespace) => {
                let ip = w.ip.to_string();
                let joined = format!(
                    "{}{ip}{}",
                    word.get(..at.start).unwrap_or_default(),
                    word.get(at.end..).unwrap_or_default()
                );
                (Cow::Owned(joined), at.start..at.start + ip.len())
            }
            _ => (Cow::Borrowed(word), at),
        };
        for (span, u) in urls(&link) {
            let inside = span.start <= at.start && at.end <= span.end;
            if inside && owner(u).is_some() {
                roles[i] = IpRole::BlockedSender;
                from_list_url.push((w.ip, w.span.clone()));
            }
        }
    }
    Head {
        written,
        roles,
        remote,
        from_list_url,
    }
}

/// The diagnostic as the bounce reader joined it: wording split over lines reads whole.
/// Returns the addresses its blocking wording names.
fn read_diagnostic(src: &Sources<'_>, head: &Head, out: &mut Gathered) -> Vec<IpAddr> {
    let Some(diag) = src.diagnostic else {
        return Vec::new();
    };
    // The diagnostic joins wrapped lines with a space: an address the text does not show
    // whole (cut by a line break, "198.51.100.1" / "73", or a piece of one) is not read from
    // it either.
    let whole = |ip: IpAddr| head.written.iter().any(|w| w.ip == ip && !w.cut);
    let in_diag: Vec<scan::Written> = scan::addresses(diag)
        .into_iter()
        .filter(|w| whole(w.ip))
        .collect();
    let mut named = Vec::new();
    for w in &in_diag {
        let (before, after) = roles::around(diag, &w.span);
        if roles::ROLES[0].holds(before, after) {
            named.push(w.ip);
            let at = locate(src, &head.written, w.ip).unwrap_or(0..0);
            out.add(w.ip, IpRole::BlockedSender, at);
        }
    }
    for w in &in_diag {
        let at = locate(src, &head.written, w.ip).unwrap_or(0..0);
        out.add(w.ip, IpRole::Other, at);
    }
    named
}

/// The original's Received headers, found again after the cut where the original is inline.
fn read_original(src: &Sources<'_>, cut: usize, out: &mut Gathered) {
    let tail = original_headers(src.text.get(cut..).unwrap_or_default());
    let in_tail = scan::addresses(tail);
    for line in src.received {
        for w in scan::addresses(line) {
            let at = in_tail
                .iter()
                .find(|t| t.ip == w.ip)
                .map_or(0..0, |t| cut + t.span.start..cut + t.span.end);
            out.add(w.ip, IpRole::OriginalReceived, at);
        }
    }
    for t in &in_tail {
        if received_line(tail, t.span.start) {
            out.add(
                t.ip,
                IpRole::OriginalReceived,
                cut + t.span.start..cut + t.span.end,
            );
        }
    }
}

/// Finds the addresses from everything the finder reads.
#[must_use]
pub fn find_in(src: &Sources<'_>) -> IpFindings {
    let cut = src
        .original_at
        .filter(|&at| src.text.is_char_boundary(at))
        .unwrap_or(src.text.len());
    let head = read_head(src.text.get(..cut).unwrap_or_default());
    let mut out = Gathered::default();
    for (w, role) in head.written.iter().zip(&head.roles) {
        if !w.cut {
            out.add(w.ip, *role, w.span.clone());
        }
    }
    let from_diagnostic = read_diagnostic(src, &head, &mut out);
    read_original(src, cut, &mut out);
    // The remote MX is never the sender, whatever else the text says about it.
    for c in &mut out.candidates {
        if c.role == IpRole::BlockedSender
            && head.remote.contains(&c.ip)
            && !head.from_list_url.iter().any(|(ip, _)| *ip == c.ip)
        {
            c.role = IpRole::RemoteMx;
        }
    }
    // An authentication failure with no list names the client, but nothing blocks it.
    let named = out
        .candidates
        .iter()
        .any(|c| c.role == IpRole::BlockedSender);
    if named && auth_failure(src) {
        for c in &mut out.candidates {
            if c.role == IpRole::BlockedSender {
                c.role = IpRole::Other;
            }
        }
    }
    // The list's own link names the address it lists: when it names another one than the
    // refusal's wording, the text contradicts itself.
    let mut named: Vec<IpAddr> = from_diagnostic;
    if !named.is_empty() {
        named.extend(
            head.from_list_url
                .iter()
                .filter(|(_, span)| !choose::within(&src.others, span))
                .map(|(ip, _)| *ip),
        );
    }
    let blocked = choose::blocked(&out.candidates, &named, &src.others);
    IpFindings {
        candidates: out.candidates,
        blocked,
    }
}

fn auth_failure(src: &Sources<'_>) -> bool {
    let cut = src.original_at.unwrap_or(src.text.len());
    let text = src
        .diagnostic
        .unwrap_or_else(|| src.text.get(..cut).unwrap_or(src.text));
    !src.listed && roles::AUTH_FAILURE.is_match(text)
}

/// Where a diagnostic's address stands in the text: inside the diagnostic's own span first.
fn locate(src: &Sources<'_>, written: &[scan::Written], ip: IpAddr) -> Option<Range<usize>> {
    let inside = |w: &&scan::Written| {
        src.diagnostic_span
            .as_ref()
            .is_some_and(|d| d.start <= w.span.start && w.span.end <= d.end)
    };
    written
        .iter()
        .filter(|w| w.ip == ip)
        .find(inside)
        .or_else(|| written.iter().find(|w| w.ip == ip))
        .map(|w| w.span.clone())
}
