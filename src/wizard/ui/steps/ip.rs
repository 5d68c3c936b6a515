//! Step 3 on screen: the IP address large and grouped for reading aloud, the line of the bounce
//! it came from with the address marked, the other addresses and what each one is.

use std::net::IpAddr;

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::ip::IpRole;
use crate::t;
use crate::wizard::bigtext;
use crate::wizard::facts::Excerpt;
use crate::wizard::sanitize;
use crate::wizard::steps::ip;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::words;

/// The step's body.
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> Doc {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(area.width);
    let analysis = w.analysis();
    d.para(&t!(lang, "wizard-ip-intro"), th.text()).blank();

    if let Some(entry) = &w.ip.entry {
        d.heading(&t!(lang, "wizard-ip-entry-label"), th.heading());
        let field = entry.line(usize::from(area.width).saturating_sub(4), true, th.focus());
        let mut spans = vec![Span::styled("  ▶ ", th.focus())];
        spans.extend(field.spans);
        d.raw(Line::from(spans));
        if let Some(err) = &w.ip.error {
            d.hang("  ⚠ ", err, th.warn());
        }
        if ip::chosen(w).is_none() {
            d.hang("  ", &t!(lang, "wizard-ip-entry-skip-hint"), th.dim());
        }
        d.blank();
    }

    if let Some(addr) = ip::chosen(w) {
        big_ip(&mut d, addr, ctx);
        if w.draft.ip.is_some() {
            d.hang("  ", &t!(lang, "wizard-ip-typed-by-hand"), th.dim());
        } else if let Some(e) =
            analysis.and_then(|a| a.evidence().and_then(|s| a.excerpt(&s, 1, 1)))
        {
            d.blank()
                .heading(&t!(lang, "wizard-ip-evidence-heading"), th.heading());
            let links = analysis.map(|a| a.suspicious_urls()).unwrap_or_default();
            evidence(&mut d, &e, &links, ctx);
        }
    } else {
        // While the address is being typed, how to find it stays on screen below the field.
        d.hang("⚠ ", &t!(lang, "wizard-ip-not-found"), th.warn())
            .blank();
        d.heading(&t!(lang, "wizard-ip-how-to-find-heading"), th.heading());
        // While typing, e is a letter in the field: the key is named only outside it.
        let typing = if w.ip.editing() { "yes" } else { "no" };
        d.hang(
            "  ",
            &t!(lang, "wizard-ip-how-to-find", typing = typing),
            th.text(),
        );
    }

    let others = analysis.map(|a| a.other_ips()).unwrap_or_default();
    let others: Vec<_> = others
        .into_iter()
        .filter(|c| Some(c.ip) != ip::chosen(w))
        .collect();
    if !others.is_empty() {
        d.blank()
            .heading(&t!(lang, "wizard-ip-others-heading"), th.heading());
        for c in others {
            let mut what = t!(lang, role_id(c.role));
            if c.private {
                // Japanese puts the note right after; the English note starts with a space.
                what = format!("{what}{}", t!(lang, "wizard-ip-private-note"));
            }
            d.hang(&format!("  ・{}  ", c.ip), &what, th.text());
        }
    }
    d
}

fn role_id(role: IpRole) -> &'static str {
    match role {
        IpRole::BlockedSender => "wizard-ip-role-blocked",
        IpRole::RemoteMx => "wizard-ip-role-remote-mx",
        IpRole::SubmittingClient => "wizard-ip-role-client",
        IpRole::OriginalReceived => "wizard-ip-role-received",
        IpRole::Other => "wizard-ip-role-other",
    }
}

/// The address three rows tall, then grouped with spaces for reading aloud.
fn big_ip(d: &mut Doc, addr: IpAddr, ctx: &ViewCtx) {
    let text = addr.to_string();
    if let Some(rows) = bigtext::big(&text).filter(|r| sanitize::width(&r[0]) + 4 <= d.width) {
        for row in rows {
            d.raw(Line::from(Span::styled(
                format!("    {row}"),
                ctx.theme.big(),
            )));
        }
    }
    let grouped = grouped(addr);
    d.raw(Line::from(vec![
        Span::styled(
            format!("    {}  ", t!(ctx.w.lang, "wizard-ip-read-aloud")),
            ctx.theme.dim(),
        ),
        Span::styled(grouped, ctx.theme.heading()),
    ]));
}

/// `203 . 0 . 113 . 25`, or an IPv6 address in groups of four with spaces.
#[must_use]
pub fn grouped(addr: IpAddr) -> String {
    match addr {
        IpAddr::V4(v4) => v4
            .octets()
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(" . "),
        IpAddr::V6(v6) => v6
            .segments()
            .iter()
            .map(|s| format!("{s:x}"))
            .collect::<Vec<_>>()
            .join(" : "),
    }
}

/// The lines of the bounce around the address, the address itself marked.
fn evidence(d: &mut Doc, e: &Excerpt<'_>, links: &[&str], ctx: &ViewCtx) {
    let lang = ctx.w.lang;
    let mut offset = 0;
    let mut quoted = Vec::new();
    for line in e.text.split('\n') {
        let range = offset..offset + line.len();
        offset = range.end + 1;
        let marked = e.mark.start < range.end && e.mark.end > range.start
            || (e.mark.start == range.start && line.is_empty());
        quoted.push((line, range, marked));
    }
    // A blank line of context around the marked one says nothing, and under the heading it
    // would read as a missing line.
    let blank = |l: &&(&str, std::ops::Range<usize>, bool)| !l.2 && l.0.trim().is_empty();
    let first = quoted.iter().take_while(blank).count();
    let last = quoted.len() - quoted.iter().rev().take_while(blank).count();
    for (line, range, marked) in quoted.into_iter().take(last).skip(first) {
        let prefix = if marked { "  ▶ " } else { "    " };
        let mut spans = vec![Span::styled(prefix, ctx.theme.heading())];
        if marked {
            let a = e.mark.start.saturating_sub(range.start).min(line.len());
            let b = e.mark.end.saturating_sub(range.start).min(line.len());
            let part = |r: std::ops::Range<usize>| {
                let text = words::hide_links(line.get(r).unwrap_or_default(), links, lang);
                sanitize::for_line(&text).into_owned()
            };
            spans.push(Span::styled(part(0..a), ctx.theme.dim()));
            spans.push(Span::styled(part(a..b), ctx.theme.mark()));
            spans.push(Span::styled(part(b..line.len()), ctx.theme.dim()));
        } else {
            let text = words::hide_links(line, links, lang);
            spans.push(Span::styled(
                sanitize::for_line(&text).into_owned(),
                ctx.theme.dim(),
            ));
        }
        // A wrapped line of the reply stays under its own indentation.
        let lead = line.chars().take_while(|c| *c == ' ').count();
        d.spans(&spans, 4 + lead);
    }
}
