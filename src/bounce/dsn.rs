//! The fields of a `message/delivery-status` part (RFC 3464): one group per recipient.
//!
//! mail-parser hands this part over as raw bytes, so the fields are read here: blank lines
//! separate the groups, continuation lines are unfolded, and the malformed variants real
//! servers send (`Final-Recipient: <a@b>`, no blank line between recipients) are accepted.

use std::ops::Range;

use super::address;

/// One recipient's fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecipientFields {
    /// `Final-Recipient`, normalised (falls back to `Original-Recipient`, `X-Actual-Recipient`).
    pub recipient: Option<String>,
    /// `Action`, lower-case.
    pub action: Option<String>,
    /// `Status`, as written (may carry a comment).
    pub status: Option<String>,
    /// `Remote-MTA` without its type.
    pub remote_mta: Option<String>,
    /// `Diagnostic-Code` type (`smtp`, `x-unix`), lower-case.
    pub diagnostic_type: Option<String>,
    /// `Diagnostic-Code` text, unfolded.
    pub diagnostic: Option<String>,
    /// Where the diagnostic text stands in the part.
    pub diagnostic_span: Option<Range<usize>>,
    /// `Will-Retry-Until`.
    pub will_retry_until: Option<String>,
    /// The sending system's own bounce category (`X-PowerMTA-BounceCategory: bad-mailbox`).
    pub category: Option<String>,
}

/// A parsed delivery-status part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dsn {
    /// `Reporting-MTA` without its type.
    pub reporting_mta: Option<String>,
    /// The recipients, in order.
    pub recipients: Vec<RecipientFields>,
}

struct Field {
    name: String,
    value: String,
    span: Range<usize>,
}

/// Reads the fields of one delivery-status part.
pub fn parse(part: &str) -> Dsn {
    let mut dsn = Dsn::default();
    let mut current: Option<RecipientFields> = None;
    let mut group_has_rcpt = false;
    for block in fields(part) {
        let Some(field) = block else {
            // A blank line ends the recipient group.
            if let Some(r) = current.take() {
                push(&mut dsn, r);
            }
            group_has_rcpt = false;
            continue;
        };
        let value = field.value.trim();
        match field.name.as_str() {
            "reporting-mta" => dsn.reporting_mta = typed_value(value).map(str::to_owned),
            "final-recipient" | "original-recipient" | "x-actual-recipient" => {
                let addr = address::normalize(typed_value(value).unwrap_or(value));
                let is_final = field.name == "final-recipient";
                if is_final && group_has_rcpt {
                    // A second Final-Recipient without a blank line: a new recipient.
                    if let Some(r) = current.take() {
                        push(&mut dsn, r);
                    }
                }
                let r = current.get_or_insert_with(RecipientFields::default);
                if is_final {
                    group_has_rcpt = true;
                    if addr.is_some() {
                        r.recipient = addr;
                    }
                } else if r.recipient.is_none() {
                    r.recipient = addr;
                }
            }
            "action" => {
                current.get_or_insert_with(RecipientFields::default).action =
                    Some(value.to_ascii_lowercase());
            }
            "status" => {
                current.get_or_insert_with(RecipientFields::default).status =
                    Some(value.to_owned());
            }
            "remote-mta" => {
                current
                    .get_or_insert_with(RecipientFields::default)
                    .remote_mta = typed_value(value)
                    .map(str::to_owned)
                    .filter(|v| !v.is_empty());
            }
            "diagnostic-code" => {
                let r = current.get_or_insert_with(RecipientFields::default);
                let (ty, text) = match value.split_once(';') {
                    Some((t, rest)) if !t.contains(' ') && t.len() < 16 => {
                        (Some(t.trim().to_ascii_lowercase()), rest.trim())
                    }
                    _ => (None, value),
                };
                r.diagnostic_type = ty;
                if !text.is_empty() {
                    r.diagnostic = Some(text.to_owned());
                    r.diagnostic_span = Some(field.span.clone());
                }
            }
            // `X-Bounce-Category`, `bounce-category`, `X-BounceCategory`: the hyphen is optional.
            name if name.replace('-', "").ends_with("bouncecategory") => {
                current
                    .get_or_insert_with(RecipientFields::default)
                    .category = Some(value.to_ascii_lowercase());
            }
            "will-retry-until" => {
                current
                    .get_or_insert_with(RecipientFields::default)
                    .will_retry_until = Some(value.to_owned());
            }
            _ => {}
        }
    }
    if let Some(r) = current.take() {
        push(&mut dsn, r);
    }
    dsn
}

