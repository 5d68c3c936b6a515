//! The words on every wizard screen, read as a person reads them: each step (and each help text) of the
//! demo and of every fixture bounce, walked with the form answered, in both languages. Japanese
//! screens gloss their jargon the first time (逆引き(PTR), then 逆引き; HELO, SMTP AUTH, DNSBL,
//! NDR, port 587), English screens explain each of them in plain words at its first use
//! ("reverse DNS (PTR)", "greeting name (HELO)"), and no screen shows an unfilled placeholder, an English date inside Japanese,
//! an internal code or "1 lines".
//!
//! `DELIST_SCREENS=dir cargo test --test screen_words` also writes every screen to `dir`, to read.

mod common;
mod wizard_support;
mod words_support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crossterm::event::KeyCode;
use delist::i18n::Lang;
use delist::wizard::Step;
use wizard_support::Harness;

/// Tall enough that a step's whole text is on one page; narrower than the side-by-side layout
/// (100 columns), so that a row holds one text.
const WIDTH: u16 = 96;
const HEIGHT: u16 = 240;

fn bounces() -> Vec<PathBuf> {
    let mut files = common::list_bounces();
    files.extend(common::bounces_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wizard_fixtures"),
    ));
    assert!(files.len() > 50, "too few fixtures found: {}", files.len());
    files
}

/// One screen as the user sees it: (what it is, its text).
type Screen = (String, String);

/// One bounce walked: (its file, its text, its screens).
type Walked = (String, String, Vec<Screen>);

/// Every step of one bounce (`None`: the demo), walked forward with Enter; the form
/// answered as a person would; a bounce the wizard calls no blocklist problem is followed with
/// `b` ("it is a blocklist problem anyway").
fn walk(lang: Lang, bounce: Option<&str>) -> Vec<Screen> {
    let mut h = match bounce {
        None => Harness::demo(lang),
        Some(text) => {
            let mut h = Harness::new(lang);
            h.paste(text);
            h
        }
    };
    let mut screens = Vec::new();
    let mut anyway = false;
    for _ in 0..20 {
        let step = h.w.step;
        let name = format!("step{}_{step:?}", step.number());
        screens.push((name, h.screen(WIDTH, HEIGHT)));
        if step == Step::After {
            break;
        }
        if step == Step::Form {
            h.answer_form();
        } else {
            h.key(KeyCode::Enter);
        }
        if h.w.step == step && step == Step::Ip {
            // No IP found: the empty field, then Enter, goes on without one.
            h.key(KeyCode::Enter);
        }
        if h.w.step == step && !anyway {
            anyway = true;
            h.key(KeyCode::Char('b'));
        }
        if h.w.step <= step {
            break;
        }
    }
    screens
}

/// Every bounce's screens in one language, walked once for all the tests here.
fn all_screens(lang: Lang) -> &'static [Walked] {
    static SCREENS: [OnceLock<Vec<Walked>>; 2] = [OnceLock::new(), OnceLock::new()];
    SCREENS[usize::from(lang == Lang::Ja)].get_or_init(|| walk_all(lang))
}

fn walk_all(lang: Lang) -> Vec<Walked> {
    let mut out = vec![("demo".to_owned(), String::new(), walk(lang, None))];
    for file in bounces() {
        let text = String::from_utf8_lossy(&std::fs::read(&file).expect("read fixture"))
            .replace("\r\n", "\n");
        let name = file
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(&file)
            .display()
            .to_string();
        let screens = walk(lang, Some(&text));
        out.push((name, text, screens));
    }
    if let Some(dir) = std::env::var_os("DELIST_SCREENS") {
        let dir = Path::new(&dir).join(lang.code());
        std::fs::create_dir_all(&dir).expect("screens dir");
        for (name, _, screens) in &out {
            let file = name.replace(['/', '.'], "_");
            let mut all = String::new();
            for (what, text) in screens {
                all.push_str(&format!("===== {what}\n{}\n", text.trim_end()));
            }
            std::fs::write(dir.join(format!("{file}.txt")), all).expect("write screens");
        }
    }
    out
}

