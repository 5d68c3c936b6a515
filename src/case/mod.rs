//! Cases: one bounce and what the user answered about it, kept on disk so that nothing typed
//! is lost to a closed window, a cut-off call or a crash, and so that every case can be
//! resumed, listed, reported on and read out over the telephone.
//!
//! - [`store`]: the cases folder: save, load, list, delete; damaged files moved aside.
//! - [`file`]: atomic private writes (temporary file, fsync, rename, folder fsync).
//! - [`saver`]: a writer thread that keeps only the newest snapshot waiting.
//! - [`code`]: the short phone code (`TM-QIL 203.0.113.5`).
//! - [`profile`]: the person's details, remembered for the next case.
//! - [`report`]: a case as a text for a support ticket.
//!
//! A case holds what the user gave (the pasted text, the answers, the step reached); what is
//! derived from it (the diagnosis, the texts) is rebuilt on load and never stored. The case
//! layer knows nothing of the wizard: the wizard's own state travels as a JSON value it reads
//! back itself.

pub mod code;
pub mod file;
pub mod profile;
pub mod report;
pub mod saver;
pub mod store;

use std::net::IpAddr;
use std::path::PathBuf;

use crate::bounce::MailDate;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The version of the case file; a file with a higher one was written by a newer delist.
pub const FORMAT: u32 = 1;

/// The environment variable that puts the data folder (cases, the clipboard file) elsewhere.
pub const DATA_DIR_ENV: &str = "DELIST_DATA_DIR";
/// The environment variable that puts the settings folder (the profile) elsewhere.
pub const CONFIG_DIR_ENV: &str = "DELIST_CONFIG_DIR";

/// One case as saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Case {
    /// The file's format version ([`FORMAT`]).
    pub format: u32,
    /// Its id: the time it was started, `YYYYMMDD-HHMMSS` in UTC.
    pub id: String,
    /// When it was started (RFC 3339, UTC).
    pub created: String,
    /// When it was saved last (RFC 3339, UTC).
    pub updated: String,
    /// The language the user worked in (`ja`, `en`).
    pub lang: String,
    /// The step on screen, 1 to 7.
    pub step: u8,
    /// The furthest step reached, 1 to 7.
    pub reached: u8,
    /// The list's catalogue id, when one was identified (or given by a phone code).
    #[serde(default)]
    pub list: Option<String>,
    /// The sub-list, when the bounce named one.
    #[serde(default)]
    pub sublist: Option<String>,
    /// The IP the request is about: typed by the user, else the one the bounce names.
    #[serde(default)]
    pub ip: Option<IpAddr>,
    /// The user went on to the last step (the request was sent).
    #[serde(default)]
    pub finished: bool,
    /// The pasted or loaded text, as the box held it.
    #[serde(default)]
    pub paste: String,
    /// A file's own bytes (base64) while the box was unedited: a MIME message is read from its
    /// bytes (charsets, encodings), not from the text shown.
    #[serde(default)]
    pub raw: Option<String>,
    /// The case was opened from a phone code (no bounce text).
    #[serde(default)]
    pub from_code: bool,
    /// The wizard's answers and fields, as the wizard writes them.
    #[serde(default)]
    pub wizard: serde_json::Value,
}

impl Case {
    /// An empty case; the store gives it an id and times when it is first saved.
    #[must_use]
    pub fn new(lang: crate::i18n::Lang) -> Self {
        Self {
            format: FORMAT,
            id: String::new(),
            created: String::new(),
            updated: String::new(),
            lang: lang.code().to_owned(),
            step: 1,
            reached: 1,
            list: None,
            sublist: None,
            ip: None,
            finished: false,
            paste: String::new(),
            raw: None,
            from_code: false,
            wizard: serde_json::Value::Null,
        }
    }

    /// The phone code for this case, when its list is known.
    #[must_use]
    pub fn code(&self) -> Option<String> {
        code::encode(self.list.as_deref()?, self.sublist.as_deref(), self.ip)
    }

