//! Links in a bounce are never trusted: the ones outside every catalogue operator's domains are
//! reported with their place in the text, and the lookup address shown comes from the catalogue.

use delist::blocklist::CATALOGUE;
use delist::diagnosis;
use delist::intake::Input;

/// A phishing mail dressed as a bounce: it names a real list and offers a "delist" link.
const PHISHING: &str = "From: Mail Delivery System <mailer-daemon@mail.example.co.jp>
Subject: Undelivered Mail Returned to Sender
To: tanaka@example.co.jp

This is the mail system at host mail.example.co.jp.

<client@example.com>: host mx.example.com[198.51.100.25] said: 554 5.7.1
    Service unavailable; Client host [203.0.113.45] blocked using
    zen.spamhaus.org; URGENT: click here to delist within 24 hours:
    http://spamhaus.org.delist-center.example/remove?ip=203.0.113.45
    (in reply to RCPT TO command)

Or pay for express removal at https://www.spamhaus-express.example/pay .
Official lookup: https://check.spamhaus.org/
";

#[test]
fn a_click_here_to_delist_link_is_reported_and_never_used() {
    let input = Input::from_bytes("phish.txt", PHISHING, 1 << 20).expect("input");
    let d = diagnosis::diagnose(&input);
    let hosts: Vec<&str> = d.suspicious_urls.iter().map(|u| u.host.as_str()).collect();
    assert_eq!(
        hosts,
        [
            "spamhaus.org.delist-center.example",
            "www.spamhaus-express.example"
        ]
    );
    for u in &d.suspicious_urls {
        assert_eq!(d.report.text.get(u.span.clone()), Some(u.url.as_str()));
    }
    // The list is still named, and the address to visit comes from the catalogue.
    let (_, finding) = d.entries().next().expect("a delivery");
    let listing = finding.listing.as_ref().expect("spamhaus named");
    assert_eq!(listing.id, "spamhaus");
    let entry = CATALOGUE.get(&listing.id).expect("entry");
    assert_eq!(
        entry.lookup_url_for(Some("203.0.113.45")).as_deref(),
        Some("https://check.spamhaus.org/")
    );
    // The IP is the one the refusal's own wording names, not the one in the phishing link.
    assert_eq!(
        finding.blocked_ip.map(|ip| ip.to_string()).as_deref(),
        Some("203.0.113.45")
    );
    let json: serde_json::Value =
        serde_json::from_str(&diagnosis::json_line("phish.txt", Ok(&d))).expect("JSON");
    assert_eq!(
        json["suspicious_urls"][0]["host"],
        "spamhaus.org.delist-center.example"
    );
}

#[test]
fn links_of_catalogue_operators_are_not_reported() {
    let text = "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using \
                Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.1 \
                and https://servicecentral.trendmicro.com/en-US/ers/\n";
    let input = Input::from_bytes("ok.txt", text, 1 << 20).expect("input");
    let d = diagnosis::diagnose(&input);
    assert!(d.suspicious_urls.is_empty(), "{:?}", d.suspicious_urls);
}

#[test]
fn json_names_every_address_with_its_role() {
    let text = "550 mwinf5c04 ME Client host blocked for spamming issues. OFR006_102 Ref \
                http://csi.cloudmark.com/reset-request/?ip=10.0.0.1 [102]\n";
    let input = Input::from_bytes("orange.txt", text, 1 << 20).expect("input");
    let d = diagnosis::diagnose(&input);
    let json: serde_json::Value =
        serde_json::from_str(&diagnosis::json_line("orange.txt", Ok(&d))).expect("JSON");
    let bounce = &json["bounces"][0];
    assert_eq!(bounce["blocklist"]["id"], "cloudmark");
    // A private address is kept and flagged, never taken as the blocked sender.
    assert_eq!(bounce["blocked_ip"], serde_json::Value::Null);
    assert_eq!(bounce["ip_candidates"][0]["ip"], "10.0.0.1");
    assert_eq!(bounce["ip_candidates"][0]["role"], "blocked-sender");
    assert_eq!(bounce["ip_candidates"][0]["private"], true);
}
