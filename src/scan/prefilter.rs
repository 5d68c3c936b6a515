//! A literal prefilter for many patterns at once: for each pattern, a few words one of which
//! every match must contain, found by walking the pattern's syntax tree; one Aho-Corasick search
//! for all of them then tells, in one fast pass, whether any pattern can match at all.
//!
//! Sound by construction: when a pattern has no such words, the prefilter always says yes.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Shortest word worth searching for.
const MIN_WORD: usize = 3;
/// Largest set of words kept for one pattern (alternations multiply).
const MAX_WORDS: usize = 32;

/// Words one of which every match contains, and whether they are the whole match.
struct Required {
    words: Vec<String>,
    exact: bool,
}

/// One case-insensitive letter: `[Aa]`. Classes with Unicode case variants (`ſ`, the Kelvin
/// sign) are accepted as their ASCII letter; [`Prefilter::may_match`] lets texts holding those
/// characters through, so this stays sound.
fn single_char(c: &Class) -> Option<char> {
    let Class::Unicode(u) = c else {
        return None;
    };
    let mut chars = Vec::new();
    for r in u.ranges() {
        let (a, b) = (r.start() as u32, r.end() as u32);
        if b - a > 3 || chars.len() > 4 {
            return None;
        }
        chars.extend((a..=b).filter_map(char::from_u32));
    }
    let ascii: Vec<char> = chars
        .iter()
        .filter(|c| c.is_ascii())
        .map(char::to_ascii_lowercase)
        .collect();
    let first = *ascii.first()?;
    let others_fold = chars
        .iter()
        .all(|&c| c.to_ascii_lowercase() == first || c == '\u{17F}' || c == '\u{212A}');
    (ascii.iter().all(|&c| c == first) && others_fold).then_some(first)
}

fn required(h: &Hir) -> Option<Required> {
    match h.kind() {
        HirKind::Literal(l) => Some(Required {
            words: vec![String::from_utf8(l.0.to_vec()).ok()?.to_ascii_lowercase()],
            exact: true,
        }),
        HirKind::Class(c) => single_char(c).map(|ch| Required {
            words: vec![ch.to_string()],
            exact: true,
        }),
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub).map(|mut q| {
            q.exact &= r.max == Some(1) && r.min == 1;
            q
        }),
        HirKind::Alternation(alts) => {
            let mut words = Vec::new();
            let mut exact = true;
            for a in alts {
                let q = required(a)?;
                exact &= q.exact;
                words.extend(q.words);
            }
            (words.len() <= MAX_WORDS).then_some(Required { words, exact })
        }
        HirKind::Concat(parts) => concat(parts),
        HirKind::Empty | HirKind::Look(_) | HirKind::Repetition(_) => None,
    }
}

/// A concatenation: runs of exact parts join into longer words; the best candidate wins.
fn concat(parts: &[Hir]) -> Option<Required> {
    let score = |w: &[String]| w.iter().map(String::len).min().unwrap_or(0);
    let mut best: Option<Vec<String>> = None;
    let mut keep = |cand: Vec<String>| {
        if cand.len() <= MAX_WORDS && best.as_ref().is_none_or(|b| score(&cand) > score(b)) {
            best = Some(cand);
        }
    };
    let mut run: Option<Vec<String>> = None;
    for p in parts {
        match required(p) {
            Some(q) if q.exact => {
                run = Some(match run.take() {
                    None => q.words,
                    Some(prev) => prev
                        .iter()
                        .flat_map(|a| q.words.iter().map(move |b| format!("{a}{b}")))
                        .take(MAX_WORDS + 1)
                        .collect(),
                });
            }
            other => {
                if let Some(r) = run.take() {
                    keep(r);
                }
                if let Some(q) = other {
                    keep(q.words);
                }
            }
        }
    }
    if let Some(r) = run.take() {
        keep(r);
    }
    best.map(|words| Required {
        words,
        exact: false,
    })
}

