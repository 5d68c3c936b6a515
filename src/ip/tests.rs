use super::*;

#[track_caller]
fn blocked(text: &str) -> Option<String> {
    find_in_text(text, crate::blocklist::identify(text).is_some())
        .blocked
        .map(|ip| ip.to_string())
}

fn role_of(f: &IpFindings, ip: &str) -> Option<IpRole> {
    f.candidates
        .iter()
        .find(|c| c.ip.to_string() == ip)
        .map(|c| c.role)
}

#[test]
fn the_standard_templates_name_the_sender() {
    for (text, ip) in [
        (
            "554 Service unavailable; Client host [192.0.2.44] blocked using b.barracudacentral.org",
            "192.0.2.44",
        ),
        (
            "550 Mail from 198.51.100.7 refused by rbl-plus.mail-abuse.org.",
            "198.51.100.7",
        ),
        (
            "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal visit https://sender.office.com/",
            "198.51.100.222",
        ),
        (
            "550 5.7.1 Unfortunately, messages from [203.0.113.3] weren't sent. (S3150)",
            "203.0.113.3",
        ),
        (
            "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
            "192.0.2.25",
        ),
        (
            "421-4.7.28 [203.0.113.80      15] Our system has detected an unusual rate of unsolicited mail - gsmtp",
            "203.0.113.80",
        ),
        (
            "553 5.3.0 flph844 DNSBL:RBL 521< 5.161.254.101 >_is_blocked. For assistance forward this to abuse_rbl@abuse-att.net",
            "5.161.254.101",
        ),
        (
            "550 5.7.1 Email rejected because 192.0.2.4 is listed by zen.spamhaus.org",
            "192.0.2.4",
        ),
        (
            "554 Blocked - see https://www.spamcop.net/bl.shtml?198.51.100.211",
            "198.51.100.211",
        ),
        (
            "550 5.7.1 Service unavailable; client [2001:db8::25] blocked using dnsbl.sorbs.net",
            "2001:db8::25",
        ),
        (
            "5.3.2 system not accepting network messages cmsmtp 203.0.113.24 is listed on Cloudmark CSI-Global.",
            "203.0.113.24",
        ),
    ] {
        assert_eq!(blocked(text).as_deref(), Some(ip), "{text}");
    }
}

#[test]
fn the_lists_own_link_names_the_listed_address() {
    // Barracuda may name a host instead of the address; its own link carries the address.
    let text = "554 Service unavailable; Client host [mail.example.jp] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=203.0.113.61";
    assert_eq!(blocked(text).as_deref(), Some("203.0.113.61"));
    // A phishing link's parameter is not the list's word.
    let text =
        "Your server is listed. Click here to delist: http://delist-now.example/?ip=203.0.113.62";
    assert_eq!(blocked(text), None);
    // Re-wrapped at 72 columns inside the address of the link.
    let text = "550 5.7.1 Blocked - see\nhttps://www.spamcop.net/bl.shtml?203.0.113.\n14 (in reply to RCPT TO command)";
    assert_eq!(blocked(text).as_deref(), Some("203.0.113.14"));
}

#[test]
fn other_addresses_get_their_roles_and_never_become_the_sender() {
    let text = "The original message was received at Mon, 2 Jun 2025 10:00:00 +0900 (JST)\n\
                from office-pc.example.jp [192.0.2.10]\n\
                <a@example.com>: host mx.example.com[198.51.100.25] said: 554 5.7.1 Service\n    unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org";
    let f = find_in_text(text, true);
    assert_eq!(role_of(&f, "192.0.2.10"), Some(IpRole::SubmittingClient));
    assert_eq!(role_of(&f, "198.51.100.25"), Some(IpRole::RemoteMx));
    assert_eq!(role_of(&f, "203.0.113.5"), Some(IpRole::BlockedSender));
    assert_eq!(
        f.blocked.map(|i| i.to_string()).as_deref(),
        Some("203.0.113.5")
    );
    for c in &f.candidates {
        assert_eq!(text.get(c.span.clone()), Some(c.ip.to_string().as_str()));
    }
}

