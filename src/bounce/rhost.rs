//! Large receiving systems document their own error codes and wording (Google, Microsoft, NTT
//! docomo, Orange, Facebook…). When the remote server (or the recipient's domain) is one of
//! them, their documentation decides the reason, as in sisimai's `rhost/*` modules (BSD
//! 2-Clause), whose tables these follow.

use super::status::{ReplyCode, Status};
use super::{Reason, SmtpCommand};
use Reason as R;

/// What the remote-system tables look at.
pub struct Query<'a> {
    /// The server that answered.
    pub remote_mta: Option<&'a str>,
    /// The recipient's domain.
    pub domain: Option<&'a str>,
    /// The system that wrote the bounce (`Reporting-MTA`, or the domain of `From:`).
    pub reporter: Option<&'a str>,
    /// The status code stated.
    pub status: Option<&'a Status>,
    /// The reply code.
    pub reply: Option<ReplyCode>,
    /// The command the reply answered.
    pub command: Option<SmtpCommand>,
    /// The diagnostic, lower-cased.
    pub text: &'a str,
}

struct System {
    hosts: &'static [&'static str],
    decide: fn(&Query<'_>) -> Option<Reason>,
}

const SYSTEMS: [System; 11] = [
    System {
        hosts: &["aspmx.l.google.com", "gmail-smtp-in.l.google.com"],
        decide: google,
    },
    System {
        hosts: &["googlemail.com"],
        decide: gsuite,
    },
    System {
        hosts: &[
            ".prod.outlook.com",
            ".protection.outlook.com",
            ".onmicrosoft.com",
            ".exchangelabs.com",
        ],
        decide: microsoft,
    },
    System {
        hosts: &[".qq.com"],
        decide: tencent,
    },
    System {
        hosts: &["mfsmax.docomo.ne.jp"],
        decide: docomo,
    },
    System {
        hosts: &[".ezweb.ne.jp", "msmx.au.com"],
        decide: kddi,
    },
    System {
        hosts: &[".yahoodns.net"],
        decide: yahoo,
    },
    System {
        hosts: &[".laposte.net", ".orange.fr", ".wanadoo.fr"],
        decide: orange,
    },
    System {
        hosts: &[".facebook.com"],
        decide: facebook,
    },
    System {
        hosts: &["charter.net"],
        decide: spectrum,
    },
    System {
        hosts: &[".hotmail.com"],
        decide: outlook,
    },
];

/// The reason the remote system's own documentation gives, when it is one of the known ones.
/// The recipient's domain decides first, then the answering server, then the reporter.
pub fn reason(q: &Query<'_>) -> Option<Reason> {
    let by_domain = |h: &str| {
        q.domain.is_some_and(|d| {
            h.ends_with(d)
                && h.get(..h.len() - d.len())
                    .is_some_and(|p| p.is_empty() || p.ends_with('.'))
        })
    };
    let by_host =
        |host: Option<&str>, h: &str| host.is_some_and(|r| r.to_ascii_lowercase().ends_with(h));
    let find =
        |test: &dyn Fn(&str) -> bool| SYSTEMS.iter().find(|s| s.hosts.iter().any(|h| test(h)));
    let system = find(&by_domain)
        .or_else(|| find(&|h| by_host(q.remote_mta, h)))
        .or_else(|| find(&|h| by_host(q.reporter, h)))?;
    (system.decide)(q)
}

fn first_of(text: &str, table: &[(&str, Reason)]) -> Option<Reason> {
    table
        .iter()
        .find(|(p, _)| text.contains(p))
        .map(|&(_, r)| r)
}

