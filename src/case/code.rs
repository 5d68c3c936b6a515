//! The phone code: a case in a few characters that survive being read aloud, e.g.
//! `TM-QIL 203.0.113.5` — the list (two letters), the sub-list (its own name, letters and
//! digits only), then the IP.
//!
//! Read back leniently, as a support person types what they heard: any case, full-width
//! characters, spaces or other dashes for the hyphen, `O` for `0` and `I`/`l` for `1` in the IP
//! (and the other way round in the sub-list, where both sides are compared folded).

use std::net::IpAddr;

use crate::blocklist::CATALOGUE;

/// Each list's two letters: short, unlike each other, and easy to spell on the telephone.
/// A catalogue list without a code here fails `every_list_has_a_code`.
const CODES: &[(&str, &str)] = &[
    ("trendmicro-ers", "TM"),
    ("spamhaus", "SH"),
    ("barracuda", "BA"),
    ("spamcop", "SC"),
    ("proofpoint", "PP"),
    ("cloudmark", "CM"),
    ("cisco-talos", "CT"),
    ("mimecast", "MC"),
    ("uceprotect", "UC"),
    ("sorbs", "SO"),
    ("abusix", "AX"),
    ("spamrats", "RA"),
    ("invaluement", "IV"),
    ("mailspike", "MS"),
    ("psbl", "PS"),
    ("senderscore", "SS"),
    ("microsoft-outlook", "MO"),
    ("microsoft-365", "MT"),
    ("gmail", "GM"),
    ("yahoo", "YH"),
    ("apple-icloud", "AP"),
    ("docomo", "DC"),
    ("au-kddi", "AU"),
    ("softbank", "SB"),
    ("yahoo-japan", "YJ"),
    ("backscatterer", "BS"),
    ("uribl", "UR"),
    ("surbl", "SU"),
    ("sophos", "SP"),
    ("symantec", "SY"),
    ("fortiguard", "FG"),
    ("nifty", "NF"),
    ("ybb", "YB"),
];

/// What a code says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The list's catalogue id.
    pub list: String,
    /// The sub-list's catalogue id, when the code names one.
    pub sublist: Option<String>,
    /// The IP, when the code has one.
    pub ip: Option<IpAddr>,
}

/// Why a code could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing was given.
    Empty,
    /// The two letters name no list.
    UnknownList(String),
    /// The list has no such sub-list.
    UnknownSublist(String),
    /// What follows is not an IP address.
    BadIp(String),
}

impl CodeError {
    /// One line in the user's language.
    #[must_use]
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::t;
        match self {
            Self::Empty => t!(lang, "case-code-empty"),
            Self::UnknownList(s) => t!(lang, "case-code-unknown-list", code = s.as_str()),
            Self::UnknownSublist(s) => t!(lang, "case-code-unknown-sublist", code = s.as_str()),
            Self::BadIp(s) => t!(lang, "case-code-bad-ip", ip = s.as_str()),
        }
    }
}

/// The two letters of a list.
#[must_use]
pub fn list_code(list: &str) -> Option<&'static str> {
    CODES.iter().find(|(id, _)| *id == list).map(|(_, c)| *c)
}

