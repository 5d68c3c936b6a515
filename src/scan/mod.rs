//! Text helpers the layers above share, knowing nothing of bounces or lists: the addresses
//! written in a text ([`ip`], with [`wrap`] mending those a line break cut), web addresses
//! ([`url`]), host names ([`host`]) and the literal prefilter that tells in one
//! case-insensitive pass which of many patterns can match ([`prefilter`]).

pub mod host;
pub mod ip;
pub mod prefilter;
pub mod url;
mod wrap;
mod written;
