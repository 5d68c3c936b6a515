//! Systems that number their refusals (NTT docomo by status and command, Orange and La Poste,
//! Facebook, Spectrum).

use super::{Query, first_of};
use crate::bounce::Reason as R;
use crate::bounce::status::Status;
use crate::bounce::{Reason, SmtpCommand};

/// NTT docomo answers "550 Unknown user" for unknown users and for refused senders alike;
/// the status and the command tell them apart.
pub fn docomo(q: &Query<'_>) -> Option<Reason> {
    match q.status.map(Status::as_str) {
        Some("5.1.1" | "5.0.911") => return Some(R::UserUnknown),
        Some("5.2.0") => return Some(R::Filtered),
        _ => {}
    }
    #[rustfmt::skip]
    let by_text = first_of(q.text, &[
        ("552 too much mail data", R::MailboxFull),
        ("503 bad sequence of commands", R::SyntaxError),
        ("504 command parameter not implemented", R::SyntaxError),
        ("552 too many recipients", R::TooManyConn),
    ]);
    if by_text.is_some() {
        return by_text;
    }
    if q.status.is_some_and(|s| s.as_str() == "5.0.0") {
        return match q.command {
            Some(SmtpCommand::Rcpt) => Some(R::UserUnknown),
            Some(SmtpCommand::Data) => Some(R::Rejected),
            _ => None,
        };
    }
    None
}

/// Orange and La Poste end their replies with a code such as `LPN007_416` or `OFR_417`.
pub fn orange(q: &Query<'_>) -> Option<Reason> {
    let t = q.text.replace('_', "-");
    let code = ["lpnaaa", "lpn", "ofr", "ouk"].iter().find_map(|label| {
        let at = t.rfind(label)?;
        let rest = t.get(at + label.len()..)?;
        let token = rest.split([' ', ')', ']', '.', ';']).next()?;
        let digits: String = token
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        (digits.len() >= 3).then(|| digits.chars().rev().collect::<String>())
    });
    let by_code = code.as_deref().and_then(|c| {
        let c = c.get(c.len().saturating_sub(3)..)?;
        Some(match c {
            "101" | "102" | "103" | "510" | "999" => R::Blocked,
            "104" => R::TooManyConn,
            "305" | "402" => R::SecurityError,
            "401" | "517" => R::AuthFailure,
            "403" | "405" | "415" | "421" => R::Rejected,
            "416" => R::UserUnknown,
            "417" => R::MailboxFull,
            "420" | "426" => R::Suspend,
            "505" => R::SystemError,
            "506" => R::SpamDetected,
            "514" => R::MesgTooBig,
            "630" => R::PolicyViolation,
            _ => return None,
        })
    });
    by_code.or_else(|| {
        q.text
            .contains("spf/dns de votre nom de domaine")
            .then_some(R::AuthFailure)
    })
}

/// Facebook names its refusals with codes such as `RCP-P2`.
pub fn facebook(q: &Query<'_>) -> Option<Reason> {
    #[rustfmt::skip]
    const CODES: [(&str, Reason); 30] = [
        ("POL-P7", R::AuthFailure), ("POL-P1", R::Blocked), ("POL-P2", R::Blocked), ("POL-P3", R::Blocked),
        ("POL-P4", R::Blocked), ("POL-T1", R::Blocked), ("POL-T2", R::Blocked), ("POL-T3", R::Blocked),
        ("MSG-P2", R::ContentError), ("RCP-P2", R::Filtered), ("RCP-P3", R::Filtered),
        ("MSG-P1", R::MesgTooBig), ("INT-P2", R::MesgTooBig), ("MSG-P3", R::NotCompliantRfc),
        ("DNS-P1", R::Rejected), ("DNS-P2", R::Rejected), ("DNS-T1", R::Rejected),
        ("DNS-P3", R::RequirePtr), ("DNS-T2", R::RequirePtr), ("POL-P6", R::SpamDetected),
        ("RCP-T4", R::Suspend), ("RCP-T1", R::SystemError), ("CON-T1", R::TooManyConn),
        ("CON-T2", R::TooManyConn), ("CON-T3", R::TooManyConn), ("CON-T4", R::TooManyConn),
        ("MSG-T1", R::TooManyConn), ("RCP-P1", R::UserUnknown), ("INT-P1", R::UserUnknown),
        ("POL-P5", R::VirusDetected),
    ];
    let t = q.text.to_ascii_uppercase();
    CODES.iter().find(|(c, _)| t.contains(c)).map(|&(_, r)| r)
}

/// Spectrum (Charter) numbers its refusals `AUP#I1000` … `AUP#O1580`.
pub fn spectrum(q: &Query<'_>) -> Option<Reason> {
    let at = q.text.find("aup#")?;
    let digits: String = q
        .text
        .get(at + 4..)?
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    let n: u32 = digits.get(..4)?.parse().ok()?;
    Some(match n {
        1000 | 1200..=1250 => R::Blocked,
        1010..=1080 | 1500 | 1520 => R::Rejected,
        1090 => R::SystemError,
        1100..=1150 => R::RequirePtr,
        1160..=1190 | 1560 => R::PolicyViolation,
        1260 => R::NetworkError,
        1300..=1340 => R::TooManyConn,
        1350..=1490 | 1540 | 1550 | 1580 => R::Speeding,
        1530 => R::MesgTooBig,
        _ => return None,
    })
}
