//! Filtering services and mail hosts whose documentation names their refusals: Apple iCloud,
//! Mimecast, Cox, GoDaddy, Broadcom MessageLabs, Cloudflare Email Routing and AOL, following
//! sisimai's `rhost/for-*.go` tables (BSD 2-Clause).

use super::{Query, first_of};
use crate::bounce::Reason;
use crate::bounce::Reason as R;

/// Apple iCloud Mail (support.apple.com/102322).
#[rustfmt::skip]
pub fn apple(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("s dmarc policy", R::AuthFailure),
        ("blocked for failing both spf and dkim autentication checks", R::AuthFailure),
        ("rejected due to having a domain present in the spamhaus", R::Blocked),
        ("rejected due to listing in spamhaus", R::Blocked),
        ("blocked - see https://support.proofpoint.com/dnsbl-lookup", R::Blocked),
        ("not accepting connections", R::Blocked),
        ("recipient no longer on server", R::HasMoved),
        ("user is over quota", R::MailboxFull),
        ("relay access denied", R::NoRelaying),
        ("host/domain does not accept mail", R::NotAccept),
        ("due to local policy", R::PolicyViolation),
        ("sender address rejected", R::Rejected),
        ("due to excessive volume", R::Speeding),
        ("inactive email address", R::UserUnknown),
        ("user does not exist", R::UserUnknown),
        ("unknown or illegal alias", R::UserUnknown),
    ])
}

/// Mimecast's SMTP error codes: each wording counts only with its own reply code.
#[rustfmt::skip]
pub fn mimecast(q: &Query<'_>) -> Option<Reason> {
    const TABLE: &[(u16, &str, Reason)] = &[
        (550, "spf sender invalid - envelope rejected", R::AuthFailure),
        (550, "dkim sender invalid - envelope rejected", R::AuthFailure),
        (550, "dmarc sender invalid - envelope rejected", R::AuthFailure),
        (451, "internal resources are temporarily unavailable", R::BadReputation),
        (550, "local ct ip reputation - (reject)", R::BadReputation),
        (421, "sender address blocked", R::Blocked),
        (451, "recipient temporarily unavailable", R::Blocked),
        (451, "ip temporarily blacklisted", R::Blocked),
        (550, "journal messages past the expiration", R::Expired),
        (553, "this route requires encryption (tls)", R::FailedStartTls),
        (553, "this route requires tls version 1.2 or greater", R::FailedStartTls),
        (553, "this route requires high-strength ciphers", R::FailedStartTls),
        (554, "configuration is invalid for this certificate", R::FailedStartTls),
        (554, "maximum email size exceeded", R::MesgTooBig),
        (451, "the incorrect hostname used for inbounds", R::NetworkError),
        (550, "the incorrect hostname used for inbounds", R::NetworkError),
        (554, "mail loop detected", R::NetworkError),
        (451, "open relay not allowed", R::NoRelaying),
        (451, "open relay is not allowed", R::NoRelaying),
        (451, "account inbounds disabled", R::NotAccept),
        (451, "account outbounds disabled", R::OnHold),
        (451, "hostname is not authorized", R::OnHold),
        (550, "journal message past expiration", R::OnHold),
        (550, "anti-spoofing policy - inbound not allowed", R::PolicyViolation),
        (550, "rejected by header-based anti-spoofing policy", R::PolicyViolation),
        (554, "host network not allowed", R::PolicyViolation),
        (554, "host network, not allowed", R::PolicyViolation),
        (550, "administrative prohibition envelope blocked", R::Rejected),
        (550, "envelope blocked - user entry", R::Rejected),
        (550, "envelope blocked - user domain entry", R::Rejected),
        (550, "rejected by header-based manually blocked senders - block for manual block", R::Rejected),
        (550, "rejected by header-based blocked senders - block policy for header from", R::Rejected),
        (550, "envelope rejected - block policy for envelope from address", R::Rejected),
        (535, "incorrect authentication data", R::SecurityError),
        (550, "submitter failed to disabled", R::SecurityError),
        (550, "submitter failed to authenticate", R::SecurityError),
        (451, "unable to process connection at this time", R::SystemError),
        (451, "message ended early", R::SystemError),
        (451, "unable to process command", R::SystemError),
        (451, "unable to process an email at this time", R::SystemError),
        (451, "account service is temporarily unavailable", R::TooManyConn),
        (452, "too many recipients", R::TooManyConn),
        (550, "exceeding outbound thread limit", R::TooManyConn),
        (501, "invalid address", R::UserUnknown),
        (503, "user unknown", R::UserUnknown),
        (550, "invalid recipient", R::UserUnknown),
        (554, "email rejected due to security policies", R::VirusDetected),
    ];
    let code = q.reply?.get();
    TABLE
        .iter()
        .find(|(c, p, _)| *c == code && q.text.contains(p))
        .map(|&(_, _, r)| r)
}

/// The code that follows `mark` in `text`, up to the next space (`AUP#CXBL`, ` IB104`).
fn code_after<'t>(text: &'t str, mark: &str) -> Option<&'t str> {
    let at = text.find(mark)? + mark.len();
    let rest = text.get(at..)?;
    Some(rest.split([' ', ',', ';', ':']).next().unwrap_or(rest)).filter(|c| !c.is_empty())
}

