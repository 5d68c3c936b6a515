//! Addresses cut by a line break. A bounce copied from a fixed-width view, or re-wrapped at 72
//! columns by a mail program, may break a line inside an address: `[198.51.100.` / `129]`.
//!
//! A break next to a dot can only be inside the address, so the two pieces are read as one.
//! A break between two digits (`198.51.100.1` / `73`) could also end an address before a
//! number, so the pieces are joined only when the whole address is written elsewhere in the
//! text; otherwise the piece before the break is marked cut and never taken for the sender.
//! No IP is better than a wrong IP.

use foldhash::HashSet;
use std::net::{IpAddr, Ipv4Addr};
use std::ops::Range;

use super::written::Written;

/// Where the next line's text starts after a line end at `at` (`\n` or `\r\n`), past reply
/// quoting (`> `), when there is a line end there.
fn next_line_text(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = at;
    if b.get(i) == Some(&b'\r') {
        i += 1;
    }
    if b.get(i) != Some(&b'\n') {
        return None;
    }
    i += 1;
    while b.get(i) == Some(&b'>') {
        i += 1;
        if b.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    Some(i)
}

/// Where the previous line's text ends before a line start at `at` (after its quoting), when
/// `at` starts a line.
fn prev_line_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = at;
    while i > 0 && matches!(b[i - 1], b'>' | b' ') {
        i -= 1;
    }
    if i == 0 || b[i - 1] != b'\n' {
        return None;
    }
    i -= 1;
    if i > 0 && b[i - 1] == b'\r' {
        i -= 1;
    }
    // Only quoting may stand between the line start and `at`, never indentation.
    let between = text.get(i..at).unwrap_or_default();
    (!between.contains("  ")).then_some(i)
}

fn is_part(c: u8) -> bool {
    c.is_ascii_digit() || c == b'.'
}

/// The run of digits and dots that ends at `end`.
fn run_before(b: &[u8], end: usize) -> usize {
    let mut s = end;
    while s > 0 && is_part(b[s - 1]) {
        s -= 1;
    }
    s
}

/// The run of digits and dots that starts at `start`.
fn run_after(b: &[u8], start: usize) -> usize {
    let mut e = start;
    while e < b.len() && is_part(b[e]) {
        e += 1;
    }
    e
}

/// An address split over a line end: its two pieces, and whether the break stands next to a
/// dot.
struct Split {
    left: Range<usize>,
    right: Range<usize>,
    ip: Ipv4Addr,
    at_dot: bool,
}

fn splits(text: &str) -> Vec<Split> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for nl in memchr::memchr_iter(b'\n', b) {
        let end = if nl > 0 && b[nl - 1] == b'\r' {
            nl - 1
        } else {
            nl
        };
        let Some(next) = next_line_text(text, end) else {
            continue;
        };
        let (ls, re) = (run_before(b, end), run_after(b, next));
        if ls == end || re == next {
            continue;
        }
        // The pieces must stand alone: no letter or hyphen glued to either end.
        let glued = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-');
        if glued(ls.checked_sub(1).and_then(|i| b.get(i))) || glued(b.get(re)) {
            continue;
        }
        let right = text.get(next..re).unwrap_or_default().trim_end_matches('.');
        let left = text.get(ls..end).unwrap_or_default();
        let joined = format!("{left}{right}");
        let Ok(ip) = joined.parse::<Ipv4Addr>() else {
            continue;
        };
        out.push(Split {
            left: ls..end,
            right: next..next + right.len(),
            ip,
            at_dot: left.ends_with('.') || right.starts_with('.'),
        });
    }
    out
}

/// Marks the addresses a line end cuts, and adds the ones it splits that can be read whole.
pub fn mend(text: &str, mut written: Vec<Written>) -> Vec<Written> {
    if !text.contains('\n') {
        return written;
    }
    let b = text.as_bytes();
    for w in &mut written {
        let cut_after = next_line_text(text, w.span.end)
            .is_some_and(|n| b.get(n).is_some_and(u8::is_ascii_digit));
        let cut_before = matches!(w.ip, IpAddr::V4(_))
            && prev_line_end(text, w.span.start)
                .is_some_and(|e| e > 0 && b[e - 1].is_ascii_digit());
        w.cut = cut_after || cut_before;
    }
    let whole: HashSet<IpAddr> = written.iter().filter(|w| !w.cut).map(|w| w.ip).collect();
    let found = splits(text);
    let mut mended: Vec<Written> = Vec::new();
    // Breaks next to a dot first: they also confirm the breaks between digits.
    for s in found.iter().filter(|s| s.at_dot) {
        mended.push(Written {
            ip: IpAddr::V4(s.ip),
            span: s.left.start..s.right.end,
            cut: false,
        });
    }
    let at_dot: HashSet<IpAddr> = mended.iter().map(|m| m.ip).collect();
    for s in found.iter().filter(|s| !s.at_dot) {
        let ip = IpAddr::V4(s.ip);
        if whole.contains(&ip) || at_dot.contains(&ip) {
            mended.push(Written {
                ip,
                span: s.left.start..s.right.end,
                cut: false,
            });
        }
    }
    // The pieces of a mended address are not addresses of their own. The mended spans are
    // merged into disjoint runs in text order, so each address finds its run by binary search.
    let mut covered: Vec<Range<usize>> = mended.iter().map(|m| m.span.clone()).collect();
    covered.sort_by_key(|r| r.start);
    let mut runs: Vec<Range<usize>> = Vec::with_capacity(covered.len());
    for r in covered {
        match runs.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => runs.push(r),
        }
    }
    written.retain(|w| {
        let i = runs.partition_point(|r| r.end <= w.span.start);
        runs.get(i).is_none_or(|r| r.start >= w.span.end)
    });
    written.extend(mended);
    written.sort_by_key(|w| w.span.start);
    written
}

#[cfg(test)]
mod tests {
    use super::super::ip::addresses;

    fn read(text: &str) -> Vec<(String, bool)> {
        addresses(text)
            .into_iter()
            .map(|w| (w.ip.to_string(), w.cut))
            .collect()
    }

    #[test]
    fn a_break_next_to_a_dot_is_mended() {
        let t = "Client host [198.51.100.\n129] blocked";
        let found = addresses(t);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ip.to_string(), "198.51.100.129");
        assert_eq!(t.get(found[0].span.clone()), Some("198.51.100.\n129"));
        assert_eq!(
            read("host mx[203\r\n> .0.113.77] said"),
            [("203.0.113.77".into(), false)]
        );
    }

    #[test]
    fn a_break_between_digits_is_mended_only_when_confirmed() {
        assert_eq!(
            read("your IP 198.51.100.1\n73 is listed"),
            [("198.51.100.1".into(), true)]
        );
        assert_eq!(
            read("Client host [192.0.2.54]; see ip/192.0.2.5\n4 for details"),
            [("192.0.2.54".into(), false), ("192.0.2.54".into(), false)]
        );
        // A number on the next line after a sentence is not a cut.
        assert_eq!(
            read("Mail from 192.0.2.7 was refused.\n  25 tries"),
            [("192.0.2.7".into(), false)]
        );
    }
}
