//! Facts checked against the operators' own pages (issue 14), held so they do not drift back:
//! the forms' fields, the removal pages, the words for Cloudmark's route, the domain lists,
//! and the entries Japanese offices meet.

use delist::blocklist::CATALOGUE;
use delist::blocklist::catalogue::{Cost, Entry, FieldValue, Listed, RemovalMethod};
use delist::i18n::{self, Lang};

fn entry(id: &str) -> &'static Entry {
    CATALOGUE.get(id).unwrap_or_else(|| panic!("no entry {id}"))
}

/// SpamRATS' removal page asks for the IP and a CAPTCHA, nothing else, whichever list holds it.
#[test]
fn the_spamrats_form_is_the_ip_and_a_captcha() {
    let e = entry("spamrats");
    let subs = std::iter::once(None).chain(e.sublists.iter().map(|s| Some(s.id.as_str())));
    for sub in subs {
        let route = e.removal_for(sub);
        let values: Vec<FieldValue> = route.fields.iter().map(|f| f.value).collect();
        assert_eq!(values, [FieldValue::Ip, FieldValue::Manual], "{sub:?}");
    }
}

#[test]
fn psbl_removes_through_its_remove_page() {
    let r = &entry("psbl").removal;
    assert_eq!(r.method, RemovalMethod::WebForm);
    assert_eq!(r.url.as_deref(), Some("https://psbl.org/remove"));
}

/// Cloudmark removes nothing: its route is a reset of the IP's reputation, in both languages.
#[test]
fn cloudmarks_route_is_called_a_reset() {
    let e = entry("cloudmark");
    assert!(
        e.removal
            .note
            .as_deref()
            .unwrap_or_default()
            .contains("reset")
    );
    for (lang, word) in [(Lang::En, "reset"), (Lang::Ja, "リセット")] {
        for part in ["duration", "first", "lookup"] {
            let text = i18n::tr(lang, &format!("entry-cloudmark-{part}"));
            assert!(text.contains(word), "{part}: {text}");
        }
    }
}

#[test]
fn trend_micro_names_the_quick_ip_list_and_its_zones() {
    let e = entry("trendmicro-ers");
    let qil = e.sublists.iter().find(|s| s.id == "QIL").expect("QIL");
    assert_eq!(qil.name.as_deref(), Some("Quick IP List"));
    assert!(qil.zones.iter().any(|z| z == "q.mail-abuse.com"));
    let rbl = e.sublists.iter().find(|s| s.id == "RBL+").expect("RBL+");
    assert!(rbl.zones.iter().any(|z| z == "r.mail-abuse.com"));
    // QIL leaves by itself within 12 hours, and the form still takes requests.
    let (route, advice) = e.request_route(Some("QIL"));
    assert_eq!(route.method, RemovalMethod::WebForm);
    assert_eq!(advice.and_then(|r| r.expires_hours), Some(12));
}

/// Domain lists: the request is about a domain in the mail, never the sending IP.
#[test]
fn domain_lists_are_about_a_domain() {
    for id in ["uribl", "surbl"] {
        let e = entry(id);
        assert_eq!(e.listed, Listed::Domain, "{id}");
        let values: Vec<FieldValue> = e.removal.fields.iter().map(|f| f.value).collect();
        assert_eq!(values, [FieldValue::ListedDomain], "{id}");
    }
    let spamhaus = entry("spamhaus");
    assert_eq!(spamhaus.listed_for(Some("DBL")), Listed::Domain);
    assert_eq!(spamhaus.listed_for(Some("SBL")), Listed::Ip);
    assert!(
        spamhaus
            .removal_for(Some("DBL"))
            .fields
            .iter()
            .any(|f| f.value == FieldValue::ListedDomain)
    );
}

/// Backscatterer expires by itself after 4 weeks and sells an express removal: warned about.
#[test]
fn backscatterer_expires_and_its_express_removal_is_flagged() {
    let e = entry("backscatterer");
    assert_eq!(e.removal.method, RemovalMethod::Expires);
    assert_eq!(e.removal.expires_hours, Some(4 * 7 * 24));
    assert_eq!(e.cost, Cost::FreeWithPaidExpress);
    assert!(e.zones.iter().any(|z| z == "ips.backscatterer.org"));
}

/// A dynamic line refused by @nifty or named as a Yahoo! BB address: nothing to remove, the
/// fix is to send through the provider's server.
#[test]
fn dynamic_line_refusals_route_to_the_providers_server() {
    for id in ["nifty", "ybb"] {
        let e = entry(id);
        assert_eq!(e.removal.method, RemovalMethod::None, "{id}");
        assert!(e.nothing_to_request(None), "{id}");
        assert_eq!(e.first_fix, ["use-provider-smtp"], "{id}");
        assert!(e.help_url.is_some(), "{id}: the operator's page");
    }
}

/// Symantec's investigation page asks for the IPv4 address and the image text.
#[test]
fn symantec_asks_for_the_ip_and_the_image_text() {
    let e = entry("symantec");
    let labels: Vec<&str> = e.removal.fields.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["IP Address", "Image Text"]);
    assert_eq!(e.removal.turnaround_hours, Some((0, 24)));
}

/// Every new list is in every language with all its parts.
#[test]
fn new_lists_are_written_in_both_languages() {
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
        for lang in Lang::ALL {
            for part in ["what", "happened", "duration", "first", "lookup"] {
                let key = format!("entry-{id}-{part}");
                assert!(i18n::has(lang, &key), "{key} missing in {}", lang.tag());
            }
        }
    }
}

/// Outlook.com's SNDS page: the help address stays the one Microsoft's sender support links
/// until a Microsoft page confirms the reported new portal, and says it is unverified.
#[test]
fn outlook_snds_page_is_the_verified_one_and_the_move_is_marked_unverified() {
    let e = entry("microsoft-outlook");
    assert_eq!(
        e.help_url.as_deref(),
        Some("https://sendersupport.olc.protection.outlook.com/snds/")
    );
    assert!(e.unverified.iter().any(|u| u == "help-url"));
    for s in ["S3140", "S3150"] {
        assert!(e.sublists.iter().any(|x| x.id == s), "{s}");
    }
}
