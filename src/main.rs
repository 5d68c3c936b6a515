//! The `delist` binary: see `delist --help` and README.md.

// As in lib.rs: no unwrap outside tests (issue 12).
#![cfg_attr(not(test), warn(clippy::unwrap_used))]

fn main() -> std::process::ExitCode {
    delist::cli::main()
}
