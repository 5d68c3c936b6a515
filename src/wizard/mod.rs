//! The step-by-step terminal wizard: seven calm steps from a pasted error mail to a sent
//! removal request.
//!
//! Module map (the Elm shape: `Msg` → `update(&mut Wizard)` → `Effect`; drawing is pure):
//! - [`app`]: the loop, the only place that performs effects; [`terminal`] sets it up and
//!   restores it on any exit.
//! - [`msg`], [`effect`]: what comes in and what goes out of `update`; [`runner`] performs the
//!   effects, the same way for the app loop and the tests.
//! - [`update`](mod@update): the one function that changes the [`state::Wizard`]; [`step`] names the seven
//!   steps and [`steps`] holds each step's key handling.
//! - [`keys`]: one binding table per mode; the key bar and the help are drawn from it.
//! - [`ui`]: drawing, one module per step; [`layout`] the size rules; `ui::wrap` the line breaking.
//! - [`facts`]: the single seam where a `Diagnosis` becomes what the steps show.
//! - [`written`]: the single seam to the request writer (the form's fields, the emails).
//! - [`paste_box`], [`line_edit`], [`text_edit`]: text fields; [`sanitize`]: pasted text shown harmlessly;
//!   [`pathlike`]: dropped file paths; [`qr`], [`bigtext`]: half-block drawings.
//! - [`clip`]: copying, through [`crate::clipboard`]; [`demo`]: the built-in demo bounce;
//!   [`burst`]: a burst of key presses (a paste on native Windows consoles) turned into a paste.
//! - [`phone`]: a case opened from a phone code; [`report`]: a case as a report;
//!   [`profile`]: the person's details remembered for the next case.
//! - [`saved`]: the wizard's side of a case (what is saved, when, and putting it back); the
//!   files themselves are [`crate::case`]'s.

pub mod app;
pub mod bigtext;
pub mod burst;
pub mod clip;
pub mod demo;
pub mod effect;
pub mod facts;
pub mod keys;
pub mod layout;
pub mod line_edit;
pub mod msg;
pub mod paste_box;
pub mod pathlike;
pub mod phone;
pub mod profile;
pub mod qr;
pub mod report;
pub mod runner;
pub mod sanitize;
pub mod saved;
pub mod state;
pub mod step;
pub mod steps;
pub mod terminal;
pub mod text_edit;
pub mod ui;
pub mod update;
pub mod written;

use std::process::ExitCode;

use crate::i18n::Lang;

pub use self::state::{Step, Wizard};
pub use self::update::update;

/// How the wizard was asked to start.
#[derive(Clone, Debug)]
pub struct Options {
    /// The language of every screen.
    pub lang: Lang,
    /// A bounce to load at start.
    pub file: Option<String>,
    /// Load the built-in demo bounce.
    pub demo: bool,
    /// The input size limit.
    pub max_size: u64,
    /// The DNS server the online check asks (`--dns`); the system's configuration when none.
    pub dns: Option<std::net::SocketAddr>,
    /// A saved case to continue (`--resume [ID]`; empty: the latest).
    pub resume: Option<String>,
    /// A phone code to open (`--code`), already read.
    pub code: Option<crate::case::code::Decoded>,
}

/// Runs the wizard until the user quits.
#[must_use]
pub fn run(options: &Options) -> ExitCode {
    app::run(options)
}
