//! Which way the request goes (form, email, the IP's owner, nothing to send), what stops it,
//! and what the person should read first.

use super::answers::{Answers, Cause, Fix, Prevention, ServerType};
use super::fields::{self, FilledField};
use super::reason_text::ReasonInput;
use super::validate::{self, Question, Remark, Validation};
use super::{Facts, RequestOutput, email, provider, roles};
use crate::blocklist::Entry;
use crate::blocklist::catalogue::{
    Cost, FieldValue, FormField, ListStatus, Removal, RemovalMethod, WhoMayAsk,
};
use crate::hosting::{self, Kind};
use crate::i18n::Lang;

/// Everything the texts are written from, resolved once.
pub(super) struct Ctx<'a> {
    pub entry: &'a Entry,
    pub removal: &'a Removal,
    pub answers: &'a Answers,
    pub facts: &'a Facts,
    pub reason: ReasonInput<'a>,
    /// The provider's name as Japanese customers know it.
    pub provider_ja: Option<String>,
    pub lang: Lang,
}

/// The server type: as answered, else as the bounce or the cause shows it.
fn server(answers: &Answers, facts: &Facts) -> Option<ServerType> {
    answers.server.or_else(|| {
        match facts
            .provider
            .as_deref()
            .and_then(hosting::find)
            .map(|p| p.kind)
        {
            Some(Kind::Platform) => Some(ServerType::M365),
            Some(Kind::Rental) => Some(ServerType::Shared),
            _ => (answers.cause == Some(Cause::SharedServer)).then_some(ServerType::Shared),
        }
    })
}

/// The provider's name for English text (ASCII only) and for Japanese text.
fn provider_names(answers: &Answers, facts: &Facts) -> (Option<String>, Option<String>) {
    let typed = answers
        .provider
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let known = typed
        .and_then(hosting::find)
        .or_else(|| facts.provider.as_deref().and_then(hosting::find));
    match (typed, known) {
        (_, Some(p)) => (Some(p.name_en.clone()), Some(p.name_ja.clone())),
        (Some(t), None) => (t.is_ascii().then(|| t.to_owned()), Some(t.to_owned())),
        (None, None) => (None, None),
    }
}

/// The route to use, and the sub-list's own route when it only says the listing expires by
/// itself: Trend Micro's QIL expires within hours, but the entry's form still takes requests
/// (the seed article's case), so the form is written and the expiry is given as advice.
pub(super) fn routes<'a>(
    entry: &'a Entry,
    sublist: Option<&str>,
) -> (&'a Removal, Option<&'a Removal>) {
    let own = entry.removal_for(sublist);
    if own.method == RemovalMethod::Expires
        && !std::ptr::eq(own, &raw const entry.removal)
        && entry.removal.method == RemovalMethod::WebForm
    {
        (&entry.removal, Some(own))
    } else {
        (own, None)
    }
}

fn needs_ip(removal: &Removal) -> bool {
    match removal.method {
        RemovalMethod::WebForm => {
            removal.fields.is_empty() || removal.fields.iter().any(|f| f.value == FieldValue::Ip)
        }
        RemovalMethod::Email | RemovalMethod::AskProvider => true,
        RemovalMethod::Expires | RemovalMethod::None => false,
    }
}

fn field(removal: &Removal, kind: FieldValue) -> Option<&FormField> {
    removal.fields.iter().find(|f| f.value == kind)
}

fn role_address_wanted(entry: &Entry, removal: &Removal) -> Option<String> {
    (removal.who == WhoMayAsk::IpOwnerRoleAddress).then(|| entry.name.clone())
}

