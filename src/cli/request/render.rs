//! The human layout of `delist request`: advice first, then each field numbered with its label,
//! the English to paste and the Japanese translation, then the emails.

use crate::blocklist::catalogue::FieldValue;
use crate::i18n::Lang;
use crate::request::RequestOutput;
use crate::request::no_list::NoList;
use crate::t;

/// The advice for a bounce with no list: what happened, what to do, and for the recipient's
/// own filter the message to send its administrator.
pub(super) fn no_list(no: &NoList, lang: Lang) -> String {
    let heading = if no.own_filter {
        "request-cli-nolist-own-filter"
    } else {
        "request-cli-nolist"
    };
    let mut s = format!("{}\n", t!(lang, heading));
    for a in &no.advice {
        s.push_str(&format!("  * {}\n", a.message(lang)));
    }
    if let Some(m) = &no.recipient_message {
        s.push_str(&format!(
            "\n== {}\n{}\n\n-- {}\n{}\n",
            t!(lang, "request-cli-recipient-title"),
            m.en,
            t!(lang, "request-cli-translation"),
            m.ja
        ));
    }
    s
}

/// The human layout: advice first, then each field numbered with its label, the English to
/// paste and the Japanese translation, then the emails.
pub(super) fn render(name: &str, out: &RequestOutput, lang: Lang) -> String {
    let method = if out.refusal.is_some() {
        "refused".to_owned()
    } else {
        serde_json::to_value(out.method)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    };
    let mut s = format!(
        "{}\n",
        t!(lang, "request-cli-heading", list = name, method = method)
    );
    if let Some(url) = &out.url {
        s.push_str(&format!(
            "{}\n",
            t!(lang, "request-cli-url", url = url.as_str())
        ));
    }
    if let Some(r) = &out.refusal {
        s.push_str(&format!(
            "\n{}\n  * {}\n",
            t!(lang, "request-cli-refused-title"),
            r.message(lang)
        ));
    }
    if !out.advice.is_empty() {
        s.push_str(&format!("\n{}\n", t!(lang, "request-cli-advice-title")));
        for a in &out.advice {
            s.push_str(&format!("  * {}\n", a.message(lang)));
        }
    }
    let value = t!(lang, "request-cli-value");
    let translation = t!(lang, "request-cli-translation");
    for (i, f) in out.fields.iter().enumerate() {
        // The page is in English: a Japanese reader gets each label's meaning beside it.
        let label = match lang {
            Lang::Ja if f.label_ja != f.label => format!("{} / {}", f.label, f.label_ja),
            _ => f.label.clone(),
        };
        s.push_str(&format!("\n[{}] {label}\n", i + 1));
        if !f.help.is_empty() {
            s.push_str(&format!("    {}\n", f.help));
        }
        if !f.manual {
            s.push_str(&format!("    {value}: {}\n", f.value_en));
            // An English reader needs the Japanese only beside free text; a Japanese reader
            // gets the meaning of every value.
            let free = matches!(f.kind, FieldValue::Reason | FieldValue::Title);
            if f.translation_ja != f.value_en && (lang == Lang::Ja || free) {
                s.push_str(&format!("    {translation}: {}\n", f.translation_ja));
            }
        }
        if let Some(note) = &f.note {
            s.push_str(&format!("    {}: {note}\n", t!(lang, "request-cli-note")));
        }
    }
    if let Some(e) = &out.email {
        s.push_str(&format!("\n== {}\n", t!(lang, "request-cli-email-title")));
        s.push_str(&match &e.to {
            Some(to) => t!(lang, "request-cli-email-to", to = to.as_str()),
            None => t!(lang, "request-cli-email-to-unknown"),
        });
        s.push_str(&format!("\nSubject: {}\n\n{}\n", e.subject, e.body_en));
        s.push_str(&format!("\n-- {translation}\n{}\n", e.translation_ja()));
    }
    if let Some(p) = &out.provider_email_ja {
        // Where this email is the request (the provider owns the IP and asks the list), its
        // title says so, and its English is there to send to a provider abroad, in both modes.
        let (title, english) = if out.via_provider {
            (
                "request-cli-provider-request-title",
                "request-cli-provider-request-english",
            )
        } else {
            ("request-cli-provider-title", "request-cli-provider-english")
        };
        s.push_str(&format!("\n== {}\n{p}\n", t!(lang, title)));
        if (lang == Lang::En || out.via_provider)
            && let Some(en) = &out.provider_email_en
        {
            s.push_str(&format!("\n-- {}\n{en}\n", t!(lang, english)));
        }
    }
    if out.has_request() {
        s.push_str(&format!("\n{}\n", t!(lang, "request-cli-submit-once")));
    }
    // Read from the top as one page, as a wizard screen is: 逆引き(PTR) the first time, then
    // 逆引き (the email in `--json` keeps its own gloss, for its own reader).
    crate::words::Glossed::default().apply(&s).into_owned()
}
