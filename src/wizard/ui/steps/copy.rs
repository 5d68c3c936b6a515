//! Step 6 on screen: the numbered fields with their values (English beside Japanese from 100
//! columns on), a ✔ beside each one copied, then the clicks on the web page in order.

use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::explain;
use crate::t;
use crate::wizard::steps::list::lookup_url;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::wizard::written;

/// The step's body.
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> Doc {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(area.width);
    let fields = written::fields(w);
    if written::entry(w).is_none() {
        d.hang("⚠ ", &t!(lang, "wizard-copy-no-list"), th.warn());
        return d;
    }
    if written::recipient_acts(w) {
        d.hang("✔ ", &t!(lang, "wizard-copy-recipient"), th.done());
        return d;
    }
    if written::nothing_to_send(w) {
        // Where there is no lookup page, step 4 cannot be pointed to for checking.
        let page = if lookup_url(w).is_some() { "yes" } else { "no" };
        d.hang(
            "✔ ",
            &t!(lang, "wizard-copy-nothing-to-send", page = page),
            th.done(),
        );
        return d;
    }
    // The list's own rules forbid a request for these answers: what to do instead.
    if let Some(refusal) = written::output(w).ok().and_then(|o| o.refusal) {
        d.hang("⚠ ", &t!(lang, "wizard-copy-refused"), th.warn());
        d.hang("  ", &super::remark_text(&refusal, lang), th.text());
        // Where the provider can do what the rules need (a reverse DNS, their submission
        // server), step 7 has the email that asks them.
        if written::provider_email(w).is_some() {
            d.blank()
                .hang("→ ", &t!(lang, "wizard-copy-refused-email"), th.text());
        }
        return d;
    }
    if fields.is_empty() {
        no_fields(&mut d, ctx);
        return d;
    }
    if crate::wizard::steps::copy::fix_first(w)
        && let Some((entry, sublist)) = written::entry(w)
    {
        d.hang(
            "⚠ ",
            &t!(
                lang,
                "wizard-copy-fix-first",
                list = crate::words::list_name(entry, sublist.as_deref(), lang)
            ),
            th.warn(),
        );
        for c in explain::entry(entry, sublist.as_deref(), lang).conditions {
            d.hang("  ・", &c, th.text());
        }
        d.hang("  ", &t!(lang, "wizard-copy-fix-first-how"), th.text())
            .blank();
    }
    let mail = written::email_route(w);
    let intro = if mail.is_some() {
        "wizard-copy-intro-mail"
    } else {
        "wizard-copy-intro"
    };
    d.para(&t!(lang, intro), th.text()).blank();
    for (i, f) in fields.iter().enumerate() {
        let n = i + 1;
        let mark = if w.copy.copied.contains(&n) {
            "✔ "
        } else {
            ""
        };
        d.spans(
            &[
                Span::styled(format!(" {n} "), th.key()),
                Span::styled(format!(" {mark}{}", f.label), th.heading()),
                Span::styled(
                    f.label_ja
                        .as_deref()
                        .map(|ja| format!("  {ja}"))
                        .unwrap_or_default(),
                    th.dim(),
                ),
            ],
            4,
        );
        if f.manual {
            d.hang("    ", &t!(lang, "wizard-copy-manual"), th.dim());
            continue;
        }
        if f.value.is_empty() {
            d.hang("    ", &t!(lang, "wizard-copy-empty-value"), th.warn());
            continue;
        }
        super::bilingual(&mut d, ctx, &f.value, f.translation.as_deref(), 4);
        if let Some(note) = &f.note {
            d.hang("    » ", note, th.dim());
        }
    }
    match mail {
        Some(to) => mail_checklist(&mut d, ctx, to.as_deref()),
        None => checklist(&mut d, ctx, &fields),
    }
    d
}

/// No fields to copy. Where the list hears only the IP's owner, who is the hosting provider, the
/// one email of step 7 is the request: says so.
fn no_fields(d: &mut Doc, ctx: &ViewCtx) {
    let w = ctx.w;
    if !written::via_provider(w) {
        d.hang("⚠ ", &t!(w.lang, "wizard-copy-nothing"), ctx.theme.warn());
        return;
    }
    // Only where the catalogue says the owner asks the list (not Yahoo! JAPAN's filter).
    let owner = written::entry(w).is_some_and(|(e, sub)| {
        e.request_route(sub.as_deref()).0.who
            == crate::blocklist::catalogue::WhoMayAsk::NetworkOwner
    });
    let owner = if owner { "yes" } else { "no" };
    d.hang(
        "→ ",
        &t!(w.lang, "wizard-copy-via-provider", owner = owner),
        ctx.theme.text(),
    );
}

/// The steps of sending the request by email.
fn mail_checklist(d: &mut Doc, ctx: &ViewCtx, to: Option<&str>) {
    let lang = ctx.w.lang;
    let th = ctx.theme;
    d.blank().heading(
        &t!(lang, "wizard-copy-checklist-mail-heading"),
        th.heading(),
    );
    let to_provider = to.is_none();
    let to = to.map_or_else(|| t!(lang, "wizard-copy-mail-to-provider"), str::to_owned);
    let steps = [
        t!(lang, "wizard-copy-mail-new"),
        t!(lang, "wizard-copy-mail-to", to = to),
        t!(lang, "wizard-copy-mail-paste"),
        t!(lang, "wizard-copy-check-submit"),
    ];
    for (i, s) in steps.iter().enumerate() {
        d.hang(&format!("  {}. ", i + 1), s, th.text());
    }
    // Step 7 writes to the same provider in Japanese: say which one to send.
    if to_provider {
        d.hang(
            "  » ",
            &t!(lang, "wizard-copy-mail-provider-note"),
            th.dim(),
        );
    }
}

/// The clicks on the web page, in order.
fn checklist(d: &mut Doc, ctx: &ViewCtx, fields: &[written::Field]) {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    d.blank()
        .heading(&t!(lang, "wizard-copy-checklist-heading"), th.heading());
    let mut steps = Vec::new();
    let separate = written::separate_form_page(w);
    if let Some(url) = lookup_url(w) {
        // Here, c copies the form's page: the lookup page's own only when that is the form.
        let here = if separate.is_none() { "yes" } else { "no" };
        steps.push(t!(lang, "wizard-copy-check-open", url = url, here = here));
    }
    if let Some((entry, sublist)) = written::entry(w) {
        steps.push(explain::entry(entry, sublist.as_deref(), lang).lookup);
    }
    // The lookup page does not hold the form: say where it is.
    if let Some(url) = separate {
        steps.push(t!(lang, "wizard-copy-check-form", url = url));
    }
    let pairs: Vec<String> = fields
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.manual)
        .map(|(i, f)| format!("{} → {}", i + 1, f.label))
        .collect();
    steps.push(t!(
        lang,
        "wizard-copy-check-paste",
        pairs = pairs.join(&t!(lang, "wizard-list-sep"))
    ));
    let manual: Vec<&str> = fields
        .iter()
        .filter(|f| f.manual)
        .map(|f| f.label.as_str())
        .collect();
    if !manual.is_empty() {
        steps.push(t!(
            lang,
            "wizard-copy-check-manual",
            labels = manual.join(&t!(lang, "wizard-list-sep"))
        ));
    }
    steps.push(t!(lang, "wizard-copy-check-submit"));
    for (i, s) in steps.iter().enumerate() {
        d.hang(&format!("  {}. ", i + 1), s, th.text());
    }
}
