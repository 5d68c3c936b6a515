//! Which way the request goes (form, email, the IP's owner, nothing to send), what stops it,
//! and what the person should read first.

use super::answers::{Answers, Cause, Fix, Prevention, ServerType};
use super::ctx::{Ctx, own_admin_lifts, server};
use super::facts::Facts;
use super::fields::{self, FilledField};
use super::reason_text::ReasonInput;
use super::remark::Remark;
use super::review::advice;
use super::{RequestOutput, email, provider};
use crate::blocklist::Entry;
use crate::blocklist::catalogue::{FieldValue, FormField, Removal, RemovalMethod, WhoMayAsk};
use crate::hosting;
use crate::i18n::Lang;

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

/// The web form's fields, or the fields every removal form asks for when the catalogue does
/// not know this form's own.
fn form_fields(removal: &Removal) -> Vec<FormField> {
    if !removal.fields.is_empty() {
        return removal.fields.clone();
    }
    // No limit is known for a form delist does not know: its own caps, as the catalogue sets
    // them where a form publishes none (a name, one short paragraph an operator reads in full).
    let cap = |value| match value {
        FieldValue::Name => Some(70),
        FieldValue::Reason => Some(1000),
        _ => None,
    };
    let f = |id: &str, label: &str, value| FormField {
        id: id.to_owned(),
        label: label.to_owned(),
        value,
        max_len: cap(value),
        required: true,
        options: Vec::new(),
        unverified: true,
        note: None,
        whole: false,
    };
    vec![
        f("ip", "IP address", FieldValue::Ip),
        f("name", "Your name", FieldValue::Name),
        f("email", "Your email address", FieldValue::Email),
        f("reason", "Reason for removal", FieldValue::Reason),
    ]
}

/// Builds the context the texts are written from, and hands it to `write`.
fn with_ctx<R>(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
    lang: Lang,
    write: impl FnOnce(&Ctx<'_>) -> R,
) -> R {
    let (removal, _) = entry.request_route(sublist);
    let fixes: Vec<Fix> = answers.fixes();
    let prevention: Vec<Prevention> = answers.prevention();
    let server = server(answers, facts);
    let (provider_en, provider_ja) = provider_names(answers, facts);
    let reason_ja = provider_ja.clone();
    let shared = server.is_some_and(ServerType::is_shared);
    let ctx = Ctx {
        entry,
        sublist,
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
            // The Japanese name only with an English one: the translation names who the
            // English names.
            provider_ja: provider_en.as_ref().and(reason_ja.as_deref()),
        },
        provider_ja,
        lang,
    };
    write(&ctx)
}

/// Writes the texts; the answers have been checked.
pub(super) fn write(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
    lang: Lang,
) -> Result<RequestOutput, Vec<Remark>> {
    with_ctx(entry, sublist, facts, answers, lang, |ctx| {
        let removal = ctx.removal;
        let server = ctx.reason.server;
        let fields: Vec<FilledField> = match removal.method {
            RemovalMethod::WebForm => fields::fill(&form_fields(removal), ctx)?,
            _ => Vec::new(),
        };
        // Neither on a mail platform nor where the block is on the sender's own organisation:
        // the provider has nothing to do with either.
        let wants_provider = !server.is_some_and(ServerType::is_platform)
            && !own_admin_lifts(removal)
            && (ctx.reason.shared
                || removal.method == RemovalMethod::AskProvider
                || removal.who == WhoMayAsk::NetworkOwner);
        // The list hears only the IP's owner, and the provider email goes to that owner: one
        // email asks them both to find the cause and to ask the list, not two to one company.
        let via_provider = wants_provider && removal.method == RemovalMethod::AskProvider;
        let email = match removal.method {
            RemovalMethod::Email => Some(email::to_list(ctx)),
            RemovalMethod::AskProvider if !via_provider => Some(email::to_owner(ctx)),
            _ => None,
        };
        let ask = if via_provider {
            provider::Ask::Request
        } else {
            provider::Ask::Investigate
        };
        Ok(RequestOutput {
            list: entry.id.clone(),
            sublist: sublist.map(str::to_owned),
            method: removal.method,
            url: removal.url_for(facts.ip.map(|i| i.to_string()).as_deref()),
            fields,
            email,
            provider_email_ja: wants_provider.then(|| provider::email(ctx, ask, Lang::Ja)),
            provider_email_en: wants_provider.then(|| provider::email(ctx, ask, Lang::En)),
            via_provider,
            advice: advice(entry, sublist, facts, answers),
            refusal: None,
        })
    })
}

/// The output where the list's own rules refuse a request for these answers: no fields and no
/// email to the list, the advice instead, and where the next step is the provider's (a reverse
/// DNS to set, their authenticated submission server to use), an email asking for exactly that.
pub(super) fn refused(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
    lang: Lang,
    refusal: Remark,
) -> RequestOutput {
    with_ctx(entry, sublist, facts, answers, lang, |ctx| {
        let advice = refusal
            .id
            .strip_prefix("request-refusal-")
            .unwrap_or_default();
        let ask = provider::Ask::after_refusal(advice, ctx.reason.server)
            .filter(|_| !own_admin_lifts(ctx.removal));
        RequestOutput {
            list: entry.id.clone(),
            sublist: sublist.map(str::to_owned),
            method: ctx.removal.method,
            url: None,
            fields: Vec::new(),
            email: None,
            provider_email_ja: ask.map(|a| provider::email(ctx, a, Lang::Ja)),
            provider_email_en: ask.map(|a| provider::email(ctx, a, Lang::En)),
            via_provider: false,
            advice: Vec::new(),
            refusal: Some(refusal),
        }
    })
}
