//! How the catalogue's patterns are written and compiled: zones as patterns, case folding, and
//! the small, fast-compiling engine the matcher uses.

use regex_lite::Regex;

use super::catalogue::Catalogue;

/// Compiles a catalogue pattern the way the matcher runs it: with `regex-lite`, whose classes
/// and word boundaries are ASCII. It compiles in microseconds where a full regex engine takes a
/// quarter of a millisecond, and it only ever reads a diagnostic or the text around an address:
/// a run compiles the few patterns its texts call for, not the whole catalogue.
#[must_use]
pub fn compile(source: &str) -> Option<Regex> {
    Regex::new(source).ok()
}

/// A zone as a pattern: any labels may stand in front (a DQS key), none may continue it.
#[must_use]
pub fn zone_pattern(zone: &str) -> String {
    format!(
        r"(?:^|[^a-z0-9-])(?:[a-z0-9_-]+\.)*{}(?:$|[^a-z0-9-]|\.[^a-z0-9])",
        regex_lite::escape(zone)
    )
}

/// Case-insensitive (`regex-lite` classes and boundaries are ASCII already).
#[must_use]
pub fn ci(p: &str) -> String {
    format!("(?i){p}")
}

/// Patterns as one case-insensitive alternation; none for no pattern.
#[must_use]
pub fn alternation(patterns: &[String]) -> Option<String> {
    if patterns.is_empty() {
        return None;
    }
    let joined = patterns
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect::<Vec<_>>()
        .join("|");
    Some(ci(&joined))
}

/// Per entry, its receiving hosts and the markers that count only with them, each as one
/// alternation; none for an entry without both.
#[must_use]
pub fn host_alternations(cat: &Catalogue) -> Vec<Option<(String, String)>> {
    cat.entries
        .iter()
        .map(|e| Some((alternation(&e.hosts)?, alternation(&e.host_markers)?)))
        .collect()
}

/// Per entry, per sub-list: its markers as one alternation.
#[must_use]
pub fn sublist_alternations(cat: &Catalogue) -> Vec<Vec<Option<String>>> {
    cat.entries
        .iter()
        .map(|e| e.sublists.iter().map(|s| alternation(&s.markers)).collect())
        .collect()
}

/// Every identifying pattern of the catalogue (markers and zones of entries, zones of
/// sub-lists), case-insensitive, with the entry and the sub-list it names. build.rs reads the
/// same list to find each pattern's words before the program runs.
#[must_use]
pub fn identifying(cat: &Catalogue) -> Vec<(String, usize, Option<usize>)> {
    let mut out = Vec::new();
    for (i, e) in cat.entries.iter().enumerate() {
        for m in &e.markers {
            out.push((ci(m), i, None));
        }
        for z in &e.zones {
            out.push((ci(&zone_pattern(z)), i, None));
        }
        for (j, s) in e.sublists.iter().enumerate() {
            for z in &s.zones {
                out.push((ci(&zone_pattern(z)), i, Some(j)));
            }
        }
    }
    out
}

/// Every receiving host of the catalogue, unanchored at the end, case-insensitive: what a text
/// must contain to name one.
#[must_use]
pub fn host_sources(cat: &Catalogue) -> Vec<String> {
    cat.entries
        .iter()
        .flat_map(|e| &e.hosts)
        .map(|h| ci(h.trim_end_matches('$').trim_end_matches(r"\.?")))
        .collect()
}
