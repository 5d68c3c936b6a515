//! What identification adds to reading a bounce, over the same inputs: `diagnosis::read` (read
//! only), then read + the list (`blocklist::report::identify_delivery`, what the 10% budget is
//! about), then `diagnose` (read + list + the IP finder + links).
//!
//! Inputs: the directory in `DELIST_BENCH_DIR` (every file in it), else the scored corpus at
//! `../shared/corpus/sisimai-dev/maildir/bsd` when present, else the project's own fixtures.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use delist::intake::Input;
use delist::{blocklist, diagnosis};

fn files_in(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_in(&p, out);
        } else if p.extension().is_none_or(|x| x != "json") {
            out.push(p);
        }
    }
}

fn inputs() -> Vec<Input> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("DELIST_BENCH_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            let corpus = root.join("../shared/corpus/sisimai-dev/maildir/bsd");
            corpus.is_dir().then_some(corpus)
        })
        .unwrap_or_else(|| root.join("tests/fixtures/lists"));
    let mut paths = Vec::new();
    files_in(&dir, &mut paths);
    paths.sort();
    let inputs: Vec<Input> = paths
        .iter()
        .filter_map(|p| Input::read(&p.to_string_lossy(), 32 << 20).ok())
        .collect();
    eprintln!(
        "identify bench: {} inputs from {}",
        inputs.len(),
        dir.display()
    );
    inputs
}

fn bench(c: &mut Criterion) {
    let inputs = inputs();
    // Compile the catalogue once, outside the measurement, as a long batch would.
    diagnosis::warm_up();
    let mut group = c.benchmark_group("corpus");
    group.sample_size(20);
    group.bench_function("analyse", |b| {
        b.iter(|| {
            for i in &inputs {
                black_box(diagnosis::read(black_box(i)));
            }
        });
    });
    group.bench_function("analyse + list", |b| {
        b.iter(|| {
            for i in &inputs {
                let report = diagnosis::read(black_box(i));
                for d in &report.deliveries {
                    black_box(blocklist::report::identify_delivery(&report, d));
                }
            }
        });
    });
    group.bench_function("diagnose", |b| {
        b.iter(|| {
            for i in &inputs {
                black_box(diagnosis::diagnose(black_box(i)));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
