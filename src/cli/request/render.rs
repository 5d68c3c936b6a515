//! The human layout of `delist request`: advice first, then each field numbered with its label,
//! the English to paste and the Japanese translation, then the emails.

use crate::i18n::Lang;
use crate::request::RequestOutput;
use crate::t;

/// The human layout: advice first, then each field numbered with its label, the English to
/// paste and the Japanese translation, then the emails.
pub(super) fn render(name: &str, out: &RequestOutput, lang: Lang) -> String {
    let method = serde_json::to_value(out.method)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
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
    if !out.advice.is_empty() {
        s.push_str(&format!("\n{}\n", t!(lang, "request-cli-advice-title")));
        for a in &out.advice {
            s.push_str(&format!("  * {}\n", a.message(lang)));
        }
    }
    let value = t!(lang, "request-cli-value");
    let translation = t!(lang, "request-cli-translation");
    for (i, f) in out.fields.iter().enumerate() {
        s.push_str(&format!("\n[{}] {}  ({})\n", i + 1, f.label, f.help));
        if !f.manual {
            s.push_str(&format!("    {value}: {}\n", f.value_en));
            s.push_str(&format!("    {translation}: {}\n", f.translation_ja));
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
        s.push_str(&format!(
            "\n== {}\n{p}\n",
            t!(lang, "request-cli-provider-title")
        ));
    }
    if !out.fields.is_empty() || out.email.is_some() {
        s.push_str(&format!("\n{}\n", t!(lang, "request-cli-submit-once")));
    }
    s
}
