//! Which hosting provider runs the sending server, from host names in the bounce.
//!
//! The provider is recognised by its sending hosts (`sv1234.xserver.jp`, `www123.sakura.ne.jp`),
//! seen in "This is the mail system at host …" banners and `Received:` lines. Host names of the
//! receiving side (the remote MTA, anything inside the rejection text) are never used: a
//! recipient on the same provider must not be mistaken for the sender's.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::bounce::Report;
use crate::i18n::Lang;
use crate::scan::prefilter::Literals;
use crate::t;

/// The embedded provider data.
pub const HOSTING_TOML: &str = include_str!("../assets/hosting.toml");

/// [`HOSTING_TOML`] as compact JSON, written by build.rs.
const HOSTING_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/hosting.json"));

/// What sort of service sends the mail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A shared rental server.
    Rental,
    /// An ISP's mail service.
    Isp,
    /// A mail platform that runs the server (Microsoft 365).
    Platform,
    /// An outbound relay in front of the server.
    Relay,
}

/// One provider.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct Provider {
    /// Stable id (`xserver`), used in message ids.
    pub id: String,
    /// Name in English (ASCII), for English text.
    pub name_en: String,
    /// Name as Japanese customers know it.
    pub name_ja: String,
    /// What sort of service it is.
    pub kind: Kind,
    /// Regular expressions matching a whole host name of its sending servers.
    pub hosts: Vec<String>,
    /// What its support asks customers to quote (`hosting-ask-<id>` messages).
    #[serde(default)]
    pub ask_for: Vec<String>,
    /// `reported` when customers report it files removal requests itself, else `unknown`.
    pub files_delisting: String,
    /// Where the facts come from.
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Provider {
    /// The name in `lang`.
    #[must_use]
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name_en,
            Lang::Ja => &self.name_ja,
        }
    }

    /// What delist knows about how this provider handles listings, in `lang`.
    #[must_use]
    pub fn note(&self, lang: Lang) -> String {
        t!(lang, &format!("hosting-note-{}", self.id))
    }
}

#[derive(Deserialize)]
struct File {
    provider: Vec<Provider>,
}

struct Compiled {
    providers: Vec<Provider>,
    patterns: Vec<Vec<HostPattern>>,
}

// The words of each host pattern, found by build.rs.
include!(concat!(env!("OUT_DIR"), "/hosting_words.rs"));

/// A provider's host pattern, compiled only for a host that has the words it requires:
/// compiling all of them took more than half of a one-file run.
struct HostPattern {
    source: String,
    words: Option<Vec<String>>,
    re: OnceLock<Regex>,
}

impl HostPattern {
    fn new(host: &str) -> Self {
        let source = format!("(?i)^(?:{host})$");
        let words = match HOSTING_WORDS.iter().find(|(h, _)| *h == host) {
            Some((_, words)) => words.map(|ws| ws.iter().map(|&w| w.to_owned()).collect()),
            None => crate::scan::prefilter::required_words(&source),
        };
        Self {
            source,
            words,
            re: OnceLock::new(),
        }
    }

    /// Whether the pattern matches `host` (in ASCII lower case).
    fn is_match(&self, host: &str) -> bool {
        // Letters that fold to ASCII ones under Unicode case rules defeat the word test.
        let folds = host.contains('\u{17F}') || host.contains('\u{212A}');
        if !folds
            && self
                .words
                .as_ref()
                .is_some_and(|ws| !ws.iter().any(|w| host.contains(w.as_str())))
        {
            return false;
        }
        self.re
            .get_or_init(|| {
                Regex::new(&self.source)
                    .unwrap_or_else(|e| panic!("assets/hosting.toml {}: {e}", self.source))
            })
            .is_match(host)
    }
}

static DATA: LazyLock<Compiled> = LazyLock::new(|| {
    let file: File =
        serde_json::from_str(HOSTING_JSON).unwrap_or_else(|e| panic!("assets/hosting.toml: {e}"));
    let patterns = file
        .provider
        .iter()
        .map(|p| p.hosts.iter().map(|h| HostPattern::new(h)).collect())
        .collect();
    Compiled {
        providers: file.provider,
        patterns,
    }
});

static HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,24}\b")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// Every provider, in the file's order.
#[must_use]
pub fn providers() -> &'static [Provider] {
    &DATA.providers
}

/// Looks a provider up by id or by either name, ignoring case (`xserver`, `エックスサーバー`).
#[must_use]
pub fn find(name: &str) -> Option<&'static Provider> {
    let n = name.trim();
    providers().iter().find(|p| {
        p.id.eq_ignore_ascii_case(n) || p.name_en.eq_ignore_ascii_case(n) || p.name_ja == n
    })
}

/// A provider recognised in a bounce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detection {
    /// The provider.
    pub provider: &'static Provider,
    /// The host name it was recognised by.
    pub host: String,
    /// Where the host name stands in [`Report::text`], when it is there.
    pub span: Option<Range<usize>>,
}

impl Detection {
    /// One sentence for the user: which provider, recognised by which host.
    #[must_use]
    pub fn describe(&self, lang: Lang) -> String {
        t!(
            lang,
            "hosting-detected",
            provider = self.provider.name(lang),
            host = self.host.as_str()
        )
    }
}

/// Recognises the sending side's provider in a bounce, or `None`.
#[must_use]
pub fn detect(report: &Report) -> Option<Detection> {
    let readable = report
        .original_at
        .and_then(|at| report.text.get(..at))
        .unwrap_or(&report.text);
    let received = || report.original.iter().flat_map(|o| o.received.iter());
    // Most bounces name no provider's host: then no host name is read at all, which spares
    // compiling the host pattern and running it over the whole text.
    if !may_name_a_provider(readable) && !received().any(|r| may_name_a_provider(r)) {
        return None;
    }
    let exclude = receiving_hosts(report);
    if let Some(found) = scan(readable, &exclude) {
        return Some(found);
    }
    received()
        .filter_map(|r| scan(r, &exclude))
        .map(|d| Detection { span: None, ..d })
        .next()
}

/// The hosts of the receiving side: the remote MTAs and every host in a rejection text.
fn receiving_hosts(report: &Report) -> Vec<String> {
    let mut exclude: Vec<String> = Vec::new();
    for d in &report.deliveries {
        if let Some(h) = d.remote_mta.as_deref() {
            exclude.push(h.trim_end_matches('.').to_ascii_lowercase());
        }
        if let Some(t) = d.diagnostic.as_deref() {
            exclude.extend(HOST.find_iter(t).map(|m| m.as_str().to_ascii_lowercase()));
        }
    }
    // A report for many recipients names the same receiving hosts again and again.
    exclude.sort_unstable();
    exclude.dedup();
    exclude
}

/// Every word some provider's host pattern requires; `None` when a pattern requires none.
static PROVIDER_WORDS: LazyLock<Option<Literals>> = LazyLock::new(|| {
    let mut words = Vec::new();
    for (_, ws) in HOSTING_WORDS {
        words.extend_from_slice((*ws)?);
    }
    Some(Literals::new(words))
});

/// False only when no provider's host can stand in `text`: a host a pattern matches holds one
/// of the pattern's words, and the host is a piece of the text.
fn may_name_a_provider(text: &str) -> bool {
    // Letters that fold to ASCII ones under Unicode case rules defeat the word test.
    PROVIDER_WORDS.as_ref().is_none_or(|w| w.is_match(text))
        || text.contains('\u{17F}')
        || text.contains('\u{212A}')
}

/// The first provider host in `text` that is not one of the `exclude`d (receiving) hosts.
fn scan(text: &str, exclude: &[String]) -> Option<Detection> {
    // A host already looked at was not a provider's: a long report repeats the same few.
    let mut seen = std::collections::HashSet::new();
    HOST.find_iter(text).find_map(|m| {
        let host = m.as_str().to_ascii_lowercase();
        if seen.contains(&host) {
            return None;
        }
        seen.insert(host.clone());
        if exclude
            .iter()
            .any(|x| !x.is_empty() && (x.contains(&host) || host.contains(x.as_str())))
        {
            return None;
        }
        provider_of(&host).map(|provider| Detection {
            provider,
            host,
            span: Some(m.range()),
        })
    })
}

