//! Words as a person reads them, shared by every text delist writes (the wizard's screens, the
//! request writer's emails, `delist request`): a list's name with its sub-list, a date or a
//! retry limit in the reader's own form, a duration in hours or days, and the site a link
//! points to (never the link itself).

use crate::blocklist::Entry;
use crate::blocklist::catalogue::ListStatus;
use crate::bounce::MailDate;
use crate::i18n::Lang;
use crate::safe_text;
use crate::t;

/// The list's name with the sub-list the bounce named, without repeating brackets:
/// `Spamhaus (SBL)` rather than `Spamhaus (SBL, CSS, XBL, PBL, DBL, ZEN) (SBL)`, and
/// `Trend Micro Email Reputation Services (ERS-QIL)` as the bounce itself writes it. Japanese
/// text takes the catalogue's Japanese name where the operator has one
/// (`トレンドマイクロのEmail Reputation Services (ERS-QIL)`); English keeps the official English
/// name, since English texts go to the operators.
#[must_use]
pub fn list_name(entry: &Entry, sublist: Option<&str>, lang: Lang) -> String {
    let mut name = match (lang, entry.name_ja.as_deref()) {
        (Lang::Ja, Some(ja)) => ja.trim(),
        _ => entry.name.trim(),
    };
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
        return without_family(entry, name);
    };
    // A lowercase id is the catalogue's own key (`policy`, `tenant`, `black`), not a name the
    // operator or the bounce uses: the sub-list's name stands in for it.
    let named;
    let sub = if sub.bytes().all(|b| b.is_ascii_lowercase()) {
        let Some(full) = entry
            .sublists
            .iter()
            .find(|s| s.id == sub)
            .and_then(|s| s.name.as_deref())
        else {
            return name;
        };
        let head = full.split(" (").next().unwrap_or(full).trim();
        // "URIBL black" under "URIBL (…)" is named on its own.
        if let Some(family) = name.split(' ').next()
            && head.starts_with(family)
        {
            return head.to_owned();
        }
        named = head.to_owned();
        named.as_str()
    } else {
        sub
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

/// Who runs the list, in the reader's language: the operator's official Japanese name in
/// Japanese text where it has one (`トレンドマイクロ`), else the English.
#[must_use]
pub fn operator_name(entry: &Entry, lang: Lang) -> &str {
    match (lang, entry.operator_ja.as_deref()) {
        (Lang::Ja, Some(ja)) => ja,
        _ => &entry.operator,
    }
}

/// A list named without a sub-list is named alone: `Spamhaus`, not the whole family
/// `Spamhaus (SBL, CSS, XBL, PBL, DBL, ZEN)` that the catalogue's name spells out. A
/// parenthesis that is not a list of the entry's own sub-lists (`au / KDDI (au.com, …)`,
/// `Barracuda … (BRBL)`) stays.
fn without_family(entry: &Entry, name: String) -> String {
    let Some((head, inner)) = name.strip_suffix(')').and_then(|n| n.rsplit_once(" (")) else {
        return name;
    };
    let is_sublist = |item: &str| {
        let item = item.trim();
        entry.sublists.iter().any(|s| {
            s.id.eq_ignore_ascii_case(item)
                || s.name
                    .as_deref()
                    .is_some_and(|n| n.split(" (").next().unwrap_or(n).eq_ignore_ascii_case(item))
        })
    };
    if inner.contains(',') && inner.split(',').any(is_sublist) {
        head.trim().to_owned()
    } else {
        name
    }
}

/// Until when the sending server retries, in the reader's words: a date as
/// `2025年6月8日(日) 10:08` or `Sun 8 Jun 2025, 10:08`, a bounce's "5 days" as the time
/// after sending. Anything else is kept as the bounce wrote it.
#[must_use]
pub fn retry_until(until: &str, lang: Lang) -> String {
    let until = until.trim();
    if let Some(date) = MailDate::parse(until) {
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
    t!(lang, "words-retry-after-sending", n = n, unit = unit)
}

/// A date and time as the reader writes it, with the time zone unless it is Japan's.
#[must_use]
pub fn date_words(d: &MailDate, lang: Lang) -> String {
    // A Japanese reader reads Japan time: the same moment, moved to +09:00.
    let japan;
    let d = if lang == Lang::Ja && d.utc_offset_minutes != JAPAN_OFFSET {
        japan = in_japan_time(d);
        &japan
    } else {
        d
    };
    let weekday = t!(lang, &format!("words-weekday-{}", d.weekday % 7));
    let month = t!(lang, &format!("words-month-{}", d.month.clamp(1, 12)));
    let zone = if d.utc_offset_minutes == JAPAN_OFFSET {
        t!(lang, "words-zone-japan")
    } else {
        let sign = if d.utc_offset_minutes < 0 { '-' } else { '+' };
        let off = d.utc_offset_minutes.unsigned_abs();
        format!("UTC{sign}{:02}:{:02}", off / 60, off % 60)
    };
    t!(
        lang,
        "words-date",
        year = d.year,
        month = d.month,
        month_name = month,
        day = d.day,
        weekday = weekday,
        time = format!("{:02}:{:02}", d.hour, d.minute),
        zone = zone
    )
}

const JAPAN_OFFSET: i32 = 9 * 60;

/// The same moment in Japan time (+09:00; Japan keeps no summer time).
pub(crate) fn in_japan_time(d: &MailDate) -> MailDate {
    use crate::online::stamp::{civil_from_days, days_from_civil};
    let days = days_from_civil(i64::from(d.year), u32::from(d.month), u32::from(d.day));
    let minutes = days * 1440 + i64::from(d.hour) * 60 + i64::from(d.minute)
        - i64::from(d.utc_offset_minutes)
        + i64::from(JAPAN_OFFSET);
    let (day_count, of_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let (year, month, day) = civil_from_days(day_count);
    MailDate {
        year: u16::try_from(year).unwrap_or(d.year),
        month: u8::try_from(month).unwrap_or(d.month),
        day: u8::try_from(day).unwrap_or(d.day),
        hour: u8::try_from(of_day / 60).unwrap_or(d.hour),
        minute: u8::try_from(of_day % 60).unwrap_or(d.minute),
        // 1970-01-01 was a Thursday; 0 is Sunday.
        weekday: u8::try_from((day_count + 4).rem_euclid(7)).unwrap_or(d.weekday),
        utc_offset_minutes: JAPAN_OFFSET,
    }
}

/// A date header (`Tue, 3 Jun 2025 10:08:09 +0900`) in the reader's words; anything that is
/// not such a date (Outlook's `2025年6月3日 14:12`) is kept as written.
#[must_use]
pub fn date(text: &str, lang: Lang) -> String {
    MailDate::parse(text).map_or_else(|| text.trim().to_owned(), |d| date_words(&d, lang))
}

/// A length of time given in hours: hours below two days, whole days from there on.
#[must_use]
pub fn hours(h: u32, lang: Lang) -> String {
    match h {
        0 => t!(lang, "words-at-once"),
        h if h < 48 || h % 24 != 0 => t!(lang, "words-hours", n = h),
        h => t!(lang, "words-days", n = h / 24),
    }
}

/// The site a link points to (`bit.ly`), for a warning that must not show the link itself:
/// its host as a browser reads it, cut at the first character a host name cannot hold (a
/// planted escape shown as `␛`, say).
#[must_use]
pub fn site_of(url: &str) -> Option<String> {
    let host = crate::scan::url::host(url)?;
    // A zero-width or bidi character hidden in the name is shown as `�`, not dropped: the
    // name is not what it looks like.
    let host: String = host
        .chars()
        .take_while(|&c| {
            c.is_alphanumeric()
                || matches!(c, '.' | '-' | '[' | ']' | ':')
                || (!c.is_control() && safe_text::stand_in(c).is_some())
                // Already a stand-in: the wizard reads the paste made safe.
                || c == '\u{fffd}'
        })
        .map(|c| safe_text::stand_in(c).unwrap_or(c))
        .collect::<String>()
        .trim_end_matches('.')
        .to_lowercase();
    if host.is_empty() || host.chars().count() > 100 {
        return None;
    }
    // A look-alike in another script (Cyrillic `а` for `a`) is shown with the ASCII form a
    // browser would go to beside it.
    let ascii = (!host.contains('\u{fffd}'))
        .then(|| safe_text::ascii_host(&host))
        .flatten();
    Some(match ascii {
        Some(ascii) => format!("{host} ({ascii})"),
        None => host,
    })
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
            out = out.replace(link, &t!(lang, "words-link-hidden", site = site));
        }
    }
    out
}

/// Reverse DNS said as a Japanese reader first meets it (locales/README.md): the first 逆引き
/// of a screen or a text carries its gloss, 逆引き(PTR); a later one does not. The texts are
/// written with either form, because which of them comes first depends on the list and the
/// answers; the screen or text passes each piece through one `Glossed`, in reading order.
#[derive(Clone, Copy, Debug, Default)]
pub struct Glossed {
    reverse_dns: bool,
}

impl Glossed {
    const WORD: &str = "逆引き";
    const GLOSS: &str = "(PTR)";

    /// What has been explained in either of two documents read together.
    #[must_use]
    pub const fn or(self, other: Self) -> Self {
        Self {
            reverse_dns: self.reverse_dns || other.reverse_dns,
        }
    }

    /// `text` with its reverse DNS glossed the first time and not again.
    pub fn apply<'a>(&mut self, text: &'a str) -> std::borrow::Cow<'a, str> {
        if !text.contains(Self::WORD) {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len() + Self::GLOSS.len());
        let mut rest = text;
        while let Some((before, after)) = rest.split_once(Self::WORD) {
            out.push_str(before);
            out.push_str(Self::WORD);
            rest = after;
            let unglossed = rest.strip_prefix(Self::GLOSS);
            if !self.reverse_dns {
                if unglossed.is_none() {
                    out.push_str(Self::GLOSS);
                }
                self.reverse_dns = true;
            } else if let Some(r) = unglossed {
                rest = r;
            }
        }
        out.push_str(rest);
        std::borrow::Cow::Owned(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocklist::CATALOGUE;

    fn name(id: &str, sub: Option<&str>) -> String {
        list_name(CATALOGUE.get(id).expect("in the catalogue"), sub, Lang::En)
    }

    fn name_ja(id: &str, sub: Option<&str>) -> String {
        list_name(CATALOGUE.get(id).expect("in the catalogue"), sub, Lang::Ja)
    }

    #[test]
    fn japanese_text_names_a_company_by_its_japanese_name() {
        assert_eq!(
            name_ja("trendmicro-ers", Some("QIL")),
            "トレンドマイクロのEmail Reputation Services (ERS-QIL)"
        );
        assert_eq!(
            name_ja("trendmicro-ers", None),
            "トレンドマイクロのEmail Reputation Services (ERS)"
        );
        assert_eq!(name_ja("docomo", None), "NTTドコモ(docomo.ne.jp)");
        assert_eq!(
            name_ja("microsoft-outlook", Some("S3150")),
            "マイクロソフトのOutlook.com / Hotmail (S3150)"
        );
        // Where no Japanese form is established, Japanese text keeps the English name.
        assert_eq!(name_ja("spamhaus", Some("SBL")), "Spamhaus (SBL)");
        // English keeps the official English name: English texts go to the operators.
        assert_eq!(
            name("trendmicro-ers", Some("QIL")),
            "Trend Micro Email Reputation Services (ERS-QIL)"
        );
        assert!(name("docomo", None).starts_with("NTT docomo"));
        let tm = CATALOGUE.get("trendmicro-ers").unwrap();
        assert_eq!(operator_name(tm, Lang::Ja), "トレンドマイクロ");
        assert_eq!(operator_name(tm, Lang::En), "Trend Micro");
        let spamhaus = CATALOGUE.get("spamhaus").unwrap();
        assert_eq!(operator_name(spamhaus, Lang::Ja), spamhaus.operator);
    }

    #[test]
    fn list_names_do_not_repeat_brackets() {
        assert_eq!(name("spamhaus", Some("SBL")), "Spamhaus (SBL)");
        assert_eq!(
            name("trendmicro-ers", Some("QIL")),
            "Trend Micro Email Reputation Services (ERS-QIL)"
        );
        assert_eq!(name("uceprotect", Some("L1")), "UCEPROTECT Network (L1)");
        // The catalogue's lowercase keys are never shown: the sub-list's name is.
        assert_eq!(
            name("abusix", Some("policy")),
            "Abusix Mail Intelligence (Policy)"
        );
        assert_eq!(name("uribl", Some("black")), "URIBL black");
        assert_eq!(name("sorbs", None), "SORBS");
        // Without a sub-list, the list alone, never the whole family the catalogue spells out;
        // a parenthesis that is not a family of sub-lists stays.
        assert_eq!(name("spamhaus", None), "Spamhaus");
        assert_eq!(name("spamrats", None), "SpamRATS");
        assert_eq!(name("invaluement", None), "Invaluement");
        assert_eq!(
            name("trendmicro-ers", None),
            "Trend Micro Email Reputation Services (ERS)"
        );
        assert!(name("au-kddi", None).contains("au.com"));
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
        assert_eq!(
            date("Mon, 9 Jun 2025 01:00:00 -0430", Lang::En),
            "Mon 9 June 2025, 01:00 (UTC-04:30)"
        );
        assert_eq!(date("2025年6月3日 14:12", Lang::Ja), "2025年6月3日 14:12");
        // Japanese text gives Japan time: the same moment, across a day and a year.
        assert_eq!(
            date("Mon, 2 Jun 2025 05:01:40 +0000", Lang::Ja),
            "2025年6月2日(月) 14:01(日本時間)"
        );
        assert_eq!(
            date("Tue, 31 Dec 2024 20:30:00 -0500", Lang::Ja),
            "2025年1月1日(水) 10:30(日本時間)"
        );
        assert_eq!(
            date("Mon, 2 Jun 2025 05:01:40 +0000", Lang::En),
            "Mon 2 June 2025, 05:01 (UTC+00:00)"
        );
    }

    #[test]
    fn every_weekday_and_month_has_words_in_both_languages() {
        // The ids are built at run time, so the locale test's scan cannot see them.
        for lang in Lang::ALL {
            for d in 0..7 {
                assert!(crate::i18n::has(lang, &format!("words-weekday-{d}")));
            }
            for m in 1..=12 {
                assert!(crate::i18n::has(lang, &format!("words-month-{m}")));
            }
        }
    }

    #[test]
    fn reverse_dns_is_glossed_the_first_time_only() {
        let mut g = Glossed::default();
        assert_eq!(g.apply("PTRのない名前"), "PTRのない名前");
        assert_eq!(
            g.apply("逆引きの名前がありません。"),
            "逆引き(PTR)の名前がありません。"
        );
        assert_eq!(
            g.apply("逆引き(PTR)を直し、逆引きを確かめます。"),
            "逆引きを直し、逆引きを確かめます。"
        );
        let mut g = Glossed::default();
        assert_eq!(g.apply("逆引き(PTR)と逆引き(PTR)"), "逆引き(PTR)と逆引き");
        assert_eq!(g.apply("reverse DNS (PTR)"), "reverse DNS (PTR)");
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

    #[test]
    fn a_look_alike_site_shows_its_ascii_form_and_hidden_characters() {
        let site = site_of("https://check.spamh\u{430}us.org/remove").unwrap();
        assert!(
            site.starts_with("check.spamh\u{430}us.org (check.xn--spamhus-"),
            "{site}"
        );
        assert_eq!(
            site_of("http://spam\u{200b}haus-delist.example/").as_deref(),
            Some("spam\u{fffd}haus-delist.example")
        );
        // The wizard reads the paste with the hidden character already a stand-in: the same.
        assert_eq!(
            site_of("http://spam\u{fffd}haus-delist.example/").as_deref(),
            site_of("http://spam\u{200b}haus-delist.example/").as_deref()
        );
    }
}
