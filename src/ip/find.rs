//! Finding the addresses of one delivery and choosing the blocked sender among them.

use std::net::IpAddr;
use std::ops::Range;
use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::context::{Fields, Words, is_received, is_transport, original_headers};
use super::{IpCandidate, IpRole, choose, is_private, roles};
use crate::blocklist::url::owner;
use crate::bounce::{Delivery, Report};
use crate::scan::ip as scan;
use crate::scan::url::urls;

/// The addresses of one delivery and the blocked sender among them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IpFindings {
    /// One candidate per distinct address, in the order they first appear.
    pub candidates: Vec<IpCandidate>,
    /// The blocked sender, only when the refusal's wording names exactly one public address.
    pub blocked: Option<IpAddr>,
}

/// What the finder reads.
#[derive(Clone, Debug, Default)]
pub struct Sources<'a> {
    /// The bounce's text; spans index it.
    pub text: &'a str,
    /// Where the returned original starts in `text`; nothing after it is read as diagnosis.
    pub original_at: Option<usize>,
    /// The delivery's diagnostic, when the bounce reader found one.
    pub diagnostic: Option<&'a str>,
    /// Where the diagnostic stands in `text`.
    pub diagnostic_span: Option<Range<usize>>,
    /// The original message's `Received:` headers.
    pub received: &'a [String],
    /// Whether a catalogue entry was identified (an authentication failure with no list is not
    /// a block, even though it names the client's address).
    pub listed: bool,
    /// Where the other recipients' diagnostics stand in `text`: an address named there is
    /// theirs, not this delivery's.
    pub others: Vec<Range<usize>>,
}

/// Finds the addresses of one delivery in a report. For every delivery of a report, read
/// [`Shared::of`] once and ask it for each.
#[must_use]
pub fn find(report: &Report, delivery: &Delivery, listed: bool) -> IpFindings {
    Shared::of(report).find(delivery, listed)
}

/// Finds the addresses in a text that is all diagnosis (a pasted line or paragraph).
#[must_use]
pub fn find_in_text(text: &str, listed: bool) -> IpFindings {
    find_in(&Sources {
        text,
        listed,
        ..Sources::default()
    })
}

/// Candidates gathered so far: one per distinct address, with its best role. The index keeps
/// each addition constant-time: a bounce may hold hundreds of thousands of addresses.
#[derive(Clone, Default)]
struct Gathered {
    candidates: Vec<IpCandidate>,
    index: HashMap<IpAddr, usize>,
}

impl Gathered {
    fn add(&mut self, ip: IpAddr, role: IpRole, span: Range<usize>) {
        match self
            .index
            .get(&ip)
            .and_then(|&i| self.candidates.get_mut(i))
        {
            Some(c) if role.rank() > c.role.rank() => {
                c.role = role;
                c.span = span;
            }
            Some(_) => {}
            None => {
                self.index.insert(ip, self.candidates.len());
                self.candidates.push(IpCandidate {
                    ip,
                    role,
                    private: is_private(ip),
                    span,
                });
            }
        }
    }
}

/// What the text before the original says about each address written there.
struct Head {
    written: Vec<scan::Written>,
    roles: Vec<IpRole>,
    remote: HashSet<IpAddr>,
    /// Addresses inside a catalogue operator's own link, with where they stand.
    from_list_url: Vec<(IpAddr, Range<usize>)>,
    /// Where each address is written, in text order.
    at: HashMap<IpAddr, Vec<Range<usize>>>,
    /// The addresses written whole somewhere (not only cut by a line break).
    whole: HashSet<IpAddr>,
}

