//! The lower-cased words a delivery is classified by, read once however many deliveries share
//! them.
//!
//! A delivery is classified by its reply and the text around it (its recipient's block, or the
//! whole bounce), joined by a line end. A report can hold thousands of deliveries around one
//! block: the same recipient named again and again, or no block at all. No phrase, system
//! message or agent's mark holds a line end, so what the joined text says is what its two parts
//! say, and each shared part is read once instead of once per delivery.

use std::borrow::Cow;
use std::cell::OnceCell;

use super::phrases::{self, Matches};
use super::{Reason, SmtpCommand, families, lda};

/// One lower-cased text and what has been read in it so far.
#[derive(Debug)]
pub struct Wording<'a> {
    lower: Cow<'a, str>,
    phrases: OnceCell<Matches>,
    not_rejected: OnceCell<bool>,
    system: OnceCell<Option<Reason>>,
    marks: OnceCell<u8>,
    messages: OnceCell<u64>,
}

impl<'a> Wording<'a> {
    /// The words of `lower`, a lower-cased text.
    pub fn new(lower: impl Into<Cow<'a, str>>) -> Self {
        Self {
            lower: lower.into(),
            phrases: OnceCell::new(),
            not_rejected: OnceCell::new(),
            system: OnceCell::new(),
            marks: OnceCell::new(),
            messages: OnceCell::new(),
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.lower
    }

    /// The reasons whose wording appears ([`phrases::scan`]).
    pub fn matches(&self) -> Matches {
        let m = self.phrases();
        if m.has(Reason::Rejected) && self.not_rejected() {
            m.without(Reason::Rejected)
        } else {
            m
        }
    }

    fn phrases(&self) -> Matches {
        *self.phrases.get_or_init(|| phrases::found(&self.lower))
    }

    fn not_rejected(&self) -> bool {
        *self
            .not_rejected
            .get_or_init(|| phrases::not_rejected(&self.lower))
    }

    fn system(&self) -> Option<Reason> {
        *self.system.get_or_init(|| families::named(&self.lower))
    }

    fn marks(&self) -> u8 {
        *self.marks.get_or_init(|| lda::marks(&self.lower))
    }

    fn messages(&self) -> u64 {
        *self.messages.get_or_init(|| lda::messages(&self.lower))
    }
}

/// A delivery's reply and the words around it, read as the reply, a line end, and the words.
#[derive(Clone, Copy, Debug)]
pub struct Around<'w, 'a> {
    pub reply: &'w Wording<'a>,
    pub context: &'w Wording<'a>,
}

impl Around<'_, '_> {
    /// The reasons whose wording appears ([`phrases::scan`] of the joined text).
    pub fn phrases(self) -> Matches {
        let m = self.reply.phrases().or(self.context.phrases());
        if m.has(Reason::Rejected) && (self.reply.not_rejected() || self.context.not_rejected()) {
            m.without(Reason::Rejected)
        } else {
            m
        }
    }

    /// The reason a mail system's own message names ([`families::named`] of the joined text:
    /// its first match ends in the reply when the reply holds one).
    pub fn system(self) -> Option<Reason> {
        self.reply.system().or_else(|| self.context.system())
    }

    /// The failure a local delivery agent names ([`lda::named`] of the joined text).
    pub fn agent(self, command: Option<SmtpCommand>) -> Option<Reason> {
        if command.is_some_and(|c| c != SmtpCommand::Data) {
            return None;
        }
        let marks = self.reply.marks() | self.context.marks();
        if marks == 0 {
            return None;
        }
        lda::decide(
            command,
            marks,
            self.reply.messages() | self.context.messages(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reading the parts gives what reading the joined text gives.
    #[test]
    fn the_parts_say_what_the_joined_text_says() {
        let replies = [
            "",
            "550 5.1.1 user unknown",
            "554 recipient address rejected: access denied",
            "550 rejected",
            "mail.local: disc quota exceeded",
            "as their mailbox is full",
            "552 mailbox * full",
        ];
        let contexts = [
            "",
            "procmail: user over quota",
            "mail.local: unknown user: x",
            "the mailbox for this user is full",
            "client host [192.0.2.1] blocked using zen.spamhaus.org",
            "sender address rejected: domain not found",
            "could not be delivered to one or more recipients",
            "host not reachable",
            "maildrop: maildir over quota.",
        ];
        let commands = [None, Some(SmtpCommand::Data), Some(SmtpCommand::Rcpt)];
        for r in replies {
            for c in contexts {
                let joined = format!("{r}\n{c}");
                let (reply, context) = (Wording::new(r), Wording::new(c));
                let around = Around {
                    reply: &reply,
                    context: &context,
                };
                assert_eq!(around.phrases(), phrases::scan(&joined), "{joined}");
                assert_eq!(reply.matches(), phrases::scan(r), "{r}");
                assert_eq!(around.system(), families::named(&joined), "{joined}");
                for cmd in commands {
                    assert_eq!(around.agent(cmd), lda::named(cmd, &joined), "{joined}");
                }
            }
        }
    }
}
