//! Systems whose documentation lists their refusal wording (Google, Microsoft, Tencent, Yahoo).

use super::{Query, first_of};
use crate::bounce::Reason as R;
use crate::bounce::Reason;

/// Gmail's refusals (support.google.com/a/answer/3726730).
#[rustfmt::skip]
pub fn google(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("the spf record of the sending domain", R::AuthFailure),
        ("senders to authenticate with either spf or dkim", R::AuthFailure),
        ("fails to pass spf checks", R::AuthFailure),
        ("has an spf record with a hard fail policy", R::AuthFailure),
        ("is not accepted due to domain's dmarc policy", R::AuthFailure),
        ("fails to pass authentication checks", R::AuthFailure),
        ("senders to authenticate with spf", R::AuthFailure),
        ("senders to authenticate their email with", R::AuthFailure),
        ("senders to authenticate with dkim", R::AuthFailure),
        ("aligned with either the authenticated spf or dkim", R::AuthFailure),
        ("very low reputation of the sending", R::BadReputation),
        ("ip not in whitelist for rcpt domain", R::Blocked),
        ("try again later, closing connection.", R::Blocked),
        ("helo/ehlo argument", R::Blocked),
        ("an unusual rate of", R::Blocked),
        ("exceeded google's message size limits", R::MesgTooBig),
        ("exceeds google's message size limit", R::MesgTooBig),
        ("connection expired", R::Expired),
        ("timeout - closing connection", R::Expired),
        ("must issue a starttls command first", R::FailedStartTls),
        ("tls required for rcpt domain", R::FailedStartTls),
        ("senders to use tls/ssl for smtp", R::FailedStartTls),
        ("inbox is out of storage space", R::MailboxFull),
        ("is over quota", R::MailboxFull),
        ("email quota exceeded", R::MailboxFull),
        ("message exceeded 50 hops", R::NetworkError),
        ("mail relay denied", R::NoRelaying),
        ("invalid credentials for relay", R::NoRelaying),
        ("is not authorized to send email directly to our servers", R::NoRelaying),
        ("missing a valid address in the from: header", R::NotCompliantRfc),
        ("multiple addresses in from: header are not accepted", R::NotCompliantRfc),
        ("is not rfc 5322 compliant", R::NotCompliantRfc),
        ("missing a valid message-id: header", R::NotCompliantRfc),
        ("mail message is malformed", R::NotCompliantRfc),
        ("illegal attachment on your message", R::PolicyViolation),
        ("content presents a potential security issue", R::PolicyViolation),
        ("has a policy that prohibited", R::PolicyViolation),
        ("mail sending denied", R::Rejected),
        ("does not have a ptr record", R::RequirePtr),
        ("have a ptr record, or the ptr record", R::RequirePtr),
        ("does not match the ip address of the hostname", R::RequirePtr),
        ("too many login attempts", R::SecurityError),
        ("application-specific password required", R::SecurityError),
        ("username and password not accepted", R::SecurityError),
        ("likely unsolicited mail", R::SpamDetected),
        ("due to the nature of the content or the links", R::SpamDetected),
        ("is receiving mail too quickly", R::Speeding),
        ("rate that prevents additional messages from being delivered", R::Speeding),
        ("daily sending quota exceeded", R::Speeding),
        ("daily user sending limit exceeded", R::Speeding),
        ("account that you tried to reach is disabled", R::Suspend),
        ("account that you tried to reach is inactive", R::Suspend),
        ("temporary system problem", R::SystemError),
        ("your message has too many recipients", R::TooManyConn),
        ("the email account that you tried to reach does not exist", R::UserUnknown),
        ("we weren't able to find the recipient domain", R::UserUnknown),
    ])
}

