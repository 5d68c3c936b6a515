//! Web addresses in a bounce and who owns them. Every address delist shows comes from the
//! catalogue; an address in the bounce outside every catalogue operator's domains is reported as
//! suspicious, because phishing mails imitate bounces ("click here to delist").

use std::ops::Range;

use serde::Serialize;

use super::{CATALOGUE, Entry};
use crate::scan::url::{host, urls};

/// A web address in the bounce that no catalogue operator owns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuspiciousUrl {
    /// The address as written.
    pub url: String,
    /// Its host name, lower-case.
    pub host: String,
    /// Where it stands in the text searched ([`crate::bounce::Report::text`] in a diagnosis).
    pub span: Range<usize>,
}

/// Whether a lower-case host name is one of the entry's official domains or below one.
#[must_use]
pub fn is_official(host: &str, entry: &Entry) -> bool {
    // Catalogue domains are lower-case (tests/catalogue.rs), and so is `host`.
    entry.official_domains.iter().any(|d| {
        host == d
            || host
                .strip_suffix(d.as_str())
                .is_some_and(|head| head.ends_with('.'))
    })
}

/// Whether any catalogue entry owns the host.
#[must_use]
pub fn is_catalogue_domain(host: &str) -> bool {
    CATALOGUE.entries.iter().any(|e| is_official(host, e))
}

/// The entry whose official domains hold the URL's host, if any.
#[must_use]
pub fn owner(url: &str) -> Option<&'static Entry> {
    let h = host(url)?;
    CATALOGUE.entries.iter().find(|e| is_official(&h, e))
}

/// Web addresses in `text` whose host no catalogue entry owns.
#[must_use]
pub fn suspicious_urls(text: &str) -> Vec<SuspiciousUrl> {
    urls(text)
        .filter_map(|(span, url)| {
            let host = host(url).unwrap_or_default();
            (!is_catalogue_domain(&host)).then(|| SuspiciousUrl {
                url: url.to_owned(),
                host,
                span,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alike_hosts_are_suspicious() {
        let text = "Your IP 192.0.2.1 is listed on Spamhaus. Click here to delist: \
                    http://spamhaus.org.delist-center.example/?ip=192.0.2.1 or \
                    https://www.spamhaus.org@delist.example/ or https://evilspamhaus.org/. \
                    Official: https://check.spamhaus.org/ and https://www.spamcop.net/bl.shtml?192.0.2.1.";
        let found: Vec<String> = suspicious_urls(text).into_iter().map(|s| s.host).collect();
        assert_eq!(
            found,
            [
                "spamhaus.org.delist-center.example",
                "delist.example",
                "evilspamhaus.org"
            ]
        );
    }

    #[test]
    fn spans_cover_the_address_without_trailing_punctuation() {
        let text = "see http://phish.example/remove.";
        let s = &suspicious_urls(text)[0];
        assert_eq!(
            text.get(s.span.clone()),
            Some("http://phish.example/remove")
        );
    }
}
