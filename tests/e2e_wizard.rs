//! The wizard end to end, in a real pseudo-terminal: the built binary, a bracketed paste of a
//! bounce, every step walked with keys to the copy step, the reason copied through the test
//! clipboard (`DELIST_CLIPBOARD=test:<path>`), and the terminal given back on quitting.

mod e2e_support;

use delist::wizard::demo::{DEMO_EML, DEMO_FORWARDED};
use e2e_support::Pty;

#[test]
fn paste_walk_every_step_and_copy_the_reason() {
    let home = tempfile::tempdir().unwrap();
    let clip = home.path().join("clipboard.txt");
    let clip_env = format!("test:{}", clip.display());
    let mut t = Pty::spawn(
        &["--lang", "ja"],
        80,
        24,
        home.path(),
        &[("LANG", "ja_JP.UTF-8"), ("DELIST_CLIPBOARD", &clip_env)],
    );
    t.wait_for("ステップ 1/7", 10);
    t.paste(DEMO_FORWARDED);
    let screen = t.wait_for("のブロックを検出", 10);
    assert!(
        screen.contains("行・"),
        "the size of the paste is shown:\n{screen}"
    );

    t.key("\r");
    let screen = t.wait_for("ステップ 2/7", 5);
    assert!(screen.contains("hanako@example.com"), "{screen}");
    assert!(screen.contains("一時的なエラー"), "{screen}");

    t.key("\r");
    let screen = t.wait_for("ステップ 3/7", 5);
    assert!(
        screen.contains("203 . 0 . 113 . 25"),
        "grouped for reading aloud:\n{screen}"
    );

    t.key("\r");
    let screen = t.wait_for("ステップ 4/7", 5);
    assert!(
        screen.contains("https://servicecentral.trendmicro.com/"),
        "{screen}"
    );

    t.key("\r");
    t.wait_for("ステップ 5/7", 5);
    answer_form(&mut t);
    let screen = t.wait_for("ステップ 6/7", 5);
    let number = screen
        .lines()
        .find(|l| l.contains("Reasons for request"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("no reason field on the copy step:\n{screen}"))
        .to_owned();
    assert!(
        screen.contains("Yamada Taro"),
        "kana became romaji:\n{screen}"
    );
    t.key(&number);
    let screen = t.wait_for("コピーしました", 5);
    assert!(
        screen.contains("テスト用クリップボード"),
        "says which way it went:\n{screen}"
    );
    assert!(screen.contains("✔ Reasons for request"), "{screen}");

    let copied = std::fs::read_to_string(&clip).expect("the test clipboard file");
    assert!(
        copied.starts_with("This IP address belongs to a shared server at our hosting provider"),
        "{copied:?}"
    );
    assert!(
        copied.contains("asked our hosting provider"),
        "the ticked fix: {copied:?}"
    );
    assert!(
        copied.ends_with("Thank you for reviewing our request."),
        "{copied:?}"
    );
    assert!(!copied.chars().any(char::is_control), "{copied:?}");
    // What was copied is what the screen shows.
    let first_line = screen
        .lines()
        .find(|l| l.trim_start().starts_with("This IP address belongs"))
        .unwrap()
        .trim();
    assert!(
        copied.starts_with(first_line),
        "{first_line:?} / {copied:?}"
    );

    t.key("q");
    t.wait_for("終了しますか", 5);
    t.key("y");
    assert_eq!(t.wait_exit(10), 0);
    let raw = t.raw();
    let tail = &raw[raw.len().saturating_sub(200)..];
    let has = |s: &[u8]| tail.windows(s.len()).any(|w| w == s);
    assert!(has(b"\x1b[?2004l"), "bracketed paste turned off on exit");
    assert!(has(b"\x1b[?1049l"), "the main screen is back on exit");
}

#[test]
fn a_file_on_the_command_line_opens_analysed_and_a_small_window_asks_to_grow() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("bounce.eml");
    std::fs::write(&file, DEMO_EML).unwrap();
    let mut t = Pty::spawn(
        &["--lang", "en", file.to_str().unwrap()],
        59,
        16,
        home.path(),
        &[
            ("LANG", "en_US.UTF-8"),
            ("DELIST_CLIPBOARD", "test:/dev/null"),
        ],
    );
    t.wait_for("too small", 10);
    t.resize(100, 30);
    let screen = t.wait_for("block found", 10);
    assert!(screen.contains("Step 1/7"), "{screen}");
    assert!(
        screen.contains("bounce.eml"),
        "the box names the file:\n{screen}"
    );
    // Nothing typed yet, only a file opened: still asks before quitting, the text would go.
    t.key("\x03");
    t.wait_for("Quit now?", 5);
    t.key("y");
    assert_eq!(t.wait_exit(10), 0);
}

