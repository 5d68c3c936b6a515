//! A case as a text to paste into a support ticket or an email. Filled in by the layer that
//! rebuilt the case (the wizard, for `delist report` and its last step); written here, plain
//! or as Markdown, in the user's language.

use crate::i18n::Lang;
use crate::t;

/// How the report is laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text, for an email or a ticket that shows text as it is.
    #[default]
    Text,
    /// Markdown, for a ticket system that renders it.
    Markdown,
}

/// One value that was (or is to be) sent: the English as sent, and its Japanese translation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sent {
    /// What it is (the form's label, or "Subject").
    pub label: String,
    /// The English sent.
    pub english: String,
    /// Its Japanese translation, when it differs.
    pub japanese: Option<String>,
}

/// What a report says, gathered by the layer that rebuilt the case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The case's id.
    pub id: String,
    /// When it was started and last saved, as people read them.
    pub created: String,
    /// When it was last saved.
    pub updated: String,
    /// The phone code, when the list is known.
    pub code: Option<String>,
    /// What happened, in a few lines.
    pub happened: Vec<String>,
    /// The blocked IP.
    pub ip: Option<String>,
    /// The list, by name.
    pub list: Option<String>,
    /// How the request goes (a web form at this address, a mail to this address).
    pub route: Option<String>,
    /// What was requested.
    pub sent: Vec<Sent>,
    /// What is still missing before the request can be sent.
    pub missing: Vec<String>,
    /// The message for the hosting provider, when the case calls for one (Japanese).
    pub provider_email: Option<String>,
    /// What comes next.
    pub next: Vec<String>,
    /// The step reached (1 to 7) and whether the request was sent.
    pub step: u8,
    /// The user went on to the last step.
    pub finished: bool,
}

/// The report as text or Markdown, in `lang`.
#[must_use]
pub fn render(r: &Report, lang: Lang, format: Format) -> String {
    let md = format == Format::Markdown;
    let mut out = String::new();
    let title = t!(lang, "case-report-title", id = r.id.as_str());
    if md {
        out.push_str(&format!("# {title}\n\n"));
    } else {
        out.push_str(&format!("{title}\n{}\n\n", "=".repeat(40)));
    }
    let state = if r.finished {
        t!(lang, "case-report-state-sent")
    } else {
        t!(lang, "case-report-state-open", step = i64::from(r.step))
    };
    let facts = [
        (t!(lang, "case-report-started"), Some(r.created.clone())),
        (t!(lang, "case-report-saved"), Some(r.updated.clone())),
        (t!(lang, "case-report-state"), Some(state)),
        (t!(lang, "case-report-ip"), r.ip.clone()),
        (t!(lang, "case-report-list"), r.list.clone()),
        (t!(lang, "case-report-code"), r.code.clone()),
        (t!(lang, "case-report-route"), r.route.clone()),
    ];
    for (label, value) in facts {
        if let Some(value) = value {
            if md {
                out.push_str(&format!("- **{label}**: {value}\n"));
            } else {
                out.push_str(&format!("{label}: {value}\n"));
            }
        }
    }
    out.push('\n');
    let section = |out: &mut String, id: &str, lines: &[String]| {
        if lines.is_empty() {
            return;
        }
        let heading = t!(lang, id);
        if md {
            out.push_str(&format!("## {heading}\n\n"));
        } else {
            out.push_str(&format!("■ {heading}\n"));
        }
        for line in lines {
            if md {
                out.push_str(&format!("- {line}\n"));
            } else {
                out.push_str(&format!("  ・{line}\n"));
            }
        }
        out.push('\n');
    };
    section(&mut out, "case-report-happened", &r.happened);
    if !r.sent.is_empty() {
        let heading = t!(lang, "case-report-sent");
        if md {
            out.push_str(&format!("## {heading}\n\n"));
        } else {
            out.push_str(&format!("■ {heading}\n"));
        }
        for s in &r.sent {
            sent(&mut out, s, lang, md);
        }
        out.push('\n');
    }
    section(&mut out, "case-report-missing", &r.missing);
    if let Some(mail) = &r.provider_email {
        let heading = t!(lang, "case-report-provider");
        if md {
            out.push_str(&format!("## {heading}\n\n```\n{mail}\n```\n\n"));
        } else {
            out.push_str(&format!("■ {heading}\n{}\n\n", indent(mail, "    ")));
        }
    }
    section(&mut out, "case-report-next", &r.next);
    out.push_str(&t!(lang, "case-report-footer"));
    out.push('\n');
    out
}

fn indent(text: &str, by: &str) -> String {
    text.lines()
        .map(|l| format!("{by}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn sent(out: &mut String, s: &Sent, lang: Lang, md: bool) {
    let ja = s
        .japanese
        .as_deref()
        .filter(|j| !j.trim().is_empty() && *j != s.english);
    let translation = t!(lang, "case-report-translation");
    if md {
        if s.english.contains('\n') {
            out.push_str(&format!("**{}**\n\n```\n{}\n```\n\n", s.label, s.english));
        } else {
            out.push_str(&format!("**{}**: {}\n\n", s.label, s.english));
        }
        if let Some(ja) = ja {
            out.push_str(&format!(
                "> {translation}: {}\n\n",
                ja.replace('\n', "\n> ")
            ));
        }
    } else {
        out.push_str(&format!(
            "  [{}]\n{}\n",
            s.label,
            indent(&s.english, "    ")
        ));
        if let Some(ja) = ja {
            out.push_str(&format!("    ({translation})\n{}\n", indent(ja, "    ")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Report {
        Report {
            id: "20261207-140500".to_owned(),
            created: "2026-12-07 14:05 UTC".to_owned(),
            updated: "2026-12-07 14:20 UTC".to_owned(),
            code: Some("TM-QIL 203.0.113.5".to_owned()),
            happened: vec!["refused".to_owned()],
            ip: Some("203.0.113.5".to_owned()),
            list: Some("Trend Micro ERS (QIL)".to_owned()),
            route: None,
            sent: vec![Sent {
                label: "Name".to_owned(),
                english: "Taro Yamada".to_owned(),
                japanese: Some("山田太郎".to_owned()),
            }],
            missing: Vec::new(),
            provider_email: None,
            next: vec!["wait".to_owned()],
            step: 6,
            finished: false,
        }
    }

    #[test]
    fn both_layouts_in_both_languages_carry_every_fact() {
        for lang in Lang::ALL {
            for format in [Format::Text, Format::Markdown] {
                let text = render(&sample(), lang, format);
                for part in [
                    "20261207-140500",
                    "TM-QIL 203.0.113.5",
                    "Trend Micro ERS (QIL)",
                    "Taro Yamada",
                    "山田太郎",
                    "2026-12-07 14:05 UTC",
                    "refused",
                    "wait",
                ] {
                    assert!(text.contains(part), "{lang:?} {format:?}: {part}\n{text}");
                }
                assert_eq!(text.contains("## "), format == Format::Markdown, "{text}");
            }
        }
    }
}
