//! The server a bounce names as the one that answered, read by hand in one pass. The forms were
//! a regex (kept in the tests, which compare the two): compiling it cost 2.1 M instructions,
//! more than the rest of a one-bounce run. The reading is the regex's, leftmost first:
//!
//! ```text
//! (?ix-u)
//!   \bhost\s+(?P<a>[a-z0-9][-a-z0-9.]*\.[a-z0-9-]+)\.?\s*\[[0-9a-f:.]+\]
//! | \btalking\s+to\s+(?P<b>[a-z0-9][-a-z0-9.]*\.[a-z][-a-z0-9]*)\.?:
//! | \bremote\s+host\s+(?P<c>[a-z0-9][-a-z0-9.]*[a-z0-9])\s+said
//! | (?P<d>[a-z0-9][-a-z0-9.]*\.[a-z][-a-z0-9]*)\.?\s+\[[0-9a-f:.]+\]\s+did\s+not\s+like
//! | \bconnect(?:ion)?\s+to\s+(?P<e>[a-z0-9][-a-z0-9.]*\.[a-z][-a-z0-9]*)\.?\s*\[[0-9a-f:.]+\]
//! | \bby\s+(?P<f>[a-z0-9][-a-z0-9.]*\.[a-z][-a-z0-9]*)\.?\s+\[[0-9a-f:.]+\]
//! | \bgiving\s+up\s+on\s+(?P<g>[a-z0-9][-a-z0-9.:]*[a-z0-9])
//! | (?m:^)(?P<h>[a-z0-9][-a-z0-9.:]*[a-z0-9])\s+does\s+not\s+like\s+recipient
//! ```
//!
//! ASCII only: host names are ASCII, and every letter is matched without regard to case.
//!
//! Why each name's end is known without backtracking: a name is a run of host characters, and
//! what may follow it (a space, `[`, `:`, or one `.` before those) is not one, so the name ends
//! where its run ends, or one before when the run ends in a dot.

use std::ops::Range;

/// `\s` of an ASCII regex: tab, line feed, vertical tab, form feed, carriage return, space.
fn space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn host(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

/// A host character or a colon (`giving up on host:port`).
fn host_port(b: u8) -> bool {
    host(b) || b == b':'
}

struct Text<'t>(&'t [u8]);

