//! Until when a text says the server keeps trying, read by hand in one pass. The forms were a
//! regex (kept in the tests, which compare the two): its `[^.\n]{1,60}?`, a Unicode class
//! repeated sixty times, cost 5.4 M instructions to compile, on every deferral bounce. The
//! reading is the regex's, leftmost first, on `document::squeeze`d text (single ASCII spaces,
//! so a literal space stands for `\s+`):
//!
//! ```text
//! (?i)
//!   (?:will keep trying )?until (?:the )?message is (?P<a>\d+ (?:day|hour|minute)s?) old
//! | (?:will be )?retried until it is (?P<b>\d+) ?day\(s\) old
//! | (?:will (?:be )?retr(?:y|ied)|will keep trying|will continue (?:to try|trying))
//!   (?:for (?:the next |another )?|until )(?P<c>[^.\n]{1,60}?)(?:\.|$| (?:from|after|and|if) )
//! ```
//!
//! Unicode rules kept: a letter matches as `(?i)` folds it (`s` also matches `ſ`, `k` the Kelvin
//! sign), `\d` is any decimal digit, and the sixty are characters, not bytes.
//!
//! Why no backtracking is needed but in one place: the optional words and the alternatives
//! each begin differently from what follows them, and a digit run is followed by a non-digit, so
//! each step has one way to match. The one choice that can be undone is `(?:the next
//! |another )?`: when the tail fails after those words, the regex reads them as the tail's
//! beginning, so both are tried in its order.

use std::sync::LazyLock;

/// The form a match took.
enum Until<'t> {
    /// `… message is 5 days old`: the age, as written.
    Age(&'t str),
    /// `… retried until it is 5 day(s) old`: the number of days.
    Days(&'t str),
    /// `… will retry for 48 hours.`: the words up to the end of the clause.
    Clause(&'t str),
}

/// A letter as `(?i)` in Unicode mode folds it: ASCII case aside, and the two characters outside
/// ASCII whose simple case folding is an ASCII letter.
fn folds_to(c: char, lower: char) -> bool {
    c.to_ascii_lowercase() == lower
        || (lower == 's' && c == '\u{17f}')
        || (lower == 'k' && c == '\u{212a}')
}

/// `\d` in Unicode mode: a decimal digit (general category Nd) of any script.
fn digit(c: char) -> bool {
    // The table regex uses, taken from its parser: building no automaton, it costs next to
    // nothing, and only a non-ASCII character after the words asks for it.
    static ND: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
        use regex_syntax::hir::{Class, HirKind};
        let hir = regex_syntax::parse(r"\d").unwrap_or_else(|e| panic!("\\d: {e}"));
        match hir.kind() {
            HirKind::Class(Class::Unicode(c)) => {
                c.ranges().iter().map(|r| (r.start(), r.end())).collect()
            }
            _ => Vec::new(),
        }
    });
    c.is_ascii_digit()
        || (!c.is_ascii()
            && ND
                .binary_search_by(|&(lo, hi)| {
                    if hi < c {
                        std::cmp::Ordering::Less
                    } else if lo > c {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Equal
                    }
                })
                .is_ok())
}

struct Text<'t>(&'t str);

