//! Performing effects, one way for the app loop and the tests: `update` says what to do, a
//! [`World`] does the part that touches the outside (the analysis worker, the clipboard, the
//! browser; stand-ins in tests), and the answer goes back through `update` in turn. Tests
//! therefore run the path users run, down to how a file path is read.

use std::collections::VecDeque;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use super::clip::Copied;
use super::effect::Effect;
use super::msg::Msg;
use super::state::Wizard;
use super::update::update;
use crate::i18n::Lang;
use crate::intake::Input;
use crate::{blocklist, online, t};

/// The outside world, as effects reach it.
pub trait World {
    /// Called before each effect is performed (tests record what was asked).
    fn will_perform(&mut self, _effect: &Effect) {}
    /// Starts analysing `input`; the answer, when it is ready at once (else it comes later as
    /// `Msg::Analysed`).
    fn analyse(&mut self, generation: u64, input: Input) -> Option<Msg>;
    /// Waits until typing pauses; the answer, when there is no wait (else `Msg::AnalyseNow`
    /// comes later).
    fn analyse_later(&mut self, generation: u64) -> Option<Msg>;
    /// Whether standard input is the terminal itself (then `-` cannot be read: the wizard's
    /// keys come from it).
    fn stdin_is_terminal(&self) -> bool;
    /// Reads text from the clipboard, or says why not in the user's language.
    fn read_clipboard(&mut self) -> Result<String, String>;
    /// Copies `text` out.
    fn copy(&mut self, label: &str, text: &str) -> Copied;
    /// Opens `url` in the desktop's browser.
    ///
    /// # Errors
    /// When no browser could be started.
    fn open_url(&mut self, url: &str) -> std::io::Result<()>;
    /// Runs `job`, which may block up to its own time limit (the online check); the answer,
    /// when it ran at once (else it comes later).
    fn run_blocking(&mut self, job: Box<dyn FnOnce() -> Msg + Send>) -> Option<Msg>;
    /// The user quit.
    fn quit(&mut self) {}
    /// Where cases are saved; `None`: this world saves none (the tests that are not about
    /// cases), and no save is even asked for.
    fn cases(&self) -> Option<&crate::case::store::Store> {
        None
    }
    /// The time now (a case's id and times).
    fn now(&self) -> std::time::SystemTime {
        std::time::SystemTime::now()
    }
    /// Whether this world remembers the person's details (the tests that are not about the
    /// profile keep none).
    fn keeps_profile(&self) -> bool {
        false
    }
    /// Remembers `profile` (an empty one: forgets it).
    ///
    /// # Errors
    /// When it could not be written, in the user's language.
    fn write_profile(&mut self, _profile: &crate::case::profile::Profile) -> Result<(), String> {
        Ok(())
    }
    /// Writes `case` into [`World::cases`] (the app: on its writer thread).
    ///
    /// # Errors
    /// When it could not be written, in the user's language.
    fn write_case(&mut self, _case: crate::case::Case) -> Result<(), String> {
        Ok(())
    }
}

