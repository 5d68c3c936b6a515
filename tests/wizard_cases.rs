//! What steps 4–7 say for each kind of case, read as the person reads them: a list only the
//! recipient can change, a block that goes away by itself with no page to check, a list that
//! wants a role address. Every sentence must be true for the case on screen.

mod common;
mod wizard_support;

use crossterm::event::KeyCode;
use delist::i18n::Lang;
use delist::wizard::state::Step;
use wizard_support::{Harness, flat};

/// The bounce in `lists/<file>`, pasted and analysed, on step 2.
fn case(file: &str, lang: Lang) -> Harness {
    let path = common::fixture_dir("lists").join(file);
    let bounce = std::fs::read_to_string(&path).expect("fixture reads");
    let mut h = Harness::new(lang);
    h.paste(&bounce);
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Happened, "{file}");
    h
}

/// Step 2 in plain Japanese: no spaces around the retry deadline inside a sentence, the
/// "not a blocklist problem" said once, and no "(0 件)" when the bounce names no recipient.
#[test]
fn step_two_says_each_thing_once_and_without_stray_spaces() {
    let mut h = case("docomo/refused-to-talk.eml", Lang::Ja);
    let screen = h.screen(120, 40);
    assert!(screen.contains("サーバーはメールを送ってから5日後まで"), "{screen}");

    let mut h = case("_negative/spf-fail-client-ip.txt", Lang::Ja);
    let screen = flat(&h.screen(80, 60), Lang::Ja);
    assert!(screen.contains("ブロックリストの問題ではないようです"), "{screen}");
    assert!(!screen.contains("ブロックリストの問題ではありません"), "{screen}");
    let mut h = case("_negative/spf-fail-client-ip.txt", Lang::En);
    let screen = flat(&h.screen(80, 60), Lang::En);
    assert!(screen.contains("does not look like a blocklist problem"), "{screen}");
    assert!(!screen.contains("This is not a blocklist problem"), "{screen}");

    for (lang, heading, zero) in [
        (Lang::Ja, "■ 届かなかった宛先\n", "0 件"),
        (Lang::En, "■ Not delivered to\n", "(0)"),
    ] {
        let mut h = case("uceprotect/level3.txt", lang);
        let screen = h.screen(80, 40);
        assert!(screen.contains(heading), "{screen}");
        assert!(!screen.contains(zero), "{screen}");
    }
}