impl<'t> Text<'t> {
    fn rest(&self, i: usize) -> &'t str {
        self.0.get(i..).unwrap_or_default()
    }

    /// `lit` (lower case) from `i`, its letters as `(?i)` folds them: where it ends.
    fn lit(&self, i: usize, lit: &str) -> Option<usize> {
        let mut chars = self.rest(i).chars();
        let mut end = i;
        for want in lit.chars() {
            let c = chars.next()?;
            let same = if want.is_ascii_alphabetic() {
                folds_to(c, want)
            } else {
                c == want
            };
            if !same {
                return None;
            }
            end += c.len_utf8();
        }
        Some(end)
    }

    /// The first of `lits` that stands at `i`: where it ends.
    fn any(&self, i: usize, lits: &[&str]) -> Option<usize> {
        lits.iter().find_map(|l| self.lit(i, l))
    }

    /// `lit` at `i` if it is there, else `i`: an optional part no later part can begin with.
    fn opt(&self, i: usize, lit: &str) -> usize {
        self.lit(i, lit).unwrap_or(i)
    }

    /// `\d+` from `i`: where the run ends.
    fn digits(&self, i: usize) -> Option<usize> {
        let len: usize = self
            .rest(i)
            .chars()
            .take_while(|&c| digit(c))
            .map(char::len_utf8)
            .sum();
        (len > 0).then_some(i + len)
    }

    /// `(?P<a>\d+ (?:day|hour|minute)s?) old` from `i`.
    fn age(&self, i: usize) -> Option<&'t str> {
        let i = self.lit(i, "until ")?;
        let i = self.opt(i, "the ");
        let from = self.lit(i, "message is ")?;
        let j = self.lit(self.digits(from)?, " ")?;
        let j = self.any(j, &["day", "hour", "minute"])?;
        let to = self.opt(j, "s");
        self.lit(to, " old")?;
        self.0.get(from..to)
    }

    /// `retried until it is (?P<b>\d+) ?day\(s\) old` from `i`.
    fn days(&self, i: usize) -> Option<&'t str> {
        let from = self.lit(i, "retried until it is ")?;
        let to = self.digits(from)?;
        let j = self.opt(to, " ");
        self.lit(j, "day(s) old")?;
        self.0.get(from..to)
    }

    /// `(?P<c>[^.\n]{1,60}?)` then its end from `i`: the shortest run of one to sixty
    /// characters, none a dot or a line feed, that the end follows.
    fn clause(&self, i: usize) -> Option<&'t str> {
        let mut end = i;
        for c in self.rest(i).chars().take(60) {
            if c == '.' || c == '\n' {
                return None;
            }
            end += c.len_utf8();
            if self.clause_ends(end) {
                return self.0.get(i..end);
            }
        }
        None
    }

    /// `(?:\.|$| (?:from|after|and|if) )` at `i`.
    fn clause_ends(&self, i: usize) -> bool {
        i == self.0.len()
            || self.lit(i, ".").is_some()
            || self
                .lit(i, " ")
                .and_then(|j| self.any(j, &["from", "after", "and", "if"]))
                .and_then(|j| self.lit(j, " "))
                .is_some()
    }

    /// The third form from `i`: its words, then the clause.
    fn keeps_trying(&self, i: usize) -> Option<&'t str> {
        let j = self.lit(i, "will ")?;
        let j = self
            .lit(self.opt(j, "be "), "retr")
            .and_then(|j| self.any(j, &["y", "ied"]))
            .or_else(|| self.lit(j, "keep trying"))
            .or_else(|| {
                self.lit(j, "continue ")
                    .and_then(|j| self.any(j, &["to try", "trying"]))
            })?;
        let j = self.lit(j, " ")?;
        if let Some(k) = self.lit(j, "until ") {
            return self.clause(k);
        }
        let k = self.lit(j, "for ")?;
        self.any(k, &["the next ", "another "])
            .and_then(|m| self.clause(m))
            .or_else(|| self.clause(k))
    }

    /// The forms at `i`, in the regex's order.
    fn at(&self, i: usize) -> Option<Until<'t>> {
        if let Some(a) = self.age(self.opt(i, "will keep trying ")) {
            return Some(Until::Age(a));
        }
        if let Some(b) = self.days(self.opt(i, "will be ")) {
            return Some(Until::Days(b));
        }
        self.keeps_trying(i).map(Until::Clause)
    }
}

/// The first form in `flat`, a squeezed text.
fn find(flat: &str) -> Option<Until<'_>> {
    let t = Text(flat);
    // Every form begins with `will`, `until` or `retried`, whose first letters fold to nothing
    // outside ASCII.
    flat.bytes()
        .enumerate()
        .filter(|(_, b)| matches!(b.to_ascii_lowercase(), b'w' | b'u' | b'r'))
        .find_map(|(i, _)| t.at(i))
}

