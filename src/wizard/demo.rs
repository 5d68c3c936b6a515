//! The built-in demo bounce for `delist --demo`: the project's own Trend Micro ERS (QIL) case,
//! modelled on the one in the article the project started from, with documentation addresses
//! (RFC 5737) and example domains only.

use crate::intake::Input;

/// A Sendmail "could not send message for past 4 hours" warning: a DSN with the refusal.
pub const DEMO_EML: &str = include_str!("../../assets/demo/trendmicro-ers-qil.eml");

/// The same case as a person forwards it from Outlook: plain text with Japanese headers.
pub const DEMO_FORWARDED: &str = include_str!("../../assets/demo/trendmicro-ers-qil-forwarded.txt");

/// The demo as an input.
#[must_use]
pub fn input(limit: u64) -> Option<Input> {
    Input::from_bytes("demo", DEMO_EML.as_bytes().to_vec(), limit).ok()
}
