//! The property behind issue 11: every sentence of the English a request puts under the user's
//! name traces back to an answer they gave or to the bounce.
//!
//! Each English sentence is matched against the `request-text-*` templates of the en-US locale
//! (every variant of every selector, each placeable a wildcard). The template that wrote it
//! names what licenses it: `request-text-why-stolen-password` needs that cause, `…-value-ip-static`
//! needs the answer "static", the shared server's "cannot guarantee" needs a shared server and a
//! cause that is not the office's own, and so on. Values that are not sentences (the IP, a name,
//! the quoted error) must be one of the facts of the bounce or the contact details. Answers are
//! drawn from a fixed pseudo-random sequence over every route of the catalogue, so a failure
//! always reproduces.

use std::collections::BTreeMap;

use delist::blocklist::CATALOGUE;
use delist::blocklist::catalogue::{Entry, FieldValue, RemovalMethod};
use delist::i18n::{self, Lang};
use delist::request::{
    self, Answers, Cause, Contact, Facts, Fix, IpKind, Prevention, RequestOutput, ServerType,
};
use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};
use regex::Regex;

/// One way a template can read: its id and the regex of that variant.
struct Template {
    id: String,
    re: Regex,
    /// Characters of literal text: where two templates read a sentence equally far, the one
    /// with more fixed words wrote it ("We have not yet found out" is not "We have { $list }").
    literal: usize,
}

/// Every variant of a pattern as regex source, each placeable a lazy wildcard.
fn variants(p: &ast::Pattern<&str>) -> Vec<String> {
    let mut out = vec![String::new()];
    for el in &p.elements {
        let pieces: Vec<String> = match el {
            PatternElement::TextElement { value } => vec![regex::escape(value)],
            PatternElement::Placeable { expression } => expression_variants(expression),
        };
        out = out
            .iter()
            .flat_map(|head| pieces.iter().map(move |p| format!("{head}{p}")))
            .collect();
    }
    out
}

fn expression_variants(e: &Expression<&str>) -> Vec<String> {
    match e {
        Expression::Select { variants: vs, .. } => {
            vs.iter().flat_map(|v| variants(&v.value)).collect()
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => {
            vec![regex::escape(value)]
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_variants(expression)
        }
        Expression::Inline(_) => vec!["(?:.+?)".to_owned()],
    }
}

fn templates() -> Vec<Template> {
    let mut out = Vec::new();
    for (_, stem, src) in i18n::files(Lang::En) {
        if *stem != "request" {
            continue;
        }
        let res = fluent_syntax::parser::parse(*src).unwrap_or_else(|(r, _)| r);
        for entry in res.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name;
            // Phrases and joiners live inside sentences; they are checked there.
            let inner = ["-fix-", "-prevention-", "-list-", "-role-", "-subject"];
            if !id.starts_with("request-text-") || inner.iter().any(|i| id.contains(i)) {
                continue;
            }
            let Some(value) = &m.value else { continue };
            for v in variants(value) {
                // A sentence ends where the text does or a space follows: a lazy wildcard must not
                // stop at the dot inside "example.co.jp".
                let re = Regex::new(&format!("^(?s:{v})(?:\\s|$)")).expect("template regex");
                let literal = v.replace("(?:.+?)", "").len();
                out.push(Template {
                    id: id.to_owned(),
                    re,
                    literal,
                });
            }
        }
    }
    assert!(out.len() > 40, "the templates were read");
    out
}

/// Phrase templates of one kind (`-fix-`), by choice id, as regexes to search for.
fn phrases(kind: &str) -> BTreeMap<String, Vec<Regex>> {
    let mut out: BTreeMap<String, Vec<Regex>> = BTreeMap::new();
    for (_, stem, src) in i18n::files(Lang::En) {
        if *stem != "request" {
            continue;
        }
        let res = fluent_syntax::parser::parse(*src).unwrap_or_else(|(r, _)| r);
        for entry in res.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let prefix = format!("request-text-{kind}-");
            let Some(choice) = m.id.name.strip_prefix(&prefix) else {
                continue;
            };
            let Some(value) = &m.value else { continue };
            for v in variants(value) {
                out.entry(choice.to_owned())
                    .or_default()
                    .push(Regex::new(&v).expect("phrase regex"));
            }
        }
    }
    out
}

