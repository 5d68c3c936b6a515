//! The online check's place in the wizard: which DNS server to ask, whether a check is
//! running, and the last result. Nothing here is saved in a case: a result is true only when
//! it was asked.

use std::net::SocketAddr;

use crate::online::Report;

/// Steps 4 and 7: the online check.
#[derive(Clone, Debug, Default)]
pub struct OnlineState {
    /// The DNS server to ask (`delist --dns ADDR:PORT`); the system's configuration when none.
    pub dns: Option<SocketAddr>,
    /// A check is running.
    pub asking: bool,
    /// The last check: its report, or why it could not start (in the user's language).
    pub last: Option<Result<Report, String>>,
}
