//! The request writer through its public API: every cause for the representative list (Trend
//! Micro ERS) in both languages as snapshots, honesty (no fix claimed unless chosen), ASCII
//! English, length limits, email routes and the email to the hosting provider.

use delist::blocklist::catalogue::{Entry, FieldValue, FormField, RemovalMethod};
use delist::blocklist::{CATALOGUE, Catalogue};
use delist::i18n::{self, Lang};
use delist::request::{
    self, Answers, Cause, Contact, Facts, Fix, Prevention, Question, RequestOutput, ServerType,
};

const ERROR: &str = "450 4.7.1 <hanako@example.com>: Recipient address rejected: Mail from \
                     203.0.113.5 was refused due to the sender IP found in ERS-QIL. For details, \
                     query the IP reputation on https://servicecentral.trendmicro.com/en-US/ers/.";

fn entry(id: &str) -> &'static Entry {
    CATALOGUE.get(id).unwrap_or_else(|| panic!("no entry {id}"))
}

fn facts() -> Facts {
    Facts {
        ip: "203.0.113.5".parse().ok(),
        list: Some("trendmicro-ers".into()),
        error_text: Some(ERROR.into()),
        recipient: Some("hanako@example.com".into()),
        sender: Some("taro@example.co.jp".into()),
        date: Some("Tue, 3 Jun 2025 10:12:00 +0900".into()),
        ..Facts::default()
    }
}

fn contact() -> Contact {
    Contact {
        name: "やまだ たろう".into(),
        name_ja: "山田 太郎".into(),
        email: "postmaster@example.co.jp".into(),
        role: "it-admin".into(),
        company: "Example Co., Ltd.".into(),
        company_ja: "株式会社サンプル商事".into(),
        phone: "03-1234-5678".into(),
    }
}

fn answers(cause: Cause) -> Answers {
    Answers {
        cause: Some(cause),
        fixes: cause.usual_fixes().to_vec(),
        prevention: cause.usual_prevention().to_vec(),
        server: Some(match cause {
            // A new IP's usual fix (a PTR) is the server owner's to make.
            Cause::DynamicIp | Cause::OpenRelay | Cause::NoPtr | Cause::NewIp => ServerType::Own,
            _ => ServerType::Shared,
        }),
        ip_kind: None,
        provider: Some("Xserver".into()),
        hostname: None,
        contact: contact(),
    }
}

#[track_caller]
fn build(e: &Entry, sub: Option<&str>, f: &Facts, a: &Answers, lang: Lang) -> RequestOutput {
    request::build(e, sub, f, a, lang).unwrap_or_else(|r| {
        panic!(
            "{}: {:?}",
            e.id,
            r.iter().map(|r| r.message(Lang::En)).collect::<Vec<_>>()
        )
    })
}

/// The whole output as text, the way a reviewer reads it.
fn render(out: &RequestOutput, lang: Lang) -> String {
    let mut s = format!("list: {} ({:?})\n", out.list, out.method);
    for a in &out.advice {
        s.push_str(&format!("advice [{:?}]: {}\n", a.about, a.message(lang)));
    }
    for (i, f) in out.fields.iter().enumerate() {
        s.push_str(&format!(
            "\n[{}] {} ({}) - {}\n",
            i + 1,
            f.label,
            f.id,
            f.help
        ));
        s.push_str(&format!(
            "  EN: {}\n  JA: {}\n",
            f.value_en, f.translation_ja
        ));
        if let Some(n) = &f.note {
            s.push_str(&format!("  note: {n}\n"));
        }
    }
    if let Some(e) = &out.email {
        s.push_str(&format!(
            "\nemail to {:?}\nSubject: {}\n{}\n",
            e.to, e.subject, e.body_en
        ));
        s.push_str(&format!("--\n{}\n", e.translation_ja()));
    }
    if let Some(p) = &out.provider_email_ja {
        s.push_str(&format!("\nprovider email:\n{p}\n"));
    }
    s
}

