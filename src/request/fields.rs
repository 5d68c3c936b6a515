//! One list's form, filled: every field in the form's order, with the English to paste, its
//! Japanese translation, and a word about what the field asks for.

use serde::Serialize;

use super::answers::{Cause, IpKind, ServerType};
use super::ctx::Ctx;
use super::reason_text;
use super::remark::{Question, Remark};
use super::roles;
use super::text::{Bilingual, args, graphemes, pair_each, pair0, paragraph};
use super::validate;
use crate::blocklist::catalogue::{FieldValue, FormField};
use crate::bounce::MailDate;
use crate::i18n::Lang;
use crate::t;

/// One field of the form, filled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FilledField {
    /// The catalogue's field id (`name`, `reason`).
    pub id: String,
    /// The label exactly as the form shows it.
    pub label: String,
    /// What the field asks for.
    pub kind: FieldValue,
    /// The English value to paste (empty for fields only the person can fill on the page).
    pub value_en: String,
    /// Its Japanese translation.
    pub translation_ja: String,
    /// The form's length limit in graphemes, when known; `value_en` is within it.
    pub max_len: Option<usize>,
    /// Whether the form requires it.
    pub required: bool,
    /// True when the person must do this on the page (a CAPTCHA, a checkbox).
    pub manual: bool,
    /// True when the field comes from a third-party description of the form, not the form.
    pub unverified: bool,
    /// What the field asks for, in the user's language.
    pub help: String,
    /// What delist did or what is still to do, in the user's language.
    pub note: Option<String>,
    /// The label's meaning in Japanese, for a person looking at the English page.
    pub label_ja: String,
    /// `help` in both languages (for scripts, which read both).
    pub help_both: Bilingual,
    /// `note` in both languages.
    pub note_both: Option<Bilingual>,
    /// The answer this field waits for: it stays empty rather than be guessed.
    pub needs: Option<Question>,
    /// The value sentence by sentence, English beside Japanese (one part for short values).
    pub parts: Vec<Bilingual>,
}

