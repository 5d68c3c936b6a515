//! The step-by-step terminal wizard.

use std::process::ExitCode;

use crate::i18n::Lang;

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
}

/// Runs the wizard until the user quits.
#[must_use]
pub fn run(options: &Options) -> ExitCode {
    let _ = options;
    ExitCode::SUCCESS
}
