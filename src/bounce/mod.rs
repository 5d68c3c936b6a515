//! Reading a bounce: one [`Delivery`] per affected recipient, from any layout users paste.
//!
//! Module map, in the order data flows:
//! - `mime` (the only module that imports mail-parser) reads a message: its readable text
//!   parts, its `message/delivery-status` parts (`dsn`), the returned original; `pasted` reads
//!   anything else (Outlook's forwarded headers, a Gmail report from the browser, one line);
//!   `ses` reads Amazon SES JSON notifications. All three give a `document::Document`, whose
//!   inline original is found by `original` and whose bounce-ness by `signals`.
//! - `text` cuts the readable text into one block per failed address and reads each block's
//!   SMTP reply (`smtp` finds codes and commands, `address` the addresses).
//! - `deliveries` joins the DSN fields and the text into [`Delivery`] values; `notice` handles
//!   auto-replies and spam complaints; `retry` whether the sender still retries.
//! - The reason: `classify` weighs the wording (`phrases`, `phrase_table`) against the status
//!   code (`status`) and the command, after the messages a mail system writes in its own words
//!   (`families`, `lda`) and the documented codes of large receivers (`rhost`).

mod address;
mod classify;
mod deliveries;
mod document;
mod dsn;
mod families;
mod lda;
mod mime;
mod notice;
mod original;
mod pasted;
mod phrase_table;
mod phrases;
mod reason;
mod retry;
mod rhost;
mod ses;
mod signals;
mod smtp;
mod snippet;
mod status;
mod text;
mod wording;

pub use mime::MAX_DEPTH as MAX_MIME_DEPTH;
pub use mime::MailDate;
pub use reason::Reason;
pub use snippet::Knowledge;
pub use status::{ReplyCode, Status};

use std::ops::Range;

use serde::Serialize;

use crate::intake::Input;

/// What one input turned out to be.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The readable text of the bounce: for a MIME message its decoded text parts (the returned
    /// original excluded or placed after [`Report::original_at`]); for pasted text the input
    /// itself. Every span in the analysis indexes into this string.
    pub text: String,
    /// Byte offset in `text` where a returned original message begins, when it is inline.
    /// Nothing at or after it is ever read as the diagnosis.
    pub original_at: Option<usize>,
    /// Headers of the returned original message, when one was found.
    pub original: Option<OriginalMessage>,
    /// One entry per affected recipient; empty for an ordinary mail that is not a bounce.
    pub deliveries: Vec<Delivery>,
    /// MIME parts nested deeper than [`MAX_MIME_DEPTH`] were left unread (a crafted message;
    /// real bounces nest three or four levels): the user is told.
    pub nesting_cut: bool,
}

/// Headers of the message that bounced, kept apart from the diagnosis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OriginalMessage {
    /// `From:` as written.
    pub from: Option<String>,
    /// `To:` as written.
    pub to: Option<String>,
    /// `Subject:`, decoded.
    pub subject: Option<String>,
    /// `Date:` as written.
    pub date: Option<String>,
    /// `Message-ID:`.
    pub message_id: Option<String>,
    /// Every `Received:` header, unfolded, top first.
    pub received: Vec<String>,
}

/// The result for one recipient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The recipient's address, lower-case domain, no angle brackets.
    pub recipient: Option<String>,
    /// `failed`, `delayed`, …
    pub action: Option<Action>,
    /// The enhanced status code (`5.7.1`).
    pub status: Option<Status>,
    /// The SMTP reply code (`550`).
    pub reply_code: Option<ReplyCode>,
    /// The remote server's reply, multi-line replies joined into one line.
    pub diagnostic: Option<String>,
    /// The server that answered (`mx.example.jp`).
    pub remote_mta: Option<String>,
    /// The SMTP command the reply answered.
    pub smtp_command: Option<SmtpCommand>,
    /// Why it failed.
    pub reason: Reason,
    /// True while the sending server is still retrying.
    pub temporary: bool,
    /// Until when it retries, as the text states it ("5 days", or a date).
    pub retry_until: Option<String>,
    /// Where the diagnostic stands in [`Report::text`], for highlighting.
    pub span: Option<Range<usize>>,
}

/// The DSN `Action:` of a recipient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Delivery failed for good.
    Failed,
    /// Delivery is delayed; the sender keeps trying.
    Delayed,
    /// Delivered.
    Delivered,
    /// Relayed to a system that does not send DSNs.
    Relayed,
    /// Expanded to several recipients (a list or alias).
    Expanded,
}

/// The SMTP command a reply answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum SmtpCommand {
    /// The connection itself (greeting).
    Conn,
    /// HELO.
    Helo,
    /// EHLO.
    Ehlo,
    /// STARTTLS.
    StartTls,
    /// MAIL FROM.
    Mail,
    /// RCPT TO.
    Rcpt,
    /// DATA (or the end of data).
    Data,
}

/// Analyses one input. Never panics, whatever the input. `lore` tells a refusal pasted on its
/// own from any other short text; `diagnosis::read` passes the catalogue's and the IP finder's.
#[must_use]
pub fn analyse(input: &Input, lore: &dyn Knowledge) -> Report {
    let mut doc = if mime::looks_like_message(&input.data) {
        mime::read(&input.data).unwrap_or_else(|| pasted::read(input.text().into_owned()))
    } else {
        pasted::read(input.text().into_owned())
    };
    ses::read(&mut doc);
    let deliveries = deliveries::from_document(&doc, lore);
    Report {
        text: doc.text,
        original_at: doc.original_at,
        original: doc.original,
        deliveries,
        nesting_cut: doc.nesting_cut,
    }
}
