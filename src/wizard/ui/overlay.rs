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
use crate::wizard::steps::list::official_page;
use crate::wizard::{qr, sanitize};

/// Draws the overlay, if one is open: a box within `boxes` (the screen above the key bar), or
/// the plain view over the whole `screen`.
pub fn draw(f: &mut Frame, screen: Rect, boxes: Rect, ctx: &ViewCtx) {
    match ctx.w.overlay {
        Some(Overlay::Help) => help(f, boxes, ctx),
        Some(Overlay::ConfirmQuit) => confirm_quit(f, boxes, ctx),
        Some(Overlay::Qr) => qr_code(f, boxes, ctx),
        Some(Overlay::Plain) => plain(f, screen, ctx),
        Some(Overlay::Resume) => resume(f, boxes, ctx),
        Some(Overlay::NewCase) => new_case(f, boxes, ctx),
        None => {}
    }
}

/// A wide character just left of a box would reach under its border, and the terminal would
/// draw it over the border (ratatui skips the cell a wide character covers): it becomes a
/// space, so the border shows on every row.
fn clear_left_edge(f: &mut Frame, r: Rect) {
    if r.x == 0 {
        return;
    }
    let buf = f.buffer_mut();
    for y in r.top()..r.bottom() {
        let cell = &mut buf[(r.x - 1, y)];
        if sanitize::width(cell.symbol()) > 1 {
            cell.set_symbol(" ");
        }
    }
}

fn boxed(f: &mut Frame, area: Rect, title: &str, doc: Doc, ctx: &ViewCtx) {
    boxed_with(f, area, title, doc, None, ctx);
}

