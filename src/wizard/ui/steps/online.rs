//! The online check's result under steps 4 and 7: when it was asked, which servers answered,
//! and one line per list (result, sub-list, what to do), in the words `delist check` uses.

use crate::blocklist::CATALOGUE;
use crate::online::{Answer, words};
use crate::t;
use crate::wizard::ui::ViewCtx;
use crate::wizard::ui::doc::Doc;

/// Appends the section, when a check is running or has run.
pub fn section(ctx: &ViewCtx, d: &mut Doc) {
    let w = ctx.w;
    let lang = w.lang;
    let th = ctx.theme;
    if !w.online.asking && w.online.last.is_none() {
        return;
    }
    d.blank();
    d.heading(&t!(lang, "wizard-online-heading"), th.heading());
    if w.online.asking {
        d.hang("  ", &t!(lang, "wizard-online-running"), th.dim());
        return;
    }
    let report = match &w.online.last {
        Some(Ok(r)) => r,
        Some(Err(message)) => {
            d.hang("  ⚠ ", message, th.warn());
            return;
        }
        None => return,
    };
    let when = report.asked_at();
    d.hang(
        "  ",
        &t!(lang, "check-about", ip = report.ip.to_string(), time = when),
        th.dim(),
    );
    d.hang("  ", &words::servers(report, lang), th.dim());
    for o in &report.outcomes {
        let sub = words::sublists(&o.answer);
        let sub = if sub == "-" {
            String::new()
        } else {
            format!(" ({sub})")
        };
        let line = format!(
            "{}: {}{sub} — {}",
            words::label(o),
            words::result(&o.answer, lang),
            words::todo(o, lang)
        );
        let style = if matches!(o.answer, Answer::Listed { .. }) {
            th.warn()
        } else {
            th.text()
        };
        d.hang("  ・", &line, style);
        // The page only where there is something to look at: not for a clean answer.
        if !matches!(o.answer, Answer::NotListed)
            && let Some(url) = CATALOGUE
                .get(&o.list)
                .and_then(|e| words::official_url(e, report.ip, lang))
        {
            d.hang("      ", &url, th.dim());
        }
    }
    for note in words::notes(report, crate::online::DEFAULT_LIMIT.as_secs_f64(), lang) {
        d.hang("  ", &note, th.dim());
    }
}
