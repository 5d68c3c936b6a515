//! Choosing the blocked sender among the candidates: the one public address the refusal's
//! wording names, for this recipient and not another one's.

use std::net::IpAddr;
use std::ops::Range;

use super::{IpCandidate, IpRole, is_private};

/// Where the recipients' diagnostics stand, to tell in logarithmic time whether a span lies
/// inside another recipient's one (a report may hold thousands).
#[derive(Clone, Debug, Default)]
pub struct Spans {
    /// Distinct spans by start.
    spans: Vec<Range<usize>>,
    /// For each prefix of `spans`: the two spans reaching furthest (end, index), so that the
    /// furthest one other than a given span is known.
    reach: Vec<[(usize, usize); 2]>,
}

impl Spans {
    /// The index of `spans`.
    pub fn new(spans: impl Iterator<Item = Range<usize>>) -> Self {
        let mut spans: Vec<Range<usize>> = spans.collect();
        spans.sort_by_key(|s| (s.start, s.end));
        spans.dedup();
        let mut reach = Vec::with_capacity(spans.len());
        let mut best = [(0, usize::MAX); 2];
        for (i, s) in spans.iter().enumerate() {
            if best[0].1 == usize::MAX || s.end > best[0].0 {
                best = [(s.end, i), best[0]];
            } else if best[1].1 == usize::MAX || s.end > best[1].0 {
                best[1] = (s.end, i);
            }
            reach.push(best);
        }
        Self { spans, reach }
    }

    /// Whether `span` lies inside one of the spans other than `own` (another recipient's
    /// diagnostic).
    pub fn within(&self, span: &Range<usize>, own: Option<&Range<usize>>) -> bool {
        let n = self.spans.partition_point(|s| s.start <= span.start);
        let Some(best) = n.checked_sub(1).and_then(|i| self.reach.get(i)) else {
            return false;
        };
        let is_own = |i: usize| own.is_some_and(|o| self.spans.get(i) == Some(o));
        best.iter()
            .find(|(_, i)| *i != usize::MAX && !is_own(*i))
            .is_some_and(|(end, _)| span.end <= *end)
    }
}

/// The blocked sender: the one public address the wording names. The diagnostic's own wording
/// is preferred; two different addresses mean the text is ambiguous, and no IP beats a wrong IP.
pub fn blocked(
    candidates: &[IpCandidate],
    from_diagnostic: &[IpAddr],
    in_other: impl Fn(&Range<usize>) -> bool,
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
            .filter(|c| c.role == IpRole::BlockedSender && public(&c.ip) && !in_other(&c.span))
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
