//! Secret keys inside DNS zone names (`<key>.zen.dq.spamhaus.net`,
//! `<key>.combined.mail.abusix.zone`) are the receiver's paid credentials: never shown whole.

use std::sync::LazyLock;

use super::CATALOGUE;

/// Shortest label taken for a key; reversed IP octets and zone names are far shorter.
const KEY_MIN: usize = 16;
/// Characters of a key left visible, so an administrator can still recognise it.
const KEY_SHOWN: usize = 4;

/// Whether `text` holds a label long enough to be a key, followed by a dot: a test that needs
/// neither the catalogue nor a regex, so most bounces are done with at once.
fn may_hold_a_key(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'.', b).any(|dot| {
        dot >= KEY_MIN
            && b.get(dot - KEY_MIN..dot)
                .is_some_and(|label| label.iter().all(u8::is_ascii_alphanumeric))
    })
}

/// Every catalogue zone, lower-case.
static ZONES: LazyLock<Vec<String>> = LazyLock::new(|| {
    CATALOGUE
        .entries
        .iter()
        .flat_map(|e| {
            e.zones
                .iter()
                .chain(e.sublists.iter().flat_map(|s| &s.zones))
        })
        .map(|z| z.to_ascii_lowercase())
        .collect()
});

/// Key-like labels (long, alphanumeric) directly followed by labels ending in a catalogue zone.
fn keys(text: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let name = |c: u8| c.is_ascii_alphanumeric() || c == b'.' || c == b'-' || c == b'_';
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_alphanumeric() {
            continue;
        }
        let label = start..i;
        start = i + 1;
        if c != b'.' || label.len() < KEY_MIN {
            continue;
        }
        let rest_end = b[i + 1..]
            .iter()
            .position(|&c| !name(c))
            .map_or(b.len(), |n| i + 1 + n);
        let rest = text
            .get(i + 1..rest_end)
            .unwrap_or_default()
            .trim_end_matches('.')
            .to_ascii_lowercase();
        let in_zone = ZONES
            .iter()
            .any(|z| rest == *z || rest.ends_with(&format!(".{z}")));
        if in_zone {
            out.push(label);
        }
    }
    out
}

/// Masks every key-like label in front of a catalogue zone, in place and without changing the
/// text's length, so spans into it stay valid. Returns whether anything was masked.
pub fn mask_secrets(text: &mut String) -> bool {
    let end = text.len();
    mask_secrets_before(text, end)
}

/// Like [`mask_secrets`], for the part of `text` before `end` only (the bounce, not the
/// returned original after it).
pub fn mask_secrets_before(text: &mut String, end: usize) -> bool {
    let Some(part) = text.get(..end) else {
        return false;
    };
    if !may_hold_a_key(part) {
        return false;
    }
    let ranges: Vec<std::ops::Range<usize>> = keys(part)
        .into_iter()
        .map(|l| l.start + KEY_SHOWN..l.end)
        .collect();
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
