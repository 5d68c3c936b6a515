//! Finding SMTP facts inside free text: the enhanced status code, the reply code and the command
//! a reply answered. Byte scanning only, so Japanese text around the codes is never sliced.

use std::sync::LazyLock;

use super::SmtpCommand;
use super::status::{ReplyCode, Status};
use crate::scan::prefilter::Literals;

/// Every enhanced status code in `text`, in order, skipping IP addresses and version numbers.
pub fn statuses(text: &str) -> Vec<(usize, Status)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 < b.len() {
        let c = b[i];
        if !matches!(c, b'2' | b'4' | b'5') || b[i + 1] != b'.' {
            i += 1;
            continue;
        }
        let prev = if i == 0 { b' ' } else { b[i - 1] };
        if prev.is_ascii_digit() || matches!(prev, b'.' | b'/' | b'v' | b'V' | b'-' | b'_') {
            i += 1;
            continue;
        }
        let subject = b[i + 2];
        if !(b'0'..=b'7').contains(&subject) || b[i + 3] != b'.' {
            i += 1;
            continue;
        }
        let start = i + 4;
        let mut end = start;
        while end < b.len() && b[end].is_ascii_digit() && end - start < 4 {
            end += 1;
        }
        let detail_len = end - start;
        // A fourth digit, or `.digit` after the detail, means a number or an IP address.
        let ip_like = b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if (1..=3).contains(&detail_len)
            && !ip_like
            && let Some(s) = text.get(i..end).and_then(Status::parse)
        {
            out.push((i, s));
        }
        i = end.max(i + 1);
    }
    out
}

/// The status code a text states, choosing among several as sisimai does: specific codes
/// before `X.0.0` and `4.4.7`.
pub fn find_status(text: &str, class: Option<u8>) -> Option<Status> {
    let mut found: Vec<Status> = statuses(text)
        .into_iter()
        .map(|(_, s)| s)
        .filter(|s| class.is_none_or(|c| s.class() == c))
        .collect();
    // Vague codes go last so that any specific one wins.
    found.sort_by_key(|s| u8::from(s.subject_detail() == "0.0" || s.as_str() == "4.4.7"));
    let mut it = found.into_iter();
    let first = it.next()?;
    Some(it.fold(first, |a, b| {
        prefer(Some(a.clone()), Some(b), None).unwrap_or(a)
    }))
}

