//! What stops a request (missing, invalid or contradictory answers) and what the person should
//! read before sending. The wizard calls these while the person answers; [`super::build`] calls
//! [`check`] first.

use super::answers::{Answers, Cause, ServerType};
use super::asks::writes_reason;
use super::ctx::{field, needs_ip, own_admin_lifts, role_address_wanted, server};
use super::remark::{Question, Remark, Validation};
use super::{Facts, roles, rules, validate};
use crate::blocklist::Entry;
use crate::blocklist::catalogue::{
    Cost, FieldValue, ListStatus, Removal, RemovalMethod, WhoMayAsk,
};
use crate::i18n::Lang;

/// What still stops the request: missing, invalid or contradictory answers. Empty when
/// [`super::build`] will succeed (unless a text does not fit a form's length limit).
#[must_use]
pub fn check(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
) -> Vec<Remark> {
    let (removal, _) = entry.request_route(sublist);
    // Contradictions first: they stop even a refusal, which would otherwise rest on them.
    let mut out: Vec<Remark> = rules::clashes(answers)
        .into_iter()
        .map(rules::remark)
        .collect();
    if !out.is_empty() || super::refused(entry, sublist, answers).is_some() {
        return out;
    }
    let mut push = |about: Question, v: Validation| {
        if !v.is_ok() {
            out.extend(Remark::from_validation(about, &v));
        }
    };
    if answers.cause.is_none() && writes_reason(removal) {
        push(
            Question::Cause,
            Validation::Invalid {
                id: "request-invalid-cause-missing".into(),
                args: vec![("choices".into(), ids(Cause::ALL.iter().map(|c| c.id())))],
            },
        );
    }
    let c = &answers.contact;
    if super::asks(entry, sublist).contains(&Question::Name) || !c.name_for_en().is_empty() {
        push(Question::Name, validate::name(c.name_for_en()));
    }
    // Where nothing is sent (the listing expires, the list is closed, no one can ask), an
    // address is needed by no one: one given is still checked.
    if !entry.nothing_to_request(sublist) || !c.email.trim().is_empty() {
        push(
            Question::Email,
            validate::email(
                &c.email,
                role_address_wanted(entry, sublist, removal)
                    .as_ref()
                    .map(|(en, ja)| (en.as_str(), ja.as_str())),
            ),
        );
    }
    if needs_ip(removal) {
        let ip = facts.ip_text().unwrap_or_default();
        push(Question::Ip, validate::ip(&ip));
    }
    if let Some(f) = field(removal, FieldValue::Company) {
        push(Question::Company, validate::company(&c.company, f.required));
    } else if !c.company.trim().is_empty() {
        push(Question::Company, validate::company(&c.company, false));
    }
    if let Some(f) = field(removal, FieldValue::Phone) {
        push(Question::Phone, validate::phone(&c.phone, f.required));
    } else {
        push(Question::Phone, validate::phone(&c.phone, false));
    }
    // "Don't know" leaves the field for the page; it is an answer, not a missing one.
    if let Some(f) = field(removal, FieldValue::Role)
        && c.role.trim() != roles::ROLE_UNKNOWN
        && (f.required || !c.role.trim().is_empty())
        && let Err(Remark { about, id, args }) = roles::fill(&c.role, &f.options)
    {
        push(about, Validation::Invalid { id, args });
    }
    out
}

fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}

