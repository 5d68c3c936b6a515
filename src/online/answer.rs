//! What a zone's answer means. A DNSBL lists an IP by answering an A record in 127.0.0.0/8;
//! the address says which sub-list where the list defines it. Some answers say the zone
//! refused to answer (Spamhaus' 127.255.255.x for public resolvers): those are never a
//! listing. An address outside 127.0.0.0/8 is no DNSBL code at all (a resolver that rewrites
//! missing names to an advertising page answers like that), so it is an error, not a listing.

use std::net::Ipv4Addr;

use super::plan::Skip;
use crate::blocklist::catalogue::Check;

/// What the A query got, before reading.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Raw {
    /// Addresses in the answer.
    Addresses(Vec<Ipv4Addr>),
    /// The name does not exist, or has no A record: the zone does not list the IP.
    NoSuchName,
    /// The server refused the query (DNS status REFUSED).
    Refused,
    /// No answer within the limit.
    #[default]
    Timeout,
    /// No server could be reached (no network, no route).
    Unreachable(String),
    /// Any other failure (SERVFAIL, a malformed answer…).
    Failed(String),
}

/// An answer, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The zone lists the IP.
    Listed {
        /// The A records (`127.0.0.2`).
        codes: Vec<Ipv4Addr>,
        /// The sub-lists they name, where the list defines them, else the zone's own.
        sublists: Vec<String>,
    },
    /// The zone does not list the IP.
    NotListed,
    /// The zone refused to say: unknown, never a listing.
    Refused {
        /// The refusal codes, when it answered with some (none for a DNS REFUSED status).
        codes: Vec<Ipv4Addr>,
    },
    /// No answer within the time limit.
    Timeout,
    /// The query failed.
    Error {
        /// What went wrong, as the resolver said it (English, technical).
        detail: String,
        /// No server could be reached at all.
        unreachable: bool,
    },
    /// Not asked in DNS.
    NoZone(Skip),
}

impl Answer {
    /// The value of the JSON `result` field.
    #[must_use]
    pub fn result(&self) -> &'static str {
        match self {
            Self::Listed { .. } => "listed",
            Self::NotListed => "not-listed",
            Self::Refused { .. } => "refused",
            Self::Timeout => "timeout",
            Self::Error { .. } => "error",
            Self::NoZone(_) => "no-zone",
        }
    }

    /// Whether a question was asked and got no usable answer.
    #[must_use]
    pub fn unanswered(&self) -> bool {
        matches!(
            self,
            Self::Refused { .. } | Self::Timeout | Self::Error { .. }
        )
    }

    /// The A records the answer carried.
    #[must_use]
    pub fn codes(&self) -> &[Ipv4Addr] {
        match self {
            Self::Listed { codes, .. } | Self::Refused { codes } => codes,
            _ => &[],
        }
    }

    /// The sub-lists named.
    #[must_use]
    pub fn sublists(&self) -> &[String] {
        match self {
            Self::Listed { sublists, .. } => sublists,
            _ => &[],
        }
    }
}

/// Reads `raw` with the list's facts; `zone_sublist` is the sub-list the zone stands for.
#[must_use]
pub fn read(check: &Check, zone_sublist: Option<&str>, raw: &Raw) -> Answer {
    match raw {
        Raw::Addresses(addrs) if addrs.is_empty() => Answer::NotListed,
        Raw::Addresses(addrs) => read_addresses(check, zone_sublist, addrs),
        Raw::NoSuchName => Answer::NotListed,
        Raw::Refused => Answer::Refused { codes: Vec::new() },
        Raw::Timeout => Answer::Timeout,
        Raw::Unreachable(detail) => Answer::Error {
            detail: detail.clone(),
            unreachable: true,
        },
        Raw::Failed(detail) => Answer::Error {
            detail: detail.clone(),
            unreachable: false,
        },
    }
}

fn read_addresses(check: &Check, zone_sublist: Option<&str>, addrs: &[Ipv4Addr]) -> Answer {
    if let Some(odd) = addrs.iter().find(|a| a.octets()[0] != 127) {
        return Answer::Error {
            detail: format!("unexpected answer {odd}: not a blocklist code"),
            unreachable: false,
        };
    }
    let (refusals, codes): (Vec<Ipv4Addr>, Vec<Ipv4Addr>) =
        addrs.iter().partition(|a| check.is_refusal(**a));
    if codes.is_empty() {
        return Answer::Refused { codes: refusals };
    }
    let mut sublists: Vec<String> = Vec::new();
    for code in &codes {
        if let Some(s) = check.sublist_of(*code).or(zone_sublist)
            && !sublists.iter().any(|x| x == s)
        {
            sublists.push(s.to_owned());
        }
    }
    Answer::Listed { codes, sublists }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocklist::CATALOGUE;

    fn spamhaus() -> Check {
        CATALOGUE.get("spamhaus").unwrap().check.clone().unwrap()
    }

    fn addrs(list: &[&str]) -> Raw {
        Raw::Addresses(list.iter().map(|a| a.parse().unwrap()).collect())
    }

    #[test]
    fn spamhaus_codes_name_the_sublists() {
        let a = read(
            &spamhaus(),
            None,
            &addrs(&["127.0.0.2", "127.0.0.4", "127.0.0.10"]),
        );
        assert_eq!(a.result(), "listed");
        assert_eq!(a.sublists(), ["SBL", "XBL", "PBL"]);
        let a = read(
            &spamhaus(),
            None,
            &addrs(&["127.0.0.3", "127.0.0.9", "127.0.0.11", "127.0.0.6"]),
        );
        assert_eq!(a.sublists(), ["CSS", "DROP", "PBL", "XBL"]);
    }

    #[test]
    fn spamhaus_refusals_are_never_listings() {
        for code in ["127.255.255.252", "127.255.255.254", "127.255.255.255"] {
            let a = read(&spamhaus(), None, &addrs(&[code]));
            assert_eq!(a.result(), "refused", "{code}");
            assert!(a.unanswered());
        }
        assert_eq!(read(&spamhaus(), None, &Raw::Refused).result(), "refused");
    }

    #[test]
    fn the_zone_names_the_sublist_when_the_code_does_not() {
        let l1 = CATALOGUE.get("uceprotect").unwrap().check.clone().unwrap();
        let a = read(&l1, Some("L2"), &addrs(&["127.0.0.2"]));
        assert_eq!(a.sublists(), ["L2"]);
        let plain = read(&Check::default(), None, &addrs(&["127.0.0.2"]));
        assert_eq!(plain.result(), "listed");
        assert!(plain.sublists().is_empty());
    }

    #[test]
    fn missing_names_and_odd_answers() {
        assert_eq!(read(&spamhaus(), None, &Raw::NoSuchName), Answer::NotListed);
        let hijacked = read(&spamhaus(), None, &addrs(&["198.51.100.7"]));
        assert_eq!(hijacked.result(), "error");
        assert_eq!(read(&spamhaus(), None, &Raw::Timeout).result(), "timeout");
    }
}