impl Text<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.0.get(i).copied()
    }

    /// The end of the run of bytes from `i` that satisfy `f`.
    fn run(&self, i: usize, f: fn(u8) -> bool) -> usize {
        i + self
            .0
            .get(i..)
            .map_or(0, |r| r.iter().take_while(|&&b| f(b)).count())
    }

    /// `\s+` (`least` 1) or `\s*` (`least` 0) from `i`: where it ends.
    fn spaces(&self, i: usize, least: usize) -> Option<usize> {
        let end = self.run(i, space);
        (end - i >= least).then_some(end)
    }

    /// A word, ASCII case aside, from `i`: where it ends.
    fn word(&self, i: usize, w: &str) -> Option<usize> {
        let end = i + w.len();
        self.0
            .get(i..end)
            .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
            .then_some(end)
    }

    /// Words separated by `\s+`, from `i`.
    fn words(&self, mut i: usize, ws: &[&str]) -> Option<usize> {
        for (n, w) in ws.iter().enumerate() {
            if n > 0 {
                i = self.spaces(i, 1)?;
            }
            i = self.word(i, w)?;
        }
        Some(i)
    }

    /// `\[[0-9a-f:.]+\]` from `i`.
    fn address(&self, i: usize) -> Option<usize> {
        (self.at(i)? == b'[').then_some(())?;
        let end = self.run(i + 1, |b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
        (end > i + 1 && self.at(end)? == b']').then_some(end + 1)
    }

    /// `\b` before a word character at `i`.
    fn boundary(&self, i: usize) -> bool {
        i == 0 || !self.at(i - 1).is_some_and(word)
    }

    /// The dotted name that starts at `p`, whose last label begins with a letter (`letter`) or
    /// is any of `[a-z0-9-]+`, followed by an optional dot: the name's range and where the
    /// dot ends.
    fn dotted(&self, p: usize, letter: bool) -> Option<(Range<usize>, usize)> {
        let q = self.run(p, host);
        let e = if q > p && self.at(q - 1) == Some(b'.') {
            q - 1
        } else {
            q
        };
        self.dotted_in(p, e, letter).then_some((p..e, q))
    }

    /// Whether `p..e`, host characters, reads `[a-z0-9][-a-z0-9.]*\.` and a last label as
    /// [`Self::dotted`] says.
    fn dotted_in(&self, p: usize, e: usize, letter: bool) -> bool {
        let Some(name) = self.0.get(p..e) else {
            return false;
        };
        let Some(last_dot) = name.iter().rposition(|&b| b == b'.') else {
            return false;
        };
        let label = name.get(last_dot + 1..).unwrap_or_default();
        name.first().is_some_and(u8::is_ascii_alphanumeric)
            && last_dot >= 1
            && label.first().is_some_and(|&b| {
                if letter {
                    b.is_ascii_alphabetic()
                } else {
                    true
                }
            })
    }

    /// `[a-z0-9][-a-z0-9.]*[a-z0-9]` (`f` = [`host`]) or its `:` variant from `p`, as long as it
    /// goes: the name's end.
    fn tail_name(&self, p: usize, f: fn(u8) -> bool, whole_run: bool) -> Option<usize> {
        if !self.at(p)?.is_ascii_alphanumeric() {
            return None;
        }
        let q = self.run(p, f);
        let e = if whole_run {
            q
        } else {
            // Greedy, then back to the last letter or digit.
            p + 1
                + self
                    .0
                    .get(p + 1..q)?
                    .iter()
                    .rposition(u8::is_ascii_alphanumeric)?
                + 1
        };
        (e >= p + 2 && self.at(e - 1)?.is_ascii_alphanumeric()).then_some(e)
    }
}

/// Per run of host characters: whether the form `… [ip] did not like` follows it, and from
/// where up to where a start gives a name.
struct DidNotLike {
    run_end: usize,
    /// Starts before this give a name (each needs a dot after its first character).
    before: usize,
    name_end: usize,
}

fn did_not_like(t: &Text<'_>, r0: usize) -> Option<DidNotLike> {
    let q = t.run(r0, host);
    let e = if t.at(q - 1) == Some(b'.') { q - 1 } else { q };
    let name = t.0.get(r0..e)?;
    let last_dot = r0 + name.iter().rposition(|&b| b == b'.')?;
    if !(last_dot + 1 < e && t.at(last_dot + 1)?.is_ascii_alphabetic()) {
        return None;
    }
    let i = t.spaces(q, 1)?;
    let i = t.address(i)?;
    let i = t.spaces(i, 1)?;
    t.words(i, &["did", "not", "like"])?;
    Some(DidNotLike {
        run_end: q,
        before: last_dot,
        name_end: e,
    })
}

