//! A held-out-style set: the team's own bounces under `tests/fixtures/heldout/`, in layouts the
//! other fixtures use little (Outlook forwards with Japanese headers, Exchange and Microsoft 365
//! notices, Gmail as the browser shows it, Japanese hosting reports in ISO-2022-JP, quoted
//! replies, text hard-wrapped at 72 columns through an address, IPv6, several recipients),
//! blocklist refusals and other failures. Each has its expected `.json` beside it.
//!
//! Scored like the set kept aside: every file with LF and with CRLF line ends through
//! `diagnosis::diagnose`, a score table printed, and the test fails on any wrong IP, on a list
//! claimed for a refusal that is not a listing, or on list or IP accuracy under 95%. Then
//! `delist analyze --json` is run over the files and its output checked field by field.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use delist::blocklist::{CATALOGUE, url};
use delist::diagnosis::{self, Diagnosis};
use delist::intake::Input;
use delist::ip::IpRole;
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
struct Expected {
    layout: String,
    bounces: Vec<Bounce>,
    /// A host that must be reported among the suspicious links.
    #[serde(default)]
    suspicious_host: Option<String>,
    /// Roles some addresses must have: ip → role as `analyze --json` writes it.
    #[serde(default)]
    candidates: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
struct Bounce {
    recipient: Option<String>,
    list: Option<String>,
    sublist: Option<String>,
    blocked_ip: Option<String>,
    reason: String,
    status: Option<String>,
    temporary: bool,
}

impl Expected {
    fn is_listing(&self) -> bool {
        self.bounces.iter().any(|b| b.list.is_some())
    }
}

struct Fixture {
    path: PathBuf,
    name: String,
    expected: Expected,
}

fn fixtures() -> Vec<Fixture> {
    common::bounces_in(&common::fixture_dir("heldout"))
        .into_iter()
        .map(|path| Fixture {
            name: path.file_name().unwrap().to_string_lossy().into_owned(),
            expected: common::expected_beside(&path),
            path,
        })
        .collect()
}

/// The file with LF line ends and with CRLF (bytes, so ISO-2022-JP stays as it is).
fn variants(path: &Path) -> [(&'static str, Vec<u8>); 2] {
    let data = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lf = Vec::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        if !(b == b'\r' && data.get(i + 1) == Some(&b'\n')) {
            lf.push(b);
        }
    }
    let mut crlf = Vec::with_capacity(lf.len() + lf.len() / 20);
    for &b in &lf {
        if b == b'\n' {
            crlf.push(b'\r');
        }
        crlf.push(b);
    }
    [("LF", lf), ("CRLF", crlf)]
}

/// What one delivery was read as, in the fixture's terms.
#[derive(Debug, PartialEq)]
struct Got {
    recipient: Option<String>,
    list: Option<String>,
    sublist: Option<String>,
    blocked_ip: Option<String>,
    reason: String,
    status: Option<String>,
    temporary: bool,
}

fn got(d: &Diagnosis) -> Vec<Got> {
    d.entries()
        .map(|(delivery, f)| Got {
            recipient: delivery.recipient.clone(),
            list: f.listing.as_ref().map(|l| l.id.clone()),
            sublist: f.listing.as_ref().and_then(|l| l.sublist.clone()),
            blocked_ip: f.blocked_ip.map(|i| i.to_string()),
            reason: serde_json::to_value(delivery.reason)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            status: delivery.status.as_ref().map(ToString::to_string),
            temporary: delivery.temporary,
        })
        .collect()
}

/// The delivery an expected bounce is compared with: same recipient, else same position.
fn pair<'g>(got: &'g [Got], want: &Bounce, i: usize) -> Option<&'g Got> {
    want.recipient
        .as_deref()
        .and_then(|r| {
            got.iter().find(|g| {
                g.recipient
                    .as_deref()
                    .is_some_and(|a| a.eq_ignore_ascii_case(r))
            })
        })
        .or_else(|| got.get(i))
}

