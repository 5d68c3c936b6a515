//! The binding tables themselves, one per mode, in the order the key bar shows them (the most
//! useful first: when the bar is short of room, the last ones move to a second row).

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Action, Binding, Key, Mode, When};

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn ch(c: char) -> Key {
    (NONE, KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    (CTRL, KeyCode::Char(c))
}
const fn code(c: KeyCode) -> Key {
    (NONE, c)
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    label: &'static str,
    hint: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        label,
        hint,
        shown: true,
        when: When::Always,
    }
}

const fn hidden(mut b: Binding) -> Binding {
    b.shown = false;
    b
}

const fn when(when: When, mut b: Binding) -> Binding {
    b.when = when;
    b
}

const ENTER: &[Key] = &[code(KeyCode::Enter)];
const ESC: &[Key] = &[code(KeyCode::Esc)];
const TAB: &[Key] = &[code(KeyCode::Tab)];
const BACKTAB: &[Key] = &[code(KeyCode::BackTab)];
const UP: &[Key] = &[code(KeyCode::Up)];
const DOWN: &[Key] = &[code(KeyCode::Down)];
const PGUP: &[Key] = &[code(KeyCode::PageUp)];
const PGDN: &[Key] = &[code(KeyCode::PageDown)];
const HELP: &[Key] = &[ch('?'), code(KeyCode::F(1))];
const HELP_TYPING: &[Key] = &[code(KeyCode::F(1))];
const QUIT: &[Key] = &[ch('q'), ctrl('c')];
const QUIT_TYPING: &[Key] = &[ctrl('c'), ctrl('q')];
/// 1–9: the keys that copy a field (0, the tenth, has a binding of its own).
const DIGITS: &[Key] = match PICK_DIGITS.split_first() {
    Some((_, one_to_nine)) => one_to_nine,
    None => &[],
};

/// The digits that choose an option: 0 as well, for the second digit of 10 and above.
const PICK_DIGITS: &[Key] = &[
    ch('0'),
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
    ch('8'),
    ch('9'),
];

const B_NEXT: Binding = bind(ENTER, Action::Next, "Enter", "keys-next");
const B_BACK: Binding = bind(ESC, Action::Back, "Esc", "keys-back");
const B_HELP: Binding = bind(HELP, Action::Help, "?", "keys-help");
const B_QUIT: Binding = bind(QUIT, Action::Quit, "q", "keys-quit");
const B_HELP_T: Binding = bind(HELP_TYPING, Action::Help, "F1", "keys-help");
const B_QUIT_T: Binding = bind(QUIT_TYPING, Action::Quit, "Ctrl+C", "keys-quit");
const B_UP: Binding = hidden(bind(UP, Action::Up, "↑", "keys-scroll-up"));
const B_DOWN: Binding = hidden(bind(DOWN, Action::Down, "↓", "keys-scroll-down"));
const B_PGUP: Binding = hidden(bind(PGUP, Action::PageUp, "PgUp", "keys-page-up"));
const B_PGDN: Binding = hidden(bind(PGDN, Action::PageDown, "PgDn", "keys-page-down"));
const B_FIELD_NEXT: Binding = bind(TAB, Action::FieldNext, "Tab", "keys-field-next");
const B_FIELD_PREV: Binding = bind(BACKTAB, Action::FieldPrev, "Shift+Tab", "keys-field-prev");

static PASTE_BOX: &[Binding] = &[
    B_NEXT,
    bind(
        &[ctrl('v'), code(KeyCode::F(2))],
        Action::ReadClipboard,
        "Ctrl+V",
        "keys-read-clipboard",
    ),
    B_HELP_T,
    B_QUIT_T,
];

/// Copies the official address of steps 4 and 6 (the lookup page, the form): `c`, and `u` as
/// on steps 2 and 7, so that "press u to copy the address" is true on every step that has one.
const URL_KEYS: &[Key] = &[ch('c'), ch('u')];

/// `u` copies an official web address the step's text shows, whole (steps 2 and 7), as `c`
/// copies the lookup page on step 4: a long one wraps on screen.
const B_SHOWN_URL: Binding = when(
    When::ShownUrl,
    bind(&[ch('u')], Action::CopyUrl, "u", "keys-copy-shown-url"),
);

static HAPPENED: &[Binding] = &[
    B_NEXT,
    B_BACK,
    B_SHOWN_URL,
    B_UP,
    B_DOWN,
    B_PGUP,
    B_PGDN,
    B_HELP,
    B_QUIT,
];

/// Step 2 when no list is named: Enter only says what to do; going on is a choice of its own.
static HAPPENED_END: &[Binding] = &[
    bind(&[ch('b')], Action::Anyway, "b", "keys-anyway"),
    when(
        When::AdminMessage,
        bind(
            &[ch('c')],
            Action::CopyEmail,
            "c",
            "keys-copy-admin-message",
        ),
    ),
    B_BACK,
    B_SHOWN_URL,
    hidden(bind(ENTER, Action::Next, "Enter", "keys-what-now")),
    B_UP,
    B_DOWN,
    B_PGUP,
    B_PGDN,
    B_HELP,
    B_QUIT,
];

