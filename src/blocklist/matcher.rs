//! Which catalogue entry a refusal names, and which of its sub-lists.
//!
//! Every identifying pattern (markers and zones, of entries and sub-lists) goes into one
//! `RegexSet`, compiled once, so a diagnostic is scanned in a single pass; the individual
//! patterns run only for the few that matched, to find the evidence span.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::catalogue::{Catalogue, Entry, Kind};
use super::prefilter::Prefilter;
use super::{CATALOGUE, Listing};

/// Where an identifying pattern comes from.
struct Owner {
    entry: usize,
    /// The sub-list a zone pattern implies.
    sublist: Option<usize>,
}

/// The catalogue's patterns, compiled.
struct Compiled {
    /// Words one of which any identifying pattern's match contains.
    words: Prefilter,
    set: RegexSet,
    each: Vec<Regex>,
    owners: Vec<Owner>,
    /// Per entry: its receiving hosts and the markers that count only with them.
    hosts: Vec<Option<(Regex, Regex)>>,
    /// Per entry, per sub-list: its markers as one alternation.
    sublists: Vec<Vec<Option<Regex>>>,
    /// Any entry's receiving host, unanchored: a quick test before reading host names.
    host_any: Option<Regex>,
    /// Words one of which any receiving host contains.
    host_words: Prefilter,
    /// Host names in a text (not the domain part of an address).
    host_token: Regex,
    /// Refusals about the mailbox or the message, never about the sender's IP.
    negative: Regex,
}

/// A zone as a pattern: any labels may stand in front (a DQS key), none may continue it.
pub(crate) fn zone_pattern(zone: &str) -> String {
    format!(
        r"(?:^|[^a-z0-9-])(?:[a-z0-9_-]+\.)*{}(?:$|[^a-z0-9-]|\.[^a-z0-9])",
        regex::escape(zone)
    )
}

/// Case-insensitive, with ASCII word boundaries: a Unicode `\b` makes the regex engine give
/// up its fast DFA on any non-ASCII text (every Japanese bounce), which costs ten times more.
pub(crate) fn ci(p: &str) -> String {
    format!("(?i){}", ascii_boundaries(p))
}

/// Rewrites `\b`, `\B`, `\s`, `\w` and `\d` outside character classes as their ASCII forms, so
/// patterns stay on the regex engine's fast path for non-ASCII (Japanese) text.
#[must_use]
pub fn ascii_boundaries(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 16);
    let mut chars = p.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(b @ ('b' | 'B' | 's' | 'w' | 'd')) if !in_class => {
                    out.push_str("(?-u:\\");
                    out.push(b);
                    out.push(')');
                }
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn alternation(patterns: &[String]) -> Option<Regex> {
    if patterns.is_empty() {
        return None;
    }
    let joined = patterns
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&ci(&joined)).ok()
}

impl Compiled {
    fn new(cat: &Catalogue) -> Self {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (i, e) in cat.entries.iter().enumerate() {
            for m in &e.markers {
                patterns.push(ci(m));
                owners.push(Owner {
                    entry: i,
                    sublist: None,
                });
            }
            for z in &e.zones {
                patterns.push(ci(&zone_pattern(z)));
                owners.push(Owner {
                    entry: i,
                    sublist: None,
                });
            }
            for (j, s) in e.sublists.iter().enumerate() {
                for z in &s.zones {
                    patterns.push(ci(&zone_pattern(z)));
                    owners.push(Owner {
                        entry: i,
                        sublist: Some(j),
                    });
                }
            }
        }
        // A pattern that does not compile is caught by tests/catalogue.rs; here it is dropped
        // rather than failing every run.
        let (patterns, owners): (Vec<_>, Vec<_>) = patterns
            .into_iter()
            .zip(owners)
            .filter(|(p, _)| Regex::new(p).is_ok())
            .unzip();
        let each = patterns.iter().filter_map(|p| Regex::new(p).ok()).collect();
        let set = RegexSet::new(&patterns).unwrap_or_else(|_| RegexSet::empty());
        let hosts = cat
            .entries
            .iter()
            .map(|e| Some((alternation(&e.hosts)?, alternation(&e.host_markers)?)))
            .collect();
        let sublists = cat
            .entries
            .iter()
            .map(|e| e.sublists.iter().map(|s| alternation(&s.markers)).collect())
            .collect();
        let host_any: Vec<String> = cat
            .entries
            .iter()
            .flat_map(|e| &e.hosts)
            .map(|h| h.trim_end_matches('$').trim_end_matches(r"\.?").to_owned())
            .collect();
        Self {
            words: Prefilter::new(patterns.iter().map(String::as_str)),
            set,
            each,
            owners,
            hosts,
            sublists,
            host_words: Prefilter::new(host_any.iter().map(|h| ci(h)).collect::<Vec<_>>().iter().map(String::as_str)),
            host_any: alternation(&host_any),
            host_token: Regex::new(r"(?i)(?:^|[^a-z0-9@._-])([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\.?")
                .expect("host pattern"),
            negative: Regex::new(&ci(
                r"user\s*unknown|unknown\s*user|no such (?:user|mailbox)|does not exist|mailbox (?:is )?full|over quota|quota exceeded|too (?:large|big)|size limit|\b5\.1\.1\b|\b5\.2\.2\b|\b5\.3\.4\b|\bSPF\b|\bDKIM\b|\bDMARC\b",
            ))
            .expect("negative pattern"),
        }
    }
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| Compiled::new(&CATALOGUE));

