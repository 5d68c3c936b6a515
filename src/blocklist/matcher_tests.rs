use super::*;

#[track_caller]
fn check(text: &str, id: Option<&str>, sublist: Option<&str>) {
    let got = identify(text);
    assert_eq!(got.as_ref().map(|l| l.id.as_str()), id, "{text}");
    assert_eq!(
        got.as_ref().and_then(|l| l.sublist.as_deref()),
        sublist,
        "{text}"
    );
    if let Some(l) = got {
        assert!(text.get(l.evidence.clone()).is_some_and(|s| !s.is_empty()));
    }
}

#[test]
fn the_list_to_ask_wins_over_the_receiver() {
    check(
        "550 5.7.1 Service unavailable, Client host [192.0.2.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.7 AS(1450) [AB1PEPF0001.eop-nam.prod.protection.outlook.com]",
        Some("spamhaus"),
        None,
    );
    check(
        "550 mwinf5c10 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.8 [102]",
        Some("cloudmark"),
        None,
    );
    check(
        "550 5.7.1 Mail from IP 192.0.2.9 was rejected due to listing in Spamhaus PBL. For details please see http://www.spamhaus.org/query/bl?ip=192.0.2.9",
        Some("spamhaus"),
        Some("PBL"),
    );
    check(
        "550 5.7.1 [CS01] Message rejected due to local policy. Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.10",
        Some("proofpoint"),
        None,
    );
}

#[test]
fn provider_blocks_are_entries_of_their_own() {
    check(
        "421 4.7.28 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address. https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp",
        Some("gmail"),
        Some("4.7.28"),
    );
    check(
        "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        Some("yahoo"),
        Some("TSS04"),
    );
    check(
        "550 5.7.1 Unfortunately, messages from [192.0.2.3] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
        Some("microsoft-outlook"),
        Some("S3150"),
    );
    check(
        "550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
        Some("microsoft-365"),
        None,
    );
    check(
        "550 5.7.511 Access denied, banned sender[198.51.100.4]. To request removal from this list, forward this message to delist@microsoft.com.",
        Some("microsoft-365"),
        Some("5.7.511"),
    );
}

#[test]
fn a_secret_key_in_the_zone_still_matches() {
    check(
        "554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using a1b2c3d4e5f6g7h8i9j0k1l2m3.zen.dq.spamhaus.net",
        Some("spamhaus"),
        None,
    );
    check(
        "554 5.7.1 Client host [203.0.113.5] blocked using k3y9k3y9k3y9k3y9k3y9k3y9k3.sbl.dq.spamhaus.net; see SBL123456",
        Some("spamhaus"),
        Some("SBL"),
    );
}

#[test]
fn sub_lists() {
    check(
        "450 4.7.1 <a@example.com>: Recipient address rejected: Mail from 192.0.2.5 was refused due to the sender IP found in ERS-QIL.",
        Some("trendmicro-ers"),
        Some("QIL"),
    );
    check(
        "550 Mail from 192.0.2.5 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+",
        Some("trendmicro-ers"),
        Some("RBL+"),
    );
    check(
        "554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using sbl-xbl.spamhaus.org; https://www.spamhaus.org/sbl/query/SBLCSS",
        Some("spamhaus"),
        Some("CSS"),
    );
    check(
        "Client host [192.0.2.49] blocked using cbl.abuseat.org (state 13).",
        Some("spamhaus"),
        Some("XBL"),
    );
    check(
        "550 5.7.1 Service unavailable; Client host [192.0.2.49] blocked using dnsbl-2.uceprotect.net",
        Some("uceprotect"),
        Some("L2"),
    );
}

#[test]
fn receivers_with_generic_wording_need_their_host() {
    let text = "connect to mfsmax.docomo.ne.jp[203.0.113.9]: server refused to talk to me: 421 Service not available";
    check(text, Some("docomo"), None);
    assert_eq!(
        identify_with_host("421 Service not available", Some("mfsmax.docomo.ne.jp")).map(|l| l.id),
        Some("docomo".to_owned())
    );
    // The recipient's address is not the server that answered.
    check(
        "<someone@docomo.ne.jp>: connect to relay.example.net[192.0.2.1]: Connection refused",
        None,
        None,
    );
    // The recipient's own filter is not a carrier block.
    check(
        "host mfsmax.docomo.ne.jp[203.0.113.9] said: 550 Unknown user someone@docomo.ne.jp (in reply to end of DATA command)",
        None,
        None,
    );
}

#[test]
fn refusals_that_are_not_listings_get_no_list() {
    for text in [
        "550 5.7.23 The message was rejected because of Sender Policy Framework violation: SPF fail for 192.0.2.1",
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. SPF [example.com] with ip: [192.0.2.1] = did not pass - gsmtp",
        "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table",
        "552 5.2.2 <full@example.com>: Mailbox full",
        "552 5.3.4 Message size exceeds fixed limit",
        "550 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.",
        "550 permanent failure for one or more recipients (user@example.com:blocked)",
        "554 5.7.1 Message content rejected, UBE, id=00000-00-000",
    ] {
        check(text, None, None);
    }
}

