//! The embedded catalogue keeps its promises: every entry complete, every pattern valid, every
//! address HTTPS and on the operator's own domains, no zone claimed twice.

use std::collections::{BTreeMap, BTreeSet};

use delist::blocklist::CATALOGUE;
use delist::blocklist::catalogue::{
    CAUSES, CONDITIONS, Entry, FIXES, Kind, ListStatus, Removal, RemovalMethod, UNVERIFIED,
    WhoMayAsk,
};

const REQUIRED: &[&str] = &[
    "trendmicro-ers",
    "spamhaus",
    "barracuda",
    "spamcop",
    "proofpoint",
    "cloudmark",
    "cisco-talos",
    "mimecast",
    "uceprotect",
    "sorbs",
    "abusix",
    "spamrats",
    "invaluement",
    "mailspike",
    "psbl",
    "senderscore",
    "microsoft-outlook",
    "microsoft-365",
    "gmail",
    "yahoo",
    "apple-icloud",
    "docomo",
    "au-kddi",
    "softbank",
    "yahoo-japan",
];

fn entry(id: &str) -> &'static Entry {
    CATALOGUE.get(id).unwrap_or_else(|| panic!("no entry {id}"))
}

fn is_date(s: &str) -> bool {
    // YYYY, YYYY-MM or YYYY-MM-DD.
    let parts: Vec<&str> = s.split('-').collect();
    let lens = [4, 2, 2];
    !parts.is_empty()
        && parts.len() <= 3
        && parts
            .iter()
            .zip(lens)
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_digit()))
}

fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#', ' ']).next().unwrap_or_default();
    authority.rsplit('@').next().unwrap_or_default()
}

fn on_domains(url: &str, domains: &[String]) -> bool {
    let h = host(url).to_ascii_lowercase();
    domains
        .iter()
        .any(|d| h == *d || h.ends_with(&format!(".{d}")))
}

fn removals(e: &Entry) -> impl Iterator<Item = (String, &Removal)> {
    std::iter::once((e.id.clone(), &e.removal)).chain(
        e.sublists
            .iter()
            .filter_map(move |s| Some((format!("{}/{}", e.id, s.id), s.removal.as_ref()?))),
    )
}

#[test]
fn every_required_entry_is_there_once() {
    let mut seen = BTreeSet::new();
    for e in &CATALOGUE.entries {
        assert!(seen.insert(e.id.as_str()), "duplicate id {}", e.id);
        assert!(
            e.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "id {} is not kebab-case",
            e.id
        );
    }
    for id in REQUIRED {
        assert!(seen.contains(id), "missing entry {id}");
    }
}

#[test]
fn every_entry_has_the_required_facts() {
    for e in &CATALOGUE.entries {
        let id = &e.id;
        assert!(!e.name.trim().is_empty(), "{id}: name");
        assert!(!e.operator.trim().is_empty(), "{id}: operator");
        assert!(!e.official_domains.is_empty(), "{id}: official_domains");
        for d in &e.official_domains {
            assert_eq!(
                *d,
                d.to_ascii_lowercase(),
                "{id}: domain {d} must be lower-case"
            );
        }
        assert!(!e.sources.is_empty(), "{id}: sources");
        assert!(!e.causes.is_empty(), "{id}: causes");
        assert!(!e.first_fix.is_empty(), "{id}: first_fix");
        assert!(
            !e.markers.is_empty() || !e.zones.is_empty() || !e.host_markers.is_empty(),
            "{id}: nothing identifies it"
        );
        if e.host_markers.is_empty() {
            assert!(!e.markers.is_empty(), "{id}: markers");
        } else {
            assert!(!e.hosts.is_empty(), "{id}: host_markers without hosts");
        }
        for s in &e.sources {
            assert!(
                is_date(&s.checked),
                "{id}: source {} checked {:?}",
                s.url,
                s.checked
            );
            if let Some(d) = &s.copy_date {
                assert!(is_date(d), "{id}: source {} copy_date {d:?}", s.url);
            }
        }
        for c in e
            .causes
            .iter()
            .chain(e.sublists.iter().flat_map(|s| &s.causes))
        {
            assert!(CAUSES.contains(&c.as_str()), "{id}: unknown cause {c}");
        }
        for m in e.sublists.iter().filter_map(|s| s.means.as_deref()) {
            assert!(
                delist::blocklist::catalogue::MEANINGS.contains(&m),
                "{id}: unknown meaning {m}"
            );
        }
        for f in e
            .first_fix
            .iter()
            .chain(e.sublists.iter().flat_map(|s| &s.first_fix))
        {
            assert!(FIXES.contains(&f.as_str()), "{id}: unknown fix {f}");
        }
        for u in e
            .unverified
            .iter()
            .chain(e.sublists.iter().flat_map(|s| &s.unverified))
        {
            assert!(
                UNVERIFIED.contains(&u.as_str()),
                "{id}: unknown unverified {u}"
            );
        }
        if let ListStatus::Closed { since } = &e.status {
            assert!(
                is_date(since) && since.len() == 10,
                "{id}: closed since {since}"
            );
        }
    }
}

