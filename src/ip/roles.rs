//! The wording that says what an address is. Each template is the text that must stand right
//! before an address and, where it matters, right after it; both are checked against the text
//! around each address the scanner found, anchored there, so a long bounce costs little more.
//! A side is read only when the words it requires stand around an address. Each side is a DFA
//! build.rs made (`build/role_dfa.rs`): compiling the regexes cost 1.0 M instructions for an
//! ordinary bounce, 2.3 M for one whose address stands among many templates' words.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex_automata::dfa::{Automaton, sparse};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, meta};

use super::IpRole;

/// How much text before and after an address a template may take.
pub const BEFORE: usize = 160;
/// See [`BEFORE`].
pub const AFTER: usize = 80;

/// One side of a template as build.rs wrote it: its regex, the words it requires and its DFA
/// (serialised, little-endian; reversed for a before side).
type BuiltSide = (&'static str, Option<&'static [&'static str]>, &'static [u8]);

// The templates' sides with their words (`BUILT_BLOCKED`, `BUILT_SUBMITTING`,
// `BUILT_REMOTE_MX`), found by build.rs from `templates.rs`.
include!(concat!(env!("OUT_DIR"), "/role_words.rs"));

/// One side of a template: its words and its matcher, made on first need.
struct Side {
    source: &'static str,
    words: Option<&'static [&'static str]>,
    /// The words' places in [`WORDS`].
    ids: Vec<usize>,
    dfa: &'static [u8],
    /// Before the address: the text must end with the side.
    before: bool,
    matcher: OnceLock<Matcher>,
}

enum Matcher {
    Dfa(Box<sparse::DFA<&'static [u8]>>),
    /// The DFA did not load (a big-endian target): the regex, compiled here.
    Regex(Option<meta::Regex>),
}

/// Every word some side requires, each once.
static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut all: Vec<&'static str> = [BUILT_BLOCKED, BUILT_SUBMITTING, BUILT_REMOTE_MX]
        .iter()
        .flat_map(|t| t.iter())
        .flat_map(|(b, a)| [b, a])
        .filter_map(|side| side.and_then(|(_, words, _)| words))
        .flatten()
        .copied()
        .collect();
    all.sort_unstable();
    all.dedup();
    all
});

/// Letters that fold to ASCII ones under Unicode case rules: they defeat the word test.
const FOLDING: [&str; 2] = ["\u{17F}", "\u{212A}"];

/// Where each of the sides' words stands in one text (in ASCII lower case), and where a
/// folding letter does: with thousands of addresses in a text, the word test around each is a
/// look-up here, where searching the 240 bytes around each address was most of the reading.
pub struct WordIndex {
    at: Vec<Vec<usize>>,
    folding: Vec<usize>,
    /// Per family, the templates whose words all stand somewhere in the text (or that need
    /// none): only these can hold for any address, and with thousands of addresses trying the
    /// others at each was a fifth of reading them.
    possible: [std::cell::OnceCell<Vec<usize>>; 3],
}

impl WordIndex {
    /// The places in `text`.
    pub fn of(text: &str) -> Self {
        let lower = text.to_ascii_lowercase();
        let at = WORDS
            .iter()
            .map(|w| memchr::memmem::find_iter(lower.as_bytes(), w).collect())
            .collect();
        let mut folding: Vec<usize> = FOLDING
            .iter()
            .flat_map(|f| memchr::memmem::find_iter(text.as_bytes(), f))
            .collect();
        folding.sort_unstable();
        Self {
            at,
            folding,
            possible: Default::default(),
        }
    }

    /// Whether a side's words could stand in some window of the text.
    fn anywhere(&self, side: &Side) -> bool {
        side.words.is_none()
            || !self.folding.is_empty()
            || side
                .ids
                .iter()
                .any(|&id| self.at.get(id).is_some_and(|at| !at.is_empty()))
    }

    /// The templates of `family` that can hold somewhere in the text.
    fn possible(&self, family: &Family) -> &[usize] {
        let cell = &self.possible[family.id];
        cell.get_or_init(|| {
            family
                .templates
                .iter()
                .enumerate()
                .filter(|(_, (b, a))| {
                    b.as_ref().is_none_or(|s| self.anywhere(s))
                        && a.as_ref().is_none_or(|s| self.anywhere(s))
                })
                .map(|(i, _)| i)
                .collect()
        })
    }

    /// Whether word `id` stands wholly inside `within`.
    fn has(&self, id: usize, within: &Range<usize>) -> bool {
        let len = WORDS.get(id).map_or(0, |w| w.len());
        self.at.get(id).is_some_and(|at| {
            at.get(at.partition_point(|&p| p < within.start))
                .is_some_and(|&p| p + len <= within.end)
        })
    }

