//! `delist lists`: the catalogue, for people and for scripts.

use std::process::ExitCode;

use clap::Args;

use super::Common;

/// Arguments of `delist lists`.
#[derive(Debug, Args)]
pub struct ListsArgs {
    /// Print the catalogue as JSON
    #[arg(long)]
    json: bool,
}

/// Runs `lists`.
#[must_use]
pub fn run(args: &ListsArgs, common: &Common) -> ExitCode {
    let _ = (args.json, common.lang());
    ExitCode::SUCCESS
}
