//! Amazon SES notifications (bounce, complaint, delivery), which arrive as JSON, often wrapped
//! in an SNS envelope. They are turned into delivery-status fields so that the rest of the
//! analysis reads them like any other report.

use serde_json::Value;

use super::document::{Document, DsnPart};
use super::dsn::{Dsn, RecipientFields};

/// Reads an SES notification in the document's text, if there is one.
pub fn read(doc: &mut Document) {
    let Some(v) = notification(doc.scan_text()) else {
        return;
    };
    let kind = v["notificationType"].as_str().unwrap_or("");
    let mut rcpts = Vec::new();
    match kind {
        "Bounce" => {
            let transient = v["bounce"]["bounceType"].as_str() == Some("Transient");
            for r in v["bounce"]["bouncedRecipients"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let diag = r["diagnosticCode"].as_str();
                let (ty, text) = match diag.and_then(|d| d.split_once(';')) {
                    Some((t, rest)) => (Some(t.trim().to_ascii_lowercase()), Some(rest.trim())),
                    None => (diag.map(|_| "smtp".to_owned()), diag),
                };
                rcpts.push(RecipientFields {
                    recipient: r["emailAddress"]
                        .as_str()
                        .and_then(super::address::normalize),
                    action: Some(r["action"].as_str().map_or_else(
                        || if transient { "delayed" } else { "failed" }.to_owned(),
                        str::to_ascii_lowercase,
                    )),
                    status: r["status"].as_str().map(str::to_owned),
                    diagnostic_type: ty,
                    diagnostic: text.map(str::to_owned),
                    category: subtype_category(v["bounce"]["bounceSubType"].as_str()),
                    ..RecipientFields::default()
                });
            }
        }
        "Delivery" => {
            let response = v["delivery"]["smtpResponse"].as_str();
            for r in v["delivery"]["recipients"].as_array().into_iter().flatten() {
                rcpts.push(RecipientFields {
                    recipient: r.as_str().and_then(super::address::normalize),
                    action: Some("delivered".to_owned()),
                    diagnostic_type: Some("smtp".to_owned()),
                    diagnostic: response.map(str::to_owned),
                    remote_mta: v["delivery"]["remoteMtaIp"].as_str().map(str::to_owned),
                    ..RecipientFields::default()
                });
            }
        }
        "Complaint" => {
            let kind = v["complaint"]["complaintFeedbackType"]
                .as_str()
                .unwrap_or("abuse");
            let mut fields = format!("Feedback-Type: {kind}\n");
            for r in v["complaint"]["complainedRecipients"]
                .as_array()
                .into_iter()
                .flatten()
            {
                if let Some(a) = r["emailAddress"].as_str() {
                    fields.push_str(&format!("Original-Rcpt-To: {a}\n"));
                }
            }
            doc.feedback = Some(fields);
            return;
        }
        _ => return,
    }
    if !rcpts.is_empty() {
        doc.dsn.push(DsnPart {
            offset: doc.scan.start,
            dsn: Dsn {
                reporting_mta: None,
                recipients: rcpts,
            },
        });
    }
}

/// SES's `bounceSubType`, in the bounce categories the analyser reads (PowerMTA's words).
fn subtype_category(subtype: Option<&str>) -> Option<String> {
    let c = match subtype? {
        "NoEmail" => "bad-mailbox",
        "MailboxFull" => "quota-issues",
        "MessageTooLarge" => "message-too-large",
        _ => return None,
    };
    Some(c.to_owned())
}

/// The notification object: the text itself, or the `Message` string of an SNS envelope.
fn notification(text: &str) -> Option<Value> {
    let t = text.trim_start();
    if !t.starts_with('{') || !t.contains("notificationType") {
        return None;
    }
    // The JSON ends where the SNS footer ("If you wish to stop receiving…") begins.
    let end = t.rfind('}')?;
    let v: Value = serde_json::from_str(t.get(..=end)?).ok().or_else(|| {
        let mut de = serde_json::Deserializer::from_str(t).into_iter::<Value>();
        de.next()?.ok()
    })?;
    if v.get("notificationType").is_some() {
        return Some(v);
    }
    let inner = v.get("Message")?.as_str()?;
    let v: Value = serde_json::from_str(inner).ok()?;
    v.get("notificationType").is_some().then_some(v)
}
