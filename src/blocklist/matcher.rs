//! Which catalogue entry a refusal names, and which of its sub-lists.
//!
//! Every identifying pattern (markers and zones, of entries and sub-lists) requires some words;
//! one Aho-Corasick pass over a diagnostic finds which patterns can match, and only those run,
//! each compiled on first need. Most runs compile a handful of the catalogue's patterns:
//! compiling all of them would cost more than reading a whole corpus.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex_lite::Regex;

use super::catalogue::{Catalogue, Entry, Kind};
use super::patterns::{ci, compile, zone_pattern};
use super::prefilter::Prefilter;
use super::{CATALOGUE, Listing};

/// Where an identifying pattern comes from.
struct Owner {
    entry: usize,
    /// The sub-list a zone pattern implies.
    sublist: Option<usize>,
}

/// A regex compiled on first use; `None` when it does not compile (tests/catalogue.rs keeps
/// that from happening).
struct Lazy {
    source: String,
    re: OnceLock<Option<Regex>>,
}

impl Lazy {
    fn new(source: String) -> Self {
        Self {
            source,
            re: OnceLock::new(),
        }
    }

    fn get(&self) -> Option<&Regex> {
        self.re.get_or_init(|| compile(&self.source)).as_ref()
    }
}

/// The catalogue's patterns, ready to compile.
struct Compiled {
    /// Words one of which any identifying pattern's match contains.
    words: Prefilter,
    each: Vec<Lazy>,
    owners: Vec<Owner>,
    /// Per entry: its receiving hosts and the markers that count only with them.
    hosts: Vec<Option<(Lazy, Lazy)>>,
    /// Per entry, per sub-list: its markers as one alternation.
    sublists: Vec<Vec<Option<Lazy>>>,
    /// Words one of which any receiving host contains.
    host_words: Prefilter,
    /// Refusals about the mailbox or the message, never about the sender's IP.
    negative: Lazy,
}

fn alternation(patterns: &[String]) -> Option<Lazy> {
    if patterns.is_empty() {
        return None;
    }
    let joined = patterns
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|");
    Some(Lazy::new(ci(&joined)))
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
        let host_sources: Vec<String> = host_any.iter().map(|h| ci(h)).collect();
        Self {
            words: Prefilter::new(patterns.iter().map(String::as_str)),
            each: patterns.into_iter().map(Lazy::new).collect(),
            owners,
            hosts,
            sublists,
            host_words: Prefilter::new(host_sources.iter().map(String::as_str)),
            negative: Lazy::new(ci(
                r"user\s*unknown|unknown\s*user|no such (?:user|mailbox)|does not exist|mailbox (?:is )?full|over quota|quota exceeded|too (?:large|big)|size limit|\b5\.1\.1\b|\b5\.2\.2\b|\b5\.3\.4\b|\bSPF\b|\bDKIM\b|\bDMARC\b",
            )),
        }
    }

    /// The patterns that match `text`: the words say which can, and only those run.
    fn matching(&self, text: &str) -> Vec<usize> {
        if !self.words.may_match(text) {
            return Vec::new();
        }
        self.words
            .candidates(text)
            .into_iter()
            .filter(|&i| self.each[i].get().is_some_and(|re| re.is_match(text)))
            .collect()
    }

    /// Whether `text` may name a receiving host of an entry: one of the words the hosts need.
    fn near_host(&self, text: &str) -> bool {
        self.host_words.may_match(text)
    }
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| Compiled::new(&CATALOGUE));

/// Compiles every pattern identification uses now rather than on first use (benchmarks, and a
/// wizard that wants the first paste to answer at once).
pub fn warm_up() {
    let c = &*COMPILED;
    c.matching("spamhaus");
    for l in c.each.iter().chain([&c.negative]) {
        l.get();
    }
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
    let c = &*COMPILED;
    let cat = &*CATALOGUE;
    let mut hits: Vec<Hit> = Vec::new();
    for i in c.matching(text) {
        collect(c, i, text, &mut hits);
    }
    if (c.near_host(text) || remote_mta.is_some_and(|h| c.near_host(h)))
        && !c.negative.get().is_some_and(|re| re.is_match(text))
    {
        host_hits(c, text, remote_mta, &mut hits);
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
        .flat_map(host_names)
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

/// Host names in a text: words of letters, digits, dots and dashes with a dot and a final
/// label of letters, not the domain part of an address (`user@docomo.ne.jp` is a recipient).
fn host_names(text: &str) -> impl Iterator<Item = &str> {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let mut rest = text;
    let mut prev = ' ';
    std::iter::from_fn(move || {
        loop {
            let start = rest.find(part)?;
            let before = rest
                .get(..start)
                .and_then(|s| s.chars().next_back())
                .unwrap_or(prev);
            let tail = rest.get(start..)?;
            let len = tail.find(|c: char| !part(c)).unwrap_or(tail.len());
            let word = tail.get(..len)?.trim_end_matches('.');
            prev = tail.get(..len)?.chars().next_back().unwrap_or(prev);
            rest = tail.get(len..)?;
            let tld = word.rsplit('.').next().unwrap_or_default();
            if before != '@'
                && word.contains('.')
                && tld.len() >= 2
                && tld.bytes().all(|b| b.is_ascii_alphabetic())
            {
                return Some(word);
            }
        }
    })
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

fn pick_sublist(c: &Compiled, hit: &Hit, text: &str) -> Option<usize> {
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
