//! Whether a text is a bounce at all: the wording of delivery reports in English and Japanese,
//! and SMTP replies. An ordinary mail must not become a delivery.

use std::sync::LazyLock;

use super::smtp;
use crate::scan::prefilter::Literals;

/// Phrases that only delivery reports use.
const PHRASES: &[&str] = &[
    "could not be delivered",
    "couldn't be delivered",
    "cannot be delivered",
    "delivery status notification",
    "undeliverable",
    "undelivered mail",
    "returned mail",
    "failure notice",
    "mail delivery failed",
    "delivery has failed",
    "permanent fatal error",
    "transcript of session follows",
    "technical details of permanent failure",
    "technical details of temporary failure",
    "remote server returned",
    "was not delivered",
    "wasn't able to deliver",
    "unable to deliver",
    "delivery to the following recipient",
    "could not send message",
    "delivery failure",
    "mail system error",
    "message not delivered",
    "non-delivery",
    "smtp error from remote",
    "remote host said",
    "did not reach the following recipient",
    "not delivered to",
    "error delivering",
    "delayed mail",
    "delivery delayed",
    "still being retried",
    "will keep trying",
    "could not deliver",
    "couldn't deliver",
    "wasn't delivered",
    "delivery incomplete",
    "message you sent could not",
    "your message to the following",
    "following address(es) failed",
    "following addresses had",
    "delivery to the following",
    "following recipient(s)",
    "message delivery has failed",
    "message delivery failed",
    "not a member of this mailing list",
    // Mailing-list managers' notices (Mailman, Majordomo, ezmlm, fml, LISTSERV).
    "not allowed to post to this",
    "non-member submission",
    "post by non-member",
    "members-only list",
    "is being held until the list moderator",
    "awaits moderator approval",
    "message has been rejected by the list",
    "your message to the list was rejected",
    "not a subscriber of",
    "you are not subscribed to",
    "rejected by the moderator",
    // The opening words of each MTA family's report, for a body pasted without its headers.
    "this is the mail system at host",
    "i'm sorry to have to inform you that your message",
    "this is the qmail-send program",
    "created automatically by mail delivery software",
    "the following addresses had permanent fatal errors",
    "the following addresses had transient non-fatal errors",
    "did not reach some or all of the intended recipients",
    "the following recipient(s) cannot be reached",
    "diagnostic information for administrators",
    "the response from the remote server was",
    "the error that the other server returned was",
    "this is an automatically generated delivery status notification",
    "your message wasn't delivered",
    "your message couldn't be delivered",
    "配信できませんでした",
    "配信できなかった",
    "配送できなかった",
    "送信できなかった",
    "届けられませんでした",
    "お届けできません",
    "配信不可",
    "配送できませんでした",
    "送信できませんでした",
    "届けることができませんでした",
    "届きませんでした",
    "宛先不明",
    "配信に失敗",
    "送信に失敗",
    "配送に失敗",
    "配信不能",
    "送信されませんでした",
    "エラーメッセージ",
];

// Searched with a word filter: it builds in microseconds, where even a contiguous
// Aho-Corasick NFA of these phrases took a quarter of a one-file run.
static MATCHER: LazyLock<Literals> = LazyLock::new(|| Literals::new(PHRASES));

/// Words that accompany an SMTP reply at the start of a line.
const REPLY_WORDS: [&str; 18] = [
    "user",
    "mailbox",
    "recipient",
    "relay",
    "denied",
    "rejected",
    "blocked",
    "unknown",
    "refused",
    "spam",
    "not ",
    "access",
    "error",
    "service",
    "temporar",
    "address",
    "policy",
    "quota",
];

/// True when the text reads like a delivery report or holds an SMTP failure reply.
pub fn is_bounce_text(text: &str) -> bool {
    MATCHER.is_match(text) || has_failure_reply(text) || wrapped_phrase(text)
}

/// A report's phrase wrapped over two lines ("your message could not\nbe delivered"), or
/// quoted with "> " at the start of each line: looked for again with the lines joined.
fn wrapped_phrase(text: &str) -> bool {
    if !text.contains('\n') {
        return false;
    }
    let mut joined = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim().trim_start_matches(['>', ' ']);
        if t.is_empty() {
            continue;
        }
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.extend(t.split_whitespace().flat_map(|w| [w, " "]));
        joined.pop();
    }
    MATCHER.is_match(&joined)
}

/// True when some line carries a 4xx/5xx SMTP reply (with an enhanced status code, or at the
/// start of a line with the usual words).
pub fn has_failure_reply(text: &str) -> bool {
    text.lines().any(|line| {
        smtp::replies(line).into_iter().any(|(at, code)| {
            if code.class() == 2 {
                return false;
            }
            let after = line.get(at + 3..).unwrap_or("");
            let with_status = after
                .get(1..)
                .is_some_and(|a| smtp::statuses(a).first().is_some_and(|&(p, _)| p == 0));
            let at_start = line.get(..at).is_some_and(|b| {
                b.trim_start_matches(|c: char| c.is_whitespace() || "#<>:'\"(".contains(c))
                    .is_empty()
            });
            let lower = after.to_ascii_lowercase();
            with_status || (at_start && REPLY_WORDS.iter().any(|w| lower.contains(w)))
        })
    })
}

/// Where delivery-status fields start inside a text part, for servers that do not send them
/// as a part of their own.
pub fn inline_dsn_start(text: &str) -> Option<usize> {
    const STARTS: [&str; 5] = [
        "reporting-mta:",
        "original-recipient:",
        "final-recipient:",
        "arrival-date:",
        "received-from-mta:",
    ];
    let mut pos = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let p = pos;
            pos += l.len();
            (p, l)
        })
        .collect();
    for (i, &(p, l)) in lines.iter().enumerate() {
        let lower = l.trim_start().to_ascii_lowercase();
        if STARTS.iter().any(|s| lower.starts_with(s)) {
            let follows = lines.iter().skip(i).take(20).any(|(_, n)| {
                let n = n.trim_start().to_ascii_lowercase();
                n.starts_with("final-recipient:") || n.starts_with("status:")
            });
            if follows {
                return Some(p);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounce_wording_and_replies_are_recognised() {
        assert!(is_bounce_text("550 5.7.1 Service unavailable"));
        assert!(is_bounce_text("<<< 450 4.7.1 refused"));
        assert!(is_bounce_text("Your message could not be delivered."));
        assert!(is_bounce_text("メールを配送できませんでした。"));
        assert!(!is_bounce_text(
            "The bill is 550 yen.\nThanks, see you at 4.30."
        ));
        assert!(!is_bounce_text("Meeting moved to room 421 tomorrow."));
        assert!(is_bounce_text(
            "I'm sorry to have to inform you that your message could not\nbe delivered"
        ));
        assert!(is_bounce_text(
            "> your message could not\n> be delivered to one"
        ));
    }
}
