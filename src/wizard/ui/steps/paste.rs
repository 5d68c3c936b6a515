//! Step 1 on screen: one line saying what to do, the big box, and the live line saying what
//! was recognised.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::intake::human_size;
use crate::t;
use crate::wizard::steps::paste::Source;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::wizard::{sanitize, state::Wizard};

/// Draws the step.
pub fn draw(f: &mut Frame, area: Rect, ctx: &ViewCtx) {
    let w = ctx.w;
    let mut intro = Doc::new(area.width);
    intro.para(&t!(w.lang, "wizard-paste-intro"), ctx.theme.text());
    let intro_rows = u16::try_from(intro.lines.len()).unwrap_or(3).min(3);
    let [top, boxed, live] = Layout::vertical([
        Constraint::Length(intro_rows),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(intro.lines), top);
    let title = match &w.paste.source {
        Source::File(path) => t!(
            w.lang,
            "wizard-paste-box-file",
            path = sanitize::for_line(path).into_owned()
        ),
        Source::Demo => t!(w.lang, "wizard-paste-box-demo"),
        _ => t!(w.lang, "wizard-paste-box"),
    };
    let block = Block::bordered().title(Span::styled(format!(" {title} "), ctx.theme.heading()));
    let inner = block.inner(boxed);
    f.render_widget(block, boxed);
    f.render_widget(&w.paste.text_box, inner);
    f.render_widget(Paragraph::new(live_line(ctx, live.width)), live);
}

/// What was recognised so far, and how much text is in the box.
fn live_line(ctx: &ViewCtx, width: u16) -> Line<'static> {
    let w = ctx.w;
    let (mut text, style) = recognised(w, ctx, false);
    if sanitize::width(&text) + 2 > usize::from(width) {
        // The list's full name is long; its operator's is enough to recognise it.
        text = recognised(w, ctx, true).0;
    }
    let size = if w.paste.text_box.is_empty() {
        String::new()
    } else {
        t!(
            w.lang,
            "wizard-paste-size",
            lines = w.paste.text_box.line_count(),
            size = human_size(w.paste.text_box.byte_len() as u64)
        )
    };
    // What was recognised matters more than the size: the size goes first when space is short.
    let size = if sanitize::width(&text) + sanitize::width(&size) + 2 > usize::from(width) {
        String::new()
    } else {
        size
    };
    let room = usize::from(width).saturating_sub(sanitize::width(&size) + 2);
    let text = sanitize::fit(&text, room).into_owned();
    let pad =
        usize::from(width).saturating_sub(sanitize::width(&text) + sanitize::width(&size) + 1);
    Line::from(vec![
        Span::styled(text, style),
        Span::raw(" ".repeat(pad)),
        Span::styled(size, ctx.theme.dim()),
    ])
}

fn recognised(w: &Wizard, ctx: &ViewCtx, short: bool) -> (String, ratatui::style::Style) {
    let lang = w.lang;
    if w.paste.text_box.is_empty() {
        return (
            format!("○ {}", t!(lang, "wizard-paste-waiting")),
            ctx.theme.dim(),
        );
    }
    if let Some(problem) = &w.paste.problem {
        return (format!("⚠ {problem}"), ctx.theme.warn());
    }
    // A file name being typed is not a failed bounce: say what Enter will do with it.
    if w.paste.raw.is_none()
        && let Some(line) = w.paste.text_box.single_line()
        && crate::wizard::pathlike::candidate(line, true).is_some()
    {
        return (
            format!("» {}", t!(lang, "wizard-paste-looks-like-path")),
            ctx.theme.text(),
        );
    }
    let Some(a) = w.analysis() else {
        return (
            format!("… {}", t!(lang, "wizard-paste-reading")),
            ctx.theme.dim(),
        );
    };
    if !a.is_bounce() {
        return (
            format!("⚠ {}", t!(lang, "wizard-paste-not-bounce")),
            ctx.theme.warn(),
        );
    }
    let mut parts = Vec::new();
    match (a.listing(), a.is_blocklist_problem()) {
        (Some(l), _) => {
            let name = match a.entry() {
                Some(e) if short => crate::words::operator_name(e, lang).to_owned(),
                Some(e) => crate::words::list_name(e, l.sublist.as_deref(), lang),
                None => l.name.clone(),
            };
            parts.push(t!(lang, "wizard-paste-found-list", name = name));
        }
        (None, true) => parts.push(t!(lang, "wizard-paste-found-block")),
        (None, false) => {
            let reason = a
                .reason()
                .map(|r| t!(lang, &format!("bounce-reason-{}", r.name())));
            parts.push(t!(
                lang,
                "wizard-paste-found-bounce",
                reason = reason.unwrap_or_default()
            ));
        }
    }
    if let Some(ip) = a.blocked_ip() {
        parts.push(t!(lang, "wizard-paste-found-ip", ip = ip.to_string()));
    }
    (format!("✔ {}", parts.join(" / ")), ctx.theme.done())
}
