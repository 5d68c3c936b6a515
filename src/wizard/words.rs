//! Small pieces of wording the screens share: a list's name as a person reads it, a retry
//! limit or a date in the reader's own form, a duration in hours or days, and the site name of
//! a link (never the link itself).

use mail_parser::DateTime;

use crate::blocklist::Entry;
use crate::blocklist::catalogue::{Kind, ListStatus};
use crate::i18n::Lang;
use crate::t;

/// The list's name with the sub-list the bounce named, without repeating brackets:
/// `Spamhaus (SBL)` rather than `Spamhaus (SBL, CSS, XBL, PBL, DBL, ZEN) (SBL)`, and
/// `Trend Micro Email Reputation Services (ERS-QIL)` as the bounce itself writes it.
#[must_use]
pub fn list_name(entry: &Entry, sublist: Option<&str>) -> String {
    let mut name = entry.name.trim();
    // A closed list is said to be closed in words; "(closed)" in its name would repeat it.
    if matches!(entry.status, ListStatus::Closed { .. }) {
        for suffix in [" (closed)", " (Closed)"] {
            if let Some(head) = name.strip_suffix(suffix) {
                name = head;
            }
        }
    }
    let name = name.to_owned();
    let Some(sub) = sublist.map(str::trim).filter(|s| !s.is_empty()) else {
        return name;
    };
    let Some((head, inner)) = name
        .strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .map(|(h, i)| (h.to_owned(), i.to_owned()))
    else {
        return format!("{name} ({sub})");
    };
    if !inner.contains([' ', ',']) && !inner.eq_ignore_ascii_case(sub) {
        return format!("{head} ({inner}-{sub})");
    }
    format!("{head} ({sub})")
}

/// What kind of refusal the list stands for, as the `kind` of `wizard-happened-listed`.
#[must_use]
pub const fn list_kind(entry: &Entry) -> &'static str {
    if matches!(entry.status, ListStatus::Closed { .. }) {
        return "closed";
    }
    match entry.kind {
        Kind::Dnsbl => "dnsbl",
        Kind::ProviderReputation => "reputation",
        Kind::CarrierFilter => "carrier",
    }
}

/// Until when the sending server retries, in the reader's words: a date as
/// `2025年6月8日(日) 10:08` or `Sun 8 Jun 2025, 10:08`, a bounce's "5 days" as the time
/// after sending. Anything else is kept as the bounce wrote it.
#[must_use]
pub fn retry_until(until: &str, lang: Lang) -> String {
    let until = until.trim();
    if let Some(date) = DateTime::parse_rfc822(until).filter(DateTime::is_valid) {
        return date_words(&date, lang);
    }
    let mut parts = until.split_whitespace();
    let (Some(n), Some(unit), None) = (parts.next(), parts.next(), parts.next()) else {
        return until.to_owned();
    };
    let Ok(n) = n.parse::<u32>() else {
        return until.to_owned();
    };
    let unit = match unit.trim_end_matches('s').to_ascii_lowercase().as_str() {
        "day" => "day",
        "hour" => "hour",
        "minute" => "minute",
        _ => return until.to_owned(),
    };
    t!(lang, "wizard-retry-after-sending", n = n, unit = unit)
}

/// A date and time as the reader writes it, with the time zone unless it is Japan's.
#[must_use]
pub fn date_words(d: &DateTime, lang: Lang) -> String {
    let weekday = t!(lang, &format!("wizard-weekday-{}", d.day_of_week() % 7));
    let month = t!(lang, &format!("wizard-month-{}", d.month.clamp(1, 12)));
    let sign = if d.tz_before_gmt { '-' } else { '+' };
    let japan = !d.tz_before_gmt && d.tz_hour == 9 && d.tz_minute == 0;
    let zone = if japan {
        t!(lang, "wizard-zone-japan")
    } else {
        format!("UTC{sign}{:02}:{:02}", d.tz_hour, d.tz_minute)
    };
    t!(
        lang,
        "wizard-date",
        year = d.year,
        month = d.month,
        month_name = month,
        day = d.day,
        weekday = weekday,
        time = format!("{:02}:{:02}", d.hour, d.minute),
        zone = zone
    )
}

/// A length of time given in hours: hours below two days, whole days from there on.
#[must_use]
pub fn hours(h: u32, lang: Lang) -> String {
    match h {
        0 => t!(lang, "wizard-after-at-once"),
        h if h < 48 || h % 24 != 0 => t!(lang, "wizard-after-hours", n = h),
        h => t!(lang, "wizard-after-days", n = h / 24),
    }
}

