//! The analyser never panics: every fixture cut short at many points, with bytes flipped, and
//! with junk spliced in, must still give a report whose spans lie inside its text. (The
//! coverage-guided version of this is `fuzz/`, run with `cargo fuzz run analyse`.)

mod common;

use delist::diagnosis;
use delist::intake::{self, Input};

fn fixtures() -> Vec<Vec<u8>> {
    common::bounces_in(&common::fixture_dir("bounce"))
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

/// A small deterministic generator, so a failure can be replayed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }
}

fn check(data: Vec<u8>, what: &str) {
    let Ok(input) = Input::from_bytes("mutant", data, intake::DEFAULT_LIMIT) else {
        return;
    };
    let report = diagnosis::read(&input);
    for d in &report.deliveries {
        if let Some(span) = d.span.clone() {
            assert!(
                report.text.get(span.clone()).is_some(),
                "{what}: span {span:?} outside the text"
            );
            if let Some(at) = report.original_at {
                assert!(span.end <= at, "{what}: diagnostic read from the original");
            }
        }
    }
}

#[test]
fn cut_short_anywhere() {
    for (n, f) in fixtures().iter().enumerate() {
        let step = (f.len() / 60).max(1);
        for cut in (0..f.len()).step_by(step) {
            check(f[..cut].to_vec(), &format!("fixture {n} cut at {cut}"));
        }
    }
}

#[test]
fn flipped_and_spliced_bytes() {
    const JUNK: [&[u8]; 8] = [
        b"\n--",
        b"Content-Type: message/rfc822\n\n",
        b"550-5.7.1 ",
        b"<<< ",
        b"\xe3\x81",
        b"\x1b$B",
        b"Final-Recipient: rfc822; <@>\n",
        b"=?utf-8?B?4",
    ];
    // DELIST_MUTATION_ROUNDS raises the count for a longer search than the default run.
    let rounds: usize = std::env::var("DELIST_MUTATION_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for (n, f) in fixtures().iter().enumerate() {
        for round in 0..rounds {
            let mut m = f.clone();
            for _ in 0..=rng.below(6) {
                let at = rng.below(m.len());
                if rng.below(2) == 0 {
                    m[at] = u8::try_from(rng.below(256)).unwrap_or(0);
                } else {
                    let junk = JUNK[rng.below(JUNK.len())];
                    m.splice(at..at, junk.iter().copied());
                }
            }
            check(m, &format!("fixture {n} round {round}"));
        }
    }
}
