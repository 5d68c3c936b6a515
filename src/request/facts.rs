//! What the bounce says, as the request needs it: the blocked IP, the list, the rejection text,
//! the recipient, the sender, the date and the hosting provider. Plain data, so the wizard can
//! save it with a case and correct it by hand (a typed IP, say).

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

use super::key_line;
use crate::blocklist::url;
use crate::diagnosis::Diagnosis;
use crate::i18n::Lang;
use crate::safe_text;
use crate::t;

/// The facts from the bounce that go into the request. Every field may be unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Facts {
    /// The blocked sending IP.
    pub ip: Option<IpAddr>,
    /// The catalogue id of the list that refused the mail.
    pub list: Option<String>,
    /// The sub-list the bounce names (`QIL`, `SBL`).
    pub sublist: Option<String>,
    /// The rejection text, unedited. Texts quote it through [`Facts::error_quoted`].
    pub error_text: Option<String>,
    /// The recipient whose server refused the mail.
    pub recipient: Option<String>,
    /// The address the bounce came back to (the original sender).
    pub sender: Option<String>,
    /// When the original message was sent, as written in its `Date:` header.
    pub date: Option<String>,
    /// The hosting provider id detected from host names (`xserver`).
    pub provider: Option<String>,
    /// The sending host name the provider was recognised by.
    pub host: Option<String>,
}

impl Facts {
    /// The facts of the delivery that matters ([`Diagnosis::main_index`]).
    #[must_use]
    pub fn from_diagnosis(d: &Diagnosis) -> Self {
        let chosen = d.main_index().and_then(|i| d.entries().nth(i));
        let mut facts = Self::default();
        if let Some((delivery, finding)) = chosen {
            facts.ip = finding.blocked_ip;
            facts.list = finding.listing.as_ref().map(|l| l.id.clone());
            facts.sublist = finding.listing.as_ref().and_then(|l| l.sublist.clone());
            facts.error_text.clone_from(&delivery.diagnostic);
            facts.recipient.clone_from(&delivery.recipient);
        }
        if let Some(original) = &d.report.original {
            facts.sender = original.from.as_deref().and_then(address_in);
            facts.date.clone_from(&original.date);
        }
        if facts.date.is_none() {
            facts.date = header_date(&d.report.text);
        }
        if let Some(found) = &d.hosting {
            facts.provider = Some(found.provider.id.clone());
            facts.host = Some(found.host.clone());
        }
        // Short values from the bounce go into texts as they are: no control may ride along.
        for value in [
            &mut facts.recipient,
            &mut facts.sender,
            &mut facts.date,
            &mut facts.host,
        ]
        .into_iter()
        .flatten()
        {
            if !safe_text::is_clean(value) {
                *value = safe_text::for_line(value).into_owned();
            }
        }
        facts
    }

    /// The rejection text as a text the user sends may quote it: every link no catalogue
    /// operator owns (a phishing page imitating a delisting form) replaced by "(suspicious link
    /// removed)" in `lang`, and control characters made visible. `None` when there is none.
    #[must_use]
    pub fn error_quoted(&self, lang: Lang) -> Option<String> {
        let text = self
            .error_text
            .as_deref()
            .filter(|e| !e.trim().is_empty())?;
        Some(quoted(text, lang))
    }

    /// The refusal's key line as every text the user sends quotes it (the emails to the list,
    /// to the IP's owner and to the provider, a form's error field): the sentence that carries
    /// the block (the list `list` names and the blocked IP), with the status code in front and
    /// an ellipsis wherever words were left out ("…" in Japanese, "..." in English, which goes
    /// into forms as ASCII); links and control characters as in [`Facts::error_quoted`]. The
    /// flag says whether it is an excerpt. A short refusal, or one where nothing marks the
    /// block, is quoted whole.
    #[must_use]
    pub fn error_key_quoted(&self, lang: Lang, list: Option<&str>) -> Option<(String, bool)> {
        let text = self
            .error_text
            .as_deref()
            .filter(|e| !e.trim().is_empty())?;
        let ip = self.ip_text();
        let Some(key) = key_line::find(text, list, ip.as_deref()) else {
            return Some((quoted(text, lang), false));
        };
        let gap = match lang {
            Lang::Ja => "…",
            Lang::En => "...",
        };
        let body = quoted(text.get(key.span).unwrap_or_default(), lang);
        let tail = if key.more {
            format!(" {gap}")
        } else {
            String::new()
        };
        let out = match key.status.and_then(|s| text.get(s)) {
            Some(status) => format!("{} {gap} {body}{tail}", quoted(status, lang)),
            None => format!("{body}{tail}"),
        };
        Some((out, true))
    }