const B_PLAIN: Binding = when(
    When::Copied,
    bind(&[ch('v')], Action::ShowPlain, "v", "keys-show-plain"),
);

const B_ONLINE: Binding = when(
    When::Ip,
    bind(&[ch('n')], Action::CheckOnline, "n", "keys-check-online"),
);

static IP: &[Binding] = &[
    B_NEXT,
    B_BACK,
    when(
        When::Ip,
        bind(&[ch('c')], Action::CopyIp, "c", "keys-copy-ip"),
    ),
    bind(&[ch('e')], Action::EditIp, "e", "keys-edit-ip"),
    B_PLAIN,
    B_UP,
    B_DOWN,
    B_PGUP,
    B_PGDN,
    B_HELP,
    B_QUIT,
];

static IP_ENTRY: &[Binding] = &[
    bind(ENTER, Action::Next, "Enter", "keys-confirm-ip"),
    bind(ESC, Action::Back, "Esc", "keys-cancel-entry"),
    B_PGUP,
    B_PGDN,
    B_HELP_T,
    B_QUIT_T,
];

static LIST: &[Binding] = &[
    B_NEXT,
    B_BACK,
    when(
        When::Url,
        bind(URL_KEYS, Action::CopyUrl, "c/u", "keys-copy-url"),
    ),
    when(
        When::Desktop,
        bind(&[ch('o')], Action::OpenUrl, "o", "keys-open-url"),
    ),
    when(
        When::Url,
        bind(&[ch('p')], Action::ShowQr, "p", "keys-show-qr"),
    ),
    when(
        When::Ip,
        bind(&[ch('i')], Action::CopyIp, "i", "keys-copy-ip"),
    ),
    B_ONLINE,
    B_PLAIN,
    B_UP,
    B_DOWN,
    B_PGUP,
    B_PGDN,
    B_HELP,
    B_QUIT,
];

const B_NEXT_ITEM: Binding = bind(ENTER, Action::Next, "Enter", "keys-next-item");
/// On the form, Esc goes back one question (from the first, to the list step).
const B_BACK_ITEM: Binding = bind(ESC, Action::Back, "Esc", "keys-back-question");
const B_TAB_HIDDEN: Binding = hidden(B_FIELD_NEXT);

/// Ctrl+D forgets the remembered contact details (a letter would type into a field).
const B_FORGET: Binding = when(
    When::Profile,
    bind(
        &[ctrl('d')],
        Action::ForgetProfile,
        "Ctrl+D",
        "keys-forget-profile",
    ),
);

static FORM_CHOICE: &[Binding] = &[
    bind(PICK_DIGITS, Action::Pick(0), "1-9", "keys-pick"),
    bind(UP, Action::Up, "↑↓", "keys-choose"),
    hidden(bind(DOWN, Action::Down, "↓", "keys-choose")),
    bind(&[ch(' ')], Action::Toggle, "Space", "keys-toggle"),
    B_NEXT_ITEM,
    B_TAB_HIDDEN,
    B_FIELD_PREV,
    B_BACK_ITEM,
    B_FORGET,
    B_PGUP,
    B_PGDN,
    B_HELP,
    B_QUIT,
];

static FORM_LINE: &[Binding] = &[
    B_NEXT_ITEM,
    B_TAB_HIDDEN,
    B_FIELD_PREV,
    B_BACK_ITEM,
    B_FORGET,
    B_PGUP,
    B_PGDN,
    B_HELP_T,
    B_QUIT_T,
];

static FORM_REASON: &[Binding] = FORM_LINE;

static FORM_TEXT: &[Binding] = &[
    B_FIELD_NEXT,
    B_FIELD_PREV,
    B_BACK_ITEM,
    B_PGUP,
    B_PGDN,
    B_HELP_T,
    B_QUIT_T,
];

static FORM_NO_LIST: &[Binding] = &[B_NEXT, B_BACK, B_UP, B_DOWN, B_PGUP, B_PGDN, B_HELP, B_QUIT];

static COPY: &[Binding] = &[
    bind(DIGITS, Action::Copy(0), "1-9", "keys-copy-field"),
    when(
        When::TenthField,
        bind(&[ch('0')], Action::Copy(10), "0", "keys-copy-tenth"),
    ),
    bind(&[ch('a')], Action::CopyAll, "a", "keys-copy-all"),
    when(
        When::FormPage,
        bind(URL_KEYS, Action::CopyUrl, "c/u", "keys-copy-form-url"),
    ),
    when(
        When::FixFirst,
        bind(&[ch('f')], Action::FixFirst, "f", "keys-fix-first"),
    ),
    B_NEXT,
    B_BACK,
    B_PLAIN,
    B_UP,
    B_DOWN,
    B_PGUP,
    B_PGDN,
    B_HELP,
    B_QUIT,
];