fn push(dsn: &mut Dsn, r: RecipientFields) {
    if r.recipient.is_some() || r.status.is_some() || r.diagnostic.is_some() {
        dsn.recipients.push(r);
    }
}

/// `dns; mx.example.jp` → `mx.example.jp`; a value without a type is taken whole.
fn typed_value(v: &str) -> Option<&str> {
    let v = match v.split_once(';') {
        Some((_, rest)) => rest,
        None => v,
    };
    let v = v.trim().trim_end_matches('.');
    (!v.is_empty()).then_some(v)
}

/// The fields of the part in order, `None` for each blank line. Continuation lines (and, after
/// `Diagnostic-Code`, stray lines that are not fields) are folded into the previous field.
fn fields(part: &str) -> Vec<Option<Field>> {
    let mut out: Vec<Option<Field>> = Vec::new();
    let mut pos = 0;
    for line in part.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let l = line.trim_end_matches('\n');
        if l.trim().is_empty() {
            out.push(None);
            continue;
        }
        let continues = l.starts_with([' ', '\t']);
        if !continues && let Some((name, value)) = field_line(l) {
            {
                let vstart = start + (l.len() - value.len());
                out.push(Some(Field {
                    name: name.to_ascii_lowercase(),
                    value: value.trim().to_owned(),
                    span: vstart..start + l.len(),
                }));
                continue;
            }
        }
        if let Some(Some(prev)) = out.last_mut()
            && (continues || prev.name == "diagnostic-code")
        {
            prev.value.push(' ');
            prev.value.push_str(l.trim());
            prev.span.end = start + l.len();
        }
    }
    out
}

/// `Name: value` with an RFC 5322 field name.
fn field_line(l: &str) -> Option<(&str, &str)> {
    let (name, value) = l.split_once(':')?;
    let ok = !name.is_empty()
        && name.len() < 40
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then(|| (name, value.strip_prefix(' ').unwrap_or(value)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_continuations_are_read() {
        let part = "Reporting-MTA: dns; mx.example.jp\n\nFinal-Recipient: rfc822; a@example.jp\n\
                    Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.org\n\
                    Diagnostic-Code: smtp; 550-5.1.1 no such\n    550 5.1.1 user\n\n\
                    Final-Recipient: <b@example.jp>\nAction: delayed\nStatus: 4.2.2\n\
                    Final-Recipient: rfc822; c@example.jp\nStatus: 5.0.0\n";
        let dsn = parse(part);
        assert_eq!(dsn.reporting_mta.as_deref(), Some("mx.example.jp"));
        let rcpts: Vec<_> = dsn
            .recipients
            .iter()
            .map(|r| r.recipient.as_deref())
            .collect();
        assert_eq!(
            rcpts,
            [
                Some("a@example.jp"),
                Some("b@example.jp"),
                Some("c@example.jp")
            ]
        );
        let a = &dsn.recipients[0];
        assert_eq!(
            a.diagnostic.as_deref(),
            Some("550-5.1.1 no such 550 5.1.1 user")
        );
        assert_eq!(a.diagnostic_type.as_deref(), Some("smtp"));
        assert_eq!(a.remote_mta.as_deref(), Some("mx.example.org"));
        let span = a.diagnostic_span.clone().unwrap();
        assert!(part.get(span).unwrap().ends_with("550 5.1.1 user"));
        assert_eq!(dsn.recipients[1].action.as_deref(), Some("delayed"));
    }
}
