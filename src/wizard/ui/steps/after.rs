//! Step 7 on screen: what to expect, why it happened, how to prevent it, and the Japanese
//! email to the hosting provider, ready to copy.

use ratatui::layout::Rect;

use crate::t;
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
    d.para(&t!(lang, "wizard-after-expect-heading"), th.heading());
    d.hang("  ", &t!(lang, "wizard-after-expect"), th.text())
        .blank();
    d.para(&t!(lang, "wizard-after-why-heading"), th.heading());
    d.hang("  ", &t!(lang, "wizard-after-why"), th.text())
        .blank();
    d.para(&t!(lang, "wizard-after-prevent-heading"), th.heading());
    d.hang("  ", &t!(lang, "wizard-after-prevent"), th.text())
        .blank();
    d.para(&t!(lang, "wizard-after-email-heading"), th.heading());
    match form::provider_email(w) {
        Some(text) => {
            d.hang("  ", &text, th.text());
        }
        None => {
            d.hang("  ", &t!(lang, "wizard-after-no-email"), th.dim());
        }
    }
    d
}
