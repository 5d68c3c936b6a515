//! The team's own bounces for every catalogue entry (tests/fixtures/lists/<entry>/), each with
//! the list, sub-list and blocked IP expected in a sibling `.json`; `_negative/` holds refusals
//! that must get no list and no IP. Each fixture runs with LF and with CRLF line ends, through
//! the matcher and IP finder directly and through `diagnosis::diagnose`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use delist::blocklist::{self, CATALOGUE};
use delist::diagnosis;
use delist::intake::Input;
use delist::ip::{self, IpRole, Sources};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Expected {
    layout: String,
    list: Option<String>,
    sublist: Option<String>,
    blocked_ip: Option<String>,
    /// Text the evidence span must show (whitespace-insensitive).
    #[serde(default)]
    evidence: Option<String>,
    /// A host that must be reported among the suspicious links.
    #[serde(default)]
    suspicious_host: Option<String>,
    /// A secret that must never appear in any output.
    #[serde(default)]
    masked: Option<String>,
    /// Every list the refusal names, the one to ask first at the head (`blocklists` in
    /// `analyze --json`); when absent, only `list`.
    #[serde(default)]
    lists: Option<Vec<String>>,
    /// No link in the bounce may be reported as suspicious (operators' own pages only).
    #[serde(default)]
    no_suspicious: bool,
}

struct Fixture {
    path: PathBuf,
    entry: String,
    expected: Expected,
}

