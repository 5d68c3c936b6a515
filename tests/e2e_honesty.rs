//! Pressing only Enter, in a real pseudo-terminal (issue 11): Enter never answers a question
//! for the user and never carries a bounce that is no blocklist problem past its advice.

mod e2e_support;

use e2e_support::Pty;

fn spawn(args: &[&str], home: &std::path::Path) -> Pty {
    Pty::spawn(
        args,
        100,
        30,
        home,
        &[
            ("LANG", "en_US.UTF-8"),
            ("DELIST_CLIPBOARD", "test:/dev/null"),
        ],
    )
}

/// The demo walked with Enter alone: the steps that need no answer open, and the form stops at
/// its first question, saying what to do, with nothing chosen.
#[test]
fn only_enter_through_the_demo_chooses_nothing() {
    let home = tempfile::tempdir().unwrap();
    let mut t = spawn(&["--demo", "--lang", "en"], home.path());
    // The demo's analysis is on screen before Enter is pressed.
    t.wait_for("block found", 15);
    for step in 2..=5 {
        t.key("\r");
        t.wait_for(&format!("Step {step}/7"), 10);
    }
    for _ in 0..5 {
        t.key("\r");
    }
    let screen = t.wait_for("Not answered yet", 10);
    assert!(
        screen.contains("Step 5/7"),
        "Enter did not go on:\n{screen}"
    );
    assert!(!screen.contains("(●)"), "nothing was chosen:\n{screen}");
    assert!(!screen.contains("[✔]"), "nothing was ticked:\n{screen}");
    // 「分からない」 is option 1, with its number shown.
    assert!(screen.contains("1. ( ) We do not know"), "{screen}");
    t.key("\x03");
    t.wait_for("Quit now?", 5);
    t.key("y");
    assert_eq!(t.wait_exit(10), 0);
}

/// A bounce that is no blocklist problem: Enter stays on step 2 and says what to do; the
/// blocklist steps open only by the explicit choice (b).
#[test]
fn only_enter_on_a_non_blocklist_bounce_stays_on_its_advice() {
    let home = tempfile::tempdir().unwrap();
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/request/user-unknown.txt"
    );
    let mut t = spawn(&["--lang", "en", file], home.path());
    // The bounce is read before Enter is pressed.
    t.wait_for("Error mail recognised", 15);
    t.key("\r");
    let screen = t.wait_for("Step 2/7", 10);
    assert!(screen.contains("look like a blocklist problem"), "{screen}");
    for _ in 0..4 {
        t.key("\r");
    }
    let screen = t.wait_for("This is where the wizard ends", 10);
    assert!(
        screen.contains("Step 2/7"),
        "Enter did not go on:\n{screen}"
    );
    assert!(
        screen.contains("I still think it is a blocklist problem"),
        "the way on is a choice of its own, in the key bar:\n{screen}"
    );
    t.key("b");
    t.wait_for("Step 3/7", 10);
    t.key("\x03");
    t.wait_for("Quit now?", 5);
    t.key("y");
    assert_eq!(t.wait_exit(10), 0);
}
