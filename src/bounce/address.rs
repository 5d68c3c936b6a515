//! Email addresses in free text: where they stand and their normal form.

use std::ops::Range;

/// An address found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the address (without brackets) in the searched text.
    pub span: Range<usize>,
    /// The normal form: local part as written, domain lower-cased.
    pub addr: String,
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~.".contains(&b)
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

/// A full-width ASCII character (`ａ`, `＠`, `．`, typed with a Japanese input method) as its
/// ASCII self; anything else unchanged.
pub fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

fn ascii_is(c: char, class: fn(u8) -> bool) -> bool {
    let c = narrow(c);
    c.is_ascii() && class(c as u8)
}

/// Every plausible address in `text`, in order. URLs' user-info parts are skipped. An address
/// typed in full-width characters (`ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ`) is found too, read as ASCII;
/// its span is where it stands in `text`.
pub fn find_all(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut from = 0;
    for (p, at) in text.match_indices(['@', '＠']) {
        if p < from {
            continue;
        }
        let before = text.get(..p).unwrap_or("");
        let mut s = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| ascii_is(c, is_local))
            .last()
            .map_or(p, |(i, _)| i);
        while let Some(c) = text.get(s..p).and_then(|t| t.chars().next())
            && matches!(narrow(c), '.' | '\'' | '`' | '=' | '/')
        {
            s += c.len_utf8();
        }
        let after = p + at.len();
        let mut e = text.get(after..).map_or(after, |t| {
            t.char_indices()
                .take_while(|&(_, c)| ascii_is(c, is_domain))
                .last()
                .map_or(after, |(i, c)| after + i + c.len_utf8())
        });
        while let Some(c) = text.get(after..e).and_then(|t| t.chars().next_back())
            && matches!(narrow(c), '.' | '-')
        {
            e -= c.len_utf8();
        }
        if s == p || e <= after {
            continue;
        }
        let Some(candidate) = text.get(s..e) else {
            continue;
        };
        // "http://user@host" and "=?utf-8?…@…" are not addresses.
        if s >= 3 && text.get(s - 3..s) == Some("://") {
            continue;
        }
        let candidate: String = candidate.chars().map(narrow).collect();
        if let Some(addr) = normalize(&candidate) {
            out.push(Found { span: s..e, addr });
        }
        from = e;
    }
    out
}

/// Checks and normalises one address: strips brackets, `rfc822;`, quotes; lower-cases the
/// domain. `None` when it is not an Internet address with a dotted domain.
pub fn normalize(raw: &str) -> Option<String> {
    let mut s = raw.trim();
    if let Some(rest) = s.get(..7).filter(|p| p.eq_ignore_ascii_case("rfc822;")) {
        s = s.get(rest.len()..)?.trim();
    }
    if let (Some(a), Some(b)) = (s.find('<'), s.rfind('>'))
        && a < b
    {
        s = s.get(a + 1..b)?.trim();
    }
    let s = s.trim_matches(|c: char| matches!(c, '"' | '\'' | '(' | ')' | '[' | ']' | ',' | ';'));
    let at = s.rfind('@')?;
    let (local, domain) = (s.get(..at)?, s.get(at + 1..)?);
    if local.is_empty() || local.len() > 64 || !local.bytes().all(is_local) {
        return None;
    }
    let domain = domain.trim_end_matches('.');
    let tld = domain.rsplit('.').next()?;
    let labels_ok = domain
        .split('.')
        .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
    if !domain.contains('.')
        || !labels_ok
        || !domain.bytes().all(is_domain)
        || tld.len() < 2
        || !tld.bytes().all(|c| c.is_ascii_alphabetic())
    {
        return None;
    }
    Some(format!("{local}@{}", domain.to_ascii_lowercase()))
}

/// True for the addresses of mail systems themselves (`MAILER-DAEMON@`, `postmaster@`).
pub fn is_system(addr: &str) -> bool {
    let local = addr.split('@').next().unwrap_or("").to_ascii_lowercase();
    matches!(
        local.as_str(),
        "mailer-daemon" | "postmaster" | "mail-daemon" | "mailerdaemon" | "daemon" | "root"
    ) || local.starts_with("mailer-daemon")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_found_and_normalised() {
        let found = find_all("<Taro@Example.JP>: host mx.example.jp said: rfc822;x@y.example.org.");
        let addrs: Vec<_> = found.iter().map(|f| f.addr.as_str()).collect();
        assert_eq!(addrs, ["Taro@example.jp", "x@y.example.org"]);
        assert_eq!(find_all("see http://user@example.com/ now").len(), 0);
        assert_eq!(
            normalize("rfc822; <a@b.example>"),
            Some("a@b.example".into())
        );
        assert_eq!(normalize("a@localhost"), None);
        assert_eq!(normalize("a@192.0.2.1"), None);
    }

    #[test]
    fn full_width_addresses_are_read_as_ascii() {
        let text = "宛先：ｍａｔｓｕｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ、控え：ｋｅｉ＠example.jp";
        let found = find_all(text);
        let addrs: Vec<_> = found.iter().map(|f| f.addr.as_str()).collect();
        assert_eq!(addrs, ["matsuda@example.co.jp", "kei@example.jp"]);
        assert_eq!(
            text.get(found[0].span.clone()),
            Some("ｍａｔｓｕｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
        );
        assert!(find_all("全角の＠だけ").is_empty());
    }
}
