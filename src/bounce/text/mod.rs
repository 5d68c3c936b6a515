//! Reading the human-readable part of a bounce: which addresses failed, and for each one the
//! server's reply (or the bounce's own explanation), the server and the command.
//!
//! The wording differs by MTA (Postfix "host … said:", Sendmail `<<<` transcripts, Exim
//! "SMTP error from remote mail server", qmail `<a@b>:` blocks, Gmail, Exchange, Japanese
//! carriers), but the layout is shared: each failed address opens a block that holds its
//! reply. So the text is cut into one block per address, and each block is read for a reply.

mod context;
pub mod join;
mod recipients;
mod remote;
pub mod reply;
mod status_line;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

pub use reply::Reply;
pub use status_line::StatusLines;

use super::SmtpCommand;
use super::document::squeeze;

/// One line of the text, without its line end.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    /// Byte offset of the line in the whole text.
    pub start: usize,
    /// The line.
    pub text: &'a str,
}

/// The lines of `range` in `text`.
pub fn lines_of(text: &str, range: Range<usize>) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut pos = range.start;
    let body = text.get(range).unwrap_or("");
    for l in body.split_inclusive('\n') {
        out.push(Line {
            start: pos,
            text: l.trim_end_matches(['\n', '\r']),
        });
        pos += l.len();
    }
    out
}

/// What the text says about one recipient.
#[derive(Clone, Debug, Default)]
pub struct Finding {
    /// The failed address (none when the text names none, as in a one-line paste).
    pub recipient: Option<String>,
    /// The server's reply.
    pub reply: Option<Reply>,
    /// The bounce's own explanation, when no reply is quoted.
    pub explanation: Option<(String, Range<usize>)>,
    /// The recipient's block of text, for the classifier (shared by the findings that stand
    /// for one block, so that it is read once).
    pub context: Arc<str>,
    /// The server that answered.
    pub remote_mta: Option<String>,
    /// The command the reply answered.
    pub command: Option<SmtpCommand>,
}

/// Addresses the scan must treat specially.
#[derive(Clone, Debug, Default)]
pub struct Hints<'a> {
    /// Recipients already known (from delivery-status fields or `X-Failed-Recipients`); when
    /// given, only these are looked for.
    pub known: &'a [String],
    /// Addresses that are not recipients (the bounce's own From/To, the original's sender).
    pub exclude: &'a [String],
    /// The original message's `To:` addresses: likely recipients.
    pub likely: &'a [String],
}

/// Reads the readable text `range` of `text`: one finding per failed address.
pub fn scan(text: &str, range: Range<usize>, hints: &Hints<'_>) -> Vec<Finding> {
    let lines = lines_of(text, range);
    let found = recipients::find(&lines, hints);
    let single = found.order.len() <= 1;
    let whole = 0..lines.len();
    if found.order.is_empty() {
        let reply = reply::first(&lines, whole.clone());
        let explanation = None;
        return vec![finding(
            &lines,
            None,
            &whole,
            whole.clone(),
            reply,
            explanation,
        )];
    }
    // A recipient named more than once (a report listing one address for each of its
    // attempts) is read once, its finding repeated: reading its block again for each naming
    // would make such a report quadratic.
    let mut read: HashMap<&str, Finding> = HashMap::new();
    found
        .order
        .iter()
        .map(|addr| {
            if let Some(f) = read.get(addr.as_str()) {
                return f.clone();
            }
            let segs = found.segments(addr, lines.len());
            let mut reply = segs.iter().find_map(|s| reply::first(&lines, s.clone()));
            if reply.is_none() && single {
                reply = reply::first(&lines, whole.clone());
            }
            let explanation = if reply.is_some() {
                None
            } else {
                // "addr: reason" anywhere beats a paragraph that merely follows the address.
                segs.iter()
                    .find_map(|s| context::after_colon(&lines, s.clone(), addr))
                    .or_else(|| {
                        segs.iter()
                            .find_map(|s| context::explanation(&lines, s.clone(), Some(addr)))
                    })
                    .or_else(|| {
                        let first = segs.first().map_or(0, |s| s.start);
                        context::preamble(&lines, first)
                    })
            };
            let block = if single {
                whole.clone()
            } else {
                let start = segs.first().map_or(0, |s| s.start);
                let end = segs.iter().map(|s| s.end).max().unwrap_or(start);
                start..end
            };
            let lead = lead_range(&segs, reply.as_ref(), single);
            // The words around this recipient only: a block spanning the others' lines would
            // lend one recipient's "Mailbox full" to the next.
            let own = if single { vec![whole.clone()] } else { segs };
            let mut f = finding(&lines, Some(addr.clone()), &block, lead, reply, explanation);
            f.context = text_of(&lines, &own).into();
            read.insert(addr, f.clone());
            f
        })
        .collect()
}

/// The lines of `ranges`, squeezed into one text.
fn text_of(lines: &[Line<'_>], ranges: &[Range<usize>]) -> String {
    let texts: Vec<&str> = ranges
        .iter()
        .flat_map(Clone::clone)
        .filter_map(|i| lines.get(i).map(|l| l.text))
        .collect();
    squeeze(&texts.join("\n"))
}

/// Where to look for the command and server of a reply: its block, from the block's start (or
/// the text's start for a lone recipient, whose transcript may precede the address).
fn lead_range(segs: &[Range<usize>], reply: Option<&Reply>, single: bool) -> Range<usize> {
    let seg = reply
        .and_then(|r| segs.iter().find(|s| s.contains(&r.line)))
        .or_else(|| segs.first());
    let start = if single {
        0
    } else {
        seg.map_or(0, |s| s.start)
    };
    let end = reply.map_or_else(|| seg.map_or(start, |s| s.end), |r| r.line + 1);
    start..end.max(start)
}

fn finding(
    lines: &[Line<'_>],
    recipient: Option<String>,
    block: &Range<usize>,
    lead: Range<usize>,
    reply: Option<Reply>,
    explanation: Option<(String, Range<usize>)>,
) -> Finding {
    let block_text: Vec<&str> = block
        .clone()
        .filter_map(|i| lines.get(i).map(|l| l.text))
        .collect();
    let context = squeeze(&block_text.join("\n"));
    let lead_text: Vec<&str> = (lead.start..lead.end.max(reply.as_ref().map_or(0, |r| r.line + 1)))
        .filter_map(|i| lines.get(i).map(|l| l.text))
        .collect();
    let remote_mta =
        remote::remote_mta(&lead_text.join("\n")).or_else(|| remote::remote_mta(&context));
    let command = context::command(
        lines,
        lead,
        block.clone(),
        reply.as_ref(),
        recipient.as_deref(),
    );
    Finding {
        recipient,
        reply,
        explanation,
        context: context.into(),
        remote_mta,
        command,
    }
}