#[rustfmt::skip]
fn google(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("the spf record of the sending domain", R::AuthFailure),
        ("senders to authenticate with either spf or dkim", R::AuthFailure),
        ("fails to pass spf checks", R::AuthFailure),
        ("has an spf record with a hard fail policy", R::AuthFailure),
        ("is not accepted due to domain's dmarc policy", R::AuthFailure),
        ("fails to pass authentication checks", R::AuthFailure),
        ("senders to authenticate with spf", R::AuthFailure),
        ("senders to authenticate their email with", R::AuthFailure),
        ("senders to authenticate with dkim", R::AuthFailure),
        ("aligned with either the authenticated spf or dkim", R::AuthFailure),
        ("very low reputation of the sending", R::BadReputation),
        ("ip not in whitelist for rcpt domain", R::Blocked),
        ("try again later, closing connection.", R::Blocked),
        ("helo/ehlo argument", R::Blocked),
        ("an unusual rate of", R::Blocked),
        ("exceeded google's message size limits", R::MesgTooBig),
        ("exceeds google's message size limit", R::MesgTooBig),
        ("connection expired", R::Expired),
        ("timeout - closing connection", R::Expired),
        ("must issue a starttls command first", R::FailedStartTls),
        ("tls required for rcpt domain", R::FailedStartTls),
        ("senders to use tls/ssl for smtp", R::FailedStartTls),
        ("inbox is out of storage space", R::MailboxFull),
        ("is over quota", R::MailboxFull),
        ("email quota exceeded", R::MailboxFull),
        ("message exceeded 50 hops", R::NetworkError),
        ("mail relay denied", R::NoRelaying),
        ("invalid credentials for relay", R::NoRelaying),
        ("is not authorized to send email directly to our servers", R::NoRelaying),
        ("missing a valid address in the from: header", R::NotCompliantRfc),
        ("multiple addresses in from: header are not accepted", R::NotCompliantRfc),
        ("is not rfc 5322 compliant", R::NotCompliantRfc),
        ("missing a valid message-id: header", R::NotCompliantRfc),
        ("mail message is malformed", R::NotCompliantRfc),
        ("illegal attachment on your message", R::PolicyViolation),
        ("content presents a potential security issue", R::PolicyViolation),
        ("has a policy that prohibited", R::PolicyViolation),
        ("mail sending denied", R::Rejected),
        ("does not have a ptr record", R::RequirePtr),
        ("have a ptr record, or the ptr record", R::RequirePtr),
        ("does not match the ip address of the hostname", R::RequirePtr),
        ("too many login attempts", R::SecurityError),
        ("application-specific password required", R::SecurityError),
        ("username and password not accepted", R::SecurityError),
        ("likely unsolicited mail", R::SpamDetected),
        ("due to the nature of the content or the links", R::SpamDetected),
        ("is receiving mail too quickly", R::Speeding),
        ("rate that prevents additional messages from being delivered", R::Speeding),
        ("daily sending quota exceeded", R::Speeding),
        ("daily user sending limit exceeded", R::Speeding),
        ("account that you tried to reach is disabled", R::Suspend),
        ("account that you tried to reach is inactive", R::Suspend),
        ("temporary system problem", R::SystemError),
        ("your message has too many recipients", R::TooManyConn),
        ("the email account that you tried to reach does not exist", R::UserUnknown),
        ("we weren't able to find the recipient domain", R::UserUnknown),
    ])
}

fn gsuite(q: &Query<'_>) -> Option<Reason> {
    let class = q
        .status
        .map(Status::class)
        .or(q.reply.map(ReplyCode::class));
    let t = q.text;
    if t.contains("because the address couldn't be found. check for typos") {
        return Some(R::UserUnknown);
    }
    if t.contains("null mx") {
        return Some(R::NotAccept);
    }
    let dns = t.contains("responded with code nxdomain") || t.contains("domain name not found");
    if dns && class == Some(5) {
        return Some(R::HostUnknown);
    }
    (dns || t.contains(" had no relevant answers.")).then_some(R::NetworkError)
}

