//! Step 5 on screen, the focused item opened: its list of choices, its field with the cursor,
//! or the English reason (written from the answers, or being rewritten). Each says on which
//! line its cursor is, so the step can keep that line in view.

use ratatui::text::{Line, Span};

use crate::request::Question;
use crate::t;
use crate::wizard::steps::form;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::wizard::written;

/// The focused item opened: its choices, its field, or the reason being written. Returns the
/// line of its cursor.
pub fn opened(d: &mut Doc, ctx: &ViewCtx, item: Question) -> Option<usize> {
    let w = ctx.w;
    let th = ctx.theme;
    let mut cursor = None;
    if item.is_choice() {
        let choices = form::choices(w, item);
        let count = choices.len();
        for (i, c) in choices.into_iter().enumerate() {
            let here = i == w.form.cursor;
            if here {
                cursor = Some(d.lines.len());
            }
            let mark = match (item.is_multi(), c.chosen) {
                (true, true) => "[✔]",
                (true, false) => "[ ]",
                (false, true) => "(●)",
                (false, false) => "( )",
            };
            // The number that chooses it, the same on every screen; right-aligned so that the
            // marks stay in one column when a list reaches 10.
            let width = if count >= 10 { 3 } else { 2 };
            let number = format!("{:>width$}", format!("{}.", i + 1));
            let pointer = if here { "▶" } else { " " };
            let head = format!("  {pointer} {number} {mark} ");
            match &c.blocked {
                // Greyed out, with why: a word as well as the colour.
                Some(why) => {
                    let text = t!(
                        w.lang,
                        "wizard-form-blocked",
                        label = c.label.as_str(),
                        why = why.as_str()
                    );
                    d.hang(&head, &text, th.dim())
                }
                None => d.hang(&head, &c.label, if here { th.focus() } else { th.text() }),
            };
        }
        let hint = if w.form.prefilled.contains(&item) {
            "wizard-form-hint-remembered"
        } else if item.is_multi() {
            "wizard-form-hint-multi"
        } else {
            "wizard-form-hint-single"
        };
        d.hang("    ", &t!(w.lang, hint), th.dim());
        return cursor;
    }
    if item == Question::Reason {
        return reason(d, ctx);
    }
    if let Some(line) = w.form.line(item) {
        cursor = Some(d.lines.len());
        let field = line.line(d.width.saturating_sub(6), true, th.focus());
        let mut spans = vec![Span::styled("    [", th.dim())];
        spans.extend(field.spans);
        spans.push(Span::styled("]", th.dim()));
        d.raw(Line::from(spans));
        let hint = match item {
            _ if w.form.prefilled.contains(&item) => "wizard-form-hint-remembered",
            Question::NameJa => "wizard-form-hint-name-ja",
            Question::CompanyJa => "wizard-form-hint-company-ja",
            Question::Name => "wizard-form-hint-name",
            Question::Email => "wizard-form-hint-email",
            Question::Provider => "wizard-form-hint-provider",
            Question::Phone => "wizard-form-hint-phone",
            _ => "wizard-form-hint-company",
        };
        d.hang("    ", &t!(w.lang, hint), th.dim());
    }
    cursor
}

/// The reason: the text being rewritten with its cursor, or the generated one with its
/// translation. Returns the line of the cursor while rewriting.
fn reason(d: &mut Doc, ctx: &ViewCtx) -> Option<usize> {
    let w = ctx.w;
    let th = ctx.theme;
    if let Some(edit) = &w.draft.reason {
        let mut cursor = None;
        for spans in edit.spans(true, th.text()) {
            let mut line = vec![Span::raw("    ")];
            line.extend(spans);
            let before = d.lines.len();
            d.spans(&line, 4);
            // The cursor is the one reversed cell; find the wrapped line that holds it.
            cursor = cursor.or_else(|| {
                (before..d.lines.len()).find(|&i| {
                    d.lines[i].spans.iter().any(|s| {
                        s.style
                            .add_modifier
                            .contains(ratatui::style::Modifier::REVERSED)
                    })
                })
            });
        }
        d.hang(
            "    ",
            &t!(w.lang, "wizard-form-reason-edited-help"),
            th.dim(),
        );
        return cursor;
    }
    if let Some(f) = written::fields(w).into_iter().find(|f| f.is_reason) {
        super::bilingual(d, ctx, &f.value, f.translation.as_deref(), 4);
    }
    d.hang("    ", &t!(w.lang, "wizard-form-reason-help"), th.dim());
    None
}
