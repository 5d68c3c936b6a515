//! Step 5 on screen: each item on one line with its answer (✔ answered, ○ not yet, ⚠ a
//! problem), the focused one opened (its list of choices, or its field), the problems in the
//! user's language beside it; then the English the form will get, beside its translation.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::{Lang, tr_args};
use crate::request::Question;
use crate::request::{Remark, validate};
use crate::t;
use crate::wizard::steps::form;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::wizard::written;

/// Draws the step, scrolled so the focused item is in view, and within it the highlighted
/// choice or the cursor; the last row says when there is more above or below.
pub fn draw(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let (doc, focus, cursor) = doc(ctx, area);
    let first = ctx.w.form.focus == 0;
    let (top, rows) = window(
        doc.lines.len(),
        usize::from(area.height),
        &focus,
        cursor,
        first,
    );
    let total = doc.lines.len();
    // PgDn/PgUp move the view past the one that follows the focus, until the focus moves.
    let top = (top + usize::from(ctx.w.scroll())).min(total.saturating_sub(rows));
    let lines: Vec<Line> = doc.lines.into_iter().skip(top).take(rows).collect();
    f.render_widget(Paragraph::new(lines), area);
    crate::wizard::ui::more(f, area, ctx, crate::wizard::ui::Window { top, rows, total });
}

/// How many rows PgDn can move the view below the one that follows the focus.
#[must_use]
pub fn room_below(ctx: &ViewCtx, area: Rect) -> u16 {
    let (doc, focus, cursor) = doc(ctx, area);
    let total = doc.lines.len();
    let (top, rows) = window(
        total,
        usize::from(area.height),
        &focus,
        cursor,
        ctx.w.form.focus == 0,
    );
    u16::try_from(total.saturating_sub(rows).saturating_sub(top)).unwrap_or(u16::MAX)
}

/// The first line shown and how many lines are shown, for `total` lines in `height` rows: the
/// whole focused item when it fits (with everything above it when that fits too), else its
/// start; and always the `cursor` line with the line after it.
#[must_use]
pub fn window(
    total: usize,
    height: usize,
    focus: &std::ops::Range<usize>,
    cursor: usize,
    first: bool,
) -> (usize, usize) {
    if total <= height {
        return (0, total);
    }
    // The last row is kept for "more below/above".
    let rows = height.saturating_sub(1).max(1);
    // Everything from the top when the item fits below it, or when it is the first item (the
    // step's introduction stays, and its end follows the cursor); else the item from its
    // start (a paragraph above it half shown would read as cut off).
    let mut top = if focus.end <= rows || first {
        0
    } else {
        focus.start
    };
    if cursor + 2 > top + rows {
        top = (cursor + 2).saturating_sub(rows);
    }
    top = top.min(cursor).min(total.saturating_sub(rows));
    (top, rows)
}

/// The body, where the focused item stands in it, and the line of its cursor (the highlighted
/// choice, the field being typed in).
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> (Doc, std::ops::Range<usize>, usize) {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(area.width);
    if written::entry(w).is_none() {
        d.hang("⚠ ", &t!(lang, "wizard-form-no-list"), th.warn());
        return (d, 0..0, 0);
    }
    if written::recipient_acts(w) {
        d.hang("✔ ", &t!(lang, "wizard-form-recipient"), th.done());
        return (d, 0..0, 0);
    }
    if written::nothing_to_send(w) {
        // It says what the questions are for here, in place of the usual introduction.
        d.hang("⚠ ", &t!(lang, "wizard-form-nothing-to-send"), th.warn())
            .blank();
    } else {
        let route = written::route_kind(w);
        d.para(&t!(lang, "wizard-form-intro", route = route), th.dim())
            .blank();
    }
    // Said from the start: it is answered on another step, not by any question below.
    let elsewhere = form::elsewhere(w);
    for text in &elsewhere {
        d.hang("⚠ ", text, th.warn());
    }
    if !elsewhere.is_empty() {
        d.blank();
    }
    let problems = written::problems(w);
    let advice = written::advice(w);
    let mut focus = 0..0;
    let mut cursor = 0;
    for item in form::items(w) {
        let focused = w.form.focused == Some(item);
        let start = d.lines.len();
        let show_problems = w.form.tried || (w.form.visited.contains(&item) && !focused);
        let mine: Vec<_> = problems
            .iter()
            .filter(|p| p.about == item.remarks_of())
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
            cursor = super::form_item::opened(&mut d, ctx, item).unwrap_or(start);
        }
        if show_problems {
            for p in &mine {
                // "Missing" for a list of choices: the request writer names its command-line
                // ids; here the choices are on screen, so say it plainly.
                let text = if item.is_choice() && !answered(ctx, item) {
                    t!(lang, "wizard-form-pick-one")
                } else {
                    super::remark_text(p, lang)
                };
                d.hang("    ⚠ ", &text, th.warn());
            }
        }
        for a in advice
            .iter()
            .filter(|a| a.about == item.remarks_of() && item != Question::Reason)
        {
            d.hang("    » ", &remark_words(a, lang), th.dim());
        }
        if focused {
            focus = start..d.lines.len();
        }
    }
    preview(&mut d, ctx, area);
    (d, focus, cursor)
}

