//! The wizard's pure parts: a new wizard's first frame; with a 5 MB paste in the box, one key
//! handled and one frame drawn (the key-to-frame budget is 16 ms), in the box and on step 2;
//! the paste itself handled on the UI thread, the worker's analysis, and drawing each step; and the view of steps 5 and 6 with the demo answered, where
//! the request is on screen. `cargo bench --bench wizard`.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use delist::diagnosis::diagnose;
use delist::i18n::Lang;
use delist::intake::{DEFAULT_LIMIT, Input};
use delist::wizard::demo::DEMO_FORWARDED;
use delist::wizard::facts::Analysis;
use delist::wizard::msg::Msg;
use delist::wizard::ui::{self, Theme};
use delist::wizard::{Step, Wizard, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "../tests/wizard_support/mod.rs"]
mod wizard_support;

/// A forwarded bounce followed by its returned original with a large base64 attachment, as a
/// terminal pastes it (CR line ends), about 5 MB.
fn five_mb_paste() -> String {
    let mut text = DEMO_FORWARDED.to_owned();
    text.push_str("\n----- Original message -----\nContent-Type: application/pdf\n");
    text.push_str("Content-Transfer-Encoding: base64\n\n");
    let line = "JVBERi0xLjcKJeLjz9MKNSAwIG9iago8PCAvVHlwZSAvWE9iamVjdCAvU3VidHlwZSAvSW1hZ2Ug\n";
    while text.len() < 5 * 1024 * 1024 {
        text.push_str(line);
    }
    text.replace('\n', "\r")
}

/// A wizard with `text` pasted and analysed, through the app loop's runner.
fn pasted(text: &str) -> Wizard {
    let mut h = wizard_support::Harness::new(Lang::Ja);
    h.paste(text);
    h.w
}

/// The 5 MB paste, analysed, on `step`.
fn loaded(step: Step) -> Wizard {
    let mut w = pasted(&five_mb_paste());
    w.go(step);
    w
}

/// Key to frame: one typed character into the box, then one 80×24 frame.
fn key_to_frame(group: &mut BenchmarkGroup<'_, WallTime>, name: &str, w: Wizard) {
    key_code_to_frame(group, name, w, KeyCode::Char('x'));
}

/// Key to frame: `code` pressed, then one 80×24 frame.
fn key_code_to_frame(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    mut w: Wizard,
    code: KeyCode,
) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    group.bench_function(name, |b| {
        b.iter(|| {
            black_box(update(&mut w, Msg::Key(key)));
            terminal
                .draw(|f| ui::draw(f, &w, Theme { color: true }))
                .unwrap();
        });
    });
}

fn benches(c: &mut Criterion) {
    // The first frame's part in the process: a new wizard and its first 80×24 frame (the
    // whole start, from spawning to the frame on a terminal, is `examples/wizard_timing.rs`).
    c.bench_function("first_frame_80x24", |b| {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        b.iter(|| {
            let w = Wizard::new(Lang::Ja, DEFAULT_LIMIT);
            terminal
                .draw(|f| ui::draw(f, &w, Theme { color: true }))
                .unwrap();
        });
    });

    let paste = five_mb_paste();
    let mut group = c.benchmark_group("wizard_5mb");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(8));

    // The paste event on the UI thread: line ends, control characters, the text box, and the
    // input handed to the worker.
    group.bench_function("paste_event", |b| {
        b.iter_batched(
            || (Wizard::new(Lang::Ja, DEFAULT_LIMIT), paste.clone()),
            |(mut w, p)| black_box(update(&mut w, Msg::Paste(p))),
            criterion::BatchSize::LargeInput,
        );
    });

    // The worker's part: reading the bounce and the wizard's view of it.
    let input = Input::from_bytes("paste", paste.replace('\r', "\n"), DEFAULT_LIMIT).unwrap();
    group.bench_function("analysis_worker", |b| {
        b.iter(|| black_box(Analysis::new(1, diagnose(&input))));
    });

    // Key to frame with 5 MB in the box; at the largest size whose long lines wrap in the box
    // (a large bounce); at the largest size that stays editable (the text area re-measures
    // every line).
    key_to_frame(&mut group, "key_to_frame_paste_box", loaded(Step::Paste));
    // A key on the step that shows what happened, the 5 MB bounce read.
    key_code_to_frame(
        &mut group,
        "key_down_to_frame_step2",
        loaded(Step::Happened),
        KeyCode::Down,
    );
    let cut = |n: usize| paste.get(..n).unwrap_or(&paste).to_owned();
    let wrapped = pasted(&cut(delist::wizard::paste_box::WRAP_LIMIT - 1024));
    key_to_frame(&mut group, "key_to_frame_wrapped_63k", wrapped);
    let editable = pasted(&cut(delist::wizard::paste_box::EDIT_LIMIT - 1024));
    key_to_frame(&mut group, "key_to_frame_editable_511k", editable);
    group.finish();

    // One frame of each step with the 5 MB paste analysed, at 80×24 and 120×40.
    let mut frames = c.benchmark_group("frame");
    for step in Step::ALL {
        let w = loaded(step);
        for (cols, rows) in [(80, 24), (120, 40)] {
            let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
            frames.bench_function(format!("{step:?}_{cols}x{rows}"), |b| {
                b.iter(|| {
                    terminal
                        .draw(|f| ui::draw(f, &w, Theme { color: true }))
                        .unwrap();
                });
            });
        }
    }
    frames.finish();

    // The view alone on the steps that show the request: the demo walked with the form
    // answered by keys, as a person would, then one frame. Drawing only reads the state.
    let mut view = c.benchmark_group("view");
    let copy = wizard_support::Harness::demo_at(Lang::En, Step::Copy);
    let mut form = wizard_support::Harness::demo_at(Lang::En, Step::Copy);
    form.key(KeyCode::Esc);
    assert_eq!(form.w.step, Step::Form);
    for (name, h) in [("step5_form", &form), ("step6_copy", &copy)] {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        view.bench_function(format!("{name}_80x24"), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| ui::draw(f, &h.w, Theme { color: true }))
                    .unwrap();
            });
        });
    }
    view.finish();
}

criterion_group!(wizard, benches);
criterion_main!(wizard);
