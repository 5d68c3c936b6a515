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
const OTHER: [&str; 7] = ["送信日時", "sent", "date", "日付", "cc", "bcc", "重要度"];

/// A forwarded header block found in the text.
#[derive(Debug, Default)]
struct Block {
    lines: Range<usize>,
    head: Head,
}

/// Reads pasted text.
pub fn read(raw: String) -> Document {
    let unquoted = document::unquote(&raw);
    let text = unquoted.as_deref().unwrap_or(&raw);
    let blocks = header_blocks(text);
    // The block of the bounce itself: sent by a mail system, or with a bounce's subject.
    let chosen = blocks
        .iter()
        .find(|b| is_bounce_head(&b.head))
        .or_else(|| blocks.first());
    let scan_start = chosen.map_or(0, |b| b.lines.end);
    let head = chosen.map(|b| b.head.clone()).unwrap_or_default();
    let original_at = original::find(text, scan_start);
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
    }
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

/// Splits `Name: value` with an ASCII or full-width colon.
fn split_field(line: &str) -> Option<(String, &str)> {
    let (name, value) = line.split_once(':').or_else(|| line.split_once('：'))?;
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 12 {
        return None;
    }
    Some((name.to_lowercase(), value.trim()))
}

fn header_blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    let mut names = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let l = line.trim_end_matches(['\n', '\r']);
        let field = split_field(l).filter(|(n, _)| {
            FROM.contains(&n.as_str())
                || TO.contains(&n.as_str())
                || SUBJECT.contains(&n.as_str())
                || OTHER.contains(&n.as_str())
        });
        match field {
            Some((name, value)) => {
                let b = current.get_or_insert_with(|| Block {
                    lines: start..start,
                    head: Head::default(),
                });
                b.lines.end = pos;
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
                    b.lines.end = pos;
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
}
