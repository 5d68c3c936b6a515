//! Plain words for people: what a delivery's result means, what a list is, what to do first,
//! in the user's language. Every word comes from `explain.ftl`, `entry.ftl` and the glossary.
//!
//! Message ids are built from a reason name or a catalogue id at run time, so
//! `tests/request_explain.rs` formats every one of them in both languages.

use serde::Serialize;

use crate::blocklist::Entry;
use crate::blocklist::catalogue::{Cost, Kind, ListStatus, RemovalMethod, WhoMayAsk};
use crate::bounce::{Delivery, Reason};
use crate::diagnosis::Finding;
use crate::i18n::Lang;
use crate::t;
use crate::words;

/// What happened, in plain words, for a bounce reason.
#[must_use]
pub fn reason(r: Reason, lang: Lang) -> String {
    t!(lang, &format!("explain-reason-{}", r.name()))
}

/// What to do first for a bounce reason.
#[must_use]
pub fn reason_first_step(r: Reason, lang: Lang) -> String {
    t!(lang, &format!("explain-first-{}", r.name()))
}

/// Temporary or permanent, and until when the sending server retries (`until` as the bounce
/// states it, "5 days" or a date).
#[must_use]
pub fn retry(temporary: bool, until: Option<&str>, lang: Lang) -> String {
    if !temporary {
        return t!(lang, "explain-retry-permanent");
    }
    let until = until.map(str::trim).filter(|u| !u.is_empty());
    t!(
        lang,
        "explain-retry-temporary",
        has_until = if until.is_some() { "yes" } else { "no" },
        until = until.unwrap_or_default()
    )
}

/// A first fix named by the catalogue (`first_fix` ids such as `ask-provider`), in words.
#[must_use]
pub fn first_fix(id: &str, lang: Lang) -> String {
    t!(lang, &format!("explain-fix-{id}"))
}

/// The catalogue's first fixes for `entry`, or for its sub-list where that has its own.
#[must_use]
pub fn first_fix_ids<'e>(entry: &'e Entry, sublist: Option<&str>) -> &'e [String] {
    sublist
        .and_then(|s| entry.sublists.iter().find(|x| x.id.eq_ignore_ascii_case(s)))
        .map(|s| &s.first_fix)
        .filter(|f| !f.is_empty())
        .unwrap_or(&entry.first_fix)
}

/// A condition a list sets before removal (`conditions` ids such as `role-address`), in words.
#[must_use]
pub fn condition(id: &str, lang: Lang) -> String {
    t!(lang, &format!("explain-condition-{id}"))
}

