//! The exact OSC 52 bytes, plain and wrapped for tmux and screen, Japanese included. The
//! expected base64 strings were computed outside Rust (`python3 -c 'base64.b64encode(...)'`).

use std::io::{self, Write};

use delist::clipboard::osc52::{self, MAX_PAYLOAD, Osc52};
use delist::clipboard::{Clipboard, ErrorKind, Multiplexer, Route};
use delist::i18n::Lang;

const JA: &str = "送信サーバー 192.0.2.25 が拒否されました";
const JA_B64: &str = "6YCB5L+h44K144O844OQ44O8IDE5Mi4wLjIuMjUg44GM5ouS5ZCm44GV44KM44G+44GX44Gf";

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

#[test]
fn plain_is_esc_bracket_52_c_base64_bel() {
    assert_eq!(osc52::plain("abc"), b"\x1b]52;c;YWJj\x07");
    assert_eq!(
        osc52::plain(JA),
        cat(&[b"\x1b]52;c;", JA_B64.as_bytes(), b"\x07"])
    );
    assert_eq!(
        osc52::plain("Dear Trend Micro,\nPlease remove 203.0.113.5.\n"),
        cat(&[
            b"\x1b]52;c;",
            b"RGVhciBUcmVuZCBNaWNybywKUGxlYXNlIHJlbW92ZSAyMDMuMC4xMTMuNS4K",
            b"\x07"
        ]),
        "line ends travel inside the base64"
    );
}

#[test]
fn tmux_gets_the_plain_escape_then_the_passthrough_wrap() {
    let wrapped = cat(&[
        b"\x1bPtmux;\x1b\x1b]52;c;",
        JA_B64.as_bytes(),
        b"\x07\x1b\\",
    ]);
    assert_eq!(osc52::tmux(JA), wrapped);
    assert_eq!(
        osc52::encode(JA, Some(Multiplexer::Tmux)),
        cat(&[&osc52::plain(JA), &wrapped])
    );
}

#[test]
fn screen_gets_short_passthrough_pieces() {
    assert_eq!(osc52::screen("abc"), b"\x1bP\x1b]52;c;YWJj\x07\x1b\\");
    // 7 bytes of prefix + 72 of base64 + BEL = 80 bytes: two pieces of 76 and 4.
    let expected = cat(&[
        b"\x1bP\x1b]52;c;",
        JA_B64.get(..69).unwrap().as_bytes(),
        b"\x1b\\\x1bP",
        JA_B64.get(69..).unwrap().as_bytes(),
        b"\x07\x1b\\",
    ]);
    assert_eq!(osc52::encode(JA, Some(Multiplexer::Screen)), expected);
}

#[test]
fn the_backend_writes_to_the_given_output_and_names_the_route() {
    for (wrap, expected) in [
        (None, osc52::plain(JA)),
        (
            Some(Multiplexer::Tmux),
            osc52::encode(JA, Some(Multiplexer::Tmux)),
        ),
        (Some(Multiplexer::Screen), osc52::screen(JA)),
    ] {
        let out = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut clip = Osc52::new(Box::new(Shared(out.clone())), wrap);
        assert_eq!(clip.copy(JA).unwrap(), Route::Osc52 { wrapped_for: wrap });
        assert_eq!(*out.lock().unwrap(), expected);
    }
}

struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Broken;

impl Write for Broken {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::Error::new(io::ErrorKind::BrokenPipe, "terminal closed"))
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn failures_are_values_with_messages() {
    let err = Osc52::new(Box::new(Broken), None).copy("abc").unwrap_err();
    assert_eq!(
        err.message().text(Lang::En),
        "Sending the text to the terminal failed: terminal closed"
    );

    let mut clip = Osc52::new(Box::new(io::sink()), None);
    let longest = "a".repeat(MAX_PAYLOAD / 4 * 3);
    assert!(clip.copy(&longest).is_ok());
    let too_long = "a".repeat(MAX_PAYLOAD / 4 * 3 + 1);
    let err = clip.copy(&too_long).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Osc52TooLong { bytes: 75_001 });
    assert!(err.message().text(Lang::Ja).contains("長すぎて"));

    let err = clip.read().unwrap_err();
    assert_eq!(err.kind, ErrorKind::Osc52NoRead);
    assert!(
        err.message()
            .text(Lang::Ja)
            .contains("読み取ることはできません")
    );
}
