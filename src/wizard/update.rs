//! `update`: the only function that changes the wizard. A message comes in, the state changes
//! (the request in the draft rebuilt when an answer changed), and at most one effect goes out
//! for the app loop to perform. Pure: no terminal, no clock,
//! no files, so tests drive it with message sequences.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::effect::Effect;
use super::keys::{self, Action, Mode};
use super::msg::Msg;
use super::state::{Overlay, Step, Tone, Wizard};
use super::steps::{self, paste::Source};
use super::ui;
use super::written;

/// Applies one message, then brings the request in the draft up to date with the answers, so
/// that drawing only reads it.
pub fn update(w: &mut Wizard, msg: Msg) -> Option<Effect> {
    let effect = apply(w, msg);
    super::profile::prune(w);
    written::rebuild(w);
    steps::form::drop_stale_notice(w);
    effect
}

fn apply(w: &mut Wizard, msg: Msg) -> Option<Effect> {
    match msg {
        // Windows reports releases too; repeats are dropped so a held key cannot race ahead.
        Msg::Key(key) if key.kind != KeyEventKind::Press => None,
        Msg::Key(key) => on_key(w, key),
        Msg::Paste(text) => on_paste(w, &text),
        Msg::KeyBurst(text) => on_burst(w, &text),
        Msg::Resize(width, height) => {
            w.viewport = (width, height);
            None
        }
        Msg::AnalyseNow(generation) => steps::paste::analyse_now(w, generation),
        Msg::Analysed(analysis) => {
            steps::paste::analysed(w, *analysis);
            None
        }
        Msg::FileLoaded {
            path,
            result,
            fallback,
        } => steps::paste::file_loaded(w, path, result, fallback),
        Msg::ClipboardRead(result) => steps::paste::clipboard_read(w, result),
        Msg::Copied { result, text } => {
            let tone = if result.ok { Tone::Done } else { Tone::Warn };
            let mut message = result.message;
            if result.unconfirmed {
                // The terminal never says whether it took the text: offer the plain view.
                message.push_str(&crate::t!(w.lang, "wizard-copy-plain-hint"));
            }
            w.notify(tone, message);
            w.exit_warning = result.lost_on_exit;
            if result.plain_view {
                w.plain = Some(text.clone());
                w.overlay = Some(Overlay::Plain);
            }
            w.last_copy = Some(text);
            None
        }
        Msg::CaseSaved(result) => {
            super::saved::saved(w, result);
            None
        }
        Msg::Resumable { case, problems } => {
            if !problems.is_empty() {
                w.notify(Tone::Warn, problems.join(" "));
            }
            // Offered only to a wizard nothing has been given to yet.
            if let Some(case) = case
                && !super::saved::worth_saving(w)
                && w.overlay.is_none()
            {
                w.resume_offer = Some(case);
                w.overlay = Some(Overlay::Resume);
            }
            None
        }
        Msg::Code(code) => {
            super::phone::open(w, code);
            None
        }
        Msg::CaseLoaded(Ok((case, path))) => super::saved::restore(w, &case, path),
        Msg::CaseLoaded(Err(message)) => {
            w.notify(Tone::Warn, message);
            None
        }
        Msg::Checked(result) => {
            steps::online::checked(w, *result);
            None
        }
        Msg::Opened(result) => {
            match result {
                Ok(()) => {
                    let page = steps::list::official_page(w).map_or("lookup", |(k, _)| k.id());
                    w.notify(
                        Tone::Done,
                        crate::t!(w.lang, "wizard-list-opened", page = page),
                    );
                }
                Err(message) => w.notify(Tone::Warn, message),
            }
            None
        }
    }
}

fn on_key(w: &mut Wizard, key: KeyEvent) -> Option<Effect> {
    let mode = w.mode();
    let action = keys::lookup(mode, key, w.offer());
    // A window too small shows only "please enlarge": a key must not act unseen there, except
    // to quit (the message says how).
    if ui::too_small(w) {
        return match action {
            Some(a @ (Action::Quit | Action::Confirm | Action::Cancel)) => act(w, mode, a),
            _ => None,
        };
    }
    match action {
        Some(action) => act(w, mode, action),
        None => typed(w, mode, key),
    }
}