/// Every standard reply code in `text` with its offset, not counting digits inside numbers.
pub fn replies(text: &str) -> Vec<(usize, ReplyCode)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 <= b.len() {
        if !matches!(b[i], b'2' | b'4' | b'5') {
            i += 1;
            continue;
        }
        let prev = if i == 0 { b' ' } else { b[i - 1] };
        let next = b.get(i + 3).copied().unwrap_or(b' ');
        let digits = b[i + 1].is_ascii_digit() && b[i + 2].is_ascii_digit();
        let boundary = |c: u8| c.is_ascii_digit() || c == b'.' || c.is_ascii_alphabetic();
        if digits && !boundary(prev) && !boundary(next) {
            let n = u16::from(b[i] - b'0') * 100
                + u16::from(b[i + 1] - b'0') * 10
                + u16::from(b[i + 2] - b'0');
            if let Some(code) = ReplyCode::new(n).filter(|c| c.is_standard()) {
                out.push((i, code));
                i += 3;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The reply code a text states: the first of the given class, else the first failure code.
pub fn find_reply(text: &str, class: Option<u8>) -> Option<ReplyCode> {
    let all = replies(text);
    if let Some(c) = class {
        return all.iter().map(|&(_, r)| r).find(|r| r.class() == c);
    }
    [5, 4, 2]
        .into_iter()
        .find_map(|c| all.iter().map(|&(_, r)| r).find(|r| r.class() == c))
}

/// Chooses between the code of the DSN `Status:` field and the one in the server's reply
/// (sisimai's preference rules: the reply's class decides; specific beats vague).
pub fn prefer(
    stated: Option<Status>,
    in_text: Option<Status>,
    reply: Option<ReplyCode>,
) -> Option<Status> {
    let (Some(st), Some(tx)) = (&stated, &in_text) else {
        return stated.or(in_text);
    };
    if st.is_derived() {
        return in_text;
    }
    if let Some(r) = reply
        && st.class() != tx.class()
    {
        if r.class() == st.class() {
            return stated;
        }
        if r.class() == tx.class() {
            return in_text;
        }
    }
    if st == tx {
        return stated;
    }
    let (s, t) = (st.subject_detail(), tx.subject_detail());
    if s == "0.0" {
        return if t == "0.0" { stated } else { in_text };
    }
    if (s.starts_with("0.") || s.ends_with(".0")) && !t.starts_with("0.") && !t.ends_with(".0") {
        return in_text;
    }
    if t == "0.0" {
        return stated;
    }
    let ambiguous = matches!(st.as_str(), "4.4.7" | "4.7.0")
        || st.as_str().starts_with("5.3.")
        || ["5.1", "5.2", "5.4", "5.5"]
            .iter()
            .any(|p| s.starts_with(p) && s.len() == 3);
    if ambiguous {
        return in_text;
    }
    if st.as_str() == "5.1.1" {
        return if t.starts_with("0.") || tx.as_str().starts_with("5.5.") {
            stated
        } else {
            in_text
        };
    }
    if st.as_str() == "5.1.3" && tx.as_str().starts_with("5.7.") {
        return in_text;
    }
    stated
}

/// Phrases that name the command a reply answered.
const CONTEXTUAL: [(&str, SmtpCommand); 18] = [
    // Postfix: the server refused the connection at its greeting
    ("REFUSED TO TALK TO ME", SmtpCommand::Conn),
    // qmail-remote's own words
    (" DOES NOT LIKE RECIPIENT", SmtpCommand::Rcpt),
    (" BUT SENDER WAS REJECTED", SmtpCommand::Mail),
    (" BUT MY NAME WAS REJECTED", SmtpCommand::Ehlo),
    (" FAILED ON DATA COMMAND", SmtpCommand::Data),
    (" FAILED AFTER I SENT THE MESSAGE", SmtpCommand::Data),
    ("END OF DATA", SmtpCommand::Data),
    ("AFTER DATA", SmtpCommand::Data),
    ("IN REPLY TO DATA", SmtpCommand::Data),
    ("RCPT TO", SmtpCommand::Rcpt),
    ("MAIL FROM", SmtpCommand::Mail),
    ("INITIAL CONNECTION", SmtpCommand::Conn),
    ("CONNECTION ESTABLISHMENT", SmtpCommand::Conn),
    ("SMTP GREETING", SmtpCommand::Conn),
    ("IN REPLY TO EHLO", SmtpCommand::Ehlo),
    ("IN REPLY TO HELO", SmtpCommand::Helo),
    ("STARTTLS", SmtpCommand::StartTls),
    ("[RCPT_TO]", SmtpCommand::Rcpt),
];

static CONTEXTUAL_WORDS: LazyLock<Literals> =
    LazyLock::new(|| Literals::new(CONTEXTUAL.iter().map(|&(w, _)| w)));

/// The command the earliest contextual phrase names (the first in the list where two start at
/// one place). One search for all of them: they were looked for one by one, in an upper-cased
/// copy, once for each of a report's recipients.
fn contextual(text: &str) -> Option<SmtpCommand> {
    let mut best: Option<(usize, usize)> = None;
    CONTEXTUAL_WORDS.for_each_match(text, |w, at| {
        if best.is_none_or(|b| (at, w) < b) {
            best = Some((at, w));
        }
    });
    best.and_then(|(_, w)| CONTEXTUAL.get(w)).map(|&(_, c)| c)
}

/// The SMTP command a diagnostic says it answered ("in reply to RCPT TO command", "after end
/// of data", ">>> DATA"), or the last command named in it.
pub fn find_command(text: &str) -> Option<SmtpCommand> {
    if let Some(c) = contextual(text) {
        return Some(c);
    }
    let words: [(&str, SmtpCommand); 6] = [
        ("HELO", SmtpCommand::Helo),
        ("EHLO", SmtpCommand::Ehlo),
        ("MAIL", SmtpCommand::Mail),
        ("RCPT", SmtpCommand::Rcpt),
        ("DATA", SmtpCommand::Data),
        ("CONN", SmtpCommand::Conn),
    ];
    let b = text.as_bytes();
    let mut last: Option<SmtpCommand> = None;
    for (w, cmd) in words {
        let mut from = 0;
        while let Some(p) = text.get(from..).and_then(|t| t.find(w)) {
            let at = from + p;
            let before = if at == 0 { b' ' } else { b[at - 1] };
            let after = b.get(at + w.len()).copied().unwrap_or(b' ');
            if !before.is_ascii_alphanumeric()
                && !after.is_ascii_alphanumeric()
                && before != b'@'
                && after != b'@'
                && after != b'.'
                && !after_capitals(text.get(..at).unwrap_or(""))
            {
                last = Some(cmd);
                break;
            }
            from = at + w.len();
        }
    }
    last
}

/// True when `before` ends with a long word in capitals and a space: the command word is part of
/// a heading ("UNDELIVERABLE MAIL", Courier's banner), not a command ("SMTP DATA" still is).
fn after_capitals(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let word: &str = head
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    word.len() >= 6 && word.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(s: &str) -> Option<String> {
        find_status(s, None).map(|s| s.to_string())
    }

    #[test]
    fn status_codes_are_found_and_ip_addresses_skipped() {
        assert_eq!(
            st("550 5.1.1 <a@example.jp>... User unknown").as_deref(),
            Some("5.1.1")
        );
        assert_eq!(
            st("host 192.0.2.1 said 5.0.0 then 5.7.1").as_deref(),
            Some("5.7.1")
        );
        assert_eq!(st("Client host [5.1.1.3] refused").as_deref(), None);
        assert_eq!(st("Postfix v2.5.1 said").as_deref(), None);
        assert_eq!(st("(#5.5.0)").as_deref(), Some("5.5.0"));
        assert_eq!(st("550 5.7.606 Access denied").as_deref(), Some("5.7.606"));
    }

    #[test]
    fn reply_codes_are_found_outside_numbers() {
        let r = |s: &str| find_reply(s, None).map(ReplyCode::get);
        assert_eq!(r("host said: 550 5.1.1 unknown"), Some(550));
        assert_eq!(r("421-4.7.28 rate limited"), Some(421));
        assert_eq!(r("priced 5500 yen, 4.550 km"), None);
        assert_eq!(r("#550 5.1.1 RESOLVER"), Some(550));
    }

    #[test]
    fn commands_come_from_context() {
        assert_eq!(
            find_command("550 unknown (in reply to RCPT TO command)"),
            Some(SmtpCommand::Rcpt)
        );
        assert_eq!(
            find_command("SMTP error from remote mail server after end of data:"),
            Some(SmtpCommand::Data)
        );
        assert_eq!(find_command("DATABASE@EXAMPLE.JP said no"), None);
        assert_eq!(
            find_command("UNDELIVERABLE MAIL\n\nmaildrop: over quota"),
            None
        );
        assert_eq!(
            find_command("error in SMTP DATA phase"),
            Some(SmtpCommand::Data)
        );
    }

    /// How the contextual phrases were found before one search did it: each in turn, in an
    /// upper-cased copy, the earliest kept.
    fn contextual_one_by_one(text: &str) -> Option<SmtpCommand> {
        let upper = text.to_ascii_uppercase();
        let mut best: Option<(usize, SmtpCommand)> = None;
        for (needle, cmd) in CONTEXTUAL {
            if let Some(p) = upper.find(needle)
                && best.is_none_or(|(bp, _)| p < bp)
            {
                best = Some((p, cmd));
            }
        }
        best.map(|(_, c)| c)
    }

    #[test]
    fn one_search_finds_the_phrase_the_searches_one_by_one_found() {
        let pieces = [
            "in reply to RCPT TO command",
            "In Reply To Data",
            "after end of DATA",
            "after data",
            "refused to talk to me",
            " does not like recipient",
            "mail from",
            "STARTTLS",
            "[rcpt_to]",
            "smtp greeting",
            "in reply to ehlo",
            "in reply to helo",
            "initial connection",
            "受信拒否 ",
            " ",
            "\n",
            "x",
        ];
        let mut seed = 5_u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        let mut named = 0;
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..next() % 8 {
                text.push_str(pieces[next() % pieces.len()]);
            }
            let expected = contextual_one_by_one(&text);
            assert_eq!(contextual(&text), expected, "{text:?}");
            named += usize::from(expected.is_some());
        }
        assert!(named > 1_000, "{named}");
    }
}
