//! Local delivery agents (procmail, maildrop, dovecot, mail.local, vpopmail, vmailmgr) write
//! their own failure messages after the SMTP session is over; each names its reason (after
//! sisimai's `lda` table, BSD 2-Clause).

use super::{Reason, SmtpCommand};
use Reason as R;

/// A local delivery agent: the marks that name it, and its messages per reason.
type Agent = (
    &'static [&'static str],
    &'static [(Reason, &'static [&'static str])],
);

/// The agents, each with the marks that name it and its messages per reason.
const AGENTS: [Agent; 6] = [
    (
        &["> was automatically rejected:"],
        &[
            (R::MailboxFull, &["not enough disk space", "quota exceeded"]),
            (R::UserUnknown, &["mailbox doesn't exist: "]),
        ],
    ),
    (
        &["mail.local: "],
        &[
            (
                R::MailboxFull,
                &["disc quota exceeded", "mailbox full or quota exceeded"],
            ),
            (R::SystemError, &["temporary file write error"]),
            (
                R::UserUnknown,
                &[
                    ": invalid mailbox path",
                    ": unknown user:",
                    ": user unknown",
                ],
            ),
        ],
    ),
    (
        &["procmail: ", "/procmail "],
        &[
            (
                R::MailboxFull,
                &["quota exceeded while writing", "user over quota"],
            ),
            (R::SystemError, &["service unavailable"]),
            (R::SystemFull, &["no space left to finish writing"]),
        ],
    ),
    (
        &["maildrop: "],
        &[
            (R::MailboxFull, &["maildir over quota."]),
            (
                R::UserUnknown,
                &["cannot find system user", "invalid user specified."],
            ),
        ],
    ),
    (
        &["vdelivermail: "],
        &[
            (R::Filtered, &["user does not exist, but will deliver to "]),
            (
                R::MailboxFull,
                &["domain is over quota", "user is over quota"],
            ),
            (R::Suspend, &["account is locked email bounced"]),
            (R::UserUnknown, &["sorry, no mailbox here by that name."]),
        ],
    ),
    (
        &["vdeliver: "],
        &[
            (
                R::MailboxFull,
                &["delivery failed due to system quota violation"],
            ),
            (
                R::UserUnknown,
                &[
                    "invalid or unknown base user or domain",
                    "invalid or unknown virtual user",
                ],
            ),
        ],
    ),
];

/// The failure a local delivery agent names in `t` (lower-case), when one wrote it; only for
/// deliveries that got past the SMTP session (no command, or DATA).
#[cfg(test)]
pub fn named(command: Option<SmtpCommand>, t: &str) -> Option<Reason> {
    if command.is_some_and(|c| c != SmtpCommand::Data) {
        return None;
    }
    let marks = marks(t);
    decide(command, marks, if marks == 0 { 0 } else { messages(t) })
}

/// Which agents' marks stand in `t`: one bit per agent, in the table's order.
pub fn marks(t: &str) -> u8 {
    AGENTS
        .iter()
        .enumerate()
        .filter(|(_, (marks, _))| marks.iter().any(|k| t.contains(k)))
        .fold(0, |acc, (i, _)| acc | 1 << i)
}

/// Which messages stand in `t`: bit `8 * agent + n` for the agent's `n`th reason.
pub fn messages(t: &str) -> u64 {
    let mut out = 0;
    for (a, (_, messages)) in AGENTS.iter().enumerate() {
        for (n, (_, words)) in messages.iter().enumerate() {
            if words.iter().any(|w| t.contains(w)) {
                out |= 1 << (8 * a + n);
            }
        }
    }
    out
}

/// The failure that the [`marks`] and [`messages`] of a text (or the union of its parts', as
/// no mark or message holds a line end) name: the first agent marked, its first message.
pub fn decide(command: Option<SmtpCommand>, marks: u8, messages: u64) -> Option<Reason> {
    if command.is_some_and(|c| c != SmtpCommand::Data) {
        return None;
    }
    let a = (0..AGENTS.len()).find(|&a| marks & 1 << a != 0)?;
    Some(
        AGENTS[a]
            .1
            .iter()
            .enumerate()
            .find(|&(n, _)| messages & 1 << (8 * a + n) != 0)
            .map_or(R::MailerError, |(_, &(r, _))| r),
    )
}
