//! Bounces that imitate a delisting notice: the links they plant are flagged, never opened and
//! never quoted in a text the user sends (the provider email, the form's fields), and a look-
//! alike host is shown with the ASCII form a browser would go to. (`request`'s texts are
//! checked through the command line in `terminal_safety.rs`.)

mod wizard_support;

use crossterm::event::KeyCode;
use delist::blocklist::url;
use delist::i18n::Lang;
use delist::wizard::Step;
use wizard_support::{Harness, flat};

const FAKE_LINKS: &str = include_str!("wizard_fixtures/ers-with-fake-links.txt");
const HOSTILE: &str = include_str!("fixtures/hostile/escape-codes.eml");

/// Walks a bounce through every step, pressing "open" and every copy key on each; what was
/// opened and copied.
fn walk(text: &str, lang: Lang) -> Harness {
    let mut h = Harness::new(lang);
    // As on a desktop, where "o" opens the browser.
    h.w.desktop = true;
    h.paste(text);
    for _ in 0..40 {
        if h.w.step == Step::After {
            break;
        }
        if h.w.step == Step::Form {
            h.answer_form();
            continue;
        }
        let keys: &[char] = match h.w.step {
            Step::List => &['o', 'c', 'i'],
            Step::Copy => &['a', 'c', '1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
            _ => &['o'],
        };
        for &c in keys {
            h.key(KeyCode::Char(c));
        }
        h.key(KeyCode::Enter);
    }
    h
}

#[test]
fn the_wizard_never_opens_or_copies_a_link_the_bounce_planted() {
    for (text, planted) in [
        (
            FAKE_LINKS,
            &["trendmicro-ers-delist.example.net", "bit.ly"][..],
        ),
        (HOSTILE, &["haus-delist.example"][..]),
    ] {
        for lang in [Lang::Ja, Lang::En] {
            let h = walk(text, lang);
            assert!(!h.copies.is_empty(), "nothing was copied");
            for u in &h.opened {
                assert!(url::owner(u).is_some(), "opened {u}");
            }
            for (label, copied) in &h.copies {
                for p in planted {
                    assert!(!copied.contains(p), "{label}: {copied}");
                }
                assert!(
                    !copied
                        .chars()
                        .any(|c| c.is_control() && c != '\n' && c != '\t'),
                    "{label}: {copied:?}"
                );
            }
        }
    }
}

#[test]
fn a_look_alike_host_is_flagged_with_its_ascii_form_on_the_list_step() {
    let text = FAKE_LINKS.replace(
        "https://trendmicro-ers-delist.example.net/remove",
        "https://servicecentral.trendmicr\u{43e}.com/remove",
    );
    let mut h = Harness::new(Lang::En);
    h.paste(&text);
    while h.w.step < Step::List {
        h.key(KeyCode::Enter);
    }
    let screen = flat(&h.screen(120, 60), Lang::En);
    assert!(
        screen.contains("servicecentral.xn--trendmicr-"),
        "the punycode form is beside the look-alike:\n{screen}"
    );
}