/// Fills every field in order, or says which answers are missing or do not fit.
pub(super) fn fill(fields: &[FormField], ctx: &Ctx<'_>) -> Result<Vec<FilledField>, Vec<Remark>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    // The help and notes once more in the other language, so that a script gets both.
    let other = Ctx {
        lang: match ctx.lang {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        },
        ..ctx.clone()
    };
    for f in fields {
        match (one(f, ctx), one(f, &other)) {
            (Ok(mut filled), Ok(twin)) => {
                let both = |mine: String, theirs: String| match ctx.lang {
                    Lang::En => Bilingual {
                        en: mine,
                        ja: theirs,
                    },
                    Lang::Ja => Bilingual {
                        en: theirs,
                        ja: mine,
                    },
                };
                filled.help_both = both(filled.help.clone(), twin.help);
                filled.note_both = filled
                    .note
                    .clone()
                    .map(|n| both(n, twin.note.unwrap_or_default()));
                out.push(filled);
            }
            (Err(r), _) | (_, Err(r)) => problems.push(r),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn kebab(kind: FieldValue) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn one(f: &FormField, ctx: &Ctx<'_>) -> Result<FilledField, Remark> {
    let lang = ctx.lang;
    let manual = f.value == FieldValue::Manual;
    let mut needs = None;
    let (parts, mut note) = match f.value {
        FieldValue::Reason => (
            reason_text::sentences(&ctx.reason, f.max_len).ok_or_else(|| {
                Remark::new(
                    Question::Fixes,
                    "request-invalid-reason-too-long",
                    &[("max", &f.max_len.unwrap_or_default().to_string())],
                )
            })?,
            None,
        ),
        // "Don't know" is an answer: the field is left for the page, never guessed.
        FieldValue::Role if ctx.answers.contact.role.trim() == roles::ROLE_UNKNOWN => (
            vec![Bilingual::default()],
            Some(t!(lang, "request-note-on-page")),
        ),
        FieldValue::Role => (
            vec![roles::fill(&ctx.answers.contact.role, &f.options)?],
            None,
        ),
        _ => match answered(f.value, ctx) {
            Answered::Value(id) => (vec![pair0(id)], None),
            Answered::Waits(q) => {
                needs = Some(q);
                (
                    vec![Bilingual::default()],
                    Some(t!(
                        lang,
                        "request-note-needs-answer",
                        flag = q.flag(),
                        question = t!(
                            lang,
                            &format!("request-needs-{}", q.flag().trim_start_matches('-'))
                        )
                    )),
                )
            }
            Answered::OnPage => (
                vec![Bilingual::default()],
                Some(t!(lang, "request-note-on-page")),
            ),
            Answered::NotThisKind => {
                let (value, note) = simple(f, ctx);
                (vec![value], note)
            }
        },
    };
    let mut value = paragraph(&parts);
    // A translation is read as one text: 逆引き(PTR) the first time, then 逆引き.
    value.ja = crate::words::Glossed::default()
        .apply(&value.ja)
        .into_owned();
    // An empty value (a field waiting for an answer, or left for the page) picks no option:
    // every option "contains" the empty string.
    if !f.options.is_empty()
        && !matches!(f.value, FieldValue::Role)
        && !manual
        && !value.en.trim().is_empty()
    {
        match pick_option(&f.options, &value.en) {
            Some(o) => value.en = o,
            None => {
                note = Some(t!(
                    lang,
                    "request-note-option",
                    options = f.options.join(" / ")
                ));
            }
        }
    }
    if let Some(max) = f.max_len
        && graphemes(&value.en) > max
    {
        let about = question_of(f.value);
        return Err(Remark::new(
            about,
            "request-invalid-field-too-long",
            &[("label", &f.label), ("max", &max.to_string())],
        ));
    }
    Ok(FilledField {
        id: f.id.clone(),
        label: f.label.clone(),
        kind: f.value,
        value_en: value.en.clone(),
        translation_ja: value.ja.clone(),
        max_len: f.max_len,
        required: f.required,
        manual,
        unverified: f.unverified,
        help: t!(lang, &format!("request-field-help-{}", kebab(f.value))),
        note: note.or_else(|| manual.then(|| t!(lang, "request-note-manual"))),
        label_ja: t!(
            Lang::Ja,
            &format!("request-field-meaning-{}", kebab(f.value))
        ),
        help_both: Bilingual::default(),
        note_both: None,
        needs,
        parts: if parts.len() > 1 { parts } else { vec![value] },
    })
}

/// A one-part value from the contact details, the bounce's facts or a fixed choice, with a
/// note when something is missing.
fn simple(f: &FormField, ctx: &Ctx<'_>) -> (Bilingual, Option<String>) {
    let lang = ctx.lang;
    let c = &ctx.answers.contact;
    let missing = |v: String, note: &str| {
        let n = v.trim().is_empty().then(|| t!(lang, note));
        (Bilingual::same(v.trim()), n)
    };
    let fixed = |id: &str| (pair0(id), None);
    match f.value {
        FieldValue::Ip => missing(
            ctx.facts.ip_text().unwrap_or_default(),
            "request-invalid-ip-missing",
        ),
        FieldValue::Name => {
            let mut name = typed(c.name_for_en(), validate::romanised(c.name_for_en()));
            // The translation column shows the name as the person writes it in Japanese.
            c.name_for_ja().clone_into(&mut name.ja);
            (name, None)
        }
        FieldValue::Company => (typed(&c.company, validate::romanised(&c.company)), None),
        FieldValue::Email => (Bilingual::same(&validate::normalised_email(&c.email)), None),
        FieldValue::Phone => (
            Bilingual {
                en: validate::international_phone(&c.phone),
                ja: c.phone.trim().to_owned(),
            },
            None,
        ),
        FieldValue::SenderDomain => (Bilingual::same(&ctx.facts.sender_domain(&c.email)), None),
        FieldValue::BouncedAddress => {
            let sender = ctx.facts.sender.clone();
            (
                Bilingual::same(&sender.unwrap_or_else(|| validate::normalised_email(&c.email))),
                None,
            )
        }
        FieldValue::RecipientAddress => missing(
            ctx.facts.recipient.clone().unwrap_or_default(),
            "request-note-recipient-missing",
        ),
        FieldValue::RecipientDomain => missing(
            ctx.facts.recipient_domain().unwrap_or_default(),
            "request-note-recipient-missing",
        ),
        FieldValue::Hostname => missing(
            ctx.answers
                .hostname
                .clone()
                .or_else(|| ctx.facts.host.clone())
                .unwrap_or_default(),
            "request-note-hostname-missing",
        ),
        FieldValue::ErrorText => error_text(f, ctx),
        FieldValue::Title => {
            let ip = ctx.facts.ip_text().unwrap_or_default();
            let name = |lang| crate::words::list_name(ctx.entry, ctx.sublist, lang);
            let (en, ja) = (name(Lang::En), name(Lang::Ja));
            let a = args(&[("ip", &ip), ("list", &en)]);
            let a_ja = args(&[("ip", &ip), ("list", &ja)]);
            (pair_each("request-text-value-title", &a, &a_ja), None)
        }
        // Japan's time zone only where the bounce's own date says +09:00; otherwise it is the
        // person's to choose on the page, never assumed.
        FieldValue::TimeZone => {
            let japan = ctx
                .facts
                .date
                .as_deref()
                .and_then(MailDate::parse)
                .is_some_and(|d| d.utc_offset_minutes == 9 * 60);
            if japan {
                fixed("request-text-value-time-zone")
            } else {
                (
                    Bilingual::default(),
                    Some(t!(lang, "request-note-time-zone-missing")),
                )
            }
        }
        FieldValue::Manual
        | FieldValue::ListedDomain
        | FieldValue::Reason
        | FieldValue::Role
        | FieldValue::IpType
        | FieldValue::IpOwner
        | FieldValue::ServerShared
        | FieldValue::MailType
        | FieldValue::Country => (Bilingual::default(), None),
    }
}

/// A field whose value is one of the user's answers, said in the form's words.
enum Answered {
    /// The answer was given: the message id of its value.
    Value(&'static str),
    /// Not given (or "I don't know"): the field stays empty and names the question.
    Waits(Question),
    /// Nothing we were told says it: the person chooses it on the page.
    OnPage,
    /// Not a field of this sort.
    NotThisKind,
}

/// The value of a field that states something about the user's server or line, only from an
/// answer: "This IP Address is: Static" is never written unasked.
fn answered(kind: FieldValue, ctx: &Ctx<'_>) -> Answered {
    let a = ctx.answers;
    let server = ServerType::known(ctx.reason.server);
    match kind {
        FieldValue::IpType => match a.ip_kind {
            Some(IpKind::Static) => Answered::Value("request-text-value-ip-static"),
            Some(IpKind::Dynamic) => Answered::Value("request-text-value-ip-dynamic"),
            _ if a.cause == Some(Cause::DynamicIp) => {
                Answered::Value("request-text-value-ip-dynamic")
            }
            _ => Answered::Waits(Question::IpKind),
        },
        FieldValue::IpOwner => match server {
            Some(ServerType::Own | ServerType::Cloud | ServerType::Shared) => {
                Answered::Value("request-text-value-ip-owner")
            }
            _ => Answered::Waits(Question::Server),
        },
        FieldValue::ServerShared => match server {
            Some(s) if s.is_shared() => Answered::Value("request-text-value-server-shared"),
            Some(_) => Answered::Value("request-text-value-server-dedicated"),
            None => Answered::Waits(Question::Server),
        },
        // The kind of mail is known only where the cause names it; where the IP is, only the
        // page (which looks it up) knows.
        FieldValue::MailType if a.cause == Some(Cause::NewsletterComplaints) => {
            Answered::Value("request-text-value-mail-newsletter")
        }
        FieldValue::MailType | FieldValue::Country => Answered::OnPage,
        _ => Answered::NotThisKind,
    }
}

/// The refusal's key line (the whole refusal where the operator asks for it whole); cut only
/// where the form cannot take it, and said so.
fn error_text(f: &FormField, ctx: &Ctx<'_>) -> (Bilingual, Option<String>) {
    let lang = ctx.lang;
    let quote = |lang| {
        if f.whole {
            ctx.facts.error_quoted(lang).map(|t| (t, false))
        } else {
            ctx.facts.error_key_quoted(lang, Some(&ctx.entry.id))
        }
    };
    let Some((text, excerpt)) = quote(Lang::En) else {
        return (
            Bilingual::default(),
            Some(t!(lang, "request-note-error-text-missing")),
        );
    };
    // The value is pasted as it is; the translation column names a removed link in Japanese.
    let ja = quote(Lang::Ja).map(|(t, _)| t).unwrap_or_default();
    let excerpt = excerpt.then(|| t!(lang, "request-note-error-text-excerpt"));
    match f.max_len.filter(|m| graphemes(&text) > *m) {
        Some(max) => (
            Bilingual {
                en: cut(&text, max),
                ja: cut(&ja, max),
            },
            Some(t!(
                lang,
                "request-note-error-text-cut",
                max = max.to_string()
            )),
        ),
        None => (Bilingual { en: text, ja }, excerpt),
    }
}

/// A name or company as typed, with its romaji form to paste; the translation column shows
/// what the person typed, so they can see what became of it.
fn typed(input: &str, romaji: Option<String>) -> Bilingual {
    let typed = input.trim().to_owned();
    Bilingual {
        en: romaji.unwrap_or_else(|| typed.clone()),
        ja: typed,
    }
}

/// The form's option that matches our English value (the drop-down wording varies).
fn pick_option(options: &[String], value: &str) -> Option<String> {
    let v = value.to_ascii_lowercase();
    options
        .iter()
        .find(|o| o.eq_ignore_ascii_case(value))
        .or_else(|| {
            options.iter().find(|o| {
                let o = o.to_ascii_lowercase();
                o.contains(&v) || (!o.is_empty() && v.contains(&o))
            })
        })
        .cloned()
}

fn cut(text: &str, max: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    text.graphemes(true).take(max).collect()
}

fn question_of(kind: FieldValue) -> Question {
    match kind {
        FieldValue::Name => Question::Name,
        FieldValue::Email | FieldValue::BouncedAddress | FieldValue::SenderDomain => {
            Question::Email
        }
        FieldValue::Company => Question::Company,
        FieldValue::Phone => Question::Phone,
        FieldValue::Role => Question::Role,
        FieldValue::Ip => Question::Ip,
        _ => Question::List,
    }
}
