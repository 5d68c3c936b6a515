//! The words of every request text, over the whole catalogue: each list and sub-list, each cause,
//! in both languages. These catch the slips a reader noticed once (#16) by their family, not by
//! one sentence: a doubled noun, a list's whole family named again and again, an email to the
//! provider that speaks of "our provider", an example address at the user's own domain where the
//! list wants the IP owner's, SPF where the fix is SMTP authentication, and "1 lines".

use delist::blocklist::CATALOGUE;
use delist::blocklist::catalogue::{Entry, FieldValue, RemovalMethod};
use delist::i18n::{self, FluentArgs, Lang};
use delist::request::{
    self, Answers, Cause, Contact, Facts, Fix, Prevention, RequestOutput, ServerType, rules,
};

fn facts() -> Facts {
    Facts {
        ip: "203.0.113.5".parse().ok(),
        error_text: Some("550 5.7.1 Service unavailable; client [203.0.113.5] blocked".into()),
        recipient: Some("hanako@example.com".into()),
        sender: Some("taro@example.co.jp".into()),
        date: Some("Tue, 3 Jun 2025 10:12:00 +0900".into()),
        ..Facts::default()
    }
}

fn answers(cause: Cause, server: ServerType) -> Answers {
    Answers {
        cause: Some(cause),
        fixes: Fix::ALL.to_vec(),
        prevention: Prevention::ALL.to_vec(),
        server: Some(server),
        provider: Some("Xserver".into()),
        contact: Contact {
            name: "やまだ たろう".into(),
            name_ja: "山田 太郎".into(),
            email: "taro@example.co.jp".into(),
            role: "it-admin".into(),
            company: "Example Trading".into(),
            company_ja: String::new(),
            phone: "03-1234-5678".into(),
        },
        ..Answers::default()
    }
}

/// Every list and sub-list with every cause, on a shared and on an own server: the outputs
/// that build (a clash of answers or a list's refusal builds none, and is tested elsewhere).
fn outputs() -> Vec<(&'static Entry, Option<&'static str>, Cause, RequestOutput)> {
    let mut out = Vec::new();
    for e in &CATALOGUE.entries {
        let subs = std::iter::once(None).chain(e.sublists.iter().map(|s| Some(s.id.as_str())));
        for sub in subs {
            for &cause in Cause::ALL {
                for server in [ServerType::Shared, ServerType::Own] {
                    let mut a = answers(cause, server);
                    // Only what the rules allow together, as the wizard would offer it.
                    a.fixes.clear();
                    for &f in Fix::ALL {
                        if rules::forbids(&a, rules::Answer::Fix(f)).is_none() {
                            a.fixes.push(f);
                        }
                    }
                    if let Ok(o) = request::build(e, sub, &facts(), &a, Lang::En) {
                        out.push((e, sub, cause, o));
                    }
                }
            }
        }
    }
    assert!(out.len() > 500, "too few outputs: {}", out.len());
    out
}

/// Every text a person reads or sends in one output, in both languages.
fn texts(o: &RequestOutput) -> Vec<String> {
    let mut t = Vec::new();
    for f in &o.fields {
        t.push(f.value_en.clone());
        t.push(f.translation_ja.clone());
    }
    if let Some(e) = &o.email {
        t.extend([e.subject.clone(), e.subject_ja.clone()]);
        t.extend([e.body_en.clone(), e.body_ja.clone()]);
    }
    t.extend(o.provider_email_ja.clone());
    t.extend(o.provider_email_en.clone());
    for r in o.advice.iter().chain(&o.refusal) {
        for lang in Lang::ALL {
            t.push(r.message(lang));
        }
    }
    t
}

#[test]
fn no_noun_is_doubled() {
    for (e, sub, cause, o) in outputs() {
        for text in texts(&o) {
            for bad in ["address addresses", "IP address IP", "the the ", "  ."] {
                assert!(
                    !text.contains(bad),
                    "{} {sub:?} {cause}: {bad:?} in\n{text}",
                    e.id
                );
            }
        }
    }
}