#[derive(Default)]
struct Score {
    runs: usize,
    listing_runs: usize,
    other_runs: usize,
    list_right: usize,
    sublist_right: usize,
    ip_right: usize,
    reason_right: usize,
    status_right: usize,
    temporary_right: usize,
    wrong_ips: Vec<String>,
    lists_for_other: Vec<String>,
    misses: Vec<String>,
}

impl Score {
    fn add(&mut self, f: &Fixture, ends: &str, got: &[Got]) {
        let want = &f.expected.bounces;
        let pairs: Vec<Option<&Got>> = want
            .iter()
            .enumerate()
            .map(|(i, w)| pair(got, w, i))
            .collect();
        let all = |ok: &dyn Fn(&Bounce, &Got) -> bool| {
            got.len() == want.len()
                && want
                    .iter()
                    .zip(&pairs)
                    .all(|(w, g)| g.is_some_and(|g| ok(w, g)))
        };
        let list = all(&|w, g| w.list == g.list);
        let ip = all(&|w, g| w.blocked_ip == g.blocked_ip);
        self.runs += 1;
        if f.expected.is_listing() {
            self.listing_runs += 1;
        } else {
            self.other_runs += 1;
        }
        self.list_right += usize::from(list);
        self.ip_right += usize::from(ip);
        self.sublist_right += usize::from(all(&|w, g| w.list == g.list && w.sublist == g.sublist));
        self.reason_right += usize::from(all(&|w, g| w.reason == g.reason));
        self.status_right += usize::from(all(&|w, g| w.status == g.status));
        self.temporary_right += usize::from(all(&|w, g| w.temporary == g.temporary));
        let here = format!("{} ({ends})", f.name);
        for (w, g) in want.iter().zip(&pairs) {
            let Some(g) = g else { continue };
            if let Some(ip) = &g.blocked_ip
                && w.blocked_ip.as_ref() != Some(ip)
            {
                self.wrong_ips
                    .push(format!("{here}: {ip}, want {:?}", w.blocked_ip));
            }
            if w.list.is_none()
                && let Some(l) = &g.list
            {
                self.lists_for_other.push(format!("{here}: {l}"));
            }
        }
        if !(list && ip) || got.len() != want.len() {
            self.misses.push(format!("{here}: got {got:?}"));
        }
    }

    fn table(&self) -> String {
        let pct = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
        let row = |name: &str, n: usize| {
            format!(
                "  {name:<12} {n:>4}/{:<4} {:>6.1}%\n",
                self.runs,
                pct(n, self.runs)
            )
        };
        let mut t = format!(
            "held-out-style set: {} runs ({} listing, {} other; LF and CRLF)\n",
            self.runs, self.listing_runs, self.other_runs
        );
        t += &row("list", self.list_right);
        t += &row("sub-list", self.sublist_right);
        t += &row("blocked IP", self.ip_right);
        t += &row("reason", self.reason_right);
        t += &row("status", self.status_right);
        t += &row("temporary", self.temporary_right);
        t += &format!("  wrong IPs          {}\n", self.wrong_ips.len());
        t += &format!("  lists for other    {}\n", self.lists_for_other.len());
        t
    }
}

#[test]
fn the_held_out_style_set_scores() {
    let all = fixtures();
    let listing = all.iter().filter(|f| f.expected.is_listing()).count();
    assert!(all.len() >= 45, "only {} fixtures", all.len());
    assert!(
        all.len() - listing >= 10,
        "only {} non-blocklist fixtures",
        all.len() - listing
    );
    let mut score = Score::default();
    for f in &all {
        assert!(!f.expected.layout.is_empty(), "{}: no layout", f.name);
        for (ends, data) in variants(&f.path) {
            let input = Input::from_bytes(&f.name, data, 1 << 20).expect("input");
            let d = diagnosis::diagnose(&input);
            check_evidence(&f.name, &d);
            score.add(f, ends, &got(&d));
        }
    }
    let table = score.table();
    println!("{table}");
    for m in &score.misses {
        println!("miss: {m}");
    }
    assert!(
        score.wrong_ips.is_empty(),
        "{table}wrong IPs:\n{}",
        score.wrong_ips.join("\n")
    );
    assert!(
        score.lists_for_other.is_empty(),
        "{table}lists claimed for other refusals:\n{}",
        score.lists_for_other.join("\n")
    );
    let ok = |n: usize| n * 100 >= score.runs * 95;
    assert!(
        ok(score.list_right) && ok(score.ip_right),
        "{table}{}",
        score.misses.join("\n")
    );
}

