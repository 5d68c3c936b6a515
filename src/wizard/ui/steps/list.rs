//! Step 4 on screen: which list, its official lookup page (from the catalogue only), how to
//! read that page, the special cases, and warnings about addresses in the bounce that are not
//! the list's own. From 100 columns on, the QR code sits beside the text.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::blocklist::Entry;
use crate::blocklist::catalogue::{ListStatus, RemovalMethod};
use crate::explain;
use crate::i18n::Lang;
use crate::t;
use crate::wizard::layout::Shape;
use crate::wizard::qr;
use crate::wizard::steps::list::official_page;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::wizard::written;
use crate::words;

/// Width of the QR column beside the text.
const QR_COLUMN: u16 = 36;

/// The step's body.
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> Doc {
    let page = official_page(ctx.w);
    let qr_rows = page
        .as_ref()
        .and_then(|(kind, url)| Some((*kind, qr::lines(url)?)));
    match qr_rows {
        Some((kind, rows))
            if ctx.shape == Shape::SideBySide
                && area.width >= 100
                && rows.len() + 2 <= usize::from(area.height) =>
        {
            let left = text(ctx, area.width - QR_COLUMN);
            let mut right = Doc::new(QR_COLUMN - 1);
            let caption = t!(ctx.w.lang, "wizard-list-qr-caption", page = kind.id());
            right.para(&caption, ctx.theme.dim());
            for row in rows {
                right.raw(Line::from(Span::styled(row, qr_style(ctx))));
            }
            Doc::beside(left, right, 1)
        }
        _ => text(ctx, area.width),
    }
}

/// Dark modules on light, whatever the terminal's colours: black on white, or reverse video
/// (right on the usual dark background) when colour is off.
#[must_use]
pub fn qr_style(ctx: &ViewCtx) -> ratatui::style::Style {
    use ratatui::style::{Color, Modifier, Style};
    if ctx.theme.color {
        Style::new().fg(Color::Black).bg(Color::White)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

/// The text, with the online check's result under it once asked.
fn text(ctx: &ViewCtx, width: u16) -> Doc {
    let mut d = body(ctx, width);
    crate::wizard::ui::steps::online::section(ctx, &mut d);
    d
}

fn body(ctx: &ViewCtx, width: u16) -> Doc {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(width);
    let Some(a) = w.analysis() else {
        return d;
    };
    // The links themselves are never shown, not even crossed out: only the site's name, so
    // the reader can recognise the link in the mail without being handed it.
    let mut sites: Vec<String> = Vec::new();
    for site in a.suspicious_urls().into_iter().filter_map(words::site_of) {
        if !sites.contains(&site) {
            sites.push(site);
        }
    }
    if !sites.is_empty() {
        d.hang("⚠ ", &t!(lang, "wizard-list-suspicious"), th.warn());
        for site in sites.iter().take(5) {
            d.hang("    ✘ ", site, th.warn());
        }
        d.hang("  ", &t!(lang, "wizard-list-suspicious-advice"), th.warn())
            .blank();
    }
    let Some((entry, sublist)) = written::entry(w) else {
        d.hang("⚠ ", &t!(lang, "wizard-list-unknown"), th.warn())
            .blank();
        d.hang("  ", &t!(lang, "wizard-list-unknown-help"), th.text());
        return d;
    };
    let about = explain::entry(entry, sublist.as_deref(), lang);
    let name = words::list_name(entry, sublist.as_deref(), lang);
    d.para(&name, th.title());
    d.hang("  ", &about.what, th.text());
    // The sub-list's own words say how long it lasts; the general duration would repeat it,
    // as would a closed list's, which the warning below says.
    match &about.sublist {
        Some(sub) => {
            d.hang("  ", sub, th.text());
        }
        None if matches!(entry.status, ListStatus::Closed { .. }) => {}
        None => {
            d.hang("  ", &about.duration, th.text());
        }
    }
    d.blank();

    let warnings = warnings(entry, sublist.as_deref(), &about.warnings, lang);
    for warning in &warnings {
        d.hang("⚠ ", warning, th.warn());
    }
    if shared_server(ctx) {
        d.hang("⚠ ", &explain::shared_ip(lang), th.warn());
    }
    if !warnings.is_empty() || shared_server(ctx) {
        d.blank();
    }

    // Without a page to check, what to do comes first: it is the step's one action.
    let page = official_page(w);
    if page.is_none() {
        first(&mut d, ctx, &about);
        d.blank();
    }
    // Without a page of its own, the entry's "how to check" says where to look instead.
    if let Some((kind, url)) = &page {
        let heading = t!(lang, "wizard-list-url-heading", page = kind.id());
        d.heading(&heading, th.heading());
        d.spans(&[Span::raw("  "), Span::styled(url.as_str(), th.link())], 2);
        let keys = if w.desktop {
            "wizard-list-url-keys-desktop"
        } else {
            "wizard-list-url-keys"
        };
        d.hang("  ", &t!(lang, keys), th.dim()).blank();
    }
    d.heading(&t!(lang, "wizard-list-how-heading"), th.heading());
    d.hang("  ", &about.lookup, th.text());
    if page.is_some() {
        d.blank();
        first(&mut d, ctx, &about);
    }
    // Nothing to ask for (Gmail): the conditions are what lifts the block.
    let asks = !written::nothing_to_send(w);
    let conditions = &about.conditions;
    if !conditions.is_empty() {
        let heading = t!(
            lang,
            "wizard-list-conditions-heading",
            asks = if asks { "yes" } else { "no" }
        );
        d.blank().heading(&heading, th.heading());
        for condition in conditions {
            d.hang("  ・", condition, th.text());
        }
    }
    d
}

/// What to do first, and the fixes that usually apply.
fn first(d: &mut Doc, ctx: &ViewCtx, about: &explain::EntryWords) {
    let th = ctx.theme;
    d.heading(&t!(ctx.w.lang, "wizard-list-first-heading"), th.heading());
    d.hang("  ", &about.first, th.text());
    // Where only the recipient can act, the one fix ("ask them to stop using the list") is
    // what the paragraph above already says.
    if written::recipient_acts(ctx.w) {
        return;
    }
    // "Nothing to send, it ends by itself" is the warning of a listing that expires.
    let Some((entry, sublist)) = written::entry(ctx.w) else {
        return;
    };
    let expires = entry.removal_for(sublist.as_deref()).method == RemovalMethod::Expires;
    let ids = explain::first_fix_ids(entry, sublist.as_deref());
    for (id, fix) in ids.iter().zip(&about.first_fixes) {
        if !(expires && id == "wait") {
            d.hang("  ・", fix, th.text());
        }
    }
}

/// The list's special cases as `explain` words them; a closed list's one said without the
/// date, which the description above already gives.
fn warnings(entry: &Entry, sublist: Option<&str>, from: &[String], lang: Lang) -> Vec<String> {
    match entry.status {
        // `explain` says nothing else about a closed list.
        ListStatus::Closed { .. } => vec![t!(
            lang,
            "wizard-list-closed",
            list = words::list_name(entry, sublist, lang)
        )],
        ListStatus::Active => from.to_vec(),
    }
}

/// Whether the sending server is a hosting provider's shared one: as the bounce shows it.
fn shared_server(ctx: &ViewCtx) -> bool {
    written::facts(ctx.w)
        .provider
        .as_deref()
        .and_then(crate::hosting::find)
        .is_some_and(|p| p.kind == crate::hosting::Kind::Rental)
}