    /// `updated` as a person reads it, in Japan time (see [`time_words`]).
    #[must_use]
    pub fn updated_words(&self, lang: Lang) -> String {
        time_words(&self.updated, lang)
    }

    /// `created` as a person reads it.
    #[must_use]
    pub fn created_words(&self, lang: Lang) -> String {
        time_words(&self.created, lang)
    }
}

/// A saved time (RFC 3339 in UTC, as stored) as a person reads it, in Japan time:
/// `2026年12月8日(火) 01:44(日本時間)` / `Tue 8 December 2026, 01:44 (Japan time)`. delist serves
/// offices in Japan and shows the bounce's own dates the same way, so a report pasted into a
/// ticket for a Japanese provider reads in the provider's time. Anything else is kept as it is.
#[must_use]
pub fn time_words(rfc3339: &str, lang: Lang) -> String {
    in_japan(rfc3339).map_or_else(
        || rfc3339.to_owned(),
        |d| crate::words::date_words(&d, lang),
    )
}

/// `2026-12-07T16:44:02Z` → the same moment in Japan (UTC+9), day and weekday included.
fn in_japan(rfc3339: &str) -> Option<MailDate> {
    let s = rfc3339.strip_suffix('Z')?;
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    let (y, mo, d, h, mi) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
    );
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 {
        return None;
    }
    let utc = MailDate {
        year: u16::try_from(y).ok()?,
        month: u8::try_from(mo).ok()?,
        day: u8::try_from(d).ok()?,
        hour: u8::try_from(h).ok()?,
        minute: u8::try_from(mi).ok()?,
        // Worked out again by the move to Japan time, from the date itself.
        weekday: 0,
        utc_offset_minutes: 0,
    };
    Some(crate::words::in_japan_time(&utc))
}

fn env_dir(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

fn project() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "delist")
}

/// delist's data folder: `$DELIST_DATA_DIR`, else the platform's (`~/.local/share/delist`,
/// `~/Library/Application Support/delist`, `%APPDATA%\delist\data`).
#[must_use]
pub fn data_dir() -> Option<PathBuf> {
    env_dir(DATA_DIR_ENV).or_else(|| project().map(|p| p.data_dir().to_path_buf()))
}

/// delist's settings folder: `$DELIST_CONFIG_DIR`, else `$DELIST_DATA_DIR` (so that one
/// variable keeps a test away from the real home), else the platform's (`~/.config/delist`).
#[must_use]
pub fn config_dir() -> Option<PathBuf> {
    env_dir(CONFIG_DIR_ENV)
        .or_else(|| env_dir(DATA_DIR_ENV))
        .or_else(|| project().map(|p| p.config_dir().to_path_buf()))
}

/// The folder that holds the cases.
#[must_use]
pub fn cases_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("cases"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_times_read_in_japan_time_across_days_months_and_leap_years() {
        assert_eq!(
            time_words("2026-12-07T16:44:02Z", Lang::Ja),
            "2026年12月8日(火) 01:44(日本時間)"
        );
        assert_eq!(
            time_words("2026-12-07T16:44:02Z", Lang::En),
            "Tue 8 December 2026, 01:44 (Japan time)"
        );
        assert_eq!(
            time_words("2024-02-28T20:00:00Z", Lang::Ja),
            "2024年2月29日(木) 05:00(日本時間)"
        );
        assert_eq!(
            time_words("2026-12-31T15:00:00Z", Lang::Ja),
            "2027年1月1日(金) 00:00(日本時間)"
        );
        assert_eq!(
            time_words("2026-03-01T02:30:00Z", Lang::Ja),
            "2026年3月1日(日) 11:30(日本時間)"
        );
        // Anything that is not such a time is shown as it is, never guessed at.
        assert_eq!(time_words("yesterday", Lang::Ja), "yesterday");
        assert_eq!(
            time_words("2026-13-01T00:00:00Z", Lang::En),
            "2026-13-01T00:00:00Z"
        );
    }
}
