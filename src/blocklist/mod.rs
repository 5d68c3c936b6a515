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
pub use patterns::{
    alternation, compile, host_alternations, host_sources, identifying, sublist_alternations,
};
pub use report::{identify_delivery, identify_delivery_all};
pub use secret::mask_secrets;

use std::ops::Range;
use std::sync::LazyLock;

use serde::Serialize;

/// The catalogue's source, embedded so the program works offline.
pub const CATALOGUE_TOML: &str = include_str!("../../assets/blocklists.toml");

/// [`CATALOGUE_TOML`] as Rust code that builds it, written by build.rs
/// (`build/catalogue_code.rs`): nothing is parsed at run time.
#[allow(clippy::pedantic, unused_imports)]
mod built {
    use super::catalogue::{
        Catalogue, Check, Code, Cost, Entry, FieldValue, FormField, Kind, ListStatus, Listed,
        Refusal, Removal, RemovalMethod, Source, Sublist, WhoMayAsk,
    };
    include!(concat!(env!("OUT_DIR"), "/catalogue_code.rs"));
}

/// The catalogue, built once on first use. A broken file fails the build or the catalogue
/// tests, never a user's run.
pub static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(built::catalogue);

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalogue build.rs wrote as code is the file's, value for value.
    #[test]
    fn the_built_catalogue_is_the_files() {
        let read: Catalogue = toml::from_str(CATALOGUE_TOML).unwrap();
        assert_eq!(
            serde_json::to_value(&*CATALOGUE).unwrap(),
            serde_json::to_value(&read).unwrap()
        );
    }
}
