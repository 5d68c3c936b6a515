//! Which catalogue entry a refusal names, and which of its sub-lists.
//!
//! Every identifying pattern (markers and zones, of entries and sub-lists) requires some words;
//! one Aho-Corasick pass over a diagnostic finds which patterns can match, and only those run,
//! each compiled on first need. Most runs compile a handful of the catalogue's patterns:
//! compiling all of them would cost more than reading a whole corpus.

use std::ops::Range;

use super::catalogue::{Entry, Kind};
use super::compiled::{COMPILED, Compiled, Lazy};
use super::{CATALOGUE, Listing};
use crate::scan::host;

/// One entry the text names, before choosing between entries.
struct Hit {
    entry: usize,
    evidence: Range<usize>,
    sublist: Option<usize>,
}

fn tier(kind: Kind) -> u8 {
    match kind {
        Kind::Dnsbl => 0,
        Kind::ProviderReputation => 1,
        Kind::CarrierFilter => 2,
    }
}

/// Whether `text` could name an entry at all: a quick test before reading a long text.
#[must_use]
pub fn might_name_a_list(text: &str) -> bool {
    let c = &*COMPILED;
    !c.matching(text).is_empty() || c.near_host(text)
}

/// Finds the entry whose removal the user must ask for, in one diagnostic text.
///
/// The evidence span indexes `text`.
#[must_use]
pub fn identify(text: &str) -> Option<Listing> {
    identify_with_host(text, None)
}

/// Like [`identify`], also knowing the server that answered (the DSN's `Remote-MTA`), which
/// lets carrier and gateway entries with generic wording be recognised.
#[must_use]
pub fn identify_with_host(text: &str, remote_mta: Option<&str>) -> Option<Listing> {
    identify_all_with_host(text, remote_mta).into_iter().next()
}

/// Like [`identify_with_host`], with every other list the same words name after the first: a
/// receiver's code can stand for several lists at once (Comcast's `BL000011` is Spamhaus and
/// Cloudmark), and each has its own route. Empty when no entry is named.
#[must_use]
pub fn identify_all_with_host(text: &str, remote_mta: Option<&str>) -> Vec<Listing> {
    let c = &*COMPILED;
    let mut hits: Vec<Hit> = Vec::new();
    for i in c.matching(text) {
        collect(c, i, text, &mut hits);
    }
    if (c.near_host(text) || remote_mta.is_some_and(|h| c.near_host(h)))
        && !c.negative.get().is_some_and(|re| re.is_match(text))
    {
        host_hits(c, text, remote_mta, &mut hits);
    }
    if hits.is_empty() {
        return Vec::new();
    }
    // The catalogue itself is built only now, for a text that names a list.
    let cat = &*CATALOGUE;
    let Some(winner) = choose(&cat.entries, &hits) else {
        return Vec::new();
    };
    // The same words naming another entry: one code standing for several lists.
    let co_named = hits
        .iter()
        .filter(|h| h.entry != winner.entry && h.evidence == winner.evidence);
    std::iter::once(winner)
        .chain(co_named)
        .map(|h| {
            let entry = &cat.entries[h.entry];
            Listing {
                id: entry.id.clone(),
                name: entry.name.clone(),
                sublist: pick_sublist(c, h, text).map(|j| entry.sublists[j].id.clone()),
                evidence: h.evidence.clone(),
            }
        })
        .collect()
}

/// Records the entry pattern `i` names, with its earliest evidence.
fn collect(c: &Compiled, i: usize, text: &str, hits: &mut Vec<Hit>) {
    let owner = &c.owners[i];
    let Some(m) = c.each[i].get().and_then(|re| re.find(text)) else {
        return;
    };
    // Zone patterns may include the character before the zone; the evidence is the name.
    let evidence = trim_evidence(text, m.range());
    match hits.iter_mut().find(|h| h.entry == owner.entry) {
        Some(h) => {
            if evidence.start < h.evidence.start {
                h.evidence = evidence;
            }
            h.sublist = h.sublist.or(owner.sublist);
        }
        None => hits.push(Hit {
            entry: owner.entry,
            evidence,
            sublist: owner.sublist,
        }),
    }
}

/// Entries whose own server answered with their generic wording.
fn host_hits(c: &Compiled, text: &str, remote_mta: Option<&str>, hits: &mut Vec<Hit>) {
    let tokens: Vec<&str> = remote_mta
        .into_iter()
        .chain(std::iter::once(text))
        .flat_map(host::names)
        .collect();
    for (i, pair) in c.hosts.iter().enumerate() {
        let Some((hosts, markers)) = pair else {
            continue;
        };
        if hits.iter().any(|h| h.entry == i) {
            continue;
        }
        let Some(hosts) = hosts.get() else { continue };
        if !tokens.iter().any(|t| hosts.is_match(t)) {
            continue;
        }
        if let Some(m) = markers.get().and_then(|re| re.find(text)) {
            hits.push(Hit {
                entry: i,
                evidence: snap(text, m.range()),
                sublist: None,
            });
        }
    }
}

/// The range widened to character boundaries: byte patterns may start or end inside one.
fn snap(text: &str, r: Range<usize>) -> Range<usize> {
    let (mut a, mut b) = (r.start.min(text.len()), r.end.min(text.len()));
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(b) {
        b += 1;
    }
    a..b
}

fn trim_evidence(text: &str, r: Range<usize>) -> Range<usize> {
    let r = snap(text, r);
    let s = text.get(r.clone()).unwrap_or_default();
    let lead = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let trail = s.len() - s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    if lead + trail >= s.len() {
        return r;
    }
    r.start + lead..r.end - trail
}

/// The list to ask wins over the receiver that consulted it; then a list over a provider's
/// own reputation over a carrier's filter; then whichever the text names first.
fn choose<'h>(entries: &[Entry], hits: &'h [Hit]) -> Option<&'h Hit> {
    let consulted = |h: &Hit| {
        hits.iter().any(|other| {
            other.entry != h.entry
                && entries[h.entry]
                    .consults
                    .iter()
                    .any(|id| *id == entries[other.entry].id)
        })
    };
    hits.iter()
        .filter(|h| !consulted(h))
        .min_by_key(|h| (tier(entries[h.entry].kind), h.evidence.start))
}

/// How far from the list's name a sub-list marker is looked for. A refusal is a few hundred
/// bytes; the bound keeps a crafted megabyte-long one from being read once per marker.
const MARKER_REACH: usize = 8 * 1024;

fn pick_sublist(c: &Compiled, hit: &Hit, text: &str) -> Option<usize> {
    let mut from = hit.evidence.start.saturating_sub(MARKER_REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = hit
        .evidence
        .end
        .saturating_add(MARKER_REACH)
        .min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let text = text.get(from..to).unwrap_or(text);
    let by_marker = c.sublists[hit.entry].iter().position(|re| {
        re.as_ref()
            .and_then(Lazy::get)
            .is_some_and(|re| re.is_match(text))
    });
    match (hit.sublist, by_marker) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
#[path = "matcher_tests.rs"]
mod tests;
