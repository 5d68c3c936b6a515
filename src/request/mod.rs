//! The request writer: answers to a few questions become the list's form fields, each in
//! English with its Japanese translation, plus emails where a list takes requests by email.
//!
//! Pure functions, no I/O. The wizard and `delist request` call the same [`build`]:
//!
//! ```
//! use delist::blocklist::CATALOGUE;
//! use delist::i18n::Lang;
//! use delist::request::{self, Answers, Cause, Contact, Facts, Fix, ServerType};
//!
//! # let Some(entry) = CATALOGUE.get("trendmicro-ers") else { return };
//! let facts = Facts { ip: "203.0.113.5".parse().ok(), ..Facts::default() };
//! let answers = Answers {
//!     cause: Some(Cause::SharedServer),
//!     fixes: vec![Fix::AskedProvider],
//!     server: Some(ServerType::Shared),
//!     provider: Some("Xserver".into()),
//!     contact: Contact {
//!         name: "やまだ たろう".into(),          // kana becomes "Yamada Taro"
//!         email: "postmaster@example.co.jp".into(),
//!         role: "it-admin".into(),
//!         ..Contact::default()
//!     },
//!     ..Answers::default()
//! };
//! match request::build(entry, None, &facts, &answers, Lang::Ja) {
//!     Ok(out) => {
//!         for f in &out.fields {
//!             println!("{}: {} / {}", f.label, f.value_en, f.translation_ja);
//!         }
//!     }
//!     // Each remark names the question (and so the flag) and carries a Fluent id + args.
//!     Err(remarks) => remarks.iter().for_each(|r| eprintln!("{}", r.message(Lang::Ja))),
//! }
//! ```
//!
//! While the person is still typing, [`validate`] checks one answer at a time and [`check`]
//! lists what still stops the request.

mod answers;
mod asks;
mod ctx;
mod email;
mod facts;
mod fields;
pub mod key_line;
pub mod no_list;
mod provider;
pub mod reason_text;
mod refusal;
mod remark;
mod review;
mod roles;
pub mod romaji;
mod route;
pub mod rules;
mod text;
pub mod validate;
pub mod why;

pub use answers::{Answers, Cause, Choice, Contact, Fix, IpKind, Prevention, ServerType};
pub use asks::asks;
pub use ctx::own_admin_lifts;
pub use email::EmailOut;
pub use facts::Facts;
pub use fields::FilledField;
pub use refusal::refused;
pub use remark::{Question, Remark, Validation, fluent_args};
pub use review::{advice, check};
pub use roles::{ROLE_UNKNOWN, ROLES, label as role_label};
pub use text::Bilingual;

use serde::Serialize;
use serde_json::{Value, json};

use crate::blocklist::Entry;
use crate::blocklist::catalogue::RemovalMethod;
use crate::i18n::Lang;

/// Everything the person needs to send the request for one list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequestOutput {
    /// The catalogue id of the list.
    pub list: String,
    /// The sub-list, when the bounce named one.
    pub sublist: Option<String>,
    /// How removal works for this list (form, email, expiry, provider).
    pub method: RemovalMethod,
    /// The form's web address, for a web form.
    pub url: Option<String>,
    /// The form's fields in the form's order (empty when the list takes no form).
    pub fields: Vec<FilledField>,
    /// The email to send, for lists that take requests by email or through the IP's owner.
    pub email: Option<EmailOut>,
    /// A Japanese email asking the hosting provider or ISP to act, where they must.
    pub provider_email_ja: Option<String>,
    /// The same email in English, for an English-speaking helper to read (it is sent in
    /// Japanese to a Japanese provider).
    pub provider_email_en: Option<String>,
    /// Whether the provider email is the request itself: the list hears only the IP's owner,
    /// and the hosting provider (or ISP) the provider email goes to is that owner. Then there
    /// is no `email` to the owner besides it: one email asks them to find the cause and to ask
    /// the list for removal.
    pub via_provider: bool,
    /// Things the person should read before sending (a free-mail address, "do not pay").
    pub advice: Vec<Remark>,
    /// The list's own rule that forbids a request for these answers: then there are no
    /// fields and no email, and this is what to do instead.
    pub refusal: Option<Remark>,
}

impl RequestOutput {
    /// Whether there is something to send: a form to fill or an email.
    #[must_use]
    pub fn has_request(&self) -> bool {
        !self.fields.is_empty()
            || self.email.is_some()
            || (self.via_provider && self.provider_email_ja.is_some())
    }

