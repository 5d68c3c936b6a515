//! The one value `analyze` and the wizard both show: the bounce read, the list identified and
//! the blocked IP chosen, so the two can never disagree.

use std::net::IpAddr;

use serde::Serialize;
use serde_json::Value;

use crate::blocklist::url::{self, SuspiciousUrl};
use crate::blocklist::{self, Listing};
use crate::bounce::{self, Delivery, Reason, Report};
use crate::hosting::{self, Detection};
use crate::intake::Input;
use crate::ip::{self, IpCandidate};

mod knowledge;

pub use knowledge::Known;

/// What delist concluded about one input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnosis {
    /// Where the input came from.
    pub source: String,
    /// The bounce as read.
    pub report: Report,
    /// One finding per delivery, in the same order as `report.deliveries`.
    pub findings: Vec<Finding>,
    /// Web addresses in the bounce that no catalogue operator owns (possible phishing).
    pub suspicious_urls: Vec<SuspiciousUrl>,
    /// The hosting provider whose sending host the bounce names, when one is recognised.
    pub hosting: Option<Detection>,
}

/// What the blocklist and IP analysis found for one delivery.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The list to ask for removal, when one was identified.
    pub listing: Option<Listing>,
    /// Other lists the same words name (Comcast's `BL000011`: Spamhaus and Cloudmark), each
    /// removed by its own route; empty for most refusals.
    pub also: Vec<Listing>,
    /// Every address in the diagnosis, with its role.
    pub ip_candidates: Vec<IpCandidate>,
    /// The blocked sender's address, only when the text says so.
    pub blocked_ip: Option<IpAddr>,
}

/// Reads the bounce, with what the catalogue and the IP finder know to tell a pasted refusal.
#[must_use]
pub fn read(input: &Input) -> Report {
    bounce::analyse(input, &knowledge::Known)
}

/// Compiles every pattern reading and identification use now rather than on first use
/// (benchmarks, and a wizard that wants the first paste to answer at once).
pub fn warm_up() {
    blocklist::warm_up();
    let _ = ip::find_in_text("Client host [192.0.2.1] blocked", false);
}

/// Reads the bounce and identifies the list and the IP.
///
/// Secret keys in DNS zone names are masked in the report first (same length, so every span
/// still holds): nothing downstream ever sees them.
#[must_use]
pub fn diagnose(input: &Input) -> Diagnosis {
    let mut report = read(input);
    // Keys stand in the refusal, never in the returned original: only the bounce is searched.
    let cut = report.original_at.unwrap_or(report.text.len());
    blocklist::secret::mask_secrets_before(&mut report.text, cut);
    for d in &mut report.deliveries {
        if let Some(diag) = &mut d.diagnostic {
            blocklist::mask_secrets(diag);
        }
    }
    // What the deliveries share is read once, not once per recipient.
    let shared = ip::Shared::of(&report);
    let mut replies = blocklist::report::Replies::default();
    let findings: Vec<Finding> = report
        .deliveries
        .iter()
        .map(|d| find_with(&report, d, &shared, &mut replies))
        .collect();
    drop(shared);
    for (d, f) in report.deliveries.iter_mut().zip(&findings) {
        let reason = refined_reason(d.reason, f.listing.as_ref());
        // A code derived from the first reading follows the reason it now has.
        if reason != d.reason
            && let Some(s) = d.status.as_ref().filter(|s| s.is_derived())
        {
            d.status = bounce::Status::derived(reason, s.class() == 4).or(d.status.take());
        }
        d.reason = reason;
    }
    let suspicious_urls = url::suspicious_urls(blocklist::report::head(&report));
    let hosting = hosting::detect(&report);
    Diagnosis {
        source: input.source.clone(),
        report,
        findings,
        suspicious_urls,
        hosting,
    }
}

/// The reason once the list is known. The bounce reader decides from wording and status code
/// alone, so a DNS blocklist named in words it has no phrase for ("listed at ivmSIP") falls to
/// the status code's generic meaning (5.7.1: `securityerror`). A named DNSBL that lists IPs
/// settles it: the client IP was refused. Domain lists (Spamhaus DBL) concern the sender's
/// domain and stay as read; so do reasons about the mailbox or the retry state.
#[must_use]
pub fn refined_reason(reason: Reason, listing: Option<&Listing>) -> Reason {
    let Some(listing) = listing else {
        return reason;
    };
    let lists_ips = blocklist::CATALOGUE.get(&listing.id).is_some_and(|e| {
        e.kind == blocklist::catalogue::Kind::Dnsbl
            && e.listed_for(listing.sublist.as_deref()) == blocklist::catalogue::Listed::Ip
    });
    let generic = matches!(
        reason,
        Reason::SecurityError
            | Reason::SystemError
            | Reason::PolicyViolation
            | Reason::Rejected
            | Reason::SpamDetected
            | Reason::Filtered
            | Reason::Undefined
            | Reason::OnHold
            // "5.3.2 … cmsmtp 192.0.2.1 is listed on Cloudmark CSI": the code's generic
            // "not accepting network messages", said of this client.
            | Reason::NotAccept
    );
    if lists_ips && generic {
        Reason::Blocked
    } else {
        reason
    }
}