/// Words one of which every match of `pattern` contains, when every one is long enough.
///
/// A leading `(?i)` is read as case-sensitive: the words are searched without regard to ASCII
/// case anyway, and folding every letter into a class would make reading the pattern slow.
#[must_use]
pub fn required_words(pattern: &str) -> Option<Vec<String>> {
    let (pattern, folded) = pattern
        .strip_prefix("(?i)")
        .map_or((pattern, false), |p| (p, true));
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let q = required(&hir)?;
    // A non-ASCII letter with case variants would be missed by an ASCII-insensitive search.
    let cased = |w: &String| {
        w.chars()
            .any(|c| !c.is_ascii() && (c.is_lowercase() || c.is_uppercase()))
    };
    (q.words.iter().all(|w| w.len() >= MIN_WORD) && !(folded && q.words.iter().any(cased)))
        .then_some(q.words)
}

/// Which of a set of patterns can match a text, from the words they require.
pub struct Prefilter {
    /// Every required word, searched without regard to ASCII case.
    words: Option<AhoCorasick>,
    /// Per word: the patterns that require it.
    owners: Vec<Vec<usize>>,
    /// Patterns with no required word: always candidates.
    always: Vec<usize>,
    /// How many patterns.
    count: usize,
}

impl Prefilter {
    /// Builds the prefilter for these patterns (the same sources the regexes compile).
    #[must_use]
    pub fn new<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Self {
        let mut index = std::collections::BTreeMap::<String, Vec<usize>>::new();
        let mut always = Vec::new();
        let mut count = 0;
        for (i, p) in patterns.into_iter().enumerate() {
            count += 1;
            match required_words(p) {
                Some(words) => {
                    for w in words {
                        index.entry(w).or_default().push(i);
                    }
                }
                None => always.push(i),
            }
        }
        let (words, owners): (Vec<String>, Vec<Vec<usize>>) = index.into_iter().unzip();
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            // A DFA: a few hundred words build in about a millisecond, once, beside the first
            // bounces (`analyze` builds it on its own thread), and every bounce's text is then
            // searched at DFA speed: the contiguous NFA made identification cost 10% more.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .ok();
        // Without the automaton nothing can be ruled out.
        if ac.is_none() {
            always = (0..count).collect();
        }
        Self {
            words: ac,
            owners,
            always,
            count,
        }
    }

    /// Case-variant letters that ASCII-insensitive search would miss: such texts rule nothing out.
    fn folds(text: &str) -> bool {
        text.contains('\u{17F}') || text.contains('\u{212A}')
    }

    /// False only when no pattern can match `text`.
    #[must_use]
    pub fn may_match(&self, text: &str) -> bool {
        !self.always.is_empty()
            || self.words.as_ref().is_some_and(|ac| ac.is_match(text))
            || Self::folds(text)
    }

    /// The patterns that can match `text`, in order, each once.
    #[must_use]
    pub fn candidates(&self, text: &str) -> Vec<usize> {
        if Self::folds(text) {
            return (0..self.count).collect();
        }
        let mut out = self.always.clone();
        if let Some(ac) = &self.words {
            for m in ac.find_overlapping_iter(text) {
                out.extend(&self.owners[m.pattern().as_usize()]);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_every_match_must_contain() {
        let w = |p: &str| required_words(&format!("(?i){p}"));
        assert_eq!(w(r"blocked using Spamhaus").unwrap().len(), 1);
        assert_eq!(w(r"\b5\.7\.6[0-4]\d\b").unwrap(), ["5.7.6"]);
        assert_eq!(
            w(r"(?:me|icloud|mac)\.com\b[^\n]{0,40}not accepting connections").unwrap(),
            ["not accepting connections"]
        );
        assert_eq!(
            w(r"(?:listed|blocked)\b[^\n]{0,40}\bCloudmark").unwrap(),
            ["cloudmark"]
        );
        assert_eq!(w(r"受信ブロック").unwrap(), ["受信ブロック"]);
        // Nothing required: no prefilter.
        assert!(w(r"\d+").is_none());
        assert_eq!(w(r"(?:abc)?def").unwrap(), ["def"]);
        assert!(w(r"(?:abc)?d").is_none());
    }

    #[test]
    fn the_prefilter_never_hides_a_match() {
        let patterns = ["(?i)banned sending IP", "(?i)spam(?:cop|haus)"];
        let p = Prefilter::new(patterns);
        for text in ["BANNED SENDING ip", "x SpamCop y", "spamhaus", "ſpamhaus"] {
            let re_match = patterns
                .iter()
                .any(|q| regex::Regex::new(q).unwrap().is_match(text));
            assert!(!re_match || p.may_match(text), "{text}");
        }
        assert!(!p.may_match("user unknown"));
    }
}
