//! Which zones to ask about an IP, and the names to ask: the reversed IPv4 address, or the
//! IPv6 address in nibble format where the list takes IPv6 (RFC 5782).

use std::fmt::Write as _;
use std::net::IpAddr;

use crate::blocklist::Entry;
use crate::blocklist::catalogue::{Catalogue, Kind, ListStatus};

/// Why a list is not asked in DNS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    /// The list has no public zone to ask: its web page is the way to check.
    NoZone,
    /// The IP is IPv6 and no source says the list's zones take IPv6 queries.
    NoIpv6,
    /// The list has shut down: there is nothing to check.
    Closed,
}

/// One question to ask, or a list that is not asked and why.
#[derive(Clone, Debug)]
pub enum Planned<'a> {
    /// Ask `name` (an A record, then a TXT record when listed).
    Ask {
        /// The list.
        entry: &'a Entry,
        /// The zone.
        zone: String,
        /// The sub-list the zone itself stands for (UCEPROTECT's levels, SpamRATS' lists).
        zone_sublist: Option<String>,
        /// The fully qualified name to ask.
        name: String,
    },
    /// Not asked.
    Skip {
        /// The list.
        entry: &'a Entry,
        /// Why.
        why: Skip,
    },
}

/// The lists checked when none are named: every DNSBL of the catalogue that still operates.
#[must_use]
pub fn default_lists(cat: &Catalogue) -> Vec<&Entry> {
    cat.entries
        .iter()
        .filter(|e| e.kind == Kind::Dnsbl && e.status == ListStatus::Active)
        .collect()
}

/// The questions for `ip`, in the order of `lists` and of each list's zones.
#[must_use]
pub fn plan<'a>(ip: IpAddr, lists: &[&'a Entry]) -> Vec<Planned<'a>> {
    let mut out = Vec::new();
    for &entry in lists {
        let skip = |why| Planned::Skip { entry, why };
        if matches!(entry.status, ListStatus::Closed { .. }) {
            out.push(skip(Skip::Closed));
            continue;
        }
        let Some(check) = entry.check.as_ref().filter(|c| !c.zones.is_empty()) else {
            out.push(skip(Skip::NoZone));
            continue;
        };
        if ip.is_ipv6() && !check.ipv6 {
            out.push(skip(Skip::NoIpv6));
            continue;
        }
        for zone in &check.zones {
            out.push(Planned::Ask {
                entry,
                zone: zone.clone(),
                zone_sublist: entry.sublist_of_zone(zone).map(str::to_owned),
                name: query_name(ip, zone),
            });
        }
    }
    out
}

/// The name that asks `zone` about `ip`, fully qualified so no search domain is tried.
#[must_use]
pub fn query_name(ip: IpAddr, zone: &str) -> String {
    let mut name = String::new();
    match ip {
        IpAddr::V4(v4) => {
            for octet in v4.octets().iter().rev() {
                let _ = write!(name, "{octet}.");
            }
        }
        IpAddr::V6(v6) => {
            for byte in v6.octets().iter().rev() {
                let _ = write!(name, "{:x}.{:x}.", byte & 0x0f, byte >> 4);
            }
        }
    }
    name.push_str(zone.trim_end_matches('.'));
    name.push('.');
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocklist::CATALOGUE;

    #[test]
    fn ipv4_is_reversed_by_octet() {
        let ip = "192.0.2.1".parse().unwrap();
        assert_eq!(
            query_name(ip, "zen.spamhaus.org"),
            "1.2.0.192.zen.spamhaus.org."
        );
    }

    /// The example of Spamhaus' own documentation.
    #[test]
    fn ipv6_is_reversed_by_nibble() {
        let ip = "2001:db8:7ca6:22::45".parse().unwrap();
        assert_eq!(
            query_name(ip, "sbl.spamhaus.org."),
            "5.4.0.0.0.0.0.0.0.0.0.0.0.0.0.0.2.2.0.0.6.a.c.7.8.b.d.0.1.0.0.2.sbl.spamhaus.org."
        );
    }

    #[test]
    fn every_zone_asked_belongs_to_its_entry() {
        for e in &CATALOGUE.entries {
            for z in e.check.iter().flat_map(|c| &c.zones) {
                assert!(e.has_zone(z), "{}: {z} is not one of its zones", e.id);
            }
        }
    }

    #[test]
    fn closed_lists_and_lists_without_zone_are_not_asked() {
        let ip = "192.0.2.1".parse().unwrap();
        let get = |id| CATALOGUE.get(id).unwrap();
        let p = plan(ip, &[get("sorbs"), get("cloudmark"), get("uceprotect")]);
        assert!(matches!(
            p[0],
            Planned::Skip {
                why: Skip::Closed,
                ..
            }
        ));
        assert!(matches!(
            p[1],
            Planned::Skip {
                why: Skip::NoZone,
                ..
            }
        ));
        let levels: Vec<_> = p[2..]
            .iter()
            .map(|q| match q {
                Planned::Ask { zone_sublist, .. } => zone_sublist.clone().unwrap(),
                Planned::Skip { .. } => String::new(),
            })
            .collect();
        assert_eq!(levels, ["L1", "L2", "L3"]);
    }

    #[test]
    fn ipv6_only_where_a_source_says_so() {
        let ip = "2001:db8::1".parse().unwrap();
        let p = plan(
            ip,
            &[
                CATALOGUE.get("spamhaus").unwrap(),
                CATALOGUE.get("spamcop").unwrap(),
            ],
        );
        assert!(matches!(p[0], Planned::Ask { .. }));
        assert!(matches!(
            p[1],
            Planned::Skip {
                why: Skip::NoIpv6,
                ..
            }
        ));
    }

    #[test]
    fn default_lists_are_the_active_dnsbls() {
        let ids: Vec<&str> = default_lists(&CATALOGUE)
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert!(ids.contains(&"spamhaus") && ids.contains(&"barracuda"));
        assert!(!ids.contains(&"sorbs") && !ids.contains(&"gmail"));
    }
}