/// Performs one effect; the message that answers it, when it answers at once.
pub fn perform(w: &Wizard, effect: Effect, world: &mut impl World) -> Option<Msg> {
    world.will_perform(&effect);
    match effect {
        Effect::Quit => {
            world.quit();
            None
        }
        Effect::Analyse { generation, input } => world.analyse(generation, input),
        Effect::AnalyseLater { generation } => world.analyse_later(generation),
        Effect::LoadPath { path, fallback } => {
            let full = expand_home(&path);
            // A path that exists but cannot be read is reported, never pasted as text.
            let fallback = fallback.filter(|_| std::fs::metadata(&full).is_err());
            // `-` is standard input: a pipe (`cat bounce.eml | delist -`) is read; the
            // terminal itself is not, since the wizard's keys come from it.
            let result = if path == "-" && world.stdin_is_terminal() {
                Err(t!(w.lang, "wizard-paste-stdin-is-terminal"))
            } else {
                // A pipe no program writes to is refused: the wizard must keep answering keys.
                Input::read_now(&full.to_string_lossy(), w.max_size)
                    .map_err(|e| e.localized(w.lang))
            };
            Some(Msg::FileLoaded {
                path,
                result,
                fallback,
            })
        }
        Effect::CheckOnline { ip, lists, dns } => {
            let lang = w.lang;
            world.run_blocking(Box::new(move || check_online(ip, &lists, dns, lang)))
        }
        Effect::ReadClipboard => Some(Msg::ClipboardRead(world.read_clipboard())),
        Effect::SaveCase(case) => save_case(*case, world),
        Effect::SaveProfile(profile) => world
            .write_profile(&profile)
            .err()
            .map(|message| Msg::CaseSaved(Err(message))),
        Effect::FindResumable => {
            let store = world.cases()?;
            let (case, problems) = store.latest_unfinished().unwrap_or_default();
            Some(Msg::Resumable {
                case: case.map(Box::new),
                problems: problems.iter().map(|p| p.message(w.lang)).collect(),
            })
        }
        Effect::LoadCase(id) => {
            let Some(store) = world.cases() else {
                return Some(Msg::CaseLoaded(Err(t!(w.lang, "case-no-data-dir"))));
            };
            let found = if id.is_empty() {
                store
                    .list()
                    .map_err(crate::case::store::LoadError::Io)
                    .and_then(|(cases, _)| {
                        cases
                            .into_iter()
                            .next()
                            .ok_or(crate::case::store::LoadError::Missing(String::new()))
                    })
            } else {
                store.load(&id)
            };
            Some(Msg::CaseLoaded(
                found
                    .map(|case| {
                        let path = store.path(&case.id).display().to_string();
                        (Box::new(case), path)
                    })
                    .map_err(|e| e.message(w.lang)),
            ))
        }
        Effect::Copy { label, text } => {
            let result = world.copy(&label, &text);
            Some(Msg::Copied { result, text })
        }
        Effect::OpenUrl(url) => {
            // The last guard of a promise kept upstream: only a page of a catalogue operator
            // is ever opened, never a link a bounce carried.
            let result = if crate::blocklist::url::owner(&url).is_none() {
                Err(t!(w.lang, "wizard-list-open-refused"))
            } else {
                world
                    .open_url(&url)
                    .map_err(|e| t!(w.lang, "wizard-list-open-failed", detail = e.to_string()))
            };
            Some(Msg::Opened(result))
        }
    }
}

/// Handles every queued message and the answers of the effects they ask for, in order, until
/// none is left or the user quit; then saves the case if anything saved changed (once per
/// batch: a burst of keys is one save). Returns whether the user quit.
pub fn settle(w: &mut Wizard, queue: &mut VecDeque<Msg>, world: &mut impl World) -> bool {
    loop {
        while let Some(msg) = queue.pop_front() {
            if let Some(effect) = update(w, msg)
                && let Some(answer) = perform(w, effect, world)
            {
                queue.push_back(answer);
            }
            if w.quit {
                autosave(w, queue, world);
                return true;
            }
        }
        if !autosave(w, queue, world) {
            return false;
        }
    }
}

/// Saves the case when a save is due; whether an answer was queued.
fn autosave(w: &mut Wizard, queue: &mut VecDeque<Msg>, world: &mut impl World) -> bool {
    if world.keeps_profile()
        && let Some(effect) = super::profile::due(w)
        && let Some(answer) = perform(w, effect, world)
    {
        queue.push_back(answer);
    }
    if world.cases().is_none() {
        return !queue.is_empty();
    }
    let Some(effect) = super::saved::autosave(w) else {
        return false;
    };
    match perform(w, effect, world) {
        Some(answer) => {
            queue.push_back(answer);
            true
        }
        None => false,
    }
}

/// Performs `Effect::SaveCase`: a new case gets its id and start time, every save its time;
/// the answer says under which id and when.
fn save_case(mut case: crate::case::Case, world: &mut impl World) -> Option<Msg> {
    let store = world.cases()?;
    let now = world.now();
    let stamp = online::stamp::rfc3339(now);
    let first = case.id.is_empty();
    if first {
        case.id = store.new_id(now);
        case.created.clone_from(&stamp);
    }
    case.updated = stamp;
    let answer = super::state::CaseRef {
        id: case.id.clone(),
        created: case.created.clone(),
        updated: case.updated.clone(),
        path: store.path(&case.id).display().to_string(),
    };
    Some(Msg::CaseSaved(world.write_case(case).map(|()| answer)))
}

/// Performs `Effect::CheckOnline`: asks the lists' DNS zones (blocking, up to the time limit)
/// and answers with `Msg::Checked`.
#[must_use]
pub fn check_online(ip: IpAddr, lists: &[String], dns: Option<SocketAddr>, lang: Lang) -> Msg {
    let entries: Vec<&blocklist::Entry> = lists
        .iter()
        .filter_map(|id| blocklist::CATALOGUE.get(id))
        .collect();
    let settings = online::Settings {
        dns,
        ..online::Settings::default()
    };
    let result =
        online::check(ip, &entries, &settings).map_err(|e| online::words::setup_message(&e, lang));
    Msg::Checked(Box::new(result))
}

fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), dirs::home_dir()) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}
