//! Secret keys inside DNS zone names (`<key>.zen.dq.spamhaus.net`,
//! `<key>.combined.mail.abusix.zone`) are the receiver's paid credentials: never shown whole.

use super::built::ZONES;

/// A label this long in front of a catalogue zone is taken for a key whatever it holds;
/// reversed IP octets and zone names are far shorter.
const KEY_MIN: usize = 16;
/// A shorter label is taken for a key when it mixes letters and digits or holds a hyphen
/// (`abc123def`, `k3y-9x`): sub-list names in front of a zone (`combined`) are plain words.
const KEY_MIN_MIXED: usize = 6;
/// Characters of a key left visible, so an administrator can still recognise it.
const KEY_SHOWN: usize = 4;

const fn key_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

/// Whether a label in front of a catalogue zone looks like a key.
fn is_key(label: &[u8]) -> bool {
    if label.len() < KEY_MIN_MIXED {
        return false;
    }
    let (letters, digits) = (
        label.iter().any(u8::is_ascii_alphabetic),
        label.iter().any(u8::is_ascii_digit),
    );
    label.len() >= KEY_MIN || (letters && digits) || label.contains(&b'-')
}

/// Whether `text` holds a label long enough to be a key, followed by a dot: a test that needs
/// neither the catalogue nor a regex, so most bounces are done with at once.
fn may_hold_a_key(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'.', b).any(|dot| {
        dot >= KEY_MIN_MIXED
            && b.get(dot - KEY_MIN_MIXED..dot)
                .is_some_and(|label| label.iter().copied().all(key_char))
    })
}

/// Key-like labels directly followed by labels ending in a catalogue zone. Each run of
/// host-name characters is read once, so a crafted line of dotted labels stays linear.
fn keys(text: &str) -> Vec<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let name = |c: u8| key_char(c) || c == b'.';
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !name(b[i]) {
            i += 1;
            continue;
        }
        let run_start = i;
        while i < b.len() && name(b[i]) {
            i += 1;
        }
        // A DNS name is at most 253 characters: only the run's tail can be a key and a zone,
        // so a crafted line of dotted labels stays linear.
        let mut from = i.saturating_sub(253).max(run_start);
        while from > run_start && b[from - 1] != b'.' {
            from += 1;
            if from >= i {
                break;
            }
        }
        let name = text.get(from..i).unwrap_or_default().trim_end_matches('.');
        let mut at = 0;
        while let Some(dot) = name
            .get(at..)
            .and_then(|r| memchr::memchr(b'.', r.as_bytes()))
        {
            let label = name.get(at..at + dot).unwrap_or_default();
            // The rest is lower-cased and compared with the zones only after a key-like
            // label: most names hold none, and a report of thousands of recipients names
            // thousands of hosts.
            let in_zone = || {
                let rest = name
                    .get(at + dot + 1..)
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                ZONES
                    .iter()
                    .any(|&z| rest == z || rest.strip_suffix(z).is_some_and(|h| h.ends_with('.')))
            };
            if is_key(label.as_bytes()) && in_zone() {
                out.push(from + at..from + at + dot);
            }
            at += dot + 1;
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
        .map(|l| (l.start + KEY_SHOWN).min(l.end)..l.end)
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

    /// build.rs wrote every zone of the catalogue, lower-case.
    #[test]
    fn the_zones_are_the_catalogues() {
        let zones: Vec<String> = super::super::CATALOGUE
            .entries
            .iter()
            .flat_map(|e| {
                e.zones
                    .iter()
                    .chain(e.sublists.iter().flat_map(|s| &s.zones))
            })
            .map(|z| z.to_ascii_lowercase())
            .collect();
        assert_eq!(zones, ZONES);
    }

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
    fn short_keys_and_keys_with_hyphens_are_masked_too() {
        let original = "using ab12cd34.zen.dq.spamhaus.net and k3y-x9-zz.zen.dq.spamhaus.net";
        let mut text = original.to_owned();
        assert!(mask_secrets(&mut text));
        assert_eq!(text.len(), original.len());
        assert!(text.contains("ab12****.zen.dq.spamhaus.net"), "{text}");
        assert!(text.contains("k3y-*****.zen.dq.spamhaus.net"), "{text}");
        // A sub-list's name in front of the zone is not a key.
        let mut plain = "listed in combined.mail.abusix.zone".to_owned();
        assert!(!mask_secrets(&mut plain));
        // The query form: the reversed address, then the key, then the zone.
        let mut query = "2.0.0.127.ab12cd34ef.zen.dq.spamhaus.net".to_owned();
        assert!(mask_secrets(&mut query));
        assert_eq!(query, "2.0.0.127.ab12******.zen.dq.spamhaus.net");
    }

    #[test]
    fn ordinary_zones_are_left_alone() {
        let original = "blocked using zen.spamhaus.org; query 2.0.0.127.zen.spamhaus.org";
        let mut text = original.to_owned();
        assert!(!mask_secrets(&mut text));
        assert_eq!(text, original);
    }
}
