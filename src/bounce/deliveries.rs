//! From a laid-out bounce to one [`Delivery`] per recipient: the delivery-status fields when
//! there are any, the human-readable text otherwise, and both where they complete each other.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use super::classify::{self, Facts};
use super::document::Document;
use super::dsn::RecipientFields;
use super::snippet::{self, Knowledge};
use super::status::{ReplyCode, Status};
use super::text::{self, Finding, Hints, StatusLines};
use super::wording::{Around, Wording};
use super::{Action, Delivery, Reason, address, families, notice, retry, rhost, signals, smtp};

/// The deliveries a document reports (empty for an ordinary mail).
pub fn from_document(doc: &Document, lore: &dyn Knowledge) -> Vec<Delivery> {
    if notice::is_feedback(doc) {
        return notice::feedback(doc);
    }
    let dsn: Vec<(usize, &RecipientFields)> = doc
        .dsn
        .iter()
        .flat_map(|p| p.dsn.recipients.iter().map(move |r| (p.offset, r)))
        .collect();
    let snippet = if dsn.is_empty() && !looks_like_bounce(doc) {
        match snippet::refusal(doc, lore) {
            Some(s) => Some(s),
            None => return notice::vacation(doc).into_iter().collect(),
        }
    } else {
        None
    };
    let exclude = excluded(doc);
    let likely: Vec<String> = doc
        .original
        .as_ref()
        .and_then(|o| o.to.as_deref())
        .map(|to| address::find_all(to).into_iter().map(|f| f.addr).collect())
        .unwrap_or_default();
    let known: Vec<String> = if dsn.is_empty() {
        doc.head.failed_recipients.clone()
    } else {
        dsn.iter()
            .filter_map(|(_, r)| r.recipient.clone())
            .collect()
    };
    let hints = Hints {
        known: &known,
        exclude: &exclude,
        likely: &likely,
    };
    let findings = text::scan(doc.source(), doc.scan.clone(), &hints);
    let reporter = doc
        .dsn
        .iter()
        .find_map(|p| p.dsn.reporting_mta.clone())
        .or_else(|| generating_server(doc.scan_text()))
        .or_else(|| {
            let from = doc.head.from_addr.as_deref()?;
            from.rsplit('@').next().map(str::to_owned)
        });
    let whole = doc.scan_text().to_lowercase();
    let findings = if findings.iter().all(|f| f.recipient.is_none()) && !likely.is_empty() {
        // The report names nobody (Verizon, "Delivery report unavailable"): the original's
        // recipients are the ones that failed.
        let base = findings.into_iter().next().unwrap_or_default();
        likely
            .iter()
            .map(|a| Finding {
                recipient: Some(a.clone()),
                ..base.clone()
            })
            .collect()
    } else {
        findings
    };
    let marked = doc.head.filtered_mark.then_some(Reason::Filtered);
    if dsn.is_empty() {
        let src = Source {
            reporter: reporter.as_deref(),
            marked,
            category: doc.head.category.as_deref(),
            ..Source::default()
        };
        return from_text(doc, findings, (snippet, lore), src, &whole);
    }
    let shared = Shared::new(&findings, &whole);
    // Each recipient's finding by address: a report for thousands of recipients finds each
    // one's without reading every other's.
    let mut by_recipient: HashMap<String, usize> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        if let Some(a) = &f.recipient {
            by_recipient.entry(a.to_ascii_lowercase()).or_insert(i);
        }
    }
    dsn.iter()
        .map(|&(offset, r)| {
            let f = r
                .recipient
                .as_deref()
                .and_then(|a| by_recipient.get(&a.to_ascii_lowercase()))
                .map(|&i| (i, &findings[i]));
            build(
                Source {
                    offset,
                    fields: Some(r),
                    reporter: reporter.as_deref(),
                    marked,
                    category: doc.head.category.as_deref(),
                },
                f,
                &shared,
            )
        })
        .collect()
}

