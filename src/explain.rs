//! Plain words for people: what a delivery's result means, in the user's language.

use crate::bounce::Delivery;
use crate::diagnosis::Finding;
use crate::i18n::Lang;
use crate::t;

/// The short block `analyze` prints for one delivery.
#[must_use]
pub fn summary_block(d: &Delivery, f: &Finding, lang: Lang) -> String {
    let unknown = t!(lang, "explain-unknown");
    let mut out = String::new();
    let mut line = |label: &str, value: String| {
        out.push_str(&format!("  {}: {value}\n", t!(lang, label)));
    };
    line(
        "explain-label-recipient",
        d.recipient.clone().unwrap_or_else(|| unknown.clone()),
    );
    line(
        "explain-label-reason",
        format!(
            "{} ({})",
            t!(lang, &format!("bounce-reason-{}", d.reason.name())),
            d.reason
        ),
    );
    line(
        "explain-label-retry",
        if d.temporary {
            t!(lang, "explain-temporary")
        } else {
            t!(lang, "explain-permanent")
        },
    );
    if let Some(status) = &d.status {
        line("explain-label-status", status.to_string());
    }
    if let Some(list) = &f.listing {
        line("explain-label-list", list.name.clone());
    }
    if let Some(ip) = f.blocked_ip {
        line("explain-label-ip", ip.to_string());
    }
    if let Some(diag) = &d.diagnostic {
        line("explain-label-diagnostic", diag.clone());
    }
    out
}