#[test]
fn every_cause_for_trend_micro_in_both_languages() {
    let e = entry("trendmicro-ers");
    for &cause in Cause::ALL {
        for lang in Lang::ALL {
            let out = build(e, None, &facts(), &answers(cause), lang);
            let reason = out
                .fields
                .iter()
                .find(|f| f.kind == FieldValue::Reason)
                .unwrap();
            assert!((2..=6).contains(&reason.parts.len()), "{cause}");
            insta::assert_snapshot!(
                format!("trendmicro_{}_{}", cause.id(), lang.code()),
                render(&out, lang)
            );
        }
    }
}

#[test]
fn the_article_case_reads_like_the_article() {
    let a = Answers {
        cause: Some(Cause::SharedServer),
        fixes: vec![Fix::AskedProvider],
        prevention: vec![],
        server: Some(ServerType::Shared),
        ..answers(Cause::SharedServer)
    };
    let out = build(entry("trendmicro-ers"), None, &facts(), &a, Lang::Ja);
    let labels: Vec<&str> = out.fields.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Your name",
            "Your Email",
            "Your Role",
            "Reasons for request"
        ]
    );
    let reason = &out.fields[3];
    assert_eq!(
        reason.value_en,
        "This IP address belongs to a shared server at our hosting provider, Xserver. We \
         believe that another customer on that server sent the spam. We have asked our hosting \
         provider to find and stop the source of the spam. Because this IP address is shared \
         with other customers, we cannot promise that this will not happen again. Thank you \
         for reviewing our request."
    );
    assert!(
        reason
            .translation_ja
            .contains("再発しないとはお約束できません")
    );
    assert_eq!(out.fields[0].value_en, "Yamada Taro");
    assert_eq!(out.fields[2].value_en, "IT administrator");
    let mail = out.provider_email_ja.as_deref().unwrap();
    for fact in [
        "203.0.113.5",
        // The list by its Japanese name, as the Japanese reader knows it.
        "トレンドマイクロ",
        "2025年6月3日(火) 10:12(日本時間)",
        "example.com",
        // The refusal's key line, not its link to the lookup page.
        ERROR.split(" For details").next().unwrap_or_default(),
        "エックスサーバー",
    ] {
        assert!(mail.contains(fact), "provider email lacks {fact}:\n{mail}");
    }
}

/// The words a fix or prevention step adds to the English, whatever provider it names.
fn phrase(id: &str) -> String {
    let mut a = i18n::FluentArgs::new();
    a.set("server", "shared");
    a.set("named", "no");
    a.set("provider", "");
    let text = i18n::format_checked(Lang::En, id, Some(&a)).unwrap();
    match text.split_once("our hosting provider") {
        Some((_, rest)) => rest.to_owned(),
        None => text,
    }
}

#[test]
fn nothing_claims_a_fix_or_step_that_was_not_chosen() {
    let e = entry("trendmicro-ers");
    for &cause in Cause::ALL {
        for &fix in Fix::ALL {
            for chosen in [
                vec![fix],
                Fix::ALL.iter().copied().filter(|f| *f != fix).collect(),
            ] {
                let a = Answers {
                    fixes: chosen.clone(),
                    prevention: vec![],
                    ..answers(cause)
                };
                if request::check(e, None, &facts(), &a).is_empty() {
                    let text = build(e, None, &facts(), &a, Lang::En).fields[3]
                        .value_en
                        .clone();
                    let claimed = text.contains(&phrase(&format!("request-text-fix-{}", fix.id())));
                    assert_eq!(claimed, chosen.contains(&fix), "{cause} {fix}: {text}");
                }
            }
        }
        let none = Answers {
            fixes: vec![],
            prevention: vec![],
            ..answers(cause)
        };
        let text = build(e, None, &facts(), &none, Lang::En).fields[3]
            .value_en
            .clone();
        // Nothing ticked is not "nothing done": no sentence about fixes, except what a shared
        // server makes true for a cause that is not the office's own.
        let shared = none.server.is_some_and(ServerType::is_shared) && !cause.is_own();
        assert_eq!(
            text.contains("cannot change its settings"),
            shared,
            "{text}"
        );
        assert!(!text.contains("checking"), "{text}");
        for &fix in Fix::ALL {
            assert!(
                !text.contains(&phrase(&format!("request-text-fix-{}", fix.id()))),
                "{text}"
            );
        }
    }
    for &p in Prevention::ALL {
        let with = Answers {
            prevention: vec![p],
            ..answers(Cause::StolenPassword)
        };
        let without = Answers {
            prevention: vec![],
            ..answers(Cause::StolenPassword)
        };
        let needle = phrase(&format!("request-text-prevention-{}", p.id()));
        let t = |a: &Answers| {
            build(e, None, &facts(), a, Lang::En).fields[3]
                .value_en
                .clone()
        };
        assert!(t(&with).contains(&needle), "{p}");
        assert!(!t(&without).contains(&needle), "{p}");
    }
}