/// The texts deliveries share, each lower-cased and read once: the findings' blocks (a block
/// shared by many findings, as when the original's recipients stand for an unnamed one, is
/// one text), and the whole bounce.
struct Shared<'a> {
    whole: Wording<'a>,
    said: retry::Said<'a>,
    /// Per finding, the index of its block's text in `blocks`.
    block_of: Vec<usize>,
    blocks: Vec<Block>,
}

/// One finding's block: its words, and each recipient's status lines in it, read when first
/// asked.
struct Block {
    words: Wording<'static>,
    status_lines: RefCell<HashMap<String, StatusLines>>,
}

impl<'a> Shared<'a> {
    fn new(findings: &[Finding], whole: &'a str) -> Self {
        let mut seen: HashMap<*const u8, usize> = HashMap::new();
        let mut blocks = Vec::new();
        let block_of = findings
            .iter()
            .map(|f| {
                *seen
                    .entry(Arc::as_ptr(&f.context).cast())
                    .or_insert_with(|| {
                        blocks.push(Block {
                            words: Wording::new(f.context.to_lowercase()),
                            status_lines: RefCell::default(),
                        });
                        blocks.len() - 1
                    })
            })
            .collect();
        Self {
            whole: Wording::new(whole),
            said: retry::Said::new(whole),
            block_of,
            blocks,
        }
    }
}

/// The deliveries of a bounce with no delivery-status fields: one per finding that names a
/// recipient or quotes a reply, else the refusal of a pasted snippet.
fn from_text(
    doc: &Document,
    findings: Vec<Finding>,
    (snippet, lore): (Option<(String, Range<usize>)>, &dyn Knowledge),
    src: Source<'_>,
    whole: &str,
) -> Vec<Delivery> {
    let mut findings: Vec<Finding> = findings
        .into_iter()
        .filter(|f| f.recipient.is_some() || f.reply.is_some())
        .collect();
    // A refusal pasted with no reply code: its own words are the diagnostic.
    if findings.is_empty()
        && let Some(explanation) = snippet.or_else(|| snippet::refusal(doc, lore))
    {
        findings.push(Finding {
            context: explanation.0.clone().into(),
            explanation: Some(explanation),
            ..Finding::default()
        });
    }
    // Every bounce gives a row: a layout that names no recipient and quotes no reply (a
    // mailing-list manager's notice) is read by its own explanation, for the recipients of the
    // returned original when it names them.
    if findings.is_empty()
        && looks_like_bounce(doc)
        && let Some(explanation) = notice::explanation(doc)
    {
        let base = Finding {
            context: whole.into(),
            explanation: Some(explanation),
            ..Finding::default()
        };
        let to = doc
            .original
            .as_ref()
            .and_then(|o| o.to.as_deref())
            .map(address::find_all)
            .unwrap_or_default();
        if to.is_empty() {
            findings.push(base);
        } else {
            findings.extend(to.into_iter().map(|a| Finding {
                recipient: Some(a.addr),
                ..base.clone()
            }));
        }
    }
    let shared = Shared::new(&findings, whole);
    findings
        .iter()
        .enumerate()
        .map(|(i, f)| build(src, Some((i, f)), &shared))
        .collect()
}

fn looks_like_bounce(doc: &Document) -> bool {
    let from = doc.head.from.as_deref().unwrap_or("").to_lowercase();
    let system_from = doc
        .head
        .from_addr
        .as_deref()
        .is_some_and(address::is_system)
        || from.contains("mail delivery")
        || from.contains("mailer-daemon")
        || list_manager(doc.head.from_addr.as_deref().unwrap_or(""));
    let subject = doc.head.subject.as_deref().unwrap_or("");
    system_from || signals::is_bounce_text(subject) || signals::is_bounce_text(doc.scan_text())
}

