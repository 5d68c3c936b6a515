//! Crafted bounces against the terminal. `escape-codes.eml`: a server reply holding OSC 52 (set
//! the clipboard), a title change, a clear screen, cursor moves, a C1 CSI, backspaces, a bidi
//! override and a zero-width character inside a link. `bidi-and-hidden.eml`: every bidi
//! embedding, override, isolate and mark (U+202A–U+202E, U+2066–U+2069), zero-width characters
//! inside the blocked IP and inside links, C1 OSC and DCS. `analyze`, `request`, the wizard and
//! the texts a request quotes read them, and a file name carries escape codes too; a real vt100
//! terminal reads the output and must be left as it was: no title, no clipboard, no bell,
//! nothing cleared, and no character that changes how the text reads.

mod common;
mod e2e_support;

use std::num::NonZeroU16;
use std::path::{Path, PathBuf};

use common::{delist, stdout_of};
use e2e_support::Pty;

fn hostile() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/escape-codes.eml")
}

fn bidi_and_hidden() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/bidi-and-hidden.eml")
}

/// A character that must never reach a terminal raw: controls (C0 but line feed and tab, DEL,
/// C1), bidi embeddings, overrides, isolates and marks, and characters with no width.
fn harmful(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}'
                | '\u{00AD}'
        )
}

/// What a terminal was asked to do besides printing.
#[derive(Default)]
struct Asked {
    title: Vec<Vec<u8>>,
    clipboard: Vec<Vec<u8>>,
    bells: usize,
    osc: usize,
    csi: Vec<char>,
}

impl vt100::Callbacks for Asked {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.title.push(title.to_vec());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.title.push(name.to_vec());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.clipboard.push(data.to_vec());
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, _params: &[&[u8]]) {
        self.osc += 1;
    }
    fn unhandled_csi(
        &mut self,
        _: &mut vt100::Screen,
        _i1: Option<u8>,
        _i2: Option<u8>,
        _params: &[&[u16]],
        c: char,
    ) {
        self.csi.push(c);
    }
}

/// Plays `out` on a 200×500 terminal (LF as CRLF, as a tty's output processing does) and checks
/// that it only printed: the first line is still on the first row, and nothing was asked.
#[track_caller]
fn assert_only_prints(out: &str) {
    let bad: Vec<char> = out.chars().filter(|&c| harmful(c)).collect();
    assert!(bad.is_empty(), "raw controls {bad:?} in:\n{out}");
    let mut term = vt100::Parser::new_with_callbacks(
        NonZeroU16::new(500).unwrap(),
        NonZeroU16::new(200).unwrap(),
        0,
        Asked::default(),
    );
    term.process(out.replace('\n', "\r\n").as_bytes());
    let asked = term.callbacks();
    assert!(asked.title.is_empty(), "title set: {:?}", asked.title);
    assert!(asked.clipboard.is_empty(), "clipboard set");
    assert_eq!((asked.bells, asked.osc), (0, 0));
    assert!(asked.csi.is_empty(), "{:?}", asked.csi);
    // vt100 keeps no U+FFFD in its screen text: the stand-ins are left out of the comparison.
    let first = out
        .lines()
        .next()
        .unwrap_or_default()
        .replace('\u{fffd}', "");
    let top = term.screen().rows(0, 200).next().unwrap_or_default();
    assert!(
        !top.trim().is_empty() && first.starts_with(top.trim_end()),
        "the screen was moved or cleared: {top:?}"
    );
    assert_eq!(term.screen().cursor_position().1, 0);
}

#[test]
fn analyze_shows_escape_codes_as_symbols_and_the_terminal_stays_as_it_was() {
    for lang in ["en_US.UTF-8", "ja_JP.UTF-8"] {
        let out = stdout_of(
            &delist(Some(lang))
                .arg("analyze")
                .arg(hostile())
                .output()
                .unwrap(),
        );
        assert_only_prints(&out);
        // Shown, not hidden: the reader sees that the reply held escape codes.
        assert!(out.contains("\u{241b}]52;c;"), "{out}");
        assert!(out.contains("\u{241b}[2J"), "{out}");
        assert!(out.contains("203.0.113.25"), "{out}");
    }
}

