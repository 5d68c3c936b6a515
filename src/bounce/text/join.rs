//! Joining a reply's lines into one: the repeated `550-5.7.1` prefixes of a multi-line reply
//! dropped, the reply code and status code kept once, an `(in reply to … command)` note cut off.

use crate::bounce::document::squeeze;
use crate::bounce::smtp;

/// A reply given on one line with its multi-line form kept (`550-5.7.1 a 550-5.7.1 b 550 5.7.1
/// c`, as an unfolded `Diagnostic-Code`), joined like the lines of a reply.
pub fn join_inline(diag: &str) -> String {
    let d = diag.trim();
    let Some(code) = d.get(..3).filter(|c| c.bytes().all(|b| b.is_ascii_digit())) else {
        return squeeze(d);
    };
    if d.get(3..4) != Some("-") {
        return join(&[d], code).0;
    }
    join(&split_at_codes(d, code), code).0
}

/// The reply `diag` with the codes of a multi-line reply that Postfix re-wrapped into running
/// text taken out (`553 SPF … authentication 553-fail` → `553 SPF … authentication fail`), so
/// wording split by them reads whole. The diagnostic shown keeps them: it must stay findable in
/// the bounce.
pub fn unwrapped(diag: &str) -> String {
    let d = diag.trim();
    match d.get(..3).filter(|c| c.bytes().all(|b| b.is_ascii_digit())) {
        Some(code) if d.contains(&format!(" {code}-")) => join(&split_at_codes(d, code), code).0,
        _ => d.to_owned(),
    }
}

/// Splits a multi-line reply that was re-wrapped into running text (Postfix folds a long reply
/// at its own width, so `553-fail` can sit in the middle of a line) where `code` starts a line of
/// the original reply.
pub fn split_at_codes<'a>(d: &'a str, code: &str) -> Vec<&'a str> {
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    let b = d.as_bytes();
    for i in 1..d.len().saturating_sub(4) {
        let at_code = b[i - 1] == b' '
            && d.get(i..i + 3) == Some(code)
            && matches!(b.get(i + 3), Some(b'-' | b' '));
        if at_code {
            parts.push(d.get(start..i).unwrap_or("").trim());
            start = i;
        }
    }
    parts.push(d.get(start..).unwrap_or("").trim());
    parts
}

/// Joins a reply's lines, dropping the repeated `550-5.7.1` prefixes of a multi-line reply
/// and cutting an `(in reply to … command)` note off the end.
pub fn join(parts: &[&str], code: &str) -> (String, Option<String>) {
    let mut status: Option<String> = None;
    let mut words: Vec<String> = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        let mut rest = *p;
        if let Some(after) = rest.strip_prefix(code)
            && (after.is_empty() || after.starts_with([' ', '-', '\t']))
        {
            rest = after.get(1..).unwrap_or("");
            // The enhanced status code repeated after the reply code.
            let first_word = rest.split_whitespace().next().unwrap_or("");
            if smtp::statuses(first_word)
                .first()
                .is_some_and(|(p, s)| *p == 0 && s.as_str() == first_word)
            {
                if i == 0 || status.is_none() {
                    status = Some(first_word.to_owned());
                }
                if status.as_deref() == Some(first_word) {
                    rest = rest.trim_start().get(first_word.len()..).unwrap_or("");
                }
            }
        }
        words.push(rest.trim().to_owned());
    }
    let mut text = String::from(code);
    if let Some(s) = &status {
        text.push(' ');
        text.push_str(s);
    }
    for w in words.iter().filter(|w| !w.is_empty()) {
        if !splits_an_address(&text, w) {
            text.push(' ');
        }
        text.push_str(w);
    }
    let mut text = squeeze(&text);
    let mut note = None;
    let lower = text.to_ascii_lowercase();
    if let Some(p) = lower.rfind("(in reply to ")
        && (lower.ends_with("command)") || lower.ends_with("command)."))
    {
        note = text.get(p..).map(str::to_owned);
        text = text.get(..p).unwrap_or(&text).trim_end().to_owned();
    }
    // "Remote Server returned '550 …'" and "<<< 550 …" quoting, and the closing bracket of a
    // reply given in brackets ("(550 5.1.1 User unknown)", Exchange's "<… smtp;550 …>").
    // A translated wrapper closing the quote ("リモート サーバーから '552 …' が返されました").
    if let Some(q) = text.rfind("' ")
        && let Some(tail) = text.get(q + 1..)
        && !tail.is_ascii()
        && !tail.contains(['\'', '"'])
        && !tail.chars().any(|c| c.is_ascii_digit())
        && tail.trim().chars().count() <= 30
    {
        text.truncate(q);
    }
    let mut text = text.trim_end_matches(['\'', '"']).trim_end().to_owned();
    // Exchange's "#550 5.7.1 … ##": the reply is closed by two hashes.
    if let Some(t) = text.strip_suffix(" ##") {
        text = t.trim_end().to_owned();
    }
    for (open, close) in [('(', ')'), ('<', '>')] {
        if text.ends_with(close) && text.matches(close).count() > text.matches(open).count() {
            text.pop();
        }
    }
    (text, note)
}

