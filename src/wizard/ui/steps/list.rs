//! Step 4 on screen: which list, its official lookup page (from the catalogue only), how to
//! read that page, the special cases, and warnings about addresses in the bounce that are not
//! the list's own. From 100 columns on, the QR code sits beside the text.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::blocklist::catalogue::{Cost, Kind, ListStatus, RemovalMethod, WhoMayAsk};
use crate::t;
use crate::wizard::layout::Shape;
use crate::wizard::qr;
use crate::wizard::steps::list::lookup_url;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;

/// Width of the QR column beside the text.
const QR_COLUMN: u16 = 36;

/// The step's body.
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> Doc {
    let url = lookup_url(ctx.w);
    let qr_rows = url.as_deref().and_then(qr::lines);
    match qr_rows {
        Some(rows)
            if ctx.shape == Shape::SideBySide
                && area.width >= 100
                && rows.len() + 2 <= usize::from(area.height) =>
        {
            let left = text(ctx, area.width - QR_COLUMN);
            let mut right = Doc::new(QR_COLUMN - 1);
            right.para(&t!(ctx.w.lang, "wizard-list-qr-caption"), ctx.theme.dim());
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

fn text(ctx: &ViewCtx, width: u16) -> Doc {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(width);
    let Some(a) = w.analysis() else {
        return d;
    };
    let suspicious = a.suspicious_urls();
    if !suspicious.is_empty() {
        d.hang("⚠ ", &t!(lang, "wizard-list-suspicious"), th.warn());
        for url in suspicious.iter().take(5) {
            d.hang("    ✘ ", url, th.warn());
        }
        d.blank();
    }
    let Some(entry) = a.entry() else {
        d.hang("⚠ ", &t!(lang, "wizard-list-unknown"), th.warn())
            .blank();
        d.hang("  ", &t!(lang, "wizard-list-unknown-help"), th.text());
        return d;
    };
    let sublist = a.listing().and_then(|l| l.sublist.clone());
    let name = match &sublist {
        Some(s) => format!("{} ({s})", entry.name),
        None => entry.name.clone(),
    };
    d.para(&name, th.title());
    let kind = match entry.kind {
        Kind::Dnsbl => "wizard-list-kind-dnsbl",
        Kind::ProviderReputation => "wizard-list-kind-provider",
        Kind::CarrierFilter => "wizard-list-kind-carrier",
    };
    d.hang(
        "  ",
        &t!(lang, kind, operator = entry.operator.clone()),
        th.text(),
    )
    .blank();

    special_cases(&mut d, ctx, entry, sublist.as_deref());

    d.para(&t!(lang, "wizard-list-url-heading"), th.heading());
    match lookup_url(w) {
        Some(url) => {
            d.spans(&[Span::raw("  "), Span::styled(url, th.link())], 2);
            let keys = if w.desktop {
                "wizard-list-url-keys-desktop"
            } else {
                "wizard-list-url-keys"
            };
            d.hang("  ", &t!(lang, keys), th.dim());
        }
        None => {
            d.hang("  ", &t!(lang, "wizard-list-no-url"), th.dim());
        }
    }
    d.blank();
    d.para(&t!(lang, "wizard-list-how-heading"), th.heading());
    d.hang("  ", &t!(lang, "wizard-list-how-generic"), th.text());
    d
}

fn special_cases(
    d: &mut Doc,
    ctx: &ViewCtx,
    entry: &crate::blocklist::Entry,
    sublist: Option<&str>,
) {
    let lang = ctx.w.lang;
    let th = ctx.theme;
    let removal = entry.removal_for(sublist);
    let mut warn = |text: String| {
        d.hang("⚠ ", &text, th.warn()).blank();
    };
    if let ListStatus::Closed { since } = &entry.status {
        warn(t!(lang, "wizard-list-closed", since = since.clone()));
    }
    match removal.method {
        RemovalMethod::Expires => match removal.expires_hours {
            Some(h) => warn(t!(lang, "wizard-list-expires-hours", hours = h)),
            None => warn(t!(lang, "wizard-list-expires")),
        },
        RemovalMethod::AskProvider => warn(t!(lang, "wizard-list-ask-provider")),
        _ => {}
    }
    if matches!(
        removal.who,
        WhoMayAsk::NetworkOwner | WhoMayAsk::IpOwnerRoleAddress
    ) {
        warn(t!(lang, "wizard-list-owner-only"));
    }
    if entry.cost == Cost::FreeWithPaidExpress {
        warn(t!(lang, "wizard-list-do-not-pay"));
    }
}
