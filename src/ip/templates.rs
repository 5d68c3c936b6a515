//! The wording that says what an address is, as text: each template is what must stand right
//! before an address and, where it matters, right after it. Kept apart from `roles`, which
//! runs them, so that build.rs can find the words each side requires before the program runs
//! (reading ~60 patterns' syntax cost more than a whole bounce's analysis). Uses nothing else
//! of the crate: build.rs includes this file as it is.

/// One template: (before, after). `None` means anything.
pub type Template = (Option<&'static str>, Option<&'static str>);

/// Refusals that name the sender's address: the list's own wording and the MTA templates that
/// quote it (blocklists.md §0.2).
pub const BLOCKED: &[Template] = &[
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
pub const SUBMITTING: &[Template] = &[
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
pub const REMOTE_MX: &[Template] = &[
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

/// The regex of a template's before side: anchored at the address, which `IPv6:` may precede.
#[must_use]
pub fn before_source(b: &str) -> String {
    format!(r"(?i)(?:{b})(?:IPv6:)?\z")
}

/// The regex of a template's after side, anchored at the address's end.
#[must_use]
pub fn after_source(a: &str) -> String {
    format!(r"(?i)\A(?:{a})")
}
