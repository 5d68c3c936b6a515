//! Every IPv4 and IPv6 address written in a text, with its span. Dotted numbers that are
//! status or version codes (`4.16.55.1`), reversed addresses inside DNS names and the first
//! address of a network (`198.51.100.0/24`) are not addresses of a host.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::ops::Range;
use std::sync::LazyLock;

pub use super::written::Written;

/// Words after which a dotted number is an address even when it looks like a code.
static INTRODUCED: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(
        r"(?i)(?:\bip|\bipv4|\bfrom|\bhost|\bclient|\baddress|\baddr|\bsender|\bserver|\bby|\bat|\bon|\bof|[=\[<(/@:,])\s*$",
    )
    .expect("introducer pattern")
});

fn byte_before(text: &str, at: usize) -> Option<u8> {
    at.checked_sub(1)
        .and_then(|i| text.as_bytes().get(i).copied())
}

/// True when the dotted number continues a DNS name or a longer dotted number.
fn continues(text: &str, span: &Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let before = byte_before(text, span.start);
    let after = bytes.get(span.end).copied();
    let after2 = bytes.get(span.end + 1).copied();
    before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_')
        || after.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        || (after == Some(b'.') && after2.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

/// Enhanced status codes and internal codes look like addresses starting 2., 4. or 5.
/// (`4.16.55.1`); they are addresses only where the text introduces an address.
fn looks_like_code(text: &str, span: &Range<usize>, ip: Ipv4Addr) -> bool {
    if !matches!(ip.octets()[0], 2 | 4 | 5) {
        return false;
    }
    let head = text
        .get(span.start.saturating_sub(24)..span.start)
        .unwrap_or_default();
    !INTRODUCED.is_match(head)
}

/// True when a prefix length shorter than a host's follows (`/24`, `/48`): the text names a
/// network ("your IP Netblock 198.51.100.0/24"), and its first address sent nothing.
fn names_network(text: &str, end: usize, host_bits: u32) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix('/')) else {
        return false;
    };
    let digits: &str = rest
        .get(..rest.bytes().take_while(u8::is_ascii_digit).count())
        .unwrap_or_default();
    let after = rest.as_bytes().get(digits.len()).copied();
    if after.is_some_and(|b| {
        b.is_ascii_alphanumeric()
            || b == b'/'
            || b == b'.' && {
                rest.as_bytes()
                    .get(digits.len() + 1)
                    .is_some_and(u8::is_ascii_digit)
            }
    }) {
        return false;
    }
    digits.len() <= 3 && digits.parse::<u32>().is_ok_and(|n| n < host_bits)
}

fn v6_at(text: &str, m: Range<usize>) -> Option<Written> {
    let (mut a, mut b) = (m.start, m.end);
    // `IPv6:2001:db8::1` in an address literal: the run starts at the 6.
    let before3 = text.get(a.saturating_sub(3)..a).unwrap_or_default();
    if before3.eq_ignore_ascii_case("ipv") && text.get(a..b)?.starts_with("6:") {
        a += 2;
    } else if byte_before(text, a).is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-') {
        return None;
    }
    // The run is ASCII, so these byte steps stay on character boundaries.
    while text.get(a..b)?.ends_with('.') {
        b -= 1;
    }
    let s = text.get(a..b)?;
    if s.ends_with(':') && !s.ends_with("::") {
        b -= 1;
    }
    if s.starts_with(':') && !s.starts_with("::") {
        a += 1;
    }
    let s = text.get(a..b)?;
    let ip: Ipv6Addr = s.parse().ok()?;
    if ip.is_unspecified() || s.len() < 3 || names_network(text, b, 128) {
        return None;
    }
    let ip = ip.to_ipv4_mapped().map_or(IpAddr::V6(ip), IpAddr::V4);
    Some(Written {
        ip,
        span: a..b,
        cut: false,
    })
}

/// Spans shaped like `d{1,3}.d{1,3}.d{1,3}.d{1,3}`, not starting inside a longer number. Only the
/// dots are visited (found with `memchr`): this runs over every bounce.
fn dotted_quads(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut out = Vec::new();
    let mut from = 0;
    for dot in memchr::memchr_iter(b'.', b) {
        if dot < from {
            continue;
        }
        // The first dot of a quad has one to three digits before it, and no digit before those.
        let mut start = dot;
        while start > 0 && dot - start < 3 && digit(start - 1) {
            start -= 1;
        }
        if start == dot || (start > 0 && digit(start - 1)) {
            continue;
        }
        if let Some(end) = quad_end(b, start) {
            out.push(start..end);
            from = end;
        }
    }
    out
}