/// The blocked IP's span shows the address (a line break and quoting aside), and the list's
/// evidence is a piece of the bounce.
fn check_evidence(name: &str, d: &Diagnosis) {
    let text = &d.report.text;
    for (_, f) in d.entries() {
        if let Some(ip) = f.blocked_ip {
            let c = f
                .ip_candidates
                .iter()
                .find(|c| c.ip == ip)
                .unwrap_or_else(|| panic!("{name}: {ip} not among the candidates"));
            assert_eq!(c.role, IpRole::BlockedSender, "{name}");
            let shown: String = text
                .get(c.span.clone())
                .unwrap_or_default()
                .chars()
                .filter(|ch| !ch.is_whitespace() && *ch != '>')
                .collect();
            assert_eq!(shown, ip.to_string(), "{name}: span of {ip}");
        }
        if let Some(l) = &f.listing {
            assert!(
                text.get(l.evidence.clone())
                    .is_some_and(|e| !e.trim().is_empty()),
                "{name}: empty evidence for {}",
                l.id
            );
        }
    }
}

/// `delist analyze --json`, over every file at once: the list, the IP and the candidates'
/// roles as a script sees them, and no link of the identified list's own reported as suspicious.
#[test]
fn analyze_json_shows_list_ip_candidates_and_links() {
    let all = fixtures();
    let out = common::delist(None)
        .arg("analyze")
        .arg("--json")
        .args(all.iter().map(|f| &f.path))
        .output()
        .expect("run delist");
    let stdout = common::stdout_of(&out);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), all.len());
    for (f, v) in all.iter().zip(&lines) {
        let name = &f.name;
        let bounces = v["bounces"].as_array().expect("bounces");
        assert_eq!(bounces.len(), f.expected.bounces.len(), "{name}");
        for (i, want) in f.expected.bounces.iter().enumerate() {
            let b = want
                .recipient
                .as_deref()
                .and_then(|r| bounces.iter().find(|b| b["recipient"].as_str() == Some(r)))
                .unwrap_or(&bounces[i]);
            assert_eq!(
                b["blocklist"]["id"].as_str(),
                want.list.as_deref(),
                "{name}"
            );
            assert_eq!(
                b["blocklist"]["sublist"].as_str(),
                want.sublist.as_deref(),
                "{name}"
            );
            assert_eq!(
                b["blocked_ip"].as_str(),
                want.blocked_ip.as_deref(),
                "{name}"
            );
            let candidates = b["ip_candidates"].as_array().expect("ip_candidates");
            let role_of = |ip: &str| {
                candidates
                    .iter()
                    .find(|c| c["ip"].as_str() == Some(ip))
                    .and_then(|c| c["role"].as_str())
            };
            if let Some(ip) = &want.blocked_ip {
                assert_eq!(role_of(ip), Some("blocked-sender"), "{name}: {ip}");
            }
            for (ip, role) in &f.expected.candidates {
                assert_eq!(role_of(ip), Some(role.as_str()), "{name}: role of {ip}");
            }
        }
        let hosts: Vec<&str> = v["suspicious_urls"]
            .as_array()
            .expect("suspicious_urls")
            .iter()
            .filter_map(|u| u["host"].as_str())
            .collect();
        for want in &f.expected.bounces {
            let Some(entry) = want.list.as_deref().and_then(|id| CATALOGUE.get(id)) else {
                continue;
            };
            for h in &hosts {
                assert!(
                    !url::is_official(h, entry),
                    "{name}: {h} is {}'s own",
                    entry.id
                );
            }
        }
        if let Some(h) = &f.expected.suspicious_host {
            assert!(hosts.contains(&h.as_str()), "{name}: {h} not reported");
        }
    }
}
