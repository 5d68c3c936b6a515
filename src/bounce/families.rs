//! Messages that mail systems write in their own words, which name the reason outright (as
//! sisimai's MTA modules do): Domino's "not listed in Domino Directory", Exchange's
//! `RESOLVER.ADR.RecipNotFound`, qmail's "Sorry, no mailbox here by that name", the Japanese
//! carriers' notices. Each phrase is specific to one system, so it is safe to look for it in
//! any bounce. Sources: sisimai's `lhost/*` modules (BSD 2-Clause) and the systems' own texts.

use std::sync::LazyLock;

use super::Reason;
use super::Reason as R;
use crate::scan::prefilter::Literals;

/// Lower-case message → the reason it names.
#[rustfmt::skip]
const MESSAGES: &[(&str, Reason)] = &[
    // HCL Domino / Notes
    ("not listed in domino directory", R::UserUnknown),
    ("not listed in public name & address book", R::UserUnknown),
    ("no se encuentra en el directorio de domino", R::UserUnknown),
    ("non répertorié dans l'annuaire domino", R::UserUnknown),
    ("domino ディレクトリには見つかりません", R::UserUnknown),
    ("ディレクトリのリストにありません", R::UserUnknown),
    ("cannot route mail to user", R::Filtered),
    ("several matches found in domino directory", R::SystemError),
    ("message has exceeded maximum hop count", R::NetworkError),
    // Microsoft Exchange 2003 (MSEXCH codes) and 2007+ (NDR codes)
    ("(000c05a6)", R::UserUnknown),
    ("(000c0595)", R::Filtered),
    ("(00010256)", R::SystemError),
    ("(000d06b5)", R::SystemError),
    ("(00120270)", R::NetworkError),
    ("(00050311)", R::ContentError),
    ("(000502cc)", R::ContentError),
    ("(000b0981)", R::SecurityError),
    ("smtpsend.dns.nonexistentdomain", R::HostUnknown),
    ("smtpsend.dns.mxloopback", R::NetworkError),
    ("resolver.adr.badprimary", R::SystemError),
    ("resolver.adr.recipnotfound", R::UserUnknown),
    ("resolver.adr.recipientnotfound", R::UserUnknown),
    ("resolver.adr.exrecipnotfound", R::UserUnknown),
    ("resolver.adr.reciplimit", R::TooManyConn),
    ("resolver.adr.invalidinsmtp", R::SystemError),
    ("resolver.adr.ambiguous", R::SystemError),
    ("resolver.rst.authrequired", R::SecurityError),
    ("resolver.rst.notauthorized", R::Rejected),
    ("resolver.rst.recipsizelimit", R::ExceedLimit),
    ("queue.expired", R::Expired),
    // qmail and its clones
    ("sorry, i couldn't find any host ", R::HostUnknown),
    ("disk quota exceeded", R::MailboxFull),
    ("message size exceeds fixed maximum message size:", R::MesgTooBig),
    ("sorry, i wasn't able to establish an smtp connection", R::NetworkError),
    ("sorry. although i'm listed as a best-preference mx or a for that host", R::NetworkError),
    ("sorry, i couldn't find a mail exchanger or ip address", R::NotAccept),
    ("bad interpreter: no such file or directory", R::SystemError),
    ("requested action not taken: mailbox unavailable (not enough free space)", R::SystemFull),
    ("no mailbox here by that name", R::UserUnknown),
    ("the message exeeded the maximum size the user accepts", R::ExceedLimit),
    ("mailaddress is administrativly disabled", R::Suspend),
    ("mailaddress is administrativley disabled", R::Suspend),
    ("mailaddress is administratively disabled", R::Suspend),
    ("mailaddress is administrativeley disabled", R::Suspend),
    ("this message has been in the queue too long", R::Expired),
    // qmail-ldap: the receiving system's own failures, named before qmail gives up
    ("automatic homedir creator crashed", R::SystemError),
    ("illegal value in ldap attribute", R::SystemError),
    ("ldap attribute is not given but mandatory", R::SystemError),
    ("timeout while performing search on ldap server", R::SystemError),
    ("too many results returned but needs to be unique", R::SystemError),
    ("permanent error while executing qmail-forward", R::SystemError),
    ("temporary error while executing qmail-forward", R::SystemError),
    ("temporary error in automatic homedir creation", R::SystemError),
    ("temporary failure in ldap lookup", R::SystemError),
    ("unable to contact ldap server", R::SystemError),
    ("unable to login into ldap server", R::SystemError),
    // Exim
    ("all host address lookups failed permanently", R::HostUnknown),
    ("all relevant mx records point to non-existent hosts", R::HostUnknown),
    ("an mx or srv record indicated no smtp service", R::NotAccept),
    ("no host found for existing smtp connection", R::NotAccept),
    ("angle-brackets nested too deep", R::SyntaxError),
    ("expected word or \"<\"", R::SyntaxError),
    ("domain missing in source-routed address", R::SyntaxError),
    ("malformed address:", R::SyntaxError),
    ("delivery to file forbidden", R::SystemError),
    ("delivery to pipe forbidden", R::SystemError),
    ("local delivery failed", R::SystemError),
    ("too many \"received\" headers", R::ContentError),
    ("retry timeout exceeded", R::Expired),
    ("all hosts have been failing for a long time and were last tried", R::Expired),
    // Gmail
    ("dns error: could not contact dns servers", R::Expired),
    ("delivery to the following recipient has been delayed", R::Expired),
    ("the recipient server did not accept our requests to connect", R::Expired),
    ("dns error: domain name not found", R::HostUnknown),
    ("dns error: dns server returned answer with no data", R::HostUnknown),
    // OpenSMTPD
    ("envelope expired", R::Expired),
    ("could not retrieve credentials", R::SecurityError),
    ("invalid domain name", R::HostUnknown),
    ("address family mismatch on destination mxs", R::NetworkError),
    ("all routes to destination blocked", R::NetworkError),
    ("bad dns lookup error code", R::NetworkError),
    ("could not retrieve source address", R::NetworkError),
    ("network error on destination mxs", R::NetworkError),
    ("no valid route to remote mx", R::NetworkError),
    ("no valid route to destination", R::NetworkError),
    ("temporary failure in mx lookup", R::NetworkError),
    ("destination seem to reject all mails", R::NotAccept),
    ("no mx found for domain", R::NotAccept),
    ("no mx found for destination", R::NotAccept),
    // DragonFly Mail Agent
    ("could not deliver for the last ", R::Expired),
    ("dns lookup failure: host ", R::HostUnknown),
    // au (KDDI, EZweb)
    ("your message was not delivered within ", R::Expired),
    ("the user(s) account is temporarily over quota", R::MailboxFull),
    ("the user(s) account is disabled.", R::Suspend),
    ("the user(s) account is temporarily limited.", R::Suspend),
    ("as their mailbox is full", R::MailboxFull),
    ("due to the following smtp relay error", R::NoRelaying),
    ("as the remote domain doesnt exist", R::HostUnknown),
    // Trend Micro InterScan
    ("unable to deliver message to <", R::UserUnknown),
    // Google Groups (the notice is translated; its help link is not)
    ("groups.google.com/support", R::Rejected),
    // Progress IMail, MessageLabs, iCloud
    ("invalid final delivery userid", R::UserUnknown),
    ("user mailbox exceeds allowed size", R::MailboxFull),
    ("requested action not taken: virus detected", R::VirusDetected),
    ("please turn on smtp authentication in your mail client", R::SecurityError),
    ("blocked for failing both spf and dkim", R::AuthFailure),
    // Mailing-list managers (fml)
    ("you are not a member of this mailing list", R::Rejected),
    // Zoho, Verizon
    ("host not reachable", R::Expired),
    ("550 - requested action not taken: no such user here", R::UserUnknown),
    ("no valid recipients for this mm", R::UserUnknown),
];

