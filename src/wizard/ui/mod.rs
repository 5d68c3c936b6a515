//! Drawing, and nothing else: every function here reads the wizard and writes cells. Each step
//! has its file; `chrome` draws what surrounds them, `overlay` what is drawn over them.

mod chrome;
pub mod doc;
mod overlay;
mod steps;
pub use steps::remark_text;
pub mod theme;
pub mod wrap;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use self::doc::Doc;
pub use self::theme::Theme;
use super::layout::{self, Chrome, Shape};
use super::state::{Step, Wizard};
use crate::t;

/// What a frame is drawn from: the wizard, the styles and the screen's shape.
#[derive(Clone, Copy)]
pub struct ViewCtx<'a> {
    /// The state.
    pub w: &'a Wizard,
    /// Colours or not.
    pub theme: Theme,
    /// Stacked or side by side.
    pub shape: Shape,
}

/// Draws one frame.
pub fn draw(f: &mut Frame, w: &Wizard, theme: Theme) {
    let area = f.area();
    let ctx = ViewCtx {
        w,
        theme,
        shape: layout::shape(area),
    };
    if ctx.shape == Shape::TooSmall {
        draw_too_small(f, area, &ctx);
        return;
    }
    let c = chrome_for(&ctx, area);
    chrome::title(f, c.title, &ctx);
    chrome::steps(f, c.steps, &ctx);
    match w.step {
        Step::Paste => steps::paste::draw(f, c.body, &ctx),
        Step::Form => steps::form::draw(f, c.body, &ctx),
        _ => {
            let doc = body(&ctx, c.body);
            let total = doc.lines.len();
            let max = max_offset(&doc, c.body);
            let top = w.scroll().min(max);
            let rows = usize::from(visible_rows(&doc, c.body));
            let end = doc.view_end(usize::from(top), rows);
            let lines = doc
                .lines
                .into_iter()
                .take(end)
                .skip(usize::from(top))
                .collect::<Vec<_>>();
            f.render_widget(Paragraph::new(lines), c.body);
            more(
                f,
                c.body,
                &ctx,
                Window {
                    top: usize::from(top),
                    rows,
                    total,
                },
            );
        }
    }
    chrome::notice(f, c.notice, &ctx);
    chrome::keys(f, c.keys, &ctx);
    // A box drawn over the step leaves the key bar visible: it lists the box's own keys.
    let above_keys = Rect {
        height: area.height.saturating_sub(c.keys.height),
        ..area
    };
    overlay::draw(f, area, above_keys, &ctx);
}

/// What part of a body is shown: its first line, how many, of how many.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Window {
    /// The first line shown.
    pub top: usize,
    /// Lines shown.
    pub rows: usize,
    /// Lines in all.
    pub total: usize,
}

impl Window {
    /// The page shown and the number of pages (「2/3ページ」), for reading out on the phone.
    fn page(self) -> (usize, usize) {
        let rows = self.rows.max(1);
        let pages = self.total.div_ceil(rows).max(1);
        let page = if self.top + rows >= self.total {
            pages
        } else {
            (self.top.div_ceil(rows) + 1).min(pages)
        };
        (page, pages)
    }
}

/// Says, on the body's last row (kept free for it), which page is shown, that there is more
/// below or above, and which keys show it.
pub(crate) fn more(f: &mut Frame, body: Rect, ctx: &ViewCtx, window: Window) {
    let above = window.top > 0;
    let below = window.top + window.rows < window.total;
    let id = match (above, below) {
        (_, true) => "wizard-more-below",
        (true, false) => "wizard-more-above",
        (false, false) => return,
    };
    if body.height < 2 {
        return;
    }
    let (page, pages) = window.page();
    let text = format!(
        " {}  {} ",
        t!(ctx.w.lang, "wizard-page", page = page, pages = pages),
        t!(ctx.w.lang, id)
    );
    let width = u16::try_from(super::sanitize::width(&text)).unwrap_or(body.width);
    let x = body.x + body.width.saturating_sub(width);
    let area = Rect::new(x, body.y + body.height - 1, width.min(body.width), 1);
    f.render_widget(Paragraph::new(text).style(ctx.theme.key()), area);
}

