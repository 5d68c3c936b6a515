//! The `delist` binary: see `delist --help` and README.md.

fn main() -> std::process::ExitCode {
    delist::cli::main()
}
