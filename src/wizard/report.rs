//! A case as a report ([`crate::case::report`]): the wizard rebuilds it (the text analysed
//! again, the request written again from the answers) and gathers what the report says. Used by
//! `delist report` and by the last step's key.

use std::sync::Arc;

use super::facts::Analysis;
use super::state::{Step, Wizard};
use super::{saved, written};
use crate::case::Case;
use crate::case::report::{Report, Sent};
use crate::i18n::Lang;
use crate::{diagnosis, explain, t};

/// Rebuilds `case` in a wizard that is never shown: the analysis is run here, at once.
#[must_use]
pub fn rebuild(case: &Case, lang: Lang, max_size: u64) -> Wizard {
    let mut w = Wizard::new(lang, max_size);
    let path = String::new();
    if let Some(super::effect::Effect::Analyse { generation, input }) =
        saved::restore(&mut w, case, path)
    {
        let analysis = Analysis::new(generation, diagnosis::diagnose(&input));
        w.analysis = Some(Arc::new(analysis));
        w.paste.analysing = false;
    }
    w.notice = None;
    written::rebuild(&mut w);
    w
}

/// What the report says about the case in `w`.
#[must_use]
pub fn gather(w: &Wizard) -> Report {
    let lang = w.lang;
    let case = saved::snapshot(w);
    let (created, updated) = w
        .case
        .as_ref()
        .map(|c| (c.created.clone(), c.updated.clone()))
        .unwrap_or_default();
    let mut r = Report {
        id: case.id.clone(),
        created: crate::case::time_words(&created, lang),
        updated: crate::case::time_words(&updated, lang),
        code: case.code(),
        ip: case.ip.map(|ip| ip.to_string()),
        list: written::entry(w).map(|(e, sub)| crate::words::list_name(e, sub.as_deref(), lang)),
        step: case.reached,
        finished: case.finished,
        ..Report::default()
    };
    if w.code.is_some() {
        r.happened.push(t!(lang, "case-report-no-bounce"));
    } else if let Some(a) = w.analysis() {
        if let Some(reason) = a.reason() {
            r.happened.push(explain::reason(reason, lang));
        }
        let recipients = a.recipients();
        if !recipients.is_empty() {
            r.happened.push(t!(
                lang,
                "wizard-report-recipients",
                list = recipients.join(", ")
            ));
        }
    }
    if written::entry(w).is_some() {
        r.route = Some(route(w));
        if !written::nothing_to_send(w) && !written::recipient_acts(w) {
            r.sent = written::fields(w)
                .into_iter()
                .filter(|f| !f.manual && !f.value.trim().is_empty())
                .map(|f| Sent {
                    label: f.label,
                    english: f.value,
                    japanese: f.translation,
                })
                .collect();
            r.missing = written::problems(w).iter().map(|p| missing(w, p)).collect();
        }
        r.provider_email = written::provider_email(w);
    }
    r.next = next(w);
    r
}

/// A problem in the words the form step uses: an unanswered question by its label, as the
/// person saw it (the request writer's message names command-line values, which a report read by
/// people must not); anything else by its own message.
fn missing(w: &Wizard, p: &crate::request::Remark) -> String {
    let lang = w.lang;
    if !w.form.answered(&w.draft, p.about) {
        let label = serde_json::to_value(p.about)
            .ok()
            .and_then(|v| v.as_str().map(|k| format!("wizard-form-item-{k}")))
            .filter(|id| crate::i18n::has(lang, id));
        if let Some(id) = label {
            return t!(lang, "case-report-missing-answer", item = t!(lang, &id));
        }
    }
    p.message(lang)
}

fn route(w: &Wizard) -> String {
    let lang = w.lang;
    if written::nothing_to_send(w) {
        return t!(lang, "case-report-route-nothing");
    }
    match written::route_kind(w) {
        "provider" => t!(lang, "case-report-route-provider"),
        "mail" => t!(lang, "case-report-route-mail"),
        _ => written::form_page(w).map_or_else(
            || t!(lang, "case-report-route-form-nourl"),
            |url| t!(lang, "case-report-route-form", url = url),
        ),
    }
}

/// What comes next, as the last step says it.
fn next(w: &Wizard) -> Vec<String> {
    let lang = w.lang;
    let expect = if written::recipient_acts(w) {
        "wizard-after-expect-recipient"
    } else if written::entry(w).is_none() {
        "wizard-after-expect-ask"
    } else if written::nothing_to_send(w) {
        "wizard-after-expect-wait"
    } else if written::route_kind(w) == "provider" {
        "wizard-after-expect-provider"
    } else {
        "wizard-after-expect"
    };
    let mut out = vec![t!(lang, expect)];
    out.extend(turnaround(w));
    if w.reached < Step::After {
        out.push(t!(
            lang,
            "wizard-report-resume",
            id = w.case.as_ref().map_or("", |c| c.id.as_str())
        ));
    }
    out
}

/// How long removal usually takes, from the catalogue, when it says (the report says it too).
#[must_use]
pub fn turnaround(w: &Wizard) -> Option<String> {
    let lang = w.lang;
    let (entry, sublist) = written::entry(w)?;
    let own = entry.removal_for(sublist.as_deref());
    if own.method == crate::blocklist::catalogue::RemovalMethod::Expires
        && let Some(h) = own.expires_hours
    {
        let request = if written::nothing_to_send(w) {
            "no"
        } else {
            "yes"
        };
        return Some(t!(
            lang,
            "wizard-after-expires",
            request = request,
            span = crate::words::hours(h, lang)
        ));
    }
    let (low, high) = own.turnaround_hours.or(entry.removal.turnaround_hours)?;
    Some(t!(
        lang,
        "wizard-after-turnaround",
        from = crate::words::hours(low, lang),
        to = crate::words::hours(high, lang)
    ))
}
