//! The wording that says what an address is. Each template is the text that must stand right
//! before an address and, where it matters, right after it; both are checked against the text
//! around each address the scanner found, anchored there, so a long bounce costs little more.
//! A side is compiled only when the words it requires stand around an address.

use std::sync::{LazyLock, OnceLock};

use regex_automata::meta;
use regex_automata::util::syntax;

use crate::scan::prefilter::required_words;

use super::IpRole;

/// One template: (before, after). `None` means anything.
type Template = (Option<&'static str>, Option<&'static str>);

/// Refusals that name the sender's address: the list's own wording and the MTA templates that
/// quote it (blocklists.md §0.2).
const BLOCKED: &[Template] = &[
    // Postfix reject_rbl_client, Sophos, SORBS, Trend Micro, Spamhaus: "Client host [IP]".
    (Some(r"\bclient(?:\s+host)?\s*\["), Some(r"\]")),
    // "Mail from IP 192.0.2.1 was rejected", "Mail from <IP> refused by", "Messages from IP
    // temporarily deferred", "messages from [IP] weren't sent", "Email from your IP Address [IP]
    // blocked".
    (
        Some(
            r"\b(?:e-?mail|mail|messages?|connections?)\s+from\s+(?:your\s+)?(?:IP(?:\s+address)?\s+)?[\[<(]?\s*",
        ),
        Some(
            r"\s*[\]>)]?\s*,?\s*(?:was|were|has|have|is|are|will|refused|rejected|blocked|denied|temporarily|permanently|weren't|not)\b",
        ),
    ),
    // "connection refused from [IP]", "mail rejected from IP": the refusal before the address.
    (
        Some(
            r"\b(?:e-?mail|mail|messages?|connections?)\s+(?:refused|rejected|denied|blocked)\s+from\s+(?:IP\s+)?[\[<(]?",
        ),
        None,
    ),
    (Some(r"\bbanned\s+sending\s+IP\s*\["), Some(r"\]")),
    (Some(r"\bbanned\s+sender\s*\["), Some(r"\]")),
    (
        Some(
            r"\b(?:connections?|mail)\s+(?:will\s+)?not\s+(?:be\s+)?accepted\s+from\s+(?:IP\s+)?[\[<(]?",
        ),
        None,
    ),
    // Gmail and others put the client's address right after the status code.
    (
        Some(r"\b[45]\d\d[\s-]+[45]\.\d{1,3}\.\d{1,3}\s+\["),
        Some(r"(?:\s+\d+)?\]"),
    ),
    (
        Some(r"\byour\s+IP(?:\s+address|\s+netblock)?\s*[:(\[<]?\s*"),
        None,
    ),
    (
        Some(r"\bthe\s+mail\s+server\s+\["),
        Some(r"\]\s+has\s+been\s+(?:temporarily\s+)?(?:rate\s+limited|blocked)"),
    ),
    (
        None,
        Some(
            r"[\]>)]?\s+(?:is|was|has\s+been)\s+(?:currently\s+)?(?:listed|blocked|black-?listed|block-?listed|banned|rejected)\b",
        ),
    ),
    (
        None,
        Some(r"[\]>)]?\s+(?:listed|blocked)\s+(?:at|on|in|by|using)\b"),
    ),
    (
        None,
        Some(r"[\]>)]?\s+is\s+(?:in|on)\s+(?:a|an|the|our)?\s*(?:black|block|deny|spam)\s?list"),
    ),
    (Some(r"\bcmsmtp\s+"), Some(r"\s+(?:is\s+listed|blocked)")),
    (Some(r"\bDNSBL:RBL\s+\d+<\s*"), Some(r"\s*>")),
    (Some(r"\bcomcast\s+"), Some(r"\s+comcast\s+block")),
    (Some(r"\bblocked\s+IP\s+"), None),
    // FortiGuard AntiSpam: "(connection black ip 192.0.2.1)", "(black ip 192.0.2.1)".
    (Some(r"\bblack\s+ip\s+"), None),
];

/// The client that handed the message to the sending server ("received … from host [IP]").
const SUBMITTING: &[Template] = &[
    (
        Some(r"\breceived\s+at\s+[^\[\]]{0,100}?\bfrom\s+[^\s\[]*\s*\["),
        Some(r"\]"),
    ),
    (
        Some(r"\breceived-from-mta:\s*dns;\s*[a-z0-9.-]*\s*[\[(]?"),
        None,
    ),
];

/// The receiving server that answered.
const REMOTE_MX: &[Template] = &[
    (
        Some(r"\b(?:host|connect\s+to|with|talking\s+to)\s+[a-z0-9][a-z0-9.-]*\.?\s*\["),
        Some(r"\]"),
    ),
    (
        Some(r"[a-z0-9][a-z0-9.-]*\s+\["),
        Some(r"\]\s+did\s+not\s+like"),
    ),
    (Some(r"\b(?:connected|connect)\s+to\s+"), None),
    (Some(r"\bgiving\s+up\s+on\s+"), None),
    (
        Some(r"\bremote-mta:\s*(?:dns|x-local-hostname);\s*[a-z0-9.-]*\s*[\[(]?"),
        None,
    ),
    (
        Some(r"\bremote\s+(?:server|host)\s+(?:at\s+)?[a-z0-9.-]*\s*[\[(]"),
        Some(r"[\])]"),
    ),
];

/// How much text before and after an address a template may take.
pub const BEFORE: usize = 160;
/// See [`BEFORE`].
pub const AFTER: usize = 80;

/// One side of a template: its words and its regex, compiled on first need.
struct Side {
    source: String,
    words: Option<Vec<String>>,
    re: OnceLock<Option<meta::Regex>>,
}

impl Side {
    fn new(source: String) -> Self {
        Self {
            words: required_words(&source),
            source,
            re: OnceLock::new(),
        }
    }

    /// Whether the words the side requires stand in `lower` (`text` in ASCII lower case).
    fn worded(&self, lower: &str, folds: bool) -> bool {
        folds
            || self
                .words
                .as_ref()
                .is_none_or(|ws| ws.iter().any(|w| lower.contains(w.as_str())))
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
                    .build(&self.source)
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

fn source(s: &str) -> String {
    format!("(?i){s}")
}

fn compile(role: IpRole, templates: &[Template]) -> Family {
    Family {
        role,
        templates: templates
            .iter()
            .map(|(b, a)| {
                (
                    // `IPv6:` may stand between the wording and the address.
                    b.map(|b| Side::new(source(&format!(r"(?:{b})(?:IPv6:)?\z")))),
                    a.map(|a| Side::new(source(&format!(r"\A(?:{a})")))),
                )
            })
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
        compile(IpRole::BlockedSender, BLOCKED),
        compile(IpRole::SubmittingClient, SUBMITTING),
        compile(IpRole::RemoteMx, REMOTE_MX),
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
    regex_lite::Regex::new(&source(
        r"\bSPF\b|\bDKIM\b|\bDMARC\b|sender\s+policy\s+framework|\b5\.7\.2[3-7]\b",
    ))
    .expect("auth pattern")
});
