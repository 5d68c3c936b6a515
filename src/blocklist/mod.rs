//! Which blocklist refused the mail: the embedded catalogue and the matcher that finds an entry
//! (and sub-list) in a diagnosis, with the evidence span.
//!
//! - [`catalogue`] (with `removal`, `vocabulary` and `dnsbl`): the facts of
//!   `assets/blocklists.toml`; `dnsbl` holds what `delist check` asks and how answers read.
//! - `patterns` writes and compiles the catalogue's patterns, `compiled` holds them ready and
//!   the prefilter (`scan::prefilter`) finds the few a text can match; `matcher` chooses the entry and sub-list.
//! - [`report`]: identification within a whole bounce; [`secret`]: keys in zone names masked;
//!   [`url`]: web addresses in a bounce, and which are not the operators' own.

pub mod catalogue;
mod compiled;
mod dnsbl;
mod fill;
mod matcher;
mod patterns;
mod removal;
pub mod report;
pub mod secret;
pub mod url;
mod vocabulary;

pub use catalogue::{Catalogue, Entry};
pub use compiled::{prepare, warm_up};
pub use matcher::{identify, identify_all_with_host, identify_with_host, might_name_a_list};
pub use patterns::{compile, host_sources, identifying};
pub use report::{identify_delivery, identify_delivery_all};
pub use secret::mask_secrets;

use std::ops::Range;
use std::sync::LazyLock;

use serde::Serialize;

/// The catalogue's source, embedded so the program works offline.
pub const CATALOGUE_TOML: &str = include_str!("../../assets/blocklists.toml");

/// [`CATALOGUE_TOML`] as compact JSON, written by build.rs: read in a tenth of the time.
const CATALOGUE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/blocklists.json"));

/// The catalogue, read once. A broken file fails the build or the catalogue tests, never a
/// user's run.
pub static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    serde_json::from_str(CATALOGUE_JSON).unwrap_or_else(|e| panic!("assets/blocklists.toml: {e}"))
});

/// A catalogue entry identified in a bounce.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Listing {
    /// The entry's id.
    pub id: String,
    /// The entry's display name.
    pub name: String,
    /// The sub-list, when the bounce names one (`QIL`, `PBL`).
    pub sublist: Option<String>,
    /// Where the evidence stands: in the text given to [`identify`], or, in a diagnosis's
    /// finding, in [`crate::bounce::Report::text`].
    #[serde(skip)]
    pub evidence: Range<usize>,
}