/// Until when `text` says the server keeps trying ("5 days", a date), as stated.
pub fn stated(text: &str) -> Option<String> {
    let flat = crate::bounce::document::squeeze(text);
    Some(match find(&flat)? {
        // Already squeezed: the age's one space is the one the text had.
        Until::Age(a) => a.to_owned(),
        Until::Days(b) => format!("{b} days"),
        Until::Clause(c) => c.trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::RngSeed;
    use regex::Regex;

    /// The regex this reading replaces, as it was, and what `stated` made of its captures.
    fn reference(text: &str) -> Option<String> {
        static UNTIL: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"(?i)(?:will keep trying )?until (?:the )?message is (?P<a>\d+ (?:day|hour|minute)s?) old|(?:will be )?retried until it is (?P<b>\d+) ?day\(s\) old|(?:will (?:be )?retr(?:y|ied)|will keep trying|will continue (?:to try|trying)) (?:for (?:the next |another )?|until )(?P<c>[^.\n]{1,60}?)(?:\.|$| (?:from|after|and|if) )",
            )
            .unwrap()
        });
        let flat = crate::bounce::document::squeeze(text);
        let caps = UNTIL.captures(&flat)?;
        if let Some(a) = caps.name("a") {
            return Some(crate::bounce::document::squeeze(a.as_str()));
        }
        if let Some(b) = caps.name("b") {
            return Some(format!("{} days", b.as_str()));
        }
        caps.name("c").map(|c| c.as_str().trim().to_owned())
    }

    #[test]
    fn each_form_is_read() {
        let cases = [
            ("will keep trying until the message is 5 days old", "5 days"),
            ("Until message is 12 HOURS old", "12 HOURS"),
            ("it will be retried until it is 3day(s) old", "3 days"),
            ("we will retry for the next 48 hours.", "48 hours"),
            (
                "we will retry for another 2 days and then give up",
                "2 days",
            ),
            (
                "will continue to try until Sat, 11 May 2024",
                "Sat, 11 May 2024",
            ),
            ("will keep trying for ſix hours if it can", "ſix hours"),
            ("will be retried until ٣ day(s) old.", "٣ day(s) old"),
            ("retried until it is ５ day(s) old", "５ days"),
            ("will \u{212a}eep trying for 1 hour", "1 hour"),
            // The optional words given back: the clause after them has no end in sixty.
            (
                "will retry for another from xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "another",
            ),
        ];
        for (text, until) in cases {
            assert_eq!(stated(text).as_deref(), Some(until), "{text:?}");
            assert_eq!(reference(text).as_deref(), Some(until), "{text:?}");
        }
        for text in [
            "will retry for",
            "will retry for .",
            "will retryfor 5 days",
            "until message is 5 weeks old",
            &format!("will retry until {}", "x".repeat(61)),
            "",
        ] {
            assert_eq!(stated(text), None, "{text:?}");
            assert_eq!(reference(text), None, "{text:?}");
        }
    }

    /// The letters of the forms fold, under `(?i)`, to what `folds_to` says and no more.
    #[test]
    fn letters_fold_as_the_regex_folds_them() {
        use regex_syntax::hir::{Class, HirKind};
        for lower in 'a'..='z' {
            let hir = regex_syntax::parse(&format!("(?i){lower}")).unwrap();
            let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
                panic!("{lower}: {hir:?}");
            };
            let chars: Vec<char> = class
                .ranges()
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .collect();
            let ours: Vec<char> = (0..=0x2fff_u32)
                .filter_map(char::from_u32)
                .filter(|&c| folds_to(c, lower))
                .collect();
            assert_eq!(chars, ours, "{lower}");
        }
    }

    /// Every line, paragraph and whole text of the project's fixtures reads as the regex did,
    /// as written and lower-cased (the case `Said` passes).
    #[test]
    fn fixtures_read_as_the_regex_did() {
        let (mut texts, mut found) = (0, 0);
        for (path, text) in crate::fixture_texts::all() {
            let lower = text.to_lowercase();
            let parts = [text.as_str(), lower.as_str()]
                .into_iter()
                .chain(text.split("\n\n"))
                .chain(text.lines());
            for part in parts {
                let got = stated(part);
                assert_eq!(got, reference(part), "{}: {part:?}", path.display());
                texts += 1;
                found += usize::from(got.is_some());
            }
        }
        assert!(texts > 10_000 && found > 20, "{texts} texts, {found} read");
    }

    /// Pieces of the forms, the words that end a clause and characters that fold or count.
    fn pieces() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "will ",
            "WILL ",
            "will keep trying ",
            "will \u{212a}eep trying",
            "will be ",
            "will continue ",
            "to try ",
            "trying ",
            "retry ",
            "retried ",
            "retr",
            "ied",
            "y",
            "until ",
            "UNTIL ",
            "for ",
            "for the next ",
            "the next ",
            "another ",
            "the ",
            "message is ",
            "meſſage iſ ",
            "it is ",
            "day(s) old",
            "day(s)",
            " old",
            "day",
            "days",
            "hour",
            "minutes",
            "s",
            "ſ",
            "5",
            "48",
            "５",
            "٣",
            "²",
            " from ",
            " after ",
            " AND ",
            " if ",
            "from",
            ".",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{a0}",
            "x",
            "xxxxxxxxxxxxxxxxxxxx",
            "é",
            "日本語",
            "ı",
            "İ",
        ];
        prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|v| v.concat())
    }

    /// One of the forms with a tail of pieces that may or may not end it in time.
    fn a_form() -> impl Strategy<Value = String> {
        const FORMS: &[&str] = &[
            "will keep trying until the message is {d} {u} old",
            "until message is {d} {u} old",
            "will be retried until it is {d} day(s) old",
            "retried until it is {d}day(s) old",
            "will retry for {t}",
            "will be retried for the next {t}",
            "will keep trying for another {t}",
            "will continue to try until {t}",
            "will continue trying for {t}",
        ];
        const DIGITS: &[&str] = &["5", "12", "", "٣", "５", "x", "5 "];
        const UNITS: &[&str] = &["day", "days", "hours", "minute", "weeks", "dayſ", "day s"];
        const TAIL: &[&str] = &[
            "48 hours",
            "x",
            " ",
            ".",
            " from ",
            " and ",
            "if ",
            "another ",
            "the next ",
            "日本語",
            "xxxxxxxxxx",
            "é",
        ];
        (
            prop::sample::select(FORMS),
            prop::sample::select(DIGITS),
            prop::sample::select(UNITS),
            prop::collection::vec(prop::sample::select(TAIL), 0..12),
            any::<bool>(),
        )
            .prop_map(|(f, d, u, t, upper)| {
                let s = f
                    .replace("{d}", d)
                    .replace("{u}", u)
                    .replace("{t}", &t.concat());
                if upper { s.to_uppercase() } else { s }
            })
    }

    /// Forms among random pieces.
    fn texts() -> impl Strategy<Value = String> {
        prop::collection::vec(prop_oneof![pieces(), a_form()], 1..5).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 20_000,
            rng_seed: RngSeed::Fixed(0x5eed_0015_0000_0002),
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn reads_as_the_regex_did(text in texts()) {
            prop_assert_eq!(stated(&text), reference(&text));
        }
    }
}
