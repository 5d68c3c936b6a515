//! What the fuzz targets share with `cargo test`: the promises every input must keep and the
//! generator of hostile bounces, included from `tests/promises/` so both check the same thing.
//! libFuzzer's bytes become the generator's choices through `promises::generate::Bytes`, which
//! reads them as `arbitrary::Unstructured::choose_index` does, so `cargo test` replays a saved
//! input (`fuzz/regressions/`) to the same bounce.

#[path = "../../tests/promises/mod.rs"]
pub mod promises;
