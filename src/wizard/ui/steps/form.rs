//! Step 5 on screen: the list's fields in the form's order, the focused one editable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::t;
use crate::wizard::line_edit::LineEdit;
use crate::wizard::steps::form;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;

/// Draws the step.
pub fn draw(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let th = ctx.theme;
    let mut d = Doc::new(area.width);
    let fields = form::fields(w);
    if fields.is_empty() {
        d.hang("⚠ ", &t!(w.lang, "wizard-form-no-fields"), th.warn());
    }
    let mut focus_line = 0;
    for (i, field) in fields.iter().enumerate() {
        let focused = i == w.form.focus;
        if focused {
            focus_line = d.lines.len();
        }
        let style = if focused { th.focus() } else { th.heading() };
        d.spans(
            &[Span::styled(
                format!("{} {}", if focused { "▶" } else { " " }, field.label),
                style,
            )],
            2,
        );
        let edit = w
            .form
            .values
            .get(&field.id)
            .cloned()
            .unwrap_or_else(|| LineEdit::new(&field.value));
        let mut spans = vec![Span::raw("    ")];
        spans.extend(
            edit.line(
                usize::from(area.width).saturating_sub(4),
                focused,
                th.text(),
            )
            .spans,
        );
        d.raw(Line::from(spans));
    }
    let height = usize::from(area.height);
    let top = (focus_line + 3).saturating_sub(height);
    let lines: Vec<_> = d.lines.into_iter().skip(top).collect();
    f.render_widget(Paragraph::new(lines), area);
}
