//! What is drawn over a step: the help (the step's explanation and every key from its table),
//! the quit question, and the QR code of the lookup page.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::ViewCtx;
use super::doc::Doc;
use super::steps::list::qr_style;
use crate::t;
use crate::wizard::keys;
use crate::wizard::layout::centered;
use crate::wizard::state::Overlay;
use crate::wizard::steps::list::lookup_url;
use crate::wizard::{qr, sanitize};

/// Draws the overlay, if one is open.
pub fn draw(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    match ctx.w.overlay {
        Some(Overlay::Help) => help(f, area, ctx),
        Some(Overlay::ConfirmQuit) => confirm_quit(f, area, ctx),
        Some(Overlay::Qr) => qr_code(f, area, ctx),
        Some(Overlay::Plain) => plain(f, area, ctx),
        None => {}
    }
}

fn boxed(f: &mut Frame, area: Rect, title: &str, doc: Doc, ctx: &ViewCtx) {
    let height = u16::try_from(doc.lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let width = u16::try_from(doc.width)
        .unwrap_or(u16::MAX)
        .saturating_add(4);
    let r = centered(area, width, height);
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), ctx.theme.title()))
        .padding(ratatui::widgets::Padding::horizontal(1));
    let inner = block.inner(r);
    f.render_widget(Clear, r);
    f.render_widget(block, r);
    f.render_widget(Paragraph::new(doc.lines), inner);
}

fn help(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let width = area.width.saturating_sub(8).min(72);
    let mut d = Doc::new(width);
    d.para(&t!(w.lang, w.step.help_id()), ctx.theme.text())
        .blank();
    d.para(&t!(w.lang, "wizard-help-keys-heading"), ctx.theme.heading());
    // The keys of the step itself, not of the help screen that is now open.
    for b in keys::offered(w.step_mode(), w.desktop) {
        let key = format!("  {:<10}", b.label);
        d.spans(
            &[
                Span::styled(key, ctx.theme.heading()),
                Span::styled(t!(w.lang, b.hint), ctx.theme.text()),
            ],
            12,
        );
    }
    d.blank()
        .para(&t!(w.lang, "wizard-help-close"), ctx.theme.dim());
    // Taller than the window: ↑↓ scroll it.
    let max = usize::from(area.height.saturating_sub(2));
    let top = usize::from(w.help_scroll).min(d.lines.len().saturating_sub(max));
    d.lines.drain(..top);
    d.lines.truncate(max);
    boxed(f, area, &t!(w.lang, "wizard-help-title"), d, ctx);
}

fn confirm_quit(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let mut d = Doc::new(area.width.saturating_sub(8).min(56));
    d.para(&t!(w.lang, "wizard-quit-question"), ctx.theme.heading())
        .blank();
    d.para(&t!(w.lang, "wizard-quit-unsaved"), ctx.theme.text())
        .blank();
    d.para(&t!(w.lang, "wizard-quit-keys"), ctx.theme.dim());
    boxed(f, area, &t!(w.lang, "wizard-quit-title"), d, ctx);
}

fn qr_code(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let Some(url) = lookup_url(w) else {
        return;
    };
    let Some(rows) = qr::lines(&url) else {
        return;
    };
    let qr_width = rows.first().map_or(0, |r| sanitize::width(r));
    let mut d = Doc::new(
        u16::try_from(qr_width.max(40))
            .unwrap_or(40)
            .min(area.width.saturating_sub(4)),
    );
    // A code cut short cannot be read: with too little room, say so instead.
    if rows.len() + 2 > usize::from(area.height.saturating_sub(2)) || qr_width > d.width {
        d.para(&t!(w.lang, "wizard-qr-too-small"), ctx.theme.warn());
        d.para(&url, ctx.theme.link());
        boxed(f, area, &t!(w.lang, "wizard-qr-title"), d, ctx);
        return;
    }
    let pad = d.width.saturating_sub(qr_width) / 2;
    for row in rows {
        d.raw(Line::from(vec![
            Span::raw(" ".repeat(pad)),
            Span::styled(row, qr_style(ctx)),
        ]));
    }
    d.para(&url, ctx.theme.link());
    d.para(&t!(w.lang, "wizard-qr-help"), ctx.theme.dim());
    let max = usize::from(area.height.saturating_sub(2));
    d.lines.truncate(max);
    boxed(f, area, &t!(w.lang, "wizard-qr-title"), d, ctx);
}

/// The copied text alone on the screen, without borders or symbols, so that selecting it with
/// the mouse copies exactly the text (mouse capture is never turned on).
fn plain(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    f.render_widget(Clear, area);
    let mut help = Doc::new(area.width);
    help.para(&t!(w.lang, "wizard-plain-help"), ctx.theme.dim());
    let help_rows = u16::try_from(help.lines.len())
        .unwrap_or(2)
        .min(area.height / 2);
    let text_area = Rect::new(area.x, area.y, area.width, area.height - help_rows);
    let mut d = Doc::new(area.width);
    d.para(w.plain.as_deref().unwrap_or_default(), ctx.theme.text());
    f.render_widget(Paragraph::new(d.lines), text_area);
    let help_area = Rect::new(
        area.x,
        area.y + area.height - help_rows,
        area.width,
        help_rows,
    );
    f.render_widget(Paragraph::new(help.lines), help_area);
}
