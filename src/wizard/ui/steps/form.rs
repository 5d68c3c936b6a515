//! Step 5 on screen: each item on one line with its answer (✔ answered, ○ not yet, ⚠ a
//! problem), the focused one opened (its list of choices, or its field), the problems in the
//! user's language beside it; then the English the form will get, beside its translation.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::t;
use crate::wizard::steps::form::{self, Item};
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::wizard::written;

/// Draws the step, scrolled so the focused item is in view.
pub fn draw(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let (doc, focus) = doc(ctx, area);
    let height = usize::from(area.height);
    let top = if focus.end <= height {
        0
    } else {
        focus.start.min(focus.end - height)
    };
    let lines: Vec<Line> = doc.lines.into_iter().skip(top).collect();
    f.render_widget(Paragraph::new(lines), area);
}

/// The body and where the focused item stands in it.
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> (Doc, std::ops::Range<usize>) {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(area.width);
    if written::entry(w).is_none() {
        d.hang("⚠ ", &t!(lang, "wizard-form-no-list"), th.warn());
        return (d, 0..0);
    }
    if written::nothing_to_send(w) {
        d.hang("⚠ ", &t!(lang, "wizard-form-nothing-to-send"), th.warn())
            .blank();
    }
    d.para(&t!(lang, "wizard-form-intro"), th.dim()).blank();
    let problems = written::problems(w);
    let advice = written::advice(w);
    let mut focus = 0..0;
    for item in form::items(w) {
        let focused = w.form.focused == Some(item);
        let start = d.lines.len();
        let show_problems = w.form.tried || (w.form.visited.contains(&item) && !focused);
        let mine: Vec<_> = problems
            .iter()
            .filter(|p| p.about == item.question())
            .collect();
        let symbol = if show_problems && !mine.is_empty() && !focused {
            "⚠"
        } else if answered(ctx, item) {
            "✔"
        } else {
            "○"
        };
        let head = if focused { "▶" } else { symbol };
        let style = if focused { th.focus() } else { th.heading() };
        let summary = if focused {
            String::new()
        } else {
            summary(ctx, item)
        };
        d.spans(
            &[
                Span::styled(format!("{head} {}", label(ctx, item, focused)), style),
                Span::styled(summary, th.text()),
            ],
            2,
        );
        if focused {
            opened(&mut d, ctx, item);
        }
        if show_problems {
            for p in &mine {
                // "Missing" for a list of choices: the request writer names its command-line
                // ids; here the choices are on screen, so say it plainly.
                let text = if item.is_choice() && !answered(ctx, item) {
                    t!(lang, "wizard-form-pick-one")
                } else {
                    p.message(lang)
                };
                d.hang("    ⚠ ", &text, th.warn());
            }
        }
        for a in advice
            .iter()
            .filter(|a| a.about == item.question() && item != Item::Reason)
        {
            d.hang("    » ", &a.message(lang), th.dim());
        }
        if focused {
            focus = start..d.lines.len();
        }
    }
    preview(&mut d, ctx, area);
    (d, focus)
}

fn answered(ctx: &ViewCtx, item: Item) -> bool {
    let a = &ctx.w.form.answers;
    match item {
        Item::Cause => a.cause.is_some(),
        Item::Fixes => !a.fixes.is_empty(),
        Item::Prevention => !a.prevention.is_empty(),
        Item::Server => a.server.is_some(),
        Item::Role => !a.contact.role.is_empty(),
        Item::Reason => true,
        other => ctx
            .w
            .form
            .line(other)
            .is_some_and(|l| !l.value().trim().is_empty()),
    }
}

fn label(ctx: &ViewCtx, item: Item, focused: bool) -> String {
    let lang = ctx.w.lang;
    let id = match (item, focused) {
        (Item::Cause, true) => "request-question-cause",
        (Item::Fixes, true) => "request-question-fixes",
        (Item::Prevention, true) => "request-question-prevention",
        (Item::Server, true) => "request-question-server",
        (Item::Cause, false) => "wizard-form-item-cause",
        (Item::Fixes, false) => "wizard-form-item-fixes",
        (Item::Prevention, false) => "wizard-form-item-prevention",
        (Item::Server, false) => "wizard-form-item-server",
        (Item::Provider, _) => "wizard-form-item-provider",
        (Item::Name, _) => "wizard-form-item-name",
        (Item::Email, _) => "wizard-form-item-email",
        (Item::Role, _) => "wizard-form-item-role",
        (Item::Company, _) => "wizard-form-item-company",
        (Item::Phone, _) => "wizard-form-item-phone",
        (Item::Reason, _) => "wizard-form-item-reason",
    };
    let text = t!(lang, id);
    if focused { text } else { format!("{text}: ") }
}

