//! The one value `analyze` and the wizard both show: the bounce read, the list identified and
//! the blocked IP chosen, so the two can never disagree.

use std::net::IpAddr;

use serde::Serialize;
use serde_json::{Value, json};

use crate::blocklist::{self, Listing};
use crate::bounce::{self, Delivery, Report};
use crate::intake::Input;
use crate::ip::IpCandidate;

/// What delist concluded about one input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnosis {
    /// Where the input came from.
    pub source: String,
    /// The bounce as read.
    pub report: Report,
    /// One finding per delivery, in the same order as `report.deliveries`.
    pub findings: Vec<Finding>,
}

/// What the blocklist and IP analysis found for one delivery.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The list to ask for removal, when one was identified.
    pub listing: Option<Listing>,
    /// Every address in the diagnosis, with its role.
    pub ip_candidates: Vec<IpCandidate>,
    /// The blocked sender's address, only when the text says so.
    pub blocked_ip: Option<IpAddr>,
}

/// Reads the bounce and identifies the list and the IP.
#[must_use]
pub fn diagnose(input: &Input) -> Diagnosis {
    let report = bounce::analyse(input);
    let findings = report
        .deliveries
        .iter()
        .map(|d| Finding {
            listing: d.diagnostic.as_deref().and_then(blocklist::identify),
            ..Finding::default()
        })
        .collect();
    Diagnosis {
        source: input.source.clone(),
        report,
        findings,
    }
}

impl Diagnosis {
    /// The deliveries paired with their findings.
    pub fn entries(&self) -> impl Iterator<Item = (&Delivery, &Finding)> {
        self.report.deliveries.iter().zip(&self.findings)
    }

    /// The `bounces` array of the `analyze --json` contract.
    #[must_use]
    pub fn bounces_json(&self) -> Value {
        Value::Array(self.entries().map(|(d, f)| delivery_json(d, f)).collect())
    }
}

fn delivery_json(d: &Delivery, f: &Finding) -> Value {
    json!({
        "recipient": d.recipient,
        "action": d.action,
        "status": d.status,
        "reply_code": d.reply_code,
        "reason": d.reason,
        "temporary": d.temporary,
        "retry_until": d.retry_until,
        "diagnostic": d.diagnostic,
        "remote_mta": d.remote_mta,
        "smtp_command": d.smtp_command,
        "blocklist": f.listing.as_ref().map(|l| json!({"id": l.id, "name": l.name, "sublist": l.sublist})),
        "blocked_ip": f.blocked_ip,
        "ip_candidates": f.ip_candidates.iter().map(|c| json!({"ip": c.ip, "role": c.role})).collect::<Vec<_>>(),
    })
}

/// One line of `analyze --json`: the diagnosis, or the error that stopped the input.
#[must_use]
pub fn json_line(source: &str, result: Result<&Diagnosis, String>) -> String {
    let value = match result {
        Ok(d) => json!({"source": source, "error": null, "bounces": d.bounces_json()}),
        Err(e) => json!({"source": source, "error": e, "bounces": []}),
    };
    value.to_string()
}
