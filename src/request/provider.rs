//! The email to the hosting provider (or ISP) asking them to act: on a shared server only they
//! can find the neighbour who sent the spam, and many lists accept removal requests only from
//! the owner of the IP. It carries the facts from the bounce so support need not ask again.

use super::answers::Fix;
use super::ctx::Ctx;
use super::text::{Bilingual, join};
use super::validate;
use crate::blocklist::catalogue::{Kind, WhoMayAsk};
use crate::hosting;
use crate::i18n::{FluentArgs, Lang, tr_args};
use crate::words;

/// The email in `lang` (Japanese for a Japanese provider): subject line, blank line, body.
pub(super) fn email(ctx: &Ctx<'_>, lang: Lang) -> String {
    let a = args(ctx, lang);
    let m = |id: &str| tr_args(lang, id, Some(&a));
    let mut out = vec![m("request-provider-subject"), String::new()];
    out.extend([m("request-provider-to"), String::new()]);
    out.extend([m("request-provider-hello"), m("request-provider-situation")]);
    if ctx.reason.shared {
        out.push(m("request-provider-shared"));
    }
    // A block that lifts by itself, or that nobody can lift for us, has no removal to ask for.
    let removable = !ctx.entry.nothing_to_request(ctx.sublist);
    // Who may ask for removal, only as the catalogue states it: an SBL listing is heard only
    // from the network's owner; Trend Micro asks for the owner's role address but does not
    // refuse everyone else. "The server's administrator" says nothing about the owner.
    let owner_only = ctx.removal.who == WhoMayAsk::NetworkOwner;
    if removable && ctx.removal.who == WhoMayAsk::IpOwnerRoleAddress {
        out.push(m("request-provider-owner-asked"));
    } else if removable && owner_only {
        out.push(m("request-provider-owner-only"));
    }
    out.extend([String::new(), m("request-provider-facts-title")]);
    out.extend(facts(ctx, lang, &a));
    out.extend([String::new(), m("request-provider-asks-title")]);
    let asks = [
        Some("request-provider-ask-investigate"),
        removable.then_some("request-provider-ask-delist"),
        Some("request-provider-ask-repeat"),
    ];
    out.extend(
        asks.into_iter()
            .flatten()
            .enumerate()
            .map(|(i, id)| format!("{}. {}", i + 1, m(id))),
    );
    out.extend(account(ctx, lang));
    out.extend([String::new(), m("request-provider-thanks"), String::new()]);
    out.extend(signature(ctx));
    out.join("\n")
}

fn args(ctx: &Ctx<'_>, lang: Lang) -> FluentArgs<'static> {
    let c = &ctx.answers.contact;
    let unknown = tr_args(lang, "request-provider-unknown", None);
    let or_unknown = |v: Option<String>| {
        v.filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| unknown.clone())
    };
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let mut a = FluentArgs::new();
    a.set("ip", or_unknown(ctx.facts.ip_text()));
    // Named and dated as the wizard's screens do, so the mail reads as a person wrote it.
    a.set("list", words::list_name(ctx.entry, ctx.sublist));
    // A provider's or carrier's own filter is not a list anyone is "on".
    a.set("listed", yes_no(ctx.entry.kind == Kind::Dnsbl));
    let date = ctx.facts.date.as_deref().map(|d| words::date(d, lang));
    a.set("date", or_unknown(date));
    a.set("recipient", or_unknown(ctx.facts.recipient_domain()));
    a.set("host", or_unknown(ctx.facts.host.clone()));
    a.set("provider", ctx.provider_ja.clone().unwrap_or_default());
    a.set("named", yes_no(ctx.provider_ja.is_some()));
    a.set("company", c.company.trim().to_owned());
    a.set("has_company", yes_no(!c.company.trim().is_empty()));
    a.set("name", c.name.trim().to_owned());
    a
}

/// The facts from the bounce, the cause and what has been done.
fn facts(ctx: &Ctx<'_>, lang: Lang, a: &FluentArgs<'_>) -> Vec<String> {
    let m = |id: &str| tr_args(lang, id, Some(a));
    let mut out: Vec<String> = [
        "request-provider-fact-ip",
        "request-provider-fact-list",
        "request-provider-fact-date",
        "request-provider-fact-recipient",
    ]
    .map(m)
    .to_vec();
    if ctx.facts.host.is_some() {
        out.push(m("request-provider-fact-host"));
    }
    out.push(m("request-provider-fact-error"));
    let error = ctx
        .facts
        .error_quoted(lang)
        .unwrap_or_else(|| tr_args(lang, "request-provider-unknown", None));
    out.push(format!("  {error}"));
    // Only what the user said: the cause when they gave one (not knowing is said as such), the
    // fixes they ticked. Nothing ticked is not "nothing done", so it is left unsaid.
    let mut fa = FluentArgs::new();
    if let Some(cause) = ctx.answers.cause {
        fa.set("cause", cause.id());
        fa.set("label", cause.label(lang));
        out.push(tr_args(lang, "request-provider-fact-cause", Some(&fa)));
    }
    if let Some(fixes) = fixes(ctx, lang) {
        fa.set("fixes", fixes);
        out.push(tr_args(lang, "request-provider-fact-fixes", Some(&fa)));
    }
    out
}

/// What has been done, as one list, when anything was ticked besides asking the provider
/// (which is this email, not a fix to report).
fn fixes(ctx: &Ctx<'_>, lang: Lang) -> Option<String> {
    let mut fa = FluentArgs::new();
    fa.set("server", "shared");
    fa.set("named", "no");
    fa.set("provider", "");
    let phrases: Vec<Bilingual> = ctx
        .reason
        .fixes
        .iter()
        .filter(|f| **f != Fix::AskedProvider)
        .map(|f| {
            let id = format!("request-text-fix-{}", f.id());
            Bilingual {
                en: tr_args(Lang::En, &id, Some(&fa)),
                ja: tr_args(Lang::Ja, &id, Some(&fa)),
            }
        })
        .collect();
    if phrases.is_empty() {
        return None;
    }
    let joined = join(&phrases);
    Some(match lang {
        Lang::En => joined.en,
        Lang::Ja => joined.ja,
    })
}

/// The account details the provider's support asks for, as blanks to fill in.
fn account(ctx: &Ctx<'_>, lang: Lang) -> Vec<String> {
    let typed = ctx.answers.provider.as_deref().and_then(hosting::find);
    let detected = ctx.facts.provider.as_deref().and_then(hosting::find);
    let Some(p) = typed.or(detected).filter(|p| !p.ask_for.is_empty()) else {
        return Vec::new();
    };
    let mut out = vec![
        String::new(),
        tr_args(lang, "request-provider-account-title", None),
    ];
    for item in &p.ask_for {
        let mut ia = FluentArgs::new();
        ia.set("item", tr_args(lang, &format!("hosting-ask-{item}"), None));
        out.push(tr_args(lang, "request-provider-account-item", Some(&ia)));
    }
    out
}

fn signature(ctx: &Ctx<'_>) -> Vec<String> {
    let c = &ctx.answers.contact;
    [
        c.company.trim().to_owned(),
        c.name.trim().to_owned(),
        validate::normalised_email(&c.email),
        c.phone.trim().to_owned(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}