    /// Whether a folding letter stands inside `within`.
    fn folds(&self, within: &Range<usize>) -> bool {
        self.folding
            .get(self.folding.partition_point(|&p| p < within.start))
            .is_some_and(|&p| p < within.end)
    }
}

impl Side {
    fn new((source, words, dfa): BuiltSide, before: bool) -> Self {
        let ids = words
            .unwrap_or_default()
            .iter()
            .filter_map(|w| WORDS.binary_search(w).ok())
            .collect();
        Self {
            source,
            words,
            ids,
            dfa,
            before,
            matcher: OnceLock::new(),
        }
    }

    /// [`Side::worded`] of the text `within` of the text `index` was made of.
    fn worded_in(&self, index: &WordIndex, within: &Range<usize>) -> bool {
        self.words.is_none()
            || index.folds(within)
            || self.ids.iter().any(|&id| index.has(id, within))
    }

    /// Whether the words the side requires stand in `lower` (`text` in ASCII lower case).
    fn worded(&self, lower: &str, folds: bool) -> bool {
        folds
            || self
                .words
                .as_ref()
                .is_none_or(|ws| ws.iter().any(|w| lower.contains(w)))
    }

    /// Whether the side matches `text`: the text ends with a before side, begins with an
    /// after side.
    fn matches(&self, text: &str) -> bool {
        let matcher = self.matcher.get_or_init(|| {
            sparse::DFA::from_bytes(self.dfa).map_or_else(
                |_| Matcher::Regex(compile(self.source)),
                |(dfa, _)| Matcher::Dfa(Box::new(dfa)),
            )
        });
        match matcher {
            Matcher::Dfa(dfa) => {
                let input = Input::new(text).anchored(Anchored::Yes).earliest(true);
                let found = if self.before {
                    dfa.try_search_rev(&input)
                } else {
                    dfa.try_search_fwd(&input)
                };
                // No quit bytes and no Unicode word boundary: a search cannot fail.
                found.is_ok_and(|m| m.is_some())
            }
            Matcher::Regex(re) => re.as_ref().is_some_and(|re| re.is_match(text.as_bytes())),
        }
    }
}

/// A side's regex as the program compiled it before the DFAs. Without prefilters, one-pass DFA
/// or backtracker: these short patterns run on short texts, and that makes compiling them
/// several times cheaper while the lazy DFA still matches in nanoseconds.
fn compile(source: &str) -> Option<meta::Regex> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .auto_prefilter(false)
                .onepass(false)
                .backtrack(false),
        )
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .build(source)
        .ok()
}

/// One family of templates. A side is read only when an address has the words it needs.
pub struct Family {
    /// Which role a match gives.
    pub role: IpRole,
    /// Its place in [`ROLES`].
    id: usize,
    templates: Vec<(Option<Side>, Option<Side>)>,
}

fn family(role: IpRole, id: usize, built: &[(Option<BuiltSide>, Option<BuiltSide>)]) -> Family {
    Family {
        role,
        id,
        templates: built
            .iter()
            .map(|&(b, a)| {
                (
                    b.map(|b| Side::new(b, true)),
                    a.map(|a| Side::new(a, false)),
                )
            })
            .collect(),
    }
}

impl Family {
    /// Whether any template of the family holds for an address between `before` and `after`.
    pub fn holds(&self, before: &str, after: &str) -> bool {
        let (lb, la) = (before.to_ascii_lowercase(), after.to_ascii_lowercase());
        let folds = |t: &str| FOLDING.iter().any(|f| t.contains(f));
        let (fb, fa) = (folds(before), folds(after));
        Self::holds_with(self.templates.iter(), before, after, |s, is_after| {
            if is_after {
                s.worded(&la, fa)
            } else {
                s.worded(&lb, fb)
            }
        })
    }

    /// [`Family::holds`] for the address at `span` of `text`, its words looked up in `index`
    /// (made of `text`).
    pub fn holds_at(&self, text: &str, index: &WordIndex, span: &Range<usize>) -> bool {
        let (b, a) = window(text, span);
        let (before, after) = (
            text.get(b.clone()).unwrap_or_default(),
            text.get(a.clone()).unwrap_or_default(),
        );
        let templates = index
            .possible(self)
            .iter()
            .filter_map(|&i| self.templates.get(i));
        Self::holds_with(templates, before, after, |s, is_after| {
            s.worded_in(index, if is_after { &a } else { &b })
        })
    }