#[test]
fn japanese_screens_gloss_jargon_the_first_time_and_then_use_the_short_word() {
    let mut seen = Vec::new();
    let mut ptr_screens = 0;
    for (name, bounce, screens) in all_screens(Lang::Ja) {
        for (what, text) in screens {
            let prose = words_support::japanese_prose(text, bounce);
            ptr_screens += usize::from(prose.contains("逆引き"));
            for p in words_support::gloss_problems(text, bounce) {
                seen.push(format!("{name} {what}: {p}"));
            }
        }
    }
    // A help box is read on its own, over the step.
    for id in delist::i18n::ids(Lang::Ja) {
        if !id.starts_with("wizard-help-") {
            continue;
        }
        let text = delist::i18n::format_checked(Lang::Ja, &id, None).expect("help text");
        for p in words_support::gloss_problems(&text, "") {
            seen.push(format!("{id}: {p}"));
        }
    }
    assert!(
        ptr_screens > 5,
        "only {ptr_screens} screens name reverse DNS: the walk is too short"
    );
    assert!(
        seen.is_empty(),
        "{} problems:\n{}",
        seen.len(),
        seen.join("\n")
    );
}

#[test]
fn japanese_screens_name_companies_by_their_japanese_names() {
    // A company with an official Japanese name (the catalogue's `operator_ja`) is never named
    // in English inside a Japanese sentence; the bounce's own words and the English for a form
    // are not Japanese sentences.
    let named: Vec<(&str, &str)> = delist::blocklist::CATALOGUE
        .entries
        .iter()
        .filter_map(|e| Some((e.operator.as_str(), e.operator_ja.as_deref()?)))
        .filter(|(en, ja)| en != ja)
        .collect();
    assert!(named.len() > 5, "{named:?}");
    let mut seen = Vec::new();
    for (name, bounce, screens) in all_screens(Lang::Ja) {
        for (what, text) in screens {
            let prose = words_support::japanese_prose(text, bounce);
            for (en, ja) in &named {
                let en: String = en.split_whitespace().collect();
                // A product named after its company keeps its name (Microsoft 365, Microsoft SNDS).
                let in_prose = prose.match_indices(&en).any(|(at, _)| {
                    let after = prose.get(at + en.len()..).unwrap_or_default();
                    !after.starts_with("365") && !after.starts_with("SNDS")
                });
                if in_prose {
                    seen.push(format!("{name} {what}: {en} (say {ja})"));
                }
            }
        }
    }
    assert!(seen.is_empty(), "{}", seen.join("\n"));
}

#[test]
fn english_screens_explain_jargon_the_first_time() {
    let mut seen = Vec::new();
    let mut jargon_screens = 0;
    for (name, bounce, screens) in all_screens(Lang::En) {
        for (what, text) in screens {
            let prose = words_support::english_prose(text, bounce);
            jargon_screens += usize::from(prose.contains("PTR") || prose.contains("HELO"));
            for p in words_support::english_gloss_problems(text, bounce) {
                seen.push(format!("{name} {what}: {p}"));
            }
        }
    }
    for id in delist::i18n::ids(Lang::En) {
        if !id.starts_with("wizard-help-") {
            continue;
        }
        let text = delist::i18n::format_checked(Lang::En, &id, None).expect("help text");
        for p in words_support::english_gloss_problems(&text, "") {
            seen.push(format!("{id}: {p}"));
        }
    }
    assert!(
        jargon_screens > 5,
        "only {jargon_screens} screens use PTR or HELO: the walk is too short"
    );
    assert!(
        seen.is_empty(),
        "{} problems:\n{}",
        seen.len(),
        seen.join("\n")
    );
}