#[test]
fn several_lists_named_the_first_wins() {
    check(
        "551 Server access forbidden by your IP 192.0.2.2 websites spamcop.net, mailspike.net for removal",
        Some("spamcop"),
        None,
    );
}

#[test]
fn apple_hm08_is_about_the_ip_only_with_an_address() {
    check(
        "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
        None,
        None,
    );
    check(
        "554 5.7.1 [HM08] Message rejected due to local policy (203.0.113.8). Please visit https://support.apple.com/en-us/HT204137",
        Some("apple-icloud"),
        None,
    );
}

#[test]
fn cloudmark_based_isp_filters() {
    // cmsmtp is only the receiving MTA's banner: CenturyLink's AUP#CNCT and Cox's AUP#CXCNCT
    // are connection limits, Cox's AUP#CXBL its own block. None of them names Cloudmark.
    for aup in [
        "421 mwd-ibgw-6004a.ext.cloudfilter.example cmsmtp 203.0.113.185 blocked AUP#CNCT:",
        "421 cmsmtp blocked. Refer to Error Codes section for more information. AUP#CXCNCT",
        "554 cmsmtp 203.0.113.186 blocked. AUP#CXBL",
    ] {
        check(aup, None, None);
    }
    check(
        "5.3.2 system not accepting network messages cmsmtp 203.0.113.24 is listed on Cloudmark CSI-Global.",
        Some("cloudmark"),
        None,
    );
    check(
        "554 resimta-ch2-01v.sys.comcast.example comcast 192.0.2.140 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
        Some("cloudmark"),
        None,
    );
    // Comcast's own block (BL000000) is no catalogue list.
    check(
        "554 imta14.example comcast 192.0.2.141 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000",
        None,
        None,
    );
}

/// Comcast's BL000xyz and Cox's IPBLwxyz are bit fields: every list a code names is reported,
/// each with its own route, the first in the catalogue's order at the head.
#[test]
fn a_bit_field_code_names_every_list_it_holds() {
    let ids = |text: &str| -> Vec<String> {
        super::identify_all_with_host(text, None)
            .into_iter()
            .map(|l| l.id)
            .collect()
    };
    let comcast = |code: &str| {
        ids(&format!(
            "554 mx.comcast.example comcast 192.0.2.140 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#{code}"
        ))
    };
    assert_eq!(comcast("BL000001"), ["spamhaus"]);
    assert_eq!(comcast("BL000010"), ["cloudmark"]);
    assert_eq!(comcast("BL000011"), ["spamhaus", "cloudmark"]);
    assert_eq!(comcast("BL000100"), ["senderscore"]);
    assert_eq!(comcast("BL000101"), ["spamhaus", "senderscore"]);
    assert_eq!(comcast("BL000110"), ["cloudmark", "senderscore"]);
    assert_eq!(
        comcast("BL000111"),
        ["spamhaus", "cloudmark", "senderscore"]
    );
    assert_eq!(comcast("BL000000"), Vec::<String>::new());
    let cox = |code: &str| ids(&format!("554 cmsmtp 192.0.2.141 blocked. AUP#{code}"));
    assert_eq!(cox("IPBL0001"), ["spamhaus"]);
    assert_eq!(cox("IPBL0010"), ["senderscore"]);
    assert_eq!(cox("IPBL0100"), ["invaluement"]);
    assert_eq!(cox("IPBL1000"), ["cloudmark"]);
    assert_eq!(cox("IPBL1001"), ["spamhaus", "cloudmark"]);
    assert_eq!(
        cox("IPBL1111"),
        ["spamhaus", "cloudmark", "invaluement", "senderscore"]
    );
    // Two lists named in different words are not a code naming both: the first still wins alone.
    assert_eq!(
        ids(
            "551 Server access forbidden by your IP 192.0.2.2 websites spamcop.net, mailspike.net for removal"
        ),
        ["spamcop"]
    );
}

/// 受信ブロック and 受信拒否 are every carrier's words: the answering server says whose block it is.
#[test]
fn carriers_are_told_apart_by_the_answering_host() {
    let id = |text: &str, host: &str| super::identify_with_host(text, Some(host)).map(|l| l.id);
    assert_eq!(
        id("550 5.7.1 受信ブロック中です", "lsean.ezweb.ne.jp").as_deref(),
        Some("au-kddi")
    );
    assert_eq!(
        id("550 5.7.1 受信拒否", "mx.i.softbank.jp").as_deref(),
        Some("softbank")
    );
    assert_eq!(
        id("550 5.7.1 受信ブロック中です", "mfsmax.docomo.ne.jp").as_deref(),
        Some("docomo")
    );
    // With no carrier's server in sight the words name no carrier.
    assert_eq!(id("550 5.7.1 受信ブロック中です", "mx.example.com"), None);
}