/// The name each form reads at `p`, in the regex's order.
fn at(t: &Text<'_>, p: usize, run: Option<&DidNotLike>, does: bool) -> Option<Range<usize>> {
    let b = t.at(p)?;
    let keyword = t.boundary(p);
    if keyword && matches!(b, b'h' | b'H') {
        // host NAME[.] *[ip]
        if let Some(i) = t.word(p, "host").and_then(|i| t.spaces(i, 1))
            && let Some((name, i)) = t.dotted(i, false)
            && t.spaces(i, 0).and_then(|i| t.address(i)).is_some()
        {
            return Some(name);
        }
    }
    if keyword && matches!(b, b't' | b'T') {
        // talking to NAME[.]:
        if let Some(i) = t.words(p, &["talking", "to"]).and_then(|i| t.spaces(i, 1))
            && let Some((name, i)) = t.dotted(i, true)
            && t.at(i) == Some(b':')
        {
            return Some(name);
        }
    }
    if keyword && matches!(b, b'r' | b'R') {
        // remote host NAME said
        if let Some(i) = t.words(p, &["remote", "host"]).and_then(|i| t.spaces(i, 1))
            && let Some(e) = t.tail_name(i, host, true)
            && t.spaces(e, 1).and_then(|j| t.word(j, "said")).is_some()
        {
            return Some(i..e);
        }
    }
    if let Some(d) = run
        && p < d.before
        && b.is_ascii_alphanumeric()
    {
        return Some(p..d.name_end);
    }
    if keyword && matches!(b, b'c' | b'C') {
        // connect[ion] to NAME[.] *[ip]
        if let Some(i) = t.word(p, "connect") {
            let i = t.word(i, "ion").unwrap_or(i);
            if let Some(i) = t.spaces(i, 1).and_then(|i| t.word(i, "to"))
                && let Some(i) = t.spaces(i, 1)
                && let Some((name, i)) = t.dotted(i, true)
                && t.spaces(i, 0).and_then(|i| t.address(i)).is_some()
            {
                return Some(name);
            }
        }
    }
    if keyword && matches!(b, b'b' | b'B') {
        // by NAME[.] [ip]
        if let Some(i) = t.word(p, "by").and_then(|i| t.spaces(i, 1))
            && let Some((name, i)) = t.dotted(i, true)
            && t.spaces(i, 1).and_then(|i| t.address(i)).is_some()
        {
            return Some(name);
        }
    }
    if keyword && matches!(b, b'g' | b'G') {
        // giving up on NAME
        if let Some(i) = t
            .words(p, &["giving", "up", "on"])
            .and_then(|i| t.spaces(i, 1))
            && let Some(e) = t.tail_name(i, host_port, false)
        {
            return Some(i..e);
        }
    }
    if does
        && (p == 0 || t.at(p - 1) == Some(b'\n'))
        && let Some(e) = t.tail_name(p, host_port, true)
        && t.spaces(e, 1)
            .and_then(|i| t.words(i, &["does", "not", "like", "recipient"]))
            .is_some()
    {
        return Some(p..e);
    }
    None
}

/// Whether a form that opens with a keyword can start with `b`: `host`, `talking`, `remote`,
/// `connect`, `by`, `giving`, in either case (`| 0x20` makes an ASCII capital small).
fn starts_keyword(b: u8) -> bool {
    matches!(b | 0x20, b'h' | b't' | b'r' | b'c' | b'b' | b'g')
}

/// Whether the words (lower case), separated by `\s+`, stand somewhere in `t`, ASCII case
/// aside.
fn has_words(t: &Text<'_>, ws: &[&str]) -> bool {
    let Some(&first) = ws.first().and_then(|w| w.as_bytes().first()) else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), t.0).any(|i| t.words(i, ws).is_some())
}

/// [`remote_mta`] of a text where only the forms that open with a keyword can stand: each is
/// tried where a keyword's first letter follows a byte that is not a word character (`\b`).
/// The answer is the general loop's, read in a few instructions a byte: this is the common
/// case, and every block and context of a bounce is read.
fn keyword_forms(text: &str) -> Option<String> {
    let t = &Text(text.as_bytes());
    let mut after_word = false;
    for (p, &b) in t.0.iter().enumerate() {
        if !after_word
            && starts_keyword(b)
            && let Some(name) = at(t, p, None, false)
        {
            let name = text.get(name)?;
            return Some(name.trim_end_matches('.').to_ascii_lowercase());
        }
        after_word = word(b);
    }
    None
}

