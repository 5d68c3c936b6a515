//! Sendmail writes one status line per failed recipient in its transcript
//! ("550 5.1.2 <a@b>... Host unknown") while its summary quotes the reply without the status
//! ("(reason: 550 Host unknown)"): the status line is where the status stands.

use crate::bounce::status::{ReplyCode, Status};

/// The status of Sendmail's line for the recipient ("550 5.1.2 <a@b>... Host unknown") in its
/// block, when the reply quoted elsewhere ("reason: 550 Host unknown") gives none.
#[cfg(test)]
pub fn status_line(context: &str, recipient: &str, reply: Option<ReplyCode>) -> Option<Status> {
    StatusLines::of(context, recipient).for_reply(reply)
}

/// A recipient's status lines in its block, read once for all the deliveries that share the
/// block: the first one, and the first of each class.
#[derive(Clone, Debug, Default)]
pub struct StatusLines(Vec<Status>);

impl StatusLines {
    /// The status lines for `recipient` in `context`.
    pub fn of(context: &str, recipient: &str) -> Self {
        let lower = context.to_ascii_lowercase();
        let mark = format!("<{}>...", recipient.to_ascii_lowercase());
        let mut firsts: Vec<Status> = Vec::new();
        for (at, _) in lower.match_indices(&mark) {
            let Some(status) = line_status(&lower, at) else {
                continue;
            };
            if firsts.iter().all(|s| s.class() != status.class()) {
                firsts.push(status);
            }
        }
        Self(firsts)
    }

    /// The first status line of the reply's class (any class without a reply).
    pub fn for_reply(&self, reply: Option<ReplyCode>) -> Option<Status> {
        self.0
            .iter()
            .find(|s| reply.is_none_or(|r| r.class() == s.class()))
            .cloned()
    }
}

/// The status of a status line whose address stands at `at`: the code and status before it,
/// of one class.
fn line_status(lower: &str, at: usize) -> Option<Status> {
    let mut words = lower.get(..at)?.split_whitespace().rev();
    let status = Status::parse(words.next()?)?;
    let code = words.next()?;
    let same = code.len() == 3
        && code.bytes().all(|b| b.is_ascii_digit())
        && code.get(..1) == Some(&status.class().to_string());
    same.then_some(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recipients_own_status_line_gives_the_status() {
        let ctx = "<ito@example.com> (reason: 550 Host unknown) ----- Transcript of session \
                   follows ----- 550 5.1.2 <ito@example.com>... Host unknown (Name server: \
                   example.com: host not found)";
        let reply = ReplyCode::new(550);
        let got = status_line(ctx, "ito@example.com", reply).map(|s| s.to_string());
        assert_eq!(got.as_deref(), Some("5.1.2"));
        // Another recipient's line, or a status of another class than the reply, is not it.
        assert!(status_line(ctx, "sato@example.com", reply).is_none());
        let ctx = "451 4.4.1 <ito@example.com>... Deferred";
        assert!(status_line(ctx, "ito@example.com", reply).is_none());
    }
}