#[test]
fn no_screen_shows_a_placeholder_an_english_date_in_japanese_or_an_internal_code() {
    // Catalogue keys and answer ids a person must never read (README: "No internal codes").
    let codes = regex::Regex::new(
        r"\b(?:dynamic-ip|shared-server|hacked-website|infected-pc|stolen-password|new-ip|ip-owner-role-address|network-owner|web-form|ask-provider|it-admin)\b|\b1 (?:lines|files|days|hours|minutes|seconds|items|fields|recipients|answers)\b",
    )
    .expect("regex");
    let mut seen = Vec::new();
    for lang in Lang::ALL {
        for (name, bounce, screens) in all_screens(lang) {
            for (what, text) in screens {
                for p in words_support::problems(text, bounce) {
                    seen.push(format!("{name} {what} ({}): {p}", lang.code()));
                }
                for line in text.lines() {
                    if let Some(m) = codes.find(line)
                        && !bounce.contains(line.trim())
                    {
                        seen.push(format!(
                            "{name} {what} ({}): {:?} in: {line}",
                            lang.code(),
                            m.as_str()
                        ));
                    }
                }
            }
        }
    }
    assert!(
        seen.is_empty(),
        "{} problems:\n{}",
        seen.len(),
        seen.join("\n")
    );
}

/// A space the Japanese sentence does not have: a placeable written `{ $list } に` shows
/// 「Yahoo!メール(yahoo.co.jp) に」 or 「トレンドマイクロ は」. A particle follows a closing
/// bracket or a Japanese word directly. (After a Latin word, `Enter で`, `Spamhaus は`, the
/// space is the texts' style, and a key, an address or a code keeps it to stay whole.) The
/// bounce's own lines are its words, not ours.
fn stray_spaces(text: &str, bounce: &str) -> Vec<String> {
    static SPACED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"[)）」』】\p{Hiragana}\p{Katakana}\p{Han}] (?:に|は|が|を|で|の|と|へ|も|から|まで|より)",
        )
        .expect("regex")
    });
    let bounce: String = bounce.split_whitespace().collect();
    text.lines()
        .filter(|l| {
            let squeezed: String = l.split_whitespace().collect();
            squeezed.chars().count() < 8 || !bounce.contains(&squeezed)
        })
        .filter_map(|l| {
            SPACED
                .find(l)
                .map(|m| format!("{:?} in: {}", m.as_str(), l.trim()))
        })
        .collect()
}

#[test]
fn japanese_screens_put_no_space_before_a_particle_after_a_name() {
    let mut seen = Vec::new();
    for (name, bounce, screens) in all_screens(Lang::Ja) {
        for (what, text) in screens {
            for p in stray_spaces(text, bounce) {
                seen.push(format!("{name} {what}: {p}"));
            }
        }
    }
    assert!(
        seen.is_empty(),
        "{} problems:\n{}",
        seen.len(),
        seen.join("\n")
    );
}

/// Each language joins the items of a sentence its own way: an English screen never shows the
/// Japanese 、 between English words, and the Japanese steps on the removal page list the
/// fields with 、 (「1 → Your name、2 → Your Email」).
#[test]
fn lists_inside_a_sentence_use_the_languages_own_separator() {
    let mut seen = Vec::new();
    for (name, bounce, screens) in all_screens(Lang::En) {
        for (what, text) in screens {
            for line in text.lines() {
                if line.contains('、')
                    && !words_support::is_japanese(line)
                    && !bounce.contains(line.trim())
                {
                    seen.push(format!("{name} {what}: {line}"));
                }
            }
        }
    }
    let mut pairs = 0;
    for (name, _, screens) in all_screens(Lang::Ja) {
        for (what, text) in screens {
            let flat: String = text.split_whitespace().collect();
            if let Some(at) = flat.find("1→") {
                pairs += 1;
                let rest = flat.get(at..).unwrap_or_default();
                if rest.contains("2→") && !rest.contains("、2→") {
                    seen.push(format!(
                        "{name} {what}: {}",
                        rest.chars().take(60).collect::<String>()
                    ));
                }
            }
        }
    }
    assert!(pairs > 5, "only {pairs} screens list the fields to paste");
    assert!(seen.is_empty(), "{}", seen.join("\n"));
}

