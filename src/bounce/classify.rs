//! Naming the reason, as sisimai does: the remote server's wording first, weighed against the
//! status code and the SMTP command; the status code alone only when the wording says nothing.

use super::phrases::Matches;
use super::status::{ReplyCode, Status};
use super::wording::Around;
use super::{Action, Reason, SmtpCommand};
use Reason as R;

/// What is known about one delivery when its reason is decided.
#[derive(Clone, Debug)]
pub struct Facts<'a> {
    /// The status code the bounce states.
    pub status: Option<&'a Status>,
    /// The reply code.
    pub reply: Option<ReplyCode>,
    /// The command the reply answered.
    pub command: Option<SmtpCommand>,
    /// The DSN action.
    pub action: Option<Action>,
    /// The `Diagnostic-Code` type (`smtp`, `x-unix`), lower-case.
    pub diagnostic_type: Option<&'a str>,
    /// The diagnostic with its surrounding text, lower-cased.
    pub text: Around<'a, 'a>,
    /// The diagnostic alone (the server's reply), lower-cased.
    pub reply_text: &'a str,
    /// The reason a mail system's own message names, if any.
    pub hint: Option<Reason>,
    /// The reason the remote system's documentation gives, if it is a known one.
    pub remote: Option<Reason>,
    /// Whether the bounce gave any diagnostic at all.
    pub has_diagnostic: bool,
}

/// Commands sent before the message content: a refusal there is not about the content.
fn before_data(c: Option<SmtpCommand>) -> bool {
    matches!(
        c,
        Some(
            SmtpCommand::Conn
                | SmtpCommand::Ehlo
                | SmtpCommand::Helo
                | SmtpCommand::Mail
                | SmtpCommand::Rcpt
        )
    )
}

/// Reasons a status code names only vaguely, so the wording is asked again.
fn vague(r: Option<Reason>) -> bool {
    matches!(
        r,
        None | Some(
            R::Undefined
                | R::OnHold
                | R::SystemError
                | R::SecurityError
                | R::Expired
                | R::NetworkError
                | R::HostUnknown
                | R::UserUnknown
        )
    )
}

/// A `Diagnostic-Code` type that carries an SMTP session's outcome: `smtp`, or Postfix's own
/// `X-Postfix` (its SMTP client's connection failures); not `X-Unix` (a local program).
fn smtp_type(f: &Facts<'_>) -> bool {
    f.diagnostic_type
        .is_none_or(|t| !t.starts_with("x-") || t == "x-postfix")
}

/// Decides the reason of a failed delivery.
pub fn classify(f: &Facts<'_>) -> Reason {
    let r = decide(f);
    // Refused at the greeting or at HELO/EHLO, before any sender or recipient was named: the
    // refusal is about the client (its IP or its name), unless the words say something more
    // particular ("too many connections", "no PTR record", a network failure).
    let greeting = matches!(
        f.command,
        Some(SmtpCommand::Conn | SmtpCommand::Ehlo | SmtpCommand::Helo)
    );
    let says_little = matches!(
        r,
        R::OnHold
            | R::Undefined
            | R::HostUnknown
            | R::UserUnknown
            | R::SystemError
            | R::SecurityError
            | R::SyntaxError
    );
    if greeting && says_little && f.status.is_none_or(|s| s.class() != 2) {
        return R::Blocked;
    }
    r
}

fn decide(f: &Facts<'_>) -> Reason {
    if f.status.is_some_and(|s| s.class() == 2) {
        return R::Delivered;
    }
    if let Some(h) = f.hint.filter(|&h| !vague(Some(h))) {
        return h;
    }
    let m = f.text.phrases();
    let by_code = f.status.and_then(Status::reason);
    let smtp_type = smtp_type(f);
    if let Some(r) = f.text.agent(f.command).or(f.remote) {
        return r;
    }
    if gave_up(f, m) {
        return R::Expired;
    }
    if smtp_type && let Some(r) = probe(f, m, by_code) {
        return r;
    }
    if let Some(r) = fallback(f, m, by_code).filter(|&r| r != R::Undefined) {
        return r;
    }
    if matches!(f.action, Some(Action::Delayed)) {
        return R::Expired;
    }
    if m.has(R::Vacation) {
        R::Vacation
    } else if f.has_diagnostic {
        R::OnHold
    } else {
        R::Undefined
    }
}

