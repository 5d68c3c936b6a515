//! The wording that says what an address is. Patterns run on text whose line breaks have been
//! turned into spaces (same length, so spans still hold), and capture the address as `ip`.

use std::sync::LazyLock;

use regex::Regex;

use super::IpRole;

/// An address token: IPv4, or IPv6 (checked afterwards by the scanner).
const IP: &str = r"(?:IPv6:)?(?P<ip>(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\.\d{1,3}){0,3})";

/// The templates of refusals that name the sender's address: the list's own wording and the
/// MTA templates that quote it (blocklists.md §0.2).
const BLOCKED: &[&str] = &[
    // Postfix reject_rbl_client, Sophos, SORBS, Trend Micro, Spamhaus: "Client host [IP]".
    r"\bclient(?:\s+host)?\s*\[{ip}\]",
    // "Mail from IP 192.0.2.1 was rejected", "Mail from <IP> refused by", "Messages from IP
    // temporarily deferred", "messages from [IP] weren't sent", "Email from your IP Address [IP]
    // blocked".
    r"\b(?:e-?mail|mail|messages?|connections?)\s+from\s+(?:your\s+)?(?:IP(?:\s+address)?\s+)?[\[<(]?\s*{ip}\s*[\]>)]?\s*,?\s*(?:was|were|has|have|is|are|will|refused|rejected|blocked|denied|temporarily|permanently|weren't|not)\b",
    r"\bbanned\s+sending\s+IP\s*\[{ip}\]",
    r"\bbanned\s+sender\s*\[{ip}\]",
    r"\b(?:connections?|mail)\s+(?:will\s+)?not\s+(?:be\s+)?accepted\s+from\s+(?:IP\s+)?[\[<(]?{ip}",
    // Gmail and others put the client's address right after the status code.
    r"\b[45]\d\d[\s-]+[45]\.\d{1,3}\.\d{1,3}\s+\[{ip}(?:\s+\d+)?\]",
    r"\byour\s+IP(?:\s+address|\s+netblock)?\s*[:(\[<]?\s*{ip}",
    r"\bthe\s+mail\s+server\s+\[{ip}\]\s+has\s+been\s+(?:temporarily\s+)?(?:rate\s+limited|blocked)",
    r"[\[<(]?{ip}[\]>)]?\s+(?:is|was|has\s+been)\s+(?:currently\s+)?(?:listed|blocked|black-?listed|block-?listed|banned|rejected)\b",
    r"[\[<(]?{ip}[\]>)]?\s+(?:listed|blocked)\s+(?:at|on|in|by|using)\b",
    r"[\[<(]?{ip}[\]>)]?\s+is\s+(?:in|on)\s+(?:a|an|the|our)?\s*(?:black|block|deny|spam)\s?list",
    r"\bcmsmtp\s+{ip}\s+(?:is\s+listed|blocked)",
    r"\bDNSBL:RBL\s+\d+<\s*{ip}\s*>",
    r"\bcomcast\s+{ip}\s+comcast\s+block",
    r"\bblocked\s+IP\s+{ip}",
];

/// The receiving server that answered.
const REMOTE_MX: &[&str] = &[
    r"\b(?:host|connect\s+to|with|to|talking\s+to|at)\s+[a-z0-9][a-z0-9.-]*\.?\s*\[{ip}\](?::\d+)?",
    r"[a-z0-9][a-z0-9.-]*\s+\[{ip}\]\s+did\s+not\s+like",
    r"\b(?:connected|connect)\s+to\s+{ip}\b",
    r"\bgiving\s+up\s+on\s+{ip}\b",
    r"\bremote-mta:\s*(?:dns|x-local-hostname);\s*[a-z0-9.-]*\s*[\[(]?{ip}",
    r"\bremote\s+(?:server|host)\s+(?:at\s+)?[a-z0-9.-]*\s*[\[(]{ip}[\])]",
];

/// The client that handed the message to the sending server ("received … from host [IP]").
const SUBMITTING: &[&str] = &[
    r"\breceived\s+at\s+[^\[\]]{0,100}?\bfrom\s+[^\s\[]*\s*\[{ip}\]",
    r"\breceived-from-mta:\s*dns;\s*[a-z0-9.-]*\s*[\[(]?{ip}",
];

/// One family of patterns, compiled.
pub struct Patterns {
    /// Which role a match gives.
    pub role: IpRole,
    /// The patterns.
    pub each: Vec<Regex>,
}

fn compile(role: IpRole, patterns: &[&str]) -> Patterns {
    Patterns {
        role,
        each: patterns
            .iter()
            .map(|p| {
                Regex::new(&format!("(?i){}", p.replace("{ip}", IP)))
                    .unwrap_or_else(|e| panic!("IP role pattern {p}: {e}"))
            })
            .collect(),
    }
}

/// The role patterns, most telling first.
pub static ROLES: LazyLock<[Patterns; 3]> = LazyLock::new(|| {
    [
        compile(IpRole::BlockedSender, BLOCKED),
        compile(IpRole::SubmittingClient, SUBMITTING),
        compile(IpRole::RemoteMx, REMOTE_MX),
    ]
});

/// SPF, DKIM and DMARC failures name the client's address too; that is not a block.
pub static AUTH_FAILURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bSPF\b|\bDKIM\b|\bDMARC\b|sender\s+policy\s+framework|\b5\.7\.2[3-7]\b")
        .expect("auth pattern")
});

/// Every span the patterns of one role capture as an address.
pub fn captures<'t>(
    p: &'t Patterns,
    text: &'t str,
) -> impl Iterator<Item = std::ops::Range<usize>> + 't {
    p.each.iter().flat_map(move |re| {
        re.captures_iter(text)
            .filter_map(|c| c.name("ip").map(|m| m.range()))
    })
}
