//! Reading an RFC 5322 message with mail-parser (the only module that imports it): the readable
//! text parts, the delivery-status and feedback-report parts, and the returned original.

use std::sync::LazyLock;

use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};

mod date;
mod headers;

pub use date::MailDate;

use headers::{head_of, original_of};
pub use headers::{looks_like_message, original_of_text};

use super::document::{self, Document, DsnPart, Head};
use super::{OriginalMessage, dsn, original, signals};

/// How deep multiparts are followed. Real bounces nest three or four levels (a report inside a
/// forward inside a gateway's wrapper); a part deeper than this is not read, so a crafted
/// message nested ten thousand deep costs no stack (docs/usage.md, "Limits").
pub const MAX_DEPTH: usize = 50;

/// The parser, built once (its header table is a map).
static PARSER: LazyLock<MessageParser> = LazyLock::new(parser);

/// mail-parser's own choice of parser for each header, except `Received:`, which is skipped
/// instead of taken apart: only its raw text is read here (`headers_raw`), and parsing it was
/// an eighth of reading a message. Skipping ends the field where parsing did (the next line
/// that does not start with white space), so the raw text is the same.
fn parser() -> MessageParser {
    use mail_parser::HeaderName as H;
    let mut p = MessageParser::new();
    for h in [
        H::Subject,
        H::Comments,
        H::ContentDescription,
        H::ContentLocation,
        H::ContentTransferEncoding,
    ] {
        p = p.header_text(h);
    }
    for h in [
        H::From,
        H::To,
        H::Cc,
        H::Bcc,
        H::ReplyTo,
        H::Sender,
        H::ResentTo,
        H::ResentFrom,
        H::ResentBcc,
        H::ResentCc,
        H::ResentSender,
        H::ListArchive,
        H::ListHelp,
        H::ListId,
        H::ListOwner,
        H::ListPost,
        H::ListSubscribe,
        H::ListUnsubscribe,
    ] {
        p = p.header_address(h);
    }
    for h in [
        H::MessageId,
        H::References,
        H::InReplyTo,
        H::ReturnPath,
        H::ContentId,
        H::ResentMessageId,
    ] {
        p = p.header_id(h);
    }
    p.header_date(H::Date)
        .header_date(H::ResentDate)
        .header_comma_separated(H::Keywords)
        .header_comma_separated(H::ContentLanguage)
        .header_raw(H::MimeVersion)
        .header_content_type(H::ContentType)
        .header_content_type(H::ContentDisposition)
        .ignore_header(H::Received)
}

/// Reads a message; `None` when mail-parser finds no message at all.
pub fn read(data: &[u8]) -> Option<Document> {
    // mail-parser checks its own invariants with debug assertions; a malformed message must not
    // take the analysis down with it, so a panic there makes the input read as text instead.
    std::panic::catch_unwind(|| PARSER.parse(data).map(|msg| read_message(&msg, 2)))
        .ok()
        .flatten()
}

#[derive(Default)]
struct Walk {
    readable: String,
    dsn: Vec<String>,
    feedback: Option<String>,
    original: Option<OriginalMessage>,
    attached: Option<usize>,
    /// A part stood deeper than [`MAX_DEPTH`] and was not read.
    cut: bool,
}

fn read_message(msg: &Message<'_>, depth: u8) -> Document {
    let mut w = Walk::default();
    walk(msg, 0, 0, &mut w);
    let head = head_of(msg);
    if w.dsn.is_empty() && depth > 0 {
        // A bounce forwarded as an attachment (or wrapped by a gateway): read the attached
        // message instead when it carries the report.
        if let Some(PartType::Message(inner)) =
            w.attached.and_then(|i| msg.parts.get(i)).map(|p| &p.body)
        {
            let mut inner_doc = read_message(inner, depth - 1);
            let outer_is_bounce = signals::is_bounce_text(&w.readable);
            if !inner_doc.dsn.is_empty()
                || !outer_is_bounce && signals::is_bounce_text(inner_doc.scan_text())
            {
                inner_doc.nesting_cut |= w.cut;
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
        nesting_cut: w.cut,
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

fn walk(msg: &Message<'_>, id: usize, depth: usize, w: &mut Walk) {
    let Some(part) = msg.parts.get(id) else {
        return;
    };
    if depth > MAX_DEPTH {
        w.cut = true;
        return;
    }
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
                    walk(msg, i as usize, depth + 1, w);
                }
            } else {
                for &i in ids {
                    walk(msg, i as usize, depth + 1, w);
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
    } else if attachment && !w.readable.is_empty() && signals::inline_dsn_start(t) == Some(0) {
        // A vendor's report attached as a text file ("details.txt") that holds the
        // delivery-status fields themselves.
        w.dsn.push(t.to_owned());
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