/// The first reason (in sisimai's order) whose code or wording fits, with the checks that keep
/// a reason from being named at the wrong stage of the session.
fn probe(f: &Facts<'_>, m: Matches, by_code: Option<Reason>) -> Option<Reason> {
    let is = |r: Reason| by_code == Some(r) || f.hint == Some(r);
    let cmd = f.command;
    if client_refused(f) {
        return Some(R::Blocked);
    }
    let checks: [(Reason, bool); 20] = [
        (R::MailboxFull, is(R::MailboxFull) || m.has(R::MailboxFull)),
        (
            R::MesgTooBig,
            is(R::MesgTooBig)
                || !(is(R::ExceedLimit) || f.status.is_some_and(|s| s.as_str() == "5.2.3"))
                    && m.has(R::MesgTooBig),
        ),
        (R::ExceedLimit, is(R::ExceedLimit) || m.has(R::ExceedLimit)),
        (
            R::Suspend,
            f.reply.is_some_and(|r| r.get() == 525) || m.has(R::Suspend),
        ),
        (R::HasMoved, m.has(R::HasMoved)),
        (
            R::NoRelaying,
            !matches!(
                cmd,
                Some(SmtpCommand::Conn | SmtpCommand::Ehlo | SmtpCommand::Helo)
            ) && m.has(R::NoRelaying),
        ),
        (R::AuthFailure, is(R::AuthFailure) || m.has(R::AuthFailure)),
        (R::FailedStartTls, starttls(f, by_code)),
        (
            R::UserUnknown,
            if is(R::UserUnknown) {
                ![
                    R::NoRelaying,
                    R::Blocked,
                    R::MailboxFull,
                    R::HasMoved,
                    R::Rejected,
                    R::NotAccept,
                ]
                .into_iter()
                .any(|r| m.has(r))
            } else {
                cmd == Some(SmtpCommand::Rcpt) && m.has(R::UserUnknown)
            },
        ),
        (
            R::Filtered,
            if is(R::Filtered) {
                m.has(R::UserUnknown) || m.has(R::Filtered)
            } else {
                !before_data(cmd) && (m.has(R::Filtered) || m.has(R::UserUnknown))
            },
        ),
        (R::RequirePtr, is(R::RequirePtr) || m.has(R::RequirePtr)),
        (R::NotCompliantRfc, m.has(R::NotCompliantRfc)),
        (R::BadReputation, m.has(R::BadReputation)),
        (
            R::ContentError,
            !spam(f, m, by_code) && (is(R::ContentError) || m.has(R::ContentError)),
        ),
        (R::Rejected, rejected(f, m, by_code)),
        (
            R::HostUnknown,
            if is(R::HostUnknown) {
                !m.has(R::NetworkError)
            } else {
                m.has(R::HostUnknown)
            },
        ),
        (R::SpamDetected, spam(f, m, by_code)),
        (R::Speeding, m.has(R::Speeding)),
        (R::TooManyConn, is(R::TooManyConn) || m.has(R::TooManyConn)),
        (R::Blocked, is(R::Blocked) || m.has(R::Blocked)),
    ];
    checks.into_iter().find(|&(_, ok)| ok).map(|(r, _)| r)
}

/// The reply itself says the client (its IP, host or connection) is refused, and names no
/// other reason a receiver gives: the reply outranks a generic status ("5.1.1") and the
/// words around it ("user unknown" in a bounce's own preamble).
fn client_refused(f: &Facts<'_>) -> bool {
    const OTHERS: [Reason; 13] = [
        R::UserUnknown,
        R::MailboxFull,
        R::Suspend,
        R::HasMoved,
        R::NoRelaying,
        R::AuthFailure,
        R::RequirePtr,
        R::BadReputation,
        R::Rejected,
        R::SpamDetected,
        R::Speeding,
        R::TooManyConn,
        R::PolicyViolation,
    ];
    let own = f.text.reply.matches();
    own.has(R::Blocked) && !OTHERS.into_iter().any(|r| own.has(r))
}

