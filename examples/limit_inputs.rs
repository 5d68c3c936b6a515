//! Writes the inputs of `tests/limits.rs` (and the fuzz regressions' bounces) to a folder, to
//! measure a release build on them: `cargo run --example limit_inputs -- /tmp/limits`, then
//! e.g. `hyperfine -N 'target/release/delist analyze --json /tmp/limits/recipients-4000.eml'`.

#[path = "../tests/limits_support/mod.rs"]
mod limits_support;
#[path = "../tests/promises/mod.rs"]
mod promises;

use std::path::Path;

use limits_support::{
    addresses_without_spaces, big_attachment, long_line, many_addresses, many_recipients, nested,
    one_recipient_refused_again_and_again, one_recipient_with_floods,
};
use promises::generate::{self, Budget, Bytes};

fn main() -> std::io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/limits".to_owned());
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir)?;
    let write = |name: &str, text: &[u8]| std::fs::write(dir.join(name), text);
    for n in [1_000, 4_000, 10_000] {
        write(
            &format!("recipients-{n}.eml"),
            many_recipients(n).as_bytes(),
        )?;
    }
    for n in [50_000, 200_000] {
        write(&format!("addresses-{n}.txt"), many_addresses(n).as_bytes())?;
    }
    for n in [10_000, 40_000] {
        write(
            &format!("word-{n}.txt"),
            addresses_without_spaces(n).as_bytes(),
        )?;
    }
    write(
        "again-1500.eml",
        one_recipient_refused_again_and_again(1_500).as_bytes(),
    )?;
    // The same size, from many short floods to a few long lines.
    for (n, k) in [(250, 800), (62, 3_200), (15, 12_800), (4, 51_200)] {
        let mail = one_recipient_with_floods(n, k);
        write(&format!("floods-{n}x{k}.eml"), mail.as_bytes())?;
    }
    write("nested-10000.eml", nested(10_000).as_bytes())?;
    write("attachment-50mb.eml", big_attachment().as_bytes())?;
    write("line-10mb.txt", long_line(10 * 1024 * 1024).as_bytes())?;
    let regressions = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    for entry in std::fs::read_dir(regressions)? {
        let path = entry?.path();
        let choices = std::fs::read(&path)?;
        let mail = generate::mail(&mut Bytes::new(&choices), Budget::FUZZ);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        write(&format!("{}.eml", name.unwrap_or_default()), &mail)?;
    }
    Ok(())
}
