//! A case survives `kill -9` (issue 17): the real binary in a pseudo-terminal, an answer typed
//! on the form, the process killed with SIGKILL (no handler runs), then started again; the
//! resume offer is accepted and the answer is on screen. The data folder is a temporary one.

#![cfg(unix)]

mod e2e_support;

use e2e_support::Pty;

fn spawn(home: &std::path::Path, data: &str) -> Pty {
    Pty::spawn(
        &["--lang", "en"],
        100,
        30,
        home,
        &[("LANG", "en_US.UTF-8"), ("DELIST_DATA_DIR", data)],
    )
}

#[test]
fn sigkill_mid_form_then_restart_and_resume_shows_the_typed_answer() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let data = data.to_str().unwrap();
    let mut t = spawn(home.path(), data);
    t.demo_form_with_name("Alex Smith");
    t.sigkill();

    let mut t = spawn(home.path(), data);
    let screen = t.wait_for("Continue where you left off?", 10);
    assert!(screen.contains("203.0.113.25"), "{screen}");
    t.key("y");
    let screen = t.wait_for("resumed", 10);
    assert!(screen.contains("Step 5/7"), "{screen}");
    // A kill loses at most the last key.
    assert!(screen.contains("Alex Smit"), "{screen}");
    t.key("\x03");
    let screen = t.wait_for("Quit now?", 5);
    assert!(
        screen.contains("delist --resume"),
        "the way back is said:\n{screen}"
    );
    // Enter never quits: the question stays.
    t.key("\r");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(t.screen().contains("Quit now?"), "{}", t.screen());
    t.key("y");
    assert_eq!(t.wait_exit(10), 0);
}