static COPY_NOTHING: &[Binding] = &[B_NEXT, B_BACK, B_UP, B_DOWN, B_PGUP, B_PGDN, B_HELP, B_QUIT];

static AFTER: &[Binding] = &[
    when(
        When::Email,
        bind(&[ch('c')], Action::CopyEmail, "c", "keys-copy-email"),
    ),
    bind(&[ch('r')], Action::CopyReport, "r", "keys-copy-report"),
    B_SHOWN_URL,
    B_BACK,
    B_ONLINE,
    B_PLAIN,
    B_UP,
    B_DOWN,
    B_PGUP,
    B_PGDN,
    B_HELP,
    bind(
        &[ch('q'), ctrl('c'), code(KeyCode::Enter)],
        Action::Quit,
        "q",
        "keys-finish",
    ),
];

static HELP_SCREEN: &[Binding] = &[
    bind(
        &[
            code(KeyCode::Esc),
            code(KeyCode::Enter),
            ch('?'),
            code(KeyCode::F(1)),
            ch('q'),
        ],
        Action::Close,
        "Esc",
        "keys-close",
    ),
    bind(UP, Action::Up, "↑↓", "keys-scroll"),
    hidden(bind(DOWN, Action::Down, "↓", "keys-scroll-down")),
    B_PGUP,
    B_PGDN,
    hidden(bind(&[ctrl('c')], Action::Quit, "Ctrl+C", "keys-quit")),
];

/// Enter never quits: a key pressed for the step below (or by a remote helper) must not end
/// the session; quitting takes its own key.
static CONFIRM_QUIT: &[Binding] = &[
    bind(&[ch('y')], Action::Confirm, "y", "keys-yes-quit"),
    bind(
        &[ch('n'), code(KeyCode::Esc), ch('q')],
        Action::Cancel,
        "n",
        "keys-no-stay",
    ),
    hidden(bind(
        &[ctrl('c')],
        Action::Confirm,
        "Ctrl+C",
        "keys-yes-quit",
    )),
];

static QR: &[Binding] = &[
    bind(
        &[code(KeyCode::Esc), code(KeyCode::Enter), ch('p')],
        Action::Close,
        "Esc",
        "keys-close",
    ),
    bind(URL_KEYS, Action::CopyUrl, "c/u", "keys-copy-url"),
    hidden(bind(QUIT, Action::Quit, "q", "keys-quit")),
];

static PLAIN: &[Binding] = &[
    bind(
        &[code(KeyCode::Esc), code(KeyCode::Enter), ch('q')],
        Action::Close,
        "Esc",
        "keys-close",
    ),
    hidden(bind(&[ctrl('c')], Action::Quit, "Ctrl+C", "keys-quit")),
];

/// At start, an unfinished case: Enter continues it (the question's default is to keep
/// what was typed); starting afresh keeps it saved.
static RESUME: &[Binding] = &[
    bind(
        &[ch('y'), code(KeyCode::Enter)],
        Action::Confirm,
        "y",
        "keys-resume-yes",
    ),
    bind(
        &[ch('n'), code(KeyCode::Esc)],
        Action::Cancel,
        "n",
        "keys-resume-no",
    ),
    hidden(bind(&[ctrl('c'), ch('q')], Action::Quit, "q", "keys-quit")),
];

/// A new bounce pasted while a case is open: Enter starts the new case (the paste was the
/// user's act), Esc goes back to the open one; either way nothing is lost.
static NEW_CASE: &[Binding] = &[
    bind(
        &[ch('y'), code(KeyCode::Enter)],
        Action::Confirm,
        "y",
        "keys-new-case-yes",
    ),
    bind(
        &[ch('n'), code(KeyCode::Esc)],
        Action::Cancel,
        "n",
        "keys-new-case-no",
    ),
    hidden(bind(&[ctrl('c')], Action::Quit, "Ctrl+C", "keys-quit")),
];

/// The table for a mode.
#[must_use]
pub fn table(mode: Mode) -> &'static [Binding] {
    match mode {
        Mode::PasteBox => PASTE_BOX,
        Mode::Happened => HAPPENED,
        Mode::HappenedEnd => HAPPENED_END,
        Mode::Ip => IP,
        Mode::IpEntry => IP_ENTRY,
        Mode::List => LIST,
        Mode::FormChoice => FORM_CHOICE,
        Mode::FormLine => FORM_LINE,
        Mode::FormReason => FORM_REASON,
        Mode::FormText => FORM_TEXT,
        Mode::FormNoList => FORM_NO_LIST,
        Mode::Copy => COPY,
        Mode::CopyNothing => COPY_NOTHING,
        Mode::After => AFTER,
        Mode::Help => HELP_SCREEN,
        Mode::ConfirmQuit => CONFIRM_QUIT,
        Mode::Qr => QR,
        Mode::Plain => PLAIN,
        Mode::Resume => RESUME,
        Mode::NewCase => NEW_CASE,
    }
}
