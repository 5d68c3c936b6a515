//! The addresses in a bounce and what each one is; which one is the blocked sender.
//!
//! No IP is better than a wrong IP: the blocked sender is chosen from the list's own wording
//! and the standard templates, never from where an address happens to sit.

use std::net::IpAddr;
use std::ops::Range;

use serde::Serialize;

/// What an address in the bounce is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IpRole {
    /// The sending server the list refused: the one to look up and delist.
    BlockedSender,
    /// The receiving server that answered ("host mx[IP] said").
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