/// A key no binding claimed: it goes to the focused text field, if there is one.
fn typed(w: &mut Wizard, mode: Mode, key: KeyEvent) -> Option<Effect> {
    match mode {
        Mode::PasteBox => steps::paste::on_typed(w, key),
        Mode::IpEntry => steps::ip::on_typed(w, key),
        Mode::FormLine | Mode::FormReason | Mode::FormText => {
            w.scroll[Step::Form as usize] = 0;
            steps::form::on_typed(w, key)
        }
        _ => None,
    }
}

/// Keys that came too fast for a hand. In a one-line field (a name, an email, the IP) they
/// were typed by a tool — "Alex Smith⏎alex@example.org⏎" — and are handled key by key, so each
/// line lands in its own field and each Enter moves on, as if typed. Elsewhere (the paste box,
/// the reason, a step without a field) they are a paste.
fn on_burst(w: &mut Wizard, text: &str) -> Option<Effect> {
    if !matches!(w.mode(), Mode::FormLine | Mode::IpEntry) {
        return on_paste(w, text);
    }
    let mut effect = None;
    for c in text.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        };
        if let Some(e) = on_key(w, KeyEvent::new(code, KeyModifiers::NONE)) {
            effect = Some(e);
        }
    }
    effect
}

/// Whether a paste is a new bounce rather than text for the field or box at hand: a whole mail
/// (several lines) anywhere but the reason being rewritten, or a refusal on one line where no
/// field takes it, or added to a mail already in the box.
fn is_new_bounce(w: &Wizard, mode: Mode, text: &str) -> bool {
    let text = text.trim();
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    let long_line = text.chars().count() >= NEW_BOUNCE_CHARS;
    match mode {
        Mode::FormText => false,
        Mode::PasteBox => {
            !w.paste.text_box.is_empty()
                && (lines > 1 || long_line)
                && crate::wizard::pathlike::candidate(text, false).is_none()
        }
        Mode::IpEntry | Mode::FormLine | Mode::FormReason => lines > 2,
        _ => lines > 1 || long_line,
    }
}

/// A single line this long, pasted where no field takes it, is a refusal (a one-line bounce
/// such as "Client host [192.0.2.1] blocked using zen.spamhaus.org"), not a stray word.
const NEW_BOUNCE_CHARS: usize = 40;

/// A new bounce while a case is open: offered as a new case (the open one stays saved).
fn offer_new_case(w: &mut Wizard, text: &str) {
    w.pending_paste = Some(text.to_owned());
    w.overlay = Some(Overlay::NewCase);
}

/// The user chose to start over with the pasted bounce: a fresh wizard (the settings of this
/// session kept: language, size, the remembered profile, the clipboard's state), the text
/// pasted into step 1. The case left stays saved under its own id; the next save starts a new
/// one.
fn start_new_case(w: &mut Wizard) -> Option<Effect> {
    let text = w.pending_paste.take()?;
    let old = w.case.as_ref().map(|c| c.id.clone());
    let mut fresh = Wizard::new(w.lang, w.max_size);
    fresh.desktop = w.desktop;
    fresh.viewport = w.viewport;
    fresh.profile = std::mem::take(&mut w.profile);
    fresh.online.dns = w.online.dns;
    fresh.last_copy = w.last_copy.take();
    fresh.exit_warning = w.exit_warning.take();
    // Analyses still on their way for the old text must not be taken for the new one.
    fresh.paste.generation = w.paste.generation + 1;
    *w = fresh;
    let effect = steps::paste::on_paste(w, &text, Source::Pasted);
    if let Some(id) = old {
        w.notify(
            Tone::Info,
            crate::t!(w.lang, "wizard-new-case-started", id = id.as_str()),
        );
    }
    effect
}

