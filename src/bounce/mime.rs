//! Reading an RFC 5322 message with mail-parser (the only module that imports it): the readable
//! text parts, the delivery-status and feedback-report parts, and the returned original.

use std::sync::LazyLock;

use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};

use super::document::{self, Document, DsnPart, Head};
use super::{OriginalMessage, address, dsn, original, signals};

static PARSER: LazyLock<MessageParser> = LazyLock::new(MessageParser::default);

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
    let text = String::from_utf8_lossy(head);
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

/// Reads a message; `None` when mail-parser finds no message at all.
pub fn read(data: &[u8]) -> Option<Document> {
    let msg = PARSER.parse(data)?;
    Some(read_message(&msg, 2))
}

#[derive(Default)]
struct Walk {
    readable: String,
    dsn: Vec<String>,
    feedback: Option<String>,
    original: Option<OriginalMessage>,
    attached: Option<usize>,
}

fn read_message(msg: &Message<'_>, depth: u8) -> Document {
    let mut w = Walk::default();
    walk(msg, 0, &mut w);
    let head = head_of(msg);
    if w.dsn.is_empty() && depth > 0 {
        // A bounce forwarded as an attachment (or wrapped by a gateway): read the attached
        // message instead when it carries the report.
        if let Some(PartType::Message(inner)) =
            w.attached.and_then(|i| msg.parts.get(i)).map(|p| &p.body)
        {
            let inner_doc = read_message(inner, depth - 1);
            let outer_is_bounce = signals::is_bounce_text(&w.readable);
            if !inner_doc.dsn.is_empty()
                || !outer_is_bounce && signals::is_bounce_text(inner_doc.scan_text())
            {
                return inner_doc;
            }
        }
    }
    if w.dsn.is_empty() {
        // Some servers put the delivery-status fields in the text part itself.
        if let Some(at) = signals::inline_dsn_start(&w.readable) {
            let fields = w.readable.split_off(at);
            w.dsn.push(fields);
        }
    }
    assemble(w, head)
}

/// Lays the pieces out: readable text, delivery-status parts, then any inline original.
fn assemble(w: Walk, head: Head) -> Document {
    let mut readable = w.readable;
    let inline_at = original::find(&readable, 0);
    let tail = inline_at.map(|at| readable.split_off(at));
    let mut doc = Document {
        scan: 0..readable.len(),
        text: readable,
        head,
        feedback: w.feedback,
        original: w.original,
        ..Document::default()
    };
    for part in w.dsn {
        if !doc.text.is_empty() && !doc.text.ends_with("\n\n") {
            doc.text.push_str(if doc.text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            });
        }
        let offset = doc.text.len();
        doc.text.push_str(&part);
        doc.dsn.push(DsnPart {
            offset,
            dsn: dsn::parse(&part),
        });
    }
    if let Some(tail) = tail {
        if !doc.text.ends_with('\n') {
            doc.text.push('\n');
        }
        let at = doc.text.len();
        doc.original_at = Some(at);
        if doc.original.is_none() {
            doc.original = original_of_text(original::headers_after(&tail));
        }
        doc.text.push_str(&tail);
    }
    doc
}