#[rustfmt::skip]
fn microsoft(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("must pass either spf or dkim validation", R::AuthFailure),
        ("because of sender policy framework violation", R::AuthFailure),
        ("does not pass dmarc verification", R::AuthFailure),
        ("doesn't meet the required authentication level", R::AuthFailure),
        ("temporarily rate limited due to ip reputation", R::BadReputation),
        ("access denied, please try again later", R::Blocked),
        ("must have a reverse dns record", R::Blocked),
        ("access denied, bad helo", R::Blocked),
        ("access denied, rejected by recipient", R::Blocked),
        ("does not accept email over ipv6", R::Blocked),
        ("access denied, banned sender", R::Blocked),
        ("using customer block list", R::Blocked),
        ("access denied, banned sending ip", R::Blocked),
        ("part of their network is on our block list", R::Blocked),
        ("message expired", R::Expired),
        ("failed mta-sts validation", R::FailedStartTls),
        ("has exceeded the maximum number of connections", R::TooManyConn),
        ("recipient's per hour message receive limit", R::Speeding),
        ("has exceeded permitted limits within", R::Speeding),
        ("access denied, banned recipient", R::Suspend),
        ("mailbox cannot be accessed", R::Suspend),
        ("message failed to be replicated", R::SystemError),
        ("insufficient system resources", R::SystemFull),
        ("resolver.adr.exrecipnotfound", R::UserUnknown),
        ("recipient not found by smtp address lookup", R::UserUnknown),
        ("requested action not taken: mailbox unavailable", R::UserUnknown),
        ("bad destination mailbox address", R::UserUnknown),
        ("remote server returned unknown recipient or mailbox unavailable", R::UserUnknown),
    ])
}

#[rustfmt::skip]
fn tencent(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("spf check failed", R::AuthFailure),
        ("dmarc check failed", R::AuthFailure),
        ("suspected bounce attacks", R::Blocked),
        ("suspected spam ip", R::Blocked),
        ("connection denied", R::Blocked),
        ("message too large", R::MesgTooBig),
        ("mail is rejected by recipients", R::Rejected),
        ("spam is embedded in the email", R::SpamDetected),
        ("mail content denied", R::SpamDetected),
        ("suspected spam", R::Rejected),
        ("mailbox unavailable or access denined", R::Speeding),
        ("frequency of receiving messages is limited", R::Speeding),
        ("is a deactivated mailbox", R::Suspend),
        ("bad address syntax", R::SyntaxError),
        ("frequency limited", R::TooManyConn),
        ("mailbox not found", R::UserUnknown),
    ])
}

/// NTT docomo answers "550 Unknown user" for unknown users and for refused senders alike;
/// the status and the command tell them apart.
fn docomo(q: &Query<'_>) -> Option<Reason> {
    match q.status.map(Status::as_str) {
        Some("5.1.1" | "5.0.911") => return Some(R::UserUnknown),
        Some("5.2.0") => return Some(R::Filtered),
        _ => {}
    }
    #[rustfmt::skip]
    let by_text = first_of(q.text, &[
        ("552 too much mail data", R::MailboxFull),
        ("503 bad sequence of commands", R::SyntaxError),
        ("504 command parameter not implemented", R::SyntaxError),
        ("552 too many recipients", R::TooManyConn),
    ]);
    if by_text.is_some() {
        return by_text;
    }
    if q.status.is_some_and(|s| s.as_str() == "5.0.0") {
        return match q.command {
            Some(SmtpCommand::Rcpt) => Some(R::UserUnknown),
            Some(SmtpCommand::Data) => Some(R::Rejected),
            _ => None,
        };
    }
    None
}

fn outlook(q: &Query<'_>) -> Option<Reason> {
    first_of(
        q.text,
        &[
            ("because the domain is not reachable", R::HostUnknown),
            (
                "requested action not taken: mailbox unavailable",
                R::UserUnknown,
            ),
        ],
    )
}

fn kddi(q: &Query<'_>) -> Option<Reason> {
    first_of(
        q.text,
        &[
            ("550 : user unknown", R::Filtered),
            (">: user unknown", R::UserUnknown),
        ],
    )
}

#[rustfmt::skip]
fn yahoo(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("yahoo requires all senders to authenticate with either spf or dkim", R::AuthFailure),
        (" because the ip is in spamhaus's list;", R::Blocked),
        ("not accepted from ip addresses on spamhaus xbl", R::Blocked),
        ("relaying denied for ", R::NoRelaying),
        ("headers are not rfc compliant", R::NotCompliantRfc),
        ("not accepted for policy reasons", R::PolicyViolation),
        ("temporarily deferred due to unexpected volume or user complaints", R::Rejected),
        ("due to unresolvable rfc.5321 domain", R::Rejected),
        (" will be permanently deferred", R::Rejected),
        ("user is receiving mail too quickly", R::Speeding),
        (" is no longer valid.", R::Suspend),
        ("this mailbox is disabled", R::Suspend),
        ("syntax error in parameters or arguments", R::SyntaxError),
        ("max message per connection reached", R::TooManyConn),
        ("dd this user doesn't have a ", R::UserUnknown),
        ("mailbox not found", R::UserUnknown),
    ])
}