/// Compiles every pattern identification uses now rather than on first use (benchmarks, and a
/// wizard that wants the first paste to answer at once).
pub fn warm_up() {
    LazyLock::force(&COMPILED);
    let mut empty = String::from("x");
    super::mask_secrets(&mut empty);
    let _ = super::url::suspicious_urls("https://example.com/");
    let _ = crate::ip::find_in_text("Client host [192.0.2.1] blocked", false);
}

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
    (c.words.may_match(text) && c.set.is_match(text))
        || (c.host_words.may_match(text) && c.host_any.as_ref().is_some_and(|re| re.is_match(text)))
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
    let c = &*COMPILED;
    let cat = &*CATALOGUE;
    let mut hits: Vec<Hit> = Vec::new();
    // Most texts name no list; saying so is cheaper than listing every pattern that matched.
    let any = c.words.may_match(text) && c.set.is_match(text);
    for i in c.set.matches(if any { text } else { "" }) {
        let owner = &c.owners[i];
        let Some(m) = c.each[i].find(text) else {
            continue;
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
    let near_host =
        |s: &str| c.host_words.may_match(s) && c.host_any.as_ref().is_some_and(|re| re.is_match(s));
    if (near_host(text) || remote_mta.is_some_and(near_host)) && !c.negative.is_match(text) {
        let tokens: Vec<&str> = remote_mta
            .into_iter()
            .chain(std::iter::once(text))
            .flat_map(|s| c.host_token.captures_iter(s))
            .filter_map(|cap| cap.get(1).map(|m| m.as_str()))
            .collect();
        for (i, pair) in c.hosts.iter().enumerate() {
            let Some((hosts, markers)) = pair else {
                continue;
            };
            if hits.iter().any(|h| h.entry == i) || !tokens.iter().any(|t| hosts.is_match(t)) {
                continue;
            }
            if let Some(m) = markers.find(text) {
                hits.push(Hit {
                    entry: i,
                    evidence: m.range(),
                    sublist: None,
                });
            }
        }
    }
    let winner = choose(&cat.entries, &hits)?;
    let entry = &cat.entries[winner.entry];
    let sublist = pick_sublist(c, winner, text).map(|j| entry.sublists[j].id.clone());
    Some(Listing {
        id: entry.id.clone(),
        name: entry.name.clone(),
        sublist,
        evidence: winner.evidence.clone(),
    })
}

fn trim_evidence(text: &str, r: Range<usize>) -> Range<usize> {
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

fn pick_sublist(c: &Compiled, hit: &Hit, text: &str) -> Option<usize> {
    let by_marker = c.sublists[hit.entry]
        .iter()
        .position(|re| re.as_ref().is_some_and(|re| re.is_match(text)));
    match (hit.sublist, by_marker) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
#[path = "matcher_tests.rs"]
mod tests;