#[test]
fn json_output_escapes_what_a_terminal_could_obey_and_means_the_same() {
    let out = stdout_of(
        &delist(None)
            .args(["analyze", "--json"])
            .arg(hostile())
            .output()
            .unwrap(),
    );
    assert_only_prints(&out);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let reply = v["bounces"][0]["diagnostic"].as_str().unwrap_or_default();
    assert!(
        reply.contains("\u{1b}]52;") && reply.contains('\u{202e}'),
        "{v}"
    );
}

#[test]
fn request_texts_carry_no_escape_codes_and_no_suspicious_link() {
    // The bounce's own list (only the provider email quotes the reply), a form with an
    // error-text field, and a list asked by email.
    for list in ["spamhaus", "microsoft-outlook", "apple-icloud"] {
        for lang in ["en", "ja"] {
            let out = stdout_of(
                &delist(None)
                    .args(["request", "--lang", lang, "--list", list])
                    .arg(hostile())
                    .args([
                        "--cause=unknown",
                        "--name=Taro Yamada",
                        "--email=taro@example.co.jp",
                        "--role=owner",
                        "--company=Example",
                        "--server=shared",
                        "--provider=Xserver",
                    ])
                    .output()
                    .unwrap(),
            );
            assert_only_prints(&out);
            assert!(!out.contains("haus-delist.example"), "{list}:\n{out}");
            // The provider email is Japanese whatever the language of the messages. It quotes
            // the reply's key line: the link is removed, or left out with the rest.
            assert!(
                out.contains("(不審なリンクのため省略)") || out.contains("該当部分を原文のまま"),
                "{list}:\n{out}"
            );
            // Outlook's form asks for the refusal whole: there the link is removed and the
            // official one stays (it is the list's own page). The emails quote the key line,
            // which names the list and leaves the links out with the rest.
            if list == "microsoft-outlook" {
                assert!(out.contains("(suspicious link removed)"), "{list}:\n{out}");
                assert!(
                    out.contains("https://www.spamhaus.org/query/ip/203.0.113.25"),
                    "{out}"
                );
            }
            if list == "apple-icloud" {
                assert!(
                    out.contains("    550 5.7.1 ... Client host [203.0.113.25] blocked using zen.spamhaus.org ..."),
                    "{out}"
                );
            }
            assert!(
                out.contains("… Client host [203.0.113.25] blocked using zen.spamhaus.org …"),
                "{out}"
            );
        }
    }
}

#[test]
fn a_file_name_with_escape_codes_is_shown_inert_in_the_header_and_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("bounce\u{1b}]0;pwned\u{7}\u{1b}[2J.eml");
    std::fs::copy(hostile(), &name).unwrap();
    let out = stdout_of(&delist(None).arg("analyze").arg(&name).output().unwrap());
    assert_only_prints(&out);
    assert!(out.starts_with("== "), "{out}");
    assert!(out.contains("bounce\u{241b}]0;pwned\u{2407}"), "{out}");

    // A name that reads backwards (U+202E before `lmx.eml` shows it as `lme.xml`), with a C1
    // control, a backspace and a zero-width character: each shown as what it is.
    let name = dir
        .path()
        .join("bounce\u{202e}lmx.\u{2066}\u{200b}\u{9b}2J\u{8}.eml");
    std::fs::copy(hostile(), &name).unwrap();
    let out = stdout_of(&delist(None).arg("analyze").arg(&name).output().unwrap());
    assert_only_prints(&out);
    assert!(
        out.contains("bounce\u{fffd}lmx.\u{fffd}\u{fffd}\u{fffd}2J\u{2408}.eml"),
        "{out}"
    );

    let missing = dir.path().join("gone\u{1b}]0;pwned\u{7}.eml");
    let run = delist(None).arg("request").arg(&missing).output().unwrap();
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err}");
    assert!(err.contains("gone\u{241b}]0;pwned"), "{err}");

    let run = delist(None)
        .args(["analyze", "--bogus\u{1b}]0;pwned\u{7}"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err}");
}

