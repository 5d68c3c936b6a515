//! The desktop clipboard under a real X server (a private Xvfb per test): the real `delist`
//! binary copies, and `xclip`, a separate process, reads back exactly the same bytes. Also: an X
//! server that never answers must not hang delist, and a clipboard manager must be noticed.
//!
//! Tests take turns (see `clipboard_support::serial`). Without Xvfb/xclip they say SKIPPED,
//! and fail under `DELIST_REQUIRE_XVFB=1` (CI).

// X11 and xclip exist only on Linux and the BSDs.
#![cfg(all(unix, not(target_os = "macos")))]

mod clipboard_support;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use clipboard_support::{Xvfb, delist, fallback_file, serial, tools_or_skip, wait_or_kill};

const FIELD: &str = "Dear Trend Micro ERS team,\nPlease remove 192.0.2.25 from your list.\n\
                     送信サーバー 192.0.2.25 のブロック解除をお願いします。";

fn xclip(display: &str, args: &[&str]) -> Output {
    Command::new("xclip")
        .args(args)
        .env("DISPLAY", display)
        .stdin(Stdio::null())
        .output()
        .expect("xclip runs")
}

/// Starts `delist copy` holding `text` on `display`; returns once it says it is holding, with
/// the rest of its standard error arriving on the channel.
fn copy_and_hold(
    display: &str,
    home: &std::path::Path,
    text: &str,
    extra: &[&str],
) -> (std::process::Child, mpsc::Receiver<String>) {
    let mut child = delist(home)
        .args(["copy", "--wait", "30"])
        .args(extra)
        .env("DISPLAY", display)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut seen = Vec::new();
    loop {
        let Ok(line) = rx.recv_timeout(Duration::from_secs(20)) else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("delist copy did not start holding; said {seen:#?}");
        };
        let holding = line.starts_with("The text stays on the clipboard until");
        seen.push(line);
        if holding {
            assert_eq!(
                seen.first().map(String::as_str),
                Some("Copied. Paste it with Ctrl+V (⌘V on a Mac)."),
                "{seen:#?}"
            );
            return (child, rx);
        }
    }
}

#[test]
fn delist_copy_serves_xclip_exactly_until_another_program_copies() {
    let _turn = serial();
    if !tools_or_skip("delist_copy_serves_xclip_exactly", &["Xvfb", "xclip"]) {
        return;
    }
    let x = Xvfb::start();
    let home = tempfile::tempdir().unwrap();
    // `echo` adds a final newline; delist drops exactly that one.
    let (mut child, rx) = copy_and_hold(&x.display, home.path(), &format!("{FIELD}\n"), &[]);
    let out = xclip(&x.display, &["-o", "-selection", "clipboard"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), FIELD);

    // Another program copies: delist notices, says so and ends.
    let mut other = Command::new("xclip")
        .args(["-i", "-selection", "clipboard", "-quiet"])
        .env("DISPLAY", &x.display)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    other
        .stdin
        .take()
        .unwrap()
        .write_all(b"other text")
        .unwrap();
    let status = wait_or_kill(&mut child, Duration::from_secs(20));
    let rest: Vec<String> = rx.try_iter().collect();
    assert!(status.success(), "{status:?} {rest:?}");
    assert_eq!(rest, ["Another program has copied something: done."]);
    let now = xclip(&x.display, &["-o", "-selection", "clipboard"]);
    assert_eq!(now.stdout, b"other text");
    let _ = other.kill();
    let _ = other.wait();

    // --keep-newline keeps the text exactly as given.
    let (mut child, _rx) = copy_and_hold(
        &x.display,
        home.path(),
        "203.0.113.5\n",
        &["--keep-newline"],
    );
    let out = xclip(&x.display, &["-o", "-selection", "clipboard"]);
    assert_eq!(out.stdout, b"203.0.113.5\n");
    let _ = child.kill();
    let _ = child.wait();
}

/// Runs one `#[ignore]`d test of this binary in a child process with `DISPLAY` set: the library
/// reads `DISPLAY` from its own environment, which a test may not change (no `unsafe`).
fn run_child_test(name: &str, display: &str, expect: &str) {
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            name,
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("DISPLAY", display)
        .env_remove("WAYLAND_DISPLAY")
        .env("DELIST_CLIPBOARD_TEST_EXPECT", expect)
        .output()
        .unwrap();
    let said = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && said.contains("1 passed"), "{said}");
}

