//! How the catalogue's patterns are written and compiled: zones as patterns, case folding, and
//! the small, fast-compiling engine the matcher uses.

use regex_lite::Regex;

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
