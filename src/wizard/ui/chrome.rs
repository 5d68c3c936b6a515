//! What surrounds every step: the title with `ステップ n/7`, the step bar, the notice line and
//! the key bar (drawn from the key tables, so it always shows the keys that work here).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::ViewCtx;
use super::doc::Doc;
use crate::t;
use crate::wizard::keys;
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
    let line = Line::from(vec![
        Span::styled(format!(" {counter}  "), ctx.theme.heading()),
        Span::styled(t!(w.lang, w.step.title_id()), ctx.theme.title()),
    ]);
    f.render_widget(Paragraph::new(line), area);
}

/// ✔ for steps done, ● for this one, ○ for those to come; names when they fit.
pub fn steps(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let item = |s: Step, named: bool| -> Span<'static> {
        let symbol = if s == w.step {
            "●"
        } else if s < w.reached || s < w.step {
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

/// The key bar as lines of at most `width` columns; the last line is kept to two rows.
#[must_use]
pub fn key_lines(ctx: &ViewCtx, width: u16) -> Vec<Line<'static>> {
    let w = ctx.w;
    let width = usize::from(width);
    let mut lines: Vec<Vec<Span<'static>>> = vec![vec![Span::raw(" ")]];
    let mut used = 1;
    for b in keys::offered(w.mode(), w.desktop).filter(|b| b.shown) {
        let key = format!(" {} ", b.label);
        let hint = format!(" {}  ", t!(w.lang, b.hint));
        let need = sanitize::width(&key) + sanitize::width(hint.trim_end());
        if used + need > width {
            if lines.len() == 2 {
                break;
            }
            lines.push(vec![Span::raw(" ")]);
            used = 1;
        }
        used += sanitize::width(&key) + sanitize::width(&hint);
        let last = lines.last_mut().expect("one line at least");
        last.push(Span::styled(key, ctx.theme.key()));
        last.push(Span::styled(hint, ctx.theme.text()));
    }
    lines.into_iter().map(Line::from).collect()
}

/// Draws the key bar.
pub fn keys(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    f.render_widget(Paragraph::new(key_lines(ctx, area.width)), area);
}
