//! The wizard's state: one plain value with no terminal handles inside, serialisable so that a
//! case can be saved and resumed. What is derived from the text (the analysis) is skipped and
//! recomputed after loading.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::facts::Analysis;
use super::paste_box::PasteBox;
use crate::i18n::Lang;

pub use super::step::Step;

pub mod copy;
pub mod draft;
pub mod form;
pub mod ip;
pub mod online;
pub mod paste;

use copy::CopyState;
use draft::Draft;
use form::FormState;
use ip::IpState;
use online::OnlineState;
use paste::PasteState;

/// Something drawn over the step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Overlay {
    /// Help for the current step.
    Help,
    /// "Really quit?"
    ConfirmQuit,
    /// The lookup URL as a QR code.
    Qr,
    /// A copied text shown plainly, for the terminal's own selection (no clipboard took it).
    Plain,
    /// "Continue where you left off?", at start.
    Resume,
    /// A new bounce was pasted: "start a new case?"
    NewCase,
}

/// How the one-line notice above the key bar should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tone {
    /// Neutral information.
    Info,
    /// Something worked (a copy).
    Done,
    /// Something needs attention.
    Warn,
}

/// The one-line message above the key bar (the result of the last copy, an error).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// How it looks; a symbol is always drawn too, never colour alone.
    pub tone: Tone,
    /// The text, already in the user's language.
    pub text: String,
}

/// The case this wizard is saving to, once it has been saved the first time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseRef {
    /// Its id.
    pub id: String,
    /// When it was started.
    pub created: String,
    /// When it was saved last.
    pub updated: String,
    /// Its file.
    pub path: String,
}

const fn default_viewport() -> (u16, u16) {
    (80, 24)
}

/// The whole wizard.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Wizard {
    /// The language of every screen.
    pub lang: Lang,
    /// The step on screen.
    pub step: Step,
    /// The furthest step reached; the step bar ticks every step before it.
    pub reached: Step,
    /// Step 1: the paste box and where its text came from.
    pub paste: PasteState,
    /// Step 3: the IP typed by hand.
    pub ip: IpState,
    /// Step 5: the typed fields and the focus.
    pub form: FormState,
    /// The answers (step 5's, the IP typed at step 3) and the request built from them.
    pub draft: Draft,
    /// Step 6: which fields were copied.
    pub copy: CopyState,
    /// Scroll position of each step's body, in rows.
    pub scroll: [u16; Step::ALL.len()],
    /// Drawn over the step.
    pub overlay: Option<Overlay>,
    /// The line above the key bar.
    pub notice: Option<Notice>,
    /// How far the help is scrolled.
    #[serde(skip)]
    pub help_scroll: u16,
    /// The text of the plain view.
    #[serde(skip)]
    pub plain: Option<String>,
    /// The text copied last, for showing it plainly on request.
    #[serde(skip)]
    pub last_copy: Option<String>,
    /// Which of the official addresses a step shows `u` copies next (one each press, in turn).
    #[serde(skip)]
    pub url_turn: usize,
    /// Why the last copy will not outlive the wizard, when it will not (the quit question
    /// says so while there is still time to paste).
    #[serde(skip)]
    pub exit_warning: Option<String>,
    /// The input size limit in bytes.
    pub max_size: u64,
    /// A browser can be opened here (a desktop session, macOS or Windows).
    #[serde(skip)]
    pub desktop: bool,
    /// The analysis of the current text, once the worker has delivered it.
    #[serde(skip)]
    pub analysis: Option<Arc<Analysis>>,
    /// The terminal's size at the last resize, for scrolling by pages.
    #[serde(skip, default = "default_viewport")]
    pub viewport: (u16, u16),
    /// Set when the user confirmed quitting.
    #[serde(skip)]
    pub quit: bool,
    /// The paste (by its generation) for which the user chose 「それでもブロックリストの問題だと
    /// 思う」 at step 2: only then do the steps for the IP, the list and the form open for a
    /// bounce that names no list.
    #[serde(default)]
    pub anyway_for: Option<u64>,
    /// Steps 4 and 7: the online check (never saved: a result is true when it was asked).
    #[serde(skip)]
    pub online: OnlineState,
    /// The case this wizard saves to, once saved the first time.
    #[serde(skip)]
    pub case: Option<CaseRef>,
    /// The fingerprint of what was saved last (see `wizard::saved`).
    #[serde(skip)]
    pub saved_print: Option<u64>,
    /// The unfinished case offered at start, while the question is open.
    #[serde(skip)]
    pub resume_offer: Option<Box<crate::case::Case>>,
    /// The phone code the case was opened from (no bounce text: the code stands in for it).
    #[serde(skip)]
    pub code: Option<crate::case::code::Decoded>,
    /// A new bounce pasted while a case is open, until the user says whether it starts a new
    /// case.
    #[serde(skip)]
    pub pending_paste: Option<String>,
    /// The person's details as remembered (loaded at start, or as saved last).
    #[serde(skip)]
    pub profile: crate::case::profile::Profile,
}

impl Wizard {
    /// A fresh wizard in `lang`.
    #[must_use]
    pub fn new(lang: Lang, max_size: u64) -> Self {
        Self {
            lang,
            step: Step::Paste,
            reached: Step::Paste,
            paste: PasteState::new(PasteBox::new(lang)),
            ip: IpState::default(),
            form: FormState::default(),
            draft: Draft::default(),
            copy: CopyState::default(),
            scroll: [0; Step::ALL.len()],
            overlay: None,
            notice: None,
            plain: None,
            last_copy: None,
            url_turn: 0,
            exit_warning: None,
            help_scroll: 0,
            max_size,
            desktop: false,
            analysis: None,
            viewport: default_viewport(),
            quit: false,
            anyway_for: None,
            online: OnlineState::default(),
            case: None,
            saved_print: None,
            resume_offer: None,
            code: None,
            profile: crate::case::profile::Profile::default(),
            pending_paste: None,
        }
    }

    /// The analysis, when one has arrived for the current text.
    #[must_use]
    pub fn analysis(&self) -> Option<&Analysis> {
        self.analysis
            .as_deref()
            .filter(|a| a.generation == self.paste.generation)
    }

    /// Whether quitting now would lose something the user gave, or a copy not yet pasted.
    #[must_use]
    pub fn has_unsaved(&self) -> bool {
        !self.paste.text_box.is_empty()
            || self.draft.is_touched()
            || self.ip.is_touched()
            || self.exit_warning.is_some()
    }

    /// Shows a notice in the line above the key bar.
    pub fn notify(&mut self, tone: Tone, text: String) {
        self.notice = Some(Notice { tone, text });
        // Any new notice replaces the "answers missing" one.
        self.form.missing_notice = false;
    }

    /// The scroll position of the step on screen.
    #[must_use]
    pub fn scroll(&self) -> u16 {
        self.scroll[self.step as usize]
    }
}