#[test]
fn shared_servers_say_a_repeat_cannot_be_guaranteed_and_own_servers_do_not() {
    let e = entry("trendmicro-ers");
    let shared = build(e, None, &facts(), &answers(Cause::SharedServer), Lang::En);
    assert!(shared.fields[3].value_en.contains("we cannot promise"));
    let own = Answers {
        server: Some(ServerType::Own),
        ..answers(Cause::StolenPassword)
    };
    let own = build(e, None, &facts(), &own, Lang::En);
    assert!(!own.fields[3].value_en.contains("promise"));
    assert!(own.provider_email_ja.is_none());
}

fn ascii_answers(cause: Cause) -> Answers {
    let base = Answers {
        cause: Some(cause),
        ..Answers::default()
    };
    Answers {
        // Every fix that can be true for this cause.
        fixes: Fix::ALL
            .iter()
            .copied()
            .filter(|f| request::rules::forbids(&base, request::rules::Answer::Fix(*f)).is_none())
            .collect(),
        prevention: Prevention::ALL.to_vec(),
        server: None,
        // Typed in Japanese, but known: the English text uses the provider's English name.
        provider: Some("さくらインターネット".into()),
        contact: Contact {
            company: "さんぷる しょうじ".into(),
            ..contact()
        },
        ..answers(cause)
    }
}

/// Every route of every entry, every cause: the English is ASCII when nothing the user typed
/// is outside ASCII after conversion (kana names become romaji).
#[test]
fn english_values_are_ascii_except_what_the_user_typed() {
    let mut built = 0;
    for e in &CATALOGUE.entries {
        let subs: Vec<Option<&str>> = std::iter::once(None)
            .chain(e.sublists.iter().map(|s| Some(s.id.as_str())))
            .collect();
        for sub in subs {
            for &cause in Cause::ALL {
                let a = ascii_answers(cause);
                let Ok(out) = request::build(e, sub, &facts(), &a, Lang::Ja) else {
                    continue;
                };
                built += 1;
                for f in &out.fields {
                    assert!(
                        f.value_en.is_ascii(),
                        "{} {sub:?} {}: {}",
                        e.id,
                        f.id,
                        f.value_en
                    );
                }
                if let Some(m) = &out.email {
                    assert!(
                        m.subject.is_ascii() && m.body_en.is_ascii(),
                        "{}:\n{}",
                        e.id,
                        m.body_en
                    );
                }
            }
        }
    }
    assert!(built > 200, "{built}");
    // What the user typed outside ASCII stays as typed, and nothing else is added.
    let a = Answers {
        contact: Contact {
            company: "Müller GmbH".into(),
            ..contact()
        },
        ..answers(Cause::StolenPassword)
    };
    let out = build(entry("apple-icloud"), None, &facts(), &a, Lang::En);
    let body = &out.email.unwrap().body_en;
    let non_ascii: Vec<char> = body.chars().filter(|c| !c.is_ascii()).collect();
    assert!(
        !non_ascii.is_empty() && non_ascii.iter().all(|c| *c == 'ü'),
        "{non_ascii:?}"
    );
    // An unknown provider typed in Japanese is left out of the English, not pasted into it.
    let a = Answers {
        provider: Some("やまびこサーバー".into()),
        ..answers(Cause::SharedServer)
    };
    let out = build(entry("trendmicro-ers"), None, &facts(), &a, Lang::En);
    assert!(out.fields[3].value_en.is_ascii());
    assert!(out.provider_email_ja.unwrap().contains("やまびこサーバー"));
}

