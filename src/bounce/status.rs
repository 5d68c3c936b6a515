//! Enhanced status codes (`5.7.1`) and SMTP reply codes (`550`): the types, and what a code
//! alone says about the reason.

use std::fmt;

use serde::{Serialize, Serializer};

use super::Reason;

/// An enhanced status code, `class.subject.detail` (RFC 3463), such as `5.7.1`.
///
/// When a bounce states no code at all, the analyser gives the code sisimai derives from the
/// reason (`5.0.911` for `userunknown`), so results compare with sisimai's; such codes have the
/// subject `0` and a detail of 900 or more, which no real server sends ([`Status::is_derived`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Status(String);

impl Status {
    /// Parses `5.7.1`; refuses anything that is not class 2, 4 or 5 with two numeric parts.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let mut parts = s.trim().split('.');
        let class = parts.next()?;
        let subject = parts.next()?;
        let detail = parts.next()?;
        let numeric = |p: &str, max: usize| {
            !p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit())
        };
        (matches!(class, "2" | "4" | "5")
            && numeric(subject, 3)
            && numeric(detail, 3)
            && parts.next().is_none())
        .then(|| Self(format!("{class}.{subject}.{detail}")))
    }

    /// The code as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The class digit: 2 success, 4 temporary, 5 permanent.
    #[must_use]
    pub fn class(&self) -> u8 {
        self.0.as_bytes()[0] - b'0'
    }

    /// The `subject.detail` part (`7.1` of `5.7.1`).
    #[must_use]
    pub fn subject_detail(&self) -> &str {
        self.0.get(2..).unwrap_or("")
    }

    /// True for a code derived from the reason rather than stated in the bounce (`X.0.9NN`).
    #[must_use]
    pub fn is_derived(&self) -> bool {
        let sd = self.subject_detail();
        sd.len() == 5 && sd.starts_with("0.9")
    }

    /// The code sisimai derives for a reason when the bounce states none.
    #[must_use]
    pub fn derived(reason: Reason, temporary: bool) -> Option<Self> {
        let detail = derived_detail(reason, temporary)?;
        let class = if temporary { 4 } else { 5 };
        Some(Self(format!("{class}.0.{detail}")))
    }

    /// What the code alone says about the reason (RFC 3463 meanings, as sisimai reads them).
    #[must_use]
    // One arm per RFC 3463 code keeps the table checkable against the RFC.
    #[allow(clippy::match_same_arms)]
    pub fn reason(&self) -> Option<Reason> {
        use Reason as R;
        let temporary = self.class() == 4;
        let r = match (temporary, self.subject_detail()) {
            (_, "1.6") => R::HasMoved,
            (_, "1.7" | "1.8") => R::Rejected,
            (_, "1.9" | "3.3" | "3.5" | "5.5") => R::SystemError,
            (_, "2.2") => R::MailboxFull,
            (_, "2.3") => R::ExceedLimit,
            (_, "2.4") => R::Filtered,
            (_, "3.1") => R::SystemFull,
            (_, "3.2") => R::NotAccept,
            (_, "7.16") => R::MesgTooBig,
            (_, "7.24" | "7.26") => R::AuthFailure,
            (_, "7.25") => R::RequirePtr,
            (_, "6.0" | "6.2" | "6.5") => R::ContentError,
            (_, "7.5" | "7.6" | "7.7" | "7.15") => R::SecurityError,
            (true, "2.1" | "7.1" | "7.2") => R::Blocked,
            (true, "4.1" | "4.7") => R::Expired,
            (true, "4.2" | "4.4" | "4.6" | "4.8") => R::NetworkError,
            (true, "4.3") => R::SystemError,
            (true, "4.5") => R::SystemFull,
            (true, "5.3") => R::SystemError,
            (true, "7.12") => R::SecurityError,
            (false, "1.0" | "1.1" | "1.3") => R::UserUnknown,
            (false, "1.2" | "4.4") => R::HostUnknown,
            (false, "1.4" | "2.0" | "2.1") => R::Filtered,
            (false, "1.10" | "7.27") => R::NotAccept,
            (false, "3.0" | "4.3" | "5.4") => R::SystemError,
            (false, "3.4") => R::MesgTooBig,
            (false, "4.0") => R::NetworkError,
            (false, "5.2" | "5.6") => R::SyntaxError,
            (false, "5.3") => R::TooManyConn,
            (false, "6.1" | "6.3" | "6.6" | "6.7" | "6.8" | "6.9") => R::ContentError,
            (false, "7.13") => R::Suspend,
            (false, "7.17" | "7.18") => R::HasMoved,
            (false, "7.20" | "7.21" | "7.22" | "7.23" | "7.29") => R::AuthFailure,
            (false, "7.28") => R::SpamDetected,
            // X.7.10 "Encryption needed" (RFC 5248), X.7.30 "Interaction with TLS required".
            (_, "7.10") | (false, "7.30") => R::FailedStartTls,
            (
                false,
                "7.0" | "7.1" | "7.2" | "7.3" | "7.4" | "7.8" | "7.9" | "7.11" | "7.14" | "7.19",
            ) => R::SecurityError,
            _ => return self.derived_reason(),
        };
        Some(r)
    }

    fn derived_reason(&self) -> Option<Reason> {
        if !self.is_derived() {
            return None;
        }
        let detail = self.subject_detail().get(2..)?;
        Reason::ALL
            .into_iter()
            .find(|&r| derived_detail(r, self.class() == 4) == Some(detail))
    }
}

