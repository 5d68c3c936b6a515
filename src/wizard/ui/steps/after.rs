//! Step 7 on screen: what to expect and when, why it happened (the shared server pictured as
//! a building with many tenants), how to prevent it, and the Japanese email to the hosting
//! provider, ready to copy.

use ratatui::layout::Rect;

use crate::request::why::{self, Block};
use crate::t;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;
use crate::wizard::ui::steps::online;
use crate::wizard::written;

/// The step's body, with the online check's result under it once asked.
#[must_use]
pub fn doc(ctx: &ViewCtx, area: Rect) -> Doc {
    let mut d = body(ctx, area);
    online::section(ctx, &mut d);
    d
}

fn body(ctx: &ViewCtx, area: Rect) -> Doc {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    let mut d = Doc::new(area.width);
    if written::recipient_acts(w) {
        recipient(&mut d, ctx);
        return d;
    }
    d.heading(&t!(lang, "wizard-after-expect-heading"), th.heading());
    let refused = written::refused(w);
    let expect = if written::entry(w).is_none() {
        "wizard-after-expect-ask"
    } else if written::own_admin_lifts(w) {
        "wizard-after-expect-own-admin"
    } else if written::nothing_to_send(w) {
        "wizard-after-expect-wait"
    } else if refused {
        "wizard-after-expect-refused"
    } else if written::route_kind(w) == "provider" {
        "wizard-after-expect-provider"
    } else {
        "wizard-after-expect"
    };
    let email = if written::provider_email(w).is_some() {
        "yes"
    } else {
        "no"
    };
    d.hang("  ・", &t!(lang, expect, email = email), th.text());
    if let Some(when) = crate::wizard::report::turnaround(ctx.w) {
        d.hang("  ・", &when, th.text());
    }
    let retry = if still_retried(w) {
        retry_temporary(w)
    } else if crate::wizard::steps::list::lookup_url(w).is_some() {
        t!(lang, "wizard-after-resend")
    } else {
        t!(lang, "wizard-after-resend-later")
    };
    d.hang("  ・", &retry, th.text()).blank();

    d.heading(&t!(lang, "wizard-after-why-heading"), th.heading());
    why(&mut d, ctx);
    let a = &w.draft.answers;
    d.blank()
        .heading(&t!(lang, "wizard-after-prevent-heading"), th.heading());
    for p in a.prevention() {
        d.hang("  ✔ ", &p.label(lang), th.text());
    }
    // The general advice fits the cause the user chose; without one, the password advice that
    // fits most listings.
    let cause = a.cause.map_or("other", |c| c.id());
    d.hang(
        "  ",
        &t!(lang, "wizard-after-prevent", cause = cause),
        th.text(),
    )
    .blank();

    // A refused request's email may go to the internet provider (an office line), not only
    // to the hosting provider; its intro says which.
    let to = if refused { "either" } else { "provider" };
    d.heading(
        &t!(lang, "wizard-after-email-heading", to = to),
        th.heading(),
    );
    match written::provider_email(w) {
        Some(text) => {
            let intro = if refused {
                "wizard-after-email-intro-refused"
            } else {
                "wizard-after-email-intro"
            };
            d.hang("  ", &t!(lang, intro), th.dim()).blank();
            d.block("  ", &text, th.text());
            // Where this email is the request, its English is for a provider abroad, in
            // either language.
            let abroad = written::via_provider(w);
            if (lang == crate::i18n::Lang::En || abroad)
                && let Some(en) = written::provider_email_en(w)
            {
                let label = if abroad {
                    "wizard-after-email-english-abroad"
                } else {
                    "wizard-after-email-english"
                };
                d.blank().hang("  ", &t!(lang, label), th.dim()).blank();
                d.block("  ", &en, th.text());
            }
        }
        None if written::entry(w).is_none() => {
            d.hang("  ", &t!(lang, "wizard-after-no-list"), th.text());
        }
        None if written::output(w).is_ok() => {
            d.hang("  ", &t!(lang, "wizard-after-email-not-needed"), th.dim());
        }
        None => {
            d.hang("  ", &t!(lang, "wizard-after-no-email"), th.dim());
        }
    }
    d
}

/// Only the recipient's side can end the block: what to wait for, why, and that the hosting
/// provider need not be written to. No shared server to blame, nothing to prevent.
fn recipient(d: &mut Doc, ctx: &ViewCtx) {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    d.heading(&t!(lang, "wizard-after-expect-heading"), th.heading());
    d.hang(
        "  ・",
        &t!(lang, "wizard-after-expect-recipient"),
        th.text(),
    );
    let retry = if still_retried(w) {
        retry_temporary(w)
    } else {
        t!(lang, "wizard-after-resend-recipient")
    };
    d.hang("  ・", &retry, th.text()).blank();
    d.heading(&t!(lang, "wizard-after-why-heading"), th.heading());
    why(d, ctx);
    d.blank();
    d.heading(
        &t!(lang, "wizard-after-email-heading", to = "provider"),
        th.heading(),
    );
    d.hang("  ", &t!(lang, "wizard-after-email-not-needed"), th.dim());
}

/// Why it happened: what the list's listing says and the cause as given, from the domain; a
/// cause is never told that the bounce and the answers do not support.
fn why(d: &mut Doc, ctx: &ViewCtx) {
    let w = ctx.w;
    let entry = written::entry(w);
    let block = match &entry {
        Some((e, sub)) => Block::Listed(e, sub.as_deref()),
        None if crate::wizard::steps::happened::own_filter(w) => Block::OwnFilter,
        None => Block::Unknown,
    };
    for r in why::story(block, &w.draft.answers) {
        d.hang("  ", &super::remark_text(&r, w.lang), ctx.theme.text());
    }
}

/// Whether the sending server is still retrying the refused mail.
/// The sending server retries by itself: until the deadline step 2 shows, when the bounce gives
/// one, and otherwise a sentence that says the bounce does not tell.
fn retry_temporary(w: &crate::wizard::state::Wizard) -> String {
    let until = w
        .analysis()
        .and_then(|a| a.delivery())
        .and_then(|d| d.retry_until.as_deref())
        .map(|u| crate::words::retry_until(u, w.lang));
    t!(
        w.lang,
        "wizard-after-retry-temporary",
        has_until = if until.is_some() { "yes" } else { "no" },
        until = until.unwrap_or_default()
    )
}

fn still_retried(w: &crate::wizard::state::Wizard) -> bool {
    w.analysis()
        .and_then(|a| a.delivery())
        .is_some_and(|d| d.temporary)
}