fn with_limit(e: &Entry, max: usize) -> Entry {
    let mut e = e.clone();
    let mut fields = if e.removal.fields.is_empty() {
        vec![FormField {
            id: "reason".into(),
            label: "Reason".into(),
            value: FieldValue::Reason,
            max_len: None,
            required: true,
            options: vec![],
            unverified: false,
            note: None,
            whole: false,
        }]
    } else {
        e.removal.fields.clone()
    };
    for f in &mut fields {
        if f.value == FieldValue::Reason {
            f.max_len = Some(max);
        }
    }
    e.removal.fields = fields;
    e.removal.method = RemovalMethod::WebForm;
    e
}

#[test]
fn length_limits_are_respected() {
    // The catalogue's own limits, wherever it states one.
    let catalogue: &Catalogue = &CATALOGUE;
    for e in &catalogue.entries {
        for &cause in Cause::ALL {
            if let Ok(out) = request::build(e, None, &facts(), &ascii_answers(cause), Lang::En) {
                for f in &out.fields {
                    if let Some(max) = f.max_len {
                        assert!(f.value_en.chars().count() <= max, "{} {}", e.id, f.id);
                    }
                }
            }
        }
    }
    // And limits a form might set: the text shortens to fit, keeping 2-6 sentences, or says
    // plainly that it cannot.
    for max in [120, 200, 300, 500, 1000] {
        let e = with_limit(entry("barracuda"), max);
        for &cause in Cause::ALL {
            match request::build(&e, None, &facts(), &ascii_answers(cause), Lang::En) {
                // A dynamic office line gets advice, not a form (Barracuda's refusal rule).
                Ok(out) if out.refusal.is_some() => {
                    assert_eq!(cause, Cause::DynamicIp, "{max}: {:?}", out.refusal);
                    assert!(out.fields.is_empty());
                }
                Ok(out) => {
                    let r = out
                        .fields
                        .iter()
                        .find(|f| f.kind == FieldValue::Reason)
                        .unwrap();
                    assert!(
                        r.value_en.chars().count() <= max,
                        "{max} {cause}: {}",
                        r.value_en
                    );
                    assert!((2..=6).contains(&r.parts.len()), "{max} {cause}");
                }
                Err(remarks) => {
                    // A three-part text on a shared server needs about 350 characters.
                    assert!(max < 400, "{max} {cause}: {remarks:?}");
                    assert_eq!(remarks[0].id, "request-invalid-reason-too-long");
                }
            }
        }
    }
}

#[test]
fn lists_that_take_email_get_a_complete_email() {
    let a = answers(Cause::StolenPassword);
    let apple = build(entry("apple-icloud"), None, &facts(), &a, Lang::En);
    let m = apple.email.expect("an email for Apple");
    assert_eq!(m.to.as_deref(), Some("icloudadmin@apple.com"));
    for fact in [
        "203.0.113.5",
        "Example Co., Ltd.",
        "example.co.jp",
        // The refusal's key line, not its link to the lookup page.
        ERROR.split(" For details").next().unwrap_or_default(),
        "Tue, 3 Jun 2025",
        "Yamada Taro",
    ] {
        assert!(
            m.body_en.contains(fact),
            "Apple email lacks {fact}:\n{}",
            m.body_en
        );
    }
    assert!(m.translation_ja().starts_with("件名: "));
    assert!(m.translation_ja().contains("パスワードが盗まれ"));
    assert_eq!(m.parts.len(), m.body_en.split("\n\n").count());

    let ms = build(
        entry("microsoft-365"),
        Some("5.7.511"),
        &facts(),
        &a,
        Lang::En,
    );
    assert_eq!(
        ms.email.unwrap().to.as_deref(),
        Some("delist@microsoft.com")
    );
    assert!(ms.fields.is_empty());

    let sbl = build(
        entry("spamhaus"),
        Some("SBL"),
        &facts(),
        &answers(Cause::SharedServer),
        Lang::Ja,
    );
    // The network's owner is the hosting provider the provider email goes to: that one email
    // is the request, not a second one in English to the same company.
    assert!(sbl.email.is_none(), "{:?}", sbl.email);
    assert!(sbl.via_provider && sbl.has_request());
    let ja = sbl.provider_email_ja.expect("the email to the provider");
    assert!(
        ja.contains("【調査と解除申請のお願い】") && ja.contains("Spamhaus"),
        "{ja}"
    );
    assert!(ja.contains("解除申請をしていただけますでしょうか"), "{ja}");
}

