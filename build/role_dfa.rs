//! Each side of the IP role templates (`src/ip/templates.rs`) as a serialised DFA, so a run
//! deserialises a few kilobytes instead of compiling regexes (1.0 M instructions for an
//! ordinary bounce, 2.3 M for one whose address stands among many templates' words).
//!
//! The sides are matched as `src/ip/roles.rs` matched their regexes: ASCII-only syntax,
//! `is_match` on the text just before the address (the side ends at `\z`) or just after it
//! (the side starts at `\A`). A before side is a reverse DFA anchored at the text's end, an
//! after side a forward one anchored at its start; both keep every match (`MatchKind::All`), as
//! a yes-or-no question needs.

use regex_automata::MatchKind;
use regex_automata::dfa::{StartKind, dense};
use regex_automata::nfa::thompson;
use regex_automata::util::syntax;

/// The sparse DFA of `source` as little-endian bytes: reversed for a before side.
pub fn serialised(source: &str, reverse: bool) -> Vec<u8> {
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                .match_kind(MatchKind::All)
                .minimize(true),
        )
        .syntax(syntax::Config::new().unicode(false).utf8(false))
        .thompson(thompson::Config::new().reverse(reverse).utf8(false))
        .build(source)
        .unwrap_or_else(|e| panic!("role template {source:?}: {e}"));
    dfa.to_sparse()
        .unwrap_or_else(|e| panic!("role template {source:?}: {e}"))
        .to_bytes_little_endian()
}
