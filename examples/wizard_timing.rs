//! Times the real wizard in a pseudo-terminal, as a person meets it:
//! - the first frame after start;
//! - a 5 MB bracketed paste until "… block found" is on screen (the diagnosis on screen);
//! - key to frame with the 5 MB in the box (↓ scrolls it; time until the terminal gets output).
//!
//! `cargo build --release && cargo run --release --example wizard_timing -- target/release/delist`
//!
//! With `--saved-case`, only the first frame, with a saved case of a 5 MB paste (and the same
//! bytes again in base64, as a loaded file keeps them) in the data folder: the frame that
//! offers to resume it.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

struct Run {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    bytes: Arc<Mutex<usize>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
    _data: tempfile::TempDir,
}

fn start(bin: &str) -> (Run, Instant) {
    start_with(bin, None)
}

/// A 5 MB case as the wizard saves one: the paste, its bytes, on step 2.
fn saved_case() -> delist::case::Case {
    use base64::Engine as _;
    let paste = five_mb();
    let mut case = delist::case::Case {
        id: "20261207-100000".to_owned(),
        created: "2026-12-07T10:00:00Z".to_owned(),
        updated: "2026-12-07T10:05:00Z".to_owned(),
        ..delist::case::Case::new(delist::i18n::Lang::En)
    };
    case.step = 2;
    case.reached = 2;
    case.raw = Some(base64::engine::general_purpose::STANDARD.encode(paste.as_bytes()));
    case.paste = paste;
    case
}

fn start_with(bin: &str, saved: Option<&delist::case::Case>) -> (Run, Instant) {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(bin);
    cmd.args(["--lang", "en"]);
    cmd.env_clear();
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("DELIST_CLIPBOARD", "test:/dev/null");
    // A data folder of its own for each start: no saved case of an earlier start is offered to
    // resume (reading one delays the first frame), and the user's cases are never touched.
    let data = tempfile::tempdir().expect("a temporary folder");
    cmd.env("XDG_DATA_HOME", data.path());
    if let Some(case) = saved {
        cmd.env(delist::case::DATA_DIR_ENV, data.path());
        delist::case::store::Store::at(data.path().join("cases"))
            .save(case)
            .expect("the saved case");
    }
    let size = |n| NonZeroU16::new(n).unwrap();
    let parser = Arc::new(Mutex::new(vt100::Parser::new(size(24), size(80), 0)));
    let bytes = Arc::new(Mutex::new(0usize));
    let t0 = Instant::now();
    let child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let (p, b) = (Arc::clone(&parser), Arc::clone(&bytes));
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            p.lock().unwrap().process(&buf[..n]);
            *b.lock().unwrap() += n;
        }
    });
    let writer = pair.master.take_writer().unwrap();
    (
        Run {
            child,
            writer,
            parser,
            bytes,
            _master: pair.master,
            _data: data,
        },
        t0,
    )
}

impl Run {
    fn wait_for(&self, needle: &str) -> Instant {
        let end = Instant::now() + Duration::from_secs(30);
        loop {
            if self
                .parser
                .lock()
                .unwrap()
                .screen()
                .contents()
                .contains(needle)
            {
                return Instant::now();
            }
            assert!(Instant::now() < end, "no {needle:?}");
            std::thread::sleep(Duration::from_micros(200));
        }
    }
}

fn five_mb() -> String {
    let mut text = std::fs::read_to_string("assets/demo/trendmicro-ers-qil-forwarded.txt")
        .expect("run from the project root");
    text.push_str("\n----- Original message -----\nContent-Type: application/pdf\n\n");
    let line = "JVBERi0xLjcKJeLjz9MKNSAwIG9iago8PCAvVHlwZSAvWE9iamVjdCAvU3VidHlwZSAvSW1hZ2Ug\n";
    while text.len() < 5 * 1024 * 1024 {
        text.push_str(line);
    }
    text.replace('\n', "\r")
}

fn stats(name: &str, mut v: Vec<Duration>) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |pct: usize| v[(v.len() - 1) * pct / 100];
    println!(
        "{name}: n={} min {:.1} ms, median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        v.len(),
        ms(v[0]),
        ms(p(50)),
        ms(p(95)),
        ms(v[v.len() - 1])
    );
}

fn main() {
    let bin = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/release/delist".into());
    let bin = std::fs::canonicalize(&bin)
        .expect("the delist binary")
        .display()
        .to_string();

    if std::env::args().any(|a| a == "--saved-case") {
        let case = saved_case();
        let mut first = Vec::new();
        for _ in 0..20 {
            let (mut run, t0) = start_with(&bin, Some(&case));
            let seen = run.wait_for("Step 1/7");
            run.wait_for("Last time");
            first.push(seen - t0);
            let _ = run.child.kill();
            let _ = run.child.wait();
        }
        stats(
            "first frame after start, a 5 MB case saved (the resume offer)",
            first,
        );
        return;
    }
    let paste_only = std::env::args().any(|a| a == "--paste-only");
    let mut first = Vec::new();
    for _ in 0..if paste_only { 1 } else { 20 } {
        let (mut run, t0) = start(&bin);
        first.push(run.wait_for("Step 1/7") - t0);
        let _ = run.child.kill();
        let _ = run.child.wait();
    }
    stats("first frame after start", first);

    let paste = five_mb();
    let mut on_screen = Vec::new();
    let mut after_write = Vec::new();
    let mut keys = Vec::new();
    for round in 0..3 {
        let (mut run, _) = start(&bin);
        run.wait_for("Step 1/7");
        let mut bytes = b"\x1b[200~".to_vec();
        bytes.extend_from_slice(paste.as_bytes());
        bytes.extend_from_slice(b"\x1b[201~");
        let t0 = Instant::now();
        run.writer.write_all(&bytes).unwrap();
        run.writer.flush().unwrap();
        let written = Instant::now();
        let seen = run.wait_for("block found");
        on_screen.push(seen - t0);
        after_write.push(seen - written);
        std::thread::sleep(Duration::from_millis(300));
        for _ in 0..if round == 0 { 40 } else { 20 } {
            let before = *run.bytes.lock().unwrap();
            let t = Instant::now();
            run.writer.write_all(b"\x1b[B").unwrap();
            run.writer.flush().unwrap();
            while *run.bytes.lock().unwrap() == before {
                std::thread::sleep(Duration::from_micros(100));
            }
            keys.push(t.elapsed());
            std::thread::sleep(Duration::from_millis(40));
        }
        let _ = run.child.kill();
        let _ = run.child.wait();
    }
    stats(
        "5 MB paste, from the first byte written to the diagnosis on screen",
        on_screen,
    );
    stats(
        "5 MB paste, from the last byte written to the diagnosis on screen",
        after_write,
    );
    stats("key to frame with 5 MB in the box (↓)", keys);

    // A typed character: the input holds it back up to 8 ms to tell typing from a paste that
    // arrives as key presses, so this is the slowest key.
    let mut typed = Vec::new();
    let (mut run, _) = start(&bin);
    run.wait_for("Step 1/7");
    for _ in 0..40 {
        let before = *run.bytes.lock().unwrap();
        let t = Instant::now();
        run.writer.write_all(b"x").unwrap();
        run.writer.flush().unwrap();
        while *run.bytes.lock().unwrap() == before {
            std::thread::sleep(Duration::from_micros(100));
        }
        typed.push(t.elapsed());
        // Past the typing pause, so each analysis has come and gone before the next key.
        std::thread::sleep(Duration::from_millis(400));
    }
    let _ = run.child.kill();
    let _ = run.child.wait();
    stats("typed character to frame (paste box)", typed);
}
