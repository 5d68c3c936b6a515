//! Requests that go by email: to the list itself (Apple's icloudadmin, Microsoft's
//! delist@microsoft.com for 5.7.511), or to the owner of the IP where only the owner may ask
//! (a Spamhaus SBL listing goes through the ISP). Each paragraph has its Japanese beside it.

use serde::Serialize;

use super::answers::{Cause, Fix, Prevention, ServerType};
use super::ctx::Ctx;
use super::reason_text::{self, ReasonInput};
use super::roles;
use super::text::{Bilingual, args, pair, pair_each, pair0, paragraph, wrap};
use super::validate;
use crate::blocklist::catalogue::WhoMayAsk;
use crate::i18n::Lang;
use crate::words;

/// A complete email: address, subject and body, with the Japanese translation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EmailOut {
    /// Where to send it; `None` when only the person knows (their provider's support address).
    pub to: Option<String>,
    /// The English subject.
    pub subject: String,
    /// The subject's translation.
    pub subject_ja: String,
    /// The English body.
    pub body_en: String,
    /// The body's translation.
    pub body_ja: String,
    /// The body paragraph by paragraph, English beside Japanese.
    pub parts: Vec<Bilingual>,
}

impl EmailOut {
    /// Subject and body in Japanese, as one text.
    #[must_use]
    pub fn translation_ja(&self) -> String {
        format!(
            "{}{}\n\n{}",
            pair0("request-text-email-subject-label").ja,
            self.subject_ja,
            self.body_ja
        )
    }
}

/// The email to a list that takes requests by email.
pub(super) fn to_list(ctx: &Ctx<'_>) -> EmailOut {
    let ip = ctx.facts.ip_text().unwrap_or_default();
    let domain = ctx.facts.sender_domain(&ctx.answers.contact.email);
    let subject = pair(
        "request-text-email-subject",
        &args(&[("ip", &ip), ("domain", &domain)]),
    );
    let mut parts = opening(ctx, Reader::List);
    parts.push(justification(ctx));
    if ctx.removal.attach_bounce {
        parts.push(pair0("request-text-email-attached"));
    }
    parts.push(pair("request-text-email-ask", &args(&[("ip", &ip)])));
    parts.extend(closing(ctx));
    finish(ctx.removal.email.clone(), &subject, parts)
}

/// The email to the owner of the IP (hosting provider or ISP), asking them to request removal.
pub(super) fn to_owner(ctx: &Ctx<'_>) -> EmailOut {
    let ip = ctx.facts.ip_text().unwrap_or_default();
    // The list as the bounce names it ("Spamhaus (SBL)"), not the whole family.
    let list = words::list_name(ctx.entry, ctx.sublist, Lang::En);
    let list_ja = words::list_name(ctx.entry, ctx.sublist, Lang::Ja);
    let a = args(&[("ip", &ip), ("list", &list)]);
    let a_ja = args(&[("ip", &ip), ("list", &list_ja)]);
    let both = |id: &str| pair_each(id, &a, &a_ja);
    let subject = both("request-text-owner-subject");
    let mut parts = opening(ctx, Reader::Owner);
    parts.push(paragraph(&[
        both("request-text-owner-listed"),
        both(if ctx.removal.who == WhoMayAsk::NetworkOwner {
            "request-text-owner-only"
        } else {
            "request-text-owner-admin"
        }),
    ]));
    parts.push(owner_justification(ctx));
    parts.push(both("request-text-owner-ask"));
    parts.extend(closing(ctx));
    finish(None, &subject, parts)
}

fn finish(to: Option<String>, subject: &Bilingual, parts: Vec<Bilingual>) -> EmailOut {
    let join = |f: fn(&Bilingual) -> &str| parts.iter().map(f).collect::<Vec<_>>().join("\n\n");
    EmailOut {
        to,
        subject: subject.en.clone(),
        subject_ja: subject.ja.clone(),
        body_en: join(|b| &b.en),
        // One text, read from the top: 逆引き(PTR) the first time, then 逆引き.
        body_ja: words::Glossed::default()
            .apply(&join(|b| &b.ja))
            .into_owned(),
        parts,
    }
}

/// Who reads the email: the list's operator, or the owner of the IP (the provider or ISP), whose
/// users are not the recipients.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    List,
    Owner,
}

