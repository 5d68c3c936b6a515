//! The one place where the wizard asks the request writer for the texts: the facts of the
//! bounce (with the IP the user chose), the user's answers, and what comes back (the form's
//! fields, an email, the message to the hosting provider, remarks). Steps 5–7 read from here.
//!
//! The request is built into the [`Draft`](super::state::draft::Draft) by [`rebuild`], which
//! `update` calls after every message; what follows reads it from there. Only while `update`
//! is still at work on a message, after an answer changed, is it built on the spot.

use crate::blocklist::Entry;
use crate::blocklist::catalogue::{FieldValue, FormField, ListStatus, RemovalMethod, WhoMayAsk};
use crate::i18n::Lang;
use crate::request::{self, Facts, Remark, RequestOutput};

use std::borrow::Cow;

use super::state::Wizard;
pub use super::state::draft::Field;
use super::state::draft::{Built, Inputs};
use super::state::ip;

/// Whether the bounce is a block of the sending IP with no list named: the recipient's own
/// filter.
#[must_use]
pub fn own_filter(w: &Wizard) -> bool {
    w.analysis().is_some_and(|a| {
        a.listing().is_none() && a.reason().is_some_and(request::no_list::is_own_filter)
    })
}

/// The list's catalogue entry and the sub-list the bounce named.
#[must_use]
pub fn entry(w: &Wizard) -> Option<(&'static Entry, Option<String>)> {
    let a = w.analysis()?;
    let entry = a.entry()?;
    Some((entry, a.listing().and_then(|l| l.sublist.clone())))
}

/// The facts of the bounce, with the IP the user confirmed or typed.
#[must_use]
pub fn facts(w: &Wizard) -> Facts {
    let mut facts = w.analysis().map(|a| a.facts.clone()).unwrap_or_default();
    facts.ip = ip::chosen(w).or(facts.ip);
    facts
}

/// The form's fields as the catalogue lists them (for deciding which questions to ask).
#[must_use]
pub fn form_fields(w: &Wizard) -> Vec<FormField> {
    let Some((entry, sublist)) = entry(w) else {
        return Vec::new();
    };
    entry.request_route(sublist.as_deref()).0.fields.clone()
}

/// Whether nothing is to be sent for this list: the listing expires by itself or the list is
/// closed. (A sub-list that expires but whose list takes a form, like Trend Micro's QIL, still
/// has a request.)
#[must_use]
pub fn nothing_to_send(w: &Wizard) -> bool {
    entry(w).is_some_and(|(entry, sublist)| entry.nothing_to_request(sublist.as_deref()))
}

/// Whether the list's own rules refuse a request for the answers given (the request writer's
/// refusal): nothing goes to the list.
#[must_use]
pub fn refused(w: &Wizard) -> bool {
    output(w).is_ok_and(|o| o.refusal.is_some())
}

/// Whether the request is the email to the hosting provider of step 7: the list hears only the
/// IP's owner, and the provider is that owner, so step 6 has nothing of its own to send.
#[must_use]
pub fn via_provider(w: &Wizard) -> bool {
    built(w).output.as_ref().is_ok_and(|o| o.via_provider)
}

/// Whether the block is on the sender's own organisation (Microsoft 365's tenant restriction),
/// which its own administrator lifts: nothing is sent, and waiting does not end it.
#[must_use]
pub fn own_admin_lifts(w: &Wizard) -> bool {
    entry(w).is_some_and(|(entry, sublist)| {
        crate::request::own_admin_lifts(entry.request_route(sublist.as_deref()).0)
    })
}

/// Whether only the recipient's side can end the block: the list has shut down (the
/// recipient's server still asks it), or it is a filter the receiving side chose. Nothing is
/// asked of the user, and nothing is sent on their behalf, the hosting provider included.
#[must_use]
pub fn recipient_acts(w: &Wizard) -> bool {
    let Some((entry, sublist)) = entry(w) else {
        return false;
    };
    let (route, _) = entry.request_route(sublist.as_deref());
    route.who == WhoMayAsk::Recipient || matches!(entry.status, ListStatus::Closed { .. })
}

/// The web form's own page, when it is not the lookup page step 4 shows (Barracuda's removal
/// page, Outlook.com's support form): without it, the fields of step 6 have nowhere to go.
#[must_use]
pub fn separate_form_page(w: &Wizard) -> Option<String> {
    let (entry, sublist) = entry(w)?;
    let (route, _) = entry.request_route(sublist.as_deref());
    if route.method != RemovalMethod::WebForm {
        return None;
    }
    let url = route.url_for(None)?;
    let same = |page: Option<String>| {
        page.is_some_and(|p| {
            p.trim_end_matches('/')
                .eq_ignore_ascii_case(url.trim_end_matches('/'))
        })
    };
    let lookup = same(entry.lookup_url_for(None)) || same(entry.lookup_url_ja_for(None));
    (!lookup).then_some(url)
}

