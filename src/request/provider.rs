//! The email to the hosting provider (or ISP) asking them to act: on a shared server only they
//! can find the neighbour who sent the spam, and many lists accept removal requests only from
//! the owner of the IP. It carries the facts from the bounce so support need not ask again.

use super::answers::{Contact, Fix, Prevention, ServerType};
use super::ctx::Ctx;
use super::validate;
use crate::blocklist::catalogue::{Kind, RemovalMethod, WhoMayAsk};
use crate::hosting;
use crate::i18n::{FluentArgs, Lang, tr_args};
use crate::words;

/// What the email asks the provider for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ask {
    /// Find and stop the spam, and ask the list for removal where there is one to ask for.
    Investigate,
    /// The list hears only the IP's owner, and the provider is that owner: this email is the
    /// removal request itself (find and stop the spam, ask the list), so there is no second
    /// email in English to the same company.
    Request,
    /// The list removes the IP only once its reverse DNS names a mail server: set it.
    ReverseDns,
    /// The list removes no IP of an ordinary (dynamic) line: the settings of the provider's
    /// authenticated submission server, to send through it instead.
    Submission,
    /// The list names a dynamic IP among its reasons (and states no rule against removal):
    /// the same settings, for the same change.
    DynamicLine,
    /// The list removes only a fixed IP: whether ours is, and else the submission settings.
    IpKind,
    /// The list removes only where the IP's own mail server asks: the provider, who runs the
    /// server, looks into it.
    Owner,
}

impl Ask {
    /// The email that fits the list's refusal (its advice id), or `None` where the provider has
    /// nothing to do with it (a mail platform runs the server).
    pub(super) fn after_refusal(advice: &str, server: Option<ServerType>) -> Option<Self> {
        if server.is_some_and(ServerType::is_platform) {
            return None;
        }
        let shared = server.is_some_and(ServerType::is_shared);
        match advice {
            "ptr-first" => Some(Self::ReverseDns),
            "send-through-provider" => Some(Self::Submission),
            "dynamic-line" => Some(Self::DynamicLine),
            // A rental server's IP is the provider's to speak for, fixed or not.
            "static-ip-only" if shared => Some(Self::Owner),
            "static-ip-only" => Some(Self::IpKind),
            "own-mail-server-only" => Some(Self::Owner),
            _ => None,
        }
    }

    /// The id the messages of this email carry (`request-provider-rule-…`).
    const fn id(self) -> &'static str {
        match self {
            Self::Investigate => "investigate",
            Self::Request => "request",
            Self::ReverseDns => "ptr",
            Self::Submission => "submission",
            Self::DynamicLine => "dynamic-line",
            Self::IpKind => "ip-kind",
            Self::Owner => "owner",
        }
    }

    /// The numbered requests, as message ids. `dedicated`: the person chose to ask about a
    /// dedicated IP, which this email then asks in so many words.
    fn requests(self, removable: bool, dedicated: bool) -> Vec<&'static str> {
        let repeat = if dedicated {
            "request-provider-ask-dedicated-ip"
        } else {
            "request-provider-ask-repeat"
        };
        match self {
            Self::Investigate | Self::Request => [
                Some("request-provider-ask-investigate"),
                removable.then_some("request-provider-ask-delist"),
                Some(repeat),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Self::ReverseDns => vec!["request-provider-ask-ptr", "request-provider-ask-ptr-done"],
            Self::Submission | Self::DynamicLine => vec![
                "request-provider-ask-submission",
                "request-provider-ask-submission-contract",
            ],
            Self::IpKind => vec![
                "request-provider-ask-ip-kind",
                "request-provider-ask-ip-kind-else",
            ],
            Self::Owner => vec!["request-provider-ask-owner", repeat],
        }
    }
}

