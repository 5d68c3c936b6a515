//! Why a delivery failed, in sisimai's vocabulary, so results compare with sisimai's.

use serde::{Deserialize, Serialize};

/// A bounce reason, in sisimai's names (docs/usage.md, "Output for scripts", lists how they are used).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    /// SPF, DKIM or DMARC failed at the receiver.
    AuthFailure,
    /// Refused because of the sending IP's reputation score.
    BadReputation,
    /// Refused because of the client IP, its host name or HELO (blocklists).
    Blocked,
    /// The receiving server refused the header format.
    ContentError,
    /// A success notice, not a failure.
    Delivered,
    /// The message exceeded a limit of the mailbox.
    ExceedLimit,
    /// Delivery gave up after retrying for a long time.
    Expired,
    /// STARTTLS could not be negotiated.
    FailedStartTls,
    /// A spam complaint report (ARF).
    Feedback,
    /// Refused by the recipient's own filter.
    Filtered,
    /// The mailbox moved.
    HasMoved,
    /// The recipient's domain does not exist.
    HostUnknown,
    /// The recipient's mailbox is full.
    MailboxFull,
    /// A program on the receiving side failed.
    MailerError,
    /// The message is too large for the receiving server.
    MesgTooBig,
    /// A network problem or DNS failure on the way.
    NetworkError,
    /// Relaying was denied.
    NoRelaying,
    /// The receiving server accepts no mail at all.
    NotAccept,
    /// The message does not follow RFC 5322.
    NotCompliantRfc,
    /// Too little information to decide yet.
    OnHold,
    /// The message broke a security or format policy.
    PolicyViolation,
    /// Refused because of the envelope sender.
    Rejected,
    /// Refused for a missing or wrong PTR record.
    RequirePtr,
    /// Another security policy refused it.
    SecurityError,
    /// The content was judged as spam.
    SpamDetected,
    /// Refused for sending too fast.
    Speeding,
    /// The mailbox is suspended.
    Suspend,
    /// The receiving server did not understand an SMTP command.
    SyntaxError,
    /// An internal error on the receiving side.
    SystemError,
    /// The receiving server's disk or spool is full.
    SystemFull,
    /// Too many simultaneous connections.
    TooManyConn,
    /// Could not be decided.
    Undefined,
    /// The recipient does not exist.
    UserUnknown,
    /// An auto-reply, not a failure.
    Vacation,
    /// A virus scanner found something in the message.
    VirusDetected,
}

impl Reason {
    /// Every reason, in alphabetical order of its name.
    pub const ALL: [Self; 35] = [
        Self::AuthFailure,
        Self::BadReputation,
        Self::Blocked,
        Self::ContentError,
        Self::Delivered,
        Self::ExceedLimit,
        Self::Expired,
        Self::FailedStartTls,
        Self::Feedback,
        Self::Filtered,
        Self::HasMoved,
        Self::HostUnknown,
        Self::MailboxFull,
        Self::MailerError,
        Self::MesgTooBig,
        Self::NetworkError,
        Self::NoRelaying,
        Self::NotAccept,
        Self::NotCompliantRfc,
        Self::OnHold,
        Self::PolicyViolation,
        Self::Rejected,
        Self::RequirePtr,
        Self::SecurityError,
        Self::SpamDetected,
        Self::Speeding,
        Self::Suspend,
        Self::SyntaxError,
        Self::SystemError,
        Self::SystemFull,
        Self::TooManyConn,
        Self::Undefined,
        Self::UserUnknown,
        Self::Vacation,
        Self::VirusDetected,
    ];

    /// sisimai's name, as used in JSON and in message ids (`bounce-reason-<name>`).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::AuthFailure => "authfailure",
            Self::BadReputation => "badreputation",
            Self::Blocked => "blocked",
            Self::ContentError => "contenterror",
            Self::Delivered => "delivered",
            Self::ExceedLimit => "exceedlimit",
            Self::Expired => "expired",
            Self::FailedStartTls => "failedstarttls",
            Self::Feedback => "feedback",
            Self::Filtered => "filtered",
            Self::HasMoved => "hasmoved",
            Self::HostUnknown => "hostunknown",
            Self::MailboxFull => "mailboxfull",
            Self::MailerError => "mailererror",
            Self::MesgTooBig => "mesgtoobig",
            Self::NetworkError => "networkerror",
            Self::NoRelaying => "norelaying",
            Self::NotAccept => "notaccept",
            Self::NotCompliantRfc => "notcompliantrfc",
            Self::OnHold => "onhold",
            Self::PolicyViolation => "policyviolation",
            Self::Rejected => "rejected",
            Self::RequirePtr => "requireptr",
            Self::SecurityError => "securityerror",
            Self::SpamDetected => "spamdetected",
            Self::Speeding => "speeding",
            Self::Suspend => "suspend",
            Self::SyntaxError => "syntaxerror",
            Self::SystemError => "systemerror",
            Self::SystemFull => "systemfull",
            Self::TooManyConn => "toomanyconn",
            Self::Undefined => "undefined",
            Self::UserUnknown => "userunknown",
            Self::Vacation => "vacation",
            Self::VirusDetected => "virusdetected",
        }
    }

    /// Looks a reason up by its sisimai name.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.name() == name)
    }

    /// Whether the sender's IP (or its reputation) is the problem, so the blocklist path applies.
    #[must_use]
    pub const fn is_ip_block(self) -> bool {
        matches!(self, Self::Blocked | Self::BadReputation | Self::RequirePtr)
    }

    /// Whether this entry is not a failure at all (auto-reply, complaint report, success notice).
    #[must_use]
    pub const fn is_not_failure(self) -> bool {
        matches!(self, Self::Vacation | Self::Feedback | Self::Delivered)
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_serde() {
        for r in Reason::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.name()));
            assert_eq!(Reason::from_name(r.name()), Some(r));
        }
        let mut names: Vec<_> = Reason::ALL.iter().map(|r| r.name()).collect();
        let sorted = {
            let mut s = names.clone();
            s.sort_unstable();
            s
        };
        assert_eq!(names, sorted, "ALL is kept alphabetical");
        names.dedup();
        assert_eq!(names.len(), Reason::ALL.len());
    }
}
