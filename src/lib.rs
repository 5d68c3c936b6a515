//! delist: from a bounced mail to a blocklist removal request.
//!
//! Module map, in the order data flows:
//! - [`intake`]: bytes in (file, stdin, paste), size limit, line ends, charsets.
//! - [`scan`]: text helpers: addresses, web addresses, host names, a literal prefilter.
//! - [`safe_text`]: bounce text made safe to show and send (escape codes, bidi, zero-width).
//! - [`bounce`]: the bounce read into one [`bounce::Delivery`] per recipient, with a reason.
//! - [`blocklist`]: the embedded catalogue and which list refused the mail.
//! - [`ip`]: the addresses in the text and which one is the blocked sender.
//! - [`hosting`]: which hosting provider runs the sending server.
//! - [`diagnosis`]: the one value `analyze` and the wizard both show.
//! - [`explain`]: plain words about a diagnosis, in the user's language.
//! - [`words`]: list names, dates, durations and link sites as a person reads them.
//! - [`online`]: the opt-in DNSBL check (`delist check`), the only code that goes online.
//! - [`request`]: answers → the list's form fields in English with Japanese beside them.
//! - [`case`]: cases on disk (autosave, resume, phone codes, the profile, reports).
//! - [`i18n`]: Fluent messages in Japanese and English.
//! - [`clipboard`]: copying out: system clipboard, OSC 52, a file.
//! - [`wizard`]: the terminal wizard (the only module that draws).
//! - [`cli`]: the command line.

// Bad input must never panic: every unwrap outside tests is replaced by handling, or by an
// `expect` whose message names a local, obvious invariant (issue 12).
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod blocklist;
pub mod bounce;
pub mod case;
pub mod cli;
pub mod clipboard;
pub mod diagnosis;
pub mod explain;
#[cfg(test)]
mod fixture_texts;
pub mod hosting;
pub mod i18n;
pub mod intake;
pub mod ip;
pub mod online;
pub mod request;
pub mod safe_text;
pub mod scan;
pub mod wizard;
pub mod words;