#[test]
fn the_space_check_catches_what_it_is_for() {
    assert_eq!(
        stray_spaces("Yahoo!メール(yahoo.co.jp) に登録されています。", "").len(),
        1
    );
    assert_eq!(stray_spaces("トレンドマイクロ は、", "").len(), 1);
    assert_eq!(stray_spaces("「固定」 と答えてください。", "").len(), 1);
    assert!(stray_spaces("Spamhaus (SBL)に登録されています。", "").is_empty());
    assert!(stray_spaces("Enter で次へ。Spamhaus は、c でコピー", "").is_empty());
    assert!(stray_spaces("■ 再送について", "").is_empty());
    // The bounce's own words are left as they are.
    assert!(stray_spaces("  ユーザー名 が存在しません\n", "ユーザー名 が存在しません").is_empty());
}

#[test]
fn the_gloss_check_catches_what_it_is_for() {
    let p = words_support::gloss_problems;
    assert!(p("逆引き(PTR)がありません。逆引きを直します。", "").is_empty());
    assert_eq!(p("逆引きがありません。", "").len(), 1);
    assert_eq!(p("PTRがありません。逆引き(PTR)を直します。", "").len(), 2);
    assert_eq!(
        p("逆引き(PTR)がありません。逆引き(PTR)を直します。", "").len(),
        1
    );
    assert_eq!(p("逆引き(PTR)がありません。PTRを直します。", "").len(), 1);
    // A wrapped gloss is still a gloss; English and the bounce's own lines are not prose.
    assert!(p("サーバーの逆引き(PT\nR)がありません。", "").is_empty());
    assert!(p("no PTR record\n逆引き(PTR)がありません。", "").is_empty());
    assert!(
        p(
            "  550 5.7.25 PTR の逆引きがありません host\n",
            "550 5.7.25 PTR の逆引きがありません host"
        )
        .is_empty()
    );
    assert!(
        p(
            "サーバーが名乗る名前(HELO)が違います。HELO を直します。",
            ""
        )
        .is_empty()
    );
    assert_eq!(p("HELO が違います。", "").len(), 1);
    assert_eq!(p("ポート587で送ります。", "").len(), 1);
    assert!(p("電話 03-1587-0000 です。", "").is_empty());
    assert!(
        p(
            "ポート587(メールソフトの送信設定にある番号)で送ります。",
            ""
        )
        .is_empty()
    );
    assert_eq!(p("DNSBL に載っています。", "").len(), 1);
    let e = words_support::english_gloss_problems;
    assert!(e("Set the reverse DNS (PTR). The PTR names the server.", "").is_empty());
    assert_eq!(
        e("Set a PTR record. Then the reverse DNS (PTR).", "").len(),
        1
    );
    assert_eq!(e("The server's HELO name is wrong.", "").len(), 1);
    assert!(e("Its greeting name (HELO) is wrong.", "").is_empty());
    assert!(e("Send with sign-in (SMTP AUTH, port 587).", "").is_empty());
    assert_eq!(e("Send on port 587, as the settings give.", "").len(), 1);
    assert!(
        e(
            "Send on port 587 (the number in your mail program's settings).",
            ""
        )
        .is_empty()
    );
    // The bounce's own words and Japanese lines are not the program's English.
    assert!(e("  550 no PTR for host\n", "550 no PTR for host").is_empty());
    assert!(e("逆引き(PTR)がありません。", "").is_empty());
    assert!(p("DNSで問い合わせるブロックリスト(DNSBL)に載っています。", "").is_empty());
}