fn fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    for dir in fs::read_dir(common::fixture_dir("lists")).expect("fixtures folder") {
        let dir = dir.expect("entry").path();
        let entry = dir.file_name().unwrap().to_string_lossy().into_owned();
        for path in common::bounces_in(&dir) {
            out.push(Fixture {
                expected: common::expected_beside(&path),
                path,
                entry: entry.clone(),
            });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    assert!(out.len() > 50, "only {} fixtures found", out.len());
    out
}

fn variants(path: &Path) -> [(&'static str, String); 2] {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lf = text.replace("\r\n", "\n");
    let crlf = lf.replace('\n', "\r\n");
    [("LF", lf), ("CRLF", crlf)]
}

/// Where the returned original starts, for reading a fixture without the bounce reader.
fn original_at(text: &str) -> Option<usize> {
    [
        "Content-Type: text/rfc822-headers",
        "Content-Type: message/rfc822",
        "----- Original message follows -----",
        "--- Below this line is a copy of the message.",
        "------ This is a copy of the message",
        "Original message headers:",
    ]
    .iter()
    .filter_map(|m| text.find(m))
    .min()
}

#[test]
fn every_entry_has_two_fixtures_in_different_layouts() {
    let mut layouts: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for f in fixtures() {
        if let Some(list) = &f.expected.list {
            assert_eq!(
                &f.entry,
                list,
                "{} sits in the wrong folder",
                f.path.display()
            );
        }
        layouts
            .entry(f.entry.clone())
            .or_default()
            .insert(f.expected.layout.clone());
        *count.entry(f.entry).or_default() += 1;
    }
    for e in &CATALOGUE.entries {
        let n = count.get(&e.id).copied().unwrap_or(0);
        let l = layouts.get(&e.id).map_or(0, BTreeSet::len);
        assert!(n >= 2 && l >= 2, "{}: {n} fixtures in {l} layouts", e.id);
    }
    assert!(count.get("_negative").copied().unwrap_or(0) >= 4);
}

/// The matcher and the IP finder on their own, before any bounce reading.
#[test]
fn matcher_and_ip_finder_read_every_fixture() {
    let mut failures = Vec::new();
    for f in fixtures() {
        for (ends, text) in variants(&f.path) {
            let cut = original_at(&text);
            let head = text.get(..cut.unwrap_or(text.len())).unwrap_or(&text);
            let listing = blocklist::identify(&blocklist::report::blank_header_fields(head));
            let found = ip::find_in(&Sources {
                text: &text,
                original_at: cut,
                listed: listing.is_some(),
                ..Sources::default()
            });
            // A domain list's refusal may quote the client address; it is not what is listed
            // (diagnose() drops it the same way).
            let domain_listed = listing.as_ref().is_some_and(|l| {
                CATALOGUE.get(&l.id).is_some_and(|e| {
                    e.listed_for(l.sublist.as_deref())
                        == delist::blocklist::catalogue::Listed::Domain
                })
            });
            let got = (
                listing.as_ref().map(|l| l.id.clone()),
                listing.as_ref().and_then(|l| l.sublist.clone()),
                found
                    .blocked
                    .filter(|_| !domain_listed)
                    .map(|i| i.to_string()),
            );
            let want = (
                f.expected.list.clone(),
                f.expected.sublist.clone(),
                f.expected.blocked_ip.clone(),
            );
            if got != want {
                failures.push(format!(
                    "{} ({ends}): got {got:?}, want {want:?}",
                    f.path.display()
                ));
            }
            for c in &found.candidates {
                if !c.span.is_empty() {
                    assert_eq!(
                        text.get(c.span.clone()),
                        Some(c.ip.to_string().as_str()),
                        "{}: span of {}",
                        f.path.display(),
                        c.ip
                    );
                }
            }
            // The office PC in the original's Received header is never the blocked sender.
            let pc = found
                .candidates
                .iter()
                .find(|c| c.ip.to_string() == "192.0.2.200");
            assert!(
                pc.is_none_or(|c| c.role != IpRole::BlockedSender),
                "{}: the submitting PC taken as the sender",
                f.path.display()
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The whole path the wizard and `analyze` take.
#[test]
fn diagnose_reads_every_fixture() {
    let mut failures = Vec::new();
    for f in fixtures() {
        for (ends, text) in variants(&f.path) {
            let source = f.path.display().to_string();
            let input = Input::from_bytes(&source, text.into_bytes(), 1 << 20).expect("input");
            let d = diagnosis::diagnose(&input);
            let Some((delivery, finding)) = d.entries().next() else {
                failures.push(format!("{source} ({ends}): no delivery read"));
                continue;
            };
            let got = (
                finding.listing.as_ref().map(|l| l.id.clone()),
                finding.listing.as_ref().and_then(|l| l.sublist.clone()),
                finding.blocked_ip.map(|i| i.to_string()),
            );
            let want = (
                f.expected.list.clone(),
                f.expected.sublist.clone(),
                f.expected.blocked_ip.clone(),
            );
            if got != want {
                failures.push(format!(
                    "{source} ({ends}): got {got:?}, want {want:?}; diagnostic {:?}",
                    delivery.diagnostic
                ));
                continue;
            }
            let text = &d.report.text;
            if let Some(l) = &finding.listing {
                let shown = text.get(l.evidence.clone()).unwrap_or_default();
                assert!(!shown.is_empty(), "{source}: empty evidence");
                if let Some(want) = &f.expected.evidence {
                    let squash = |s: &str| s.split_whitespace().collect::<String>().to_lowercase();
                    assert!(
                        squash(shown).contains(&squash(want)),
                        "{source}: evidence {shown:?}"
                    );
                }
            }
            if let Some(ip) = finding.blocked_ip {
                let c = finding
                    .ip_candidates
                    .iter()
                    .find(|c| c.ip == ip)
                    .expect("candidate");
                assert_eq!(c.role, IpRole::BlockedSender);
                assert_eq!(
                    text.get(c.span.clone()),
                    Some(ip.to_string().as_str()),
                    "{source}"
                );
            }
            check_every_list_named(&source, ends, &f.expected, &d);
            if let Some(host) = &f.expected.suspicious_host {
                assert!(
                    d.suspicious_urls.iter().any(|u| &u.host == host),
                    "{source}: {host} not reported"
                );
            }
            if let Some(secret) = &f.expected.masked {
                let json = diagnosis::json_line(&source, Ok(&d));
                assert!(!json.contains(secret.as_str()), "{source}: key in JSON");
                assert!(
                    !text.contains(secret.as_str()),
                    "{source}: key in the report"
                );
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every list the refusal names is reported, in `analyze --json`'s `blocklists` too, with
/// `blocklist` the first of them; official links are not called suspicious.
fn check_every_list_named(source: &str, ends: &str, expected: &Expected, d: &diagnosis::Diagnosis) {
    let Some((_, finding)) = d.entries().next() else {
        return;
    };
    let named: Vec<String> = finding
        .listing
        .iter()
        .chain(&finding.also)
        .map(|l| l.id.clone())
        .collect();
    let want_lists = expected
        .lists
        .clone()
        .unwrap_or_else(|| expected.list.iter().cloned().collect());
    assert_eq!(named, want_lists, "{source} ({ends}): every list named");
    let json: serde_json::Value =
        serde_json::from_str(&diagnosis::json_line(source, Ok(d))).expect("json");
    let ids: Vec<&str> = json["bounces"][0]["blocklists"]
        .as_array()
        .expect("blocklists array")
        .iter()
        .filter_map(|l| l["id"].as_str())
        .collect();
    assert_eq!(ids, want_lists, "{source}: blocklists in the JSON");
    assert_eq!(
        json["bounces"][0]["blocklist"]["id"].as_str(),
        want_lists.first().map(String::as_str),
        "{source}: blocklist is the first of blocklists"
    );
    if expected.no_suspicious {
        assert!(
            d.suspicious_urls.is_empty(),
            "{source}: official links reported as suspicious: {:?}",
            d.suspicious_urls
        );
    }
}
