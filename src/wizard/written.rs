//! The one place where the wizard asks the request writer for the texts: the facts of the
//! bounce (with the IP the user chose), the user's answers, and what comes back (the form's
//! fields, an email, the message to the hosting provider, remarks). Steps 5–7 read from here.

use crate::blocklist::Entry;
use crate::blocklist::catalogue::{FieldValue, FormField, ListStatus, RemovalMethod, WhoMayAsk};
use crate::i18n::Lang;
use crate::request::{self, Facts, Remark, RequestOutput};

use super::state::Wizard;
use super::state::ip;

/// One value to paste, as the form step and the copy step show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Stable id.
    pub id: String,
    /// The form's English label.
    pub label: String,
    /// The English value to paste.
    pub value: String,
    /// Its Japanese translation.
    pub translation: Option<String>,
    /// What the field asks for, in the user's language.
    pub help: Option<String>,
    /// A note (what delist did, what is still to do), in the user's language.
    pub note: Option<String>,
    /// True when the person must do it on the page (a CAPTCHA).
    pub manual: bool,
    /// True for the free-text reason, which the user may rewrite.
    pub is_reason: bool,
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

/// The request, or every answer still missing or wrong.
///
/// # Errors
/// The remarks of the request writer; empty when no list was identified.
pub fn output(w: &Wizard) -> Result<RequestOutput, Vec<Remark>> {
    let Some((entry, sublist)) = entry(w) else {
        return Err(Vec::new());
    };
    request::build(
        entry,
        sublist.as_deref(),
        &facts(w),
        &w.form.answers,
        w.lang,
    )
}

/// What still stops the request, by question.
#[must_use]
pub fn problems(w: &Wizard) -> Vec<Remark> {
    entry(w).map_or_else(Vec::new, |(entry, sublist)| {
        request::check(entry, sublist.as_deref(), &facts(w), &w.form.answers)
    })
}

/// What the user should read, by question (a converted name, a free-mail address).
#[must_use]
pub fn advice(w: &Wizard) -> Vec<Remark> {
    entry(w).map_or_else(Vec::new, |(entry, sublist)| {
        request::advice(entry, sublist.as_deref(), &facts(w), &w.form.answers)
    })
}

/// The values to paste, in the form's order; the reason as the user rewrote it, if they did.
/// For a list that takes email, the address, the subject and the body.
#[must_use]
pub fn fields(w: &Wizard) -> Vec<Field> {
    let Ok(out) = output(w) else {
        return Vec::new();
    };
    if out.fields.is_empty()
        && let Some(mail) = &out.email
    {
        let lang = w.lang;
        let one = |id: &str, label: String, value: String, ja: String| Field {
            id: id.to_owned(),
            label,
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
        .into_iter()
        .map(|f| {
            let is_reason = f.kind == FieldValue::Reason;
            let edited = is_reason
                .then(|| w.form.reason.as_ref().map(super::text_edit::TextEdit::text))
                .flatten()
                .filter(|t| !t.trim().is_empty());
            Field {
                translation: Some(f.translation_ja).filter(|t| !t.is_empty()),
                value: edited.unwrap_or(f.value_en),
                id: f.id,
                label: f.label,
                help: Some(f.help).filter(|h| !h.is_empty()),
                note: f.note,
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
    let out = output(w).ok()?;
    if !out.fields.is_empty() {
        return None;
    }
    out.email.map(|e| e.to)
}

/// The generated reason in English, before any rewriting.
#[must_use]
pub fn generated_reason(w: &Wizard) -> Option<String> {
    output(w)
        .ok()?
        .fields
        .into_iter()
        .find(|f| f.kind == FieldValue::Reason)
        .map(|f| f.value_en)
}

/// The Japanese email to the hosting provider, when the case calls for one: the request
/// writer's, word for word, so `delist request` and the wizard hand over the same mail.
#[must_use]
pub fn provider_email(w: &Wizard) -> Option<String> {
    // The provider can do nothing about a filter on the recipient's side.
    if recipient_acts(w) {
        return None;
    }
    output(w).ok()?.provider_email_ja
}
