//! Reading text that is not a message: a bounce copied from a mail program (Outlook's
//! forwarded header block, in Japanese or English), a Gmail report copied from the browser, or
//! a single line. The text is kept exactly as given.

use std::ops::Range;

use super::document::{self, Document, DsnPart, Head};
use super::{address, dsn, mime, original, signals};

/// The header names of a forwarded block, in Japanese and English Outlook.
const FROM: [&str; 4] = ["差出人", "送信者", "from", "送信元"];
const TO: [&str; 3] = ["宛先", "to", "受信者"];
const SUBJECT: [&str; 2] = ["件名", "subject"];
const OTHER: [&str; 8] = [
    "送信日時",
    "sent",
    "date",
    "日付",
    "日時",
    "cc",
    "bcc",
    "重要度",
];

/// A forwarded header block found in the text.
#[derive(Debug, Default)]
struct Block {
    lines: Range<usize>,
    head: Head,
}

/// Reads pasted text.
pub fn read(raw: String) -> Document {
    let unquoted = document::unquote(&raw);
    let unquoted = document::plain_spaces(unquoted.as_deref().unwrap_or(&raw)).or(unquoted);
    let text = unquoted.as_deref().unwrap_or(&raw);
    let blocks = header_blocks(text);
    let chosen = own_head(text, &blocks);
    let scan_start = chosen.map_or(0, |b| b.lines.end);
    let head = chosen.map(|b| b.head.clone()).unwrap_or_default();
    let original_at = original::find(text, scan_start).or_else(|| {
        // A header block after the bounce's own words, with no separator before it: the
        // returned original quoted as it was (or as the mail program showed it).
        blocks
            .iter()
            .filter(|b| b.lines.start >= scan_start && b.head.from.is_some())
            .find(|b| signals::is_bounce_text(text.get(scan_start..b.lines.start).unwrap_or("")))
            .map(|b| b.lines.start)
    });
    let mut scan_end = original_at.unwrap_or(text.len());
    let mut dsn_parts = Vec::new();
    if let Some(at) = text
        .get(scan_start..scan_end)
        .and_then(signals::inline_dsn_start)
    {
        let offset = scan_start + at;
        let fields = text.get(offset..scan_end).unwrap_or("");
        dsn_parts.push(DsnPart {
            offset,
            dsn: dsn::parse(fields),
        });
        scan_end = offset;
    }
    let original = original_at
        .and_then(|at| text.get(at..))
        .and_then(|tail| mime::original_of_text(original::headers_after(tail)));
    Document {
        scan: scan_start..scan_end,
        original_at,
        original,
        head,
        dsn: dsn_parts,
        feedback: None,
        text: raw,
        unquoted,
        nesting_cut: false,
    }
}

/// The header block of the bounce itself, among the blocks a paste holds.
///
/// A mail program's forwarded headers stand before the bounce; the returned original's stand
/// after it. So a block with a bounce's sender or subject is the bounce's own unless it comes
/// after a separator that introduces the returned original, and any other block is only when
/// nothing before it reads as a bounce. A pasted bounce body followed by its original has no
/// own headers at all: read from the start.
fn own_head<'b>(text: &str, blocks: &'b [Block]) -> Option<&'b Block> {
    let returned = original::find_returned(text, 0);
    let before = |b: &Block| text.get(..b.lines.start).unwrap_or("");
    blocks
        .iter()
        .filter(|b| returned.is_none_or(|at| b.lines.start < at))
        .find(|b| is_bounce_head(&b.head))
        .or_else(|| {
            blocks
                .first()
                .filter(|b| !signals::is_bounce_text(before(b)))
        })
}

fn is_bounce_head(h: &Head) -> bool {
    let from = h.from.as_deref().unwrap_or("").to_lowercase();
    let subject = h.subject.as_deref().unwrap_or("");
    from.contains("mailer-daemon")
        || from.contains("postmaster")
        || from.contains("mail delivery")
        || signals::is_bounce_text(subject)
        || subject.to_lowercase().contains("undeliver")
}

/// Splits a header field of a forwarded block, `Name: value` with an ASCII or full-width colon,
/// or `Name<TAB>value` as a web mail's header table (Roundcube) is copied.
fn split_field(line: &str) -> Option<(String, &str)> {
    [
        line.split_once(':'),
        line.split_once('：'),
        line.trim_start().split_once('\t'),
    ]
    .into_iter()
    .flatten()
    .map(|(name, value)| (name.trim().to_lowercase(), value.trim()))
    .find(|(name, _)| is_field_name(name))
}

fn is_field_name(n: &str) -> bool {
    FROM.contains(&n) || TO.contains(&n) || SUBJECT.contains(&n) || OTHER.contains(&n)
}

/// A field name alone on its line with the value on the next, as a web mail shows its headers
/// (Yahoo! JAPAN, Gmail): the value line, when `lines[i]` is such a name.
fn name_above_value<'t>(lines: &[(usize, &'t str)], i: usize) -> Option<(String, &'t str)> {
    let name = lines.get(i)?.1.trim().to_lowercase();
    let value = lines.get(i + 1)?.1.trim();
    (is_field_name(&name)
        && !value.is_empty()
        && !is_field_name(&value.to_lowercase())
        && split_field(value).is_none())
    .then_some((name, value))
}

