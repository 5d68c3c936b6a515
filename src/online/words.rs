//! The words of a check, in the user's language, shared by `delist check` and the wizard so
//! the two say the same thing: the result, what to do, and the official page.

use std::net::IpAddr;

use super::answer::Answer;
use super::plan::Skip;
use super::{Outcome, Report, SetupError, Summary};
use crate::blocklist::catalogue::RemovalMethod;
use crate::blocklist::{CATALOGUE, Entry};
use crate::i18n::{self, Lang};
use crate::t;

/// The list as a row names it: the id, and the sub-list its zone stands for.
#[must_use]
pub fn label(o: &Outcome) -> String {
    let sub = CATALOGUE
        .get(&o.list)
        .zip(o.zone.as_deref())
        .and_then(|(e, z)| e.sublist_of_zone(z));
    match sub {
        Some(s) => format!("{} {s}", o.list),
        None => o.list.clone(),
    }
}

/// The result in a word or two.
#[must_use]
pub fn result(a: &Answer, lang: Lang) -> String {
    i18n::tr(lang, &format!("check-result-{}", a.result()))
}

/// The sub-lists named, joined; a dash when none.
#[must_use]
pub fn sublists(a: &Answer) -> String {
    if a.sublists().is_empty() {
        "-".to_owned()
    } else {
        a.sublists().join(", ")
    }
}

/// What to do about one outcome, in a short phrase.
#[must_use]
pub fn todo(o: &Outcome, lang: Lang) -> String {
    let id = match &o.answer {
        Answer::Listed { sublists, .. } => {
            let entry = CATALOGUE.get(&o.list);
            let sub = sublists.first().map(String::as_str);
            match entry.map(|e| e.request_route(sub).0.method) {
                Some(RemovalMethod::Expires) => "check-do-listed-expires",
                Some(RemovalMethod::None) => "check-do-listed-none",
                Some(RemovalMethod::AskProvider) => "check-do-listed-provider",
                _ => "check-do-listed",
            }
        }
        Answer::NotListed => "check-do-not-listed",
        Answer::Refused { .. } => "check-do-refused",
        Answer::Timeout => "check-do-timeout",
        Answer::Error { .. } => "check-do-error",
        Answer::NoZone(Skip::NoZone) => "check-do-no-zone",
        Answer::NoZone(Skip::NoIpv6) => "check-do-no-ipv6",
        Answer::NoZone(Skip::Closed) => "check-do-closed",
    };
    i18n::tr(lang, id)
}

/// The list's official page for `ip`: its lookup page (the Japanese one for a Japanese
/// reader), else its page for senders, else its removal page.
#[must_use]
pub fn official_url(entry: &Entry, ip: IpAddr, lang: Lang) -> Option<String> {
    let ip = ip.to_string();
    match lang {
        Lang::Ja => entry.lookup_url_ja_for(Some(&ip)),
        Lang::En => entry.lookup_url_for(Some(&ip)),
    }
    .or_else(|| entry.help_url.clone())
    .or_else(|| entry.removal.url.as_deref().map(|u| u.replace("{ip}", &ip)))
}

/// Which servers were asked, in a sentence.
#[must_use]
pub fn servers(r: &Report, lang: Lang) -> String {
    let list: Vec<String> = r.servers.iter().map(ToString::to_string).collect();
    let list = list.join(", ");
    if r.system {
        t!(lang, "check-servers-system", servers = list)
    } else {
        t!(lang, "check-servers-given", servers = list)
    }
}

/// The closing line: what the check found as a whole.
#[must_use]
pub fn summary(r: &Report, lang: Lang) -> String {
    let id = match r.summary() {
        Summary::Clean => "check-summary-clean",
        Summary::Listed => "check-summary-listed",
        Summary::Unanswered => "check-summary-unanswered",
    };
    i18n::tr(lang, id)
}

/// Notes under the table: why refused, timed-out or failed zones gave no answer, and the
/// offline message when no server could be reached.
#[must_use]
pub fn notes(r: &Report, limit_secs: f64, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if r.unreachable() {
        let list: Vec<String> = r.servers.iter().map(ToString::to_string).collect();
        out.push(t!(lang, "check-offline", servers = list.join(", ")));
        return out;
    }
    if r.all_failed() {
        let list: Vec<String> = r.servers.iter().map(ToString::to_string).collect();
        out.push(t!(lang, "check-all-failed", servers = list.join(", ")));
    }
    let any = |f: fn(&Answer) -> bool| r.outcomes.iter().any(|o| f(&o.answer));
    if any(|a| matches!(a, Answer::Refused { .. })) {
        out.push(i18n::tr(lang, "check-note-refused"));
    }
    if any(|a| matches!(a, Answer::Timeout)) {
        out.push(t!(lang, "check-note-timeout", secs = limit_secs));
    }
    for o in &r.outcomes {
        if let Answer::Error { detail, .. } = &o.answer {
            out.push(t!(
                lang,
                "check-note-error",
                list = label(o),
                detail = detail.clone()
            ));
        }
    }
    out
}

/// Why the check could not start, in the user's language.
#[must_use]
pub fn setup_message(e: &SetupError, lang: Lang) -> String {
    match e {
        SetupError::NoServers(detail) => t!(lang, "check-no-servers", detail = detail.clone()),
        SetupError::Runtime(detail) => t!(lang, "check-failed", detail = detail.clone()),
    }
}