    /// The date in ASCII for English text: as written when it is ASCII, `2025-06-03 14:12` when
    /// Outlook wrote it in Japanese (`2025年6月3日 火曜日 14:12`), else `None`.
    #[must_use]
    pub fn date_ascii(&self) -> Option<String> {
        let date = self.date.as_deref()?.trim();
        if date.is_ascii() {
            return Some(date.to_owned());
        }
        let numbers: Vec<u32> = date
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        match numbers.as_slice() {
            [y, m, d, rest @ ..] if date.contains('年') && date.contains('月') => {
                let mut out = format!("{y:04}-{m:02}-{d:02}");
                if let [h, min, ..] = rest {
                    out.push_str(&format!(" {h:02}:{min:02}"));
                }
                Some(out)
            }
            _ => None,
        }
    }

    /// The IP as text.
    #[must_use]
    pub fn ip_text(&self) -> Option<String> {
        self.ip.map(|ip| ip.to_string())
    }

    /// The recipient's domain, lower-case.
    #[must_use]
    pub fn recipient_domain(&self) -> Option<String> {
        self.recipient
            .as_deref()
            .and_then(|r| r.rsplit_once('@'))
            .map(|(_, d)| d.trim_end_matches('>').to_ascii_lowercase())
            .filter(|d| !d.is_empty())
    }

    /// The sender's domain: from the bounced message, else from the contact address.
    #[must_use]
    pub fn sender_domain(&self, contact_email: &str) -> String {
        self.sender
            .as_deref()
            .unwrap_or(contact_email)
            .rsplit_once('@')
            .map(|(_, d)| d.trim().to_ascii_lowercase())
            .unwrap_or_default()
    }
}

/// `text` as a text the user sends may quote it: suspicious links replaced, control
/// characters made visible.
fn quoted(text: &str, lang: Lang) -> String {
    let text = safe_text::for_terminal(text);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for link in url::suspicious_urls(&text) {
        out.push_str(text.get(at..link.span.start).unwrap_or_default());
        out.push_str(&t!(lang, "request-link-removed"));
        at = link.span.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// The date of the bounce itself, from the first `Date:` line, or the one Outlook writes when
/// it forwards (`送信日時:`, `Sent:`), for when the returned original carries none.
fn header_date(text: &str) -> Option<String> {
    text.lines().take(40).find_map(|line| {
        ["Date:", "送信日時:", "Sent:"].iter().find_map(|h| {
            line.strip_prefix(h)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        })
    })
}

/// The bare address in a header value such as `山田 太郎 <taro@example.jp>`.
fn address_in(value: &str) -> Option<String> {
    let inner = match (value.rfind('<'), value.rfind('>')) {
        (Some(a), Some(b)) if a < b => value.get(a + 1..b)?,
        _ => value
            .split_whitespace()
            .find(|w| w.contains('@'))?
            .trim_matches(|c| c == '"' || c == ','),
    };
    inner.contains('@').then(|| inner.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_domains() {
        assert_eq!(
            address_in("山田 太郎 <taro@example.jp>").as_deref(),
            Some("taro@example.jp")
        );
        assert_eq!(
            address_in("taro@example.jp").as_deref(),
            Some("taro@example.jp")
        );
        assert_eq!(address_in("no address"), None);
        let f = Facts {
            recipient: Some("hanako@Example.COM".into()),
            ..Facts::default()
        };
        assert_eq!(f.recipient_domain().as_deref(), Some("example.com"));
        assert_eq!(f.sender_domain("me@office.co.jp"), "office.co.jp");
        assert_eq!(
            header_date("差出人: x\n送信日時: 2025年6月3日 14:12\n").as_deref(),
            Some("2025年6月3日 14:12")
        );
        assert_eq!(header_date("Subject: x\n\nbody"), None);
        let dated = |d: &str| Facts {
            date: Some(d.into()),
            ..Facts::default()
        };
        assert_eq!(
            dated("2025年6月3日 火曜日 14:12").date_ascii().as_deref(),
            Some("2025-06-03 14:12")
        );
        assert_eq!(
            dated("Tue, 3 Jun 2025 10:12:00 +0900")
                .date_ascii()
                .as_deref(),
            Some("Tue, 3 Jun 2025 10:12:00 +0900")
        );
        assert_eq!(dated("きのう").date_ascii(), None);
    }

    #[test]
    fn quoted_errors_leave_out_suspicious_links_and_escape_codes() {
        let f = Facts {
            error_text: Some(
                "554 listed, see https://check.spamhaus.org/ or delist at \
                 http://spamhaus-delist.example/?ip=1 now\u{1b}]0;owned\u{7}"
                    .into(),
            ),
            ..Facts::default()
        };
        let en = f.error_quoted(Lang::En).unwrap();
        assert_eq!(
            en,
            "554 listed, see https://check.spamhaus.org/ or delist at \
             (suspicious link removed) now\u{241b}]0;owned\u{2407}"
        );
        let ja = f.error_quoted(Lang::Ja).unwrap();
        assert!(ja.contains("(不審なリンクのため省略)"), "{ja}");
        assert!(!ja.contains("delist.example"), "{ja}");
        assert_eq!(Facts::default().error_quoted(Lang::En), None);
    }
}
