//! Large receiving systems document their own error codes and wording (Google, Microsoft, NTT
//! docomo, Orange, Facebook…). When the remote server (or the recipient's domain) is one of
//! them, their documentation decides the reason, as in sisimai's `rhost/*` modules (BSD
//! 2-Clause), whose tables these follow.

mod codes;
mod vendors;
mod wording;

use codes::{docomo, facebook, orange, spectrum};
use vendors::{aol, apple, cloudflare, cox, godaddy, messagelabs, mimecast};
use wording::{google, microsoft, tencent, yahoo};

use super::status::{ReplyCode, Status};
use super::{Reason, SmtpCommand};
use Reason as R;

/// What the remote-system tables look at.
pub struct Query<'a> {
    /// The server that answered.
    pub remote_mta: Option<&'a str>,
    /// The recipient's domain.
    pub domain: Option<&'a str>,
    /// The system that wrote the bounce (`Reporting-MTA`, or the domain of `From:`).
    pub reporter: Option<&'a str>,
    /// The status code stated.
    pub status: Option<&'a Status>,
    /// The reply code.
    pub reply: Option<ReplyCode>,
    /// The command the reply answered.
    pub command: Option<SmtpCommand>,
    /// The diagnostic, lower-cased.
    pub text: &'a str,
}

struct System {
    hosts: &'static [&'static str],
    decide: fn(&Query<'_>) -> Option<Reason>,
}

const SYSTEMS: [System; 18] = [
    System {
        hosts: &["aspmx.l.google.com", "gmail-smtp-in.l.google.com"],
        decide: google,
    },
    System {
        hosts: &["googlemail.com"],
        decide: gsuite,
    },
    System {
        hosts: &[
            ".prod.outlook.com",
            ".protection.outlook.com",
            ".onmicrosoft.com",
            ".exchangelabs.com",
        ],
        decide: microsoft,
    },
    System {
        hosts: &[".qq.com"],
        decide: tencent,
    },
    System {
        hosts: &["mfsmax.docomo.ne.jp", ".docomo.ne.jp"],
        decide: docomo,
    },
    System {
        hosts: &[".ezweb.ne.jp", "msmx.au.com", ".au.com"],
        decide: kddi,
    },
    System {
        hosts: &[".yahoodns.net"],
        decide: yahoo,
    },
    System {
        hosts: &[".laposte.net", ".orange.fr", ".wanadoo.fr"],
        decide: orange,
    },
    System {
        hosts: &[".facebook.com"],
        decide: facebook,
    },
    System {
        hosts: &["charter.net"],
        decide: spectrum,
    },
    System {
        hosts: &[".hotmail.com"],
        decide: outlook,
    },
    System {
        hosts: &[".mail.aol.com", ".mx.aol.com"],
        decide: aol,
    },
    System {
        hosts: &[".mail.icloud.com", ".apple.com", ".me.com"],
        decide: apple,
    },
    System {
        hosts: &[".mx.cloudflare.net"],
        decide: cloudflare,
    },
    System {
        hosts: &["cox.net"],
        decide: cox,
    },
    System {
        hosts: &["smtp.secureserver.net", "mailstore1.secureserver.net"],
        decide: godaddy,
    },
    System {
        hosts: &[".messagelabs.com"],
        decide: messagelabs,
    },
    System {
        hosts: &[".mimecast.com"],
        decide: mimecast,
    },
];

/// The reason the remote system's own documentation gives, when it is one of the known ones.
/// The recipient's domain decides first, then the answering server, then the reporter.
pub fn reason(q: &Query<'_>) -> Option<Reason> {
    let by_domain = |h: &str| {
        q.domain.is_some_and(|d| {
            h.ends_with(d)
                && h.get(..h.len() - d.len())
                    .is_some_and(|p| p.is_empty() || p.ends_with('.'))
        })
    };
    let by_host =
        |host: Option<&str>, h: &str| host.is_some_and(|r| r.to_ascii_lowercase().ends_with(h));
    let find =
        |test: &dyn Fn(&str) -> bool| SYSTEMS.iter().find(|s| s.hosts.iter().any(|h| test(h)));
    let system = find(&by_domain)
        .or_else(|| find(&|h| by_host(q.remote_mta, h)))
        .or_else(|| find(&|h| by_host(q.reporter, h)))?;
    (system.decide)(q)
}

pub(super) fn first_of(text: &str, table: &[(&str, Reason)]) -> Option<Reason> {
    table
        .iter()
        .find(|(p, _)| text.contains(p))
        .map(|&(_, r)| r)
}

fn gsuite(q: &Query<'_>) -> Option<Reason> {
    let class = q
        .status
        .map(Status::class)
        .or(q.reply.map(ReplyCode::class));
    let t = q.text;
    if t.contains("because the address couldn't be found. check for typos") {
        return Some(R::UserUnknown);
    }
    if t.contains("null mx") {
        return Some(R::NotAccept);
    }
    let dns = t.contains("responded with code nxdomain") || t.contains("domain name not found");
    if dns && class == Some(5) {
        return Some(R::HostUnknown);
    }
    (dns || t.contains(" had no relevant answers.")).then_some(R::NetworkError)
}

fn outlook(q: &Query<'_>) -> Option<Reason> {
    first_of(
        q.text,
        &[
            ("because the domain is not reachable", R::HostUnknown),
            (
                "requested action not taken: mailbox unavailable",
                R::UserUnknown,
            ),
        ],
    )
}

/// au (KDDI) answers "User unknown" for a missing address and for its receiving filter
/// (受信拒否設定) alike: the address before the words tells them apart ("550 <a@ezweb.ne.jp>:
/// User unknown" is a missing mailbox, "550 : User unknown" a refusal by the recipient's filter).
fn kddi(q: &Query<'_>) -> Option<Reason> {
    let at = q.text.find("user unknown")?;
    let before = q.text.get(..at)?.trim_end();
    let named = before
        .trim_end_matches([':', ' '])
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .is_some_and(|w| w.contains('@'));
    if named {
        return Some(R::UserUnknown);
    }
    // "550 : User unknown", "550: : User unknown", "550 5.0.0 : User unknown": no address.
    before.ends_with(':').then_some(R::Filtered)
}