/// Exchange Online's and Outlook.com's refusals and NDR texts.
#[rustfmt::skip]
pub fn microsoft(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("must pass either spf or dkim validation", R::AuthFailure),
        ("because of sender policy framework violation", R::AuthFailure),
        ("does not pass dmarc verification", R::AuthFailure),
        ("doesn't meet the required authentication level", R::AuthFailure),
        ("temporarily rate limited due to ip reputation", R::BadReputation),
        ("access denied, please try again later", R::Blocked),
        ("must have a reverse dns record", R::Blocked),
        ("access denied, bad helo", R::Blocked),
        ("access denied, rejected by recipient", R::Blocked),
        ("does not accept email over ipv6", R::Blocked),
        ("access denied, banned sender", R::Blocked),
        ("using customer block list", R::Blocked),
        ("access denied, banned sending ip", R::Blocked),
        ("part of their network is on our block list", R::Blocked),
        ("message expired", R::Expired),
        ("failed mta-sts validation", R::FailedStartTls),
        ("has exceeded the maximum number of connections", R::TooManyConn),
        ("recipient's per hour message receive limit", R::Speeding),
        ("has exceeded permitted limits within", R::Speeding),
        ("tenant has exceeded threshold", R::Speeding),
        ("traffic not accepted from this ip", R::Speeding),
        ("client blocked from sending from unregistered domains", R::Rejected),
        ("access denied, banned recipient", R::Suspend),
        ("mailbox cannot be accessed", R::Suspend),
        ("message failed to be replicated", R::SystemError),
        ("insufficient system resources", R::SystemFull),
        ("resolver.adr.exrecipnotfound", R::UserUnknown),
        ("recipient not found by smtp address lookup", R::UserUnknown),
        ("requested action not taken: mailbox unavailable", R::UserUnknown),
        ("bad destination mailbox address", R::UserUnknown),
        ("remote server returned unknown recipient or mailbox unavailable", R::UserUnknown),
    ])
}

/// QQ Mail's refusals (service.mail.qq.com).
#[rustfmt::skip]
pub fn tencent(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("spf check failed", R::AuthFailure),
        ("dmarc check failed", R::AuthFailure),
        ("suspected bounce attacks", R::Blocked),
        ("suspected spam ip", R::Blocked),
        ("connection denied", R::Blocked),
        ("message too large", R::MesgTooBig),
        ("mail is rejected by recipients", R::Rejected),
        ("spam is embedded in the email", R::SpamDetected),
        ("mail content denied", R::SpamDetected),
        ("suspected spam", R::Rejected),
        ("mailbox unavailable or access denined", R::Speeding),
        ("frequency of receiving messages is limited", R::Speeding),
        ("is a deactivated mailbox", R::Suspend),
        ("bad address syntax", R::SyntaxError),
        ("frequency limited", R::TooManyConn),
        ("mailbox not found", R::UserUnknown),
    ])
}

/// Yahoo's refusals (senders.yahooinc.com/smtp-error-codes).
#[rustfmt::skip]
pub fn yahoo(q: &Query<'_>) -> Option<Reason> {
    first_of(q.text, &[
        ("yahoo requires all senders to authenticate with either spf or dkim", R::AuthFailure),
        (" because the ip is in spamhaus's list;", R::Blocked),
        ("not accepted from ip addresses on spamhaus xbl", R::Blocked),
        ("relaying denied for ", R::NoRelaying),
        ("headers are not rfc compliant", R::NotCompliantRfc),
        ("not accepted for policy reasons", R::PolicyViolation),
        ("temporarily deferred due to unexpected volume or user complaints", R::Rejected),
        ("due to unresolvable rfc.5321 domain", R::Rejected),
        (" will be permanently deferred", R::Rejected),
        ("user is receiving mail too quickly", R::Speeding),
        (" is no longer valid.", R::Suspend),
        ("this mailbox is disabled", R::Suspend),
        ("syntax error in parameters or arguments", R::SyntaxError),
        ("max message per connection reached", R::TooManyConn),
        ("dd this user doesn't have a ", R::UserUnknown),
        ("mailbox not found", R::UserUnknown),
    ])
}
