//! The app loop: the only place that performs effects (the terminal, the clipboard, files, the
//! clock, other programs). It draws, waits for the next message (a key, a paste, a result from
//! the analysis worker, the end of a typing pause), hands it to `update`, and performs what
//! comes back.

use std::collections::VecDeque;
use std::io::IsTerminal;
use std::process::{Command, ExitCode, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

use super::burst::{Burst, PasteBurst};
use super::clip::{Clip, Copied};
use super::effect::Effect;
use super::facts::Analysis;
use super::msg::Msg;
use super::runner::{self, World};
use super::state::{Overlay, Step, Wizard};
use super::steps::paste::{self, Source};
use super::terminal::Screen;
use super::ui::{self, Theme};
use super::{Options, demo};
use crate::diagnosis;
use crate::intake::Input;
use crate::t;

/// How long typing must pause before the text is analysed again.
const TYPING_PAUSE: Duration = Duration::from_millis(250);

/// Runs the wizard in the terminal until the user quits.
pub fn run(options: &Options) -> ExitCode {
    let lang = options.lang;
    let mut w = Wizard::new(lang, options.max_size);
    w.desktop = has_desktop();
    let theme = Theme::from_env(std::env::var("NO_COLOR").ok().as_deref());
    // Drawn into a file or a pipe, the screens would be noise: say what to use instead.
    if !std::io::stdout().is_terminal() {
        eprintln!("{}", t!(lang, "wizard-not-a-terminal"));
        return ExitCode::from(2);
    }
    let mut screen = match Screen::enter(t!(lang, "wizard-crashed")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", t!(lang, "wizard-no-terminal", detail = e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    let (tx, rx) = mpsc::channel();
    spawn_input(tx.clone());
    w.online.dns = options.dns;
    let mut app = App {
        world: Desktop {
            results: tx.clone(),
            worker: spawn_worker(tx),
            clip: Clip::new(lang),
            deadline: None,
        },
        queue: VecDeque::new(),
        plain_shown: false,
        drawn_step: None,
    };
    if let Ok(size) = screen.terminal.size() {
        app.queue.push_back(Msg::Resize(size.width, size.height));
    }
    let first = if options.demo {
        demo::input(options.max_size).and_then(|input| paste::load(&mut w, input, Source::Demo))
    } else {
        options.file.clone().map(|path| Effect::LoadPath {
            path,
            fallback: None,
        })
    };
    if let Some(answer) = first.and_then(|effect| runner::perform(&w, effect, &mut app.world)) {
        app.queue.push_back(answer);
    }
    let result = app.run(&mut w, &mut screen, theme, &rx);
    drop(screen);
    app.world.clip.hold_after_exit();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", t!(lang, "wizard-no-terminal", detail = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// The outside world of the terminal wizard: the analysis worker, the typing pause, the
/// clipboard, the browser.
struct Desktop {
    /// Where threads started by effects (the online check) send their result.
    results: Sender<Msg>,
    worker: Sender<(u64, Input)>,
    clip: Clip,
    deadline: Option<(Instant, u64)>,
}

impl World for Desktop {
    fn analyse(&mut self, generation: u64, input: Input) -> Option<Msg> {
        self.deadline = None;
        let _ = self.worker.send((generation, input));
        None
    }

    fn analyse_later(&mut self, generation: u64) -> Option<Msg> {
        self.deadline = Some((Instant::now() + TYPING_PAUSE, generation));
        None
    }

    fn stdin_is_terminal(&self) -> bool {
        std::io::stdin().is_terminal()
    }

    fn read_clipboard(&mut self) -> Result<String, String> {
        self.clip.read()
    }

    fn copy(&mut self, label: &str, text: &str) -> Copied {
        self.clip.copy(label, text)
    }

    fn open_url(&mut self, url: &str) -> std::io::Result<()> {
        open_url(url)
    }

    fn run_blocking(&mut self, job: Box<dyn FnOnce() -> Msg + Send>) -> Option<Msg> {
        // On its own thread, so the screen stays live meanwhile.
        let results = self.results.clone();
        thread::spawn(move || {
            let _ = results.send(job());
        });
        None
    }
}

struct App {
    world: Desktop,
    queue: VecDeque<Msg>,
    /// The plain view is on the main screen now (see [`Screen::show_plain`]).
    plain_shown: bool,
    /// The step drawn last.
    drawn_step: Option<Step>,
}

impl App {
    fn run(
        &mut self,
        w: &mut Wizard,
        screen: &mut Screen,
        theme: Theme,
        rx: &Receiver<Msg>,
    ) -> std::io::Result<()> {
        loop {
            // Everything already waiting is handled before the next frame, so a burst of keys
            // costs one frame, not one per key.
            if runner::settle(w, &mut self.queue, &mut self.world) {
                return Ok(());
            }
            self.show(w, screen, theme)?;
            let msg = match self.world.deadline {
                Some((at, generation)) => {
                    match rx.recv_timeout(at.saturating_duration_since(Instant::now())) {
                        Ok(msg) => msg,
                        Err(RecvTimeoutError::Timeout) => {
                            self.world.deadline = None;
                            Msg::AnalyseNow(generation)
                        }
                        Err(RecvTimeoutError::Disconnected) => return Ok(()),
                    }
                }
                None => match rx.recv() {
                    Ok(msg) => msg,
                    Err(_) => return Ok(()),
                },
            };
            self.queue.push_back(msg);
            self.queue.extend(rx.try_iter());
        }
    }

    /// Draws the frame, or prints the plain view once on the main screen.
    fn show(&mut self, w: &Wizard, screen: &mut Screen, theme: Theme) -> std::io::Result<()> {
        let plain = w.overlay == Some(Overlay::Plain) && !ui::too_small(w);
        match (plain, self.plain_shown) {
            (true, true) => return Ok(()),
            (true, false) => {
                let text = w.plain.as_deref().unwrap_or_default();
                screen.show_plain(text, &ui::plain_footer(w))?;
                self.plain_shown = true;
                return Ok(());
            }
            (false, true) => {
                screen.leave_plain()?;
                self.plain_shown = false;
            }
            (false, false) => {}
        }
        // A new step starts from a cleared screen. A character that the terminal and the
        // width tables disagree on (a lone combining mark in a pasted bounce) can leave a cell
        // the frame diff believes blank; such a cell then lasts no longer than its step.
        if self.drawn_step != Some(w.step) {
            screen.clear()?;
            self.drawn_step = Some(w.step);
        }
        screen.terminal.draw(|f| ui::draw(f, w, theme))?;
        Ok(())
    }
}

/// Reads terminal events on their own thread, so the loop can wait on one channel for keys
/// and analysis results alike. Where a paste arrives as a burst of key presses (native Windows
/// consoles; terminals without bracketed paste), the burst is turned back into one paste, so
/// an Enter inside the pasted mail is a line break and not "next". People never type three
/// keys within a few milliseconds; a bracketed paste is not affected.
fn spawn_input(tx: Sender<Msg>) {
    thread::spawn(move || {
        let mut burst = PasteBurst::default();
        let send = |items: Vec<Burst>| {
            items.into_iter().all(|b| {
                tx.send(match b {
                    Burst::Key(key) => Msg::Key(key),
                    Burst::Paste(text) => Msg::Paste(text),
                })
                .is_ok()
            })
        };
        let mut stamp = Instant::now();
        loop {
            // Input already waiting belongs to the burst in progress, however long this thread
            // was kept from running (on a busy machine that can exceed the burst's gap). A zero
            // timeout would not look at the input at all, hence one millisecond.
            let pending = burst.deadline().is_some()
                && event::poll(Duration::from_millis(1)).unwrap_or(false);
            if !pending && let Some(due) = burst.deadline() {
                let wait = due.saturating_duration_since(Instant::now());
                if !event::poll(wait).unwrap_or(false) {
                    if !send(burst.flush_due(Instant::now())) {
                        break;
                    }
                    continue;
                }
            }
            let Ok(event) = event::read() else { break };
            if !pending {
                stamp = Instant::now();
            }
            let msg = match event {
                Event::Key(key) => {
                    if !send(burst.push(key, stamp)) {
                        break;
                    }
                    continue;
                }
                Event::Paste(text) => Msg::Paste(text),
                Event::Resize(width, height) => Msg::Resize(width, height),
                _ => continue,
            };
            // Keys held back come first: they were pressed before this event.
            if !send(burst.flush()) || tx.send(msg).is_err() {
                break;
            }
        }
    });
}

/// The analysis worker: only the newest text matters, so older jobs still queued are skipped.
fn spawn_worker(tx: Sender<Msg>) -> Sender<(u64, Input)> {
    let (jobs, rx) = mpsc::channel::<(u64, Input)>();
    thread::spawn(move || {
        while let Ok(mut job) = rx.recv() {
            while let Ok(newer) = rx.try_recv() {
                job = newer;
            }
            let (generation, input) = job;
            let analysis = Analysis::new(generation, diagnosis::diagnose(&input));
            if tx.send(Msg::Analysed(Box::new(analysis))).is_err() {
                break;
            }
        }
    });
    jobs
}

/// A browser can be opened: macOS, Windows, or a graphical session on other systems.
fn has_desktop() -> bool {
    let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    cfg!(target_os = "macos") || cfg!(windows) || set("DISPLAY") || set("WAYLAND_DISPLAY")
}

/// Starts the desktop's browser on `url` without waiting for it; its output is discarded so it
/// cannot draw over the wizard.
fn open_url(url: &str) -> std::io::Result<()> {
    let mut cmd = if cfg!(target_os = "macos") {
        Command::new("open")
    } else if cfg!(windows) {
        let mut c = Command::new("rundll32");
        c.arg("url.dll,FileProtocolHandler");
        c
    } else {
        Command::new("xdg-open")
    };
    let mut child = cmd
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    thread::spawn(move || child.wait());
    Ok(())
}
