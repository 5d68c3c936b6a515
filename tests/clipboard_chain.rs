//! The copy chain with test backends: the order backends are chosen in, falling back when one
//! fails, and what the user reads in both languages. No display or terminal is touched.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use delist::clipboard::env::Os;
use delist::clipboard::file::FileClipboard;
use delist::clipboard::osc52::Osc52;
use delist::clipboard::test_backend::TestClipboard;
use delist::clipboard::{
    Backend, Chain, Clipboard, Env, ErrorKind, HoldEnd, Multiplexer, Route, Survival,
};
use delist::i18n::Lang;

/// A terminal output the test can read afterwards.
#[derive(Clone, Default)]
struct Screen(Arc<Mutex<Vec<u8>>>);

impl Write for Screen {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn failing_system(kind: ErrorKind) -> Box<dyn Clipboard> {
    let (clip, _) = TestClipboard::in_memory();
    Box::new(clip.failing(kind).standing_for(Backend::System))
}

#[test]
fn a_working_system_clipboard_takes_the_copy() {
    let (system, copies) = TestClipboard::in_memory();
    let mut chain = Chain::new(vec![Box::new(system.standing_for(Backend::System))]);
    let outcome = chain.copy("203.0.113.5");
    assert_eq!(outcome.route, Some(Route::Test(None)));
    assert!(outcome.failures.is_empty() && outcome.tip.is_none() && !outcome.show_plain_view);
    assert_eq!(copies.all(), ["203.0.113.5"]);
    assert_eq!(chain.last_copy_survival(), Some(Survival::Survives));
    assert_eq!(chain.exit_notice(), None);
}

#[test]
fn a_failing_system_copy_falls_back_to_tmux_and_says_so() {
    let screen = Screen::default();
    let mut chain = Chain::new(vec![
        failing_system(ErrorKind::Timeout { ms: 500 }),
        Box::new(Osc52::new(
            Box::new(screen.clone()),
            Some(Multiplexer::Tmux),
        )),
    ]);
    let outcome = chain.copy("日本語");
    assert_eq!(
        outcome.route,
        Some(Route::Osc52 {
            wrapped_for: Some(Multiplexer::Tmux)
        })
    );
    assert_eq!(outcome.failures.len(), 1);
    assert_eq!(
        outcome.lines(Lang::En),
        [
            "The desktop clipboard did not answer within 500 ms.",
            "Sent through tmux and the terminal to your own computer's clipboard. Paste it with \
             Ctrl+V (⌘V on a Mac).",
            "If nothing pastes, add the line \"set -g set-clipboard on\" to ~/.tmux.conf, run \
             \"tmux source-file ~/.tmux.conf\", and copy again.",
        ]
    );
    let ja = outcome.lines(Lang::Ja);
    assert_eq!(
        ja[0],
        "パソコンのクリップボードが 500ミリ秒以内に応答しませんでした。"
    );
    assert!(ja[1].starts_with(
        "tmux と端末(ターミナル)を通して、お使いのパソコンのクリップボードに送りました。"
    ));
    // Said once, without telling the reader to look for the tip that follows at once.
    assert_eq!(ja.concat().matches("何も貼り付けられないときは").count(), 1);
    assert!(ja[2].contains("set -g set-clipboard on"));
    // base64("日本語") = "5pel5pys6Kqe"
    let bytes = screen.0.lock().unwrap().clone();
    assert!(bytes.starts_with(b"\x1b]52;c;5pel5pys6Kqe\x07\x1bPtmux;\x1b\x1b]52;c;5pel5pys6Kqe"));
}

#[test]
fn the_last_resort_is_the_file_and_the_plain_view() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("delist");
    let mut chain = Chain::new(vec![
        failing_system(ErrorKind::NoDisplay {
            detail: "no X".into(),
        }),
        Box::new(FileClipboard::new(Some(&data))),
    ]);
    let outcome = chain.copy("Dear Trend Micro,");
    let path = data.join("clipboard.txt");
    assert_eq!(outcome.route, Some(Route::File(path.clone())));
    assert!(outcome.show_plain_view);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "Dear Trend Micro,");
    let en = outcome.lines(Lang::En);
    assert_eq!(en[0], "The desktop clipboard cannot be used here (no X).");
    assert_eq!(
        en[1],
        format!(
            "The clipboard could not be used, so the text was saved in the file {}",
            path.display()
        )
    );
    assert_eq!(
        outcome.lines(Lang::Ja)[1],
        format!(
            "クリップボードが使えないため、文章をファイル {} に保存しました。",
            path.display()
        )
    );
    assert_eq!(chain.exit_notice(), None, "a file outlives the program");
}

