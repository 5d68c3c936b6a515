//! Web addresses in a text and their host names, read the way a browser reads them. Which of
//! them a list operator owns is the catalogue's business (`blocklist::url`).

use std::ops::Range;
/// Every web address in `text`, with its span; trailing punctuation is not part of it.
///
/// Read as the regex `(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"'`\[\]()]+` reads it (a test
/// holds the two equal), by hand: that regex cost a one-bounce run more to compile than the
/// rest of its reading.
pub fn urls(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let (start, end) = next_url(text, from)?;
            from = end;
            let s = text
                .get(start..end)?
                .trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*']);
            if !s.is_empty() {
                return Some((start..start + s.len(), s));
            }
        }
    })
}

/// The span of the first address at or after `from`, punctuation included.
fn next_url(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    for start in from..bytes.len() {
        // An ASCII word boundary: the address's first letter begins a word.
        if !matches!(bytes[start] | 0x20, b'h' | b'w')
            || start > 0 && is_word_byte(bytes[start - 1])
        {
            continue;
        }
        let Some(body) = scheme_end(bytes, start) else {
            continue;
        };
        let len: usize = text
            .get(body..)?
            .chars()
            .take_while(|&c| !c.is_whitespace() && !"<>\"'`[]()".contains(c))
            .map(char::len_utf8)
            .sum();
        if len > 0 {
            return Some((start, body + len));
        }
    }
    None
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Where the address's body begins when `http://`, `https://` or `www.` stands at `at`, in any
/// case (`ſ`, which folds to `s`, included).
fn scheme_end(bytes: &[u8], at: usize) -> Option<usize> {
    let is = |i: usize, word: &[u8]| {
        bytes
            .get(i..i + word.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(word))
    };
    if is(at, b"www.") {
        return Some(at + 4);
    }
    if !is(at, b"http") {
        return None;
    }
    let mut p = at + 4;
    if is(p, b"s") {
        p += 1;
    } else if bytes.get(p..p + 2) == Some("\u{17F}".as_bytes()) {
        p += 2;
    }
    is(p, b"://").then_some(p + 3)
}

/// The host of a web address, lower-case, without user info, port or final dot.
#[must_use]
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#', '\\']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next()?
    } else {
        host.split(':').next()?
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reading by hand finds what the regex it replaces finds, on texts made of the pieces
    /// where the two could differ.
    #[test]
    fn urls_are_found_as_the_regex_finds_them() {
        let re = regex::Regex::new(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"'`\[\]()]+"#).unwrap();
        let pieces = [
            "http://",
            "HTTPS://",
            "httpſ://",
            "http",
            "s",
            "://",
            "www.",
            "WwW.",
            "ww",
            "w",
            "h",
            "x",
            "_",
            "é",
            " ",
            "\u{3000}",
            "\n",
            "<",
            ")",
            "'",
            ".",
            ",",
            "*",
            "?",
            "a.b",
            "/p",
            "\u{212A}",
            "[",
            "-",
        ];
        let expected = |t: &str| -> Vec<(Range<usize>, String)> {
            re.find_iter(t)
                .filter_map(|m| {
                    let s = m
                        .as_str()
                        .trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*']);
                    (!s.is_empty()).then(|| (m.start()..m.start() + s.len(), s.to_owned()))
                })
                .collect()
        };
        let mut rng = fastrand::Rng::with_seed(15);
        for _ in 0..20_000 {
            let n = rng.usize(1..12);
            let t: String = (0..n).map(|_| pieces[rng.usize(..pieces.len())]).collect();
            let got: Vec<_> = urls(&t).map(|(r, s)| (r, s.to_owned())).collect();
            assert_eq!(got, expected(&t), "{t:?}");
        }
    }

    #[test]
    fn hosts_are_read_the_way_a_browser_reads_them() {
        assert_eq!(
            host("https://www.spamhaus.org/query/ip/1.2.3.4").as_deref(),
            Some("www.spamhaus.org")
        );
        assert_eq!(
            host("http://spamhaus.org@evil.example/x").as_deref(),
            Some("evil.example")
        );
        assert_eq!(
            host("https://Check.Spamhaus.org.:443/").as_deref(),
            Some("check.spamhaus.org")
        );
        assert_eq!(
            host("www.barracudacentral.org/lookups").as_deref(),
            Some("www.barracudacentral.org")
        );
    }
}