/// STARTTLS failed or was required: the codes RFC 3207 and RFC 4954 give it (523, 524, 538,
/// `X.7.10`), or the reply's own wording (a transcript around it names the command anyway).
fn starttls(f: &Facts<'_>, by_code: Option<Reason>) -> bool {
    f.reply.is_some_and(|r| matches!(r.get(), 523 | 524 | 538))
        || by_code == Some(R::FailedStartTls)
        || f.text.reply.matches().has(R::FailedStartTls)
}

/// The status says delivery time expired (`4.4.7`, `5.4.7`) and the mail system's own words say
/// it gave up after retrying ("could not be delivered for 5 days"): the last error it quotes
/// ("Deferred: Connection refused by …") was a passing one, so it names no other reason.
fn gave_up(f: &Facts<'_>, m: Matches) -> bool {
    f.status.is_some_and(|s| s.subject_detail() == "4.7")
        && (f.hint == Some(R::Expired) || m.has(R::Expired))
}

fn spam(f: &Facts<'_>, m: Matches, by_code: Option<Reason>) -> bool {
    if f.status.is_none() {
        return false;
    }
    by_code == Some(R::SpamDetected) || !before_data(f.command) && m.has(R::SpamDetected)
}

fn rejected(f: &Facts<'_>, m: Matches, by_code: Option<Reason>) -> bool {
    if by_code == Some(R::Rejected) {
        return true;
    }
    if !m.has(R::Rejected) {
        return false;
    }
    match f.command {
        Some(SmtpCommand::Mail) => true,
        Some(SmtpCommand::Data) => by_code != Some(R::UserUnknown),
        _ => matches!(
            by_code,
            None | Some(R::Undefined | R::OnHold | R::SecurityError | R::SystemError)
        ),
    }
}

/// When no probe fits: the wording of the reasons a code cannot name, then the code itself.
fn fallback(f: &Facts<'_>, m: Matches, by_code: Option<Reason>) -> Option<Reason> {
    const ORDER: [Reason; 18] = [
        R::MailboxFull,
        R::AuthFailure,
        R::BadReputation,
        R::Speeding,
        R::SpamDetected,
        R::VirusDetected,
        R::PolicyViolation,
        R::NoRelaying,
        R::SystemError,
        R::NetworkError,
        R::Suspend,
        R::ContentError,
        R::SystemFull,
        R::NotAccept,
        R::Expired,
        R::FailedStartTls,
        R::SecurityError,
        R::MailerError,
    ];
    if let Some(h) = f.hint.filter(|h| !matches!(h, R::OnHold | R::Undefined)) {
        return Some(h);
    }
    // RFC 5321's 551 "User not local; please try <forward-path>": the mailbox moved.
    if f.reply.is_some_and(|r| r.get() == 551) && !m.has(R::NoRelaying) {
        return Some(R::HasMoved);
    }
    if !vague(by_code) && smtp_type(f) {
        return by_code;
    }
    if let Some(r) = ORDER.into_iter().find(|&r| m.has(r)) {
        return Some(r);
    }
    // "550 5.7.1 Access denied": a security refusal that names nothing else refuses the client.
    if by_code == Some(R::SecurityError) && f.reply_text.contains("access denied") {
        return Some(R::Blocked);
    }
    if by_code.is_some() {
        return by_code;
    }
    if let Some(s) = f.status {
        let sd = s.subject_detail();
        if sd.starts_with("6.") {
            return Some(R::ContentError);
        }
        if sd.starts_with("7.") {
            return Some(R::SecurityError);
        }
    }
    if f.diagnostic_type.is_some_and(|t| t.starts_with("x-unix")) {
        return Some(R::MailerError);
    }
    if f.reply
        .is_some_and(|r| matches!(r.get(), 401..=407 | 501..=507))
    {
        return Some(R::SyntaxError);
    }
    if matches!(f.action, Some(Action::Delayed)) {
        return Some(R::Expired);
    }
    if matches!(f.command, Some(SmtpCommand::Ehlo | SmtpCommand::Helo)) {
        return Some(R::Blocked);
    }
    if f.command == Some(SmtpCommand::StartTls) {
        return Some(R::FailedStartTls);
    }
    None
}