/// The email in `lang` (Japanese for a Japanese provider): subject line, blank line, body.
/// Japanese jargon is glossed once in the whole email, as on a screen: 逆引き(PTR) the first
/// time, then 逆引き, whoever reads it (the wizard's copy, `delist request`, the report).
pub(super) fn email(ctx: &Ctx<'_>, ask: Ask, lang: Lang) -> String {
    let mut a = args(ctx, lang);
    let hostname = ctx
        .answers
        .hostname
        .as_deref()
        .map(str::trim)
        .filter(|h| !h.is_empty());
    a.set("has_host", if hostname.is_some() { "yes" } else { "no" });
    a.set("hostname", hostname.unwrap_or_default().to_owned());
    let m = |id: &str| tr_args(lang, id, Some(&a));
    // A block that lifts by itself, or that nobody can lift for us, has no removal to ask for;
    // nor has a block asked through the provider where the catalogue names no owner's request
    // (Yahoo! JAPAN: "there is no removal request"): the provider looks into it.
    let removable = !ctx.entry.nothing_to_request(ctx.sublist)
        && (ctx.removal.method != RemovalMethod::AskProvider
            || ctx.removal.who == WhoMayAsk::NetworkOwner);
    let subject = match ask {
        Ask::Request if removable => m("request-provider-subject-request"),
        Ask::Investigate | Ask::Owner | Ask::Request => m("request-provider-subject"),
        _ => m(&format!("request-provider-subject-{}", ask.id())),
    };
    let mut out = vec![subject, String::new()];
    out.extend([m("request-provider-to"), String::new()]);
    out.extend([m("request-provider-hello"), m("request-provider-situation")]);
    if matches!(ask, Ask::Investigate | Ask::Request) {
        if ctx.reason.shared {
            out.push(m("request-provider-shared"));
        }
        // Who may ask for removal, only as the catalogue states it: an SBL listing is heard
        // only from the network's owner; Trend Micro asks for the owner's role address but
        // does not refuse everyone else. "The server's administrator" says nothing about the
        // owner.
        let owner_only = ctx.removal.who == WhoMayAsk::NetworkOwner;
        if removable && ctx.removal.who == WhoMayAsk::IpOwnerRoleAddress {
            out.push(m("request-provider-owner-asked"));
        } else if removable && owner_only {
            out.push(m(&own_words(ctx, lang, "owner-rule")
                .unwrap_or_else(|| "request-provider-owner-only".to_owned())));
        }
    } else {
        // The list's own rule, as the catalogue states it: why this is asked and not removal.
        out.push(m(&format!("request-provider-rule-{}", ask.id())));
    }
    out.extend([String::new(), m("request-provider-facts-title")]);
    out.extend(facts(ctx, lang, &a));
    // What the person will do against a repeat, where the email is about the listing itself
    // (not a reverse DNS or the settings of a server).
    if matches!(ask, Ask::Investigate | Ask::Request | Ask::Owner) {
        out.extend(prevention(ctx, lang));
    }
    out.extend([String::new(), m("request-provider-asks-title")]);
    let dedicated = ctx
        .reason
        .prevention
        .contains(&Prevention::AskProviderDedicatedIp);
    // A list's own words for the removal request, where its catalogue note words it its own
    // way (UCEPROTECT Level 2 ends by itself; a request only if it stays).
    let delist_ask = own_words(ctx, lang, "owner-ask");
    out.extend(
        ask.requests(removable, dedicated)
            .into_iter()
            .enumerate()
            .map(|(i, id)| match (&delist_ask, id) {
                (Some(own), "request-provider-ask-delist") => format!("{}. {}", i + 1, m(own)),
                _ => format!("{}. {}", i + 1, m(id)),
            }),
    );
    out.extend(account(ctx, lang));
    out.extend([String::new(), m("request-provider-thanks"), String::new()]);
    out.extend(signature(ctx, lang));
    let text = out.join("\n");
    match lang {
        Lang::Ja => words::Glossed::default().apply(&text).into_owned(),
        Lang::En => text,
    }
}

/// The id of a sub-list's own words in `entry.ftl` (`entry-<list>-sub-<sub>-<what>`), where it
/// has them: the catalogue's removal note said in the email's words.
fn own_words(ctx: &Ctx<'_>, lang: Lang, what: &str) -> Option<String> {
    let sub = ctx.sublist?.to_ascii_lowercase();
    let id = format!("entry-{}-sub-{sub}-{what}", ctx.entry.id);
    crate::i18n::has(lang, &id).then_some(id)
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
    a.set("list", words::list_name(ctx.entry, ctx.sublist, lang));
    // A provider's or carrier's own filter is not a list anyone is "on".
    a.set("listed", yes_no(ctx.entry.kind == Kind::Dnsbl));
    // A date Outlook wrote in Japanese stays so in the Japanese email; the English version
    // gives it in digits (2025-06-03 14:12), never Japanese inside an English line.
    let date = ctx.facts.date.as_deref().map(|d| match lang {
        Lang::En if !d.is_ascii() => ctx
            .facts
            .date_ascii()
            .unwrap_or_else(|| words::date(d, lang)),
        _ => words::date(d, lang),
    });
    a.set("date", or_unknown(date));
    a.set("recipient", or_unknown(ctx.facts.recipient_domain()));
    a.set("host", or_unknown(ctx.facts.host.clone()));
    // Each version names the provider as its reader does: エックスサーバー, Xserver.
    let provider = match lang {
        Lang::Ja => ctx.provider_ja.clone(),
        Lang::En => ctx
            .reason
            .provider
            .map(str::to_owned)
            .or_else(|| ctx.provider_ja.clone()),
    };
    a.set("named", yes_no(provider.is_some()));
    a.set("provider", provider.unwrap_or_default());
    let company = company(c, lang);
    // Who writes, as far as the person said: a blank name is left out, never "です。" alone.
    let name = name(c, lang);
    let who = match (company.is_empty(), name.is_empty()) {
        (false, false) => "both",
        (true, false) => "name",
        (false, true) => "company",
        (true, true) => "none",
    };
    a.set("who", who);
    a.set("company", company);
    a.set("name", name);
    a
}