/// Where `d{1,3}.d{1,3}.d{1,3}.d{1,3}` starting at `start` ends, if it is there.
fn quad_end(b: &[u8], start: usize) -> Option<usize> {
    let mut j = start;
    for part in 0..4 {
        let first = j;
        while j < b.len() && j - first < 3 && b[j].is_ascii_digit() {
            j += 1;
        }
        if j == first {
            return None;
        }
        if part < 3 {
            if b.get(j) != Some(&b'.') {
                return None;
            }
            j += 1;
        }
    }
    Some(j)
}

/// Runs of hex digits, colons and dots with at least two colons: where an IPv6 address can
/// stand. Only the colons are visited.
fn colon_runs(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let part = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_hexdigit() || *c == b':' || *c == b'.')
    };
    let mut out = Vec::new();
    let mut from = 0;
    for colon in memchr::memchr_iter(b':', b) {
        if colon < from {
            continue;
        }
        // "Subject: x" and "10:01" end here; an address has an address character on both sides.
        if !part(colon + 1) || colon == 0 || !part(colon - 1) {
            continue;
        }
        let mut start = colon;
        while start > 0 && part(start - 1) {
            start -= 1;
        }
        let mut end = colon + 1;
        while part(end) {
            end += 1;
        }
        from = end;
        let colons = b
            .get(start..end)
            .map_or(0, |r| memchr::memchr_iter(b':', r).count());
        if colons >= 2 {
            out.push(start..end);
        }
    }
    out
}

/// Every address in `text`, in order.
#[must_use]
pub fn addresses(text: &str) -> Vec<Written> {
    let v6: Vec<Written> = colon_runs(text)
        .into_iter()
        .filter_map(|r| v6_at(text, r))
        .collect();
    let mut v4 = Vec::new();
    // Both lists run in text order, so one cursor tells whether a quad stands inside an IPv6
    // address (`::ffff:192.0.2.9`): each address is looked at once, not against every other.
    let mut next_v6 = 0;
    for span in dotted_quads(text) {
        while v6.get(next_v6).is_some_and(|w| w.span.end < span.end) {
            next_v6 += 1;
        }
        if v6
            .get(next_v6)
            .is_some_and(|w| w.span.start <= span.start && span.end <= w.span.end)
        {
            continue;
        }
        let Some(Ok(ip)) = text.get(span.clone()).map(str::parse::<Ipv4Addr>) else {
            continue;
        };
        if continues(text, &span)
            || looks_like_code(text, &span, ip)
            || names_network(text, span.end, 32)
        {
            continue;
        }
        v4.push(Written {
            ip: IpAddr::V4(ip),
            span,
            cut: false,
        });
    }
    let mut out = v6;
    out.append(&mut v4);
    out.sort_by_key(|w| w.span.start);
    super::wrap::mend(text, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ips(text: &str) -> Vec<String> {
        addresses(text).iter().map(|w| w.ip.to_string()).collect()
    }

    #[test]
    fn finds_both_families_with_spans() {
        let text = "Client host [192.0.2.7] and [IPv6:2001:db8::25] then 2001:db8:1::5.";
        let found = addresses(text);
        let shown: Vec<&str> = found
            .iter()
            .filter_map(|w| text.get(w.span.clone()))
            .collect();
        assert_eq!(shown, ["192.0.2.7", "2001:db8::25", "2001:db8:1::5"]);
    }

    #[test]
    fn codes_and_dns_names_are_not_addresses() {
        assert!(ips("421 4.7.0 [TSS04] complaints - 4.16.55.1; see").is_empty());
        assert!(ips("blocked using 2.0.0.127.zen.spamhaus.org").is_empty());
        assert!(ips("version 4.8.5.36 at 23:34:45 on 2025-05-08T08:05:01.086Z").is_empty());
        assert!(ips("1.2.3.4.5 and 192.0.2.x").is_empty());
        assert_eq!(ips("Mail from 4.16.55.1 refused"), ["4.16.55.1"]);
        assert_eq!(ips("Giving up on 203.0.113.225."), ["203.0.113.225"]);
    }

    #[test]
    fn networks_are_not_hosts() {
        assert!(ips("from your IP Netblock 198.51.100.0/24. To protect").is_empty());
        assert!(ips("range 2001:db8:5::/48 is listed").is_empty());
        assert_eq!(ips("the host 192.0.2.9/32 sent it"), ["192.0.2.9"]);
        assert_eq!(
            ips("see https://example.net/ip/192.0.2.4/details"),
            ["192.0.2.4"]
        );
        assert_eq!(ips("1/2 of 192.0.2.8 and/or"), ["192.0.2.8"]);
    }

    #[test]
    fn mapped_addresses_are_read_as_ipv4_once() {
        assert_eq!(ips("from [::ffff:192.0.2.9]"), ["192.0.2.9"]);
    }
}
