//! Everything that can happen to the wizard, as one enum: keys and pastes from the terminal,
//! and the results of effects the app loop performed.

use crossterm::event::KeyEvent;

use super::facts::Analysis;
use crate::intake::Input;

/// One thing that happened.
#[derive(Debug)]
pub enum Msg {
    /// A key was pressed (releases and repeats are dropped by `update`).
    Key(KeyEvent),
    /// A bracketed paste arrived in one piece.
    Paste(String),
    /// Keys that came too fast to be typed by hand, as text (line ends as LF): a paste on a
    /// console without bracketed paste, or an auto-type or remote-support tool typing. A paste
    /// into the paste box; typed keys, Enters included, in a one-line field.
    KeyBurst(String),
    /// The terminal has this size (columns, rows): at start and after every change.
    Resize(u16, u16),
    /// The text has been still long enough: analyse it now (generation of the text).
    AnalyseNow(u64),
    /// The worker finished analysing.
    Analysed(Box<Analysis>),
    /// A file named by the user was read (or not).
    FileLoaded {
        /// The path as the user gave it.
        path: String,
        /// The input, or the message saying why it could not be read.
        result: Result<Input, String>,
        /// What to put in the box instead when the path turned out not to be a file.
        fallback: Option<String>,
    },
    /// The clipboard was read (or not; the message says why, in the user's language).
    ClipboardRead(Result<String, String>),
    /// A copy was made (or not); the message says which way it went.
    Copied {
        /// What happened.
        result: super::clip::Copied,
        /// The text, for the plain view when no clipboard took it.
        text: String,
    },
    /// The browser was asked to open the URL (or could not be).
    Opened(Result<(), String>),
    /// The online check ended: its report, or why it could not start.
    Checked(Box<Result<crate::online::Report, String>>),
    /// The case was saved the first time (its id and file), or could not be saved.
    CaseSaved(Result<super::state::CaseRef, String>),
    /// At start: the unfinished case to offer, and files found damaged (messages in the user's
    /// language).
    Resumable {
        /// The latest unfinished case.
        case: Option<Box<crate::case::Case>>,
        /// What was moved aside, said once.
        problems: Vec<String>,
    },
    /// Open the case a phone code describes (`--code`).
    Code(crate::case::code::Decoded),
    /// A saved case was read (with its file), or why not.
    CaseLoaded(Result<(Box<crate::case::Case>, String), String>),
}
