//! The paste-burst coalescer: what a native Windows console delivers for a paste (one key press
//! per character, a release after each, within a millisecond) becomes one paste, while typing
//! stays typing. Times are given explicitly, so the tests are deterministic.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use delist::wizard::burst::{Burst, INTERVAL, PasteBurst};

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn release(code: KeyCode) -> KeyEvent {
    KeyEvent::new_with_kind(code, KeyModifiers::NONE, KeyEventKind::Release)
}

fn keys_of(text: &str) -> Vec<KeyCode> {
    text.chars()
        .map(|c| match c {
            '\n' => KeyCode::Enter,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        })
        .collect()
}

/// Feeds `codes` as a console paste: press and release of each, `gap` apart, then lets the
/// quiet period pass. Returns everything the coalescer released.
fn paste(burst: &mut PasteBurst, start: Instant, codes: &[KeyCode], gap: Duration) -> Vec<Burst> {
    let mut out = Vec::new();
    let mut now = start;
    for &code in codes {
        out.extend(burst.push(press(code), now));
        out.extend(burst.push(release(code), now));
        now += gap;
    }
    let due = burst.deadline().unwrap();
    let before = due.checked_sub(Duration::from_micros(1)).unwrap();
    assert!(
        burst.flush_due(before).is_empty(),
        "not due before the gap is over"
    );
    out.extend(burst.flush_due(due));
    out
}

#[test]
fn a_pasted_bounce_with_line_ends_becomes_one_paste() {
    let text =
        "550 5.7.1 Service unavailable;\nClient host [192.0.2.25] blocked\n送信できませんでした";
    let mut burst = PasteBurst::default();
    let out = paste(
        &mut burst,
        Instant::now(),
        &keys_of(text),
        Duration::from_micros(200),
    );
    assert_eq!(out, [Burst::Paste(text.to_owned())]);
    assert_eq!(burst.deadline(), None, "nothing held afterwards");
}

#[test]
fn windows_line_ends_become_lf() {
    // A CRLF in the console paste arrives as Enter followed by Ctrl+J's character.
    let codes = [
        KeyCode::Char('a'),
        KeyCode::Enter,
        KeyCode::Char('\n'),
        KeyCode::Char('b'),
        KeyCode::Enter,
    ];
    let mut burst = PasteBurst::default();
    let out = paste(
        &mut burst,
        Instant::now(),
        &codes,
        Duration::from_micros(100),
    );
    assert_eq!(out, [Burst::Paste("a\nb\n".into())]);
}

#[test]
fn typing_stays_typing_after_the_short_hold() {
    let mut burst = PasteBurst::default();
    let t0 = Instant::now();
    let mut out = Vec::new();
    // 60 ms between keys: a quick typist.
    for (i, c) in "ok".chars().enumerate() {
        let at = t0 + Duration::from_millis(60) * u32::try_from(i).unwrap();
        out.extend(burst.flush_due(at));
        out.extend(burst.push(press(KeyCode::Char(c)), at));
    }
    let last = t0 + Duration::from_millis(60);
    assert_eq!(burst.deadline(), Some(last + INTERVAL));
    out.extend(burst.flush_due(last + INTERVAL));
    assert_eq!(
        out,
        [
            Burst::Key(press(KeyCode::Char('o'))),
            Burst::Key(press(KeyCode::Char('k')))
        ]
    );
    // A lone Enter is the Enter key, not a paste of a line end.
    let mut out = burst.push(press(KeyCode::Enter), t0 + Duration::from_secs(1));
    out.extend(burst.flush());
    assert_eq!(out, [Burst::Key(press(KeyCode::Enter))]);
}

#[test]
fn two_quick_keys_are_roll_over_not_a_paste() {
    let mut burst = PasteBurst::default();
    let out = paste(
        &mut burst,
        Instant::now(),
        &keys_of("jk"),
        Duration::from_millis(2),
    );
    assert_eq!(
        out,
        [
            Burst::Key(press(KeyCode::Char('j'))),
            Burst::Key(press(KeyCode::Char('k')))
        ]
    );
}

#[test]
fn a_control_key_ends_the_burst_and_keeps_its_place() {
    let mut burst = PasteBurst::default();
    let t0 = Instant::now();
    let mut out = Vec::new();
    for (i, c) in "abc".chars().enumerate() {
        out.extend(burst.push(
            press(KeyCode::Char(c)),
            t0 + Duration::from_micros(100 * i as u64),
        ));
    }
    let esc = press(KeyCode::Esc);
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    out.extend(burst.push(ctrl_c, t0 + Duration::from_millis(1)));
    out.extend(burst.push(esc, t0 + Duration::from_millis(2)));
    assert_eq!(
        out,
        [
            Burst::Paste("abc".into()),
            Burst::Key(ctrl_c),
            Burst::Key(esc)
        ]
    );
}

#[test]
fn a_typed_key_before_a_paste_is_not_swallowed_by_it() {
    let mut burst = PasteBurst::default();
    let t0 = Instant::now();
    let mut out = burst.push(press(KeyCode::Char('x')), t0);
    out.extend(paste(
        &mut burst,
        t0 + Duration::from_millis(200),
        &keys_of("203.0.113.5"),
        Duration::from_micros(50),
    ));
    assert_eq!(
        out,
        [
            Burst::Key(press(KeyCode::Char('x'))),
            Burst::Paste("203.0.113.5".into())
        ]
    );
}

#[test]
fn altgr_characters_are_text_and_releases_pass_when_idle() {
    let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    let mut burst = PasteBurst::default();
    let t0 = Instant::now();
    let mut out = Vec::new();
    for (i, c) in "@€{".chars().enumerate() {
        let key = KeyEvent::new(KeyCode::Char(c), altgr);
        out.extend(burst.push(key, t0 + Duration::from_micros(10 * i as u64)));
    }
    out.extend(burst.flush());
    assert_eq!(out, [Burst::Paste("@€{".into())]);
    let lone_release = release(KeyCode::Char('q'));
    assert_eq!(burst.push(lone_release, t0), [Burst::Key(lone_release)]);
}