/// The part of a message id that names a sub-list: `RBL+` → `rbl`, `5.7.511` → `5-7-511`.
#[must_use]
pub fn sublist_key(sublist: &str) -> String {
    let mut out = String::new();
    for c in sublist.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Everything the "check the list" step says about one entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntryWords {
    /// What the list or service is.
    pub what: String,
    /// What happened to the mail.
    pub happened: String,
    /// Whether it ends by itself, and when.
    pub duration: String,
    /// What to do first.
    pub first: String,
    /// How to read the lookup page: what to type, what it shows, what to press.
    pub lookup: String,
    /// What the sub-list named in the bounce means, when it has words of its own.
    pub sublist: Option<String>,
    /// Special cases from the catalogue's facts: closed, expires, do not pay, who may ask.
    pub warnings: Vec<String>,
    /// The catalogue's first fixes for this entry (or sub-list), in words, in the order of
    /// [`first_fix_ids`].
    pub first_fixes: Vec<String>,
    /// The conditions the list sets before removal, in words.
    pub conditions: Vec<String>,
}

/// The words about `entry` (and the sub-list the bounce named) in `lang`.
#[must_use]
pub fn entry(entry: &Entry, sublist: Option<&str>, lang: Lang) -> EntryWords {
    let part = |p: &str| t!(lang, &format!("entry-{}-{p}", entry.id));
    let sub = sublist.and_then(|s| entry.sublists.iter().find(|x| x.id.eq_ignore_ascii_case(s)));
    let sub_words = sub.and_then(|s| {
        let id = format!("entry-{}-sub-{}", entry.id, sublist_key(&s.id));
        crate::i18n::has(lang, &id).then(|| t!(lang, &id))
    });
    let removal = entry.removal_for(sublist);
    let asks = !entry.nothing_to_request(sublist);
    EntryWords {
        what: part("what"),
        happened: part("happened"),
        duration: part("duration"),
        first: part("first"),
        lookup: part("lookup"),
        sublist: sub_words,
        warnings: warnings(entry, sublist, lang),
        first_fixes: first_fix_ids(entry, sublist)
            .iter()
            .map(|f| first_fix(f, lang))
            .collect(),
        // Who may ask is already one of the warnings; saying it twice would only add length.
        // With nothing to ask for (Gmail) the conditions are what lifts the block, and "the
        // cause stopped before you ask" is the warning's "once the cause stops".
        conditions: removal
            .conditions
            .iter()
            .filter(|c| {
                !(c.as_str() == "role-address" && removal.who == WhoMayAsk::IpOwnerRoleAddress)
                    && (asks || c.as_str() != "problem-fixed")
            })
            .map(|c| condition(c, lang))
            .collect(),
    }
}

/// The special cases of an entry, from its facts, most important first.
#[must_use]
pub fn warnings(entry: &Entry, sublist: Option<&str>, lang: Lang) -> Vec<String> {
    let removal = entry.removal_for(sublist);
    let mut out = Vec::new();
    if let ListStatus::Closed { since } = &entry.status {
        out.push(t!(
            lang,
            "entry-special-closed",
            list = words::list_name(entry, sublist, lang),
            since = since.as_str()
        ));
        return out;
    }
    if entry.cost == Cost::FreeWithPaidExpress {
        out.push(t!(lang, "entry-special-do-not-pay"));
    }
    // A provider's or carrier's own reputation is no list one is "on": it recovers.
    if removal.method == RemovalMethod::Expires && entry.kind != Kind::Dnsbl {
        out.push(t!(lang, "entry-special-recovers"));
    } else if removal.method == RemovalMethod::Expires {
        let span = removal.expires_hours.map(|h| words::hours(h, lang));
        out.push(t!(
            lang,
            "entry-special-expires",
            has_hours = if span.is_some() { "yes" } else { "no" },
            span = span.unwrap_or_default()
        ));
    }
    match removal.who {
        WhoMayAsk::NetworkOwner => out.push(t!(lang, "entry-special-provider")),
        WhoMayAsk::IpOwnerRoleAddress => out.push(t!(lang, "entry-special-role-address")),
        WhoMayAsk::Recipient => out.push(t!(lang, "entry-special-recipient")),
        // A sub-list that expires (Trend Micro's QIL) has no rule of its own about who may ask,
        // yet its request goes by the list's form, which has one.
        WhoMayAsk::Anyone | WhoMayAsk::ServerAdmin
            if entry.request_route(sublist).0.who == WhoMayAsk::IpOwnerRoleAddress =>
        {
            out.push(t!(lang, "entry-special-role-address"));
        }
        WhoMayAsk::Anyone | WhoMayAsk::ServerAdmin => {}
    }
    if removal.account_required {
        out.push(t!(lang, "entry-special-account"));
    }
    if removal.email_confirmation {
        out.push(t!(lang, "entry-special-email-confirmation"));
    }
    if removal.language.as_deref() == Some("en") {
        out.push(t!(lang, "entry-special-english"));
    }
    if entry
        .unverified
        .iter()
        .any(|u| u == "form-fields" || u == "lookup-url")
    {
        out.push(t!(lang, "entry-special-unverified"));
    }
    out
}

/// The advice for a shared IP owned by the hosting provider, for any list.
#[must_use]
pub fn shared_ip(lang: Lang) -> String {
    t!(lang, "entry-special-shared-ip")
}

/// The short block `analyze` prints for one delivery.
#[must_use]
pub fn summary_block(d: &Delivery, f: &Finding, suspicious: &[&str], lang: Lang) -> String {
    let unknown = t!(lang, "explain-unknown");
    let mut out = String::new();
    let mut line = |label: &str, value: String| {
        out.push_str(&format!("  {}: {value}\n", t!(lang, label)));
    };
    line(
        "explain-label-recipient",
        d.recipient.clone().unwrap_or_else(|| unknown.clone()),
    );
    // The reason in words only: its code (`requireptr`) is for scripts, in `--json`.
    line(
        "explain-label-reason",
        t!(lang, &format!("bounce-reason-{}", d.reason.name())),
    );
    line(
        "explain-label-retry",
        if d.temporary {
            t!(lang, "explain-temporary")
        } else {
            t!(lang, "explain-permanent")
        },
    );
    if let Some(until) = d.retry_until.as_deref().filter(|_| d.temporary) {
        line("explain-label-retry-until", words::retry_until(until, lang));
    }
    if let Some(status) = &d.status {
        line("explain-label-status", status.to_string());
    }
    // The sub-list decides the route (QIL expires, SBL goes through the ISP): name it. A code
    // that names several lists (Comcast's BL000011) gets one line each, each with its route.
    for list in f.listing.iter().chain(&f.also) {
        let entry = crate::blocklist::CATALOGUE.get(&list.id);
        let name = entry.map_or_else(
            || list.name.clone(),
            |e| words::list_name(e, list.sublist.as_deref(), lang),
        );
        line("explain-label-list", name);
        if !f.also.is_empty()
            && let Some(e) = entry
        {
            let ip = f.blocked_ip.map(|i| i.to_string());
            if let Some(url) = e
                .lookup_url_for(ip.as_deref())
                .or_else(|| e.help_url.clone())
            {
                line("explain-label-lookup", url);
            }
        }
    }
    if let Some(ip) = f.blocked_ip {
        line("explain-label-ip", ip.to_string());
    }
    if let Some(diag) = &d.diagnostic {
        // Links no list operator owns are named by site only, as in the wizard.
        line(
            "explain-label-diagnostic",
            words::hide_links(diag, suspicious, lang),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sublist_keys() {
        assert_eq!(sublist_key("RBL+"), "rbl");
        assert_eq!(sublist_key("5.7.511"), "5-7-511");
        assert_eq!(sublist_key("ivmSIP/24"), "ivmsip-24");
        assert_eq!(sublist_key("RATS-NoPtr"), "rats-noptr");
        assert_eq!(sublist_key("QIL"), "qil");
    }

    #[test]
    fn retry_words() {
        assert!(retry(true, Some("5 days"), Lang::En).contains("5 days"));
        assert!(retry(false, None, Lang::Ja).contains("恒久的なエラー"));
        assert!(retry(true, None, Lang::Ja).contains("一時的なエラー"));
    }
}
