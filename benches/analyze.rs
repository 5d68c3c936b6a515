//! How fast a bounce is read: every fixture (corpus-like bounces of all formats), and a 10 MB
//! bounce whose returned original carries a large attachment, as a message and as a paste.
//!
//! `cargo bench --bench analyze`

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use delist::diagnosis;
use delist::intake::{self, Input};

fn fixtures() -> Vec<Input> {
    common::bounces_in(&common::fixture_dir("bounce"))
        .iter()
        .map(|p| Input::read(p.to_str().expect("path"), intake::DEFAULT_LIMIT).expect("fixture"))
        .collect()
}

/// Base64 of `n` pseudo-random bytes, in 76-column lines (an attachment as MUAs write it).
fn base64_blob(n: usize) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let chars = n * 4 / 3;
    let mut out = String::with_capacity(chars + chars / 76 + 1);
    for i in 0..chars {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.push(char::from(ALPHABET[(state & 63) as usize]));
        if i % 76 == 75 {
            out.push('\n');
        }
    }
    out.push('\n');
    out
}

/// A Postfix bounce whose returned original holds a 7.4 MB attachment (about 10 MB in all).
fn big_bounce() -> String {
    let head = std::fs::read_to_string(common::fixture_dir("bounce").join("postfix-dsn.eml"))
        .expect("fixture");
    let cut = head
        .find("Content-Type: text/plain; charset=UTF-8\n\n")
        .expect("original body");
    let mut s = head.get(..cut).expect("ascii").to_owned();
    s.push_str("Content-Type: multipart/mixed; boundary=\"INNER\"\n\n--INNER\n");
    s.push_str("Content-Type: text/plain; charset=UTF-8\n\n見積書を添付します。\n\n--INNER\n");
    s.push_str("Content-Type: application/pdf; name=\"quote.pdf\"\n");
    s.push_str("Content-Disposition: attachment; filename=\"quote.pdf\"\n");
    s.push_str("Content-Transfer-Encoding: base64\n\n");
    s.push_str(&base64_blob(7_400_000));
    s.push_str("--INNER--\n\n--4F2A81C0123.1715563267/mail.example.jp--\n");
    s
}

/// The seed's warning pasted with a long quoted original below it (about 10 MB).
fn big_paste() -> String {
    let mut s = std::fs::read_to_string(
        common::fixture_dir("bounce").join("outlook-ja-sendmail-warning.txt"),
    )
    .expect("fixture");
    s.push_str("\n----- Original message -----\nFrom: taro@example.co.jp\nSubject: big\n\n");
    while s.len() < 10_000_000 {
        s.push_str("quoted text of the original message, line after line, nothing to read here\n");
    }
    s
}

fn bench(c: &mut Criterion) {
    let inputs = fixtures();
    let bytes: usize = inputs.iter().map(|i| i.data.len()).sum();
    let mut g = c.benchmark_group("analyse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("all {} fixtures", inputs.len()), |b| {
        b.iter(|| {
            for input in &inputs {
                black_box(diagnosis::read(black_box(input)));
            }
        });
    });
    // What `analyze` does for each file of a batch: the diagnosis and its JSON line.
    g.bench_function(
        format!("all {} fixtures, diagnosed as JSON", inputs.len()),
        |b| {
            b.iter(|| {
                for input in &inputs {
                    let d = diagnosis::diagnose(black_box(input));
                    black_box(diagnosis::json_line(&input.source, Ok(&d)));
                }
            });
        },
    );
    for (name, text) in [
        ("10 MB bounce with attachment", big_bounce()),
        ("10 MB paste", big_paste()),
    ] {
        let input =
            Input::from_bytes("bench", text.into_bytes(), intake::DEFAULT_LIMIT).expect("input");
        g.throughput(Throughput::Bytes(input.data.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| black_box(diagnosis::read(black_box(&input))));
        });
    }
    g.finish();

    let crlf = big_bounce().replace('\n', "\r\n").into_bytes();
    let mut g = c.benchmark_group("intake");
    g.throughput(Throughput::Bytes(crlf.len() as u64));
    let input = Input::from_bytes("bench", crlf.clone(), intake::DEFAULT_LIMIT).expect("input");
    // Each file's text is taken twice (read, then whether it was decodable): one UTF-8 check
    // and a search for ISO-2022-JP's escapes.
    g.bench_function("10 MB as text", |b| {
        b.iter(|| black_box(black_box(&input).text().len()));
    });
    g.bench_function("10 MB CRLF → LF, checks", |b| {
        b.iter(|| {
            black_box(
                Input::from_bytes("bench", crlf.clone(), intake::DEFAULT_LIMIT).expect("input"),
            )
        });
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