/// Plays the wizard's whole output on a fresh vt100 terminal and returns what it was asked.
fn replay(raw: &[u8]) -> Asked {
    let mut term = vt100::Parser::new_with_callbacks(
        NonZeroU16::new(24).unwrap(),
        NonZeroU16::new(80).unwrap(),
        0,
        Asked::default(),
    );
    term.process(raw);
    std::mem::take(term.callbacks_mut())
}

#[test]
fn a_hostile_paste_in_the_wizard_changes_nothing_but_the_wizard_s_own_screen() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(
        &["--lang", "en"],
        80,
        24,
        home.path(),
        &[("LANG", "en_US.UTF-8")],
    );
    t.wait_for("Step 1/7", 10);
    let text = std::fs::read_to_string(hostile()).unwrap();
    t.paste(&text);
    t.wait_for("block found", 10);
    t.key("\r");
    let screen = t.wait_for("Step 2/7", 5);
    // The reply is on screen with its escape codes as symbols, not obeyed.
    assert!(screen.contains('\u{241b}'), "{screen}");
    assert!(
        screen.contains("Step 2/7"),
        "the screen was not cleared:\n{screen}"
    );
    let raw = t.raw();
    for needle in [
        &b"\x1b]52;c;cm0g"[..],
        b"\x1b]0;pwned",
        b"pwned title\x07",
        b"\x1b[10;5H",
        "\u{202e}".as_bytes(),
        "\u{9b}".as_bytes(),
        "\u{200b}".as_bytes(),
    ] {
        assert!(
            !raw.windows(needle.len()).any(|w| w == needle),
            "{:?} reached the terminal",
            String::from_utf8_lossy(needle)
        );
    }
    let asked = replay(&raw);
    assert!(
        asked
            .title
            .iter()
            .all(|t| !String::from_utf8_lossy(t).contains("pwned")),
        "title changed"
    );
    assert!(asked.clipboard.is_empty(), "the clipboard was set");
    assert_eq!(asked.bells, 0);
    t.key("q");
    t.key("y");
    let _ = t.wait_exit(5);
}

const REQUEST_FLAGS: [&str; 7] = [
    "--cause=unknown",
    "--name=Taro Yamada",
    "--email=taro@example.co.jp",
    "--role=owner",
    "--company=Example",
    "--server=shared",
    "--provider=Xserver",
];

#[test]
fn bidi_controls_and_characters_hidden_in_addresses_and_links_are_shown_not_obeyed() {
    for lang in ["en", "ja"] {
        let out = stdout_of(
            &delist(None)
                .args(["analyze", "--lang", lang])
                .arg(bidi_and_hidden())
                .output()
                .unwrap(),
        );
        assert_only_prints(&out);
        // The address read is the one written whole; the ones with a character hidden inside
        // are shown with the stand-in, so they do not pass for the same address.
        assert!(out.contains("198.51.100.77"), "{out}");
        assert!(out.contains("198.51\u{fffd}.100.77"), "{out}");
        assert!(out.contains("\u{fffd}override\u{fffd}"), "{out}");
        assert!(out.contains("spamcop-remova\u{fffd}l.example"), "{out}");
        // Each suspicious site is named once, however often the mail repeats the link.
        assert_eq!(out.matches("bit.ly").count(), 2, "{out}");

        // SpamCop expires listings by itself: nothing to send (exit status 4), but the email
        // to the hosting provider quotes the reply.
        let run = delist(None)
            .args(["request", "--lang", lang, "--list", "spamcop"])
            .arg(bidi_and_hidden())
            .args(REQUEST_FLAGS)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(4));
        let out = String::from_utf8(run.stdout).unwrap();
        assert_only_prints(&out);
        assert!(
            !out.contains("spamcop-remova") && !out.contains("bit.ly"),
            "{out}"
        );
        assert!(
            out.contains("(不審なリンクのため省略)") || out.contains("該当部分を原文のまま"),
            "{out}"
        );
    }
}