/// A remark in the request writer's words, except where the wizard lays things out its own
/// way: the email to the provider is not "below" here but on step 7, and a free mail service
/// is never offered as the domain to write from.
fn remark_words(r: &Remark, lang: Lang) -> String {
    let arg = |name: &str| {
        r.args
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let free_mail = || validate::is_free_mail(arg("domain").unwrap_or_default());
    let id = match r.id.as_str() {
        "request-advice-ask-provider-first" => "wizard-form-ask-provider-first",
        "request-advice-email-role" if free_mail() => "wizard-form-email-role-free",
        _ => return super::remark_text(r, lang),
    };
    let args = crate::request::fluent_args(lang, &r.args);
    tr_args(lang, id, Some(&args))
}

fn answered(ctx: &ViewCtx, item: Question) -> bool {
    ctx.w.form.answered(&ctx.w.draft, item)
}

fn label(ctx: &ViewCtx, item: Question, focused: bool) -> String {
    let lang = ctx.w.lang;
    let id = match (item, focused) {
        (Question::Cause, true) => "request-question-cause",
        (Question::Fixes, true) => "request-question-fixes",
        (Question::Prevention, true) => "request-question-prevention",
        (Question::Server, true) => "request-question-server",
        (Question::IpKind, true) => "request-question-ip-kind",
        (Question::IpKind, false) => "wizard-form-item-ip-kind",
        (Question::Cause, false) => "wizard-form-item-cause",
        (Question::Fixes, false) => "wizard-form-item-fixes",
        (Question::Prevention, false) => "wizard-form-item-prevention",
        (Question::Server, false) => "wizard-form-item-server",
        (Question::Provider, _) => "wizard-form-item-provider",
        (Question::NameJa, _) => "wizard-form-item-name-ja",
        (Question::Name, _) => "wizard-form-item-name",
        (Question::Email, _) => "wizard-form-item-email",
        (Question::Role, _) => "wizard-form-item-role",
        (Question::Company, _) => "wizard-form-item-company",
        (Question::CompanyJa, _) => "wizard-form-item-company-ja",
        (Question::Phone, _) => "wizard-form-item-phone",
        (Question::Reason, _) => "wizard-form-item-reason",
        // Asked on steps 3 and 4, never as an item of this step; named as those steps are.
        (Question::Ip, _) => "wizard-step-ip",
        (Question::List, _) => "wizard-step-list",
    };
    let text = t!(lang, id);
    if focused { text } else { format!("{text}: ") }
}

/// The answer on one line, for an item without the focus.
fn summary(ctx: &ViewCtx, item: Question) -> String {
    let lang = ctx.w.lang;
    if item == Question::Reason {
        return t!(
            lang,
            if ctx.w.draft.reason.is_some() {
                "wizard-form-reason-edited"
            } else {
                "wizard-form-reason-ready"
            }
        );
    }
    // A value the user gave in an earlier case says so, never passing for a fresh answer.
    let remembered = if ctx.w.form.prefilled.contains(&item) {
        format!(" ({})", t!(lang, "wizard-profile-mark"))
    } else {
        String::new()
    };
    if item.is_choice() {
        let chosen: Vec<String> = form::choices(ctx.w, item)
            .into_iter()
            .filter(|c| c.chosen)
            .map(|c| c.label)
            .collect();
        return if chosen.is_empty() {
            t!(lang, "wizard-form-unanswered")
        } else {
            chosen.join(&t!(lang, "wizard-list-sep")) + &remembered
        };
    }
    let value = ctx
        .w
        .form
        .line(item)
        .map(|l| l.value().trim().to_owned())
        .unwrap_or_default();
    if value.is_empty() {
        if item == Question::Provider
            && let Some(p) = detected_provider(ctx)
        {
            return t!(lang, "wizard-form-provider-detected", name = p);
        }
        // Answered by the kana of the name above (the tick says so): show what it gives.
        if item == Question::Name
            && let Some(romaji) = crate::request::validate::romanised(ctx.w.form.name_ja.value())
        {
            return t!(lang, "wizard-form-name-from-above", name = romaji);
        }
        return t!(lang, "wizard-form-unanswered");
    }
    value + &remembered
}

fn detected_provider(ctx: &ViewCtx) -> Option<String> {
    let facts = written::facts(ctx.w);
    let p = crate::hosting::find(facts.provider.as_deref()?)?;
    Some(p.name(ctx.w.lang).to_owned())
}

/// What the form will get, once every answer is in.
fn preview(d: &mut Doc, ctx: &ViewCtx, _area: Rect) {
    let w = ctx.w;
    let th = ctx.theme;
    // No form to fill: the answers only feed the message to the provider, on step 7.
    if written::nothing_to_send(w) {
        return;
    }
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

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_window_follows_the_cursor_and_keeps_the_item_whole_when_it_can() {
        // Everything fits: no scrolling, no row kept for "more".
        assert_eq!(window(10, 20, &(3..8), 4, false), (0, 10));
        // The item fits below what is above it.
        assert_eq!(window(40, 20, &(3..12), 5, false), (0, 19));
        // A later item: shown from its start.
        assert_eq!(window(40, 20, &(25..30), 26, false), (21, 19));
        // A long item: the cursor and the line after it stay in view.
        assert_eq!(window(60, 10, &(5..40), 30, false), (23, 9));
        // The first item keeps the introduction until the cursor needs the room.
        assert_eq!(window(40, 20, &(4..22), 6, true), (0, 19));
        assert_eq!(window(40, 20, &(4..22), 20, true), (3, 19));
    }
}