fn chrome_for(ctx: &ViewCtx, area: Rect) -> Chrome {
    let keys = u16::try_from(chrome::key_lines(ctx, area.width).len()).unwrap_or(2);
    // A copy's result can be long (the tmux tip): it may take a quarter of the screen.
    let most = usize::from(area.height / 4).max(3);
    let notice = chrome::notice_doc(ctx, area.width)
        .lines
        .len()
        .clamp(1, most);
    layout::chrome(area, u16::try_from(notice).unwrap_or(1), keys)
}

/// The scrollable body of a text step.
fn body(ctx: &ViewCtx, area: Rect) -> Doc {
    let mut doc = match ctx.w.step {
        Step::Happened => steps::happened::doc(ctx, area),
        Step::Ip => steps::ip::doc(ctx, area),
        Step::List => steps::list::doc(ctx, area),
        Step::Copy => steps::copy::doc(ctx, area),
        Step::After => steps::after::doc(ctx, area),
        Step::Paste | Step::Form => Doc::new(area.width),
    };
    // Longer than the screen: laid out on the pages Page Down shows, so that no page ends
    // with a heading.
    if doc.lines.len() > usize::from(area.height) {
        doc.paginate(usize::from(area.height.saturating_sub(1).max(1)));
    }
    doc
}

/// Rows of text shown: all of the body, or all but its last row when the text is longer and
/// that row says so.
fn visible_rows(doc: &Doc, area: Rect) -> u16 {
    if doc.lines.len() > usize::from(area.height) {
        area.height.saturating_sub(1).max(1)
    } else {
        area.height
    }
}

fn max_offset(doc: &Doc, area: Rect) -> u16 {
    let rows = usize::from(visible_rows(doc, area));
    u16::try_from(doc.lines.len().saturating_sub(rows)).unwrap_or(u16::MAX)
}

fn body_area(w: &Wizard) -> (ViewCtx<'_>, Rect) {
    let (width, height) = w.viewport;
    let area = Rect::new(0, 0, width, height);
    let ctx = ViewCtx {
        w,
        theme: Theme { color: false },
        shape: layout::shape(area),
    };
    let body = chrome_for(&ctx, area).body;
    (ctx, body)
}

/// How far the current step's body can scroll at the last known terminal size (on the form:
/// how far past the view that follows the focus).
#[must_use]
pub fn max_scroll(w: &Wizard) -> u16 {
    let (ctx, area) = body_area(w);
    if w.step == Step::Form {
        return steps::form::room_below(&ctx, area);
    }
    max_offset(&body(&ctx, area), area)
}

/// Rows in one page of the body.
#[must_use]
pub fn page_rows(w: &Wizard) -> u16 {
    body_area(w).1.height.saturating_sub(1).max(1)
}

/// What the plain view prints under the copied text: how the copy went, and how to select.
#[must_use]
pub fn plain_footer(w: &Wizard) -> String {
    let mut lines = Vec::new();
    if let Some(n) = &w.notice {
        let symbol = match n.tone {
            super::state::Tone::Done => "✔",
            super::state::Tone::Warn => "⚠",
            super::state::Tone::Info => "»",
        };
        lines.push(format!("{symbol} {}", n.text));
    }
    lines.push(t!(w.lang, "wizard-plain-help"));
    lines.join("\n")
}

/// Whether the terminal, at its last known size, is too small for anything but a message.
#[must_use]
pub fn too_small(w: &Wizard) -> bool {
    let (width, height) = w.viewport;
    layout::shape(Rect::new(0, 0, width, height)) == Shape::TooSmall
}

fn draw_too_small(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let lang = ctx.w.lang;
    let mut text = t!(
        lang,
        "wizard-too-small",
        width = layout::MIN_WIDTH,
        height = layout::MIN_HEIGHT,
        now = format!("{}×{}", area.width, area.height)
    );
    // The quit question cannot be drawn as a box here: it is asked in the message itself.
    if ctx.w.overlay == Some(super::state::Overlay::ConfirmQuit) {
        text = format!(
            "{}\n{}",
            t!(lang, "wizard-quit-question"),
            t!(lang, "wizard-quit-keys")
        );
    }
    let p = Paragraph::new(text)
        .style(ctx.theme.warn())
        .wrap(Wrap { trim: true });
    let rows = 5.min(area.height);
    let y = area.y + area.height.saturating_sub(rows) / 2;
    f.render_widget(p, Rect::new(area.x, y, area.width, rows));
}