#[test]
fn a_list_family_is_not_named_again_and_again() {
    for (e, sub, cause, o) in outputs() {
        let family = e.name.as_str();
        for text in texts(&o) {
            let n = text.matches(family).count();
            // With a sub-list the text names that one; the family's list of parts never repeats.
            let most = if sub.is_some() && family.contains(',') {
                0
            } else {
                2
            };
            assert!(
                n <= most,
                "{} {sub:?} {cause}: {family:?} {n} times in\n{text}",
                e.id
            );
        }
    }
}

#[test]
fn the_email_to_the_ips_owner_does_not_speak_of_them_as_someone_else() {
    let mut seen = 0;
    for (e, sub, cause, o) in outputs() {
        if o.method != RemovalMethod::AskProvider {
            continue;
        }
        // The owner is the hosting provider the provider email goes to: that email is the
        // request (#16); the email to the owner is written only where there is none.
        let (en, ja) = match (&o.email, o.via_provider) {
            (Some(mail), false) => (mail.body_en.clone(), mail.body_ja.clone()),
            (None, true) => (
                o.provider_email_en.clone().expect("the provider email"),
                o.provider_email_ja.clone().expect("the provider email"),
            ),
            _ => panic!(
                "{} {sub:?} {cause}: not one email to the owner: {o:?}",
                e.id
            ),
        };
        seen += 1;
        for bad in ["our hosting provider", "your users", "asked our provider"] {
            assert!(
                !en.contains(bad),
                "{} {sub:?} {cause}: {bad:?} in the email to the owner:\n{en}",
                e.id,
            );
        }
        assert!(!ja.contains("レンタルサーバー会社"), "{}: {ja}", e.id);
    }
    assert!(seen > 0, "no list routes through the owner");
}

#[test]
fn a_role_address_example_never_uses_the_users_own_domain() {
    for (e, sub, cause, o) in outputs() {
        for r in &o.advice {
            for lang in Lang::ALL {
                let m = r.message(lang);
                assert!(
                    !m.contains("@example.co.jp"),
                    "{} {sub:?} {cause}: {m}",
                    e.id
                );
            }
        }
    }
}

#[test]
fn set_authentication_means_smtp_authentication() {
    for lang in Lang::ALL {
        for id in [
            "request-text-fix-set-authentication",
            "request-fix-set-authentication",
        ] {
            let text = i18n::tr(lang, id);
            assert!(text.contains("SMTP"), "{id}: {text}");
            assert!(
                !text.contains("SPF") && !text.contains("DKIM"),
                "{id}: {text}"
            );
        }
    }
}

/// With every number variable at 1, no English message says "1 lines", "1 hours" and so on.
#[test]
fn one_is_singular_in_english() {
    let numbers = [
        ("wizard-paste-size", "lines"),
        ("lists-count", "count"),
        ("lists-fields", "count"),
        ("lists-sources", "count"),
        ("lists-hours", "hours"),
        ("check-asking", "count"),
        ("words-hours", "n"),
        ("words-days", "n"),
    ];
    let plural = regex::Regex::new(r"\b1 [a-z]+s\b").expect("regex");
    for (id, var) in numbers {
        let mut a = FluentArgs::new();
        for name in ["size", "names", "date", "ip"] {
            a.set(name, "x");
        }
        a.set(var, 1);
        let text = i18n::format_checked(Lang::En, id, Some(&a)).expect("formats");
        assert!(!plural.is_match(&text), "{id}: {text}");
        a.set(var, 2);
        let text = i18n::format_checked(Lang::En, id, Some(&a)).expect("formats");
        assert!(text.contains("2 "), "{id}: {text}");
    }
}

/// The Fluent sources themselves, with the glossary's terms put in: no doubled noun in any
/// variant, including those the outputs above do not reach.
#[test]
fn no_term_is_followed_by_its_own_noun_in_the_sources() {
    for (_, stem, src) in i18n::files(Lang::En) {
        for bad in ["{ -glossary-ip } address", "{ -glossary-ips } address"] {
            assert!(!src.contains(bad), "{stem}.ftl: {bad}");
        }
    }
}