/// What a template needs to be said: `None` when nothing licenses it for these answers.
fn licensed(id: &str, a: &Answers, out: &RequestOutput, entry: &Entry) -> Result<(), String> {
    // The server as answered; unanswered, the cause "another customer on our shared server"
    // says it is shared (the bounce's host name could too; these facts name no provider).
    let server = ServerType::known(a.server)
        .or((a.cause == Some(Cause::SharedServer)).then_some(ServerType::Shared));
    let shared = server.is_some_and(ServerType::is_shared);
    let cause = a.cause.unwrap_or(Cause::Unknown);
    let cannot_guarantee = shared && !cause.is_own();
    let ok = if let Some(c) = id.strip_prefix("request-text-why-") {
        a.cause.is_some_and(|x| x.id() == c)
    } else {
        match id {
            "request-text-fixed" => !a.fixes.is_empty(),
            "request-text-nofix-shared" => a.fixes.is_empty() && cannot_guarantee,
            // The email to the IP's owner does not tell the company that runs the server that
            // its sharing means no promise: it says the steps plainly.
            "request-text-prevent" => {
                !a.prevention.is_empty()
                    && (!cannot_guarantee || out.method == RemovalMethod::AskProvider)
            }
            "request-text-prevent-shared" => !a.prevention.is_empty() && cannot_guarantee,
            // The email to the IP's owner leaves out "we will ask our provider about a dedicated
            // IP" (it is to that provider): saying less than was chosen is never a claim.
            "request-text-prevent-shared-none" => {
                cannot_guarantee
                    && a.prevention
                        .iter()
                        .all(|p| *p == Prevention::AskProviderDedicatedIp)
            }
            "request-text-owner-why-shared" => a.cause == Some(Cause::SharedServer),
            "request-text-value-ip-static" => a.ip_kind == Some(IpKind::Static),
            "request-text-value-ip-dynamic" => {
                a.ip_kind == Some(IpKind::Dynamic) || a.cause == Some(Cause::DynamicIp)
            }
            "request-text-value-ip-owner" => matches!(
                server,
                Some(ServerType::Own | ServerType::Cloud | ServerType::Shared)
            ),
            "request-text-value-server-shared" => shared,
            "request-text-value-server-dedicated" => server.is_some() && !shared,
            "request-text-value-mail-newsletter" => a.cause == Some(Cause::NewsletterComplaints),
            "request-text-email-attached" => {
                entry.request_route(out.sublist.as_deref()).0.attach_bounce
            }
            // The request itself, addressed and signed: the bounce's facts and the contact.
            "request-text-closing"
            | "request-text-email-hello"
            | "request-text-email-who"
            | "request-text-email-rejected"
            | "request-text-email-ask"
            | "request-text-email-more"
            | "request-text-email-regards"
            | "request-text-value-title"
            | "request-text-value-time-zone"
            | "request-text-owner-listed"
            | "request-text-owner-only"
            | "request-text-owner-admin"
            | "request-text-owner-ask" => true,
            _ => false,
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{id} is not licensed by {a:?}"))
    }
}

/// Splits English text into the templates that wrote it, longest match first at each place.
fn trace<'t>(text: &str, templates: &'t [Template]) -> Result<Vec<&'t str>, String> {
    let mut rest = text.trim();
    let mut ids = Vec::new();
    while !rest.is_empty() {
        let best = templates
            .iter()
            .filter_map(|t| t.re.find(rest).map(|m| (m.end(), t)))
            .filter(|(end, _)| *end > 0)
            .max_by_key(|(end, t)| (*end, t.literal));
        let Some((end, t)) = best else {
            return Err(format!("no template wrote {rest:?}"));
        };
        ids.push(t.id.as_str());
        rest = rest.get(end..).unwrap_or_default().trim_start();
    }
    Ok(ids)
}

/// The facts and the contact: what non-sentence values may be made of.
fn given(f: &Facts, a: &Answers) -> Vec<String> {
    let c = &a.contact;
    let mut v = vec![
        f.ip_text().unwrap_or_default(),
        f.error_text.clone().unwrap_or_default(),
        f.recipient.clone().unwrap_or_default(),
        f.recipient_domain().unwrap_or_default(),
        f.sender.clone().unwrap_or_default(),
        f.sender_domain(&c.email),
        c.name.clone(),
        c.email.clone(),
        c.company.clone(),
        "+81 3-1234-5678".to_owned(),
        a.hostname.clone().unwrap_or_default(),
        "IT administrator".to_owned(),
    ];
    v.retain(|s| !s.is_empty());
    v
}

/// A small fixed pseudo-random sequence (so a failure reproduces), no crate needed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % n as u64).unwrap_or(0)
    }

    fn one<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        let i = self.next(all.len() + 1);
        all.get(i).copied()
    }

    fn some<T: Copy>(&mut self, all: &[T]) -> Vec<T> {
        all.iter().copied().filter(|_| self.next(3) == 0).collect()
    }
}