/// Reads the wording around each address.
fn read_head(head: &str) -> Head {
    let written = scan::addresses(head);
    let mut roles = vec![IpRole::Other; written.len()];
    let mut remote = HashSet::new();
    let words = std::cell::OnceCell::new();
    let mut fields = Fields::new(head);
    for (i, w) in written.iter().enumerate() {
        if w.cut || fields.name_at(w.span.start).is_some_and(is_transport) {
            continue;
        }
        let words = words.get_or_init(|| roles::WordIndex::of(head));
        let holds = |f: &roles::Family| f.holds_at(head, words, &w.span);
        let first = roles::ROLES.iter().position(holds);
        if let Some(f) = first {
            roles[i] = roles::ROLES[f].role;
        }
        // The remote MX is noted even when a more telling family named the address first; when
        // none held, the search above already tried it.
        let remote_mx = match first {
            Some(2) => true,
            Some(_) => holds(&roles::ROLES[2]),
            None => false,
        };
        if remote_mx {
            remote.insert(w.ip);
        }
    }
    // An address inside one of the catalogue operators' own links is the one they list. Only
    // the word an address stands in is read as a link: no pass over the whole text.
    let mut from_list_url = Vec::new();
    let mut words = Words::new(head);
    // The links of the last word read, with whether an operator owns each: a word may hold
    // thousands of addresses, and reading its links again for each made it quadratic.
    let mut links: (Range<usize>, Vec<(Range<usize>, bool)>) = (0..0, Vec::new());
    for (i, w) in written.iter().enumerate().filter(|(_, w)| !w.cut) {
        let Some((start, word)) = words.around(&w.span) else {
            continue;
        };
        // A mended address stands in its link with the line break still in it
        // (`bl.shtml?203.0.113.` / `14`): the link is read with the address written whole.
        let at = w.span.start - start..w.span.end - start;
        let owned = match word.get(at.clone()) {
            Some(shown) if shown.contains(char::is_whitespace) => {
                let ip = w.ip.to_string();
                let joined = format!(
                    "{}{ip}{}",
                    word.get(..at.start).unwrap_or_default(),
                    word.get(at.end..).unwrap_or_default()
                );
                let at = at.start..at.start + ip.len();
                urls(&joined).any(|(span, u)| {
                    span.start <= at.start && at.end <= span.end && owner(u).is_some()
                })
            }
            _ => {
                let range = start..start + word.len();
                if links.0 != range || links.0.is_empty() {
                    links = (
                        range,
                        urls(word)
                            .map(|(span, u)| (span, owner(u).is_some()))
                            .collect(),
                    );
                }
                // The links follow one another without overlapping: only the last one starting
                // at or before the address can hold it.
                let before = links.1.partition_point(|(span, _)| span.start <= at.start);
                before
                    .checked_sub(1)
                    .and_then(|j| links.1.get(j))
                    .is_some_and(|(span, owned)| *owned && at.end <= span.end)
            }
        };
        if owned {
            roles[i] = IpRole::BlockedSender;
            from_list_url.push((w.ip, w.span.clone()));
        }
    }
    let mut at: HashMap<IpAddr, Vec<Range<usize>>> = HashMap::new();
    for w in &written {
        at.entry(w.ip).or_default().push(w.span.clone());
    }
    let whole = written.iter().filter(|w| !w.cut).map(|w| w.ip).collect();
    Head {
        written,
        roles,
        remote,
        from_list_url,
        at,
        whole,
    }
}

/// The diagnostic as the bounce reader joined it: wording split over lines reads whole.
/// Returns the addresses its blocking wording names.
fn read_diagnostic(
    diagnostic: Option<&str>,
    own: Option<&Range<usize>>,
    head: &Head,
    out: &mut Gathered,
) -> Vec<IpAddr> {
    let Some(diag) = diagnostic else {
        return Vec::new();
    };
    // The diagnostic joins wrapped lines with a space: an address the text does not show
    // whole (cut by a line break, "198.51.100.1" / "73", or a piece of one) is not read from
    // it either.
    let whole = |ip: IpAddr| head.whole.contains(&ip);
    let in_diag: Vec<scan::Written> = scan::addresses(diag)
        .into_iter()
        .filter(|w| whole(w.ip))
        .collect();
    let mut named = Vec::new();
    for (w, blocked) in in_diag
        .iter()
        .zip(worded_blocked(diag, &in_diag, INDEX_FROM))
    {
        if blocked {
            named.push(w.ip);
            let at = locate(own, head, w.ip).unwrap_or(0..0);
            out.add(w.ip, IpRole::BlockedSender, at);
        }
    }
    for w in &in_diag {
        let at = locate(own, head, w.ip).unwrap_or(0..0);
        out.add(w.ip, IpRole::Other, at);
    }
    named
}

/// From how many addresses a diagnostic's words are looked up in its own index.
const INDEX_FROM: usize = 8;

/// Whether the blocking wording stands around each of `written` (addresses of `diag`).
/// The words of a few addresses are searched in their own windows; a flood's windows overlap,
/// and searching each read every byte of the diagnostic dozens of times (a quarter of reading
/// the fuzzer's 1,500 refusals of 803 addresses each), so from `index_from` addresses on the
/// diagnostic is indexed once. Both decide alike (`roles` compares them).
fn worded_blocked(diag: &str, written: &[scan::Written], index_from: usize) -> Vec<bool> {
    let blocked = &roles::ROLES[0];
    if written.len() < index_from {
        return written
            .iter()
            .map(|w| {
                let (before, after) = roles::around(diag, &w.span);
                blocked.holds(before, after)
            })
            .collect();
    }
    let index = roles::WordIndex::of(diag);
    written
        .iter()
        .map(|w| blocked.holds_at(diag, &index, &w.span))
        .collect()
}

