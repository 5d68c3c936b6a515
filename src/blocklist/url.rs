//! Web addresses in a bounce and who owns them. Every address delist shows comes from the
//! catalogue; an address in the bounce outside every catalogue operator's domains is reported as
//! suspicious, because phishing mails imitate bounces ("click here to delist").

use std::ops::Range;

use serde::Serialize;

use super::built::OFFICIAL_DOMAINS;
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
    entry.official_domains.iter().any(|d| under(host, d))
}

/// Whether a lower-case host name is `domain` or below it.
fn under(host: &str, domain: &str) -> bool {
    // Catalogue domains are lower-case (tests/catalogue.rs), and so is `host`.
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|head| head.ends_with('.'))
}

/// The index of the entry that owns the host, from the domains build.rs wrote: the catalogue
/// itself is not built for a bounce that names no list.
fn owner_index(host: &str) -> Option<usize> {
    OFFICIAL_DOMAINS
        .iter()
        .position(|ds| ds.iter().any(|d| under(host, d)))
}

/// Whether any catalogue entry owns the host.
#[must_use]
pub fn is_catalogue_domain(host: &str) -> bool {
    owner_index(host).is_some()
}

/// The entry whose official domains hold the URL's host, if any.
#[must_use]
pub fn owner(url: &str) -> Option<&'static Entry> {
    CATALOGUE.entries.get(owner_index(&host(url)?)?)
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

    /// build.rs wrote every entry's official domains, in order.
    #[test]
    fn the_domains_are_the_catalogues() {
        let domains: Vec<&[String]> = CATALOGUE
            .entries
            .iter()
            .map(|e| e.official_domains.as_slice())
            .collect();
        assert_eq!(domains, OFFICIAL_DOMAINS);
    }

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
