//! A literal prefilter for many patterns at once: for each pattern, a few words one of which
//! every match must contain, found by walking the pattern's syntax tree; one search for all of
//! them then tells, in one fast pass, whether any pattern can match at all.
//!
//! Sound by construction: when a pattern has no such words, the prefilter always says yes.

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
    let ranges = u
        .ranges()
        .iter()
        .map(|r| (r.start() as u32, r.end() as u32));
    let mut chars = Vec::new();
    for (a, b) in ranges {
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

/// The words of a set of patterns, what a [`Prefilter`] is made of: build.rs finds the
/// catalogue's before the program runs, since reading ~400 patterns' syntax costs more than a
/// whole bounce's analysis.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct WordSet {
    /// Each required word (ASCII lower case), with the patterns that require it, by word.
    pub words: Vec<(String, Vec<usize>)>,
    /// Patterns with no required word: always candidates.
    pub always: Vec<usize>,
    /// How many patterns.
    pub count: usize,
}

/// The words each of `patterns` requires.
#[must_use]
pub fn words_of<'p>(patterns: impl IntoIterator<Item = &'p str>) -> WordSet {
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
    WordSet {
        words: index.into_iter().collect(),
        always,
        count,
    }
}

/// Which of a set of patterns can match a text, from the words they require.
pub struct Prefilter {
    /// Every required word, searched without regard to ASCII case.
    words: Literals,
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
        Self::from_words(words_of(patterns))
    }

    /// The prefilter of patterns whose words are known.
    #[must_use]
    pub fn from_words(words: WordSet) -> Self {
        let WordSet {
            words,
            mut always,
            count,
        } = words;
        // A word too short to search for rules nothing out.
        let (short, words): (Vec<_>, Vec<_>) =
            words.into_iter().partition(|(w, _)| w.len() < MIN_WORD);
        if !short.is_empty() {
            always.extend(short.into_iter().flat_map(|(_, o)| o));
            always.sort_unstable();
            always.dedup();
        }
        let (words, owners): (Vec<String>, Vec<Vec<usize>>) = words.into_iter().unzip();
        Self {
            words: Literals::new(words),
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
        !self.always.is_empty() || self.words.is_match(text) || Self::folds(text)
    }

    /// The patterns that can match `text`, in order, each once.
    #[must_use]
    pub fn candidates(&self, text: &str) -> Vec<usize> {
        if Self::folds(text) {
            return (0..self.count).collect();
        }
        let mut out = self.always.clone();
        let mut seen = vec![false; self.owners.len()];
        self.words.each(text.as_bytes(), |w, _| {
            if !std::mem::replace(&mut seen[w], true) {
                out.extend(&self.owners[w]);
            }
            false
        });
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A set of words searched for at once without regard to ASCII case: a filter of their first
/// three bytes, then a comparison with the words that begin so. It is built in microseconds,
/// where an Aho-Corasick automaton of the catalogue's words took milliseconds, which a one-file
/// run paid before its first answer.
///
/// The search is most of the cost of reading a large bounce (a report of thousands of
/// recipients, a paragraph of addresses), so each byte costs a few instructions: the three
/// bytes' key rolls along the text, a bit of `heads` rules most places out, and where it does
/// not, the words of that bit's bucket are told apart by their first eight bytes at once.
pub struct Literals {
    /// One bit per hash of a word's first three bytes.
    heads: Vec<u64>,
    /// How the tables are sized for this many words.
    size: Size,
    /// Where each bucket's entries start in `entries` (a bucket: the hash's high bits).
    starts: Vec<u32>,
    /// The words of three bytes or more, by bucket, then key, then index: within one key the
    /// words come in index order, the order of the places found at one place.
    entries: Vec<Entry>,
    /// Words shorter than three bytes, searched for one by one.
    short: Vec<usize>,
    /// The words in ASCII lower case, one after the other: one allocation, not one a word.
    bytes: Vec<u8>,
    /// Where each word ends in `bytes`.
    ends: Vec<usize>,
}

/// One word of three bytes or more.
#[derive(Clone, Copy)]
struct Entry {
    key: u32,
    word: u32,
    /// Where the word stands in `bytes`.
    start: u32,
    len: u32,
    /// Its first eight bytes (fewer for a shorter word, zeros after), as a little-endian word.
    first: u64,
    /// Which bytes of `first` are the word's.
    mask: u64,
}

/// Bits of `heads` for a set's size: 64 or more per word, from 2^10 up to 2^16 (the ~900
/// phrases). A small set got 8 KiB of bits and 4,097 bucket starts before, to fill and sum at
/// every start of a run, for a handful of words.
#[derive(Clone, Copy)]
struct Size {
    head_bits: u32,
}

const MIN_HEAD_BITS: u32 = 10;
const MAX_HEAD_BITS: u32 = 16;
/// Heads per bucket: 2^4.
const HEADS_PER_BUCKET_BITS: u32 = 4;

/// The bucket of a head: buckets are runs of heads, so one bucket's words share few keys.
fn bucket(head: usize) -> usize {
    head >> HEADS_PER_BUCKET_BITS
}

impl Size {
    fn for_words(n: usize) -> Self {
        let wanted = (n.max(1) * 64).next_power_of_two().trailing_zeros();
        Self {
            head_bits: wanted.clamp(MIN_HEAD_BITS, MAX_HEAD_BITS),
        }
    }

    fn head(self, key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> (32 - self.head_bits)) as usize
    }

    fn heads(self) -> usize {
        1 << self.head_bits
    }

    fn buckets(self) -> usize {
        1 << (self.head_bits - HEADS_PER_BUCKET_BITS)
    }
}

fn key(b: &[u8]) -> u32 {
    b.iter().take(3).enumerate().fold(0, |k, (i, c)| {
        k | u32::from(c.to_ascii_lowercase()) << (8 * i)
    })
}

/// Eight bytes with their ASCII capitals made small, the others kept.
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (ONES * 0x7F);
    // Per byte, no carry out of it: the high bit says "at least A", then "past Z".
    let from_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let past_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
    let capital = from_a & !past_z & !x & (ONES * 0x80);
    x | capital >> 2
}