fn on_paste(w: &mut Wizard, text: &str) -> Option<Effect> {
    let mode = w.mode();
    if w.overlay.is_none() && super::saved::worth_saving(w) && is_new_bounce(w, mode, text) {
        offer_new_case(w, text);
        return None;
    }
    match mode {
        Mode::PasteBox => steps::paste::on_paste(w, text, Source::Pasted),
        Mode::IpEntry => {
            if let Some(entry) = w.ip.entry.as_mut() {
                entry.insert(text.trim());
            }
            None
        }
        Mode::FormLine | Mode::FormReason | Mode::FormText => {
            steps::form::on_paste(w, text);
            None
        }
        // A mail pasted on a later step of a wizard with nothing in it yet (a phone code's
        // case has no text): step 1 takes it.
        _ if w.overlay.is_none() && is_new_bounce(w, mode, text) => {
            w.go(Step::Paste);
            steps::paste::on_paste(w, text, Source::Pasted)
        }
        _ => {
            // A line pasted elsewhere has no field to go to: say where a mail goes.
            w.notify(Tone::Info, crate::t!(w.lang, "wizard-paste-go-back"));
            None
        }
    }
}

fn act(w: &mut Wizard, mode: Mode, action: Action) -> Option<Effect> {
    if mode == Mode::Resume {
        return resume_answer(w, action);
    }
    if mode == Mode::NewCase {
        return match action {
            Action::Confirm => start_new_case(w),
            Action::Cancel => {
                w.pending_paste = None;
                w.overlay = None;
                None
            }
            Action::Quit => {
                w.quit = true;
                Some(Effect::Quit)
            }
            _ => None,
        };
    }
    match action {
        Action::Help => {
            w.overlay = Some(Overlay::Help);
            w.help_scroll = 0;
            return None;
        }
        Action::Up | Action::Down | Action::PageUp | Action::PageDown if mode == Mode::Help => {
            let page = ui::page_rows(w);
            w.help_scroll = match action {
                Action::Up => w.help_scroll.saturating_sub(1),
                Action::Down => w.help_scroll.saturating_add(1),
                Action::PageUp => w.help_scroll.saturating_sub(page),
                _ => w.help_scroll.saturating_add(page),
            }
            .min(200);
            return None;
        }
        Action::Close | Action::Cancel => {
            w.overlay = None;
            return None;
        }
        Action::ForgetProfile => return super::profile::forget(w),
        Action::ShowPlain => {
            if let Some(text) = w.last_copy.clone() {
                w.plain = Some(text);
                w.overlay = Some(Overlay::Plain);
            }
            return None;
        }
        Action::Quit if mode != Mode::ConfirmQuit && w.has_unsaved() => {
            w.overlay = Some(Overlay::ConfirmQuit);
            return None;
        }
        Action::Quit | Action::Confirm => {
            w.quit = true;
            return Some(Effect::Quit);
        }
        // Pages everywhere, inside a field too; ↑↓ move the choice in a list instead.
        Action::PageUp | Action::PageDown => {
            scroll(w, action);
            return None;
        }
        Action::Up | Action::Down if mode != Mode::FormChoice => {
            scroll(w, action);
            return None;
        }
        _ => {}
    }
    // On the form, any other key brings the view back to the focus.
    if w.step == Step::Form {
        w.scroll[Step::Form as usize] = 0;
    }
    match w.step {
        Step::Paste => steps::paste::act(w, action),
        Step::Happened => steps::happened::act(w, action),
        Step::Ip => steps::ip::act(w, action),
        Step::List => steps::list::act(w, action),
        Step::Form => steps::form::act(w, action),
        Step::Copy => steps::copy::act(w, action),
        Step::After => steps::after::act(w, action),
    }
}

/// The answer to "continue where you left off?": yes loads the case; no starts afresh (the
/// old case stays saved, listed by `delist cases`).
fn resume_answer(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::Confirm => {
            let case = w.resume_offer.take()?;
            w.overlay = None;
            Some(Effect::LoadCase(case.id))
        }
        Action::Cancel => {
            w.resume_offer = None;
            w.overlay = None;
            None
        }
        Action::Quit => {
            w.quit = true;
            Some(Effect::Quit)
        }
        _ => None,
    }
}

fn scroll(w: &mut Wizard, action: Action) {
    let max = ui::max_scroll(w);
    let page = ui::page_rows(w);
    let s = &mut w.scroll[w.step as usize];
    *s = match action {
        Action::Up => s.saturating_sub(1),
        Action::Down => s.saturating_add(1),
        Action::PageUp => s.saturating_sub(page),
        _ => s.saturating_add(page),
    }
    .min(max);
}
