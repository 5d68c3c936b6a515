//! The catalogue's identifying patterns, ready to run: markers and zones of entries and
//! sub-lists, the receiving hosts, and the words one of which each pattern's match contains.
//! Each pattern compiles on first need; most runs need only a handful of them.

use std::sync::{LazyLock, OnceLock};

use regex_lite::Regex;

use super::patterns::compile;
use crate::scan::prefilter::{Prefilter, WordSet};

/// Where an identifying pattern comes from.
pub(super) struct Owner {
    pub entry: usize,
    /// The sub-list a zone pattern implies.
    pub sublist: Option<usize>,
}

/// A regex compiled on first use; `None` when it does not compile (tests/catalogue.rs keeps
/// that from happening).
pub(super) struct Lazy {
    source: &'static str,
    re: OnceLock<Option<Regex>>,
}

impl Lazy {
    const fn new(source: &'static str) -> Self {
        Self {
            source,
            re: OnceLock::new(),
        }
    }

    pub fn get(&self) -> Option<&Regex> {
        self.re.get_or_init(|| compile(self.source)).as_ref()
    }
}

/// The catalogue's patterns, ready to compile.
pub(super) struct Compiled {
    /// Words one of which any identifying pattern's match contains.
    pub words: Prefilter,
    pub each: Vec<Lazy>,
    pub owners: Vec<Owner>,
    /// Per entry: its receiving hosts and the markers that count only with them.
    pub hosts: Vec<Option<(Lazy, Lazy)>>,
    /// Per entry, per sub-list: its markers as one alternation.
    pub sublists: Vec<Vec<Option<Lazy>>>,
    /// Words one of which any receiving host contains.
    pub host_words: Prefilter,
    /// Refusals about the mailbox or the message, never about the sender's IP.
    pub negative: Lazy,
}

/// The catalogue's identifying patterns, the words of them and of the receiving hosts, and the
/// host and sub-list alternations, as build.rs found them ([`super::patterns::identifying`],
/// [`super::patterns::host_sources`], [`words_of`](crate::scan::prefilter::words_of),
/// [`super::patterns::host_alternations`], [`super::patterns::sublist_alternations`]): a run
/// reads nothing of the catalogue itself until a text names a list.
mod built {
    include!(concat!(env!("OUT_DIR"), "/catalogue_words.rs"));
}

/// Words as build.rs wrote them: (word, patterns), patterns without a word, how many patterns.
type WordTable = (
    &'static [(&'static str, &'static [usize])],
    &'static [usize],
    usize,
);

fn words(table: WordTable) -> WordSet {
    WordSet {
        words: table
            .0
            .iter()
            .map(|&(w, owners)| (w.to_owned(), owners.to_vec()))
            .collect(),
        always: table.1.to_vec(),
        count: table.2,
    }
}

impl Compiled {
    fn new() -> Self {
        Self {
            words: Prefilter::from_words(words(built::IDENTIFYING_WORDS)),
            each: built::IDENTIFYING
                .iter()
                .map(|&(p, _, _)| Lazy::new(p))
                .collect(),
            owners: built::IDENTIFYING
                .iter()
                .map(|&(_, entry, sublist)| Owner { entry, sublist })
                .collect(),
            hosts: built::HOSTS
                .iter()
                .map(|pair| pair.map(|(h, m)| (Lazy::new(h), Lazy::new(m))))
                .collect(),
            sublists: built::SUBLISTS
                .iter()
                .map(|s| s.iter().map(|m| m.map(Lazy::new)).collect())
                .collect(),
            host_words: Prefilter::from_words(words(built::HOST_WORDS)),
            negative: Lazy::new(
                r"(?i)user\s*unknown|unknown\s*user|no such (?:user|mailbox)|does not exist|mailbox (?:is )?full|over quota|quota exceeded|too (?:large|big)|size limit|\b5\.1\.1\b|\b5\.2\.2\b|\b5\.3\.4\b|\bSPF\b|\bDKIM\b|\bDMARC\b",
            ),
        }
    }

    /// The patterns that match `text`: the words say which can, and only those run.
    pub fn matching(&self, text: &str) -> Vec<usize> {
        if !self.words.may_match(text) {
            return Vec::new();
        }
        self.words
            .candidates(text)
            .into_iter()
            .filter(|&i| self.each[i].get().is_some_and(|re| re.is_match(text)))
            .collect()
    }

    /// Whether `text` may name a receiving host of an entry: one of the words the hosts need.
    pub fn near_host(&self, text: &str) -> bool {
        self.host_words.may_match(text)
    }
}

pub(super) static COMPILED: LazyLock<Compiled> = LazyLock::new(Compiled::new);

/// Builds what every identification needs (the catalogue and its word prefilters) but not the
/// patterns that compile on first use: a batch starts this beside its first bounces so no core
/// sits waiting for it.
pub fn prepare() {
    LazyLock::force(&COMPILED);
}

/// Compiles every pattern identification uses now rather than on first use (benchmarks, and a
/// wizard that wants the first paste to answer at once).
pub fn warm_up() {
    let c = &*COMPILED;
    c.matching("spamhaus");
    for l in c.each.iter().chain([&c.negative]) {
        l.get();
    }
    let mut empty = String::from("x");
    super::mask_secrets(&mut empty);
    let _ = super::url::suspicious_urls("https://example.com/");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocklist::CATALOGUE;
    use crate::blocklist::patterns::{
        host_alternations, host_sources, identifying, sublist_alternations,
    };
    use crate::scan::prefilter::words_of;

    /// build.rs read the same catalogue with the same code: its tables are what the program
    /// would find itself.
    #[test]
    fn the_tables_built_before_the_run_are_the_catalogues() {
        let patterns = identifying(&CATALOGUE);
        let built: Vec<(String, usize, Option<usize>)> = built::IDENTIFYING
            .iter()
            .map(|&(p, e, s)| (p.to_owned(), e, s))
            .collect();
        assert_eq!(patterns, built);
        assert_eq!(
            words_of(patterns.iter().map(|(p, _, _)| p.as_str())),
            words(built::IDENTIFYING_WORDS)
        );
        let hosts = host_sources(&CATALOGUE);
        assert_eq!(
            words_of(hosts.iter().map(String::as_str)),
            words(built::HOST_WORDS)
        );
        let pairs: Vec<Option<(String, String)>> = built::HOSTS
            .iter()
            .map(|p| p.map(|(h, m)| (h.to_owned(), m.to_owned())))
            .collect();
        assert_eq!(host_alternations(&CATALOGUE), pairs);
        let subs: Vec<Vec<Option<String>>> = built::SUBLISTS
            .iter()
            .map(|s| s.iter().map(|m| m.map(str::to_owned)).collect())
            .collect();
        assert_eq!(sublist_alternations(&CATALOGUE), subs);
    }
}
