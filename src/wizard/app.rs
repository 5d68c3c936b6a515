//! The app loop: the only place that performs effects (the terminal, the clipboard, files, the
//! clock, other programs). It draws, waits for the next message (a key, a paste, a result from
//! the analysis worker, the end of a typing pause), hands it to `update`, and performs what
//! comes back.

use std::collections::VecDeque;
use std::io::IsTerminal;
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
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
use crate::case::saver::Saver;
use crate::case::store::Store;
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
    w.profile = crate::case::profile::load();
    let theme = Theme::from_env(std::env::var("NO_COLOR").ok().as_deref());
    // Drawn into a file or a pipe, the screens would be noise: say what to use instead.
    if !std::io::stdout().is_terminal() {
        eprintln!("{}", t!(lang, "wizard-not-a-terminal"));
        return ExitCode::from(2);
    }
    let store = Store::open();
    let (tx, rx) = mpsc::channel();
    let saver = store.clone().map(|s| start_saver(s, tx.clone(), lang));
    let crash_note = Arc::new(Mutex::new(t!(lang, "wizard-crashed")));
    let flush = saver.clone();
    let before: Box<dyn Fn() + Send + Sync> = Box::new(move || {
        if let Some(saver) = &flush {
            saver.flush(SAVE_WAIT);
        }
    });
    let mut screen = match Screen::enter(Arc::clone(&crash_note), before) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", t!(lang, "wizard-no-terminal", detail = e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    spawn_input(tx.clone());
    w.online.dns = options.dns;
    let mut app = App {
        world: Desktop {
            results: tx.clone(),
            worker: spawn_worker(tx),
            clip: Clip::new(lang),
            deadline: None,
            store,
            saver,
            lang,
        },
        queue: VecDeque::new(),
        plain_shown: false,
        drawn_step: None,
        crash_note,
        noted: None,
    };
    if app.world.store.is_none() {
        w.notify(super::state::Tone::Warn, t!(lang, "case-no-data-dir"));
    }
    if let Ok(size) = screen.terminal.size() {
        app.queue.push_back(Msg::Resize(size.width, size.height));
    }
    let first = if options.demo {
        demo::input(options.max_size).and_then(|input| paste::load(&mut w, input, Source::Demo))
    } else if let Some(path) = options.file.clone() {
        Some(Effect::LoadPath {
            path,
            fallback: None,
        })
    } else if let Some(id) = options.resume.clone() {
        Some(Effect::LoadCase(id))
    } else if options.code.is_some() {
        None
    } else {
        Some(Effect::FindResumable)
    };
    if let Some(code) = options.code.clone() {
        app.queue.push_back(Msg::Code(code));
    }
    if let Some(answer) = first.and_then(|effect| runner::perform(&w, effect, &mut app.world)) {
        app.queue.push_back(answer);
    }
    let result = app.run(&mut w, &mut screen, theme, &rx);
    // The last save is on disk before the terminal is given back.
    if let Some(saver) = &app.world.saver {
        saver.close(SAVE_WAIT);
    }
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

/// How long quitting or a crash waits for the case's last save.
const SAVE_WAIT: Duration = Duration::from_secs(3);

/// The case writer; a failed write is said once (the next ones would say the same).
fn start_saver(store: Store, tx: Sender<Msg>, lang: crate::i18n::Lang) -> Saver {
    let told = AtomicBool::new(false);
    Saver::start(store, move |_, e| {
        if !told.swap(true, Ordering::Relaxed) {
            let message = t!(lang, "case-save-failed", detail = e.to_string());
            let _ = tx.send(Msg::CaseSaved(Err(message)));
        }
    })
}

/// The outside world of the terminal wizard: the analysis worker, the typing pause, the
/// clipboard, the browser, the cases folder.
struct Desktop {
    /// Where threads started by effects (the online check) send their result.
    results: Sender<Msg>,
    worker: Sender<(u64, Input)>,
    clip: Clip,
    deadline: Option<(Instant, u64)>,
    store: Option<Store>,
    saver: Option<Saver>,
    lang: crate::i18n::Lang,
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

    fn cases(&self) -> Option<&Store> {
        self.store.as_ref()
    }

    fn keeps_profile(&self) -> bool {
        true
    }

    fn write_profile(&mut self, profile: &crate::case::profile::Profile) -> Result<(), String> {
        crate::case::profile::save(profile).map_err(|e| {
            t!(
                self.lang,
                "wizard-profile-save-failed",
                detail = e.to_string()
            )
        })
    }

    fn write_case(&mut self, case: crate::case::Case) -> Result<(), String> {
        // On the writer thread: the screen never waits for the disk.
        if let Some(saver) = &self.saver {
            saver.save(case);
        }
        Ok(())
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

/// Test-only, and only in debug builds (a release build has no such code): with
/// `DELIST_DEBUG_PANIC_AT=stepN`, F12 pressed on step N panics, so that `tests/crash_pty.rs` can
/// see what a crash leaves behind (the terminal, the case, the message).
#[cfg(debug_assertions)]
fn panic_if_asked(w: &Wizard, msg: &Msg) {
    use crossterm::event::KeyCode;
    let asked = std::env::var("DELIST_DEBUG_PANIC_AT").ok();
    let here = format!("step{}", w.step.number());
    if asked.as_deref() == Some(here.as_str())
        && matches!(msg, Msg::Key(k) if k.code == KeyCode::F(12))
    {
        panic!("DELIST_DEBUG_PANIC_AT={here}: the crash a test asked for");
    }
}

struct App {
    world: Desktop,
    queue: VecDeque<Msg>,
    /// The plain view is on the main screen now (see [`Screen::show_plain`]).
    plain_shown: bool,
    /// The step drawn last.
    drawn_step: Option<Step>,
    /// What the panic hook says; once the case has an id, where it is and how to resume it.
    crash_note: Arc<Mutex<String>>,
    /// The case the note names.
    noted: Option<String>,
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
            self.note_case(w);
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
            #[cfg(debug_assertions)]
            panic_if_asked(w, &msg);
            self.queue.push_back(msg);
            self.queue.extend(rx.try_iter());
        }
    }

    /// Keeps the crash message naming the case being saved.
    fn note_case(&mut self, w: &Wizard) {
        let Some(case) = &w.case else { return };
        if self.noted.as_ref() == Some(&case.id) {
            return;
        }
        let text = t!(
            w.lang,
            "wizard-crashed-saved",
            id = case.id.as_str(),
            path = case.path.as_str()
        );
        *self
            .crash_note
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = text;
        self.noted = Some(case.id.clone());
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
                    Burst::Paste(text) => Msg::KeyBurst(text),
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