#[test]
fn the_long_lived_chain_reads_and_copies_under_x11() {
    let _turn = serial();
    if !tools_or_skip("the_long_lived_chain_reads_and_copies", &["Xvfb", "xclip"]) {
        return;
    }
    let x = Xvfb::start();
    let mut set = Command::new("xclip")
        .args(["-i", "-selection", "clipboard", "-quiet"])
        .env("DISPLAY", &x.display)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    set.stdin
        .take()
        .unwrap()
        .write_all(FIELD.as_bytes())
        .unwrap();
    // Wait until xclip owns the clipboard before the child reads it.
    let end = std::time::Instant::now() + Duration::from_secs(10);
    while xclip(&x.display, &["-o", "-selection", "clipboard"]).stdout != FIELD.as_bytes() {
        assert!(
            std::time::Instant::now() < end,
            "xclip never took the clipboard"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    run_child_test("child_chain_under_x11", &x.display, "lost");
    let _ = set.kill();
    let _ = set.wait();

    // A clipboard manager owns CLIPBOARD_MANAGER: the exit screen need not warn.
    let _manager = pretend_clipboard_manager(&x.display);
    run_child_test("child_chain_under_x11", &x.display, "survives");
}

/// Takes the `CLIPBOARD_MANAGER` selection, as xfce4-clipman or klipper do; it lasts as long as
/// the returned connection.
fn pretend_clipboard_manager(display: &str) -> x11rb::rust_connection::RustConnection {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::{ConnectionExt as _, CreateWindowAux, WindowClass};
    use x11rb::wrapper::ConnectionExt as _;
    let (conn, screen) = x11rb::connect(Some(display)).unwrap();
    let root = conn.setup().roots[screen].root;
    let win = conn.generate_id().unwrap();
    let aux = CreateWindowAux::new();
    conn.create_window(
        0,
        win,
        root,
        0,
        0,
        1,
        1,
        0,
        WindowClass::INPUT_OUTPUT,
        0,
        &aux,
    )
    .unwrap();
    let name = b"CLIPBOARD_MANAGER";
    let atom = conn.intern_atom(false, name).unwrap().reply().unwrap().atom;
    conn.set_selection_owner(win, atom, x11rb::CURRENT_TIME)
        .unwrap();
    conn.sync().unwrap();
    conn
}

#[test]
#[ignore = "run by the_long_lived_chain_reads_and_copies_under_x11 with DISPLAY set"]
fn child_chain_under_x11() {
    use delist::clipboard::{Backend, Chain, Env, Route};
    let expect = std::env::var("DELIST_CLIPBOARD_TEST_EXPECT").unwrap();
    let mut chain = Chain::select(&Env::from_process(), Box::new(std::io::sink()));
    assert_eq!(chain.backends().first(), Some(&Backend::System));
    if expect == "lost" {
        assert_eq!(chain.read().unwrap(), FIELD, "reads what xclip holds");
    }
    let field = "Removal request for 192.0.2.25 / 解除申請";
    assert_eq!(chain.copy(field).route, Some(Route::System));
    let out = xclip(
        &std::env::var("DISPLAY").unwrap(),
        &["-o", "-selection", "clipboard"],
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), field);
    let notice = chain.exit_notice().map(|m| m.id);
    match expect.as_str() {
        "lost" => assert_eq!(notice, Some("clipboard-exit-lost")),
        _ => assert_eq!(notice, None),
    }
}

#[test]
fn an_x_server_that_never_answers_does_not_hang_delist() {
    let _turn = serial();
    // A listener that accepts connections (the kernel does, from its backlog) and never replies:
    // DISPLAY=127.0.0.1:N connects to TCP port 6000+N and then waits for the server's greeting.
    let (listener, n) = (100..400)
        .find_map(|n| {
            TcpListener::bind(("127.0.0.1", 6000 + n))
                .ok()
                .map(|l| (l, n))
        })
        .expect("a free port above 6100");
    let home = tempfile::tempdir().unwrap();
    let mut child = delist(home.path())
        .args(["copy"])
        .env("DISPLAY", format!("127.0.0.1:{n}"))
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(FIELD.as_bytes())
        .unwrap();
    let status = wait_or_kill(&mut child, Duration::from_secs(20));
    let mut said = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut said).unwrap();
    assert_eq!(status.code(), Some(3), "saved in the file only: {said}");
    let lines: Vec<&str> = said.lines().collect();
    assert!(
        lines[0].starts_with("The desktop clipboard did not answer within "),
        "{said}"
    );
    let file = fallback_file(home.path());
    assert_eq!(
        lines[1],
        format!(
            "The clipboard could not be used, so the text was saved in the file {}",
            file.display()
        )
    );
    assert_eq!(std::fs::read_to_string(file).unwrap(), FIELD);
    drop(listener);
}