/// The answer on one line, for an item without the focus.
fn summary(ctx: &ViewCtx, item: Item) -> String {
    let lang = ctx.w.lang;
    if item == Item::Reason {
        return t!(
            lang,
            if ctx.w.form.reason.is_some() {
                "wizard-form-reason-edited"
            } else {
                "wizard-form-reason-ready"
            }
        );
    }
    if item.is_choice() {
        let chosen: Vec<String> = form::choices(ctx.w, item)
            .into_iter()
            .filter(|c| c.chosen)
            .map(|c| c.label)
            .collect();
        return match (chosen.is_empty(), item.is_multi()) {
            (true, true) => t!(lang, "wizard-form-none-chosen"),
            (true, false) => t!(lang, "wizard-form-unanswered"),
            _ => chosen.join("、"),
        };
    }
    let value = ctx
        .w
        .form
        .line(item)
        .map(|l| l.value().trim().to_owned())
        .unwrap_or_default();
    if value.is_empty() {
        if item == Item::Provider
            && let Some(p) = detected_provider(ctx)
        {
            return t!(lang, "wizard-form-provider-detected", name = p);
        }
        return t!(lang, "wizard-form-unanswered");
    }
    value
}

fn detected_provider(ctx: &ViewCtx) -> Option<String> {
    let facts = written::facts(ctx.w);
    let p = crate::hosting::find(facts.provider.as_deref()?)?;
    Some(p.name(ctx.w.lang).to_owned())
}

/// The focused item opened: its choices, its field, or the reason being written.
fn opened(d: &mut Doc, ctx: &ViewCtx, item: Item) {
    let w = ctx.w;
    let th = ctx.theme;
    if item.is_choice() {
        for (i, c) in form::choices(w, item).into_iter().enumerate() {
            let here = i == w.form.cursor;
            let mark = match (item.is_multi(), c.chosen) {
                (true, true) => "[✔]",
                (true, false) => "[ ]",
                (false, true) => "(●)",
                (false, false) => "( )",
            };
            let style = if here { th.focus() } else { th.text() };
            d.hang(
                &format!("  {} {mark} ", if here { "▶" } else { " " }),
                &c.label,
                style,
            );
        }
        let hint = if item.is_multi() {
            "wizard-form-hint-multi"
        } else {
            "wizard-form-hint-single"
        };
        d.hang("    ", &t!(w.lang, hint), th.dim());
        return;
    }
    if item == Item::Reason {
        reason(d, ctx);
        return;
    }
    if let Some(line) = w.form.line(item) {
        let field = line.line(d.width.saturating_sub(6), true, th.focus());
        let mut spans = vec![Span::styled("    [", th.dim())];
        spans.extend(field.spans);
        spans.push(Span::styled("]", th.dim()));
        d.raw(Line::from(spans));
        let hint = match item {
            Item::Name => "wizard-form-hint-name",
            Item::Email => "wizard-form-hint-email",
            Item::Provider => "wizard-form-hint-provider",
            Item::Phone => "wizard-form-hint-phone",
            _ => "wizard-form-hint-company",
        };
        d.hang("    ", &t!(w.lang, hint), th.dim());
    }
}

/// The reason: the text being rewritten with its cursor, or the generated one with its
/// translation.
fn reason(d: &mut Doc, ctx: &ViewCtx) {
    let w = ctx.w;
    let th = ctx.theme;
    if let Some(edit) = &w.form.reason {
        for spans in edit.spans(true, th.text()) {
            let mut line = vec![Span::raw("    ")];
            line.extend(spans);
            d.spans(&line, 4);
        }
        d.hang(
            "    ",
            &t!(w.lang, "wizard-form-reason-edited-help"),
            th.dim(),
        );
        return;
    }
    if let Some(f) = written::fields(w).into_iter().find(|f| f.is_reason) {
        super::bilingual(d, ctx, &f.value, f.translation.as_deref(), 4);
    }
    d.hang("    ", &t!(w.lang, "wizard-form-reason-help"), th.dim());
}

/// What the form will get, once every answer is in.
fn preview(d: &mut Doc, ctx: &ViewCtx, _area: Rect) {
    let w = ctx.w;
    let th = ctx.theme;
    d.blank()
        .para(&t!(w.lang, "wizard-form-preview-heading"), th.heading());
    let fields = written::fields(w);
    if fields.is_empty() {
        d.hang("  ", &t!(w.lang, "wizard-form-preview-not-yet"), th.dim());
        return;
    }
    for f in fields.iter().filter(|f| !f.is_reason) {
        d.spans(&[Span::styled(format!("  {}", f.label), th.heading())], 4);
        super::bilingual(d, ctx, &f.value, f.translation.as_deref(), 4);
    }
}
