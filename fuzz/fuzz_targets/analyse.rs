//! The analyser's promise, checked on arbitrary bytes: it never panics, and every span it
//! reports lies inside the text it returns, before any inline original.

#![no_main]

use delist::diagnosis;
use delist::intake::{self, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = Input::from_bytes("fuzz", data.to_vec(), intake::DEFAULT_LIMIT) else {
        return;
    };
    let report = diagnosis::read(&input);
    for d in &report.deliveries {
        if let Some(span) = d.span.clone() {
            assert!(report.text.get(span.clone()).is_some(), "span {span:?} outside the text");
            if let Some(at) = report.original_at {
                assert!(span.end <= at, "diagnostic read from the original");
            }
        }
    }
});
