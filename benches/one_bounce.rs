//! The parts a one-bounce run used to build at start and now reads or builds lazily, measured
//! warm (what each costs per bounce once ready): a deferral's whole diagnosis (the retry limit
//! read by hand, the IP role DFAs, the list), and formatting a message of the plain output from
//! its file's bundle (with a glossary term from another file); and building a word set
//! (`scan::prefilter::Literals`), which a run does once per table it needs (the ~900 bounce
//! phrases, a few words elsewhere).
//!
//! `cargo bench --bench one_bounce`. Start-up itself is measured whole-process with hyperfine
//! and callgrind (docs/development.md).

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use delist::diagnosis;
use delist::i18n::{self, Lang};
use delist::intake::{self, Input};
use delist::scan::prefilter::Literals;

fn deferral() -> Input {
    let path = common::fixture_dir("lists").join("trendmicro-ers/qil-450-deferred.eml");
    Input::read(path.to_str().expect("path"), intake::DEFAULT_LIMIT).expect("fixture")
}

fn bench(c: &mut Criterion) {
    let input = deferral();
    let mut g = c.benchmark_group("one bounce");
    g.bench_function("ERS deferral: read", |b| {
        b.iter(|| black_box(diagnosis::read(black_box(&input))));
    });
    g.bench_function("ERS deferral: diagnose", |b| {
        b.iter(|| black_box(diagnosis::diagnose(black_box(&input))));
    });
    for lang in Lang::ALL {
        let args = i18n::args([("has_until", "yes"), ("until", "5 days")]);
        g.bench_function(
            format!("message with a glossary term, {}", lang.code()),
            |b| {
                b.iter(|| {
                    black_box(i18n::tr_args(
                        lang,
                        black_box("explain-retry-temporary"),
                        Some(&args),
                    ))
                });
            },
        );
    }
    // Words shaped like the phrase table's: a few words each, many sharing their first three
    // bytes.
    let phrases: Vec<String> = (0..900)
        .map(|i| {
            format!(
                "{} mailbox {i} is not accepting",
                ["user", "the", "550"][i % 3]
            )
        })
        .collect();
    for n in [900, 3] {
        let words = phrases.get(..n).expect("phrases");
        g.bench_function(format!("word set: build from {n} phrases"), |b| {
            b.iter(|| black_box(Literals::new(black_box(words))));
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
