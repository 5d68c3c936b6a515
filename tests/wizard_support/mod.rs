//! The app loop's runner (`wizard::runner`) with stand-ins for the outside: every effect
//! `update` asks for is performed at once (the analysis runs inline instead of on the worker, a
//! typing pause is over immediately, copies are recorded), so tests drive the wizard with
//! message sequences, down the path users take, and look at the screen.

#![allow(dead_code)]

use std::collections::VecDeque;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use delist::diagnosis::diagnose;
use delist::i18n::Lang;
use delist::intake::{DEFAULT_LIMIT, Input};
use delist::wizard::clip::Copied;
use delist::wizard::effect::Effect;
use delist::wizard::facts::Analysis;
use delist::wizard::msg::Msg;
use delist::wizard::runner::{self, World};
use delist::wizard::steps::paste::{self, Source};
use delist::wizard::ui::{self, Theme};
use delist::wizard::{Wizard, demo};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// What the effects reached: stand-ins for the worker, the clipboard and the browser. The
/// analysis runs inline, a typing pause is over at once, copies are recorded.
#[derive(Default)]
pub struct Outside {
    /// Every copy: (label, text).
    pub copies: Vec<(String, String)>,
    /// URLs the browser was asked to open.
    pub opened: Vec<String>,
    /// What the clipboard holds for "read from clipboard".
    pub clipboard: Option<String>,
    /// Effects seen, by name, in order (for asserting what was asked).
    pub seen: Vec<String>,
    /// Whether `Effect::Quit` came.
    pub quit: bool,
    /// Where cases are saved (written at once); `None`: no case is saved, as in the tests
    /// that are not about cases.
    pub store: Option<delist::case::store::Store>,
    /// The remembered profile, as written; `None`: this world keeps none.
    pub profile: Option<delist::case::profile::Profile>,
}

impl World for Outside {
    fn will_perform(&mut self, effect: &Effect) {
        let name = format!("{effect:?}");
        self.seen.push(
            name.split([' ', '(', '{'])
                .next()
                .unwrap_or_default()
                .to_owned(),
        );
    }

    fn analyse(&mut self, generation: u64, input: Input) -> Option<Msg> {
        let a = Analysis::new(generation, diagnose(&input));
        Some(Msg::Analysed(Box::new(a)))
    }

    fn analyse_later(&mut self, generation: u64) -> Option<Msg> {
        Some(Msg::AnalyseNow(generation))
    }

    fn stdin_is_terminal(&self) -> bool {
        false
    }

    fn read_clipboard(&mut self) -> Result<String, String> {
        self.clipboard
            .clone()
            .ok_or_else(|| "nothing to read".to_owned())
    }

    fn copy(&mut self, label: &str, text: &str) -> Copied {
        self.copies.push((label.to_owned(), text.to_owned()));
        Copied {
            ok: true,
            message: format!("{label}: copied"),
            plain_view: false,
            unconfirmed: false,
            lost_on_exit: None,
        }
    }

    fn open_url(&mut self, url: &str) -> std::io::Result<()> {
        self.opened.push(url.to_owned());
        Ok(())
    }

    fn run_blocking(&mut self, job: Box<dyn FnOnce() -> Msg + Send>) -> Option<Msg> {
        // The online check runs inline: a test points the wizard at its loopback DNS server.
        Some(job())
    }

    fn quit(&mut self) {
        self.quit = true;
    }

    fn cases(&self) -> Option<&delist::case::store::Store> {
        self.store.as_ref()
    }

    fn keeps_profile(&self) -> bool {
        self.profile.is_some()
    }

    fn write_profile(&mut self, profile: &delist::case::profile::Profile) -> Result<(), String> {
        self.profile = Some(profile.clone());
        Ok(())
    }

    fn write_case(&mut self, case: delist::case::Case) -> Result<(), String> {
        let store = self.store.as_ref().ok_or("no store")?;
        store.save(&case).map_err(|e| e.to_string())
    }
}

/// The wizard and what its effects did.
pub struct Harness {
    /// The wizard.
    pub w: Wizard,
    /// What the effects reached.
    pub out: Outside,
}

/// `h.copies`, `h.opened`, `h.clipboard`, `h.seen`, `h.quit`: what the effects reached.
impl std::ops::Deref for Harness {
    type Target = Outside;

    fn deref(&self) -> &Outside {
        &self.out
    }
}

impl std::ops::DerefMut for Harness {
    fn deref_mut(&mut self) -> &mut Outside {
        &mut self.out
    }
}

impl Harness {
    /// A fresh wizard.
    pub fn new(lang: Lang) -> Self {
        Self {
            w: Wizard::new(lang, DEFAULT_LIMIT),
            out: Outside::default(),
        }
    }

    /// A wizard with the built-in demo loaded and analysed, as `delist --demo` starts.
    pub fn demo(lang: Lang) -> Self {
        let mut h = Self::new(lang);
        let input = demo::input(DEFAULT_LIMIT).expect("the demo reads");
        let effect = paste::load(&mut h.w, input, Source::Demo);
        let mut queue: VecDeque<Msg> = effect
            .and_then(|e| runner::perform(&h.w, e, &mut h.out))
            .into_iter()
            .collect();
        runner::settle(&mut h.w, &mut queue, &mut h.out);
        h
    }

    /// Sends one message and performs every effect that follows, as the app loop does.
    pub fn send(&mut self, msg: Msg) {
        runner::settle(&mut self.w, &mut VecDeque::from([msg]), &mut self.out);
    }

