//! Properties of the analyser and the catalogue matcher, checked by proptest on arbitrary bytes,
//! arbitrary text, and hostile bounces built by `tests/promises/generate.rs` (nesting past the
//! limit, many recipients, floods of addresses, escape codes, bidi and zero-width characters in
//! replies, links and addresses). The promises are in `tests/promises/mod.rs`; the fuzz targets
//! in `fuzz/` check the same ones for as long as one lets them run.
//!
//! Case counts are small so that the file stays a few seconds in a debug build, and the seed is
//! fixed (see [`config`]); a failure prints the smallest input proptest could shrink it to.

mod common;
mod promises;

use proptest::prelude::*;
use proptest::test_runner::RngSeed;

use promises::generate::{self, Budget, Stream};

/// A fixed seed, so that every run of `cargo test` checks the same cases and a failure is
/// reproducible; `PROPTEST_RNG_SEED=N cargo test --test properties` explores other ones.
fn config(cases: u32) -> ProptestConfig {
    let base = ProptestConfig::default();
    let rng_seed = if std::env::var_os("PROPTEST_RNG_SEED").is_some() {
        base.rng_seed
    } else {
        RngSeed::Fixed(0x5eed_1234_abcd_0001)
    };
    ProptestConfig {
        cases,
        rng_seed,
        // A failing case is printed, shrunk; nothing is written beside the sources.
        failure_persistence: None,
        ..base
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_analyser_keeps_its_promises_on_arbitrary_bytes(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        promises::analyse(&data);
    }

    #[test]
    fn the_analyser_keeps_its_promises_on_arbitrary_text(chars in proptest::collection::vec(any::<char>(), 0..600)) {
        let text: String = chars.into_iter().collect();
        promises::analyse(text.as_bytes());
    }

    #[test]
    fn the_matcher_names_only_catalogue_lists_from_the_text(choices in proptest::collection::vec(any::<u32>(), 0..200)) {
        let text = generate::reply(&mut Stream::new(&choices), Budget::TEST);
        promises::identify(&text, None);
        promises::identify(&text, Some("mx1.hotmail.com"));
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn the_analyser_keeps_its_promises_on_hostile_bounces(choices in proptest::collection::vec(any::<u32>(), 0..400)) {
        let mail = generate::mail(&mut Stream::new(&choices), Budget::TEST);
        promises::analyse(&mail);
    }
}

/// The generator is worth its name: over a fixed set of choice streams its bounces reach the
/// reader's deep paths (a list named, a blocked IP found, a suspicious link flagged, several
/// deliveries), not just the refusal of a shapeless input.
#[test]
fn generated_bounces_reach_lists_addresses_links_and_many_recipients() {
    let (mut listed, mut blocked, mut links, mut many) = (0, 0, 0, 0);
    let mut seed = 0x5eed_u32;
    for _ in 0..40 {
        let choices: Vec<u32> = (0..300)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                seed
            })
            .collect();
        let mail = generate::mail(&mut Stream::new(&choices), Budget::TEST);
        let Some(d) = promises::analyse(&mail) else {
            continue;
        };
        listed += usize::from(d.findings.iter().any(|f| f.listing.is_some()));
        blocked += usize::from(d.findings.iter().any(|f| f.blocked_ip.is_some()));
        links += usize::from(!d.suspicious_urls.is_empty());
        many += usize::from(d.report.deliveries.len() > 10);
    }
    assert!(
        listed > 0 && blocked > 0 && links > 0 && many > 0,
        "listed {listed}, blocked IP {blocked}, links {links}, many recipients {many}"
    );
}

/// The project's fixtures (the fuzzers' seed corpus) keep the promises too.
#[test]
fn every_fixture_keeps_the_promises() {
    let mut read = 0;
    for dir in ["bounce", "heldout", "hostile", "request"] {
        for path in common::bounces_in(&common::fixture_dir(dir)) {
            let data = std::fs::read(&path).unwrap_or_default();
            let d = promises::analyse(&data);
            read += usize::from(d.is_some());
        }
    }
    assert!(read > 100, "only {read} fixtures read");
}