impl Literals {
    /// The set of these words.
    #[must_use]
    pub fn new<W: AsRef<str>>(words: impl IntoIterator<Item = W>) -> Self {
        let (mut bytes, mut ends) = (Vec::new(), Vec::new());
        let (mut entries, mut short) = (Vec::<Entry>::new(), Vec::new());
        for (i, w) in words.into_iter().enumerate() {
            let w = w.as_ref().as_bytes();
            let start = bytes.len();
            bytes.extend(w.iter().map(u8::to_ascii_lowercase));
            ends.push(bytes.len());
            if w.len() < MIN_WORD {
                short.push(i);
                continue;
            }
            let lower = &bytes[start..];
            let mut first = [0u8; 8];
            let n = lower.len().min(8);
            first[..n].copy_from_slice(&lower[..n]);
            entries.push(Entry {
                key: key(w),
                word: u32::try_from(i).unwrap_or(u32::MAX),
                start: u32::try_from(start).unwrap_or(u32::MAX),
                len: u32::try_from(w.len()).unwrap_or(u32::MAX),
                first: u64::from_le_bytes(first),
                mask: u64::MAX >> (8 * (8 - n)),
            });
        }
        let size = Size::for_words(entries.len());
        // By bucket, key, then index, packed in one number with the entry's place: sorting
        // the entries themselves by a computed key was most of building the ~900 phrases.
        let mut order: Vec<u128> = entries
            .iter()
            .enumerate()
            .map(|(at, e)| {
                let b = bucket(size.head(e.key)) as u128;
                b << 96 | u128::from(e.key) << 64 | u128::from(e.word) << 32 | at as u128
            })
            .collect();
        order.sort_unstable();
        let entries: Vec<Entry> = order
            .iter()
            .filter_map(|&o| entries.get(usize::try_from(o & u128::from(u32::MAX)).ok()?))
            .copied()
            .collect();
        let mut heads = vec![0u64; size.heads() / 64];
        let mut starts = vec![0u32; size.buckets() + 1];
        for e in &entries {
            let h = size.head(e.key);
            heads[h / 64] |= 1 << (h % 64);
            starts[bucket(h) + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        Self {
            heads,
            size,
            starts,
            entries,
            short,
            bytes,
            ends,
        }
    }

    /// Word `j`, lower-case.
    fn word(&self, j: usize) -> &[u8] {
        let start = j.checked_sub(1).map_or(0, |p| self.ends[p]);
        self.bytes.get(start..self.ends[j]).unwrap_or_default()
    }

    /// Every place a word stands, overlapping ones included: `found(word, start)` for each,
    /// in no particular order.
    pub fn for_each_match(&self, text: &str, mut found: impl FnMut(usize, usize)) {
        self.each(text.as_bytes(), |w, at| {
            found(w, at);
            false
        });
    }

    /// Whether the word of entry `e` stands at `i`.
    #[inline]
    fn stands(&self, text: &[u8], i: usize, e: &Entry) -> bool {
        let len = e.len as usize;
        if let Some(eight) = text.get(i..i + 8) {
            let mut b = [0u8; 8];
            b.copy_from_slice(eight);
            lower8(u64::from_le_bytes(b)) & e.mask == e.first
                && (len <= 8 || self.rest_stands(text, i, e))
        } else {
            let word = self.bytes.get(e.start as usize..e.start as usize + len);
            text.get(i..i + len)
                .zip(word)
                .is_some_and(|(t, w)| t.eq_ignore_ascii_case(w))
        }
    }

    /// Whether the word of entry `e`, its first eight bytes found at `i`, stands whole.
    fn rest_stands(&self, text: &[u8], i: usize, e: &Entry) -> bool {
        let (start, len) = (e.start as usize, e.len as usize);
        let rest = self.bytes.get(start + 8..start + len);
        text.get(i + 8..i + len)
            .zip(rest)
            .is_some_and(|(t, w)| t.eq_ignore_ascii_case(w))
    }

    /// Calls `found` with the index of each word and where it stands, at each place it stands,
    /// until it returns true: by place, and at one place by the words' keys, then indexes;
    /// the words shorter than three bytes last.
    fn each(&self, text: &[u8], mut found: impl FnMut(usize, usize) -> bool) {
        if let [a, b, rest @ ..] = text {
            let mut k =
                u32::from(a.to_ascii_lowercase()) << 8 | u32::from(b.to_ascii_lowercase()) << 16;
            for (i, c) in rest.iter().enumerate() {
                k = k >> 8 | u32::from(c.to_ascii_lowercase()) << 16;
                let h = self.size.head(k);
                if self.heads[h / 64] & (1 << (h % 64)) == 0 {
                    continue;
                }
                let b = bucket(h);
                let (from, to) = (self.starts[b] as usize, self.starts[b + 1] as usize);
                for e in self.entries.get(from..to).unwrap_or_default() {
                    if e.key == k && self.stands(text, i, e) && found(e.word as usize, i) {
                        return;
                    }
                }
            }
        }
        for &j in &self.short {
            let word = self.word(j);
            let Some(&first) = word.first() else {
                // The empty word stands everywhere.
                for i in 0..text.len() {
                    if found(j, i) {
                        return;
                    }
                }
                continue;
            };
            // The phrases' "(" and "<": their first byte found by memchr, not tried at each
            // place (that was a tenth of reading a report of thousands of recipients).
            let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
            for i in memchr::memchr2_iter(lower, upper, text) {
                let at = text
                    .get(i..i + word.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(word));
                if at && found(j, i) {
                    return;
                }
            }
        }
    }

    /// Whether any word stands in `text`.
    #[must_use]
    pub fn is_match(&self, text: &str) -> bool {
        let mut any = false;
        self.each(text.as_bytes(), |_, _| {
            any = true;
            true
        });
        any
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

    #[test]
    fn every_word_is_found_wherever_it_stands() {
        let p = Prefilter::from_words(words_of([
            "(?i)spamhaus",
            "(?i)spamcop",
            "(?i)pam",
            "(?i)受信ブロック",
            "(?i)ab",
        ]));
        // "ab" is too short to search for: that pattern is always a candidate.
        assert_eq!(p.candidates(""), [4]);
        assert_eq!(p.candidates("SPAMHAUS"), [0, 2, 4]);
        assert_eq!(p.candidates("x spamCop"), [1, 2, 4]);
        assert_eq!(p.candidates("pa"), [4]);
        assert_eq!(p.candidates("…受信ブロック"), [3, 4]);
        assert_eq!(p.candidates("spamhau"), [2, 4]);
        let q = Prefilter::new(["(?i)spamhaus", "(?i)barracuda"]);
        assert!(!q.may_match("spamhau barracud"));
        assert!(q.may_match("by BARRACUDA."));
        let l = Literals::new(["ab", "Delivery Status"]);
        assert!(l.is_match("xAB") && l.is_match("DELIVERY STATUS") && !l.is_match("a b"));
        assert!(!Literals::new([""; 0]).is_match("anything"));
    }

    #[test]
    fn eight_bytes_are_made_small_as_each_byte_is() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'Q', b'z', 0xC3, b'@', b'[', b'`', b'{', b'A'];
                bytes[at] = b;
                let expected = bytes.map(|c| c.to_ascii_lowercase());
                assert_eq!(
                    lower8(u64::from_le_bytes(bytes)).to_le_bytes(),
                    expected,
                    "{b:#x} at {at}"
                );
            }
        }
    }

    /// Every place every word stands, found by trying each word at each place: the order
    /// the search by first bytes reported them in before its buckets (by place, then word;
    /// the words under three bytes last).
    fn by_trying_each(words: &[&str], text: &[u8]) -> Vec<(usize, usize)> {
        let at = |i: usize, w: &str| {
            text.get(i..i + w.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(w.as_bytes()))
        };
        let mut out = Vec::new();
        for i in 0..text.len().saturating_sub(MIN_WORD - 1) {
            for (j, w) in words.iter().enumerate() {
                if w.len() >= MIN_WORD && at(i, w) {
                    out.push((j, i));
                }
            }
        }
        for (j, w) in words.iter().enumerate() {
            if w.len() < MIN_WORD {
                out.extend((0..text.len()).filter(|&i| at(i, w)).map(|i| (j, i)));
            }
        }
        out
    }

    /// The search finds what trying each word at each place finds, in the same order, on
    /// generated texts: words sharing their first bytes (and first eight), capitals, words
    /// at the text's end, words of one or two bytes, the same word twice, non-ASCII bytes.
    #[test]
    fn the_search_finds_what_trying_each_word_finds_in_the_same_order() {
        let words = [
            "mailbox full",
            "mailbox unavailable",
            "mailbox unavailable for",
            "mai",
            "mail",
            "user unknown",
            "ab",
            "x",
            "spamhaus",
            "spamhaus",
            "受信拒否",
            "é t",
            "[ip",
            "@ex",
            "(",
            "<",
        ];
        let pieces = [
            "MAILBOX FULL",
            "mailbox unavaiLABLE for ",
            "Mailbox",
            "mai",
            " user unknown",
            "AB",
            "x",
            "spamHaus",
            "受信拒否",
            "é t",
            "É T",
            "[IP",
            "@EX",
            "@ex",
            " ",
            "\n",
            "z",
            "(",
            "<X",
        ];
        let set = Literals::new(words);
        let mut seed = 3_u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        let mut found = 0;
        for _ in 0..2_000 {
            let mut text = String::new();
            for _ in 0..next() % 12 {
                text.push_str(pieces[next() % pieces.len()]);
            }
            // Cut anywhere, even inside a character: the search reads bytes.
            let cut = next() % (text.len() + 1);
            let text = &text.as_bytes()[..cut];
            let mut got = Vec::new();
            set.each(text, |w, at| {
                got.push((w, at));
                false
            });
            let expected = by_trying_each(&words, text);
            assert_eq!(got, expected, "{:?}", String::from_utf8_lossy(text));
            found += got.len();
        }
        assert!(found > 5_000, "{found}");
    }
}