    fn holds_with<'t>(
        mut templates: impl Iterator<Item = &'t (Option<Side>, Option<Side>)>,
        before: &str,
        after: &str,
        worded: impl Fn(&Side, bool) -> bool,
    ) -> bool {
        // Every word test first: a template whose words are missing is never read.
        templates.any(|(b, a)| {
            a.as_ref().is_none_or(|s| worded(s, true))
                && b.as_ref().is_none_or(|s| worded(s, false))
                && a.as_ref().is_none_or(|s| s.matches(after))
                && b.as_ref().is_none_or(|s| s.matches(before))
        })
    }
}

/// The role families, most telling first.
pub static ROLES: LazyLock<[Family; 3]> = LazyLock::new(|| {
    [
        family(IpRole::BlockedSender, 0, BUILT_BLOCKED),
        family(IpRole::SubmittingClient, 1, BUILT_SUBMITTING),
        family(IpRole::RemoteMx, 2, BUILT_REMOTE_MX),
    ]
});

/// The text just before and just after `span` in `text`, for [`Family::holds`].
pub fn around<'t>(text: &'t str, span: &Range<usize>) -> (&'t str, &'t str) {
    let (b, a) = window(text, span);
    (
        text.get(b).unwrap_or_default(),
        text.get(a).unwrap_or_default(),
    )
}

/// Where the text just before and just after `span` stands.
fn window(text: &str, span: &Range<usize>) -> (Range<usize>, Range<usize>) {
    let mut a = span.start.saturating_sub(BEFORE);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + AFTER).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    (a..span.start, span.end..b)
}

/// SPF, DKIM and DMARC failures name the client's address too; that is not a block.
pub static AUTH_FAILURE: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(
        r"(?i)\bSPF\b|\bDKIM\b|\bDMARC\b|sender\s+policy\s+framework|\b5\.7\.2[3-7]\b",
    )
    .expect("auth pattern")
});

#[cfg(test)]
mod dfa_tests;

#[cfg(test)]
mod tests {
    use super::super::templates::{
        BLOCKED, REMOTE_MX, SUBMITTING, Template, after_source, before_source,
    };
    use super::*;
    use crate::scan::prefilter::required_words;

    /// build.rs read the same templates with the same code: its tables are what the program
    /// would find itself.
    #[test]
    fn the_sides_built_before_the_run_are_the_templates() {
        let side = |s: Option<String>| {
            s.map(|s| {
                let words = required_words(&s);
                (s, words)
            })
        };
        let owned = |b: &Option<BuiltSide>| {
            b.map(|(s, w, _)| {
                (
                    s.to_owned(),
                    w.map(|ws| ws.iter().map(|&w| w.to_owned()).collect()),
                )
            })
        };
        for (templates, built) in [
            (BLOCKED, BUILT_BLOCKED),
            (SUBMITTING, BUILT_SUBMITTING),
            (REMOTE_MX, BUILT_REMOTE_MX),
        ] {
            let expected: Vec<_> = templates
                .iter()
                .map(|&(b, a): &Template| (side(b.map(before_source)), side(a.map(after_source))))
                .collect();
            let got: Vec<_> = built.iter().map(|(b, a)| (owned(b), owned(a))).collect();
            assert_eq!(expected, got);
        }
    }

    /// The word test looked up in an index of the whole text decides as the search of the
    /// text around each address does: addresses near and far from the words, folding letters,
    /// words cut by the window's edges.
    #[test]
    fn the_index_decides_as_the_search_around_each_address() {
        let pieces = [
            "client host [",
            "]",
            " blocked using ",
            "mail from ",
            " was rejected",
            "your ip ",
            "received at x from y [",
            "host mx.example.com [",
            "connect to ",
            "remote-mta: dns; a [",
            " is listed ",
            "\u{17F}",
            "\u{212A}",
            "é",
            "\n",
            "      ",
            "blocked ip ",
            " did not like",
            "x.example [",
            "Client Host [",
            "CONNECT TO ",
        ];
        let mut seed = 11_u64;
        let mut held = 0;
        for _ in 0..200 {
            let mut next = || {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (seed >> 33) as usize
            };
            let mut text = String::new();
            for _ in 0..next() % 60 {
                if next() % 3 == 0 {
                    let n = next() % 250;
                    text.push_str(&format!("192.0.2.{n}"));
                } else {
                    text.push_str(pieces[next() % pieces.len()]);
                }
            }
            let index = WordIndex::of(&text);
            for w in crate::scan::ip::addresses(&text) {
                let (before, after) = around(&text, &w.span);
                for f in ROLES.iter() {
                    let by_search = f.holds(before, after);
                    assert_eq!(f.holds_at(&text, &index, &w.span), by_search, "{text:?}");
                    held += usize::from(by_search);
                }
            }
        }
        assert!(held > 50, "{held}");
    }
}