/// Orange and La Poste end their replies with a code such as `LPN007_416` or `OFR_417`.
fn orange(q: &Query<'_>) -> Option<Reason> {
    let t = q.text.replace('_', "-");
    let code = ["lpnaaa", "lpn", "ofr", "ouk"].iter().find_map(|label| {
        let at = t.rfind(label)?;
        let rest = t.get(at + label.len()..)?;
        let token = rest.split([' ', ')', ']', '.', ';']).next()?;
        let digits: String = token
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        (digits.len() >= 3).then(|| digits.chars().rev().collect::<String>())
    });
    let by_code = code.as_deref().and_then(|c| {
        let c = c.get(c.len().saturating_sub(3)..)?;
        Some(match c {
            "101" | "102" | "103" | "510" | "999" => R::Blocked,
            "104" => R::TooManyConn,
            "305" | "402" => R::SecurityError,
            "401" | "517" => R::AuthFailure,
            "403" | "405" | "415" | "421" => R::Rejected,
            "416" => R::UserUnknown,
            "417" => R::MailboxFull,
            "420" | "426" => R::Suspend,
            "505" => R::SystemError,
            "506" => R::SpamDetected,
            "514" => R::MesgTooBig,
            "630" => R::PolicyViolation,
            _ => return None,
        })
    });
    by_code.or_else(|| {
        q.text
            .contains("spf/dns de votre nom de domaine")
            .then_some(R::AuthFailure)
    })
}

/// Facebook names its refusals with codes such as `RCP-P2`.
fn facebook(q: &Query<'_>) -> Option<Reason> {
    #[rustfmt::skip]
    const CODES: [(&str, Reason); 30] = [
        ("POL-P7", R::AuthFailure), ("POL-P1", R::Blocked), ("POL-P2", R::Blocked), ("POL-P3", R::Blocked),
        ("POL-P4", R::Blocked), ("POL-T1", R::Blocked), ("POL-T2", R::Blocked), ("POL-T3", R::Blocked),
        ("MSG-P2", R::ContentError), ("RCP-P2", R::Filtered), ("RCP-P3", R::Filtered),
        ("MSG-P1", R::MesgTooBig), ("INT-P2", R::MesgTooBig), ("MSG-P3", R::NotCompliantRfc),
        ("DNS-P1", R::Rejected), ("DNS-P2", R::Rejected), ("DNS-T1", R::Rejected),
        ("DNS-P3", R::RequirePtr), ("DNS-T2", R::RequirePtr), ("POL-P6", R::SpamDetected),
        ("RCP-T4", R::Suspend), ("RCP-T1", R::SystemError), ("CON-T1", R::TooManyConn),
        ("CON-T2", R::TooManyConn), ("CON-T3", R::TooManyConn), ("CON-T4", R::TooManyConn),
        ("MSG-T1", R::TooManyConn), ("RCP-P1", R::UserUnknown), ("INT-P1", R::UserUnknown),
        ("POL-P5", R::VirusDetected),
    ];
    let t = q.text.to_ascii_uppercase();
    CODES.iter().find(|(c, _)| t.contains(c)).map(|&(_, r)| r)
}

/// Spectrum (Charter) numbers its refusals `AUP#I1000` … `AUP#O1580`.
fn spectrum(q: &Query<'_>) -> Option<Reason> {
    let at = q.text.find("aup#")?;
    let digits: String = q
        .text
        .get(at + 4..)?
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    let n: u32 = digits.get(..4)?.parse().ok()?;
    Some(match n {
        1000 | 1200..=1250 => R::Blocked,
        1010..=1080 | 1500 | 1520 => R::Rejected,
        1090 => R::SystemError,
        1100..=1150 => R::RequirePtr,
        1160..=1190 | 1560 => R::PolicyViolation,
        1260 => R::NetworkError,
        1300..=1340 => R::TooManyConn,
        1350..=1490 | 1540 | 1550 | 1580 => R::Speeding,
        1530 => R::MesgTooBig,
        _ => return None,
    })
}
