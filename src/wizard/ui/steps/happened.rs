//! Step 2 on screen: one sentence saying what happened, whether the server still retries, who
//! did not get the mail, and, when it is not a blocklist problem, what to do instead.

use ratatui::layout::Rect;

use crate::blocklist::Entry;
use crate::blocklist::catalogue::{Kind, ListStatus};
use crate::bounce::Reason;
use crate::explain;
use crate::i18n::Lang;
use crate::t;
use crate::wizard::facts::Analysis;
use crate::wizard::layout::Shape;
use crate::wizard::sanitize;
use crate::wizard::steps::{happened, ip};
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::words;

/// Recipients listed by name; more are counted.
const MAX_RECIPIENTS: usize = 12;

/// The step's body; from 100 columns on, the receiving server's own English reply sits beside
/// the explanation.
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> Doc {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let Some(a) = w.analysis().filter(|a| a.is_bounce()) else {
        let mut d = Doc::new(area.width);
        nesting_cut(ctx, &mut d);
        d.hang("⚠ ", &t!(lang, "wizard-happened-not-bounce"), th.warn());
        d.blank()
            .para(&t!(lang, "wizard-happened-not-bounce-help"), th.text());
        return d;
    };
    // The reply as written, but a link that is not the list's own is never shown.
    let diag = crate::wizard::steps::happened::reply(w);
    if ctx.shape == Shape::SideBySide
        && let Some(diag) = &diag
    {
        let right_width = area.width * 2 / 5;
        let left = explanation(ctx, a, area.width - right_width - 2);
        let right = original(ctx, diag, right_width, 30);
        return Doc::beside(left, right, 2);
    }
    let mut d = explanation(ctx, a, area.width);
    if let Some(diag) = &diag {
        d.append(original(ctx, diag, area.width, 8));
    }
    d
}

/// A message nested past the depth the reader follows was read in part: said first, since
/// what follows (even "not a bounce") comes from the part read.
fn nesting_cut(ctx: &ViewCtx, d: &mut Doc) {
    if ctx
        .w
        .analysis()
        .is_some_and(|a| a.diagnosis.report.nesting_cut)
    {
        let note = t!(
            ctx.w.lang,
            "wizard-happened-nesting-cut",
            depth = crate::bounce::MAX_MIME_DEPTH
        );
        d.hang("⚠ ", &note, ctx.theme.warn()).blank();
    }
}

/// The receiving server's reply as written (English), under a heading.
fn original(ctx: &ViewCtx, diag: &str, width: u16, max_lines: usize) -> Doc {
    let mut d = Doc::new(width);
    d.heading(
        &t!(ctx.w.lang, "wizard-happened-original-heading"),
        ctx.theme.heading(),
    );
    let mut raw = Doc::new(width.saturating_sub(2));
    // A reply is a few lines; a hostile one is cut before it is wrapped.
    raw.block("", &sanitize::fit(diag, 2000), ctx.theme.dim());
    for line in raw.lines.into_iter().take(max_lines) {
        let mut spans = vec![ratatui::text::Span::raw("  ")];
        spans.extend(line.spans);
        d.raw(ratatui::text::Line::from(spans));
    }
    d
}

