//! The whole catalogue, as people see it: every address delist can show (lookup, help, form,
//! escalation; with and without an IP) is HTTPS, has no unfilled placeholder, and sits on the
//! operator's allow-list, so `analyze` never calls an operator's own page suspicious; and the
//! outputs (`lists`, `analyze`, `request`) never show a `{ip}`.

mod common;

use delist::blocklist::url::{is_official, suspicious_urls};
use delist::blocklist::{CATALOGUE, Entry};
use delist::scan::url::host;

const IP: &str = "192.0.2.1";

/// Every address the entry can show, with where it comes from.
fn shown_urls(e: &Entry) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut push = |what: &str, url: Option<String>| {
        if let Some(u) = url {
            out.push((format!("{}: {what}", e.id), u));
        }
    };
    for ip in [None, Some(IP)] {
        push("lookup", e.lookup_url_for(ip));
        push("lookup (ja)", e.lookup_url_ja_for(ip));
        let subs = std::iter::once(None).chain(e.sublists.iter().map(|s| Some(s.id.as_str())));
        for sub in subs {
            let (route, advice) = e.request_route(sub);
            for r in std::iter::once(route).chain(advice) {
                push(&format!("form {sub:?}"), r.url_for(ip));
                push(&format!("escalation {sub:?}"), r.escalation_url.clone());
            }
        }
    }
    push("help", e.help_url.clone());
    out
}

#[test]
fn every_address_is_https_filled_in_and_on_the_allow_list() {
    for e in &CATALOGUE.entries {
        for (what, url) in shown_urls(e) {
            assert!(url.starts_with("https://"), "{what}: {url} is not HTTPS");
            assert!(
                !url.contains('{') && !url.contains('}'),
                "{what}: {url} has an unfilled placeholder"
            );
            let h = host(&url).unwrap_or_default();
            assert!(is_official(&h, e), "{what}: {h} is not on the allow-list");
            // What analyze would say of the same link in a bounce.
            assert!(
                suspicious_urls(&url).is_empty(),
                "{what}: {url} would be reported as suspicious"
            );
        }
        for d in &e.official_domains {
            assert!(
                !d.is_empty() && d.contains('.') && !d.starts_with('.') && !d.contains('/'),
                "{}: allow-list entry {d:?} is not a host name",
                e.id
            );
        }
    }
}

#[test]
fn the_operators_own_pages_named_in_the_issue_are_not_suspicious() {
    let text = "see https://postmaster.verizonmedia.com/error-codes and \
                https://mailspike.io/ip_verify/about and \
                https://mimecastsupport.zendesk.com/hc/en-us/articles/1 and \
                https://www.backscatterer.org/?target=test and https://www.uribl.com/ and \
                https://surbl.org/surbl-analysis and https://ipremoval.sms.symantec.com/lookup";
    assert_eq!(suspicious_urls(text), Vec::new());
    // The allow-list holds Mimecast's help centre, not the whole of zendesk.com.
    let other = suspicious_urls("https://delist-mimecast.zendesk.com/hc/remove");
    assert_eq!(other.len(), 1);
}

#[test]
fn lists_shows_no_placeholder_and_every_entry_an_official_address() {
    for lang in ["en_US.UTF-8", "ja_JP.UTF-8"] {
        let text = common::stdout_of(&common::delist(Some(lang)).arg("lists").output().unwrap());
        assert!(
            !text.contains("{ip}") && !text.contains("{ $"),
            "{lang}: {text}"
        );
    }
    let json = common::stdout_of(
        &common::delist(None)
            .args(["lists", "--json"])
            .output()
            .unwrap(),
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let entries = v["list"].as_array().expect("list array");
    for id in [
        "backscatterer",
        "uribl",
        "surbl",
        "sophos",
        "symantec",
        "fortiguard",
        "nifty",
        "ybb",
    ] {
        let e = entries
            .iter()
            .find(|e| e["id"] == id)
            .unwrap_or_else(|| panic!("{id} not in lists --json"));
        let url = e["lookup_url"]
            .as_str()
            .or_else(|| e["help_url"].as_str())
            .unwrap_or_else(|| panic!("{id}: no official address"));
        let domains: Vec<&str> = e["official_domains"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|d| d.as_str())
            .collect();
        let h = host(url).unwrap();
        assert!(
            domains
                .iter()
                .any(|d| h == *d || h.ends_with(&format!(".{d}"))),
            "{id}: {url} not on {domains:?}"
        );
    }
}

#[test]
fn analyze_never_shows_an_unfilled_placeholder() {
    let mut files = Vec::new();
    for dir in std::fs::read_dir(common::fixture_dir("lists")).unwrap() {
        files.extend(common::bounces_in(&dir.unwrap().path()));
    }
    assert!(files.len() > 80);
    for lang in ["en_US.UTF-8", "ja_JP.UTF-8"] {
        let text = common::stdout_of(
            &common::delist(Some(lang))
                .arg("analyze")
                .args(&files)
                .output()
                .unwrap(),
        );
        assert!(!text.contains("{ip}"), "{lang}: analyze shows {{ip}}");
        assert!(
            !text.contains("{ $"),
            "{lang}: an unfilled message argument"
        );
    }
    let json = common::stdout_of(
        &common::delist(None)
            .args(["analyze", "--json"])
            .args(&files)
            .output()
            .unwrap(),
    );
    assert!(!json.contains("{ip}"));
}

/// The Abusix form's address takes the IP: the request shows it filled in, never `{ip}`.
#[test]
fn request_fills_the_address_it_shows() {
    for lang in ["en_US.UTF-8", "ja_JP.UTF-8"] {
        let out = common::delist(Some(lang))
            .args([
                "request",
                "tests/fixtures/lists/abusix/abusix-blacklist.txt",
                "--name",
                "Taro Yamada",
                "--email",
                "postmaster@example.co.jp",
                "--role",
                "it-admin",
                "--cause",
                "stolen-password",
                "--fix",
                "changed-passwords",
            ])
            .output()
            .unwrap();
        let text = common::stdout_of(&out);
        assert!(!text.contains("{ip}"), "{text}");
        assert!(
            text.contains("https://lookup.abusix.com/search?q=198.51.100.223"),
            "{text}"
        );
    }
}
