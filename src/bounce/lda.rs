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

/// The failure a local delivery agent names in `t` (lower-case), when one wrote it; only for
/// deliveries that got past the SMTP session (no command, or DATA).
pub fn named(command: Option<SmtpCommand>, t: &str) -> Option<Reason> {
    if command.is_some_and(|c| c != SmtpCommand::Data) {
        return None;
    }
    let agents: [Agent; 6] = [
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
    let (_, messages) = agents
        .iter()
        .find(|(marks, _)| marks.iter().any(|k| t.contains(k)))?;
    Some(
        messages
            .iter()
            .find(|(_, ws)| ws.iter().any(|w| t.contains(w)))
            .map_or(R::MailerError, |&(r, _)| r),
    )
}