#[test]
fn when_nothing_takes_the_text_the_outcome_says_so() {
    let mut chain = Chain::new(vec![
        failing_system(ErrorKind::System {
            detail: "occupied".into(),
        }),
        Box::new(FileClipboard::new(None)),
    ]);
    let outcome = chain.copy("x");
    assert!(!outcome.is_copied());
    assert!(outcome.show_plain_view);
    let en = outcome.lines(Lang::En);
    assert_eq!(
        en,
        [
            "The desktop clipboard reported an error: occupied",
            "There is no folder to save the text in (no home folder was found).",
            "The text could not be copied or saved. Select it on the screen with the mouse and \
             copy it with your terminal.",
        ]
    );
    assert_eq!(chain.last_copy_survival(), None, "nothing was copied");
}

#[test]
fn the_exit_screen_learns_whether_the_last_copy_survives() {
    let (x11, _) = TestClipboard::in_memory();
    let mut chain = Chain::new(vec![Box::new(
        x11.standing_for(Backend::System)
            .with_survival(Survival::Lost),
    )]);
    assert_eq!(chain.exit_notice(), None, "nothing copied yet");
    chain.copy("abc");
    let notice = chain.exit_notice().unwrap();
    assert_eq!(notice.id, "clipboard-exit-lost");
    assert!(
        notice
            .text(Lang::En)
            .contains("no clipboard manager is running")
    );
    assert!(notice.text(Lang::Ja).contains("delist を閉じると消えます"));
    let (wayland, _) = TestClipboard::in_memory();
    let mut chain = Chain::new(vec![Box::new(wayland.with_survival(Survival::MayBeLost))]);
    chain.copy("abc");
    assert_eq!(
        chain.exit_notice().unwrap().id,
        "clipboard-exit-may-be-lost"
    );
    let (_, stop) = std::sync::mpsc::channel();
    assert_eq!(chain.hold(Instant::now(), &stop), HoldEnd::NotNeeded);
}

#[test]
fn reading_goes_down_the_chain_and_explains_failures() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clip.txt");
    std::fs::write(&path, "550 5.7.1 blocked\n").unwrap();
    let mut chain = Chain::new(vec![
        failing_system(ErrorKind::NoDisplay { detail: "x".into() }),
        Box::new(TestClipboard::with_file(&path)),
    ]);
    assert_eq!(chain.read().unwrap(), "550 5.7.1 blocked\n");

    // Over SSH: no desktop clipboard, and the terminal will not be read.
    let mut ssh = Chain::new(vec![
        Box::new(Osc52::new(Box::new(Screen::default()), None)),
        Box::new(FileClipboard::new(Some(dir.path()))),
    ]);
    let err = ssh.read().unwrap_err();
    assert_eq!(err.attempts.len(), 2);
    assert_eq!(
        err.message().text(Lang::En),
        "delist cannot read the clipboard through the terminal: most terminals do not let \
         programs read it."
    );
    assert!(
        err.hint()
            .text(Lang::Ja)
            .starts_with("代わりに端末の機能で貼り付けてください")
    );

    // A reachable but empty clipboard is the best explanation.
    let mut empty = Chain::new(vec![
        failing_system(ErrorKind::Empty),
        Box::new(Osc52::new(Box::new(Screen::default()), None)),
    ]);
    assert_eq!(
        empty.read().unwrap_err().message().text(Lang::En),
        "The clipboard holds no text (it is empty, or holds a picture or files)."
    );
}

#[test]
fn select_builds_the_planned_backends_without_a_display() {
    let dir = tempfile::tempdir().unwrap();
    let env = Env::new(Os::Unix)
        .with_terminal(true)
        .with_var("TERM", "screen")
        .with_data_dir(dir.path());
    let screen = Screen::default();
    let mut chain = Chain::select(&env, Box::new(screen.clone()));
    assert_eq!(chain.backends(), [Backend::Osc52, Backend::File]);
    let outcome = chain.copy("abc");
    assert_eq!(
        outcome.route,
        Some(Route::Osc52 {
            wrapped_for: Some(Multiplexer::Screen)
        })
    );
    assert_eq!(*screen.0.lock().unwrap(), b"\x1bP\x1b]52;c;YWJj\x07\x1b\\");

    let clip = dir.path().join("e2e.txt");
    let test_env =
        Env::new(Os::Unix).with_var("DELIST_CLIPBOARD", &format!("test:{}", clip.display()));
    let mut chain = Chain::select(&test_env, Box::new(Screen::default()));
    assert_eq!(chain.backends(), [Backend::Test]);
    let outcome = chain.copy("フィールド 1");
    assert_eq!(outcome.route, Some(Route::Test(Some(clip.clone()))));
    assert_eq!(
        outcome.message.text(Lang::Ja),
        "コピーしました(テスト用クリップボード)。"
    );
    assert_eq!(std::fs::read_to_string(&clip).unwrap(), "フィールド 1");
    assert_eq!(chain.read().unwrap(), "フィールド 1");
}