/// The list and the addresses of one delivery.
#[must_use]
pub fn find(report: &Report, delivery: &Delivery) -> Finding {
    find_with(
        report,
        delivery,
        &ip::Shared::of(report),
        &mut blocklist::report::Replies::default(),
    )
}

/// [`find`] with what the report's deliveries share already read.
fn find_with(
    report: &Report,
    delivery: &Delivery,
    shared: &ip::Shared<'_>,
    replies: &mut blocklist::report::Replies,
) -> Finding {
    let mut all =
        blocklist::report::identify_delivery_all_in(report, delivery, replies).into_iter();
    let listing = all.next();
    let also: Vec<Listing> = all.collect();
    let mut ips = shared.find(delivery, listing.is_some());
    // A domain list (URIBL, Spamhaus DBL) listed a domain in the mail: the client address the
    // refusal may quote is not what is listed, and no request is about it.
    let domain_listed = listing.as_ref().is_some_and(|l| {
        blocklist::CATALOGUE.get(&l.id).is_some_and(|e| {
            e.listed_for(l.sublist.as_deref()) == blocklist::catalogue::Listed::Domain
        })
    });
    // A full mailbox or an unknown user may quote the client's address; nothing blocks it.
    if domain_listed
        || (listing.is_none() && !blocklist::report::is_about_the_sender(delivery.reason))
    {
        ips.blocked = None;
        for c in &mut ips.candidates {
            if c.role == ip::IpRole::BlockedSender {
                c.role = ip::IpRole::Other;
            }
        }
    }
    Finding {
        listing,
        also,
        ip_candidates: ips.candidates,
        blocked_ip: ips.blocked,
    }
}

impl Diagnosis {
    /// The deliveries paired with their findings.
    pub fn entries(&self) -> impl Iterator<Item = (&Delivery, &Finding)> {
        self.report.deliveries.iter().zip(&self.findings)
    }

    /// The index of the delivery to act on: one a list refused, else any IP block, else the
    /// first that failed, else the first. The wizard and `delist request` both act on it.
    #[must_use]
    pub fn main_index(&self) -> Option<usize> {
        let failed = |d: &Delivery| !d.reason.is_not_failure();
        let entries: Vec<_> = self.entries().collect();
        entries
            .iter()
            .position(|(d, f)| f.listing.is_some() && failed(d))
            .or_else(|| entries.iter().position(|(d, _)| d.reason.is_ip_block()))
            .or_else(|| entries.iter().position(|(d, _)| failed(d)))
            .or(if entries.is_empty() { None } else { Some(0) })
    }

    /// The `bounces` array of the `analyze --json` contract.
    #[must_use]
    pub fn bounces_json(&self) -> Value {
        serde_json::to_value(self.bounces()).unwrap_or(Value::Null)
    }

    fn bounces(&self) -> Vec<DeliveryJson<'_>> {
        self.entries()
            .map(|(d, f)| DeliveryJson::of(d, f))
            .collect()
    }
}

// The `analyze --json` line, written straight from these borrowing views rather than built as a
// `serde_json::Value` first (for thousands of recipients, a third of the run). The fields stand
// in the order of their names, as a `Value`'s map writes them, so the line is the same.

/// One delivery of the `bounces` array.
#[derive(Serialize)]
struct DeliveryJson<'a> {
    action: Option<bounce::Action>,
    blocked_ip: Option<IpAddr>,
    blocklist: Option<&'a Listing>,
    /// Every list the refusal names, the one to ask first (`blocklist`) at its head.
    blocklists: Vec<&'a Listing>,
    diagnostic: Option<&'a str>,
    ip_candidates: Vec<CandidateJson>,
    reason: Reason,
    recipient: Option<&'a str>,
    remote_mta: Option<&'a str>,
    reply_code: Option<bounce::ReplyCode>,
    retry_until: Option<&'a str>,
    smtp_command: Option<bounce::SmtpCommand>,
    status: Option<&'a bounce::Status>,
    temporary: bool,
}