#[test]
fn no_ip_is_better_than_a_wrong_ip() {
    // An address with no wording around it.
    assert_eq!(
        blocked("550 5.7.1 Message rejected. Reference 192.0.2.50"),
        None
    );
    // Two different senders named: ambiguous.
    assert_eq!(
        blocked(
            "Client host [192.0.2.1] blocked using zen.spamhaus.org; Client host [192.0.2.2] blocked using zen.spamhaus.org"
        ),
        None
    );
    // An SPF failure names the client, but nothing is blocked.
    assert_eq!(
        blocked("550 5.7.23 SPF fail: mail from 192.0.2.1 was rejected by Sender Policy Framework"),
        None
    );
    // The list's own link names another address than the refusal: the text contradicts itself.
    let text = "554 Client host [192.0.2.101] blocked using b.barracudacentral.org; \
                http://www.barracudacentral.org/lookups?ip=192.0.2.102";
    let found = find_in(&Sources {
        text,
        diagnostic: Some(text),
        diagnostic_span: Some(0..text.len()),
        listed: true,
        ..Sources::default()
    });
    assert_eq!(found.blocked, None);
    // The remote MX is not the sender even if a template catches it.
    let text = "host mx.example.com[198.51.100.9] said: 550 198.51.100.9 is blocked";
    assert_eq!(blocked(text), None);
}

#[test]
fn private_addresses_are_kept_flagged_and_never_chosen() {
    let text = "550 ME Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=10.0.0.1 [102]";
    let f = find_in_text(text, true);
    let c = f.candidates.iter().find(|c| c.ip.to_string() == "10.0.0.1");
    assert!(c.is_some_and(|c| c.private && c.role == IpRole::BlockedSender));
    assert_eq!(f.blocked, None);
    // Documentation ranges are public.
    assert!(!is_private("192.0.2.1".parse().unwrap()));
    assert!(!is_private("2001:db8::1".parse().unwrap()));
    assert!(is_private("127.0.0.2".parse().unwrap()));
    assert!(is_private("fd00::1".parse().unwrap()));
}

#[test]
fn a_status_code_is_never_an_address() {
    let text = "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred - 4.16.55.1; see";
    let f = find_in_text(text, true);
    assert!(f.candidates.iter().all(|c| c.ip.to_string() != "4.16.55.1"));
}

#[test]
fn wrapped_wording_still_reads() {
    let text = "<a@example.com>: host mx.example.com[198.51.100.25] said: 550 Service unavailable;\n    Client host\n    [203.0.113.77] blocked using\n    Trend Micro RBL+.";
    assert_eq!(blocked(text).as_deref(), Some("203.0.113.77"));
}

#[test]
fn original_received_headers() {
    let report = "Your message could not be delivered.\n\
                  Client host [203.0.113.5] blocked using zen.spamhaus.org\n\
                  --- original ---\n\
                  Received: from pc.example.jp (pc.example.jp\n\t[192.0.2.200]) by mail.example.jp\n";
    let at = report.find("--- original").unwrap();
    let received =
        vec!["from pc.example.jp (pc.example.jp [192.0.2.200]) by mail.example.jp".to_owned()];
    let f = find_in(&Sources {
        text: report,
        original_at: Some(at),
        diagnostic: Some("Client host [203.0.113.5] blocked using zen.spamhaus.org"),
        received: &received,
        listed: true,
        ..Sources::default()
    });
    assert_eq!(role_of(&f, "192.0.2.200"), Some(IpRole::OriginalReceived));
    let c = f
        .candidates
        .iter()
        .find(|c| c.ip.to_string() == "192.0.2.200")
        .unwrap();
    assert_eq!(report.get(c.span.clone()), Some("192.0.2.200"));
    assert_eq!(
        f.blocked.map(|i| i.to_string()).as_deref(),
        Some("203.0.113.5")
    );
}
