//! Turning a burst of key presses into one paste.
//!
//! crossterm reads native Windows consoles through the console API, which has no paste event: a
//! paste arrives as one key press per character, all within a millisecond or two, and an Enter
//! in the pasted text would act as the Enter key. People type at least tens of milliseconds
//! apart, so characters closer together than [`INTERVAL`], [`MIN_CHARS`] or more of them, are a
//! paste. Pure and deterministic: the caller passes the time of each event.
//!
//! The app loop feeds every key to [`PasteBurst::push`], polls for input no longer than until
//! [`PasteBurst::deadline`], and calls [`PasteBurst::flush_due`] when the poll times out. A
//! typed character is thus held back for [`INTERVAL`] at most. A [`Burst::Paste`] goes into the
//! focused text field exactly as a bracketed paste would.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Characters closer together than this belong to one burst.
pub const INTERVAL: Duration = Duration::from_millis(8);

/// The fewest characters that make a burst a paste (two quick keys can be a fast typist's
/// roll-over).
pub const MIN_CHARS: usize = 3;

/// What the app should handle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Burst {
    /// A key, as typed.
    Key(KeyEvent),
    /// Pasted text, line ends as LF.
    Paste(String),
}

/// The coalescer: holds back characters until it knows whether they were typed or pasted.
#[derive(Clone, Debug)]
pub struct PasteBurst {
    interval: Duration,
    min_chars: usize,
    held: Vec<(KeyEvent, char)>,
    last_at: Option<Instant>,
}

impl Default for PasteBurst {
    fn default() -> Self {
        Self::new(INTERVAL, MIN_CHARS)
    }
}

impl PasteBurst {
    /// A coalescer with the given gap and minimum burst length.
    #[must_use]
    pub const fn new(interval: Duration, min_chars: usize) -> Self {
        Self {
            interval,
            min_chars,
            held: Vec::new(),
            last_at: None,
        }
    }

    /// Takes one key event received at `now`; returns what is ready to handle, in order.
    pub fn push(&mut self, key: KeyEvent, now: Instant) -> Vec<Burst> {
        if key.kind == KeyEventKind::Release {
            // Windows reports releases too; those of held characters belong to the burst.
            return if self.held.is_empty() {
                vec![Burst::Key(key)]
            } else {
                Vec::new()
            };
        }
        let Some(c) = text_of(&key) else {
            let mut out = self.flush();
            out.push(Burst::Key(key));
            return out;
        };
        let mut out = Vec::new();
        if self
            .last_at
            .is_some_and(|t| now.saturating_duration_since(t) > self.interval)
        {
            out = self.flush();
        }
        self.held.push((key, c));
        self.last_at = Some(now);
        out
    }

    /// When the held characters are due, if any: poll for input no longer than this.
    #[must_use]
    pub fn deadline(&self) -> Option<Instant> {
        self.last_at.map(|t| t + self.interval)
    }

    /// Releases the held characters once the gap after them is over.
    pub fn flush_due(&mut self, now: Instant) -> Vec<Burst> {
        match self.last_at {
            Some(t) if now.saturating_duration_since(t) >= self.interval => self.flush(),
            _ => Vec::new(),
        }
    }

    /// Releases the held characters now: a paste if there are enough, else the keys themselves.
    pub fn flush(&mut self) -> Vec<Burst> {
        self.last_at = None;
        let held = std::mem::take(&mut self.held);
        if held.len() >= self.min_chars {
            vec![Burst::Paste(normalize(held.iter().map(|(_, c)| *c)))]
        } else {
            held.into_iter().map(|(k, _)| Burst::Key(k)).collect()
        }
    }
}

/// The character a key would insert, if it is text: a character typed without Ctrl or Alt
/// (AltGr arrives as both and is text), Enter and Tab.
fn text_of(key: &KeyEvent) -> Option<char> {
    let ctrl_alt = KeyModifiers::CONTROL | KeyModifiers::ALT;
    let m = key.modifiers & ctrl_alt;
    match key.code {
        KeyCode::Char(c) if m.is_empty() || m == ctrl_alt => Some(c),
        // With bracketed paste enabled Windows may add Ctrl to a pasted Enter (crossterm #962).
        KeyCode::Enter => Some('\r'),
        KeyCode::Tab if key.modifiers.is_empty() => Some('\t'),
        _ => None,
    }
}

/// CRLF and lone CR become LF, as in every other paste.
fn normalize(chars: impl Iterator<Item = char>) -> String {
    let mut out = String::new();
    let mut after_cr = false;
    for c in chars {
        match c {
            '\r' => out.push('\n'),
            '\n' if after_cr => {}
            c => out.push(c),
        }
        after_cr = c == '\r';
    }
    out
}