fn facts() -> Facts {
    Facts {
        ip: "203.0.113.5".parse().ok(),
        error_text: Some("550 5.7.1 Service unavailable; client 203.0.113.5 refused".into()),
        recipient: Some("hanako@example.com".into()),
        sender: Some("taro@example.co.jp".into()),
        date: Some("Tue, 3 Jun 2025 10:12:00 +0900".into()),
        ..Facts::default()
    }
}

#[test]
fn every_english_sentence_traces_to_an_answer_or_the_bounce() {
    let index = Index {
        templates: templates(),
        fix_phrases: phrases("fix"),
        prevention_phrases: phrases("prevention"),
    };
    let mut rng = Lcg(11);
    let mut checked = 0;
    for entry in &CATALOGUE.entries {
        let subs = std::iter::once(None).chain(entry.sublists.iter().map(|s| Some(s.id.as_str())));
        for sub in subs {
            for _ in 0..25 {
                let a = Answers {
                    cause: rng.one(Cause::ALL),
                    fixes: rng.some(Fix::ALL),
                    prevention: rng.some(Prevention::ALL),
                    server: rng.one(ServerType::ALL),
                    ip_kind: rng.one(IpKind::ALL),
                    provider: None,
                    hostname: Some("mail.example.co.jp".into()),
                    contact: Contact {
                        name: "Yamada Taro".into(),
                        name_ja: String::new(),
                        email: "postmaster@example.co.jp".into(),
                        role: "it-admin".into(),
                        company: "Example Co., Ltd.".into(),
                        company_ja: String::new(),
                        phone: "03-1234-5678".into(),
                    },
                };
                let f = facts();
                let Ok(out) = request::build(entry, sub, &f, &a, Lang::En) else {
                    continue;
                };
                checked += 1;
                check_one(entry, sub, &f, &a, &out, &index);
            }
        }
    }
    assert!(checked > 150, "only {checked} requests were built");
}

/// The templates and phrases every check reads.
struct Index {
    templates: Vec<Template>,
    fix_phrases: BTreeMap<String, Vec<Regex>>,
    prevention_phrases: BTreeMap<String, Vec<Regex>>,
}

/// Every English sentence and value of one request, traced.
fn check_one(
    entry: &Entry,
    sub: Option<&str>,
    f: &Facts,
    a: &Answers,
    out: &RequestOutput,
    index: &Index,
) {
    let templates = &index.templates;
    let fix_phrases = &index.fix_phrases;
    let prevention_phrases = &index.prevention_phrases;
    let ctx = format!("{} {sub:?}", entry.id);
    let check = |text: &str| -> Result<(), String> {
        for id in trace(text, templates)? {
            licensed(id, a, out, entry)?;
        }
        Ok(())
    };
    let known = given(f, a);
    for field in &out.fields {
        let v = field.value_en.trim();
        if v.is_empty() || field.manual {
            continue;
        }
        let value = matches!(
            field.kind,
            FieldValue::Ip
                | FieldValue::Name
                | FieldValue::Email
                | FieldValue::Company
                | FieldValue::Phone
                | FieldValue::SenderDomain
                | FieldValue::RecipientDomain
                | FieldValue::RecipientAddress
                | FieldValue::Hostname
                | FieldValue::BouncedAddress
                | FieldValue::ErrorText
                | FieldValue::Role
        );
        if value {
            assert!(
                known.iter().any(|k| k == v),
                "{ctx} {}: {v:?} is neither a fact of the bounce nor an answer",
                field.id
            );
        } else {
            check(v).unwrap_or_else(|e| panic!("{ctx} {}: {e}\n{v}", field.id));
        }
    }
    if let Some(mail) = &out.email {
        for part in &mail.parts {
            let p = part.en.trim();
            // The quoted error, and the signature under "Best regards,".
            if known.iter().any(|k| k == p) {
                continue;
            }
            let p = p.split('\n').next().unwrap_or_default();
            check(p).unwrap_or_else(|e| panic!("{ctx} email: {e}\n{p}"));
        }
    }
    // Inside the sentences: a fix or a prevention step only when chosen.
    let all: String = out
        .fields
        .iter()
        .map(|f| f.value_en.as_str())
        .chain(out.email.iter().map(|m| m.body_en.as_str()))
        .collect::<Vec<_>>()
        .join("\n");
    for (choices, chosen) in [
        (
            fix_phrases,
            a.fixes.iter().map(|f| f.id()).collect::<Vec<_>>(),
        ),
        (
            prevention_phrases,
            a.prevention.iter().map(|p| p.id()).collect(),
        ),
    ] {
        for (id, res) in choices {
            if res.iter().any(|re| re.is_match(&all)) {
                assert!(
                    chosen.contains(&id.as_str()),
                    "{ctx}: {id} not chosen\n{all}"
                );
            }
        }
    }
}