/// The address a mailing-list manager writes its notices from (`team-owner@`, `owner-team@`,
/// `team-bounces@`, `majordomo@`).
fn list_manager(addr: &str) -> bool {
    let local = addr.split('@').next().unwrap_or("").to_ascii_lowercase();
    local.ends_with("-owner")
        || local.starts_with("owner-")
        || local.ends_with("-bounces")
        || local.ends_with("-request")
        || matches!(
            local.as_str(),
            "majordomo" | "listserv" | "mailman" | "ezmlm" | "fml" | "sympa"
        )
}

/// Addresses that are the sender's or the reporting system's, never a failed recipient.
fn excluded(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc.head.to_addrs.clone();
    out.extend(doc.head.from_addr.clone());
    if let Some(from) = doc.original.as_ref().and_then(|o| o.from.as_deref()) {
        out.extend(address::find_all(from).into_iter().map(|f| f.addr));
    }
    out
}

#[derive(Clone, Copy, Default)]
struct Source<'a> {
    offset: usize,
    fields: Option<&'a RecipientFields>,
    reporter: Option<&'a str>,
    /// The reason a header of the bounce itself marks (au's `X-SPASIGN: NG`).
    marked: Option<Reason>,
    /// The sender's bounce category a header of the bounce itself gives.
    category: Option<&'a str>,
}

fn parse_action(v: &str) -> Option<Action> {
    let v = v.split([' ', '(', ';']).next().unwrap_or("");
    Some(match v {
        "failed" | "failure" | "expired" => Action::Failed,
        "delayed" => Action::Delayed,
        "delivered" | "deliverable" => Action::Delivered,
        "relayed" => Action::Relayed,
        "expanded" => Action::Expanded,
        _ => return None,
    })
}

/// The diagnostic and where it stands: the DSN's `Diagnostic-Code` unless it says nothing a
/// reply in the text says better, else the text's reply, else the bounce's own explanation.
fn diagnostic_of(src: &Source<'_>, f: Option<&Finding>) -> (Option<String>, Option<Range<usize>>) {
    let reply = f.and_then(|f| f.reply.as_ref());
    if let Some(d) = src.fields.and_then(|r| r.diagnostic.as_deref()) {
        let says_little =
            smtp::find_reply(d, None).is_none() && smtp::find_status(d, None).is_none();
        if !(says_little && reply.is_some()) {
            let span = src
                .fields
                .and_then(|r| r.diagnostic_span.clone())
                .map(|s| src.offset + s.start..src.offset + s.end);
            return (Some(text::join::join_inline(d)), span);
        }
    }
    match reply {
        Some(rep) => (Some(rep.text.clone()), Some(rep.span.clone())),
        None => f
            .and_then(|f| f.explanation.clone())
            .map_or((None, None), |(t, s)| (Some(t), Some(s))),
    }
}

