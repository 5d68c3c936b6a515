//! What surrounds every step: the title with `ステップ n/7`, the step bar, the notice line and
//! the key bar (drawn from the key tables, so it always shows the keys that work here).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::ViewCtx;
use super::doc::Doc;
use crate::t;
use crate::wizard::keys::{self, Action};
use crate::wizard::sanitize;
use crate::wizard::state::{Step, Tone};

/// `ステップ 3/7  IPアドレスの確認`.
pub fn title(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let counter = t!(
        w.lang,
        "wizard-step-counter",
        number = w.step.number(),
        total = 7
    );
    let mut line = Line::from(vec![
        Span::styled(format!(" {counter}  "), ctx.theme.heading()),
        Span::styled(t!(w.lang, w.step.title_id()), ctx.theme.title()),
    ]);
    // The case's phone code at the right, where it fits: both ends of a call can read it.
    if let Some(code) = phone_code(w) {
        let code = t!(w.lang, "wizard-phone-code", code = code);
        let room = usize::from(area.width).saturating_sub(line.width() + 2);
        let width = sanitize::width(&code);
        if width < room {
            line.spans.push(Span::raw(" ".repeat(room - width + 1)));
            line.spans.push(Span::styled(code, ctx.theme.dim()));
        }
    }
    f.render_widget(Paragraph::new(line), area);
}

/// The phone code of the case on screen, once its list is known.
fn phone_code(w: &crate::wizard::state::Wizard) -> Option<String> {
    if w.step == Step::Paste {
        return None;
    }
    let (entry, sublist) = crate::wizard::written::entry(w)?;
    let ip = crate::wizard::state::ip::chosen(w);
    crate::case::code::encode(&entry.id, sublist.as_deref(), ip)
}

/// ✔ for steps done, ● for this one, ○ for those to come; names when they fit.
pub fn steps(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let item = |s: Step, named: bool| -> Span<'static> {
        let symbol = if s == w.step {
            "●"
        } else if w.is_done(s) {
            "✔"
        } else {
            "○"
        };
        let text = if named {
            format!("{symbol} {}", t!(w.lang, s.short_id()))
        } else {
            format!("{symbol}{}", s.number())
        };
        let style = if s == w.step {
            ctx.theme.current()
        } else if symbol == "✔" {
            ctx.theme.done()
        } else {
            ctx.theme.dim()
        };
        Span::styled(text, style)
    };
    let build = |named: bool| -> Line<'static> {
        let mut spans = vec![Span::raw(" ")];
        for (i, s) in Step::ALL.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" › ", ctx.theme.dim()));
            }
            spans.push(item(s, named));
        }
        Line::from(spans)
    };
    let named = build(true);
    let line = if named.width() <= usize::from(area.width) {
        named
    } else {
        build(false)
    };
    f.render_widget(Paragraph::new(line), area);
}

/// The last notice (a copy's result, a warning), wrapped; a symbol always says its kind.
#[must_use]
pub fn notice_doc(ctx: &ViewCtx, width: u16) -> Doc {
    let mut d = Doc::new(width);
    if let Some(n) = &ctx.w.notice {
        let (symbol, style) = match n.tone {
            Tone::Done => (" ✔ ", ctx.theme.done()),
            Tone::Warn => (" ⚠ ", ctx.theme.warn()),
            Tone::Info => (" » ", ctx.theme.text()),
        };
        d.hang(symbol, &n.text, style);
    }
    d
}

/// Draws the notice; what does not fit in its rows is cut, the last row ending in `…`.
pub fn notice(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let mut lines = notice_doc(ctx, area.width).lines;
    let rows = usize::from(area.height);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            last.spans.push(Span::raw("…"));
        }
    }
    f.render_widget(Paragraph::new(lines), area);
}

/// How a key is named here: the digits that choose an answer are named for the question on
/// screen (`1-13` where two digits work, `1-6` for six options), never a fixed `1-9`.
#[must_use]
pub fn key_label(w: &crate::wizard::Wizard, b: &keys::Binding) -> String {
    if let Action::Pick(_) = b.action
        && let Some(item) = w.form.focused
    {
        let n = crate::wizard::steps::form::choices(w, item).len();
        if n > 1 {
            return format!("1-{n}");
        }
    }
    b.label.to_owned()
}

/// The key bar as at most two lines of `width` columns. When the keys do not fit, the least
/// useful ones (the last in the table) are left out, never Help, Quit, Next or Back: the help
/// screen still lists every key.
#[must_use]
pub fn key_lines(ctx: &ViewCtx, width: u16) -> Vec<Line<'static>> {
    let w = ctx.w;
    let width = usize::from(width);
    let mut shown: Vec<(String, String, bool)> = keys::offered(w.mode(), w.offer())
        .filter(|b| b.shown)
        .map(|b| {
            let essential = matches!(
                b.action,
                Action::Help
                    | Action::Quit
                    | Action::Next
                    | Action::Back
                    | Action::Close
                    | Action::Confirm
                    | Action::Cancel
            );
            (
                format!(" {} ", key_label(w, b)),
                t!(w.lang, b.hint),
                essential,
            )
        })
        .collect();
    loop {
        let rows = pack(&shown, width);
        let droppable = shown.iter().rposition(|(_, _, essential)| !essential);
        match droppable {
            Some(i) if rows.len() > 2 => {
                shown.remove(i);
            }
            _ => {
                return rows
                    .into_iter()
                    .take(2)
                    .map(|row| {
                        let mut spans = vec![Span::raw(" ")];
                        for (key, hint) in row {
                            spans.push(Span::styled(key, ctx.theme.key()));
                            spans.push(Span::styled(hint, ctx.theme.text()));
                        }
                        Line::from(spans)
                    })
                    .collect();
            }
        }
    }
}

/// Keys and hints in rows of `width` columns, in order.
fn pack(keys: &[(String, String, bool)], width: usize) -> Vec<Vec<(String, String)>> {
    let mut rows: Vec<Vec<(String, String)>> = vec![Vec::new()];
    let mut used = 1;
    for (key, hint, _) in keys {
        let hint = format!(" {hint}  ");
        let need = sanitize::width(key) + sanitize::width(hint.trim_end());
        if used + need > width && used > 1 {
            rows.push(Vec::new());
            used = 1;
        }
        used += sanitize::width(key) + sanitize::width(&hint);
        rows.last_mut()
            .expect("one row at least")
            .push((key.clone(), hint));
    }
    rows
}

/// Draws the key bar.
pub fn keys(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    f.render_widget(Paragraph::new(key_lines(ctx, area.width)), area);
}