/// The server named as the one that answered, in `text`.
pub fn remote_mta(text: &str) -> Option<String> {
    let t = Text(text.as_bytes());
    // The two forms that can start anywhere are looked for only in a text that has their
    // words, as they stand in the form: every run of letters would otherwise be read twice
    // ("did" alone stands in many bounces that never say "did not like").
    let did = has_words(&t, &["did", "not", "like"]);
    let does = has_words(&t, &["does", "not", "like", "recipient"]);
    if !did && !does {
        return keyword_forms(text);
    }
    let mut run: Option<DidNotLike> = None;
    for (p, &b) in t.0.iter().enumerate() {
        if run.as_ref().is_some_and(|d| p >= d.run_end) {
            run = None;
        }
        if did && run.is_none() && host(b) && (p == 0 || !t.at(p - 1).is_some_and(host)) {
            run = did_not_like(&t, p);
        }
        // Most places start no form: not a keyword's first letter after a boundary, not in a
        // `did not like` run, not a line start when `does` stands in the text. Ruling them out
        // here is the same answer as `at`'s, read in a few instructions a byte.
        let line_start = p == 0 || t.at(p - 1) == Some(b'\n');
        if run.is_none() && !(does && line_start) && !(starts_keyword(b) && t.boundary(p)) {
            continue;
        }
        if let Some(name) = at(&t, p, run.as_ref(), does) {
            let name = text.get(name)?;
            return Some(name.trim_end_matches('.').to_ascii_lowercase());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::RngSeed;
    use regex::Regex;

    /// The regex this reading replaces, as it was.
    fn reference(text: &str) -> Option<String> {
        static REMOTE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
            Regex::new(
                r"(?ix-u)
        \bhost\s+(?P<a>[a-z0-9][-a-z0-9.]*\.[a-z0-9-]+)\.?\s*\[[0-9a-f:.]+\]
        | \btalking\s+to\s+(?P<b>[a-z0-9][-a-z0-9.]*\.[a-z][-a-z0-9]*)\.?:
        | \bremote\s+host\s+(?P<c>[a-z0-9][-a-z0-9.]*[a-z0-9])\s+said
        | (?P<d>[a-z0-9][-a-z0-9.]*\.[a-z][-a-z0-9]*)\.?\s+\[[0-9a-f:.]+\]\s+did\s+not\s+like
        | \bconnect(?:ion)?\s+to\s+(?P<e>[a-z0-9][-a-z0-9.]*\.[a-z][-a-z0-9]*)\.?\s*\[[0-9a-f:.]+\]
        | \bby\s+(?P<f>[a-z0-9][-a-z0-9.]*\.[a-z][-a-z0-9]*)\.?\s+\[[0-9a-f:.]+\]
        | \bgiving\s+up\s+on\s+(?P<g>[a-z0-9][-a-z0-9.:]*[a-z0-9])
        | (?m:^)(?P<h>[a-z0-9][-a-z0-9.:]*[a-z0-9])\s+does\s+not\s+like\s+recipient
        ",
            )
            .unwrap()
        });
        let caps = REMOTE.captures(text)?;
        ["a", "b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .find_map(|n| caps.name(n))
            .map(|m| m.as_str().trim_end_matches('.').to_ascii_lowercase())
    }

    #[test]
    fn remote_servers_are_named() {
        let cases = [
            (
                "host mx.example.jp [192.0.2.153]: 550 5.1.1",
                "mx.example.jp",
            ),
            (
                "... while talking to mx1.example.org.:\n>>> DATA",
                "mx1.example.org",
            ),
            ("<a@b.jp>: host mx.b.jp[192.0.2.9] said: 550", "mx.b.jp"),
            ("Remote host MX.B.JP said: 550", "mx.b.jp"),
            ("x-mx.b.jp. [192.0.2.9] did not like our RCPT", "x-mx.b.jp"),
            ("Connection to mx.b.jp [::1] timed out", "mx.b.jp"),
            ("Received: by mx.b.jp. [192.0.2.1]", "mx.b.jp"),
            ("giving up on 192.0.2.1:25.", "192.0.2.1:25"),
            ("x\nmx.b.jp does not like recipient.", "mx.b.jp"),
        ];
        for (text, name) in cases {
            assert_eq!(remote_mta(text).as_deref(), Some(name), "{text:?}");
            assert_eq!(reference(text).as_deref(), Some(name), "{text:?}");
        }
        for text in [
            "hostmx.b.jp [1.2.3.4]",
            "_by mx.b.jp [1.2.3.4]",
            "host -x.jp [1]",
            "",
        ] {
            assert_eq!(remote_mta(text), None, "{text:?}");
            assert_eq!(reference(text), None, "{text:?}");
        }
    }

    /// Every line, paragraph and whole text of the project's fixtures reads as the regex did.
    #[test]
    fn fixtures_read_as_the_regex_did() {
        let mut texts = 0;
        for (path, text) in crate::fixture_texts::all() {
            let parts = std::iter::once(text.as_str())
                .chain(text.split("\n\n"))
                .chain(text.lines());
            for part in parts {
                assert_eq!(
                    remote_mta(part),
                    reference(part),
                    "{}: {part:?}",
                    path.display()
                );
                texts += 1;
            }
        }
        assert!(texts > 10_000, "{texts}");
    }

    /// Pieces of the forms, names, addresses and the characters that end them, in any order.
    fn pieces() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            "host ",
            "HOST",
            "Host\t",
            "remote host ",
            "talking to ",
            "talking\nTO ",
            "said",
            " said",
            "did not like",
            " did not like ",
            "connection to ",
            "connect to ",
            "CONNECTION",
            "ion",
            "by ",
            "BY\n",
            "giving up on ",
            "does not like recipient",
            " does not like recipient",
            "mx.example.jp",
            "mx.example.jp.",
            "MX1.EXAMPLE.ORG",
            "a-b",
            "x",
            "9",
            "1.2",
            "a.1b",
            "a.-b",
            "-",
            ".",
            "..",
            ":",
            ":25",
            "_",
            "[",
            "]",
            "[192.0.2.1]",
            "[::1]",
            "[fe80::G]",
            "192.0.2.1",
            " ",
            " ",
            "  ",
            "\t",
            "\n",
            "\n",
            "\r\n",
            "\u{b}",
            "\u{c}",
            "é",
            "日本",
            "ſ",
            "\u{212a}",
            "to",
            "on",
            "up",
            "not",
        ];
        prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|v| v.concat())
    }

    /// One of the forms, its name and address made of pieces that may or may not fit.
    fn a_form() -> impl Strategy<Value = String> {
        const FORMS: &[&str] = &[
            "host {n}{d}{s}{a}",
            "talking to {n}{d}:",
            "remote host {n} said",
            "{n}{d} {a} did not like",
            "connection to {n}{d}{s}{a}",
            "connect to {n}{d}{s}{a}",
            "by {n}{d} {a}",
            "giving up on {n}",
            "{n} does not like recipient",
        ];
        const NAME: &[&str] = &[
            "mx", "a", "9", "-", ".", ".", "..", ":", "_", "x1", "é", "b-c", "jp", "1", "Z",
        ];
        const ADDRESS: &[&str] = &["[192.0.2.1]", "[::1]", "[]", "[g]", "[1.2", "[A:b]"];
        (
            prop::sample::select(FORMS),
            prop::collection::vec(prop::sample::select(NAME), 1..7),
            prop::sample::select(&["", ".", ".."][..]),
            prop::sample::select(&["", " ", "\t", "\n "][..]),
            prop::sample::select(ADDRESS),
            any::<bool>(),
        )
            .prop_map(|(f, n, d, s, a, upper)| {
                let t = f
                    .replace("{n}", &n.concat())
                    .replace("{d}", d)
                    .replace("{s}", s)
                    .replace("{a}", a);
                if upper { t.to_ascii_uppercase() } else { t }
            })
    }

    /// Forms among random pieces.
    fn texts() -> impl Strategy<Value = String> {
        prop::collection::vec(prop_oneof![pieces(), a_form()], 1..5).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 20_000,
            rng_seed: RngSeed::Fixed(0x5eed_0015_0000_0001),
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn reads_as_the_regex_did(text in texts()) {
            prop_assert_eq!(remote_mta(&text), reference(&text));
        }
    }
}