/// The page where the fields of step 6 are pasted: the form's own page, else the lookup page
/// (where the form opens), for a request made on the web.
#[must_use]
pub fn form_page(w: &Wizard) -> Option<String> {
    if nothing_to_send(w) || email_route(w).is_some() {
        return None;
    }
    separate_form_page(w).or_else(|| lookup_url(w))
}

/// The official lookup URL for the list (its Japanese page for a Japanese reader, where there
/// is one), with the IP filled in where the page takes it; without an IP, the page itself.
#[must_use]
pub fn lookup_url(w: &Wizard) -> Option<String> {
    let entry = w.analysis()?.entry()?;
    let ip = ip::chosen(w).map(|ip| ip.to_string());
    match w.lang {
        Lang::Ja => entry.lookup_url_ja_for(ip.as_deref()),
        Lang::En => entry.lookup_url_for(ip.as_deref()),
    }
}

/// How the request goes, as the screens word it: "form", "mail" (to the list) or "provider"
/// (only the IP's owner may ask: the request is a mail to them).
#[must_use]
pub fn route_kind(w: &Wizard) -> &'static str {
    let Some((entry, sublist)) = entry(w) else {
        return "form";
    };
    match entry.request_route(sublist.as_deref()).0.method {
        RemovalMethod::AskProvider => "provider",
        RemovalMethod::Email => "mail",
        _ => "form",
    }
}

/// Whether the form asks for this kind of value.
#[must_use]
pub fn asks(w: &Wizard, kind: FieldValue) -> bool {
    form_fields(w).iter().any(|f| f.value == kind)
}

/// Whether the request kept in the draft was built from what the wizard holds now.
#[must_use]
pub fn is_current(w: &Wizard) -> bool {
    w.draft
        .built
        .as_ref()
        .is_some_and(|b| built_from(&b.inputs, w))
}

fn built_from(i: &Inputs, w: &Wizard) -> bool {
    let analysis = w
        .analysis
        .as_ref()
        .filter(|a| a.generation == w.paste.generation);
    let same_analysis = match (&i.analysis, analysis) {
        (Some(a), Some(b)) => std::sync::Arc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    };
    same_analysis
        && i.lang == w.lang
        && i.ip == ip::chosen(w)
        && i.answers == w.draft.answers
        && i.reason.as_deref() == reason_text(w).as_deref()
}

/// The reason as the user rewrote it, when they did.
fn reason_text(w: &Wizard) -> Option<String> {
    w.draft
        .reason
        .as_ref()
        .map(super::text_edit::TextEdit::text)
}

/// Builds the request into the draft when an answer, the IP, the analysis or the language has
/// changed since it was built. `update` calls it after every message.
pub fn rebuild(w: &mut Wizard) {
    if !is_current(w) {
        w.draft.built = Some(build(w));
    }
}

/// The request as the draft keeps it, or built now when it is out of date.
fn built(w: &Wizard) -> Cow<'_, Built> {
    match &w.draft.built {
        Some(b) if built_from(&b.inputs, w) => Cow::Borrowed(b),
        _ => Cow::Owned(build(w)),
    }
}

fn build(w: &Wizard) -> Built {
    let inputs = Inputs {
        analysis: w
            .analysis
            .clone()
            .filter(|a| a.generation == w.paste.generation),
        answers: w.draft.answers.clone(),
        ip: ip::chosen(w),
        reason: reason_text(w),
        lang: w.lang,
    };
    let entry = entry(w);
    let facts = facts(w);
    let admin_message = own_filter(w).then(|| request::no_list::recipient_message(&facts));
    let Some((e, sublist)) = entry.clone() else {
        return Built {
            inputs,
            entry,
            facts,
            output: Err(Vec::new()),
            problems: Vec::new(),
            advice: Vec::new(),
            fields: Vec::new(),
            admin_message,
        };
    };
    let answers = &w.draft.answers;
    let output = request::build(e, sublist.as_deref(), &facts, answers, w.lang);
    let problems = request::check(e, sublist.as_deref(), &facts, answers);
    let advice = request::advice(e, sublist.as_deref(), &facts, answers);
    let fields = output
        .as_ref()
        .map(|out| to_fields(w, out))
        .unwrap_or_default();
    Built {
        inputs,
        entry,
        facts,
        output,
        problems,
        advice,
        fields,
        admin_message,
    }
}