/// Answers the form step with keys, each choice by its number (Enter never chooses): the cause
/// 2 (another customer on the shared server), fix 2 (asked the provider), prevention 2
/// (monitor), server 2 (shared), the provider's name left empty, the Japanese name typed in
/// kana and the romaji one left to it, an email, role 1, the company's Japanese name left
/// empty; then Enter on the written reason.
fn answer_form(t: &mut Pty) {
    for number in ["2", "2", "2", "2"] {
        t.key(number);
        t.key("\r");
    }
    t.key("\r"); // the provider's name: left empty
    t.key("やまだ たろう"); // the name in Japanese, in kana
    t.key("\r");
    t.key("\r"); // the romaji name: left empty, the kana gives it
    t.key("postmaster@example.co.jp");
    t.key("\r");
    t.key("1"); // the role
    t.key("\r");
    t.key("\r"); // the company's Japanese name: left empty
    let screen = t.wait_for("申請の理由", 5);
    assert!(
        screen.contains("▶ 申請の理由"),
        "the reason has the focus:\n{screen}"
    );
    t.key("\r");
}

#[test]
fn a_paste_without_bracketed_paste_keeps_its_line_breaks() {
    // Some terminals (and native Windows consoles) send a paste as plain key presses: the
    // Enter keys inside it must stay line breaks, not "next".
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(
        &["--lang", "en"],
        120,
        50,
        home.path(),
        &[
            ("LANG", "en_US.UTF-8"),
            ("DELIST_CLIPBOARD", "test:/dev/null"),
        ],
    );
    t.wait_for("Step 1/7", 10);
    t.send(DEMO_FORWARDED.replace('\n', "\r").as_bytes());
    let screen = t.wait_for("block found", 10);
    assert!(
        screen.contains("Step 1/7"),
        "still on the paste step:\n{screen}"
    );
    assert!(screen.contains("lines"), "{screen}");
    let lines: usize = screen
        .lines()
        .find_map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            let at = words.iter().position(|w| *w == "lines,")?;
            words.get(at.checked_sub(1)?)?.parse().ok()
        })
        .unwrap_or_else(|| panic!("no line count:\n{screen}"));
    assert!(
        lines >= DEMO_FORWARDED.lines().count(),
        "{lines} lines:\n{screen}"
    );
}

/// Japanese text under a box's left border: the terminal, not only the drawing, must show the
/// border on every row (a wide character ending under it would be drawn over it).
#[test]
fn a_box_over_japanese_text_shows_its_whole_border_on_a_real_terminal() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(
        &["--lang", "ja", "--demo"],
        82,
        24,
        home.path(),
        &[
            ("LANG", "ja_JP.UTF-8"),
            ("DELIST_CLIPBOARD", "test:/dev/null"),
        ],
    );
    // At 82 columns, step 2's Japanese lines end in wide characters under the box's border.
    t.wait_for("のブロックを検出", 10);
    t.key("\r");
    t.wait_for("ステップ 2/7", 5);
    t.key("q");
    t.wait_for("終了しますか", 5);
    let (top, left) = (0..24)
        .flat_map(|r| (0..82).map(move |c| (r, c)))
        .find(|&(r, c)| t.cell(r, c) == "┌")
        .expect("the quit box is drawn");
    let mut row = top + 1;
    while t.cell(row, left) != "└" {
        assert_eq!(
            t.cell(row, left),
            "│",
            "row {row} lost its border:\n{}",
            t.screen()
        );
        row += 1;
        assert!(row < 24, "the box has no bottom:\n{}", t.screen());
    }
    t.key("y");
    assert_eq!(t.wait_exit(10), 0);
}

