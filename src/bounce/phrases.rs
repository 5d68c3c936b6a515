//! The wording remote servers use for each reason (after sisimai's lists, plus Japanese
//! carriers and servers), matched in one pass.
//!
//! A pattern is lower-case; `*` separates pieces that must appear in this order
//! (`"mailbox * full"` matches "mailbox is full" and "mailbox for user is full").

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::scan::prefilter::Literals;

use super::Reason;
use super::Reason as R;

/// The set of reasons whose wording appears in a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Matches(u64);

impl Matches {
    /// True when the wording of `r` appears.
    pub fn has(self, r: Reason) -> bool {
        self.0 & bit(r) != 0
    }

    fn add(&mut self, r: Reason) {
        self.0 |= bit(r);
    }

    /// The reasons of either.
    #[must_use]
    pub fn or(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// These reasons, `r` left out.
    #[must_use]
    pub fn without(self, r: Reason) -> Self {
        Self(self.0 & !bit(r))
    }
}

fn bit(r: Reason) -> u64 {
    let i = Reason::ALL.iter().position(|&x| x == r).unwrap_or(0);
    1 << i
}

struct Compiled {
    firsts: Literals,
    /// For each first piece: its length, the reason and the remaining pieces.
    rest: Vec<(usize, Reason, Vec<&'static str>)>,
    not_rejected: Literals,
}

// Searched as literals, not with an Aho-Corasick automaton: building that for ~1,000 phrases
// took more than half of a one-bounce run, and a bounce is too short to pay it back. The text
// is lower-cased and so are the phrases (a test holds it), so the literals' ASCII-insensitive
// comparison finds exactly what a case-sensitive one would.
static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut firsts = Vec::new();
    let mut rest = Vec::new();
    for &(reason, list) in super::phrase_table::TABLE {
        for pattern in list {
            let mut pieces = pattern.split('*');
            let first = pieces.next().unwrap_or("");
            firsts.push(first);
            rest.push((first.len(), reason, pieces.collect()));
        }
    }
    Compiled {
        firsts: Literals::new(firsts),
        rest,
        not_rejected: Literals::new(super::phrase_table::NOT_REJECTED),
    }
});

/// The reasons whose wording appears in `lower` (a lower-cased text).
pub fn scan(lower: &str) -> Matches {
    let m = found(lower);
    if m.has(R::Rejected) && not_rejected(lower) {
        m.without(R::Rejected)
    } else {
        m
    }
}

/// The reasons whose wording appears in `lower`, before [`not_rejected`] is weighed: a text
/// read in parts ("reply" `\n` "the words around it") is the union of its parts' findings,
/// because no phrase holds a line end.
pub fn found(lower: &str) -> Matches {
    let c = &*COMPILED;
    let mut m = Matches::default();
    // Line ends, found once: a phrase's later pieces are looked for up to its line's end.
    let mut ends: Option<Vec<usize>> = None;
    // Per phrase, where a try to align its pieces failed: (from, line end). A later start on
    // the same line fails too (it has less of the line left), so it is not tried again; on a
    // long line with many first pieces this keeps the scan linear. A map, not a slot for each
    // of the ~900 phrases: most texts are a recipient's few lines with a handful of tries.
    let mut failed: HashMap<usize, (usize, usize)> = HashMap::new();
    // Whether a phrase counts depends on that phrase alone, so the order of the hits is free.
    c.firsts.for_each_match(lower, |i, start| {
        let (len, reason, pieces) = &c.rest[i];
        let end = start + len;
        if m.has(*reason) {
            return;
        }
        if pieces.is_empty() {
            m.add(*reason);
            return;
        }
        // The pieces of one phrase sit on one line: a wildcard stands for a few words of one
        // message, not for whatever lies between two texts.
        let ends = ends.get_or_insert_with(|| line_ends(lower));
        let line_end = ends
            .get(ends.partition_point(|&e| e < end))
            .copied()
            .unwrap_or(lower.len());
        if failed
            .get(&i)
            .is_some_and(|&(from, le)| le == line_end && end >= from)
        {
            return;
        }
        let mut from = end;
        let aligned = pieces.iter().all(|p| {
            match lower
                .as_bytes()
                .get(from..line_end)
                .and_then(|t| memchr::memmem::find(t, p.as_bytes()))
            {
                Some(at) => {
                    from += at + p.len();
                    true
                }
                None => false,
            }
        });
        if aligned {
            m.add(*reason);
        } else {
            failed.insert(i, (end, line_end));
        }
    });
    m
}

/// The byte offsets of every line end in `text`.
fn line_ends(text: &str) -> Vec<usize> {
    memchr::memchr_iter(b'\n', text.as_bytes()).collect()
}