    /// Which key of `--json` holds the email that carries the request: `email` (to the list),
    /// `provider_email` (to the hosting provider or ISP, who owns the IP and asks the list), or
    /// none (a form, or nothing to send).
    #[must_use]
    pub fn request_email(&self) -> Option<&'static str> {
        if self.email.is_some() {
            Some("email")
        } else if self.via_provider && self.provider_email_ja.is_some() {
            Some("provider_email")
        } else {
            None
        }
    }

    /// How the person sends the request, as `--json` names it: `web-form`, `portal` (a web
    /// form behind a login), `email` (to the list, or to the IP's owner who asks the list), or
    /// `none` (nothing to send: the listing expires, the list is closed, or its rules refuse
    /// these answers).
    #[must_use]
    pub fn send_method(&self, entry: &Entry) -> &'static str {
        if !self.has_request() {
            return "none";
        }
        let (removal, _) = entry.request_route(self.sublist.as_deref());
        match self.method {
            RemovalMethod::WebForm if removal.account_required => "portal",
            RemovalMethod::WebForm => "web-form",
            RemovalMethod::Email | RemovalMethod::AskProvider => "email",
            RemovalMethod::Expires | RemovalMethod::None => "none",
        }
    }

    /// The `delist request --json` shape: everything the screen shows, each text in both
    /// languages; `advice` keeps the older shape, worded in `lang`.
    #[must_use]
    pub fn to_json(&self, entry: &Entry, lang: Lang) -> Value {
        let advice: Vec<&Remark> = self.refusal.iter().chain(&self.advice).collect();
        let method = self.send_method(entry);
        // Why there is nothing to send: the list's refusal, else what the advice says of the list.
        let reason = (method == "none")
            .then(|| {
                self.refusal
                    .as_ref()
                    .or_else(|| self.advice.iter().find(|a| a.about == Question::List))
            })
            .flatten()
            .map(both);
        let field = |f: &FilledField| {
            json!({
                "id": f.id,
                "label": f.label,
                "label_ja": f.label_ja,
                "max_len": f.max_len,
                "required": f.required,
                "manual": f.manual,
                "value_en": f.value_en,
                "translation_ja": f.translation_ja,
                "help": {"en": f.help_both.en, "ja": f.help_both.ja},
                "note": f.note_both.as_ref().map(|n| json!({"en": n.en, "ja": n.ja})),
                "needs": f.needs.map(Question::flag),
            })
        };
        json!({
            "list": self.list,
            "sublist": self.sublist,
            "request": self.has_request(),
            "method": method,
            "reason": reason,
            "form_url": if method == "web-form" || method == "portal" { self.url.clone() } else { None },
            "notes": advice.iter().map(|a| both(a)).collect::<Vec<_>>(),
            "fields": self.fields.iter().map(field).collect::<Vec<_>>(),
            "email": self.email.as_ref().map(|e| json!({
                "to": e.to,
                "subject": e.subject,
                "body_en": e.body_en,
                "translation_ja": e.translation_ja(),
            })),
            "request_email": self.request_email(),
            "provider_email": self.provider_email_ja.as_ref().map(|ja| json!({
                "ja": ja,
                "en": self.provider_email_en,
            })),
            "provider_email_ja": self.provider_email_ja,
            "advice": advice.iter().map(|a| remark_json(a, lang)).collect::<Vec<_>>(),
        })
    }
}

/// A remark in both languages, with its id and the flag of the answer it is about.
fn both(r: &Remark) -> Value {
    json!({
        "id": r.id,
        "about": r.about.flag(),
        "en": r.message(Lang::En),
        "ja": r.message(Lang::Ja),
    })
}

/// One remark in JSON: its id, the flag of the answer it is about, and the words.
#[must_use]
pub fn remark_json(r: &Remark, lang: Lang) -> Value {
    json!({"id": r.id, "about": r.about.flag(), "message": r.message(lang)})
}

/// Writes the request for `entry` (and `sublist`, when the bounce named one) from the facts of
/// the bounce and the person's answers. `lang` is the language of the help and notes; the
/// English values and Japanese translations do not depend on it.
///
/// # Errors
/// Every answer that is missing, invalid or contradictory, each naming its question.
pub fn build(
    entry: &Entry,
    sublist: Option<&str>,
    facts: &Facts,
    answers: &Answers,
    lang: Lang,
) -> Result<RequestOutput, Vec<Remark>> {
    let problems = check(entry, sublist, facts, answers);
    if !problems.is_empty() {
        return Err(problems);
    }
    if let Some(refusal) = refused(entry, sublist, answers) {
        return Ok(route::refused(
            entry, sublist, facts, answers, lang, refusal,
        ));
    }
    route::write(entry, sublist, facts, answers, lang)
}
