//! How long choosing the clipboard (`Chain::select`) blocks the caller, per X server state:
//! one that accepts the connection and never answers, one that refuses it, and a working Xvfb
//! (when installed). The target is about 100 ms at most, whatever the server does.
//!
//! arboard reads `DISPLAY` from the process environment, which the program may not change, so
//! this bench runs itself once per case as a child with `DISPLAY` set:
//! `cargo bench --bench clipboard_select`.

use std::io;
use std::net::TcpListener;
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;

use criterion::Criterion;
use delist::clipboard::{Chain, Env};

const CASE: &str = "DELIST_BENCH_CASE";

fn measure(case: &str) {
    let mut c = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    // Not a terminal: the chain is [system, file], so only the system probe costs time.
    let env = Env::from_process().with_terminal(false);
    // Dropping a connected chain waits for arboard's hand-over to a clipboard manager: that
    // happens at exit, not while choosing, so it is left out of the time.
    c.bench_function(&format!("select/{case}"), |b| {
        b.iter_with_large_drop(|| Chain::select(&env, Box::new(io::sink())));
    });
    c.final_summary();
}

fn free_port_listener() -> (TcpListener, u16) {
    (100..400)
        .find_map(|n| {
            TcpListener::bind(("127.0.0.1", 6000 + n))
                .ok()
                .map(|l| (l, n))
        })
        .expect("a free port above 6100")
}

fn run_case(case: &str, display: &str) -> bool {
    let status = Command::new(std::env::current_exe().expect("own path"))
        .args(std::env::args_os().skip(1))
        .env(CASE, case)
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .status();
    status.is_ok_and(|s| s.success())
}

fn main() -> ExitCode {
    if let Ok(case) = std::env::var(CASE) {
        measure(&case);
        return ExitCode::SUCCESS;
    }
    let mut ok = true;
    // Accepted by the kernel's backlog, never answered: the X greeting never comes.
    let (silent, n) = free_port_listener();
    ok &= run_case("silent_x_server", &format!("127.0.0.1:{n}"));
    drop(silent);
    // Nothing listens there: the connection is refused at once.
    ok &= run_case("refused_x_server", &format!("127.0.0.1:{n}"));
    match Command::new("Xvfb")
        .args(["-displayfd", "1", "-nolisten", "tcp", "-noreset"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(mut xvfb) => {
            let mut line = String::new();
            if let Some(out) = xvfb.stdout.take() {
                let _ = io::BufRead::read_line(&mut io::BufReader::new(out), &mut line);
            }
            ok &= run_case("xvfb", &format!(":{}", line.trim()));
            let _ = xvfb.kill();
            let _ = xvfb.wait();
        }
        Err(e) => eprintln!("select/xvfb skipped: Xvfb cannot start ({e})"),
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
