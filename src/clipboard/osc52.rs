//! OSC 52: asking the terminal itself to put text on its clipboard. This is what works over SSH:
//! the escape travels with the output to the user's own terminal.
//!
//! The bytes go to a writer the app gives (its terminal output), so the app loop stays the only
//! place that writes to the terminal, and tests can read the exact bytes.

use std::io::Write;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::{Backend, ClipError, Clipboard, ErrorKind, Multiplexer, Route, Survival};

/// The longest base64 payload sent. Terminals cap OSC strings (hterm and others at about
/// 100 000 bytes) and drop longer ones silently, so longer texts go to the next backend.
pub const MAX_PAYLOAD: usize = 100_000;

/// GNU screen copies at most 768 bytes of one DCS string; osc52.sh and vim-oscyank send pieces
/// of 76, so do we.
const SCREEN_CHUNK: usize = 76;

/// The plain escape: `ESC ] 52 ; c ; base64(text) BEL`.
#[must_use]
pub fn plain(text: &str) -> Vec<u8> {
    let mut out = b"\x1b]52;c;".to_vec();
    out.extend_from_slice(STANDARD.encode(text.as_bytes()).as_bytes());
    out.push(0x07);
    out
}

/// The escape wrapped in tmux's passthrough: `ESC P tmux; ESC ESC ] 52 ; c ; … BEL ESC \`.
/// Every ESC inside is doubled, as tmux requires.
#[must_use]
pub fn tmux(text: &str) -> Vec<u8> {
    let mut out = b"\x1bPtmux;".to_vec();
    for &b in &plain(text) {
        if b == 0x1b {
            out.push(0x1b);
        }
        out.push(b);
    }
    out.extend_from_slice(b"\x1b\\");
    out
}

/// The escape cut into pieces, each wrapped in screen's passthrough `ESC P … ESC \`.
#[must_use]
pub fn screen(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in plain(text).chunks(SCREEN_CHUNK) {
        out.extend_from_slice(b"\x1bP");
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\x1b\\");
    }
    out
}

/// The bytes sent for `text` inside `wrap`.
///
/// Inside tmux both forms go out: the plain one reaches the outer terminal when tmux has
/// `set-clipboard on` (and fills tmux's own buffer), the wrapped one when it has
/// `allow-passthrough on`. A tmux with neither drops both, harmlessly.
#[must_use]
pub fn encode(text: &str, wrap: Option<Multiplexer>) -> Vec<u8> {
    match wrap {
        None => plain(text),
        Some(Multiplexer::Tmux) => {
            let mut out = plain(text);
            out.extend_from_slice(&tmux(text));
            out
        }
        Some(Multiplexer::Screen) => screen(text),
    }
}

/// The OSC 52 backend, writing to the terminal's output.
pub struct Osc52 {
    out: Box<dyn Write + Send>,
    wrap: Option<Multiplexer>,
}

impl Osc52 {
    /// Writes escapes to `out`, wrapped for `wrap`.
    #[must_use]
    pub fn new(out: Box<dyn Write + Send>, wrap: Option<Multiplexer>) -> Self {
        Self { out, wrap }
    }
}

impl Clipboard for Osc52 {
    fn backend(&self) -> Backend {
        Backend::Osc52
    }

    fn copy(&mut self, text: &str) -> Result<Route, ClipError> {
        if text.len().div_ceil(3) * 4 > MAX_PAYLOAD {
            return Err(ClipError::new(
                Backend::Osc52,
                ErrorKind::Osc52TooLong { bytes: text.len() },
            ));
        }
        let bytes = encode(text, self.wrap);
        self.out
            .write_all(&bytes)
            .and_then(|()| self.out.flush())
            .map_err(|e| {
                ClipError::new(
                    Backend::Osc52,
                    ErrorKind::Osc52Write {
                        detail: e.to_string(),
                    },
                )
            })?;
        Ok(Route::Osc52 {
            wrapped_for: self.wrap,
        })
    }

    fn read(&mut self) -> Result<String, ClipError> {
        // Reading needs the terminal to answer on our input, which most terminals refuse (and
        // the answer would arrive among the user's key presses).
        Err(ClipError::new(Backend::Osc52, ErrorKind::Osc52NoRead))
    }

    fn survival(&mut self) -> Survival {
        Survival::Survives
    }
}