/// What still stops the request: missing, invalid or contradictory answers. Empty when
/// [`super::build`] will succeed (unless a text does not fit a form's length limit).
#[must_use]
pub fn check(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
) -> Vec<Remark> {
    let (removal, _) = routes(entry, sublist);
    let mut out = Vec::new();
    let mut push = |about: Question, v: Validation| {
        if !v.is_ok() {
            out.extend(Remark::from_validation(about, &v));
        }
    };
    match answers.cause {
        None => push(
            Question::Cause,
            Validation::Invalid {
                id: "request-invalid-cause-missing".into(),
                args: vec![("choices".into(), ids(Cause::ALL.iter().map(|c| c.id())))],
            },
        ),
        Some(cause) => {
            if let Some(Remark { about, id, args }) = contradiction(cause, answers) {
                push(about, Validation::Invalid { id, args });
            }
        }
    }
    let c = &answers.contact;
    push(Question::Name, validate::name(&c.name));
    push(
        Question::Email,
        validate::email(&c.email, role_address_wanted(entry, removal).as_deref()),
    );
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
    if let Some(f) = field(removal, FieldValue::Role)
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

/// Answers that cannot all be true, checked only against a server type the person chose.
fn contradiction(cause: Cause, answers: &Answers) -> Option<Remark> {
    let server = answers.server?;
    let clash = match cause {
        Cause::SharedServer => matches!(server, ServerType::Own | ServerType::Cloud),
        Cause::DynamicIp => server.is_shared(),
        Cause::OpenRelay | Cause::NoPtr => server.is_platform(),
        _ => false,
    };
    if clash {
        return Some(Remark::new(
            Question::Server,
            "request-invalid-contradiction",
            &[("cause", cause.id()), ("server", server.id())],
        ));
    }
    let platform_fix = [Fix::ClosedRelay, Fix::SetPtr];
    answers
        .fixes()
        .into_iter()
        .find(|f| server.is_platform() && platform_fix.contains(f))
        .map(|f| {
            Remark::new(
                Question::Fixes,
                "request-invalid-contradiction-fix",
                &[("fix", f.id()), ("server", server.id())],
            )
        })
}

/// What the person should read before sending; none of it stops the request.
#[must_use]
pub fn advice(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
) -> Vec<Remark> {
    let (removal, expiring) = routes(entry, sublist);
    let mut out = Vec::new();
    let mut push = |about: Question, v: Validation| {
        if matches!(v, Validation::Advice { .. }) {
            out.extend(Remark::from_validation(about, &v));
        }
    };
    let c = &answers.contact;
    push(Question::Name, validate::name(&c.name));
    push(
        Question::Email,
        validate::email(&c.email, role_address_wanted(entry, removal).as_deref()),
    );
    push(Question::Company, validate::company(&c.company, false));
    if let Some(ip) = facts.ip_text() {
        push(Question::Ip, validate::ip(&ip));
    }
    let name = entry.name.as_str();
    let server = server(answers, facts);
    let mut say = |about: Question, id: &str, args: &[(&str, &str)]| {
        out.push(Remark::new(about, id, args));
    };
    if let ListStatus::Closed { since } = &entry.status {
        say(
            Question::List,
            "request-advice-closed",
            &[("list", name), ("since", since)],
        );
    }
    if let Some(sub) = expiring {
        let hours = sub.expires_hours.map(|h| h.to_string()).unwrap_or_default();
        say(
            Question::List,
            "request-advice-expires-form",
            &[("list", name), ("hours", &hours)],
        );
    }
    let unverified = entry.unverified.iter().any(|u| u == "form-fields")
        || removal.fields.iter().any(|f| f.unverified);
    match removal.method {
        RemovalMethod::Expires => {
            let hours = removal
                .expires_hours
                .map(|h| h.to_string())
                .unwrap_or_default();
            say(
                Question::List,
                "request-advice-expires",
                &[("list", name), ("hours", &hours)],
            );
        }
        RemovalMethod::None if entry.status == ListStatus::Active => {
            say(
                Question::List,
                "request-advice-no-removal",
                &[("list", name)],
            );
        }
        RemovalMethod::WebForm if removal.fields.is_empty() || unverified => {
            say(
                Question::List,
                "request-advice-fields-unverified",
                &[("list", name)],
            );
        }
        _ => {}
    }
    if entry.cost == Cost::FreeWithPaidExpress {
        say(
            Question::List,
            "request-advice-do-not-pay",
            &[("list", name)],
        );
    }
    if let Some(s) = server.filter(|s| s.is_platform()) {
        say(
            Question::Server,
            "request-advice-platform",
            &[("server", s.id())],
        );
    } else if server.is_some_and(ServerType::is_shared)
        && matches!(
            removal.who,
            WhoMayAsk::IpOwnerRoleAddress | WhoMayAsk::NetworkOwner
        )
    {
        say(
            Question::Server,
            "request-advice-ask-provider-first",
            &[("list", name)],
        );
    }
    if answers.fixes.is_empty() && answers.cause.is_some() {
        say(Question::Fixes, "request-advice-no-fix", &[]);
    }
    out
}

/// The web form's fields, or the fields every removal form asks for when the catalogue does
/// not know this form's own.
fn form_fields(removal: &Removal) -> Vec<FormField> {
    if !removal.fields.is_empty() {
        return removal.fields.clone();
    }
    let f = |id: &str, label: &str, value| FormField {
        id: id.to_owned(),
        label: label.to_owned(),
        value,
        max_len: None,
        required: true,
        options: Vec::new(),
        unverified: true,
        note: None,
    };
    vec![
        f("ip", "IP address", FieldValue::Ip),
        f("name", "Your name", FieldValue::Name),
        f("email", "Your email address", FieldValue::Email),
        f("reason", "Reason for removal", FieldValue::Reason),
    ]
}

/// Writes the texts; the answers have been checked.
pub(super) fn write(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
    lang: Lang,
) -> Result<RequestOutput, Vec<Remark>> {
    let (removal, _) = routes(entry, sublist);
    let fixes: Vec<Fix> = answers.fixes();
    let prevention: Vec<Prevention> = answers.prevention();
    let server = server(answers, facts);
    let (provider_en, provider_ja) = provider_names(answers, facts);
    let shared = server.is_some_and(ServerType::is_shared);
    let ctx = Ctx {
        entry,
        removal,
        answers,
        facts,
        reason: ReasonInput {
            cause: answers.cause.unwrap_or(Cause::Unknown),
            fixes: &fixes,
            prevention: &prevention,
            server,
            shared,
            provider: provider_en.as_deref(),
        },
        provider_ja,
        lang,
    };
    let fields: Vec<FilledField> = match removal.method {
        RemovalMethod::WebForm => fields::fill(&form_fields(removal), &ctx)?,
        _ => Vec::new(),
    };
    let email = match removal.method {
        RemovalMethod::Email => Some(email::to_list(&ctx)),
        RemovalMethod::AskProvider => Some(email::to_owner(&ctx)),
        _ => None,
    };
    let wants_provider = !server.is_some_and(ServerType::is_platform)
        && (shared
            || removal.method == RemovalMethod::AskProvider
            || removal.who == WhoMayAsk::NetworkOwner);
    Ok(RequestOutput {
        list: entry.id.clone(),
        sublist: sublist.map(str::to_owned),
        method: removal.method,
        url: removal.url.clone(),
        fields,
        email,
        provider_email_ja: wants_provider.then(|| provider::email(&ctx, Lang::Ja)),
        advice: advice(entry, sublist, facts, answers),
    })
}