fn header_blocks(text: &str) -> Vec<Block> {
    let mut lines = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        lines.push((pos, line.trim_end_matches(['\n', '\r'])));
        pos += line.len();
    }
    let end_of = |i: usize| lines.get(i + 1).map_or(text.len(), |l| l.0);
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    let mut names = 0;
    let mut i = 0;
    while let Some(&(start, l)) = lines.get(i) {
        // The field's last line: the next one when the value stands below its name.
        let (field, last) = match split_field(l) {
            Some(f) => (Some(f), i),
            None => match name_above_value(&lines, i) {
                Some(f) => (Some(f), i + 1),
                None => (None, i),
            },
        };
        match field {
            Some((name, value)) => {
                let b = current.get_or_insert_with(|| Block {
                    lines: start..start,
                    head: Head::default(),
                });
                b.lines.end = end_of(last);
                names += 1;
                let n = name.as_str();
                if FROM.contains(&n) && b.head.from.is_none() {
                    b.head.from = Some(value.to_owned());
                    b.head.from_addr = address::find_all(value).into_iter().next().map(|f| f.addr);
                } else if TO.contains(&n) {
                    b.head
                        .to_addrs
                        .extend(address::find_all(value).into_iter().map(|f| f.addr));
                } else if SUBJECT.contains(&n) && b.head.subject.is_none() {
                    b.head.subject = Some(value.to_owned());
                }
            }
            None if current.is_some() && l.starts_with([' ', '\t']) && !l.trim().is_empty() => {
                if let Some(b) = current.as_mut() {
                    b.lines.end = end_of(i);
                }
            }
            None => {
                if let Some(b) = current.take()
                    && names >= 2
                    && (b.head.from.is_some() || b.head.subject.is_some())
                {
                    out.push(b);
                }
                names = 0;
            }
        }
        i = last + 1;
    }
    if let Some(b) = current.take()
        && names >= 2
        && (b.head.from.is_some() || b.head.subject.is_some())
    {
        out.push(b);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlook_japanese_headers_are_read_and_skipped() {
        let t = "お世話になっております。\n\n差出人: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>\n\
                 送信日時: 2024年5月10日 10:15\n宛先: taro@example.co.jp\n\
                 件名: Warning: could not send message for past 4 hours\n\n\
                 <<< 450 4.7.1 <hanako@example.com>: rejected\n";
        let doc = read(t.to_owned());
        assert_eq!(doc.head.to_addrs, ["taro@example.co.jp"]);
        assert!(doc.head.subject.as_deref().unwrap().starts_with("Warning"));
        assert!(doc.scan_text().starts_with("\n<<< 450"));
    }

    #[test]
    fn a_bounce_body_pasted_with_its_original_has_no_headers_of_its_own() {
        let t = "Hi. This is the qmail-send program at mail.example.jp.\n\
                 I'm afraid I wasn't able to deliver your message to the following addresses.\n\n\
                 <a@example.com>:\nRemote host said: 550 5.7.1 blocked\n\n\
                 --- Below this line is a copy of the message.\n\n\
                 Return-Path: <me@example.jp>\nFrom: me@example.jp\nTo: a@example.com\n\
                 Subject: Invoice\n\nbody\n";
        let doc = read(t.to_owned());
        assert!(doc.head.from.is_none());
        assert!(doc.scan_text().contains("Remote host said: 550"));
        assert!(
            t.get(doc.original_at.unwrap()..)
                .unwrap()
                .starts_with("--- Below")
        );
    }

    #[test]
    fn headers_after_a_bounce_body_open_the_original() {
        let t = "This message was created automatically by mail delivery software.\n\n\
                 A message that you sent could not be delivered to one or more of its\n\
                 recipients. The following address(es) failed:\n\n  a@example.com\n\
                 \x20   550 5.1.1 unknown user\n\n\
                 From: me@example.jp\nTo: a@example.com\nSubject: Notes\n\nbody\n";
        let doc = read(t.to_owned());
        assert!(doc.head.from.is_none());
        let at = doc.original_at.unwrap();
        assert!(t.get(at..).unwrap().starts_with("From: me@"));
        assert!(doc.scan_text().contains("550 5.1.1"));
    }

    #[test]
    fn web_mail_header_tables_are_read_and_skipped() {
        let body = "\nThis is the mail system at host mail.example.jp.\n\n\
                    <a@example.com>: host mx.example.com[192.0.2.1] said: 550 5.7.1 blocked\n";
        // Roundcube: name, TAB, value.
        let t = format!(
            "件名\tRe: Undelivered Mail Returned to Sender\n送信者\tMAILER-DAEMON@mail.example.jp\n\
             宛先\tme@example.jp\n日付\t2026-11-26 16:20\n{body}"
        );
        let doc = read(t);
        assert_eq!(doc.head.to_addrs, ["me@example.jp"]);
        assert!(doc.scan_text().starts_with("\nThis is the mail system"));
        // Yahoo! JAPAN: the name above its value.
        let t = format!(
            "Undelivered Mail Returned to Sender\n差出人\nMAILER-DAEMON@mail.example.jp\n\
             宛先\nme@example.jp\n日時\n2026/11/27(金) 13:45\n{body}"
        );
        let doc = read(t);
        assert_eq!(doc.head.to_addrs, ["me@example.jp"]);
        assert!(doc.scan_text().starts_with("\nThis is the mail system"));
    }
}