fn provider_of(host: &str) -> Option<&'static Provider> {
    DATA.patterns
        .iter()
        .position(|ps| ps.iter().any(|p| p.is_match(host)))
        .and_then(|i| DATA.providers.get(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(text: &str) -> Report {
        Report {
            text: text.to_owned(),
            ..Report::default()
        }
    }

    #[test]
    fn every_host_pattern_compiles_and_its_words_are_found_before_the_run() {
        for (p, ps) in DATA.providers.iter().zip(&DATA.patterns) {
            for (h, hp) in p.hosts.iter().zip(ps) {
                assert!(Regex::new(&hp.source).is_ok(), "{h}");
                assert!(HOSTING_WORDS.iter().any(|(x, _)| x == h), "{h}");
                assert_eq!(hp.words, crate::scan::prefilter::required_words(&hp.source));
            }
        }
    }

    #[test]
    fn every_provider_loads_and_has_words() {
        assert!(providers().len() >= 10);
        for p in providers() {
            assert!(p.name_en.is_ascii(), "{}", p.id);
            assert!(["reported", "unknown"].contains(&p.files_delisting.as_str()));
            for lang in Lang::ALL {
                crate::i18n::format_checked(lang, &format!("hosting-note-{}", p.id), None)
                    .unwrap_or_else(|e| panic!("{e}"));
                for a in &p.ask_for {
                    crate::i18n::format_checked(lang, &format!("hosting-ask-{a}"), None)
                        .unwrap_or_else(|e| panic!("{e}"));
                }
            }
        }
    }

    #[test]
    fn recognises_sending_hosts() {
        let cases = [
            (
                "This is the mail system at host sv12345.xserver.jp.",
                "xserver",
            ),
            (
                "Received: from www2881.sakura.ne.jp (www2881.sakura.ne.jp [192.0.2.8])",
                "sakura",
            ),
            (
                "Received: from smtp-proxy002.phy.lolipop.jp ([192.0.2.9])",
                "lolipop",
            ),
            ("Received: from mailgw1023.conoha.ne.jp", "conoha"),
            ("Reporting-MTA: dns; mail1030.onamae.ne.jp", "onamae"),
            ("Received: from users027.phy.heteml.jp", "heteml"),
            ("Received: from ik10014.mixhost.jp", "mixhost"),
            ("Received: from s239.xrea.com", "xrea"),
            ("Received: by mss-g2-140.kagoya.net (Postfix)", "kagoya"),
            ("Received: from mogw1122.ocn.ad.jp", "ocn"),
            (
                "Received: from mail-os0jpn01on2129.outbound.protection.outlook.com",
                "microsoft-365",
            ),
        ];
        for (text, id) in cases {
            let found = detect(&report(text)).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(found.provider.id, id, "{text}");
            assert!(found.describe(Lang::Ja).contains(&found.host));
            let span = found.span.unwrap();
            assert_eq!(text.get(span).unwrap().to_ascii_lowercase(), found.host);
        }
    }

    #[test]
    fn a_text_without_a_providers_words_names_no_provider() {
        assert!(!may_name_a_provider("Received: from mx.example.co.jp"));
        assert!(may_name_a_provider("Received: from SV1.XSERVER.JP"));
        // The Kelvin sign folds to k: the word test cannot rule such a text out.
        assert!(may_name_a_provider("mss.\u{212A}agoya.net"));
    }

    #[test]
    fn ignores_the_receiving_side_and_look_alikes() {
        assert!(detect(&report("mail from sv1.xserver.jp.example.com")).is_none());
        assert!(detect(&report("Received: from mx.example.co.jp")).is_none());
        let text = "host sv999.xserver.jp[192.0.2.1] said: 550 5.7.1 blocked";
        assert!(scan(text, &["sv999.xserver.jp".to_owned()]).is_none());
        assert_eq!(
            scan(text, &[String::new()]).unwrap().host,
            "sv999.xserver.jp"
        );
    }

    #[test]
    fn finds_by_id_or_name() {
        assert_eq!(find("Xserver").unwrap().id, "xserver");
        assert_eq!(find("さくらインターネット").unwrap().id, "sakura");
        assert!(find("nobody").is_none());
    }
}