impl<'a> DeliveryJson<'a> {
    fn of(d: &'a Delivery, f: &'a Finding) -> Self {
        Self {
            action: d.action,
            blocked_ip: f.blocked_ip,
            blocklist: f.listing.as_ref(),
            blocklists: f.listing.iter().chain(&f.also).collect(),
            diagnostic: d.diagnostic.as_deref(),
            ip_candidates: f.ip_candidates.iter().map(CandidateJson::of).collect(),
            reason: d.reason,
            recipient: d.recipient.as_deref(),
            remote_mta: d.remote_mta.as_deref(),
            reply_code: d.reply_code,
            retry_until: d.retry_until.as_deref(),
            smtp_command: d.smtp_command,
            status: d.status.as_ref(),
            temporary: d.temporary,
        }
    }
}

/// `{"ip", "role"}`, and `"private": true` for an address no list can see.
#[derive(Serialize)]
struct CandidateJson {
    ip: IpAddr,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    private: bool,
    role: ip::IpRole,
}

impl CandidateJson {
    fn of(c: &IpCandidate) -> Self {
        Self {
            ip: c.ip,
            private: c.private,
            role: c.role,
        }
    }
}

#[derive(Serialize)]
struct UrlJson<'a> {
    end: usize,
    host: &'a str,
    start: usize,
    url: &'a str,
}

#[derive(Serialize)]
struct HostingJson<'a> {
    host: &'a str,
    id: &'a str,
    kind: &'a hosting::Kind,
    name: &'a str,
}

/// One line of `analyze --json`.
#[derive(Serialize)]
struct LineJson<'a> {
    bounces: Vec<DeliveryJson<'a>>,
    error: Option<&'a str>,
    hosting: Option<HostingJson<'a>>,
    /// Only on the rare message that was cut, so every other line stays as it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    nesting_cut_at: Option<usize>,
    source: &'a str,
    suspicious_urls: Vec<UrlJson<'a>>,
}

/// One line of `analyze --json`: the diagnosis, or the error that stopped the input.
#[must_use]
pub fn json_line(source: &str, result: Result<&Diagnosis, String>) -> String {
    let (diagnosis, error) = match result {
        Ok(d) => (Some(d), None),
        Err(e) => (None, Some(e)),
    };
    let line = match diagnosis {
        Some(d) => LineJson {
            bounces: d.bounces(),
            error: None,
            hosting: d.hosting.as_ref().map(|h| HostingJson {
                host: &h.host,
                id: &h.provider.id,
                kind: &h.provider.kind,
                name: &h.provider.name_en,
            }),
            nesting_cut_at: d.report.nesting_cut.then_some(bounce::MAX_MIME_DEPTH),
            source,
            suspicious_urls: d
                .suspicious_urls
                .iter()
                .map(|u| UrlJson {
                    end: u.span.end,
                    host: &u.host,
                    start: u.span.start,
                    url: &u.url,
                })
                .collect(),
        },
        None => LineJson {
            bounces: Vec::new(),
            error: error.as_deref(),
            hosting: None,
            nesting_cut_at: None,
            source,
            suspicious_urls: Vec::new(),
        },
    };
    serde_json::to_string(&line).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnose_text(text: &str) -> Diagnosis {
        diagnose(&Input::from_bytes("t", text.as_bytes().to_vec(), 1 << 20).unwrap())
    }

    #[test]
    fn a_named_dnsbl_makes_a_generic_refusal_a_block() {
        let d = diagnose_text(
            "550 5.7.1 Rejected: 203.0.113.44 listed at ivmSIP, see https://www.invaluement.com/lookup/\n",
        );
        let (delivery, finding) = d.entries().next().expect("one delivery");
        assert_eq!(
            finding.listing.as_ref().map(|l| l.id.as_str()),
            Some("invaluement")
        );
        assert_eq!(delivery.reason, Reason::Blocked);
    }

    #[test]
    fn mailbox_and_domain_reasons_are_kept() {
        let spamhaus = Listing {
            id: "spamhaus".into(),
            name: "Spamhaus".into(),
            sublist: Some("DBL".into()),
            evidence: 0..0,
        };
        assert_eq!(
            refined_reason(Reason::Rejected, Some(&spamhaus)),
            Reason::Rejected
        );
        let zen = Listing {
            sublist: None,
            ..spamhaus
        };
        assert_eq!(
            refined_reason(Reason::Rejected, Some(&zen)),
            Reason::Blocked
        );
        assert_eq!(
            refined_reason(Reason::MailboxFull, Some(&zen)),
            Reason::MailboxFull
        );
        assert_eq!(refined_reason(Reason::Expired, Some(&zen)), Reason::Expired);
        assert_eq!(
            refined_reason(Reason::SecurityError, None),
            Reason::SecurityError
        );
    }
}
