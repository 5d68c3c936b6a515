//! The online check's time limit, against a real DNS server on loopback (see `dns_support`):
//! twenty zones asked at once, one of them silent. The check ends at the limit with that one
//! marked `timeout` and every other answered; the silent zone is not waited for.

mod dns_support;

use std::time::Duration;

use delist::blocklist::Catalogue;
use delist::online::{self, Answer, Settings};
use dns_support::Zones;

/// A made-up catalogue entry whose check asks `zones`.
fn catalogue(zones: &[String]) -> Catalogue {
    let list = zones
        .iter()
        .map(|z| format!("{z:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let toml = format!(
        r#"
[[list]]
id = "twenty"
name = "Twenty test zones"
operator = "the test"
kind = "dnsbl"
status = {{ state = "active" }}
zones = [{list}]
official_domains = ["example.test"]
cost = "free"
[list.check]
zones = [{list}]
[list.removal]
method = "expires"
who = "anyone"
[[list.sources]]
url = "tests/check_zones.rs"
checked = "2026-12-07"
"#
    );
    toml::from_str(&toml).expect("test catalogue")
}

#[test]
fn twenty_zones_with_one_silent_finish_at_the_limit() {
    let zones: Vec<String> = (1..=20).map(|i| format!("zone{i}.dnsbl.test")).collect();
    let silent = zones[6].clone();
    let dns = dns_support::start(Zones {
        silent: vec![silent.clone()],
        ..Zones::default()
    });
    let cat = catalogue(&zones);
    let entries: Vec<_> = cat.entries.iter().collect();
    let settings = Settings {
        dns: Some(dns),
        limit: Duration::from_secs(2),
    };
    let report = online::check("127.0.0.2".parse().unwrap(), &entries, &settings).expect("check");
    assert_eq!(report.outcomes.len(), 20);
    assert_eq!(report.servers, [dns]);
    for o in &report.outcomes {
        let zone = o.zone.as_deref().unwrap();
        if zone == silent {
            assert_eq!(o.answer, Answer::Timeout, "{zone}");
        } else {
            assert!(
                matches!(o.answer, Answer::Listed { .. }),
                "{zone}: {:?}",
                o.answer
            );
            assert_eq!(o.reason.as_deref(), Some("Listed by the test zone"));
        }
    }
    assert_eq!(report.summary(), online::Summary::Listed);
}

#[test]
fn the_not_listed_point_with_a_silent_zone_is_incomplete() {
    let zones: Vec<String> = (1..=3).map(|i| format!("z{i}.dnsbl.test")).collect();
    let dns = dns_support::start(Zones {
        silent: vec![zones[0].clone()],
        ..Zones::default()
    });
    let cat = catalogue(&zones);
    let entries: Vec<_> = cat.entries.iter().collect();
    let settings = Settings {
        dns: Some(dns),
        limit: Duration::from_millis(500),
    };
    let report = online::check("127.0.0.1".parse().unwrap(), &entries, &settings).expect("check");
    let results: Vec<&str> = report.outcomes.iter().map(|o| o.answer.result()).collect();
    assert_eq!(results, ["timeout", "not-listed", "not-listed"]);
    assert_eq!(report.summary(), online::Summary::Unanswered);
    assert!(!report.unreachable());
}
