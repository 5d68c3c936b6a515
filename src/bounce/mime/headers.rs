//! Headers: whether input starts like a message at all, the bounce's own headers, and the
//! returned original's.

use mail_parser::Message;

use crate::bounce::document::{self, Head};
use crate::bounce::{OriginalMessage, address};

/// Header names whose presence shows a message travelled by mail (an Outlook "From/Sent/To/
/// Subject" copy has none of them).
const TRANSPORT: [&str; 13] = [
    "received",
    "return-path",
    "message-id",
    "mime-version",
    "content-type",
    "date",
    "delivered-to",
    "dkim-signature",
    "x-original-to",
    "x-failed-recipients",
    "auto-submitted",
    "content-transfer-encoding",
    "x-mailer",
];

/// True when the input starts with a header block that looks like a real message's.
pub fn looks_like_message(data: &[u8]) -> bool {
    let head = data.get(..data.len().min(64 * 1024)).unwrap_or(data);
    // Only the header block is read below, so only it is made text: checking the whole 64 KiB
    // as UTF-8 cost more than reading the fields. A cut after a line end changes nothing the
    // loop sees (a line end is never part of an invalid sequence).
    let block = head.get(..header_block_end(head)).unwrap_or(head);
    let text = String::from_utf8_lossy(block);
    let mut lines = text.lines().peekable();
    if lines.peek().is_some_and(|l| l.starts_with("From ")) {
        lines.next();
    }
    let (mut fields, mut transport, mut known) = (0, 0, 0);
    for line in lines {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) && fields > 0 {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_graphic()) {
            return false;
        }
        fields += 1;
        let lower = name.to_ascii_lowercase();
        if TRANSPORT.contains(&lower.as_str()) {
            transport += 1;
        }
        if matches!(
            lower.as_str(),
            "from" | "to" | "subject" | "date" | "received"
        ) {
            known += 1;
        }
    }
    fields >= 2 && transport >= 1 && known >= 1
}

/// Where the first empty line (`\n\n` or `\n\r\n`, or an empty first line) begins: the end of
/// the header block as `str::lines` would find it; the whole slice when there is none.
fn header_block_end(data: &[u8]) -> usize {
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', data) {
        if matches!(data.get(start..nl), Some(b"" | b"\r")) {
            return start;
        }
        start = nl + 1;
    }
    data.len()
}

/// A message's header fields as written: mail-parser checks each field's bytes as UTF-8
/// whenever they are asked for, so they are asked for once and looked up here.
struct RawHeaders<'a>(Vec<(&'a str, &'a str)>);

impl<'a> RawHeaders<'a> {
    fn of(msg: &'a Message<'_>) -> Self {
        Self(msg.headers_raw().collect())
    }

    /// Every field named `name` (any case), unfolded, top first.
    fn values(&self, name: &'a str) -> impl Iterator<Item = String> + '_ {
        self.0
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| document::unfold(v))
    }

    fn first(&self, name: &'a str) -> Option<String> {
        self.values(name).next()
    }
}

/// `X-Bounce-Category`, `X-PowerMTA-BounceCategory`: the hyphen is optional.
fn names_bounce_category(name: &str) -> bool {
    const SUFFIX: &[u8] = b"bouncecategory";
    let mut letters = name.bytes().rev().filter(|&b| b != b'-');
    SUFFIX
        .iter()
        .rev()
        .all(|&s| letters.next().is_some_and(|b| b.to_ascii_lowercase() == s))
}

/// The bounce's own headers.
pub fn head_of(msg: &Message<'_>) -> Head {
    let raw = RawHeaders::of(msg);
    let from_addr = msg
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address.as_deref())
        .and_then(address::normalize);
    let to_addrs = msg
        .to()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.address.as_deref().and_then(address::normalize))
                .collect()
        })
        .unwrap_or_default();
    let lower = |name: &'static str| {
        raw.first(name)
            .map(|v| v.to_ascii_lowercase())
            .unwrap_or_default()
    };
    let auto_reply = lower("auto-submitted").starts_with("auto-replied")
        || lower("precedence").starts_with("auto_reply")
        || lower("x-apple-action").starts_with("vacation")
        || !lower("x-autoreply").is_empty()
        || !lower("x-autorespond").is_empty();
    Head {
        from: msg.from().and_then(|a| a.first()).map(|a| {
            let addr = a.address.as_deref().unwrap_or("");
            match a.name.as_deref() {
                Some(n) if !addr.is_empty() => format!("{n} <{addr}>"),
                Some(n) => n.to_owned(),
                None => addr.to_owned(),
            }
        }),
        from_addr,
        to_addrs,
        subject: msg.subject().map(str::to_owned),
        content_type: raw.first("content-type").map(|v| v.to_ascii_lowercase()),
        auto_reply,
        failed_recipients: raw
            .values("x-failed-recipients")
            .flat_map(|v| {
                v.split(',')
                    .filter_map(address::normalize)
                    .collect::<Vec<_>>()
            })
            .collect(),
        apple_unsubscribe: lower("x-apple-unsubscribe") == "true",
        filtered_mark: lower("x-spasign") == "ng",
        category: raw
            .0
            .iter()
            .find(|(n, _)| names_bounce_category(n))
            .map(|(_, v)| document::unfold(v).to_ascii_lowercase()),
    }
}

/// The returned original's headers, `Received:` all kept and unfolded.
pub fn original_of(m: &Message<'_>) -> OriginalMessage {
    let raw = RawHeaders::of(m);
    let first = |name: &'static str| raw.first(name).filter(|v| !v.is_empty());
    OriginalMessage {
        from: first("from"),
        to: first("to"),
        subject: m.subject().map(str::to_owned),
        date: first("date"),
        message_id: first("message-id"),
        received: raw.values("received").collect(),
    }
}

/// The original message's headers from a block of header text.
pub fn original_of_text(block: &str) -> Option<OriginalMessage> {
    let block = block.trim_start_matches(['\n', ' ', '\t']);
    if block.is_empty() {
        return None;
    }
    let m = super::PARSER.parse_headers(block.as_bytes())?;
    let o = original_of(&m);
    (o != OriginalMessage::default()).then_some(o)
}
