//! The catalogue matcher on structured refusals: the choices build a server reply from the
//! catalogue's own wording (each marker's regular expression walked to a text it matches),
//! zones with and without a DQS key, DNSBL query names, look-alike links and escape codes.

#![no_main]

use delist_fuzz::promises::{self, generate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut choices = generate::Bytes::new(data);
    let text = generate::reply(&mut choices, generate::Budget::FUZZ);
    let hosts = [None, Some("mx1.hotmail.com"), Some("gmail-smtp-in.l.google.com"), Some("mx.example.com")];
    let host = hosts[generate::Choose::below(&mut choices, hosts.len())];
    promises::identify(&text, host);
});