/// Whether `lower` holds wording that takes "rejected" back ("recipient address rejected").
pub fn not_rejected(lower: &str) -> bool {
    COMPILED.not_rejected.is_match(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_names_reasons() {
        let m = scan("550 5.1.1 <a@b.jp>... user unknown");
        assert!(m.has(R::UserUnknown));
        assert!(!m.has(R::MailboxFull));
        assert!(scan("the mailbox for this user is full").has(R::MailboxFull));
        assert!(scan("client host [192.0.2.1] blocked using zen.spamhaus.org").has(R::Blocked));
        assert!(!scan("recipient address rejected: user unknown").has(R::Rejected));
        assert!(scan("sender address rejected: domain not found").has(R::Rejected));
        assert!(scan("送信先のメールボックスが一杯のため").has(R::MailboxFull));
        assert!(scan("メールボックスの容量が上限を超えています").has(R::MailboxFull));
        assert!(scan("宛先のドメイン example.jp が見つかりません").has(R::HostUnknown));
        assert!(scan("指定されたメールアドレスは存在しません").has(R::UserUnknown));
    }

    /// The literals compare without regard to ASCII case; on a lower-cased text that is exact
    /// only for phrases written in lower case, each with a first piece to search for.
    #[test]
    fn every_phrase_is_lower_case_and_starts_with_words() {
        let all = super::super::phrase_table::TABLE
            .iter()
            .flat_map(|(_, list)| list.iter())
            .chain(super::super::phrase_table::NOT_REJECTED);
        for p in all {
            assert_eq!(*p, p.to_lowercase(), "{p}");
            // A text read in parts joined by a line end (`wording`) relies on this.
            assert!(!p.contains('\n'), "{p:?}");
            assert!(!p.starts_with('*') && !p.is_empty(), "{p:?}");
        }
    }

    #[test]
    fn a_wildcard_does_not_reach_past_the_line() {
        assert!(scan("550 bad recipient address").has(R::UserUnknown));
        // UCEPROTECT's "bad neighbourhood", then the bounce's own "one or more recipients".
        let lower = "550 5.7.1 ip 192.0.2.1 is uceprotect-level2 listed because \
                     192.0.2.0/24 is a bad neighbourhood\n\
                     could not be delivered to one or more recipients";
        assert!(!scan(lower).has(R::UserUnknown));
    }

    /// The scan as it was before it remembered failed tries: every first piece tried, each
    /// line end looked for again.
    fn naive(lower: &str) -> Matches {
        let mut m = Matches::default();
        for &(reason, list) in super::super::phrase_table::TABLE {
            for pattern in list {
                let mut pieces = pattern.split('*');
                let first = pieces.next().unwrap_or("");
                let pieces: Vec<&str> = pieces.collect();
                for (start, _) in lower.match_indices(first) {
                    let end = start + first.len();
                    let line_end = lower
                        .get(end..)
                        .and_then(|t| t.find('\n'))
                        .map_or(lower.len(), |i| end + i);
                    let mut from = end;
                    let aligned = pieces.iter().all(|p| {
                        match lower.get(from..line_end).and_then(|t| t.find(p)) {
                            Some(at) => {
                                from += at + p.len();
                                true
                            }
                            None => false,
                        }
                    });
                    if aligned {
                        m.add(reason);
                    }
                }
            }
        }
        if m.has(R::Rejected) && not_rejected(lower) {
            m = m.without(R::Rejected);
        }
        m
    }

    /// Long lines where a phrase's first piece stands many times and its later pieces stand
    /// only sometimes, before it or on another line: the same reasons as trying every start.
    #[test]
    fn remembering_failed_tries_finds_the_same_reasons() {
        // The pieces of the phrases that have several, with line ends and other words.
        let mut words: Vec<&str> = super::super::phrase_table::TABLE
            .iter()
            .flat_map(|(_, list)| list.iter())
            .filter(|p| p.contains('*'))
            .flat_map(|p| p.split('*'))
            .collect();
        words.extend(["\n", "x31m", "550", "host", "\n"]);
        let mut seed = 7_u64;
        let mut named = 0;
        for _ in 0..300 {
            let mut next = || {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (seed >> 33) as usize
            };
            let mut text = String::new();
            for _ in 0..next() % 200 {
                text.push_str(words[next() % words.len()]);
                text.push(' ');
            }
            assert_eq!(scan(&text), naive(&text), "{text:?}");
            named += usize::from(scan(&text) != Matches::default());
        }
        assert!(named > 100, "{named}");
    }
}
