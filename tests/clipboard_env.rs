//! The order in which backends are tried, from the environment alone: displays, SSH, the
//! operating system, multiplexers and the `DELIST_CLIPBOARD` override.

use delist::clipboard::env::Os;
use delist::clipboard::{Backend, Choice, Env, Multiplexer};
use delist::i18n::Lang;

#[test]
fn the_order_follows_the_environment() {
    use Backend::{File, Osc52, System, Test};
    let plan = |env: Env| env.plan().1;
    let linux = Env::new(Os::Unix);
    assert_eq!(plan(linux.clone()), [File], "no display, no terminal");
    assert_eq!(plan(linux.clone().with_terminal(true)), [Osc52, File]);
    assert_eq!(
        plan(linux.clone().with_var("DISPLAY", ":0").with_terminal(true)),
        [System, Osc52, File]
    );
    assert_eq!(
        plan(linux.clone().with_var("WAYLAND_DISPLAY", "wayland-0")),
        [System, File]
    );
    assert_eq!(
        plan(linux.clone().with_var("DISPLAY", "").with_terminal(true)),
        [Osc52, File],
        "an empty DISPLAY is no display"
    );
    // Over SSH with X forwarding the display is on the user's screen: still worth trying.
    let ssh = linux.with_var("SSH_CONNECTION", "192.0.2.1 5 192.0.2.2 22");
    assert_eq!(plan(ssh.clone().with_terminal(true)), [Osc52, File]);
    assert_eq!(
        plan(
            ssh.with_var("DISPLAY", "localhost:10.0")
                .with_terminal(true)
        ),
        [System, Osc52, File]
    );
    // A Mac or Windows pasteboard over SSH is the remote machine's, not the user's.
    for os in [Os::MacOs, Os::Windows] {
        assert_eq!(
            plan(Env::new(os).with_terminal(true)),
            [System, Osc52, File]
        );
        let remote = Env::new(os).with_var("SSH_TTY", "/dev/pts/1");
        assert_eq!(plan(remote.with_terminal(true)), [Osc52, File]);
    }
    let forced = |v: &str| plan(Env::new(Os::Unix).with_var("DELIST_CLIPBOARD", v));
    assert_eq!(forced("system"), [System, File]);
    assert_eq!(forced("osc52"), [Osc52, File]);
    assert_eq!(forced("file"), [File]);
    assert_eq!(forced("test:/tmp/x"), [Test]);
}

#[test]
fn a_bad_choice_gives_a_notice_and_the_automatic_order() {
    let env = Env::new(Os::Unix)
        .with_terminal(true)
        .with_var("DELIST_CLIPBOARD", "klipper");
    let (choice, order, notices) = env.plan();
    assert_eq!(choice, Choice::Auto);
    assert_eq!(order, [Backend::Osc52, Backend::File]);
    assert_eq!(notices.len(), 1);
    assert_eq!(
        notices[0].text(Lang::En),
        "DELIST_CLIPBOARD=klipper is not understood (use system, osc52, file or test:PATH), \
         so the clipboard is chosen automatically."
    );
    assert!(
        notices[0]
            .text(Lang::Ja)
            .starts_with("DELIST_CLIPBOARD=klipper は使えない値です")
    );
    let empty_test = Env::new(Os::Unix).with_var("DELIST_CLIPBOARD", "test:");
    assert!(empty_test.choice().is_err(), "test: needs a path");
}

#[test]
fn multiplexers_are_recognised() {
    let env = |k: &str, v: &str| Env::new(Os::Unix).with_var(k, v).multiplexer();
    assert_eq!(
        env("TMUX", "/tmp/tmux-0/default,1,0"),
        Some(Multiplexer::Tmux)
    );
    assert_eq!(env("STY", "123.pts-0.host"), Some(Multiplexer::Screen));
    assert_eq!(env("TERM", "screen-256color"), Some(Multiplexer::Screen));
    assert_eq!(env("TERM", "xterm-256color"), None);
    let tmux_with_screen_term = Env::new(Os::Unix)
        .with_var("TERM", "screen")
        .with_var("TMUX", "/tmp/t,1,0");
    assert_eq!(tmux_with_screen_term.multiplexer(), Some(Multiplexer::Tmux));
}