    /// Presses a key (press only, as terminals report it).
    pub fn key(&mut self, code: KeyCode) {
        self.send(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    /// Presses a key with modifiers.
    pub fn key_with(&mut self, code: KeyCode, mods: KeyModifiers) {
        self.send(Msg::Key(KeyEvent::new(code, mods)));
    }

    /// Releases a key (Windows reports releases; they must do nothing).
    pub fn release(&mut self, code: KeyCode) {
        let mut k = KeyEvent::new(code, KeyModifiers::NONE);
        k.kind = KeyEventKind::Release;
        self.send(Msg::Key(k));
    }

    /// Types text one key at a time.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// A bracketed paste, arriving as one event.
    pub fn paste(&mut self, text: &str) {
        self.send(Msg::Paste(text.to_owned()));
    }

    /// Enter pressed `n` times.
    pub fn enter(&mut self, n: usize) {
        for _ in 0..n {
            self.key(KeyCode::Enter);
        }
    }

    /// Answers the form step by keys, as a person would: the list's usual cause, the first fix
    /// and prevention step usual for it, a shared server where that is not refused, a name, an
    /// email and the first role; then Enter on the reason goes on to the copy step. Choices are
    /// made with ↑↓ and Space (Enter never chooses), or with their number.
    pub fn answer_form(&mut self) {
        use delist::request::Cause;
        use delist::request::Question;
        use delist::wizard::Step;
        assert_eq!(
            self.w.step,
            Step::Form,
            "answer_form starts on the form step"
        );
        let usual_cause = delist::wizard::written::entry(&self.w)
            .and_then(|(e, _)| e.causes.first().and_then(|c| Cause::from_id(c)))
            .unwrap_or(Cause::Unknown);
        for _ in 0..30 {
            if self.w.step != Step::Form {
                return;
            }
            let cause = self.w.draft.answers.cause.unwrap_or(usual_cause);
            match self.w.form.focused {
                Some(Question::Reason) => break,
                Some(Question::Cause) => self.choose(Question::Cause, &[usual_cause.id()]),
                Some(Question::Fixes) => {
                    let ids: Vec<&str> = cause.usual_fixes().iter().map(|f| f.id()).collect();
                    self.choose(Question::Fixes, &ids);
                }
                Some(Question::Prevention) => {
                    let ids: Vec<&str> = cause.usual_prevention().iter().map(|p| p.id()).collect();
                    self.choose(Question::Prevention, &ids);
                }
                Some(Question::Server) => {
                    self.choose(Question::Server, &["shared", "own", "unknown"]);
                }
                // Option 1: "I don't know" whether the IP is fixed.
                Some(Question::IpKind) => self.key(KeyCode::Char('1')),
                // Option 2: the first role (1 is "I don't know").
                Some(Question::Role) => self.key(KeyCode::Char('2')),
                Some(Question::NameJa) if self.w.form.name_ja.value().is_empty() => {
                    self.type_text("山田 太郎");
                }
                Some(Question::Name) if self.w.form.name.value().is_empty() => {
                    self.type_text("Yamada Taro");
                }
                Some(Question::Email) if self.w.form.email.value().is_empty() => {
                    self.type_text("postmaster@example.co.jp");
                }
                Some(Question::Phone) if self.w.form.phone.value().is_empty() => {
                    self.type_text("03-1234-5678");
                }
                Some(Question::Company) if self.w.form.company.value().is_empty() => {
                    self.type_text("Example Trading Co., Ltd.");
                }
                Some(Question::CompanyJa) if self.w.form.company_ja.value().is_empty() => {
                    self.type_text("株式会社サンプル商事");
                }
                _ => {}
            }
            self.key(KeyCode::Enter);
        }
        self.key(KeyCode::Enter); // the written reason, as it is
    }

    /// Chooses the first of `ids` that the question offers and does not refuse, with ↑↓ and
    /// Space (the way that also reaches options past 9).
    pub fn choose(&mut self, item: delist::request::Question, ids: &[&str]) {
        let choices = delist::wizard::steps::form::choices(&self.w, item);
        let Some(at) = ids.iter().find_map(|id| {
            choices
                .iter()
                .position(|c| c.id == *id && c.blocked.is_none())
        }) else {
            return;
        };
        for _ in 0..choices.len() {
            self.key(KeyCode::Up);
        }
        for _ in 0..at {
            self.key(KeyCode::Down);
        }
        self.key(KeyCode::Char(' '));
    }

    /// The demo, walked to `step` with the form answered on the way.
    pub fn demo_at(lang: Lang, step: delist::wizard::Step) -> Self {
        use delist::wizard::Step;
        let mut h = Self::demo(lang);
        while h.w.step < step {
            if h.w.step == Step::Form {
                h.answer_form();
            } else {
                h.key(KeyCode::Enter);
            }
        }
        assert_eq!(h.w.step, step);
        h
    }

    /// The screen at `width`×`height`, as text: one line per row, wide characters once.
    pub fn screen(&mut self, width: u16, height: u16) -> String {
        self.send(Msg::Resize(width, height));
        let buffer = self.buffer(width, height, Theme { color: true });
        text_of(&buffer)
    }

    /// The rendered buffer, for looking at styles.
    pub fn buffer(&self, width: u16, height: u16, theme: Theme) -> Buffer {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
        terminal
            .draw(|f| ui::draw(f, &self.w, theme))
            .expect("draw");
        terminal.backend().buffer().clone()
    }
}

/// A buffer as text. The cell after a wide character repeats nothing: it is skipped.
pub fn text_of(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut row = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            let symbol = buffer[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            skip = symbol.width().saturating_sub(1);
            row.push_str(symbol);
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// The screen's text with its line breaks and indentation taken out, so a phrase is found
/// wherever the window wrapped it: Japanese without any spaces (a line may break at one),
/// English with one space between lines.
pub fn flat(screen: &str, lang: Lang) -> String {
    let joined = screen.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    if lang == Lang::Ja {
        joined.replace(' ', "")
    } else {
        joined
    }
}
