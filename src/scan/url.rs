//! Web addresses in a text and their host names, read the way a browser reads them. Which of
//! them a list operator owns is the catalogue's business (`blocklist::url`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>"'`\[\]()]+"#).expect("URL pattern")
});

/// Every web address in `text`, with its span; trailing punctuation is not part of it.
pub fn urls(text: &str) -> impl Iterator<Item = (Range<usize>, &str)> {
    URL.find_iter(text).filter_map(|m| {
        let s = m
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*']);
        (!s.is_empty()).then(|| (m.start()..m.start() + s.len(), s))
    })
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
