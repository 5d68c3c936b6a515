//! The wording that says what an address is. Each template is the text that must stand right
//! before an address and, where it matters, right after it; both are checked against the text
//! around each address the scanner found, anchored there, so a long bounce costs little more.
//! A side is compiled only when the words it requires stand around an address.

use std::sync::{LazyLock, OnceLock};

use regex_automata::meta;
use regex_automata::util::syntax;

use super::IpRole;

/// How much text before and after an address a template may take.
pub const BEFORE: usize = 160;
/// See [`BEFORE`].
pub const AFTER: usize = 80;

/// One side of a template as build.rs wrote it: its regex and the words it requires.
type BuiltSide = (&'static str, Option<&'static [&'static str]>);

// The templates' sides with their words (`BUILT_BLOCKED`, `BUILT_SUBMITTING`,
// `BUILT_REMOTE_MX`), found by build.rs from `templates.rs`.
include!(concat!(env!("OUT_DIR"), "/role_words.rs"));

/// One side of a template: its words and its regex, compiled on first need.
struct Side {
    source: &'static str,
    words: Option<&'static [&'static str]>,
    re: OnceLock<Option<meta::Regex>>,
}

impl Side {
    fn new((source, words): BuiltSide) -> Self {
        Self {
            source,
            words,
            re: OnceLock::new(),
        }
    }

    /// Whether the words the side requires stand in `lower` (`text` in ASCII lower case).
    fn worded(&self, lower: &str, folds: bool) -> bool {
        folds
            || self
                .words
                .as_ref()
                .is_none_or(|ws| ws.iter().any(|w| lower.contains(w)))
    }

    /// Whether the side's regex matches `text`. Compiled without prefilters, one-pass DFA or
    /// backtracker: these short patterns run on short texts, and that makes compiling them
    /// several times cheaper while the lazy DFA still matches in nanoseconds.
    fn matches(&self, text: &str) -> bool {
        self.re
            .get_or_init(|| {
                meta::Builder::new()
                    .configure(
                        meta::Config::new()
                            .auto_prefilter(false)
                            .onepass(false)
                            .backtrack(false),
                    )
                    .syntax(syntax::Config::new().unicode(false).utf8(false))
                    .build(self.source)
                    .ok()
            })
            .as_ref()
            .is_some_and(|re| re.is_match(text.as_bytes()))
    }
}

/// One family of templates. A side is compiled only when an address has the words it needs.
pub struct Family {
    /// Which role a match gives.
    pub role: IpRole,
    templates: Vec<(Option<Side>, Option<Side>)>,
}

fn compile(role: IpRole, built: &[(Option<BuiltSide>, Option<BuiltSide>)]) -> Family {
    Family {
        role,
        templates: built
            .iter()
            .map(|&(b, a)| (b.map(Side::new), a.map(Side::new)))
            .collect(),
    }
}

impl Family {
    /// Whether any template of the family holds for an address between `before` and `after`.
    pub fn holds(&self, before: &str, after: &str) -> bool {
        let (lb, la) = (before.to_ascii_lowercase(), after.to_ascii_lowercase());
        // Letters that fold to ASCII ones under Unicode case rules defeat the word test.
        let folds = |t: &str| t.contains('\u{17F}') || t.contains('\u{212A}');
        let (fb, fa) = (folds(before), folds(after));
        // Every word test first: a template whose words are missing is never compiled.
        self.templates.iter().any(|(b, a)| {
            a.as_ref().is_none_or(|s| s.worded(&la, fa))
                && b.as_ref().is_none_or(|s| s.worded(&lb, fb))
                && a.as_ref().is_none_or(|s| s.matches(after))
                && b.as_ref().is_none_or(|s| s.matches(before))
        })
    }
}

/// The role families, most telling first.
pub static ROLES: LazyLock<[Family; 3]> = LazyLock::new(|| {
    [
        compile(IpRole::BlockedSender, BUILT_BLOCKED),
        compile(IpRole::SubmittingClient, BUILT_SUBMITTING),
        compile(IpRole::RemoteMx, BUILT_REMOTE_MX),
    ]
});

/// The text just before and just after `span` in `text`, for [`Family::holds`].
pub fn around<'t>(text: &'t str, span: &std::ops::Range<usize>) -> (&'t str, &'t str) {
    let mut a = span.start.saturating_sub(BEFORE);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + AFTER).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    (
        text.get(a..span.start).unwrap_or_default(),
        text.get(span.end..b).unwrap_or_default(),
    )
}

/// SPF, DKIM and DMARC failures name the client's address too; that is not a block.
pub static AUTH_FAILURE: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(
        r"(?i)\bSPF\b|\bDKIM\b|\bDMARC\b|sender\s+policy\s+framework|\b5\.7\.2[3-7]\b",
    )
    .expect("auth pattern")
});

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
            b.map(|(s, w)| {
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
}
