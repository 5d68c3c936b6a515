//! Secret keys inside DNS zone names (`<key>.zen.dq.spamhaus.net`,
//! `<key>.combined.mail.abusix.zone`) are the receiver's paid credentials: never shown whole.

use std::sync::LazyLock;

use regex::Regex;

use super::CATALOGUE;

/// Shortest label taken for a key; reversed IP octets and zone names are far shorter.
const KEY_MIN: usize = 16;
/// Characters of a key left visible, so an administrator can still recognise it.
const KEY_SHOWN: usize = 4;

fn zones() -> Vec<String> {
    CATALOGUE
        .entries
        .iter()
        .flat_map(|e| {
            e.zones
                .iter()
                .chain(e.sublists.iter().flat_map(|s| &s.zones))
        })
        .cloned()
        .collect()
}

/// Any catalogue zone, as a quick test before the slower look at the labels in front: a plain
/// alternation of literals, which the regex engine searches with its vectorised prefilter.
static ZONE_ANY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    // Lower and upper case only: a case-insensitive set of literals this long would leave the
    // fast path, and refusals write DNS names in one case.
    let zones: Vec<String> = zones()
        .iter()
        .flat_map(|z| [z.to_ascii_lowercase(), z.to_ascii_uppercase()])
        .map(|z| regex::escape(&z))
        .collect();
    Regex::new(&zones.join("|")).ok()
});

/// Labels in front of any catalogue zone.
static ZONE_PREFIX: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let zones: Vec<String> = CATALOGUE
        .entries
        .iter()
        .flat_map(|e| {
            e.zones
                .iter()
                .chain(e.sublists.iter().flat_map(|s| &s.zones))
        })
        .map(|z| regex::escape(z))
        .collect();
    if zones.is_empty() {
        return None;
    }
    Regex::new(&format!(r"(?i)((?:[a-z0-9_-]+\.)+)(?:{})", zones.join("|"))).ok()
});

/// Masks every key-like label in front of a catalogue zone, in place and without changing the
/// text's length, so spans into it stay valid. Returns whether anything was masked.
pub fn mask_secrets(text: &mut String) -> bool {
    let end = text.len();
    mask_secrets_before(text, end)
}

/// Like [`mask_secrets`], for the part of `text` before `end` only (the bounce, not the
/// returned original after it).
pub fn mask_secrets_before(text: &mut String, end: usize) -> bool {
    let Some(re) = ZONE_PREFIX.as_ref() else {
        return false;
    };
    let Some(part) = text.get(..end) else {
        return false;
    };
    if !ZONE_ANY.as_ref().is_some_and(|re| re.is_match(part)) {
        return false;
    }
    let mut ranges = Vec::new();
    for cap in re.captures_iter(part) {
        let Some(prefix) = cap.get(1) else { continue };
        let mut at = prefix.start();
        for label in prefix.as_str().split_terminator('.') {
            if label.len() >= KEY_MIN && label.bytes().all(|b| b.is_ascii_alphanumeric()) {
                ranges.push(at + KEY_SHOWN..at + label.len());
            }
            at += label.len() + 1;
        }
    }
    for r in &ranges {
        // The label is ASCII, so replacing it byte for byte keeps the text valid UTF-8.
        text.replace_range(r.clone(), &"*".repeat(r.len()));
    }
    !ranges.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_masked_and_lengths_kept() {
        let original = "blocked using a1b2c3d4e5f6g7h8i9j0k1l2m3.zen.dq.spamhaus.net; \
                        also k3y9k3y9k3y9k3y9k3y9.combined.mail.abusix.zone";
        let mut text = original.to_owned();
        assert!(mask_secrets(&mut text));
        assert_eq!(text.len(), original.len());
        assert!(!text.contains("a1b2c3d4e5f6g7h8i9j0k1l2m3"));
        assert!(text.contains("a1b2**********************.zen.dq.spamhaus.net"));
        assert!(text.contains("k3y9****************.combined.mail.abusix.zone"));
    }

    #[test]
    fn ordinary_zones_are_left_alone() {
        let original = "blocked using zen.spamhaus.org; query 2.0.0.127.zen.spamhaus.org";
        let mut text = original.to_owned();
        assert!(!mask_secrets(&mut text));
        assert_eq!(text, original);
    }
}
