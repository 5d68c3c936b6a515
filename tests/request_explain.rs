//! Plain words exist for every reason, every catalogue entry and sub-list, every first fix and
//! condition, in both languages. Their ids are built at run time, which `tests/locales.rs`
//! cannot see, so they are enumerated here.

use delist::blocklist::CATALOGUE;
use delist::blocklist::catalogue::{CONDITIONS, FIXES};
use delist::bounce::Reason;
use delist::explain;
use delist::i18n::{self, Lang};

#[track_caller]
fn formats(lang: Lang, id: &str) -> String {
    let text = i18n::format_checked(lang, id, None).unwrap_or_else(|e| panic!("{e}"));
    assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.tag());
    text
}

#[test]
fn every_reason_has_what_happened_and_a_first_step() {
    for lang in Lang::ALL {
        for r in Reason::ALL {
            formats(lang, &format!("explain-reason-{}", r.name()));
            formats(lang, &format!("explain-first-{}", r.name()));
            assert!(!explain::reason(r, lang).contains("explain-"));
            assert!(!explain::reason_first_step(r, lang).contains("explain-"));
        }
    }
}

#[test]
fn every_catalogue_entry_has_its_five_parts_in_both_languages() {
    assert!(CATALOGUE.entries.len() >= 25);
    for lang in Lang::ALL {
        for e in &CATALOGUE.entries {
            for part in ["what", "happened", "duration", "first", "lookup"] {
                formats(lang, &format!("entry-{}-{part}", e.id));
            }
            let words = explain::entry(e, None, lang);
            for text in [
                &words.what,
                &words.happened,
                &words.duration,
                &words.first,
                &words.lookup,
            ] {
                assert!(!text.starts_with("entry-"), "{}: {text}", e.id);
            }
        }
    }
}

#[test]
fn every_sub_list_has_words_in_both_languages() {
    let mut seen = 0;
    for lang in Lang::ALL {
        for e in &CATALOGUE.entries {
            for s in &e.sublists {
                let id = format!("entry-{}-sub-{}", e.id, explain::sublist_key(&s.id));
                let text = formats(lang, &id);
                let words = explain::entry(e, Some(&s.id), lang);
                assert_eq!(words.sublist.as_deref(), Some(text.as_str()), "{id}");
                seen += 1;
            }
        }
    }
    assert!(seen > 20);
}

#[test]
fn every_first_fix_and_condition_has_words() {
    for lang in Lang::ALL {
        for f in FIXES {
            formats(lang, &format!("explain-fix-{f}"));
        }
        for c in CONDITIONS {
            formats(lang, &format!("explain-condition-{c}"));
        }
        for e in &CATALOGUE.entries {
            let words = explain::entry(e, None, lang);
            assert_eq!(words.first_fixes.len(), e.first_fix.len(), "{}", e.id);
            for w in words.first_fixes.iter().chain(&words.conditions) {
                assert!(!w.starts_with("explain-"), "{}: {w}", e.id);
            }
        }
    }
}

#[test]
fn special_cases_are_said() {
    let get = |id: &str| CATALOGUE.get(id).unwrap();
    let ja =
        |id: &str, sub: Option<&str>| explain::entry(get(id), sub, Lang::Ja).warnings.join("\n");
    let en =
        |id: &str, sub: Option<&str>| explain::entry(get(id), sub, Lang::En).warnings.join("\n");
    // Closed list: nothing to remove.
    assert!(
        ja("sorbs", None).contains("運営を終了"),
        "{}",
        ja("sorbs", None)
    );
    assert!(en("sorbs", None).contains("2024-06-05"));
    // Expires by itself, with the hours where the catalogue knows them.
    assert!(
        en("spamcop", None).contains("24 hours"),
        "{}",
        en("spamcop", None)
    );
    assert!(en("trendmicro-ers", Some("QIL")).contains("12 hours"));
    // A provider's own reputation is not a list one is "on": it recovers.
    for id in ["gmail", "yahoo", "docomo"] {
        assert!(
            en(id, None).contains("lifts by itself"),
            "{id}: {}",
            en(id, None)
        );
        assert!(!en(id, None).contains("listing"), "{id}: {}", en(id, None));
        assert!(!ja(id, None).contains("登録"), "{id}: {}", ja(id, None));
    }
    // Paid express removal: do not pay.
    assert!(ja("uceprotect", None).contains("払わないでください"));
    // Only the owner of the IP may ask.
    assert!(en("spamhaus", Some("SBL")).contains("Only the owner"));
    assert!(en("trendmicro-ers", None).contains("abuse@"));
    assert!(explain::shared_ip(Lang::Ja).contains("レンタルサーバー会社"));
}

#[test]
fn retry_words_say_temporary_or_permanent_with_the_glossary_terms() {
    assert!(explain::retry(true, Some("5 days"), Lang::Ja).contains("一時的なエラー"));
    assert!(explain::retry(true, Some("5 days"), Lang::Ja).contains("5 days"));
    assert!(explain::retry(false, None, Lang::Ja).contains("恒久的なエラー"));
    assert!(explain::retry(false, None, Lang::En).contains("permanent error"));
}

/// One glossary everywhere: the Japanese files use its words, never a synonym a reader could
/// take for a different thing.
#[test]
fn japanese_texts_keep_to_the_glossary() {
    let off_glossary = [
        ("ブラックリスト", "ブロックリスト"),
        ("ホスティング会社", "レンタルサーバー会社"),
        ("サーバー業者", "レンタルサーバー会社"),
        ("IPアドレスー", "IPアドレス"),
        ("削除依頼", "解除申請"),
        ("一時エラー", "一時的なエラー"),
        ("永久的なエラー", "恒久的なエラー"),
        ("恒久エラー", "恒久的なエラー"),
    ];
    let mut checked = 0;
    for (_, stem, source) in i18n::files(Lang::Ja) {
        if !["request", "explain", "entry", "hosting", "glossary"].contains(stem) {
            continue;
        }
        checked += 1;
        for line in source.lines().filter(|l| !l.starts_with('#')) {
            for (wrong, right) in off_glossary {
                assert!(
                    !line.contains(wrong),
                    "{stem}.ftl uses {wrong}, not {right}: {line}"
                );
            }
            // メールサーバ without the long mark is the same word spelt differently.
            let bare = line.match_indices("メールサーバ").any(|(i, _)| {
                !line
                    .get(i + "メールサーバ".len()..)
                    .is_some_and(|rest| rest.starts_with('ー'))
            });
            assert!(!bare, "{stem}.ftl: メールサーバ without ー: {line}");
        }
    }
    assert_eq!(checked, 5);
    for id in [
        "glossary-meaning-blocklist",
        "glossary-meaning-ip",
        "glossary-meaning-mail-server",
        "glossary-meaning-provider",
        "glossary-meaning-removal-request",
        "glossary-meaning-temporary-error",
        "glossary-meaning-permanent-error",
    ] {
        let ja = formats(Lang::Ja, id);
        let en = formats(Lang::En, id);
        assert!(ja.contains(':') && en.contains(':'), "{id}");
    }
}
