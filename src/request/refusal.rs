//! Whether there is a request at all: each list's own rules (in the catalogue, with the
//! operator's page beside each) forbid one for some answers, or until an answer is given. Where
//! they do, the person gets the advice the list gives instead of a form.

use super::answers::{Answers, Fix, IpKind, ServerType};
use super::remark::{Question, Remark};
use super::rules;
use crate::blocklist::Entry;
use crate::blocklist::catalogue::Refusal;
use crate::i18n::Lang;

/// The first of the list's refusal rules that applies to `answers`, as the advice to show.
#[must_use]
pub fn refused(entry: &Entry, sublist: Option<&str>, answers: &Answers) -> Option<Remark> {
    let (route, _) = entry.request_route(sublist);
    route
        .refusals
        .iter()
        .find(|r| applies(r, answers))
        .map(|r| remark(entry, sublist, r))
}

fn applies(r: &Refusal, answers: &Answers) -> bool {
    let when = r
        .when
        .iter()
        .all(|f| rules::holds(answers, f).unwrap_or(false));
    let missing = r
        .unless
        .as_deref()
        .is_none_or(|f| !rules::holds(answers, f).unwrap_or(false));
    when && missing
}

fn remark(entry: &Entry, sublist: Option<&str>, r: &Refusal) -> Remark {
    let about = r
        .unless
        .as_deref()
        .or_else(|| r.when.first().map(String::as_str))
        .and_then(rules::question_of)
        .unwrap_or(Question::List);
    let list = crate::words::list_name(entry, sublist, Lang::En);
    let list_ja = crate::words::list_name(entry, sublist, Lang::Ja);
    // The answer that would lift the rule, as the command line gives it (`--ip-kind static`)
    // and as the wizard names it (the choice's own words): never a bare id on a screen.
    let wanted = r.unless.as_deref().and_then(|f| f.split_once(':'));
    let value = wanted.map(|(_, v)| v.split('|').next().unwrap_or(v));
    let choice_id = wanted.zip(value).and_then(|((kind, _), v)| match kind {
        "ip-kind" => IpKind::from_id(v).map(IpKind::label_id),
        "server" => ServerType::from_id(v).map(ServerType::label_id),
        "fix" => Fix::from_id(v).map(Fix::label_id),
        _ => None,
    });
    let answer = value.map_or_else(String::new, |v| format!("{} {v}", about.flag()));
    let mut args = vec![
        ("list", list.as_str()),
        ("list_ja", list_ja.as_str()),
        ("flag", about.flag()),
        ("answer", answer.as_str()),
    ];
    if let Some(id) = &choice_id {
        args.push(("choice_id", id.as_str()));
    }
    Remark::new(about, &format!("request-refusal-{}", r.advice), &args)
}