// The literal filter of `scan::prefilter`, built in microseconds: an Aho-Corasick automaton of
// this table cost 2.4 M instructions to build, half of a one-file run.
static MATCHER: LazyLock<Literals> = LazyLock::new(|| Literals::new(MESSAGES.iter().map(|m| m.0)));

/// The reason a system's own message names in `lower` (a lower-cased text), if any: the
/// message that ends first, as an Aho-Corasick search reports it (no message ends another, so
/// there is one).
pub fn named(lower: &str) -> Option<Reason> {
    let mut first: Option<(usize, usize)> = None;
    MATCHER.for_each_match(lower, |w, at| {
        let end = at + MESSAGES[w].0.len();
        if first.is_none_or(|(e, _)| end < e) {
            first = Some((end, w));
        }
    });
    first.map(|(_, w)| MESSAGES[w].1)
}

/// The reason a sending system's own bounce category names (PowerMTA's
/// `X-PowerMTA-BounceCategory`, and the same words in other senders' `Bounce-Category` fields).
pub fn category(value: &str) -> Option<Reason> {
    let v = value.trim().trim_matches('"').to_ascii_lowercase();
    Some(match v.as_str() {
        "bad-mailbox" | "bad-recipient" | "invalid-recipient" | "unknown-user" => R::UserUnknown,
        "bad-domain" | "invalid-domain" => R::HostUnknown,
        "inactive-mailbox" | "disabled-mailbox" | "suspended" => R::Suspend,
        "quota-issues" | "mailbox-full" => R::MailboxFull,
        "message-expired" | "expired" => R::Expired,
        "no-answer-from-host" | "bad-connection" => R::NetworkError,
        "policy-related" => R::PolicyViolation,
        "spam-related" => R::SpamDetected,
        "virus-related" => R::VirusDetected,
        "routing-errors" | "bad-configuration" => R::SystemError,
        "relaying-issues" => R::NoRelaying,
        "invalid-sender" => R::Rejected,
        "protocol-errors" => R::SyntaxError,
        "content-related" => R::ContentError,
        "message-too-large" | "size-issues" => R::MesgTooBig,
        "blocked" | "blacklisted" | "blocklisted" => R::Blocked,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_messages_name_reasons() {
        assert_eq!(
            named("user some.name (a@b.jp) not listed in domino directory"),
            Some(R::UserUnknown)
        );
        assert_eq!(
            named("#550 5.1.1 resolver.adr.recipnotfound; not found ##"),
            Some(R::UserUnknown)
        );
        assert_eq!(named("550 5.1.1 user unknown"), None);
    }

    /// The Aho-Corasick search this replaces, as it was.
    fn reference(lower: &str) -> Option<Reason> {
        static AC: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(MESSAGES.iter().map(|(m, _)| m))
                .unwrap()
        });
        AC.find(lower).map(|m| MESSAGES[m.pattern().as_usize()].1)
    }

    #[test]
    fn messages_are_lower_case_and_none_ends_another() {
        for (i, (a, _)) in MESSAGES.iter().enumerate() {
            assert_eq!(*a, a.to_lowercase(), "{a}");
            for (j, (b, _)) in MESSAGES.iter().enumerate() {
                assert!(i == j || !a.ends_with(b), "{a} / {b}");
            }
        }
    }

    /// The messages, their beginnings and ends, overlapping and side by side, and the project's
    /// fixtures, lower-cased as the caller does: the same reason as the automaton found.
    #[test]
    fn reads_as_the_automaton_did() {
        let mut texts: Vec<String> = Vec::new();
        for (a, _) in MESSAGES {
            for (b, _) in MESSAGES {
                let cut = |s: &'static str, n: usize| {
                    s.split_at(s.char_indices().nth(n).map_or(s.len(), |(i, _)| i))
                };
                let ((ha, ta), (hb, tb)) = (cut(a, 5), cut(b, 5));
                let short = cut(a, a.chars().count() - 1).0;
                texts.push(format!("{a}{b}"));
                texts.push(format!("x {ha}{b} {tb}"));
                texts.push(format!("{hb}{a}"));
                texts.push(format!("{tb} {short}{hb} {ta}"));
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    let text =
                        String::from_utf8_lossy(&std::fs::read(&path).unwrap()).to_lowercase();
                    texts.extend(text.split("\n\n").map(str::to_owned));
                    texts.push(text);
                }
            }
        }
        let mut found = 0;
        for t in &texts {
            let r = reference(t);
            found += usize::from(r.is_some());
            assert_eq!(named(t), r, "{t:?}");
        }
        assert!(found > 1000, "{found}");
    }
}
