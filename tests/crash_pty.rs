//! A crash in the wizard (issue 18, item 6): the real binary in a pseudo-terminal, a name typed
//! on the form, then a panic forced through the debug builds' test hook
//! (`DELIST_DEBUG_PANIC_AT=step5` and F12; release builds have no such code). The terminal
//! must be given back (main screen, cursor shown, bracketed paste off), one short line in the
//! user's language must say where the case is and how to resume it, and resuming it must show
//! what was typed.

#![cfg(unix)]

mod e2e_support;

use e2e_support::Pty;

fn spawn(home: &std::path::Path, data: &str, args: &[&str]) -> Pty {
    let mut all = vec!["--lang", "en"];
    all.extend(args);
    Pty::spawn(
        &all,
        100,
        30,
        home,
        &[
            ("LANG", "en_US.UTF-8"),
            ("DELIST_DATA_DIR", data),
            ("DELIST_DEBUG_PANIC_AT", "step5"),
        ],
    )
}

#[test]
fn a_crash_gives_the_terminal_back_and_says_how_to_resume_what_was_typed() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data = data.to_str().unwrap();
    let mut t = spawn(home.path(), data, &[]);
    t.demo_form_with_name("Alex Smith");
    let size = |n| std::num::NonZeroU16::new(n).unwrap();
    let mut before = vt100::Parser::new(size(30), size(100), 0);
    before.process(&t.raw());
    assert!(before.screen().alternate_screen() && before.screen().bracketed_paste());
    // F12, as xterm sends it.
    t.key("\x1b[24~");
    let code = t.wait_exit(15);
    assert_ne!(code, 0, "a panic is not a success");

    // The terminal as the shell gets it back.
    let raw = t.raw();
    let mut term = vt100::Parser::new(size(30), size(100), 0);
    term.process(&raw);
    let screen = term.screen();
    assert!(!screen.alternate_screen(), "still on the alternate screen");
    assert!(!screen.hide_cursor(), "the cursor is still hidden");
    assert!(!screen.bracketed_paste(), "bracketed paste is still on");

    // One line, in the user's language, naming the case and the way back; not the panic's
    // own report.
    let text = String::from_utf8_lossy(&raw);
    let (_, said) = text
        .rsplit_once("delist stopped on an error in delist itself.")
        .unwrap_or_else(|| panic!("no crash message:\n{}", screen.contents()));
    let line = said.trim_start().lines().next().unwrap_or_default();
    assert!(!text.contains("panicked at"), "{text}");
    assert!(line.contains("The terminal is back to normal."), "{line}");
    let id = line
        .split("delist --resume ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or_else(|| panic!("no way to resume said: {line}"));
    let (path, _) = line
        .split_once(&format!("saved as case {id} ("))
        .and_then(|(_, r)| r.split_once(')'))
        .unwrap_or_else(|| panic!("no case path said: {line}"));
    assert!(std::path::Path::new(path).is_file(), "{path}");
    assert!(path.starts_with(data), "{path} is in the data folder");

    // Resumed as it says, with what was typed.
    let mut t = spawn(home.path(), data, &["--resume", id]);
    let screen = t.wait_for("Alex Smith", 10);
    assert!(screen.contains("Step 5/7"), "{screen}");
    t.key("\x03");
    t.wait_for("Quit now?", 5);
    t.key("y");
    assert_eq!(t.wait_exit(10), 0);
}
