//! The wording remote servers use for each reason (after sisimai's lists, plus Japanese
//! carriers and servers), matched in one pass with aho-corasick.
//!
//! A pattern is lower-case; `*` separates pieces that must appear in this order
//! (`"mailbox * full"` matches "mailbox is full" and "mailbox for user is full").

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

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
}

fn bit(r: Reason) -> u64 {
    let i = Reason::ALL.iter().position(|&x| x == r).unwrap_or(0);
    1 << i
}

struct Compiled {
    ac: AhoCorasick,
    /// For each first piece: the reason and the remaining pieces.
    rest: Vec<(Reason, Vec<&'static str>)>,
    not_rejected: AhoCorasick,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut firsts = Vec::new();
    let mut rest = Vec::new();
    for &(reason, list) in super::phrase_table::TABLE {
        for pattern in list {
            let mut pieces = pattern.split('*');
            firsts.push(pieces.next().unwrap_or(""));
            rest.push((reason, pieces.collect()));
        }
    }
    // Contiguous NFAs, not the DFAs picked by default: building those dominated a one-file run.
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&firsts)
        .unwrap_or_else(|e| panic!("reason phrases: {e}"));
    let not_rejected = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(super::phrase_table::NOT_REJECTED)
        .unwrap_or_else(|e| panic!("reason phrases: {e}"));
    Compiled {
        ac,
        rest,
        not_rejected,
    }
});

/// The reasons whose wording appears in `lower` (a lower-cased text).
pub fn scan(lower: &str) -> Matches {
    let c = &*COMPILED;
    let mut m = Matches::default();
    for hit in c.ac.find_overlapping_iter(lower) {
        let (reason, pieces) = &c.rest[hit.pattern().as_usize()];
        if m.has(*reason) {
            continue;
        }
        // The pieces of one phrase sit on one line: a wildcard stands for a few words of one
        // message, not for whatever lies between two texts.
        let line_end = lower
            .get(hit.end()..)
            .and_then(|t| t.find('\n'))
            .map_or(lower.len(), |i| hit.end() + i);
        let mut from = hit.end();
        let aligned =
            pieces.iter().all(
                |p| match lower.get(from..line_end).and_then(|t| t.find(p)) {
                    Some(at) => {
                        from += at + p.len();
                        true
                    }
                    None => false,
                },
            );
        if aligned {
            m.add(*reason);
        }
    }
    if m.has(R::Rejected) && c.not_rejected.is_match(lower) {
        m.0 &= !bit(R::Rejected);
    }
    m
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

    #[test]
    fn a_wildcard_does_not_reach_past_the_line() {
        assert!(scan("550 bad recipient address").has(R::UserUnknown));
        // UCEPROTECT's "bad neighbourhood", then the bounce's own "one or more recipients".
        let lower = "550 5.7.1 ip 192.0.2.1 is uceprotect-level2 listed because \
                     192.0.2.0/24 is a bad neighbourhood\n\
                     could not be delivered to one or more recipients";
        assert!(!scan(lower).has(R::UserUnknown));
    }
}