/// The site a link points to (`bit.ly`), for a warning that must not show the link itself.
#[must_use]
pub fn site_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    // A port, or an IPv6 address in brackets, is not part of the name a person reads.
    let host = if host.starts_with('[') {
        host.split(']').next().map(|h| format!("{h}]"))?
    } else {
        host.split(':').next().unwrap_or_default().to_owned()
    };
    let host: String = host
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'))
        .collect::<String>()
        .trim_end_matches('.')
        .to_lowercase();
    (!host.is_empty() && host.chars().count() <= 100).then_some(host)
}

/// `text` with every link in `links` replaced by a note naming only its site, so a link the
/// bounce planted is never shown where a terminal could make it clickable.
#[must_use]
pub fn hide_links(text: &str, links: &[&str], lang: Lang) -> String {
    let mut links: Vec<&str> = links.iter().copied().filter(|l| !l.is_empty()).collect();
    // The longest first, so a link that contains another is replaced whole.
    links.sort_by_key(|l| std::cmp::Reverse(l.len()));
    let mut out = text.to_owned();
    for link in links {
        if out.contains(link) {
            let site = site_of(link).unwrap_or_default();
            out = out.replace(link, &t!(lang, "wizard-link-hidden", site = site));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocklist::CATALOGUE;

    fn name(id: &str, sub: Option<&str>) -> String {
        list_name(CATALOGUE.get(id).expect("in the catalogue"), sub)
    }

    #[test]
    fn list_names_do_not_repeat_brackets() {
        assert_eq!(name("spamhaus", Some("SBL")), "Spamhaus (SBL)");
        assert_eq!(
            name("trendmicro-ers", Some("QIL")),
            "Trend Micro Email Reputation Services (ERS-QIL)"
        );
        assert_eq!(name("uceprotect", Some("L1")), "UCEPROTECT Network (L1)");
        assert_eq!(name("sorbs", None), "SORBS");
        assert_eq!(
            name("spamcop", None),
            CATALOGUE.get("spamcop").unwrap().name
        );
    }

    #[test]
    fn retry_limits_read_as_a_person_writes_them() {
        assert_eq!(
            retry_until("Sun, 8 Jun 2025 10:08:12 +0900", Lang::Ja),
            "2025年6月8日(日) 10:08(日本時間)"
        );
        assert_eq!(
            retry_until("Sun, 8 Jun 2025 10:08:12 +0000", Lang::En),
            "Sun 8 June 2025, 10:08 (UTC+00:00)"
        );
        assert_eq!(retry_until("5 days", Lang::Ja), "メールを送ってから5日後");
        assert_eq!(
            retry_until("4 hours", Lang::En),
            "4 hours after the mail was sent"
        );
        assert_eq!(retry_until("the next 2 days", Lang::En), "the next 2 days");
    }

    #[test]
    fn every_weekday_and_month_has_words_in_both_languages() {
        // The ids are built at run time, so the locale test's scan cannot see them.
        for lang in Lang::ALL {
            for d in 0..7 {
                assert!(crate::i18n::has(lang, &format!("wizard-weekday-{d}")));
            }
            for m in 1..=12 {
                assert!(crate::i18n::has(lang, &format!("wizard-month-{m}")));
            }
        }
    }

    #[test]
    fn planted_links_are_hidden_but_their_site_is_named() {
        let text = "visit https://ers-delist.example.net/x?ip=1 now or http://bit.ly/y.";
        let shown = hide_links(
            text,
            &["http://bit.ly/y", "https://ers-delist.example.net/x?ip=1"],
            Lang::En,
        );
        assert!(!shown.contains("http"), "{shown}");
        assert!(shown.contains("ers-delist.example.net"), "{shown}");
        assert!(shown.contains("bit.ly"), "{shown}");
    }

    #[test]
    fn long_durations_are_days() {
        assert_eq!(hours(12, Lang::Ja), "12時間");
        assert_eq!(hours(168, Lang::Ja), "7日");
        assert_eq!(hours(168, Lang::En), "7 days");
        assert_eq!(hours(36, Lang::En), "36 hours");
    }

    #[test]
    fn a_link_is_reduced_to_its_site() {
        assert_eq!(
            site_of("https://trendmicro-ers-delist.example.net/remove?ip=1").as_deref(),
            Some("trendmicro-ers-delist.example.net")
        );
        assert_eq!(site_of("http://bit.ly/x").as_deref(), Some("bit.ly"));
        assert_eq!(
            site_of("http://user@Evil.Example:8080/␛\\click").as_deref(),
            Some("evil.example")
        );
        assert_eq!(site_of("http:///nothing"), None);
    }
}