fn walk(msg: &Message<'_>, id: usize, w: &mut Walk) {
    let Some(part) = msg.parts.get(id) else {
        return;
    };
    let ct = content_type(part);
    let attachment = part
        .content_disposition()
        .is_some_and(mail_parser::ContentType::is_attachment);
    match &part.body {
        PartType::Multipart(ids) => {
            if ct == "multipart/alternative" {
                // One rendering is enough: plain text when there is one.
                let plain = ids.iter().find(|&&i| {
                    msg.parts
                        .get(i as usize)
                        .is_some_and(|p| matches!(p.body, PartType::Text(_)))
                });
                if let Some(&i) = plain.or_else(|| ids.first()) {
                    walk(msg, i as usize, w);
                }
            } else {
                for &i in ids {
                    walk(msg, i as usize, w);
                }
            }
        }
        PartType::Text(t) => text_part(&ct, t, attachment, w),
        PartType::Html(h) if !attachment => {
            if document::is_markup(h) {
                push_readable(w, &document::html_to_text(h));
            } else {
                push_readable(w, h);
            }
        }
        PartType::Binary(b) | PartType::InlineBinary(b) => {
            let text = || String::from_utf8_lossy(b).into_owned();
            if ct.ends_with("delivery-status") {
                w.dsn.push(text());
            } else if ct == "message/feedback-report" {
                w.feedback.get_or_insert_with(text);
            } else if (ct.starts_with("message/rfc822") || ct == "text/rfc822-headers")
                && w.original.is_none()
            {
                w.original = original_of_text(&text());
            }
        }
        PartType::Message(m) => {
            if w.original.is_none() {
                w.original = Some(original_of(m));
                w.attached = Some(id);
            }
        }
        PartType::Html(_) => {}
    }
}

fn text_part(ct: &str, t: &str, attachment: bool, w: &mut Walk) {
    if ct.starts_with("text/rfc822-header") {
        if w.original.is_none() {
            w.original = original_of_text(t);
        }
    } else if ct.contains("delivery-status") {
        w.dsn.push(t.to_owned());
    } else if ct == "message/feedback-report" {
        w.feedback.get_or_insert_with(|| t.to_owned());
    } else if !w.readable.is_empty() && original::starts_with_headers(t) {
        // The original returned as a text part ("Undelivered Message Headers").
        if w.original.is_none() {
            w.original = original_of_text(t);
        }
    } else if !attachment || w.readable.is_empty() {
        push_readable(w, t);
    }
}

fn push_readable(w: &mut Walk, t: &str) {
    let t = t.trim_matches('\n');
    if t.trim().is_empty() {
        return;
    }
    if !w.readable.is_empty() {
        w.readable.push_str("\n\n");
    }
    w.readable.push_str(t);
    w.readable.push('\n');
}

fn content_type(part: &MessagePart<'_>) -> String {
    part.content_type().map_or_else(
        || "text/plain".to_owned(),
        |c| match c.subtype() {
            Some(s) => format!("{}/{}", c.ctype(), s).to_ascii_lowercase(),
            None => c.ctype().to_ascii_lowercase(),
        },
    )
}

fn raw_values<'a>(msg: &'a Message<'_>, name: &'a str) -> impl Iterator<Item = String> + 'a {
    msg.headers_raw()
        .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| document::unfold(v))
}

fn head_of(msg: &Message<'_>) -> Head {
    let first = |name: &str| raw_values(msg, name).next();
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
    let lower = |name: &str| {
        first(name)
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
        content_type: first("content-type").map(|v| v.to_ascii_lowercase()),
        auto_reply,
        failed_recipients: raw_values(msg, "x-failed-recipients")
            .flat_map(|v| {
                v.split(',')
                    .filter_map(address::normalize)
                    .collect::<Vec<_>>()
            })
            .collect(),
        apple_unsubscribe: lower("x-apple-unsubscribe") == "true",
    }
}

fn original_of(m: &Message<'_>) -> OriginalMessage {
    let first = |name: &str| raw_values(m, name).next().filter(|v| !v.is_empty());
    OriginalMessage {
        from: first("from"),
        to: first("to"),
        subject: m.subject().map(str::to_owned),
        date: first("date"),
        message_id: first("message-id"),
        received: raw_values(m, "received").collect(),
    }
}

/// The original message's headers from a block of header text.
pub fn original_of_text(block: &str) -> Option<OriginalMessage> {
    let block = block.trim_start_matches(['\n', ' ', '\t']);
    if block.is_empty() {
        return None;
    }
    let m = PARSER.parse_headers(block.as_bytes())?;
    let o = original_of(&m);
    (o != OriginalMessage::default()).then_some(o)
}
