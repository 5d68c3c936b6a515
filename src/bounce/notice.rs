//! Reports that are not failures: spam complaints (ARF, RFC 5965) and automatic replies
//! (RFC 3834). Each gives entries whose reason says what they are.

use std::ops::Range;

use super::document::{Document, squeeze};
use super::{Delivery, Reason, address, phrases};

/// An empty delivery with a reason; the caller fills in what it knows.
pub fn entry(recipient: Option<String>, reason: Reason) -> Delivery {
    Delivery {
        recipient,
        action: None,
        status: None,
        reply_code: None,
        diagnostic: None,
        remote_mta: None,
        smtp_command: None,
        reason,
        temporary: false,
        retry_until: None,
        span: None,
    }
}

/// True for a spam complaint report: an ARF part, or its fields written in the text itself
/// (`Feedback-Type: abuse` with `User-Agent:`, `Version:` and the like), as some services send.
pub fn is_feedback(doc: &Document) -> bool {
    let ct = doc.head.content_type.as_deref().unwrap_or("");
    let subject = doc
        .head
        .subject
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    let from = doc.head.from.as_deref().unwrap_or("").to_ascii_lowercase();
    doc.feedback.is_some()
        || ct.contains("feedback-report")
        || doc.head.apple_unsubscribe
        || (subject.contains("complaint about message from")
            && (from.contains("staff@hotmail.com")
                || from.contains("complaints@email-abuse.amazonses.com")))
        || inline_feedback_fields(doc.scan_text())
}

/// An ARF report's fields at the start of lines of `text`: `Feedback-Type:` and at least one
/// more of its own fields.
fn inline_feedback_fields(text: &str) -> bool {
    const FIELDS: [&str; 6] = [
        "user-agent:",
        "version:",
        "original-rcpt-to:",
        "original-mail-from:",
        "source-ip:",
        "reported-domain:",
    ];
    let mut kind = false;
    let mut others = 0;
    for line in text.lines() {
        let l = line.trim_start().to_ascii_lowercase();
        if l.starts_with("feedback-type:") {
            kind = true;
        } else if FIELDS.iter().any(|f| l.starts_with(f)) {
            others += 1;
        }
    }
    kind && others >= 1
}

/// The paragraph of a notice that explains why the mail was not delivered, for a bounce whose
/// layout names no recipient and quotes no reply (a mailing-list manager's notice, a vendor's
/// own wording): the first paragraph in which a reason's wording appears, else the first one
/// after the greeting. With its span in the document's text.
pub fn explanation(doc: &Document) -> Option<(String, Range<usize>)> {
    let text = doc.source();
    let mut paragraphs: Vec<Range<usize>> = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = doc.scan.start;
    for line in text
        .get(doc.scan.clone())
        .unwrap_or("")
        .split_inclusive('\n')
    {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(pos),
            (true, Some(s)) => {
                paragraphs.push(s..pos);
                start = None;
            }
            _ => {}
        }
        pos += line.len();
    }
    if let Some(s) = start {
        paragraphs.push(s..pos);
    }
    let said = |r: &Range<usize>| {
        let t = text.get(r.clone()).unwrap_or("").to_lowercase();
        phrases::scan(&t) != phrases::Matches::default()
    };
    let chosen = paragraphs
        .iter()
        .find(|r| said(r))
        .or_else(|| paragraphs.first())?
        .clone();
    let raw = text.get(chosen.clone())?;
    let trimmed = raw.trim_end();
    let lead = raw.len() - raw.trim_start().len();
    let line = squeeze(trimmed);
    (!line.is_empty()).then(|| (line, chosen.start + lead..chosen.start + trimmed.len()))
}

/// The entries of a spam complaint: one per reported recipient.
pub fn feedback(doc: &Document) -> Vec<Delivery> {
    let fields = doc.feedback.as_deref().unwrap_or_else(|| doc.scan_text());
    let mut rcpts: Vec<String> = Vec::new();
    let mut kind = None;
    for line in fields.lines() {
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("original-rcpt-to:") || lower.starts_with("removal-recipient:") {
            let value = line.split_once(':').map_or("", |(_, v)| v);
            if let Some(a) = address::normalize(value)
                && !rcpts.contains(&a)
            {
                rcpts.push(a);
            }
        } else if lower.starts_with("feedback-type:") {
            kind = line.split_once(':').map(|(_, v)| v.trim().to_owned());
        }
    }
    if rcpts.is_empty() {
        if doc.head.apple_unsubscribe {
            rcpts.extend(doc.head.from_addr.clone());
        } else if let Some(to) = doc.original.as_ref().and_then(|o| o.to.as_deref()) {
            rcpts.extend(address::find_all(to).into_iter().map(|f| f.addr));
        }
    }
    if rcpts.is_empty() {
        rcpts.push(String::new());
    }
    rcpts
        .into_iter()
        .map(|r| {
            let mut d = entry((!r.is_empty()).then_some(r), Reason::Feedback);
            d.diagnostic = kind.as_ref().map(|k| format!("Feedback-Type: {k}"));
            d
        })
        .collect()
}

/// Subject prefixes of automatic replies.
const AUTO_SUBJECTS: [&str; 9] = [
    "auto:",
    "auto response:",
    "automatic reply:",
    "autoreply:",
    "out of office",
    "out of the office",
    "自動返信",
    "自動応答",
    "不在",
];

/// The entry of an automatic reply ("out of office"), when the message is one.
pub fn vacation(doc: &Document) -> Option<Delivery> {
    let from = doc.head.from_addr.as_deref()?;
    if address::is_system(from) {
        return None;
    }
    let subject = doc.head.subject.as_deref().unwrap_or("").to_lowercase();
    let auto = doc.head.auto_reply || AUTO_SUBJECTS.iter().any(|s| subject.starts_with(s));
    if !auto || subject.contains("mail failure -") {
        return None;
    }
    let mut d = entry(Some(from.to_owned()), Reason::Vacation);
    let text = super::document::squeeze(doc.scan_text());
    d.diagnostic = (!text.is_empty()).then(|| text.chars().take(300).collect());
    d.span = (doc.scan.start < doc.scan.end).then(|| doc.scan.clone());
    Some(d)
}