/// Nothing took the text (only a file did): the plain view prints it on the main screen as one
/// line per paragraph, for the terminal to wrap, so that selecting it copies it without line
/// breaks the wizard would have put in; Esc brings the wizard back whole.
#[test]
fn the_plain_view_leaves_wrapping_to_the_terminal_and_comes_back() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(
        &["--lang", "ja", "--demo"],
        80,
        24,
        home.path(),
        &[("LANG", "ja_JP.UTF-8"), ("DELIST_CLIPBOARD", "file")],
    );
    t.wait_for("のブロックを検出", 10);
    for _ in 0..4 {
        t.key("\r");
    }
    t.wait_for("ステップ 5/7", 5);
    answer_form(&mut t);
    let screen = t.wait_for("ステップ 6/7", 5);
    let number = screen
        .lines()
        .find(|l| l.contains("Reasons for request"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("no reason field:\n{screen}"))
        .to_owned();
    let before = t.raw().len();
    t.key(&number);
    let screen = t.wait_for("マウスで選んで", 5);
    assert!(
        screen.contains("clipboard.txt"),
        "says where the file is:\n{screen}"
    );
    let saved = std::fs::read_to_string(home.path().join("delist/clipboard.txt"))
        .expect("the text was saved to the file");
    // The paragraph went out in one piece, after leaving the wizard's screen.
    let out = String::from_utf8_lossy(&t.raw()[before..]).into_owned();
    let left = out.find("\x1b[?1049l").expect("the main screen is shown");
    assert!(
        out.get(left..)
            .is_some_and(|o| o.contains(&format!("{saved}\r\n"))),
        "the text is written whole:\n{out:?}"
    );
    t.key("\x1b");
    let screen = t.wait_for("ステップ 6/7", 5);
    assert!(
        screen.contains("1-9"),
        "the whole step is drawn again:\n{screen}"
    );
    t.key("\x03");
    t.wait_for("終了しますか", 5);
    t.key("y");
    assert_eq!(t.wait_exit(10), 0);
}

/// Each step starts from a cleared screen, so a cell that a pasted character left behind (one
/// the terminal and the width tables measure differently) cannot outlast its step; within a
/// step, frames are sent as differences, without clearing (no flicker while typing).
#[test]
fn a_new_step_starts_from_a_cleared_screen() {
    const CLEAR: &[u8] = b"\x1b[2J";
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(&["--demo", "--lang", "en"], 80, 24, home.path(), &[]);
    // Enter goes on once the demo is read: wait for the line that says so.
    t.wait_for("block found", 15);
    let before = t.raw().len();
    t.key("\r");
    t.wait_for("Step 2/7", 5);
    let step = t.raw().split_off(before);
    assert!(
        step.windows(CLEAR.len()).any(|w| w == CLEAR),
        "no clear on the step change: {:?}",
        String::from_utf8_lossy(&step)
    );
    let before = t.raw().len();
    t.key("?");
    t.wait_for("Esc closes this.", 5);
    t.key("\x1b");
    let screen = t.wait_for("Enter  Next", 5);
    assert!(screen.contains("Step 2/7"), "{screen}");
    let same_step = t.raw().split_off(before);
    assert!(
        !same_step.windows(CLEAR.len()).any(|w| w == CLEAR),
        "cleared within a step: {:?}",
        String::from_utf8_lossy(&same_step)
    );
}
