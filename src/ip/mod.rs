//! The addresses in a bounce and what each one is; which one is the blocked sender.
//!
//! No IP is better than a wrong IP: the blocked sender is chosen from the list's own wording
//! and the standard templates, never from where an address happens to sit.
//!
//! `scan::ip` finds every address written in the text (below, with the other text helpers);
//! `templates` holds the wording that says what each one is and `roles` runs it; `find` reads a delivery's text and
//! `choose` picks the blocked sender.

use std::net::IpAddr;
use std::ops::Range;

use serde::Serialize;

/// What an address in the bounce is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IpRole {
    /// The sending server the list refused: the one to look up and delist.
    BlockedSender,
    /// The receiving server that answered (`host mx[IP] said`).
    RemoteMx,
    /// The client that submitted the mail to the sending server.
    SubmittingClient,
    /// An address in the original message's `Received:` headers.
    OriginalReceived,
    /// Anything else.
    Other,
}

/// One address found in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IpCandidate {
    /// The address.
    pub ip: IpAddr,
    /// What it is.
    pub role: IpRole,
    /// Private, loopback or link-local: the public address is probably different.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub private: bool,
    /// Where it stands in [`crate::bounce::Report::text`].
    #[serde(skip)]
    pub span: Range<usize>,
}

mod choose;
mod context;
mod find;
mod roles;
// The program runs the sides build.rs wrote from these; the test that holds them equal reads
// the templates themselves.
#[cfg(test)]
mod templates;

pub use find::{IpFindings, Shared, Sources, find, find_in, find_in_text};

impl IpRole {
    /// How telling the role is: a stronger role replaces a weaker one for the same address.
    const fn rank(self) -> u8 {
        match self {
            Self::BlockedSender => 4,
            Self::SubmittingClient => 3,
            Self::RemoteMx => 2,
            Self::OriginalReceived => 1,
            Self::Other => 0,
        }
    }
}

/// Private, loopback, link-local, shared (CGN) or unspecified: never what a list sees.
/// Documentation ranges count as public, because test mail uses them.
#[must_use]
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || (a == 100 && (64..128).contains(&b))
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

#[cfg(test)]
mod tests;