/// A box with a title, and a note in its bottom border (that there is more to scroll).
fn boxed_with(
    f: &mut Frame,
    area: Rect,
    title: &str,
    doc: Doc,
    bottom: Option<String>,
    ctx: &ViewCtx,
) {
    let height = u16::try_from(doc.lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let width = u16::try_from(doc.width)
        .unwrap_or(u16::MAX)
        .saturating_add(4);
    let r = centered(area, width, height);
    let mut block = Block::bordered()
        .title(Span::styled(format!(" {title} "), ctx.theme.title()))
        .padding(ratatui::widgets::Padding::horizontal(1));
    if let Some(note) = bottom {
        block = block.title_bottom(Line::from(Span::styled(note, ctx.theme.key())).right_aligned());
    }
    let inner = block.inner(r);
    clear_left_edge(f, r);
    f.render_widget(Clear, r);
    f.render_widget(block, r);
    f.render_widget(Paragraph::new(doc.lines), inner);
}

fn help(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let width = area.width.saturating_sub(8).min(72);
    let mut d = Doc::new(width);
    // A step with nothing to fill or copy in this case says so, not how its fields work.
    let text = match w.step_mode() {
        keys::Mode::FormNoList => "wizard-help-form-nothing",
        keys::Mode::CopyNothing => "wizard-help-copy-nothing",
        _ => w.step.help_id(),
    };
    d.para(&t!(w.lang, text), ctx.theme.text()).blank();
    d.para(&t!(w.lang, "wizard-help-keys-heading"), ctx.theme.heading());
    // The keys of the step itself, not of the help screen that is now open.
    for b in keys::offered(w.step_mode(), w.offer()) {
        let key = format!("  {:<10}", super::chrome::key_label(w, b));
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
    // Taller than the window: ↑↓ scroll it, and its bottom border says there is more.
    let max = usize::from(area.height.saturating_sub(2));
    let total = d.lines.len();
    let top = usize::from(w.help_scroll).min(total.saturating_sub(max));
    d.lines.drain(..top);
    d.lines.truncate(max);
    let note = match (top > 0, top + max < total) {
        (_, true) => Some(format!(" {} ", t!(w.lang, "wizard-help-more-below"))),
        (true, false) => Some(format!(" {} ", t!(w.lang, "wizard-help-more-above"))),
        (false, false) => None,
    };
    boxed_with(f, area, &t!(w.lang, "wizard-help-title"), d, note, ctx);
}

fn confirm_quit(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let mut d = Doc::new(area.width.saturating_sub(8).min(56));
    d.para(&t!(w.lang, "wizard-quit-question"), ctx.theme.heading())
        .blank();
    // Saved: say under which id and how to come back; not saved (no home folder): say so.
    if let Some(case) = &w.case {
        d.para(
            &t!(w.lang, "wizard-quit-saved", id = case.id.as_str()),
            ctx.theme.text(),
        )
        .blank();
    } else if crate::wizard::saved::worth_saving(w) {
        d.para(&t!(w.lang, "wizard-quit-unsaved"), ctx.theme.text())
            .blank();
    }
    // The last copy dies with the program: said now, while there is still time to paste it.
    if let Some(warning) = &w.exit_warning {
        d.hang("⚠ ", warning, ctx.theme.warn());
        d.hang(
            "  ",
            &t!(
                w.lang,
                "wizard-quit-hold",
                seconds = crate::wizard::clip::HOLD_AFTER_EXIT.as_secs()
            ),
            ctx.theme.text(),
        )
        .blank();
    }
    d.para(&t!(w.lang, "wizard-quit-keys"), ctx.theme.dim());
    boxed(f, area, &t!(w.lang, "wizard-quit-title"), d, ctx);
}

/// "Continue where you left off?": what the case is, so the user knows which one.
fn resume(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let Some(case) = w.resume_offer.as_deref() else {
        return;
    };
    let mut d = Doc::new(area.width.saturating_sub(8).min(60));
    d.para(&t!(w.lang, "wizard-resume-question"), ctx.theme.heading())
        .blank();
    let list = case
        .list
        .as_deref()
        .and_then(|id| crate::blocklist::CATALOGUE.get(id))
        .map_or_else(
            || t!(w.lang, "case-list-no-list"),
            |e| crate::words::list_name(e, case.sublist.as_deref(), w.lang),
        );
    let ip = case
        .ip
        .map_or_else(|| t!(w.lang, "case-list-no-ip"), |ip| ip.to_string());
    for line in [
        t!(
            w.lang,
            "wizard-resume-saved",
            time = case.updated_words(w.lang)
        ),
        t!(w.lang, "wizard-resume-what", list = list, ip = ip),
        t!(w.lang, "wizard-resume-step", step = i64::from(case.step)),
    ] {
        d.hang("  ", &line, ctx.theme.text());
    }
    d.blank()
        .para(&t!(w.lang, "wizard-resume-keys"), ctx.theme.dim());
    boxed(f, area, &t!(w.lang, "wizard-resume-title"), d, ctx);
}

/// A new bounce was pasted: a new case, or back to this one.
fn new_case(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let mut d = Doc::new(area.width.saturating_sub(8).min(60));
    d.para(&t!(w.lang, "wizard-new-case-question"), ctx.theme.heading())
        .blank();
    let kept = match &w.case {
        Some(c) => t!(w.lang, "wizard-new-case-kept", id = c.id.as_str()),
        None => t!(w.lang, "wizard-new-case-kept-unsaved"),
    };
    d.para(&kept, ctx.theme.text()).blank();
    d.para(&t!(w.lang, "wizard-new-case-keys"), ctx.theme.dim());
    boxed(f, area, &t!(w.lang, "wizard-new-case-title"), d, ctx);
}

fn qr_code(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let Some((kind, url)) = official_page(w) else {
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
    // Under the code, what it does, then the address itself, each only if it fits whole: the
    // address is on the step too.
    let room = usize::from(area.height.saturating_sub(2));
    for (text, style) in [
        (
            t!(w.lang, "wizard-qr-help", page = kind.id()),
            ctx.theme.dim(),
        ),
        (url, ctx.theme.link()),
    ] {
        let mut part = Doc::new(u16::try_from(d.width).unwrap_or(u16::MAX));
        part.para(&text, style);
        if d.lines.len() + part.lines.len() <= room {
            d.append(part);
        }
    }
    boxed(f, area, &t!(w.lang, "wizard-qr-title"), d, ctx);
}

/// The copied text alone on the screen, without borders or symbols, so that selecting it with
/// the mouse copies exactly the text (mouse capture is never turned on).
fn plain(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    f.render_widget(Clear, area);
    // Under the text: how the copy went (a file's path, say), then how to select.
    let mut help = super::chrome::notice_doc(ctx, area.width);
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
