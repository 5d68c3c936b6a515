//! Catalogue addresses that take the IP: `{ip}` filled in, or the page itself without one. No
//! address delist shows keeps an unfilled `{ip}`.

/// `url` with `{ip}` replaced by the IP; without one, the query that would carry it dropped.
pub(super) fn with_ip(url: &str, ip: Option<&str>) -> String {
    if let Some(ip) = ip {
        return url.replace("{ip}", ip);
    }
    let Some(at) = url.find("{ip}") else {
        return url.to_owned();
    };
    let head = url.get(..at).unwrap_or_default();
    let cut = head.rfind(['?', '&', '/']).unwrap_or(head.len());
    // A path keeps its slash; a query or parameter loses its separator.
    let keep = if head.get(cut..=cut) == Some("/") {
        cut + 1
    } else {
        cut
    };
    head.get(..keep).unwrap_or(head).to_owned()
}