/// One delivery from the DSN fields (if any) and the text's finding (if any, with its index).
fn build(src: Source<'_>, found: Option<(usize, &Finding)>, shared: &Shared<'_>) -> Delivery {
    let f = found.map(|(_, f)| f);
    let block = found.map(|(i, _)| &shared.blocks[shared.block_of[i]]);
    let r = src.fields;
    let (diagnostic, span) = diagnostic_of(&src, f);
    let diag = diagnostic.as_deref().unwrap_or("");
    let stated = r
        .and_then(|r| r.status.as_deref())
        .and_then(|s| s.split_whitespace().next())
        .and_then(Status::parse);
    let recipient = r
        .and_then(|r| r.recipient.clone())
        .or_else(|| f.and_then(|f| f.recipient.clone()));
    let mut reply = smtp::find_reply(diag, None);
    let in_text = smtp::find_status(diag, None).or_else(|| {
        let (f, block, rcpt) = (f?, block?, recipient.as_deref()?);
        block
            .status_lines
            .borrow_mut()
            .entry(rcpt.to_ascii_lowercase())
            .or_insert_with(|| StatusLines::of(&f.context, rcpt))
            .for_reply(reply)
    });
    let mut status = smtp::prefer(stated, in_text.clone(), reply);
    if let (Some(s), Some(rc)) = (&status, reply)
        && s.class() != rc.class()
    {
        // A reply of another class than the status is a different reply: look again.
        reply = smtp::find_reply(diag, Some(s.class()));
    }
    let action = r.and_then(|r| r.action.as_deref()).and_then(parse_action);
    let command = f
        .and_then(|f| f.command)
        .or_else(|| smtp::find_command(diag));
    // Read as the reply, a line end and the text around it: the line end keeps a phrase's
    // wildcard from joining a word of the reply to a word of the text around it ("bad
    // neighbourhood" … "recipients" is not "bad*recipient").
    let reply_words = Wording::new(text::join::unwrapped(diag).to_lowercase());
    let words = Around {
        reply: &reply_words,
        context: block.map_or(&shared.whole, |b| &b.words),
    };
    let remote_mta = r
        .and_then(|r| r.remote_mta.as_deref())
        .map(|m| {
            m.split_whitespace()
                .next()
                .unwrap_or(m)
                .trim_end_matches('.')
                .to_owned()
        })
        .or_else(|| f.and_then(|f| f.remote_mta.clone()));
    let remote = rhost::reason(&rhost::Query {
        remote_mta: remote_mta.as_deref(),
        domain: recipient.as_deref().and_then(|a| a.rsplit('@').next()),
        reporter: src.reporter,
        status: status.as_ref(),
        reply,
        command,
        text: &diag.to_lowercase(),
    });
    let hint = words
        .system()
        .or_else(|| {
            r.and_then(|r| r.category.as_deref())
                .or(src.category)
                .and_then(families::category)
        })
        .or(src.marked);
    let reason = classify::classify(&Facts {
        status: status.as_ref(),
        reply,
        command,
        action,
        diagnostic_type: r.and_then(|r| r.diagnostic_type.as_deref()),
        text: words,
        reply_text: reply_words.text(),
        hint,
        remote,
        has_diagnostic: diagnostic.is_some(),
    });
    let temporary = retry::temporary(action, status.as_ref(), reply, &shared.said)
        && !matches!(reason, Reason::Delivered);
    // A vague DSN code ("5.0.0", "4.4.7") says less than a mail system's own message.
    let vague = status
        .as_ref()
        .is_some_and(|s| s.subject_detail() == "0.0" || s.as_str() == "4.4.7");
    if status.is_none() || vague && hint == Some(reason) && in_text.is_none() {
        status = Status::derived(reason, derived_temporary(reply, &diag.to_lowercase()));
    }
    let retry_until = temporary
        .then(|| retry::until(r.and_then(|r| r.will_retry_until.as_deref()), &shared.said))
        .flatten();
    Delivery {
        recipient,
        action,
        status,
        reply_code: reply,
        diagnostic,
        remote_mta,
        smtp_command: command,
        reason,
        temporary,
        retry_until,
        span,
    }
}

/// The server an Exchange or Microsoft 365 notice names as its writer ("Generating server:
/// X.prod.outlook.com", "生成サーバー:", "DSN generated by: …"): the notice's own Reporting-MTA.
fn generating_server(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let t = l.trim();
        let rest = ["Generating server:", "生成サーバー:", "DSN generated by:"]
            .iter()
            .find_map(|p| t.strip_prefix(p))?;
        let host = rest.split_whitespace().next()?;
        host.contains('.').then(|| host.to_ascii_lowercase())
    })
}

/// Whether a derived status code gets class 4: the reply or the wording says temporary.
fn derived_temporary(reply: Option<ReplyCode>, lower: &str) -> bool {
    reply.is_some_and(ReplyCode::is_temporary)
        || smtp::find_status(lower, None).is_some_and(|s| s.class() == 4)
        || lower.contains(" temporar")
        || lower.contains(" persistent")
}
