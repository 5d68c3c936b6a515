//! What the analyser and the catalogue matcher promise on any input, written once for the
//! property tests (`tests/properties.rs`) and the fuzz targets (`fuzz/`, which include this file
//! by path). Each check panics, naming the broken promise, when the input breaks one.
//!
//! - The analyser never panics.
//! - Every span it reports (recipient, evidence, IP, link) lies inside the text it indexes, on
//!   character boundaries, and before the inline original when there is one.
//! - Every IP it reports is written at its span in the text, and the blocked IP is one of them.
//! - Every list it names is in the catalogue, with a sub-list the entry has.
//! - The facts a request quotes from the bounce carry no control, bidi or zero-width character,
//!   and the rejection text quoted never holds a link that no catalogue operator owns.

#![allow(dead_code)] // each user calls a part of it

pub mod generate;

use std::net::IpAddr;
use std::ops::Range;

use delist::blocklist::{self, CATALOGUE, Listing};
use delist::diagnosis::{Diagnosis, diagnose};
use delist::i18n::Lang;
use delist::intake::{DEFAULT_LIMIT, Input};
use delist::request::Facts;
use delist::safe_text;

/// Reads `data` as the CLI reads a file and checks every promise; the diagnosis, or `None`
/// when intake refuses the bytes (empty, binary, too large: a clear error, not a result).
#[track_caller]
pub fn analyse(data: &[u8]) -> Option<Diagnosis> {
    let input = Input::from_bytes("generated", data.to_vec(), DEFAULT_LIMIT).ok()?;
    let d = diagnose(&input);
    check_diagnosis(&d, &String::from_utf8_lossy(data));
    Some(d)
}

#[track_caller]
fn inside(text: &str, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && text.get(span.clone()).is_some(),
        "{what} span {span:?} is not inside the text ({} bytes)",
        text.len()
    );
}

/// Whether `ip` is written somewhere in `text`, in any of the ways an address is written.
fn written_in(text: &str, ip: IpAddr) -> bool {
    if text.to_ascii_lowercase().contains(&ip.to_string()) {
        return true;
    }
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '.' || c == ':'))
        .flat_map(|t| {
            std::iter::once(t).chain(
                t.char_indices()
                    .filter(|(_, c)| *c == ':')
                    .filter_map(|(i, _)| t.get(i + 1..)),
            )
        })
        .filter_map(|t| t.trim_matches('.').parse::<IpAddr>().ok())
        .any(|p| p == ip || p.to_canonical() == ip)
}

/// The address written at `span`, as the reader may write it: bare, in brackets, after
/// `IPv6:`, wrapped by a line break (a webmail's 76 columns, in a `> ` quote too); an IPv4 address may be written
/// inside an IPv4-mapped IPv6 one.
fn names(written: &str, ip: IpAddr) -> bool {
    let unwrapped: String = written
        .chars()
        .filter(|&c| !c.is_whitespace() && c != '>')
        .collect();
    let w = unwrapped
        .trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | '<' | '>'))
        .trim_start_matches("IPv6:")
        .trim_start_matches("ipv6:");
    match w.parse::<IpAddr>() {
        Ok(parsed) => parsed == ip || parsed.to_canonical() == ip,
        Err(_) => written.contains(&ip.to_string()),
    }
}

/// The list is in the catalogue, with a sub-list the entry has.
#[track_caller]
pub fn check_listing(text: &str, l: &Listing) {
    inside(text, &l.evidence, "evidence");
    let entry = CATALOGUE
        .get(&l.id)
        .unwrap_or_else(|| panic!("{:?} is not in the catalogue", l.id));
    assert_eq!(l.name, entry.name, "name of {}", l.id);
    if let Some(s) = &l.sublist {
        assert!(
            entry.sublists.iter().any(|x| &x.id == s),
            "{} has no sub-list {s:?}",
            l.id
        );
    }
}

#[track_caller]
pub fn check_diagnosis(d: &Diagnosis, raw: &str) {
    let text = d.report.text.as_str();
    assert_eq!(
        d.findings.len(),
        d.report.deliveries.len(),
        "one finding per delivery"
    );
    if let Some(at) = d.report.original_at {
        assert!(
            at <= text.len() && text.is_char_boundary(at),
            "original at {at}"
        );
    }
    for (delivery, finding) in d.entries() {
        if let Some(span) = &delivery.span {
            inside(text, span, "delivery");
            if let Some(at) = d.report.original_at {
                assert!(span.end <= at, "a diagnostic read from the inline original");
            }
        }
        for c in &finding.ip_candidates {
            inside(text, &c.span, "IP");
            if c.span.is_empty() {
                // No position (an address of the original's parsed headers): still written.
                assert!(
                    written_in(text, c.ip) || written_in(raw, c.ip),
                    "{} is not in the input",
                    c.ip
                );
            } else {
                let written = text.get(c.span.clone()).unwrap_or_default();
                assert!(
                    names(written, c.ip),
                    "{} is not written at its span: {written:?}",
                    c.ip
                );
            }
        }
        if let Some(ip) = finding.blocked_ip {
            assert!(
                finding.ip_candidates.iter().any(|c| c.ip == ip),
                "the blocked IP {ip} is not among the addresses found"
            );
        }
        for l in finding.listing.iter().chain(&finding.also) {
            check_listing(text, l);
        }
    }
    for u in &d.suspicious_urls {
        inside(text, &u.span, "link");
    }
    check_facts(d);
}

/// What a request would quote from this bounce, in both languages.
#[track_caller]
fn check_facts(d: &Diagnosis) {
    let facts = Facts::from_diagnosis(d);
    for value in [&facts.recipient, &facts.sender, &facts.date, &facts.host]
        .into_iter()
        .flatten()
    {
        assert!(
            safe_text::is_clean(value),
            "a fact carries a control: {value:?}"
        );
    }
    for lang in [Lang::En, Lang::Ja] {
        let Some(quoted) = facts.error_quoted(lang) else {
            continue;
        };
        assert!(
            safe_text::is_clean(&quoted),
            "the quoted reply carries a control: {quoted:?}"
        );
        let left = blocklist::url::suspicious_urls(&quoted);
        assert!(
            left.is_empty(),
            "a suspicious link stays in the quoted reply: {left:?}"
        );
    }
}

/// The catalogue matcher on one text, with or without the server that answered.
#[track_caller]
pub fn identify(text: &str, remote_mta: Option<&str>) -> Vec<Listing> {
    let all = blocklist::identify_all_with_host(text, remote_mta);
    for l in &all {
        check_listing(text, l);
    }
    let mut ids: Vec<&str> = all.iter().map(|l| l.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all.len(), "a list named twice: {all:?}");
    if remote_mta.is_none() {
        assert_eq!(
            blocklist::identify(text),
            all.first().cloned(),
            "identify and identify_all"
        );
        if !blocklist::might_name_a_list(text) {
            assert!(
                all.is_empty(),
                "the quick test said no list, the matcher found {all:?}"
            );
        }
    }
    all
}