/// The original's Received headers, found again after the cut where the original is inline:
/// the additions they make, read once for every delivery.
fn read_original(text: &str, received: &[String], cut: usize) -> Vec<(IpAddr, Range<usize>)> {
    let tail = original_headers(text.get(cut..).unwrap_or_default());
    let in_tail = scan::addresses(tail);
    let mut first: HashMap<IpAddr, Range<usize>> = HashMap::new();
    for t in &in_tail {
        first
            .entry(t.ip)
            .or_insert(cut + t.span.start..cut + t.span.end);
    }
    let mut out = Vec::new();
    for line in received {
        for w in scan::addresses(line) {
            out.push((w.ip, first.get(&w.ip).cloned().unwrap_or(0..0)));
        }
    }
    let mut fields = Fields::new(tail);
    for t in &in_tail {
        if fields.name_at(t.span.start).is_some_and(is_received) {
            out.push((t.ip, cut + t.span.start..cut + t.span.end));
        }
    }
    out
}

/// What every delivery of one report shares, read once: the wording around each address
/// before the original, the addresses the original's headers carry, and where each
/// recipient's diagnostic stands. Reading them again per recipient made a report with
/// thousands of recipients quadratic.
pub struct Shared<'a> {
    text: &'a str,
    head: Head,
    /// The candidates the text before the original gives every delivery.
    base: Gathered,
    original: Vec<(IpAddr, Range<usize>)>,
    others: choose::Spans,
    /// Whether the text before the original reads as an authentication failure (asked only
    /// for a delivery without a diagnostic).
    auth_in_head: OnceLock<bool>,
    cut: usize,
}

impl<'a> Shared<'a> {
    /// Reads what a report's deliveries share.
    #[must_use]
    pub fn of(report: &'a Report) -> Self {
        Self::new(
            &report.text,
            report.original_at,
            report
                .original
                .as_ref()
                .map_or(&[], |o| o.received.as_slice()),
            report.deliveries.iter().filter_map(|d| d.span.clone()),
        )
    }

    fn new(
        text: &'a str,
        original_at: Option<usize>,
        received: &[String],
        diagnostics: impl Iterator<Item = Range<usize>>,
    ) -> Self {
        let cut = original_at
            .filter(|&at| text.is_char_boundary(at))
            .unwrap_or(text.len());
        let head = read_head(text.get(..cut).unwrap_or_default());
        let mut base = Gathered::default();
        for (w, role) in head.written.iter().zip(&head.roles) {
            if !w.cut {
                base.add(w.ip, *role, w.span.clone());
            }
        }
        Self {
            text,
            original: read_original(text, received, cut),
            head,
            base,
            others: choose::Spans::new(diagnostics),
            auth_in_head: OnceLock::new(),
            cut,
        }
    }

    /// The addresses of one delivery.
    #[must_use]
    pub fn find(&self, delivery: &Delivery, listed: bool) -> IpFindings {
        self.find_for(
            delivery.diagnostic.as_deref(),
            delivery.span.as_ref(),
            listed,
        )
    }

    fn find_for(
        &self,
        diagnostic: Option<&str>,
        own: Option<&Range<usize>>,
        listed: bool,
    ) -> IpFindings {
        let head = &self.head;
        let mut out = self.base.clone();
        let from_diagnostic = read_diagnostic(diagnostic, own, head, &mut out);
        for (ip, at) in &self.original {
            out.add(*ip, IpRole::OriginalReceived, at.clone());
        }
        let from_list_url: HashSet<IpAddr> = head.from_list_url.iter().map(|(ip, _)| *ip).collect();
        // The remote MX is never the sender, whatever else the text says about it.
        for c in &mut out.candidates {
            if c.role == IpRole::BlockedSender
                && head.remote.contains(&c.ip)
                && !from_list_url.contains(&c.ip)
            {
                c.role = IpRole::RemoteMx;
            }
        }
        // An authentication failure with no list names the client, but nothing blocks it.
        let named = out
            .candidates
            .iter()
            .any(|c| c.role == IpRole::BlockedSender);
        if named && !listed && self.auth_failure(diagnostic) {
            for c in &mut out.candidates {
                if c.role == IpRole::BlockedSender {
                    c.role = IpRole::Other;
                }
            }
        }
        // The list's own link names the address it lists: when it names another one than the
        // refusal's wording, the text contradicts itself.
        let mut named: Vec<IpAddr> = from_diagnostic;
        if !named.is_empty() {
            named.extend(
                head.from_list_url
                    .iter()
                    .filter(|(_, span)| !self.others.within(span, own))
                    .map(|(ip, _)| *ip),
            );
        }
        let blocked = choose::blocked(&out.candidates, &named, |span| {
            self.others.within(span, own)
        });
        IpFindings {
            candidates: out.candidates,
            blocked,
        }
    }

