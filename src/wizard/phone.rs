//! A case opened from a phone code (`delist --code "TM-QIL 203.0.113.5"`): a support person
//! follows on their own screen what the customer sees, from the list step on, without the
//! bounce text. The list, the sub-list and the IP stand in for the bounce; nothing else is
//! assumed (no recipient, no server reply, no reason beyond "a blocklist refused the mail").

use std::sync::Arc;

use super::facts::Analysis;
use super::state::{Step, Tone, Wizard};
use crate::blocklist::{CATALOGUE, Listing};
use crate::bounce::{Delivery, Reason, Report};
use crate::case::code::Decoded;
use crate::diagnosis::{Diagnosis, Finding};
use crate::t;

/// What the code says, as the analysis the steps read.
#[must_use]
pub fn analysis(code: &Decoded, generation: u64) -> Option<Analysis> {
    let entry = CATALOGUE.get(&code.list)?;
    let delivery = Delivery {
        recipient: None,
        action: None,
        status: None,
        reply_code: None,
        diagnostic: None,
        remote_mta: None,
        smtp_command: None,
        reason: Reason::Blocked,
        temporary: false,
        retry_until: None,
        span: None,
    };
    let finding = Finding {
        listing: Some(Listing {
            id: entry.id.clone(),
            name: entry.name.clone(),
            sublist: code.sublist.clone(),
            evidence: 0..0,
        }),
        blocked_ip: code.ip,
        ..Finding::default()
    };
    let diagnosis = Diagnosis {
        source: "code".to_owned(),
        report: Report {
            deliveries: vec![delivery],
            ..Report::default()
        },
        findings: vec![finding],
        suspicious_urls: Vec::new(),
        hosting: None,
    };
    Some(Analysis::new(generation, diagnosis))
}

/// Opens the wizard on the list step with what the code says.
pub fn open(w: &mut Wizard, code: Decoded) {
    w.paste.generation += 1;
    let Some(analysis) = analysis(&code, w.paste.generation) else {
        return;
    };
    w.analysis = Some(Arc::new(analysis));
    w.paste.analysing = false;
    w.code = Some(code);
    w.step = Step::List;
    w.reached = Step::List;
    w.notify(Tone::Info, t!(w.lang, "wizard-code-opened"));
}