#[test]
fn every_removal_route_is_complete() {
    for e in &CATALOGUE.entries {
        for (at, r) in removals(e) {
            for c in &r.conditions {
                assert!(
                    CONDITIONS.contains(&c.as_str()),
                    "{at}: unknown condition {c}"
                );
            }
            match r.method {
                RemovalMethod::WebForm => assert!(
                    r.url.is_some() || e.unverified.iter().any(|u| u == "removal-url"),
                    "{at}: a web form without its address"
                ),
                RemovalMethod::Email => {
                    let mail = r.email.as_deref().unwrap_or_default();
                    assert!(mail.contains('@'), "{at}: email route without an address");
                }
                RemovalMethod::Expires | RemovalMethod::None | RemovalMethod::AskProvider => {}
            }
            let mut ids = BTreeSet::new();
            for f in &r.fields {
                assert!(ids.insert(f.id.as_str()), "{at}: field {} twice", f.id);
                assert!(!f.label.trim().is_empty(), "{at}: field {} label", f.id);
            }
            if let Some((lo, hi)) = r.turnaround_hours {
                assert!(lo <= hi, "{at}: turnaround {lo}..{hi}");
            }
            if r.method == RemovalMethod::None {
                assert!(
                    r.fields.is_empty(),
                    "{at}: fields for a route that sends nothing"
                );
            }
        }
    }
}

#[test]
fn every_url_is_https_and_on_the_operators_domains() {
    for e in &CATALOGUE.entries {
        let mut urls: Vec<&String> = e
            .lookup_url
            .iter()
            .chain(&e.lookup_url_ja)
            .chain(&e.help_url)
            .collect();
        for (_, r) in removals(e) {
            urls.extend(r.url.iter());
            urls.extend(r.escalation_url.iter());
        }
        for url in urls {
            assert!(url.starts_with("https://"), "{}: {url} is not HTTPS", e.id);
            assert!(
                on_domains(url, &e.official_domains),
                "{}: {url} is not on {:?}",
                e.id,
                e.official_domains
            );
        }
        for s in &e.sources {
            if s.url.starts_with("http") {
                assert!(s.url.starts_with("https://"), "{}: source {}", e.id, s.url);
            }
        }
    }
}

#[test]
fn every_pattern_compiles() {
    for e in &CATALOGUE.entries {
        let patterns = e
            .markers
            .iter()
            .chain(&e.hosts)
            .chain(&e.host_markers)
            .chain(e.sublists.iter().flat_map(|s| &s.markers));
        for p in patterns {
            // As the matcher compiles them.
            let source = format!("(?i){p}");
            assert!(
                delist::blocklist::compile(&source).is_some(),
                "{}: marker {p:?} does not compile",
                e.id
            );
        }
    }
}

#[test]
fn no_two_entries_claim_the_same_zone() {
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    for e in &CATALOGUE.entries {
        let zones = e
            .zones
            .iter()
            .chain(e.sublists.iter().flat_map(|s| &s.zones));
        for z in zones {
            let z = z.to_ascii_lowercase();
            assert!(
                z.contains('.') && !z.starts_with('.') && !z.ends_with('.'),
                "{}: zone {z}",
                e.id
            );
            if let Some(other) = owner.insert(z.clone(), &e.id) {
                assert_eq!(other, e.id, "zone {z} claimed by {other} and {}", e.id);
            }
        }
    }
    // A zone inside another entry's zone would be claimed by both.
    for (a, ea) in &owner {
        for (b, eb) in &owner {
            if ea != eb {
                assert!(
                    !a.ends_with(&format!(".{b}")),
                    "{a} ({ea}) is inside {b} ({eb})"
                );
            }
        }
    }
}