/// A sub-list's id as spoken: upper case, letters and digits only (`RBL+` → `RBL`,
/// `ivmSIP/24` → `IVMSIP24`, `4.7.28` → `4728`).
fn spoken(sublist: &str) -> String {
    sublist
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Letters and digits a listener confuses, made one: `O`/`0`, `I`/`L`/`1`.
fn folded(s: &str) -> String {
    s.chars()
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// The code of a list, sub-list and IP; `None` for a list without a code.
#[must_use]
pub fn encode(list: &str, sublist: Option<&str>, ip: Option<IpAddr>) -> Option<String> {
    let mut out = list_code(list)?.to_owned();
    if let Some(sub) = sublist.map(spoken).filter(|s| !s.is_empty()) {
        out.push('-');
        out.push_str(&sub);
    }
    if let Some(ip) = ip {
        out.push(' ');
        out.push_str(&ip.to_string());
    }
    Some(out)
}

/// Full-width letters, digits and signs as ASCII; every dash and long vowel mark as `-`;
/// the ideographic full stop and comma as `.`; every kind of space as a space.
fn ascii(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{30FC}' | '\u{FF70}' | '_' => '-',
            '\u{3002}' | '\u{FF61}' | '\u{3001}' => '.',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect()
}

/// Reads a code.
///
/// # Errors
/// When the list, the sub-list or the IP cannot be read.
pub fn decode(text: &str) -> Result<Decoded, CodeError> {
    let text = ascii(text);
    let text = text.trim();
    if text.is_empty() {
        return Err(CodeError::Empty);
    }
    // The list and sub-list are the first word; the IP is the rest (spaces inside it, as in
    // "203. 0. 113. 5", are dropped).
    let (head, rest) = text.split_once(' ').unwrap_or((text, ""));
    let (letters, sub) = head
        .split_once('-')
        .map_or((head, None), |(l, s)| (l, Some(s)));
    let letters = letters.to_ascii_uppercase();
    let list = CODES
        .iter()
        .find(|(_, c)| folded(c) == folded(&letters))
        .map(|(id, _)| *id)
        .ok_or_else(|| CodeError::UnknownList(letters.clone()))?;
    let sublist = match sub.map(spoken).filter(|s| !s.is_empty()) {
        None => None,
        Some(sub) => Some(
            CATALOGUE
                .get(list)
                .and_then(|e| {
                    e.sublists
                        .iter()
                        .find(|s| folded(&spoken(&s.id)) == folded(&sub))
                })
                .map(|s| s.id.clone())
                .ok_or(CodeError::UnknownSublist(sub))?,
        ),
    };
    let ip_text: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let ip = if ip_text.is_empty() {
        None
    } else {
        Some(read_ip(&ip_text).ok_or(CodeError::BadIp(ip_text))?)
    };
    Ok(Decoded {
        list: list.to_owned(),
        sublist,
        ip,
    })
}

/// An IP as heard: as written, else (IPv4 only) with `O` read as `0` and `I`/`l` as `1`.
fn read_ip(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse() {
        return Some(ip);
    }
    if text.contains(':') {
        return None;
    }
    folded(text).parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_a_code_and_no_two_sound_alike() {
        for entry in &CATALOGUE.entries {
            assert!(list_code(&entry.id).is_some(), "{} has no code", entry.id);
            let mut seen = std::collections::HashSet::new();
            for s in &entry.sublists {
                assert!(
                    seen.insert(folded(&spoken(&s.id))),
                    "{}: two sub-lists read alike ({})",
                    entry.id,
                    s.id
                );
            }
        }
        let mut seen = std::collections::HashSet::new();
        for (_, c) in CODES {
            assert!(seen.insert(folded(c)), "{c} twice");
            assert_eq!(c.len(), 2);
        }
    }

    #[test]
    fn code_values_code_round_trip_for_every_list_and_sub_list() {
        let ips: [Option<IpAddr>; 3] = [
            Some("203.0.113.5".parse().expect("ip")),
            Some("2001:db8::25".parse().expect("ip")),
            None,
        ];
        for entry in &CATALOGUE.entries {
            let subs = std::iter::once(None).chain(entry.sublists.iter().map(|s| Some(&s.id)));
            for sub in subs {
                for ip in ips {
                    let code = encode(&entry.id, sub.map(String::as_str), ip).expect("code");
                    let back = decode(&code).expect(&code);
                    let sub_back = sub.filter(|s| !spoken(s).is_empty()).cloned();
                    assert_eq!(
                        back,
                        Decoded {
                            list: entry.id.clone(),
                            sublist: sub_back.clone(),
                            ip
                        },
                        "{code}"
                    );
                    assert_eq!(
                        encode(&back.list, back.sublist.as_deref(), back.ip).as_deref(),
                        Some(code.as_str())
                    );
                }
            }
        }
    }

    #[test]
    fn the_example_and_what_a_phone_line_does_to_it() {
        let want = Decoded {
            list: "trendmicro-ers".to_owned(),
            sublist: Some("QIL".to_owned()),
            ip: Some("203.0.113.5".parse().expect("ip")),
        };
        assert_eq!(
            encode("trendmicro-ers", Some("QIL"), want.ip).as_deref(),
            Some("TM-QIL 203.0.113.5")
        );
        for heard in [
            "TM-QIL 203.0.113.5",
            "tm-qil 203.0.113.5",
            "  Tm qil  203.0.113.5 "
                .replacen(" qil", "-qil", 1)
                .as_str(),
            "ＴＭ－ＱＩＬ　２０３．０．１１３．５",
            "TMーQ1L 2O3.O.113.5",
            "TM-QIL 203. 0. 113. 5",
        ] {
            assert_eq!(decode(heard), Ok(want.clone()), "{heard:?}");
        }
        assert_eq!(decode("SH 192.0.2.1").expect("no sub-list").sublist, None);
    }

    #[test]
    fn what_cannot_be_read_says_which_part() {
        assert_eq!(decode("  "), Err(CodeError::Empty));
        assert!(matches!(
            decode("ZZ 1.2.3.4"),
            Err(CodeError::UnknownList(_))
        ));
        assert!(matches!(
            decode("TM-XYZ"),
            Err(CodeError::UnknownSublist(_))
        ));
        assert!(matches!(decode("TM 1.2.3"), Err(CodeError::BadIp(_))));
    }
}
