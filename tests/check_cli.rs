//! `delist check` against a real DNS server on loopback that the test starts itself (see
//! `dns_support`): every query goes to 127.0.0.1, none leaves the machine.

mod common;
mod dns_support;

use std::process::Output;

use dns_support::Zones;
use serde_json::Value;

fn check(args: &[&str], lang: Option<&str>) -> Output {
    common::delist(lang)
        .arg("check")
        .args(args)
        .output()
        .expect("run delist")
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

fn by_list<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["list"] == id)
        .unwrap_or_else(|| panic!("no row for {id}"))
}

#[test]
fn the_listed_test_point_is_listed() {
    let dns = dns_support::start(Zones::default()).to_string();
    let out = check(&["127.0.0.2", "--dns", &dns, "--json"], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = lines(&out);
    let spamhaus = by_list(&rows, "spamhaus");
    assert_eq!(spamhaus["zone"], "zen.spamhaus.org");
    assert_eq!(spamhaus["result"], "listed");
    assert_eq!(spamhaus["code"], serde_json::json!(["127.0.0.2"]));
    assert_eq!(spamhaus["sublist"], serde_json::json!(["SBL"]));
    assert_eq!(spamhaus["reason"], "Listed by the test zone");
    assert_eq!(spamhaus["servers"], serde_json::json!([dns]));
    let at = spamhaus["asked_at"].as_str().unwrap();
    assert!(
        at.len() == 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T',
        "{at}"
    );
    // A zone that stands for a sub-list names it.
    let l2 = rows
        .iter()
        .find(|r| r["zone"] == "dnsbl-2.uceprotect.net")
        .unwrap();
    assert_eq!(l2["sublist"], serde_json::json!(["L2"]));
    // Lists with no zone point to their web page and are not asked.
    let cloudmark = by_list(&rows, "cloudmark");
    assert_eq!(cloudmark["result"], "no-zone");
    assert!(cloudmark["asked_at"].is_null());
    assert!(cloudmark["url"].as_str().unwrap().starts_with("https://"));
    // Closed lists are not among the defaults.
    assert!(rows.iter().all(|r| r["list"] != "sorbs"));
}

#[test]
fn the_other_test_point_is_not_listed_and_exits_0() {
    let dns = dns_support::start(Zones::default()).to_string();
    let out = check(&["127.0.0.1", "--dns", &dns, "--json"], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for row in lines(&out) {
        assert!(
            row["result"] == "not-listed" || row["result"] == "no-zone",
            "{row}"
        );
        assert!(row["reason"].is_null());
    }
}

#[test]
fn a_refusal_is_unknown_never_listed() {
    let dns = dns_support::start(Zones::default()).to_string();
    let out = check(
        &[
            "127.255.255.254",
            "--dns",
            &dns,
            "--list",
            "spamhaus",
            "--json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(3));
    let rows = lines(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["result"], "refused");
    assert_eq!(rows[0]["code"], serde_json::json!(["127.255.255.254"]));
    assert_eq!(rows[0]["sublist"], serde_json::json!([]));

    // In text, the table says unknown and the note says why, in the user's language.
    let out = check(
        &["127.255.255.254", "--dns", &dns, "--list", "spamhaus"],
        Some("ja_JP.UTF-8"),
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("不明: 回答を拒否された"), "{text}");
    assert!(text.contains("公開DNSサーバー"), "{text}");
    assert!(text.contains(&dns), "the servers asked are named: {text}");
    assert!(!text.contains("掲載あり"));
}

#[test]
fn a_silent_zone_is_a_timeout_and_the_others_still_answer() {
    let dns = dns_support::start(Zones {
        silent: vec!["dnsbl-2.uceprotect.net".to_owned()],
        ..Zones::default()
    })
    .to_string();
    let out = check(
        &[
            "127.0.0.2",
            "--dns",
            &dns,
            "--list",
            "uceprotect,spamcop",
            "--json",
            "--timeout",
            "1",
        ],
        None,
    );
    // Listed wins over unanswered.
    assert_eq!(out.status.code(), Some(1));
    let rows = lines(&out);
    let result = |zone: &str| {
        rows.iter().find(|r| r["zone"] == zone).unwrap()["result"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(result("dnsbl-2.uceprotect.net"), "timeout");
    assert_eq!(result("dnsbl-1.uceprotect.net"), "listed");
    assert_eq!(result("dnsbl-3.uceprotect.net"), "listed");
    assert_eq!(result("bl.spamcop.net"), "listed");
}

#[test]
fn text_table_in_english() {
    let dns = dns_support::start(Zones::default()).to_string();
    let out = check(
        &["127.0.0.2", "--dns", &dns, "--list", "spamhaus,cloudmark"],
        None,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "List",
        "Result",
        "Sub-list",
        "What to do",
        "Official page",
        "listed",
        "SBL",
        "https://check.spamhaus.org/",
        "No DNS zone: check on the web page",
        "DNS server asked (--dns): ",
        "At least one list names this IP.",
    ] {
        assert!(text.contains(want), "{want:?} missing in\n{text}");
    }
}

#[test]
fn bad_input_is_a_usage_error() {
    let out = check(&["not-an-ip", "--dns", "127.0.0.1:9"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Not an IP address"));
    let out = check(
        &["192.0.2.1", "--list", "nope", "--dns", "127.0.0.1:9"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("spamhaus"));
}

#[test]
fn every_query_failing_says_nothing_was_checked() {
    let dns = dns_support::start(Zones {
        failing: vec!["bl.spamcop.net".to_owned(), "psbl.surriel.com".to_owned()],
        ..Zones::default()
    })
    .to_string();
    let out = check(
        &["127.0.0.2", "--dns", &dns, "--list", "spamcop,psbl"],
        None,
    );
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Every query failed"), "{text}");
    assert!(text.contains("unknown: error"), "{text}");
    assert!(
        !text.contains("No zone lists this IP"),
        "no summary when nothing was checked: {text}"
    );
}