/// Cox: `AUP#` codes, then its wording (cox.com postmaster pages).
#[rustfmt::skip]
pub fn cox(q: &Query<'_>) -> Option<Reason> {
    let by_code = code_after(q.text, "aup#").and_then(|c| match c {
        "cxbl" | "cdrbl" => Some(R::Blocked),
        "cxdns" => Some(R::RequirePtr),
        "cxsndr" => Some(R::AuthFailure),
        "cxsmtp" => Some(R::Rejected),
        "cxcnct" | "cxmxrt" => Some(R::TooManyConn),
        "cxthrt" | "cxmj" => Some(R::SecurityError),
        c if c.starts_with("ipbl") => Some(R::Blocked),
        c if c.starts_with("urlbl") => Some(R::SpamDetected),
        _ => None,
    });
    by_code.or_else(|| first_of(q.text, &[
        ("cox too many bad commands from", R::Blocked),
        ("too many invalid recipients", R::Blocked),
        ("dns check failure - try again later", R::RequirePtr),
        ("rejected - no rdns", R::RequirePtr),
        ("esmtp no data before greeting", R::PolicyViolation),
        ("attachment extension is forbidden", R::PolicyViolation),
        ("sender rejected", R::Rejected),
        ("esmtp server temporarily not available", R::SystemError),
        ("too many sessions from", R::TooManyConn),
        ("requested action aborted: try again later", R::TooManyConn),
        ("message threshold exceeded", R::TooManyConn),
        ("recipient rejected", R::UserUnknown),
    ]))
}

/// GoDaddy: `IB` codes, then its wording (godaddy.com help article 40685).
#[rustfmt::skip]
pub fn godaddy(q: &Query<'_>) -> Option<Reason> {
    let by_code = code_after(q.text, " ib").and_then(|c| match c {
        "401" => Some(R::SecurityError),
        "501" | "502" => Some(R::NotCompliantRfc),
        "506" => Some(R::Rejected),
        "508" => Some(R::AuthFailure),
        "108" => Some(R::RequirePtr),
        "212" => Some(R::SpamDetected),
        "705" => Some(R::VirusDetected),
        "605" | "007" => Some(R::TooManyConn),
        "101" | "504" | "510" | "607" => Some(R::Speeding),
        "110" | "111" | "112" | "113" | "104" | "105" | "106" => Some(R::Blocked),
        "103" => Some(R::BadReputation),
        _ => None,
    });
    by_code.or_else(|| first_of(q.text, &[
        ("rbl reject", R::Blocked),
        ("www.spamhaus.org/query/bl?ip=", R::Blocked),
        ("has been in the queue too long", R::Expired),
        ("delivery timeout", R::Expired),
        ("account storage limit", R::MailboxFull),
        ("message rejected for spam or virus content", R::SpamDetected),
        ("account disabled", R::Suspend),
        ("message is looping", R::SystemError),
        ("recipient not found", R::UserUnknown),
        ("account does not exist", R::UserUnknown),
    ]))
}

/// Broadcom Email Security.cloud (MessageLabs).
#[rustfmt::skip]
pub fn messagelabs(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("domain authentication fail", R::AuthFailure),
        ("connection rejected by policy", R::BadReputation),
        ("mail rejected because your ip is in the pbl", R::Blocked),
        ("your ip address has been ", R::Blocked),
        ("stray linefeeds in message", R::ContentError),
        ("tls/sslv3 connection required", R::FailedStartTls),
        (" as a relay, ", R::NoRelaying),
        ("550 requested action aborted [4]", R::NotCompliantRfc),
        ("has detected that this message is not rfc 5322", R::NotCompliantRfc),
        ("sender envelope domain not allowed for sender ip address", R::Rejected),
        ("your domain has been blocked", R::Rejected),
        ("your email address has been blocked", R::Rejected),
        ("your envelope sender is in my badmailfrom list", R::Rejected),
        ("your email address has been blacklisted", R::Rejected),
        ("your domain has been blacklisted", R::Rejected),
        ("please turn on smtp authentication in your mail client", R::SecurityError),
        ("message filtered", R::SpamDetected),
        ("filtered by outbound scanning", R::SpamDetected),
        ("too many recipients received this hour", R::TooManyConn),
        ("too many messages", R::TooManyConn),
        ("no such user", R::UserUnknown),
        ("invalid recipient", R::UserUnknown),
        ("mailbox is not allowed", R::UserUnknown),
    ])
}

/// Cloudflare Email Routing.
pub fn cloudflare(q: &Query<'_>) -> Option<Reason> {
    first_of(
        q.text,
        &[
            ("found on one or more dnsbls", R::Blocked),
            ("upstream error", R::SystemError),
        ],
    )
}

/// AOL.
pub fn aol(q: &Query<'_>) -> Option<Reason> {
    first_of(
        q.text,
        &[
            ("host or domain name not found", R::HostUnknown),
            (
                "type=mx: malformed or unexpected name server reply",
                R::NotAccept,
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bounce::status::ReplyCode;

    fn query(text: &str, reply: u16) -> Query<'_> {
        Query {
            remote_mta: None,
            domain: None,
            reporter: None,
            status: None,
            reply: ReplyCode::new(reply),
            command: None,
            text,
        }
    }

    #[test]
    fn codes_and_wording_name_the_reason() {
        let cox = "554 cxr.mx.a.cox.net cox connection refused from [203.0.113.1]. aup#ipbl0100 ";
        assert_eq!(cox_reason(cox), Some(R::Blocked));
        let gd = "554 connection refused. this ip has a poor reputation on cloudmark sender intelligence (csi). ib103";
        assert_eq!(godaddy(&query(gd, 554)), Some(R::BadReputation));
        let mc = "550 local ct ip reputation - (reject) https://community.mimecast.com/docs/doc-1369#550";
        assert_eq!(mimecast(&query(mc, 550)), Some(R::BadReputation));
        assert_eq!(mimecast(&query(mc, 554)), None);
        let icloud = "550 5.7.1 [cs01] message rejected due to local policy.";
        assert_eq!(apple(&query(icloud, 550)), Some(R::PolicyViolation));
    }

    fn cox_reason(text: &str) -> Option<Reason> {
        cox(&query(text, 554))
    }
}
