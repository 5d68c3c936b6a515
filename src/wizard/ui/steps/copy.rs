//! Step 6 on screen: the numbered fields with their values (English beside Japanese from 100
//! columns on), a ✔ beside each one copied, then the clicks on the web page in order.

use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::t;
use crate::wizard::layout::{SIDE_BY_SIDE, Shape};
use crate::wizard::steps::form;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;

/// The step's body.
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> Doc {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(area.width);
    let fields = form::fields(w);
    if fields.is_empty() {
        d.hang("⚠ ", &t!(lang, "wizard-copy-nothing"), th.warn());
        return d;
    }
    d.para(&t!(lang, "wizard-copy-intro"), th.text()).blank();
    let side = ctx.shape == Shape::SideBySide && area.width >= SIDE_BY_SIDE;
    for (i, f) in fields.iter().enumerate() {
        let n = i + 1;
        let mark = if w.copy.copied.contains(&n) {
            "✔"
        } else {
            " "
        };
        d.spans(
            &[
                Span::styled(format!(" {n} "), th.key()),
                Span::styled(format!(" {mark} {}", f.label), th.heading()),
            ],
            4,
        );
        let value = if f.value.is_empty() {
            t!(lang, "wizard-copy-empty-value")
        } else {
            f.value.clone()
        };
        match (&f.translation, side) {
            (Some(ja), true) => {
                let half = (area.width.saturating_sub(5)) / 2;
                let mut left = Doc::new(half);
                left.para(&value, th.text());
                let mut right = Doc::new(half);
                right.para(ja, th.dim());
                let both = Doc::beside(left, right, 1);
                for line in both.lines {
                    let mut spans = vec![Span::raw("    ")];
                    spans.extend(line.spans);
                    d.raw(ratatui::text::Line::from(spans));
                }
            }
            (Some(ja), false) => {
                d.hang("    ", &value, th.text());
                d.hang("    ", ja, th.dim());
            }
            (None, _) => {
                d.hang("    ", &value, th.text());
            }
        }
    }
    d.blank()
        .para(&t!(lang, "wizard-copy-checklist-heading"), th.heading());
    d.hang("  ", &t!(lang, "wizard-copy-checklist-generic"), th.text());
    d
}