/// The facts from the bounce, the cause and what has been done.
fn facts(ctx: &Ctx<'_>, lang: Lang, a: &FluentArgs<'_>) -> Vec<String> {
    let m = |id: &str| tr_args(lang, id, Some(a));
    let mut out: Vec<String> = vec![
        m("request-provider-fact-ip"),
        m("request-provider-fact-list"),
    ];
    // A fact the bounce does not give is left out, not written as "unknown".
    if ctx.facts.date.is_some() {
        out.push(m("request-provider-fact-date"));
    }
    if ctx.facts.recipient_domain().is_some() {
        out.push(m("request-provider-fact-recipient"));
    }
    if ctx.facts.host.is_some() {
        out.push(m("request-provider-fact-host"));
    }
    // The key line of the refusal (the sentence naming the list or the IP, with its status),
    // not the whole diagnostic with its trace ids: support sees at once what refused the mail.
    // Without a bounce (`--list` alone) there is nothing to quote, and nothing is said.
    if let Some((error, excerpt)) = ctx.facts.error_key_quoted(lang, Some(&ctx.entry.id)) {
        let mut ea = FluentArgs::new();
        ea.set("excerpt", if excerpt { "yes" } else { "no" });
        out.push(tr_args(lang, "request-provider-fact-error", Some(&ea)));
        out.push(format!("  {error}"));
    }
    // Only what the user said: the cause when they gave one (not knowing is said as such), the
    // fixes they ticked. Nothing ticked is not "nothing done", so it is left unsaid.
    let mut fa = FluentArgs::new();
    if let Some(cause) = ctx.answers.cause {
        fa.set("cause", cause.id());
        fa.set("label", cause.label(lang));
        out.push(tr_args(lang, "request-provider-fact-cause", Some(&fa)));
    }
    let fixes = fixes(ctx, lang);
    if !fixes.is_empty() {
        out.push(tr_args(lang, "request-provider-fact-fixes", None));
        out.extend(fixes.iter().map(|f| format!("  - {f}")));
    }
    out
}

/// What has been done, one line each, when anything was ticked besides asking the provider
/// (which is this email, not a fix to report).
fn fixes(ctx: &Ctx<'_>, lang: Lang) -> Vec<String> {
    let mut fa = FluentArgs::new();
    fa.set("server", "shared");
    fa.set("named", "no");
    fa.set("provider", "");
    ctx.reason
        .fixes
        .iter()
        .filter(|f| **f != Fix::AskedProvider)
        .map(|f| {
            let text = tr_args(lang, &format!("request-text-fix-{}", f.id()), Some(&fa));
            capitalised(&text)
        })
        .collect()
}

/// What will prevent a repeat, one line each, as the person chose it; asking the provider about
/// a dedicated IP is not listed: this email asks it (`request-provider-ask-dedicated-ip`).
fn prevention(ctx: &Ctx<'_>, lang: Lang) -> Vec<String> {
    let mut fa = FluentArgs::new();
    fa.set("named", "no");
    fa.set("provider", "");
    let lines: Vec<String> = ctx
        .reason
        .prevention
        .iter()
        .filter(|p| **p != Prevention::AskProviderDedicatedIp)
        .map(|p| {
            let text = tr_args(
                lang,
                &format!("request-text-prevention-{}", p.id()),
                Some(&fa),
            );
            format!("  - {}", capitalised(&text))
        })
        .collect();
    if lines.is_empty() {
        return lines;
    }
    std::iter::once(tr_args(lang, "request-provider-fact-prevention", None))
        .chain(lines)
        .collect()
}

/// The English phrase continues "We have …" or "we will …"; on its own line it starts a
/// sentence. Japanese has no capitals and is left as it is.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
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

/// The sender's name as they write it in Japanese for the Japanese email; in romaji (as the
/// form gets it) for its English version.
fn name(c: &Contact, lang: Lang) -> String {
    match lang {
        Lang::Ja => c.name_for_ja().to_owned(),
        Lang::En => {
            validate::romanised(c.name_for_en()).unwrap_or_else(|| c.name_for_en().to_owned())
        }
    }
}

/// The company as the reader's version writes it: as written in Japanese (kanji or kana) for
/// the Japanese email, in romaji for its English version (kana converted, as the forms get
/// it); empty when not given or not in letters the English can carry (never guessed).
fn company(c: &Contact, lang: Lang) -> String {
    match lang {
        Lang::Ja => c.company_for_ja().to_owned(),
        Lang::En => validate::romanised(&c.company).unwrap_or_default(),
    }
}

/// The signature block: company, name, address and telephone, each only when given.
fn signature(ctx: &Ctx<'_>, lang: Lang) -> Vec<String> {
    let c = &ctx.answers.contact;
    let phone = c.phone.trim();
    let phone = (!phone.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        a.set("phone", phone.to_owned());
        tr_args(lang, "request-provider-sign-phone", Some(&a))
    });
    [
        company(c, lang),
        name(c, lang),
        validate::normalised_email(&c.email),
        phone.unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}
