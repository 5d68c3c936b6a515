//! "Why it happened", built from what is known and nothing else: what the list's listing says
//! about the IP (from the catalogue: a dynamic range is no spam listing, a rate limit passes, a
//! recipient's block is theirs), then the cause the user gave. When nothing is known, it says
//! that the cause is not known.

use super::answers::{Answers, Cause, ServerType};
use super::remark::{Question, Remark};
use crate::blocklist::Entry;
use crate::blocklist::catalogue::{Kind, ListStatus, WhoMayAsk};
use crate::i18n::Lang;

/// What the block is, as far as the bounce and the catalogue say.
#[derive(Clone, Copy, Debug)]
pub enum Block<'a> {
    /// A list or provider from the catalogue, with the sub-list the bounce named.
    Listed(&'a Entry, Option<&'a str>),
    /// The recipient's server refused the IP without naming any list: its own filter.
    OwnFilter,
    /// Nothing in the bounce names a block (the user went on anyway).
    Unknown,
}

/// The sentences of "why it happened", in order: the block, then the cause.
#[must_use]
pub fn story(block: Block<'_>, answers: &Answers) -> Vec<Remark> {
    let mut out = Vec::new();
    let say = |id: &str, args: &[(&str, &str)]| Remark::new(Question::List, id, args);
    match block {
        Block::Listed(entry, sublist) => {
            let list = crate::words::list_name(entry, sublist, Lang::En);
            let list_ja = crate::words::list_name(entry, sublist, Lang::Ja);
            let a = [("list", list.as_str()), ("list_ja", list_ja.as_str())];
            let closed = matches!(entry.status, ListStatus::Closed { .. });
            let id = match meaning(entry, sublist) {
                _ if closed => "request-why-closed",
                Some(m) => match m {
                    "dynamic-range" => "request-why-dynamic-range",
                    "no-ptr" => "request-why-no-ptr",
                    "rate-limit" => "request-why-rate-limit",
                    _ => "request-why-recipient-block",
                },
                None if entry.request_route(sublist).0.who == WhoMayAsk::Recipient => {
                    "request-why-recipient-block"
                }
                None if entry.kind == Kind::Dnsbl => "request-why-dnsbl",
                None => "request-why-reputation",
            };
            out.push(say(id, &a));
            // The recipient's own choice, or a list nobody runs: the sender's cause is beside
            // the point.
            if closed || id == "request-why-recipient-block" {
                return out;
            }
        }
        Block::OwnFilter => {
            out.push(say("request-why-own-filter", &[]));
            return out;
        }
        Block::Unknown => out.push(say("request-why-no-list", &[])),
    }
    out.push(cause(answers));
    out
}

/// What a listing of this entry (or sub-list) says about the IP, from the catalogue.
#[must_use]
pub fn meaning<'e>(entry: &'e Entry, sublist: Option<&str>) -> Option<&'e str> {
    sublist
        .and_then(|s| entry.sublists.iter().find(|x| x.id.eq_ignore_ascii_case(s)))
        .and_then(|s| s.means.as_deref())
}

/// The cause, as the user gave it.
fn cause(answers: &Answers) -> Remark {
    let shared = ServerType::known(answers.server).is_some_and(ServerType::is_shared);
    match answers.cause {
        Some(Cause::SharedServer) => Remark::new(Question::Cause, "request-why-shared", &[]),
        Some(Cause::Unknown) | None if shared => {
            Remark::new(Question::Cause, "request-why-unknown-shared", &[])
        }
        Some(Cause::Unknown) | None => Remark::new(Question::Cause, "request-why-unknown", &[]),
        Some(c) => Remark::new(
            Question::Cause,
            "request-why-cause",
            &[("label_id", &c.label_id()), ("cause", c.id())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocklist::CATALOGUE;
    use crate::i18n::Lang;

    fn ids(block: Block<'_>, answers: &Answers) -> Vec<String> {
        story(block, answers).into_iter().map(|r| r.id).collect()
    }

    #[test]
    fn a_dynamic_range_is_no_spam_listing_and_nothing_known_says_so() {
        let spamhaus = CATALOGUE.get("spamhaus").unwrap();
        let none = Answers::default();
        assert_eq!(
            ids(Block::Listed(spamhaus, Some("PBL")), &none),
            ["request-why-dynamic-range", "request-why-unknown"]
        );
        let gmail = CATALOGUE.get("gmail").unwrap();
        assert_eq!(
            ids(Block::Listed(gmail, Some("4.7.28")), &none)[0],
            "request-why-rate-limit"
        );
        assert_eq!(ids(Block::OwnFilter, &none), ["request-why-own-filter"]);
        for lang in Lang::ALL {
            for r in story(Block::Listed(spamhaus, Some("PBL")), &none) {
                let m = r.message(lang);
                assert!(!m.contains("request-"), "{m}");
            }
            let m = story(Block::Listed(spamhaus, Some("PBL")), &none)[0].message(lang);
            assert!(!m.to_lowercase().contains("spam was"), "{m}");
        }
    }
}