    fn auth_failure(&self, diagnostic: Option<&str>) -> bool {
        match diagnostic {
            Some(d) => roles::AUTH_FAILURE.is_match(d),
            None => *self.auth_in_head.get_or_init(|| {
                roles::AUTH_FAILURE.is_match(self.text.get(..self.cut).unwrap_or(self.text))
            }),
        }
    }
}

/// Finds the addresses from everything the finder reads.
#[must_use]
pub fn find_in(src: &Sources<'_>) -> IpFindings {
    Shared::new(
        src.text,
        src.original_at,
        src.received,
        src.others.iter().cloned(),
    )
    .find_for(src.diagnostic, src.diagnostic_span.as_ref(), src.listed)
}

/// Where a diagnostic's address stands in the text: inside the diagnostic's own span first.
fn locate(own: Option<&Range<usize>>, head: &Head, ip: IpAddr) -> Option<Range<usize>> {
    let spans = head.at.get(&ip)?;
    // The spans are in text order and never overlap: the first one starting inside the
    // diagnostic is the only one that can lie inside it.
    let inside = own.and_then(|d| {
        let i = spans.partition_point(|s| s.start < d.start);
        spans.get(i).filter(|s| s.end <= d.end)
    });
    inside.or_else(|| spans.first()).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A diagnostic's index decides as the search around each address: floods of addresses
    /// among the blocking wording, near and far from it, the two ways on the same texts.
    #[test]
    fn the_diagnostics_index_decides_as_the_windows() {
        let pieces = [
            "Client host [",
            "] blocked using zen.spamhaus.org ",
            "mail from ",
            " was rejected ",
            "your IP ",
            " is listed on ",
            "550 5.7.1 [",
            "] ",
            "host mx.example.com[",
            " ",
            "\u{17F}",
            "受信拒否 ",
        ];
        let mut seed = 7_u64;
        let mut blocked = 0;
        for _ in 0..150 {
            let mut next = || {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                (seed >> 33) as usize
            };
            let mut diag = String::new();
            for _ in 0..next() % 80 {
                if next() % 2 == 0 {
                    diag.push_str(&format!("198.51.{}.{} ", next() % 3, next() % 250));
                } else {
                    diag.push_str(pieces[next() % pieces.len()]);
                }
            }
            let written = scan::addresses(&diag);
            let windows = worded_blocked(&diag, &written, usize::MAX);
            assert_eq!(worded_blocked(&diag, &written, 0), windows, "{diag:?}");
            blocked += windows.iter().filter(|&&b| b).count();
        }
        assert!(blocked > 50, "{blocked}");
    }

    /// How the addresses in an operator's link were found before the word cursor and the
    /// links kept per word: the word and its links read again for each address.
    fn from_list_url_per_address(head: &str) -> Vec<(IpAddr, Range<usize>)> {
        use std::borrow::Cow;
        let mut out = Vec::new();
        for w in scan::addresses(head).iter().filter(|w| !w.cut) {
            let Some((start, word)) = super::super::context::word_around(head, &w.span) else {
                continue;
            };
            let at = w.span.start - start..w.span.end - start;
            let (link, at) = match word.get(at.clone()) {
                Some(shown) if shown.contains(char::is_whitespace) => {
                    let ip = w.ip.to_string();
                    let joined = format!(
                        "{}{ip}{}",
                        word.get(..at.start).unwrap_or_default(),
                        word.get(at.end..).unwrap_or_default()
                    );
                    (Cow::Owned(joined), at.start..at.start + ip.len())
                }
                _ => (Cow::Borrowed(word), at),
            };
            for (span, u) in urls(&link) {
                if span.start <= at.start && at.end <= span.end && owner(u).is_some() {
                    out.push((w.ip, w.span.clone()));
                }
            }
        }
        out
    }

    /// The links read once per word name the addresses the links read per address named:
    /// operators' links and others, several addresses in one link, links one after another
    /// in one word, addresses cut by a line break.
    #[test]
    fn links_read_once_per_word_name_what_they_named() {
        let pieces = [
            "https://www.spamhaus.org/query/ip/",
            "https://check.spamhaus.org/listed/?searchterm=",
            "http://www.barracudacentral.org/lookups?ip=",
            "https://evil.example/?ip=",
            "www.spamcop.net/bl.shtml?",
            "192.0.2.1",
            "198.51.100.7",
            "203.0.113.",
            "\n14",
            ",",
            "&",
            " ",
            "\n",
            "<",
            ">",
        ];
        let mut seed = 3_u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        let mut named = 0;
        for _ in 0..500 {
            let mut head = String::new();
            for _ in 0..next() % 40 {
                head.push_str(pieces[next() % pieces.len()]);
            }
            let expected = from_list_url_per_address(&head);
            assert_eq!(read_head(&head).from_list_url, expected, "{head:?}");
            named += expected.len();
        }
        assert!(named > 100, "{named}");
    }
}