/// What the person should read before sending; none of it stops the request.
#[must_use]
pub fn advice(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
) -> Vec<Remark> {
    let (removal, expiring) = entry.request_route(sublist);
    let mut out = Vec::new();
    let mut push = |about: Question, v: Validation| {
        if matches!(v, Validation::Advice { .. }) {
            out.extend(Remark::from_validation(about, &v));
        }
    };
    let c = &answers.contact;
    let server = server(answers, facts);
    // On a shared server the advice to ask the provider first says who the list wants to hear
    // from; the role-address advice would say it a second time.
    let provider_first = server.is_some_and(ServerType::is_shared)
        && !server.is_some_and(ServerType::is_platform)
        && removal.who == WhoMayAsk::IpOwnerRoleAddress;
    push(Question::Name, validate::name(c.name_for_en()));
    push(
        Question::Email,
        validate::email(
            &c.email,
            role_address_wanted(entry, sublist, removal)
                .filter(|_| !provider_first)
                .as_ref()
                .map(|(en, ja)| (en.as_str(), ja.as_str())),
        ),
    );
    push(Question::Company, validate::company(&c.company, false));
    if let Some(ip) = facts.ip_text() {
        push(Question::Ip, validate::ip(&ip));
    }
    // The list as the bounce names it ("Spamhaus (SBL)"), not the whole family each time.
    let name = crate::words::list_name(entry, sublist, Lang::En);
    let name = name.as_str();
    let name_ja = crate::words::list_name(entry, sublist, Lang::Ja);
    let name_ja = name_ja.as_str();
    let mut say = |about: Question, id: &str, args: &[(&str, &str)]| {
        out.push(Remark::new(about, id, args));
    };
    if let ListStatus::Closed { since } = &entry.status {
        say(
            Question::List,
            "request-advice-closed",
            &[("list", name), ("list_ja", name_ja), ("since", since)],
        );
    }
    if let Some(sub) = expiring {
        let hours = sub.expires_hours.map(|h| h.to_string()).unwrap_or_default();
        say(
            Question::List,
            "request-advice-expires-form",
            &[("list", name), ("list_ja", name_ja), ("hours", &hours)],
        );
    }
    out.extend(method_advice(entry, (name, name_ja), removal));
    let mut say = |about: Question, id: &str, args: &[(&str, &str)]| {
        out.push(Remark::new(about, id, args));
    };
    if entry.cost == Cost::FreeWithPaidExpress {
        say(
            Question::List,
            "request-advice-do-not-pay",
            &[("list", name), ("list_ja", name_ja)],
        );
    }
    if let Some(s) = server.filter(|s| s.is_platform()) {
        say(
            Question::Server,
            "request-advice-platform",
            &[("server", s.id())],
        );
    } else if server.is_some_and(ServerType::is_shared) {
        // Trend Micro asks for the owner's role address, yet takes a user's own form too;
        // the owner of an SBL listing is the only one heard.
        let who = match removal.who {
            WhoMayAsk::IpOwnerRoleAddress => Some("role-address"),
            WhoMayAsk::NetworkOwner => Some("network-owner"),
            _ => None,
        };
        if let Some(who) = who {
            say(
                Question::Server,
                "request-advice-ask-provider-first",
                &[("list", name), ("list_ja", name_ja), ("who", who)],
            );
        }
    }
    out.extend(route_advice((name, name_ja), removal, answers));
    name_list_once(&mut out);
    out
}

/// The notes are read one after another under the list's name: the first that names the list
/// names it, the later ones say "this list" (`named` = `no`), instead of the full name in each.
fn name_list_once(remarks: &mut [Remark]) {
    let mut named = false;
    for r in remarks {
        if r.args.iter().any(|(k, _)| k == "list") {
            let value = if named { "no" } else { "yes" };
            r.args.push(("named".to_owned(), value.to_owned()));
            named = true;
        }
    }
}

