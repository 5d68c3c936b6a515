//! The DFAs build.rs made for the role templates answer as the regexes they replace did.

use regex_automata::dfa::sparse;
use regex_automata::meta;

use super::{Matcher, ROLES, Side, around, compile};

/// The templates' words, addresses and what stands between them.
const PIECES: &[&str] = &[
    "client",
    " host",
    " [",
    "[",
    "]",
    "] ",
    ">",
    "<",
    "(",
    ")",
    ",",
    " ",
    "  ",
    "\n",
    "\t",
    "-",
    ".",
    ":",
    ";",
    "_",
    "mail",
    "e-mail",
    "email",
    "messages",
    "connections",
    " from ",
    " your ",
    "IP ",
    "ip",
    " address ",
    " netblock",
    " was",
    " were",
    " weren't",
    " refused",
    " rejected",
    " blocked",
    " denied",
    " not",
    " be ",
    " accepted",
    " banned",
    " sending",
    " sender",
    "550",
    " 5.7.1 ",
    "421-4.7.0",
    " the mail server",
    " has been",
    " temporarily",
    " rate limited",
    " is",
    " listed",
    " black-listed",
    " blocklisted",
    " at",
    " on",
    " in",
    " by",
    " using",
    " a",
    " our",
    " blacklist",
    " spam list",
    "cmsmtp ",
    "DNSBL:RBL 12<",
    "comcast ",
    " comcast block",
    "black ip ",
    "received at ",
    "received-from-mta: dns; ",
    "remote-mta: dns; ",
    "x-local-hostname;",
    "mx.example.jp",
    "a-b.c",
    " with ",
    " talking to ",
    " connect to ",
    " connected to ",
    "giving up on ",
    "remote server ",
    "remote host ",
    " did not like",
    "IPv6:",
    "192.0.2.1",
    "2001:db8::1",
    "\u{17F}",
    "\u{212A}",
    "é",
    "日本",
    "CLIENT HOST",
    "Mail From",
];

/// Every side of every family, with the regex it was.
fn sides() -> Vec<(&'static Side, meta::Regex)> {
    ROLES
        .iter()
        .flat_map(|f| f.templates.iter())
        .flat_map(|(b, a)| [b.as_ref(), a.as_ref()])
        .flatten()
        .map(|s| (s, compile(s.source).unwrap()))
        .collect()
}

/// The DFAs build.rs made answer as the regexes did, on the text around every address of
/// every fixture.
#[test]
fn the_dfas_match_as_the_regexes_did_around_the_fixtures_addresses() {
    let sides = sides();
    assert!(sides.iter().all(|(s, _)| matches!(
        s.matcher.get_or_init(|| Matcher::Dfa(Box::new(sparse::DFA::from_bytes(s.dfa).unwrap().0))),
        Matcher::Dfa(_)
    )));
    let (mut windows, mut held) = (0, 0);
    for (path, text) in crate::fixture_texts::all() {
        for w in crate::scan::ip::addresses(&text) {
            let (before, after) = around(&text, &w.span);
            for (side, re) in &sides {
                let t = if side.before { before } else { after };
                let expected = re.is_match(t.as_bytes());
                assert_eq!(
                    side.matches(t),
                    expected,
                    "{}: {}",
                    path.display(),
                    side.source
                );
                windows += 1;
                held += usize::from(expected);
            }
        }
    }
    assert!(
        windows > 10_000 && held > 500,
        "{windows} windows, {held} held"
    );
}

/// The same on texts made of the templates' words, addresses and what stands between them.
#[test]
fn the_dfas_match_as_the_regexes_did_on_made_up_texts() {
    let sides = sides();
    let mut seed = 15_u64;
    let mut held = 0;
    for _ in 0..4_000 {
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        let mut text = String::new();
        for _ in 0..next() % 16 {
            text.push_str(PIECES[next() % PIECES.len()]);
        }
        for (side, re) in &sides {
            let expected = re.is_match(text.as_bytes());
            assert_eq!(side.matches(&text), expected, "{text:?}: {}", side.source);
            held += usize::from(expected);
        }
    }
    assert!(held > 1_000, "{held}");
}