/// Every text a request can hold (form fields in English and their Japanese, the email and its
/// translation, the email to the hosting provider), for every list of the catalogue, built
/// from the facts of each hostile bounce: the texts the wizard copies and `request` prints.
#[test]
fn every_text_a_request_holds_is_clean_for_every_list() {
    use delist::blocklist::CATALOGUE;
    use delist::i18n::Lang;
    use delist::intake::{DEFAULT_LIMIT, Input};
    use delist::request::{self, Answers, Cause, Contact, Facts, ServerType};

    let answers = Answers {
        cause: Some(Cause::Unknown),
        server: Some(ServerType::Shared),
        provider: Some("Xserver".into()),
        contact: Contact {
            name: "Taro Yamada".into(),
            email: "taro@example.co.jp".into(),
            role: "owner".into(),
            company: "Example".into(),
            ..Contact::default()
        },
        ..Answers::default()
    };
    let mut texts = 0;
    for path in [hostile(), bidi_and_hidden()] {
        let input = Input::read(&path.to_string_lossy(), DEFAULT_LIMIT).unwrap();
        let facts = Facts::from_diagnosis(&delist::diagnosis::diagnose(&input));
        assert!(facts.error_text.is_some(), "{}", path.display());
        for entry in &CATALOGUE.entries {
            let sublists =
                std::iter::once(None).chain(entry.sublists.iter().map(|s| Some(s.id.as_str())));
            for sublist in sublists {
                for lang in [Lang::En, Lang::Ja] {
                    let Ok(out) = request::build(entry, sublist, &facts, &answers, lang) else {
                        continue;
                    };
                    let mut all: Vec<String> = Vec::new();
                    for f in &out.fields {
                        all.extend([f.value_en.clone(), f.translation_ja.clone()]);
                    }
                    if let Some(e) = &out.email {
                        all.extend([e.subject.clone(), e.body_en.clone(), e.translation_ja()]);
                    }
                    all.extend(out.provider_email_ja.clone());
                    for text in &all {
                        texts += 1;
                        let bad: Vec<char> = text.chars().filter(|&c| harmful(c)).collect();
                        assert!(
                            bad.is_empty(),
                            "{} {sublist:?}: {bad:?} in {text}",
                            entry.id
                        );
                        for phishing in ["haus-delist.example", "spamcop-remova", "bit.ly"] {
                            assert!(
                                !text.contains(phishing),
                                "{}: {phishing} in {text}",
                                entry.id
                            );
                        }
                    }
                }
            }
        }
    }
    assert!(texts > 200, "only {texts} texts built");
}

#[test]
fn a_paste_with_bidi_controls_and_hidden_characters_reaches_the_wizard_screen_inert() {
    let home = tempfile::tempdir().unwrap();
    let mut t = Pty::spawn(
        &["--lang", "en"],
        100,
        30,
        home.path(),
        &[("LANG", "en_US.UTF-8")],
    );
    t.wait_for("Step 1/7", 10);
    t.paste(&std::fs::read_to_string(bidi_and_hidden()).unwrap());
    t.wait_for("block found", 10);
    t.key("\r");
    let screen = t.wait_for("Step 2/7", 5);
    assert!(screen.contains("198.51.100.77"), "{screen}");
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    // Shown, not hidden: each becomes a stand-in on screen (vt100 keeps no U+FFFD in its
    // screen text, so the bytes sent are counted).
    assert!(raw.matches('\u{fffd}').count() >= 20, "no stand-ins drawn");
    // Escape sequences are the wizard's own drawing; every other harmful character is not.
    let bad: Vec<char> = raw
        .chars()
        .filter(|&c| harmful(c) && c != '\u{1b}')
        .collect();
    assert!(bad.is_empty(), "{bad:?} reached the terminal");
    let asked = replay(&t.raw());
    assert!(
        asked
            .title
            .iter()
            .all(|t| !String::from_utf8_lossy(t).contains("pwned")),
        "title changed"
    );
    t.key("q");
    t.key("y");
    let _ = t.wait_exit(5);
}