/// What the route's method says of the list: it expires (and when), nothing is sent, or the
/// form's fields are unverified.
fn method_advice(entry: &Entry, (name, name_ja): (&str, &str), removal: &Removal) -> Vec<Remark> {
    let mut out = Vec::new();
    let mut say = |about: Question, id: &str, args: &[(&str, &str)]| {
        out.push(Remark::new(about, id, args));
    };
    let unverified = entry.unverified.iter().any(|u| u == "form-fields")
        || removal.fields.iter().any(|f| f.unverified);
    match removal.method {
        RemovalMethod::Expires => {
            // The time is the catalogue's `expires_hours`, each with its source there (SpamCop:
            // 24 hours after the last report, https://www.spamcop.net/fom-serve/cache/298.html).
            // Without one, the text names no time.
            let (when, hours, days) = match removal.expires_hours {
                Some(h) if h >= 48 && h % 24 == 0 => ("days", h.to_string(), (h / 24).to_string()),
                Some(h) => ("hours", h.to_string(), String::new()),
                None => ("unknown", String::new(), String::new()),
            };
            say(
                Question::List,
                "request-advice-expires",
                &[
                    ("list", name),
                    ("list_ja", name_ja),
                    ("when", when),
                    ("hours", &hours),
                    ("days", &days),
                ],
            );
        }
        // A block on the sender's own organisation (Microsoft 365's tenant restriction): no
        // list to ask; its own administrator lifts it, as the catalogue says.
        RemovalMethod::None if entry.status == ListStatus::Active && own_admin_lifts(removal) => {
            say(
                Question::List,
                "request-advice-own-admin",
                &[
                    ("service", entry.name.as_str()),
                    ("operator", entry.operator.as_str()),
                    ("operator_ja", crate::words::operator_name(entry, Lang::Ja)),
                ],
            );
        }
        RemovalMethod::None if entry.status == ListStatus::Active => {
            say(
                Question::List,
                "request-advice-no-removal",
                &[("list", name), ("list_ja", name_ja)],
            );
        }
        // Where delist knows nothing of the form, the fields are the ones most removal forms ask
        // for, and the note says so rather than quoting anyone.
        RemovalMethod::WebForm if removal.fields.is_empty() => {
            say(
                Question::List,
                "request-advice-fields-generic",
                &[("list", name), ("list_ja", name_ja)],
            );
        }
        RemovalMethod::WebForm if unverified => {
            say(
                Question::List,
                "request-advice-fields-unverified",
                &[("list", name), ("list_ja", name_ja)],
            );
        }
        _ => {}
    }
    out
}

/// What the route itself asks of the person: the refusal mail attached, a cause stopped first.
fn route_advice(
    (name, name_ja): (&str, &str),
    removal: &Removal,
    answers: &Answers,
) -> Vec<Remark> {
    let mut out = Vec::new();
    if removal.attach_bounce {
        out.push(Remark::new(
            Question::List,
            "request-advice-attach-bounce",
            &[("list", name), ("list_ja", name_ja)],
        ));
    }
    // Where nothing is sent, nothing claims a fix: a self-expiring list says instead when the
    // listing ends by itself.
    let sends = !matches!(removal.method, RemovalMethod::Expires | RemovalMethod::None);
    if sends && answers.fixes.is_empty() && answers.cause.is_some() {
        out.push(Remark::new(Question::Fixes, "request-advice-no-fix", &[]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg<'a>(r: &'a Remark, k: &str) -> Option<&'a str> {
        r.args
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn only_the_first_note_that_names_the_list_names_it() {
        let list = [("list", "L"), ("list_ja", "L")];
        let mut remarks = vec![
            Remark::new(
                Question::Name,
                "request-advice-name-converted",
                &[("romaji", "x")],
            ),
            Remark::new(Question::List, "request-advice-expires-form", &list),
            Remark::new(Question::List, "request-advice-fields-unverified", &list),
            Remark::new(Question::Fixes, "request-advice-no-fix", &[]),
            Remark::new(Question::Server, "request-advice-ask-provider-first", &list),
        ];
        name_list_once(&mut remarks);
        let named: Vec<_> = remarks.iter().map(|r| arg(r, "named")).collect();
        assert_eq!(named, [None, Some("yes"), Some("no"), None, Some("no")]);
        let texts: Vec<String> = remarks[1..].iter().map(|r| r.message(Lang::En)).collect();
        assert!(texts[0].contains("This part of L"), "{texts:?}");
        assert!(texts[1].contains("not from the list itself"), "{texts:?}");
        assert!(texts[3].contains("This list asks"), "{texts:?}");
        let ja = remarks[4].message(Lang::Ja);
        assert!(ja.contains("このリストは") && !ja.contains('L'), "{ja}");
    }
}
