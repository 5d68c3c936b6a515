//! Choosing the blocked sender among the candidates: the one public address the refusal's
//! wording names, for this recipient and not another one's.

use std::net::IpAddr;
use std::ops::Range;

use super::{IpCandidate, IpRole, is_private};

/// Whether `span` lies inside one of `others` (another recipient's diagnostic).
pub fn within(others: &[Range<usize>], span: &Range<usize>) -> bool {
    others
        .iter()
        .any(|o| o.start <= span.start && span.end <= o.end)
}

/// The blocked sender: the one public address the wording names. The diagnostic's own wording
/// is preferred; two different addresses mean the text is ambiguous, and no IP beats a wrong IP.
pub fn blocked(
    candidates: &[IpCandidate],
    from_diagnostic: &[IpAddr],
    others: &[Range<usize>],
) -> Option<IpAddr> {
    let public = |ip: &IpAddr| !is_private(*ip);
    let mut named: Vec<IpAddr> = from_diagnostic
        .iter()
        .copied()
        .filter(|ip| {
            public(ip)
                && candidates
                    .iter()
                    .any(|c| c.ip == *ip && c.role == IpRole::BlockedSender)
        })
        .collect();
    if named.is_empty() {
        named = candidates
            .iter()
            .filter(|c| {
                c.role == IpRole::BlockedSender && public(&c.ip) && !within(others, &c.span)
            })
            .map(|c| c.ip)
            .collect();
    }
    named.sort_unstable();
    named.dedup();
    match named.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}