#[test]
fn the_qil_case_still_gets_the_form_with_the_expiry_said() {
    let out = build(
        entry("trendmicro-ers"),
        Some("QIL"),
        &facts(),
        &answers(Cause::SharedServer),
        Lang::Ja,
    );
    assert_eq!(out.method, RemovalMethod::WebForm);
    assert_eq!(out.fields.len(), 4);
    assert!(
        out.advice
            .iter()
            .any(|a| a.id == "request-advice-expires-form")
    );
    let spamcop = build(
        entry("spamcop"),
        None,
        &facts(),
        &answers(Cause::Backscatter),
        Lang::En,
    );
    assert!(spamcop.fields.is_empty() && spamcop.email.is_none());
    assert!(
        spamcop
            .advice
            .iter()
            .any(|a| a.id == "request-advice-expires")
    );
    // Nothing is sent, so nothing "claims no fix": the listing ends by itself, at the time the
    // catalogue states (24 hours after the last report, SpamCop's own page).
    let no_fix = Answers {
        fixes: Vec::new(),
        ..answers(Cause::InfectedPc)
    };
    for lang in Lang::ALL {
        let spamcop = build(entry("spamcop"), None, &facts(), &no_fix, lang);
        let said: Vec<String> = spamcop.advice.iter().map(|a| a.message(lang)).collect();
        assert!(
            spamcop
                .advice
                .iter()
                .all(|a| a.id != "request-advice-no-fix"),
            "{said:?}"
        );
        assert!(said.iter().any(|m| m.contains("24")), "{said:?}");
        let uce = build(entry("uceprotect"), None, &facts(), &no_fix, lang);
        let said: Vec<String> = uce.advice.iter().map(|a| a.message(lang)).collect();
        assert!(said.iter().any(|m| m.contains('7')), "{said:?}");
    }
    // A request that is sent still says it claims no fix.
    let trend = build(entry("trendmicro-ers"), None, &facts(), &no_fix, Lang::En);
    assert!(trend.advice.iter().any(|a| a.id == "request-advice-no-fix"));
    let uce = build(
        entry("uceprotect"),
        None,
        &facts(),
        &answers(Cause::SharedServer),
        Lang::En,
    );
    assert!(
        uce.advice
            .iter()
            .any(|a| a.id == "request-advice-do-not-pay")
    );
    let sorbs = build(
        entry("sorbs"),
        None,
        &facts(),
        &answers(Cause::Unknown),
        Lang::En,
    );
    assert!(sorbs.advice.iter().any(|a| a.id == "request-advice-closed"));
}

#[test]
fn missing_and_contradictory_answers_name_their_question() {
    let e = entry("trendmicro-ers");
    let about = |a: &Answers, f: &Facts| -> Vec<(Question, String)> {
        request::check(e, None, f, a)
            .into_iter()
            .map(|r| (r.about, r.id))
            .collect()
    };
    let mut a = answers(Cause::SharedServer);
    a.cause = None;
    assert!(
        about(&a, &facts()).contains(&(Question::Cause, "request-invalid-cause-missing".into()))
    );
    let mut a = answers(Cause::SharedServer);
    a.contact.name = "山田 太郎".into();
    assert_eq!(
        about(&a, &facts()),
        [(Question::Name, "request-invalid-name-kanji".into())]
    );
    let a = Answers {
        server: Some(ServerType::Own),
        ..answers(Cause::SharedServer)
    };
    assert_eq!(
        about(&a, &facts()),
        [(Question::Server, "request-invalid-clash".into())]
    );
    let a = Answers {
        server: Some(ServerType::M365),
        fixes: vec![Fix::SetPtr],
        ..answers(Cause::StolenPassword)
    };
    assert_eq!(
        about(&a, &facts()),
        [(Question::Fixes, "request-invalid-clash".into())]
    );
    let no_ip = Facts {
        ip: None,
        ..facts()
    };
    assert!(
        about(&answers(Cause::Unknown), &no_ip).is_empty(),
        "Trend Micro's form has no IP field"
    );
    assert_eq!(
        request::check(entry("barracuda"), None, &no_ip, &answers(Cause::Unknown))
            .iter()
            .map(|r| r.about)
            .collect::<Vec<_>>(),
        [Question::Ip]
    );
    // Every remark formats in both languages.
    let mut a = answers(Cause::SharedServer);
    a.contact = Contact::default();
    a.cause = None;
    let remarks = request::check(entry("apple-icloud"), None, &Facts::default(), &a);
    assert!(remarks.len() >= 4);
    for r in remarks {
        for lang in Lang::ALL {
            let m = r.message(lang);
            assert!(!m.starts_with("request-"), "{m}");
        }
    }
}