/// The request, or every answer still missing or wrong.
///
/// # Errors
/// The remarks of the request writer; empty when no list was identified.
pub fn output(w: &Wizard) -> Result<RequestOutput, Vec<Remark>> {
    built(w).output.clone()
}

/// What still stops the request, by question.
#[must_use]
pub fn problems(w: &Wizard) -> Vec<Remark> {
    built(w).problems.clone()
}

/// What the user should read, by question (a converted name, a free-mail address).
#[must_use]
pub fn advice(w: &Wizard) -> Vec<Remark> {
    built(w).advice.clone()
}

/// For a block of the recipient's own filter, the message for their administrator: English
/// to send, Japanese to understand it.
#[must_use]
pub fn admin_message(w: &Wizard) -> Option<request::Bilingual> {
    built(w).admin_message.clone()
}

/// The values to paste, in the form's order; the reason as the user rewrote it, if they did.
/// For a list that takes email, the address, the subject and the body.
#[must_use]
pub fn fields(w: &Wizard) -> Vec<Field> {
    built(w).fields.clone()
}

fn to_fields(w: &Wizard, out: &RequestOutput) -> Vec<Field> {
    if out.fields.is_empty()
        && let Some(mail) = &out.email
    {
        let lang = w.lang;
        let one = |id: &str, label: String, value: String, ja: String| Field {
            id: id.to_owned(),
            label,
            label_ja: None,
            value,
            translation: Some(ja),
            help: None,
            note: None,
            manual: false,
            is_reason: false,
        };
        let mut v = Vec::new();
        if let Some(to) = &mail.to {
            v.push(one(
                "to",
                crate::t!(lang, "wizard-mail-to"),
                to.clone(),
                to.clone(),
            ));
        }
        v.push(one(
            "subject",
            crate::t!(lang, "wizard-mail-subject"),
            mail.subject.clone(),
            mail.subject_ja.clone(),
        ));
        v.push(one(
            "body",
            crate::t!(lang, "wizard-mail-body"),
            mail.body_en.clone(),
            mail.translation_ja(),
        ));
        return v;
    }
    out.fields
        .iter()
        .map(|f| {
            let is_reason = f.kind == FieldValue::Reason;
            let edited = is_reason
                .then(|| {
                    w.draft
                        .reason
                        .as_ref()
                        .map(super::text_edit::TextEdit::text)
                })
                .flatten()
                .filter(|t| !t.trim().is_empty());
            // An English reader needs the Japanese only beside free text (the reason, a
            // title): an address or a name means the same in both.
            let free = matches!(f.kind, FieldValue::Reason | FieldValue::Title);
            Field {
                translation: Some(f.translation_ja.clone())
                    .filter(|t| !t.is_empty() && (w.lang == Lang::Ja || free)),
                label_ja: (w.lang == Lang::Ja).then(|| f.label_ja.clone()),
                value: edited.unwrap_or_else(|| f.value_en.clone()),
                id: f.id.clone(),
                label: f.label.clone(),
                help: Some(f.help.clone()).filter(|h| !h.is_empty()),
                note: f.note.clone(),
                manual: f.manual,
                is_reason,
            }
        })
        .collect()
}

/// For a request sent by email (the list's address, or the IP's owner): its address, when the
/// list names one. `None` for a web form.
#[must_use]
pub fn email_route(w: &Wizard) -> Option<Option<String>> {
    let built = built(w);
    let out = built.output.as_ref().ok()?;
    if !out.fields.is_empty() {
        return None;
    }
    out.email.as_ref().map(|e| e.to.clone())
}

/// The generated reason in English, before any rewriting.
#[must_use]
pub fn generated_reason(w: &Wizard) -> Option<String> {
    built(w)
        .output
        .as_ref()
        .ok()?
        .fields
        .iter()
        .find(|f| f.kind == FieldValue::Reason)
        .map(|f| f.value_en.clone())
}

/// The Japanese email to the hosting provider, when the case calls for one: the request
/// writer's, word for word, so `delist request` and the wizard hand over the same mail.
#[must_use]
pub fn provider_email(w: &Wizard) -> Option<String> {
    // The provider can do nothing about a filter on the recipient's side.
    if recipient_acts(w) {
        return None;
    }
    built(w).output.as_ref().ok()?.provider_email_ja.clone()
}

/// The same email in English, for an English-speaking helper to read: it is sent in Japanese.
#[must_use]
pub fn provider_email_en(w: &Wizard) -> Option<String> {
    provider_email(w)?;
    built(w).output.as_ref().ok()?.provider_email_en.clone()
}
