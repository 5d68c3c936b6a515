//! `delist request`: the removal request texts without the wizard.

use std::process::ExitCode;

use clap::Args;

use super::Common;

/// Arguments of `delist request`.
#[derive(Debug, Args)]
pub struct RequestArgs {
    /// The bounce the list is read from
    file: Option<String>,
}

/// Runs `request`.
#[must_use]
pub fn run(args: &RequestArgs, common: &Common) -> ExitCode {
    let _ = (&args.file, common.lang());
    ExitCode::from(2)
}