#[test]
fn json_has_the_documented_shape() {
    let out = build(
        entry("trendmicro-ers"),
        None,
        &facts(),
        &answers(Cause::SharedServer),
        Lang::En,
    );
    let v = out.to_json(entry("trendmicro-ers"), Lang::En);
    assert_eq!(v["list"], "trendmicro-ers");
    let f = &v["fields"][0];
    let mut keys: Vec<&str> = f.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "help",
            "id",
            "label",
            "label_ja",
            "manual",
            "max_len",
            "needs",
            "note",
            "required",
            "translation_ja",
            "value_en"
        ]
    );
    assert!(v["email"].is_null());
    assert!(v["provider_email_ja"].is_string());
    let apple = build(
        entry("apple-icloud"),
        None,
        &facts(),
        &answers(Cause::StolenPassword),
        Lang::En,
    );
    let v = apple.to_json(entry("apple-icloud"), Lang::En);
    let mut keys: Vec<&str> = v["email"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["body_en", "subject", "to", "translation_ja"]);
}

/// Microsoft's tenant restriction (5.7.705, 5.7.708, 5.7.750) is on the sender's own Microsoft
/// 365 organisation, not an IP listing: no email to the IP's owner and none to the provider;
/// the note says that the organisation's own administrator lifts it through Microsoft support,
/// as the catalogue states.
#[test]
fn the_tenant_restriction_goes_to_the_organisations_own_administrator() {
    let m365 = entry("microsoft-365");
    for &cause in Cause::ALL {
        for lang in Lang::ALL {
            let out = build(m365, Some("tenant"), &facts(), &answers(cause), lang);
            assert!(!out.has_request(), "{cause}: {out:?}");
            assert_eq!(out.send_method(m365), "none");
            assert!(out.provider_email_ja.is_none() && out.email.is_none());
            let note = out
                .advice
                .iter()
                .find(|a| a.id == "request-advice-own-admin")
                .map(|a| a.message(lang))
                .expect("the administrator's note");
            assert!(
                note.contains("administrator") || note.contains("管理者"),
                "{note}"
            );
            assert!(
                !note.contains("network") && !note.contains("ネットワーク"),
                "{note}"
            );
        }
    }
}

/// The provider email is one text for one reader, wherever it is copied from: 逆引き(PTR) the
/// first time, then 逆引き, however many of the cause and the fixes name it (#16).
#[test]
fn the_provider_email_glosses_reverse_dns_once() {
    let a = Answers {
        cause: Some(Cause::NoPtr),
        fixes: vec![Fix::SetPtr],
        server: Some(ServerType::Own),
        ..answers(Cause::NoPtr)
    };
    // Spamhaus SBL hears only the network's owner: there is an email to the provider.
    let out = build(entry("spamhaus"), Some("SBL"), &facts(), &a, Lang::Ja);
    let mail = out.provider_email_ja.expect("an email to the IP's owner");
    assert_eq!(mail.matches("逆引き(PTR)").count(), 1, "{mail}");
    assert!(mail.matches("逆引き").count() >= 2, "{mail}");
}
