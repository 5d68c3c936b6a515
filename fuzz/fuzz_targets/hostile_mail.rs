//! The analyser on structured hostile bounces: libFuzzer's bytes are the choices of
//! `tests/promises/generate.rs` (MIME nested past the limit, many recipients, floods of
//! addresses, escape codes, bidi and zero-width characters in replies, links and addresses),
//! which byte mutations of a mail never reach.

#![no_main]

use delist_fuzz::promises::{self, generate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mail = generate::mail(&mut generate::Bytes::new(data), generate::Budget::FUZZ);
    promises::analyse(&mail);
});
