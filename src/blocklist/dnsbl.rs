//! What `delist check` asks a list's DNS zone and how the answers read: the facts of an
//! entry's `[list.check]` table. Only the online check uses them; matching a bounce never
//! goes online.

use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

/// The zones to ask for one entry and what their answers mean.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct Check {
    /// Zones to ask, each one of the entry's `zones` or of a sub-list's.
    pub zones: Vec<String>,
    /// Whether the zones answer IPv6 addresses in nibble format; true only where a source
    /// says so.
    #[serde(default)]
    pub ipv6: bool,
    /// Answers that name a sub-list.
    #[serde(default)]
    pub codes: Vec<Code>,
    /// Answers that mean the zone refused to say (`127.255.255.0/24`): never a listing.
    #[serde(default)]
    pub refused: Vec<String>,
    /// Where the return codes and the IPv6 support are defined.
    #[serde(default)]
    pub source: Option<String>,
}

/// Answers (A records) that name one sub-list.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Code {
    /// The addresses, as the list's page gives them (`127.0.0.2`).
    pub answers: Vec<String>,
    /// The sub-list they name (`SBL`); a catalogue sub-list id where there is one.
    pub sublist: String,
}

impl Check {
    /// The sub-list an answer names, if the list defines it.
    #[must_use]
    pub fn sublist_of(&self, answer: Ipv4Addr) -> Option<&str> {
        let text = answer.to_string();
        self.codes
            .iter()
            .find(|c| c.answers.contains(&text))
            .map(|c| c.sublist.as_str())
    }

    /// Whether an answer means the query was refused.
    #[must_use]
    pub fn is_refusal(&self, answer: Ipv4Addr) -> bool {
        self.refused.iter().any(|net| in_net(answer, net))
    }
}

/// Whether `ip` is in `net`, written `a.b.c.d/len` or as one address.
fn in_net(ip: Ipv4Addr, net: &str) -> bool {
    let (addr, len) = net.split_once('/').unwrap_or((net, "32"));
    let (Ok(addr), Ok(len)) = (addr.parse::<Ipv4Addr>(), len.parse::<u32>()) else {
        return false;
    };
    if len > 32 {
        return false;
    }
    let mask = u32::MAX.checked_shl(32 - len).unwrap_or(0);
    u32::from(ip) & mask == u32::from(addr) & mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_and_single_addresses() {
        let ip = Ipv4Addr::new(127, 255, 255, 254);
        assert!(in_net(ip, "127.255.255.0/24"));
        assert!(in_net(ip, "127.255.255.254"));
        assert!(!in_net(ip, "127.0.0.0/24"));
        assert!(in_net(ip, "0.0.0.0/0"));
        assert!(!in_net(ip, "127.255.255.0/33"));
        assert!(!in_net(ip, "nonsense"));
    }
}
