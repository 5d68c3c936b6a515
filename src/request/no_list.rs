//! A bounce with no list to ask: the advice instead of a request. Either the mail failed for a
//! reason that is no block at all (a wrong address, a full mailbox), or the recipient's server
//! refused the sending IP without naming any public list ("IP address blacklisted by
//! recipient", "blocked by local policy"): then it is that server's own filter, and only its
//! administrator can lift it, so the user gets a short message to send them.

use serde_json::{Value, json};

use super::Facts;
use super::remark::{Question, Remark};
use super::text::{Bilingual, args, pair};
use crate::bounce::Reason;
use crate::i18n::Lang;

/// Why there is no request, and what to do instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoList {
    /// The reason the bounce gives.
    pub reason: Reason,
    /// The recipient's own server blocks the sending IP (no list named).
    pub own_filter: bool,
    /// What happened and what to do, in order.
    pub advice: Vec<Remark>,
    /// The message for the recipient's administrator, English with Japanese beside it.
    pub recipient_message: Option<Bilingual>,
}

/// Whether a refusal with no list named is the recipient's own filter on the sending IP.
#[must_use]
pub const fn is_own_filter(reason: Reason) -> bool {
    reason.is_ip_block()
}

/// The advice for a bounce in which no list was found.
#[must_use]
pub fn advice(reason: Reason, facts: &Facts) -> NoList {
    let own_filter = is_own_filter(reason);
    let mut out = Vec::new();
    if own_filter {
        out.push(Remark::new(
            Question::List,
            "request-nolist-own-filter",
            &[],
        ));
        out.push(Remark::new(
            Question::List,
            "request-nolist-own-filter-then",
            &[],
        ));
    } else {
        out.push(Remark::new(
            Question::List,
            "request-nolist-not-a-block",
            &[("reason_id", &format!("explain-reason-{}", reason.name()))],
        ));
        out.push(Remark::new(
            Question::List,
            "request-nolist-first",
            &[("first_id", &format!("explain-first-{}", reason.name()))],
        ));
    }
    NoList {
        reason,
        own_filter,
        advice: out,
        recipient_message: own_filter.then(|| recipient_message(facts)),
    }
}

/// The short message to the recipient's administrator: what was refused, the error unedited,
/// and the request to allow the IP. It says only what the bounce says.
#[must_use]
pub fn recipient_message(facts: &Facts) -> Bilingual {
    let ip = facts.ip_text().unwrap_or_default();
    let recipient = facts.recipient.clone().unwrap_or_default();
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let a = args(&[
        ("ip", &ip),
        ("has_ip", yes_no(!ip.is_empty())),
        ("recipient", &recipient),
        ("has_recipient", yes_no(!recipient.is_empty())),
    ]);
    let refused = pair("request-text-recipient-refused", &a);
    let ask = pair("request-text-recipient-ask", &a);
    // The error stands on its own lines, indented, between the two sentences.
    let quoted = facts
        .error_text
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map_or_else(|| " ".to_owned(), |e| format!("\n\n    {e}\n\n"));
    let ja_quoted = if quoted == " " {
        String::new()
    } else {
        quoted.clone()
    };
    Bilingual {
        en: format!("{}{quoted}{}", refused.en, ask.en),
        ja: format!("{}{ja_quoted}{}", refused.ja, ask.ja),
    }
}

impl NoList {
    /// The `delist request --json` shape: no list, no fields, the advice.
    #[must_use]
    pub fn to_json(&self, lang: Lang) -> Value {
        json!({
            "list": null,
            "sublist": null,
            "reason": self.reason,
            "request": false,
            "fields": [],
            "email": null,
            "provider_email_ja": null,
            "advice": self.advice.iter().map(|a| super::remark_json(a, lang)).collect::<Vec<_>>(),
            "recipient_message": self.recipient_message.as_ref().map(|m| json!({
                "body_en": m.en,
                "translation_ja": m.ja,
            })),
        })
    }
}