#[test]
fn consulted_lists_exist() {
    for e in &CATALOGUE.entries {
        for c in &e.consults {
            assert!(CATALOGUE.get(c).is_some(), "{}: consults unknown {c}", e.id);
        }
    }
}

#[test]
fn sub_lists_named_by_the_research_are_present() {
    let ids =
        |id: &str| -> Vec<String> { entry(id).sublists.iter().map(|s| s.id.clone()).collect() };
    for s in ["QIL", "RBL+", "DUL", "RSS", "OPS", "NML"] {
        assert!(ids("trendmicro-ers").contains(&s.to_owned()), "ERS {s}");
    }
    for s in ["SBL", "CSS", "XBL", "PBL", "DBL"] {
        assert!(ids("spamhaus").contains(&s.to_owned()), "Spamhaus {s}");
    }
}

#[test]
fn routes_that_differ_are_recorded() {
    let spamhaus = entry("spamhaus");
    let sbl = spamhaus.removal_for(Some("SBL"));
    assert_eq!(sbl.method, RemovalMethod::AskProvider);
    assert_eq!(sbl.who, WhoMayAsk::NetworkOwner);
    let pbl = spamhaus.removal_for(Some("PBL"));
    for c in ["static-ip", "mail-server-ptr", "direct-to-mx-need"] {
        assert!(pbl.conditions.iter().any(|x| x == c), "PBL condition {c}");
    }

    let m365 = entry("microsoft-365").removal_for(Some("5.7.511"));
    assert_eq!(m365.method, RemovalMethod::Email);
    assert_eq!(m365.email.as_deref(), Some("delist@microsoft.com"));
    assert_eq!(
        entry("apple-icloud").removal.email.as_deref(),
        Some("icloudadmin@apple.com")
    );

    let ers = entry("trendmicro-ers");
    assert_eq!(ers.removal.who, WhoMayAsk::IpOwnerRoleAddress);
    let fields: Vec<&str> = ers.removal.fields.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(fields, ["name", "email", "role", "reason"]);
    assert!(ers.removal.fields.iter().all(|f| f.unverified));
    assert!(ers.unverified.iter().any(|u| u == "form-fields"));

    assert_eq!(entry("spamcop").removal.method, RemovalMethod::Expires);
    assert_eq!(entry("spamcop").removal.expires_hours, Some(24));
}

#[test]
fn status_and_cost_warnings() {
    assert_eq!(
        entry("sorbs").status,
        ListStatus::Closed {
            since: "2024-06-05".into()
        }
    );
    assert_eq!(entry("sorbs").removal.method, RemovalMethod::None);
    assert_eq!(
        entry("uceprotect").cost,
        delist::blocklist::catalogue::Cost::FreeWithPaidExpress
    );
    for id in ["docomo", "au-kddi", "softbank", "yahoo-japan"] {
        assert_eq!(entry(id).kind, Kind::CarrierFilter, "{id}");
    }
    for id in [
        "gmail",
        "yahoo",
        "microsoft-outlook",
        "microsoft-365",
        "apple-icloud",
    ] {
        assert_eq!(entry(id).kind, Kind::ProviderReputation, "{id}");
    }
}

#[test]
fn lookup_urls_take_the_ip_or_show_the_page() {
    let spamcop = entry("spamcop");
    assert_eq!(
        spamcop.lookup_url_for(Some("192.0.2.1")).as_deref(),
        Some("https://www.spamcop.net/bl.shtml?192.0.2.1")
    );
    assert_eq!(
        spamcop.lookup_url_for(None).as_deref(),
        Some("https://www.spamcop.net/bl.shtml")
    );
    assert_eq!(
        entry("abusix").lookup_url_for(None).as_deref(),
        Some("https://lookup.abusix.com/search")
    );
    assert_eq!(
        entry("spamhaus")
            .lookup_url_for(Some("192.0.2.1"))
            .as_deref(),
        Some("https://check.spamhaus.org/")
    );
}
