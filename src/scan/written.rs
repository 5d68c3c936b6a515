//! One address as found in a text: shared by the scanner (`ip`) and the mending of addresses a
//! line break cut (`wrap`), so that neither imports the other.

use std::net::IpAddr;
use std::ops::Range;

/// One address as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The address (an IPv4-mapped IPv6 address is given as IPv4).
    pub ip: IpAddr,
    /// Where it stands in the text.
    pub span: Range<usize>,
    /// Cut by a line break (`198.51.100.1` / `73`) and not mended: maybe only part of an
    /// address, so never the blocked sender.
    pub cut: bool,
}
