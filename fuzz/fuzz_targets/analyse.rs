//! The analyser on arbitrary bytes (bytes → Report): it never panics, and keeps every promise
//! of `tests/promises/mod.rs` (spans inside the text, IPs written where they are said to be,
//! lists from the catalogue, nothing harmful quoted in a request).

#![no_main]

use delist_fuzz::promises;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    promises::analyse(data);
});