/// What a person or the bounce writes freely, as opposed to an address, a number or a choice.
fn free_text(v: FieldValue) -> bool {
    matches!(
        v,
        FieldValue::Reason
            | FieldValue::ErrorText
            | FieldValue::Title
            | FieldValue::Name
            | FieldValue::Company
    )
}

/// Every free-text field a request fills has a limit, including the fields delist offers for a
/// form it does not know (Cisco Talos, Mimecast, …), and the value fits it (#16).
#[test]
fn every_free_text_field_written_has_a_limit() {
    let mut seen = 0;
    for (e, sub, cause, o) in outputs() {
        for f in o.fields.iter().filter(|f| free_text(f.kind)) {
            seen += 1;
            let max = f
                .max_len
                .unwrap_or_else(|| panic!("{} {sub:?} {cause} {}: no max_len", e.id, f.id));
            let n = f.value_en.chars().count();
            assert!(n <= max, "{} {sub:?} {cause} {}: {n} > {max}", e.id, f.id);
        }
    }
    assert!(seen > 100, "{seen}");
}

/// Every free-text field of every form and email route has a length limit, each with the
/// source of the number in a comment beside it in the catalogue.
#[test]
fn every_free_text_field_has_a_limit_with_its_source() {
    let mut fields = 0;
    for e in &CATALOGUE.entries {
        let removals =
            std::iter::once(&e.removal).chain(e.sublists.iter().filter_map(|s| s.removal.as_ref()));
        for r in removals {
            for f in r.fields.iter().filter(|f| free_text(f.value)) {
                fields += 1;
                assert!(f.max_len.is_some(), "{} {}: no max_len", e.id, f.id);
            }
        }
    }
    assert!(fields >= 10, "{fields}");
    let toml = delist::blocklist::CATALOGUE_TOML;
    let lines: Vec<&str> = toml.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("max_len") {
            let comment = lines[..i]
                .iter()
                .rev()
                .take_while(|l| l.starts_with('#'))
                .any(|l| l.starts_with("# max_len:"));
            assert!(comment, "line {}: max_len without its source", i + 1);
        }
    }
}

/// With every fix and every prevention step ticked (the longest text the answers can make),
/// every value fits its field, on every list, for every cause.
#[test]
fn every_value_fits_its_field_across_the_catalogue() {
    let mut checked = 0;
    for (e, sub, cause, o) in outputs() {
        for f in &o.fields {
            if let Some(max) = f.max_len {
                checked += 1;
                let n = f.value_en.chars().count();
                assert!(
                    n <= max,
                    "{} {sub:?} {cause}: {} is {n} > {max}:\n{}",
                    e.id,
                    f.id,
                    f.value_en
                );
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

/// A list's rule that waits for an answer names it for the command line (`--ip-kind static`)
/// and, in the wizard, by the choice's own words: no flag or bare id on a screen.
#[test]
fn a_refusal_names_the_answer_that_lifts_it_in_each_interface() {
    let spamhaus = CATALOGUE.get("spamhaus").expect("spamhaus");
    let a = Answers {
        cause: Some(Cause::Unknown),
        contact: Contact {
            email: "postmaster@example.co.jp".into(),
            ..Contact::default()
        },
        ..Answers::default()
    };
    let r = request::refused(spamhaus, Some("PBL"), &a).expect("the PBL's rule applies");
    for lang in Lang::ALL {
        let cli = r.message(lang);
        assert!(cli.contains("--ip-kind static"), "{cli}");
        let screen = delist::wizard::ui::remark_text(&r, lang);
        assert!(
            !screen.contains("--") && !screen.contains(" static"),
            "{screen}"
        );
        assert!(
            screen.contains(&i18n::tr(lang, "request-ip-kind-static")),
            "{screen}"
        );
    }
}
