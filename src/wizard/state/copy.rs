//! The copy step's state.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// The copy step's state.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CopyState {
    /// Numbers of the fields copied so far (1-based), for the ✔ beside them.
    pub copied: BTreeSet<usize>,
}
