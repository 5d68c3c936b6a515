//! What the bounce reader asks of the layers above it, answered from the catalogue and the IP
//! finder: a refusal pasted on its own carries no reply code, and is told from other short
//! texts by the list it names or the blocked sender it points at.

use crate::bounce::Knowledge;
use crate::{blocklist, ip};

/// The catalogue's lists and the IP finder's roles.
pub struct Known;

impl Knowledge for Known {
    fn names_a_list(&self, text: &str) -> bool {
        blocklist::might_name_a_list(text) && blocklist::identify(text).is_some()
    }

    fn names_a_blocked_sender(&self, text: &str) -> bool {
        ip::find_in_text(text, true)
            .candidates
            .iter()
            .any(|c| c.role == ip::IpRole::BlockedSender)
    }
}