/// Greeting, who we are, and what happened with the error quoted unedited.
fn opening(ctx: &Ctx<'_>, reader: Reader) -> Vec<Bilingual> {
    let c = &ctx.answers.contact;
    let ip = ctx.facts.ip_text().unwrap_or_default();
    let company = validate::romanised(&c.company).unwrap_or_default();
    let domain = ctx.facts.sender_domain(&c.email);
    let recipient = ctx.facts.recipient_domain();
    let date = ctx.facts.date_ascii().unwrap_or_default();
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    // The refusal's key line, not the whole reply with its trace ids: the reader sees at once
    // what refused the mail (an attached NDR carries the rest).
    let key = |lang| ctx.facts.error_key_quoted(lang, Some(&ctx.entry.id));
    let error = key(Lang::En).zip(key(Lang::Ja));
    let quoted = match &error {
        Some(((_, true), _)) => "excerpt",
        Some(_) => "yes",
        None => "no",
    };
    let mut parts = vec![pair0("request-text-email-hello")];
    parts.push(paragraph(&[
        pair(
            "request-text-email-who",
            &args(&[
                ("company", &company),
                ("has_company", yes_no(!company.is_empty())),
                ("domain", &domain),
            ]),
        ),
        // The English keeps the bounce's own date; the translation gives it the Japanese way.
        wrap(
            "request-text-email-rejected",
            "date",
            &Bilingual {
                ja: ctx
                    .facts
                    .date
                    .as_deref()
                    .map(|d| words::date(d, Lang::Ja))
                    .unwrap_or_default(),
                en: date.clone(),
            },
            &[
                ("ip", &ip),
                ("recipient", recipient.as_deref().unwrap_or_default()),
                (
                    "known",
                    if recipient.is_some() {
                        "yes"
                    } else if reader == Reader::Owner {
                        "owner"
                    } else {
                        "no"
                    },
                ),
                ("dated", yes_no(!date.is_empty())),
                ("quoted", quoted),
            ],
        ),
    ]));
    if let Some(((en, _), (ja, _))) = error {
        parts.push(Bilingual {
            en: format!("    {en}"),
            ja: format!("    {ja}"),
        });
    }
    parts
}

/// Why it happened, what was done, how a repeat is prevented: the same sentences as the form.
fn justification(ctx: &Ctx<'_>) -> Bilingual {
    let parts: Vec<Bilingual> = std::iter::once(reason_text::why(&ctx.reason))
        .chain(reason_text::done(&ctx.reason, ctx.reason.fixes))
        .chain(reason_text::prevent(&ctx.reason, ctx.reason.prevention))
        .collect();
    paragraph(&parts)
}

/// The justification for the owner of the IP: this email is the request to them, so "we asked
/// our provider" and "we will ask our provider about a dedicated IP" are not said to them as
/// if to someone else, and a shared server is theirs ("a shared server of yours").
fn owner_justification(ctx: &Ctx<'_>) -> Bilingual {
    let fixes: Vec<Fix> = ctx
        .reason
        .fixes
        .iter()
        .copied()
        .filter(|f| *f != Fix::AskedProvider)
        .collect();
    let prevention: Vec<Prevention> = ctx
        .reason
        .prevention
        .iter()
        .copied()
        .filter(|p| *p != Prevention::AskProviderDedicatedIp)
        .collect();
    // The server is the owner's own: "we cannot promise it will not happen again, because the
    // IP is shared" is for a list's operator, not for the company that runs the server.
    let input = ReasonInput {
        fixes: &fixes,
        prevention: &prevention,
        shared: false,
        ..ctx.reason.clone()
    };
    let why = if input.cause == Cause::SharedServer
        && !input.server.is_some_and(ServerType::is_platform)
    {
        pair0("request-text-owner-why-shared")
    } else {
        reason_text::why(&input)
    };
    let parts: Vec<Bilingual> = std::iter::once(why)
        // "Our provider manages the server" is no news to the provider.
        .chain(reason_text::done(&input, &fixes).filter(|_| !fixes.is_empty()))
        .chain(reason_text::prevent(&input, &prevention))
        .collect();
    paragraph(&parts)
}

/// "Let us know", the sign-off and the signature (ASCII: romaji name, international phone).
fn closing(ctx: &Ctx<'_>) -> Vec<Bilingual> {
    let c = &ctx.answers.contact;
    let mut signature = vec![validate::romanised(c.name_for_en()).unwrap_or_default()];
    if roles::stated(&c.role)
        && let Ok(role) = roles::fill(&c.role, &[])
    {
        signature.push(role.en);
    }
    if let Some(company) = validate::romanised(&c.company) {
        signature.push(company);
    }
    signature.push(validate::normalised_email(&c.email));
    if !c.phone.trim().is_empty() {
        signature.push(validate::international_phone(&c.phone));
    }
    let regards = pair0("request-text-email-regards");
    let signature = signature.join("\n");
    vec![
        pair0("request-text-email-more"),
        Bilingual {
            en: format!("{}\n{signature}", regards.en),
            ja: format!("{}\n{signature}", regards.ja),
        },
    ]
}
