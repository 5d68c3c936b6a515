//! The catalogue matcher on arbitrary text (text → listings): every list it names is in the
//! catalogue, its evidence lies inside the text, and the quick test agrees with it. A NUL byte
//! splits the input into a refusal and the server that sent it (the DSN's `Remote-MTA`).

#![no_main]

use delist_fuzz::promises;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match text.split_once('\0') {
        Some((refusal, host)) => {
            promises::identify(refusal, Some(host));
        }
        None => {
            promises::identify(&text, None);
        }
    }
});