/// sisimai's private detail numbers (`X.0.9NN`) per reason.
fn derived_detail(reason: Reason, temporary: bool) -> Option<&'static str> {
    use Reason as R;
    Some(match reason {
        R::AuthFailure => "926",
        R::BadReputation => "975",
        R::Blocked => "971",
        R::ContentError => "960",
        R::ExceedLimit => "923",
        R::Expired => "947",
        R::FailedStartTls => "976",
        R::Filtered if temporary => "924",
        R::Filtered => "910",
        R::HasMoved if !temporary => "916",
        R::HostUnknown if !temporary => "912",
        R::MailboxFull => "922",
        R::MailerError => "939",
        R::MesgTooBig => "934",
        R::NetworkError => "944",
        R::NoRelaying => "909",
        R::NotAccept => "932",
        R::NotCompliantRfc => "974",
        R::OnHold => "901",
        R::PolicyViolation => "972",
        R::Rejected => "918",
        R::RequirePtr => "973",
        R::SecurityError => "970",
        R::SpamDetected => "980",
        R::Speeding => "946",
        R::Suspend => "921",
        R::SystemError => "930",
        R::SystemFull => "931",
        R::SyntaxError => "902",
        R::TooManyConn => "945",
        R::UserUnknown if !temporary => "911",
        R::Undefined => "900",
        R::VirusDetected => "981",
        _ => return None,
    })
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// A three-digit SMTP reply code (`550`); serialised as a string, as the JSON contract says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyCode(u16);

impl ReplyCode {
    /// Accepts 200–599.
    #[must_use]
    pub fn new(code: u16) -> Option<Self> {
        (200..600).contains(&code).then_some(Self(code))
    }

    /// The number.
    #[must_use]
    pub const fn get(self) -> u16 {
        self.0
    }

    /// True for 4xx.
    #[must_use]
    pub const fn is_temporary(self) -> bool {
        self.0 / 100 == 4
    }

    /// The class digit: 2, 4 or 5.
    #[must_use]
    pub const fn class(self) -> u8 {
        // 200..600 / 100 fits a u8.
        #[allow(clippy::cast_possible_truncation)]
        let c = (self.0 / 100) as u8;
        c
    }

    /// True for the codes RFC 5321 and its extensions define (sisimai's list), so that a
    /// number in a sentence is not taken for a reply.
    #[must_use]
    pub fn is_standard(self) -> bool {
        matches!(
            self.0,
            211 | 214
                | 220
                | 221
                | 235
                | 250..=253
                | 421
                | 422
                | 430
                | 432
                | 450..=455
                | 458
                | 459
                | 500..=504
                | 521
                | 523..=525
                | 530
                | 533..=535
                | 538
                | 550..=556
        )
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for ReplyCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_reasons() {
        let r = |s: &str| Status::parse(s).unwrap().reason();
        assert_eq!(r("5.1.1"), Some(Reason::UserUnknown));
        assert_eq!(r("4.2.2"), Some(Reason::MailboxFull));
        assert_eq!(r("4.7.1"), Some(Reason::Blocked));
        assert_eq!(r("5.7.1"), Some(Reason::SecurityError));
        assert_eq!(r("5.7.25"), Some(Reason::RequirePtr));
        assert_eq!(r("5.0.0"), None);
        assert_eq!(r("5.0.922"), Some(Reason::MailboxFull));
    }

    #[test]
    fn derived_codes_are_recognisable() {
        let s = Status::derived(Reason::UserUnknown, false).unwrap();
        assert_eq!(s.as_str(), "5.0.911");
        assert!(s.is_derived());
        assert!(!Status::parse("5.7.1").unwrap().is_derived());
        assert_eq!(
            Status::derived(Reason::Expired, true).unwrap().as_str(),
            "4.0.947"
        );
    }
}