/// What happened, in the user's language.
fn explanation(ctx: &ViewCtx, a: &Analysis, width: u16) -> Doc {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(width);
    nesting_cut(ctx, &mut d);
    d.para(&summary(a, lang, ip::chosen(w)), th.heading())
        .blank();

    let delivery = a.delivery();
    let temporary = delivery.is_some_and(|d| d.temporary);
    if let Some((entry, sublist)) = crate::wizard::written::entry(w) {
        let words = explain::entry(entry, sublist.as_deref(), lang);
        d.hang("  ", &words.happened, th.text()).blank();
    }
    d.heading(&t!(lang, "wizard-happened-retry-heading"), th.heading());
    let until = delivery
        .and_then(|d| d.retry_until.as_deref())
        .map(|u| words::retry_until(u, lang));
    let retry = explain::retry(temporary, until.as_deref(), lang);
    d.hang("  ", &retry, th.text()).blank();

    let recipients = a.recipient_reasons();
    // When the recipients failed for different reasons, each says its own: the sentence above
    // speaks of one of them only.
    let mixed = recipients.windows(2).any(|p| p[0].1 != p[1].1);
    d.heading(
        &t!(
            lang,
            "wizard-happened-recipients-heading",
            count = recipients.len()
        ),
        th.heading(),
    );
    if recipients.is_empty() {
        d.hang(
            "  ",
            &t!(lang, "wizard-happened-recipients-unknown"),
            th.dim(),
        );
    }
    for (r, reason) in recipients.iter().take(MAX_RECIPIENTS) {
        let r = sanitize::fit(r, 200);
        let line = if mixed {
            t!(
                lang,
                "wizard-happened-recipient-reason",
                recipient = r,
                reason = reason_words(lang, *reason)
            )
        } else {
            r.into_owned()
        };
        d.hang("  ・", &line, th.text());
    }
    if recipients.len() > MAX_RECIPIENTS {
        d.hang(
            "  ",
            &t!(
                lang,
                "wizard-happened-more-recipients",
                count = recipients.len() - MAX_RECIPIENTS
            ),
            th.dim(),
        );
    }
    // Lifting the block will not deliver to an address that does not exist.
    if mixed && a.is_blocklist_problem() && recipients.iter().any(|(_, r)| !r.is_ip_block()) {
        d.hang("  » ", &t!(lang, "wizard-happened-other-reasons"), th.dim());
    }
    d.blank();

    if a.listing().is_some() {
        return d;
    }
    let chosen = !happened::ends_here(w);
    if let Some(message) = happened::admin_message(w) {
        // A block of the recipient's own: theirs to lift, and a message for them to copy.
        d.hang("⚠ ", &t!(lang, "wizard-happened-own-filter"), th.warn())
            .blank();
        d.heading(&t!(lang, "wizard-happened-admin-heading"), th.heading());
        d.block("  ", &message.en, th.text()).blank();
        d.hang(
            "  ",
            &t!(lang, "wizard-happened-admin-translation"),
            th.dim(),
        );
        d.block("  ", &message.ja, th.dim()).blank();
        d.hang(
            "  ",
            &t!(lang, "wizard-happened-own-filter-then"),
            th.text(),
        )
        .blank();
    } else {
        d.hang("⚠ ", &t!(lang, "wizard-happened-not-blocklist"), th.warn());
        if let Some(reason) = a.reason() {
            d.hang("  ", &explain::reason(reason, lang), th.text());
            d.hang("  → ", &explain::reason_first_step(reason, lang), th.text());
        }
        d.hang("  ", &t!(lang, "wizard-happened-way-out"), th.text())
            .blank();
    }
    if chosen {
        d.hang("  » ", &t!(lang, "wizard-happened-anyway-chosen"), th.dim());
    }
    d
}

/// One sentence: who refused what, and why, in plain words.
#[must_use]
pub fn summary(a: &Analysis, lang: Lang, ip: Option<std::net::IpAddr>) -> String {
    let domain = a
        .recipients()
        .first()
        .and_then(|r| r.rsplit_once('@'))
        .map(|(_, d)| d.to_owned());
    // Fluent words the subject with the domain, or without it when no recipient is known.
    let has_domain = if domain.is_some() { "yes" } else { "no" };
    let domain = domain.unwrap_or_default();
    // Fluent selects the wording with or without the address.
    let (has_ip, ip) = ip.map_or(("no", String::new()), |ip| ("yes", ip.to_string()));
    match (a.listing(), a.reason()) {
        (Some(l), _) => {
            let entry = a.entry();
            t!(
                lang,
                "wizard-happened-listed",
                has_domain = has_domain,
                domain = domain,
                has_ip = has_ip,
                ip = ip,
                kind = entry.map_or("dnsbl", list_kind),
                list = entry.map_or_else(
                    || l.name.clone(),
                    |e| words::list_name(e, l.sublist.as_deref(), lang)
                )
            )
        }
        (None, Some(r)) if r.is_ip_block() => t!(
            lang,
            "wizard-happened-blocked",
            has_domain = has_domain,
            domain = domain,
            has_ip = has_ip,
            ip = ip
        ),
        (None, Some(r)) => t!(
            lang,
            "wizard-happened-other",
            has_domain = has_domain,
            domain = domain,
            reason = reason_words(lang, r)
        ),
        (None, None) => t!(lang, "wizard-happened-not-bounce"),
    }
}

/// The reason in plain words.
#[must_use]
pub fn reason_words(lang: Lang, reason: Reason) -> String {
    t!(lang, &format!("bounce-reason-{}", reason.name()))
}

/// What kind of refusal the list stands for, as the `kind` of `wizard-happened-listed`.
#[must_use]
const fn list_kind(entry: &Entry) -> &'static str {
    if matches!(entry.status, ListStatus::Closed { .. }) {
        return "closed";
    }
    match entry.kind {
        Kind::Dnsbl => "dnsbl",
        Kind::ProviderReputation => "reputation",
        Kind::CarrierFilter => "carrier",
    }
}