/// Whether a line break between `left` and `right` cut an IPv4 address next to a dot
/// (`[203.0.113.` / `25]`): such a break can only be inside the address, so the lines are
/// joined without a space. A break between two digits may end an address and is left alone.
fn splits_an_address(left: &str, right: &str) -> bool {
    let part = |c: char| c.is_ascii_digit() || c == '.';
    let l = left.get(left.trim_end_matches(part).len()..).unwrap_or("");
    let r = right
        .get(..right.len() - right.trim_start_matches(part).len())
        .unwrap_or("")
        .trim_end_matches('.');
    (l.ends_with('.') || r.starts_with('.'))
        && !l.starts_with('.')
        && format!("{l}{r}").parse::<std::net::Ipv4Addr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_cut_next_to_a_dot_is_joined_whole() {
        let (t, _) = join(
            &["550 5.7.1 messages from [203.0.113.", "25] weren't sent"],
            "550",
        );
        assert_eq!(t, "550 5.7.1 messages from [203.0.113.25] weren't sent");
        let (t, _) = join(&["550 host mx[203", ".0.113.77] said"], "550");
        assert_eq!(t, "550 host mx[203.0.113.77] said");
        // A sentence's full stop before a number, a break between digits: kept apart.
        let (t, _) = join(&["550 refused 192.0.2.1.", "25 tries"], "550");
        assert_eq!(t, "550 refused 192.0.2.1. 25 tries");
        let (t, _) = join(&["550 your IP 198.51.100.1", "73 is listed"], "550");
        assert_eq!(t, "550 your IP 198.51.100.1 73 is listed");
    }

    #[test]
    fn unfolded_multi_line_replies_are_joined() {
        assert_eq!(
            join_inline(
                "550-5.7.1 [192.0.2.1] Our system has detected 550-5.7.1 unsolicited mail. 550 5.7.1 See help."
            ),
            "550 5.7.1 [192.0.2.1] Our system has detected unsolicited mail. See help."
        );
        assert_eq!(
            join_inline("550 5.1.1 <a@b.jp>... User unknown"),
            "550 5.1.1 <a@b.jp>... User unknown"
        );
        assert_eq!(
            join(&["550 5.1.1 User unknown)"], "550").0,
            "550 5.1.1 User unknown"
        );
        assert_eq!(
            join(&["550\t5.1.1 <a@b.jp>: User unknown"], "550").0,
            "550 5.1.1 <a@b.jp>: User unknown"
        );
        assert_eq!(
            join(&["550 5.7.1 blocked (see site)"], "550").0,
            "550 5.7.1 blocked (see site)"
        );
        assert_eq!(
            unwrapped(
                "553 SPF domain authentication 553-fail. See 553-https://example.com/ 553 here."
            ),
            "553 SPF domain authentication fail. See https://example.com/ here."
        );
        // Exchange's "Remote Server returned '…'", translated: the wrapper is not the reply.
        assert_eq!(
            join(&["552 5.2.2 Mailbox full.' が返されました"], "552").0,
            "552 5.2.2 Mailbox full."
        );
        assert_eq!(
            join(&["550 5.1.1 The users' mailbox is unknown"], "550").0,
            "550 5.1.1 The users' mailbox is unknown"
        );
    }
}
