//! What the fuzz targets share with `cargo test`: the promises every input must keep and the
//! generator of hostile bounces, included from `tests/promises/` so both check the same thing.

#[path = "../../tests/promises/mod.rs"]
pub mod promises;

use libfuzzer_sys::arbitrary::Unstructured;
use promises::generate::Choose;

/// libFuzzer's bytes as the generator's choices.
pub struct Bytes<'a>(pub Unstructured<'a>);

impl Choose for Bytes<'_> {
    fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        self.0.choose_index(n).unwrap_or(0)
    }
}
