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

    /// `updated` as a person reads it: `2026-12-07 16:44 UTC`.
    #[must_use]
    pub fn updated_short(&self) -> String {
        short_time(&self.updated)
    }

    /// `created` as a person reads it.
    #[must_use]
    pub fn created_short(&self) -> String {
        short_time(&self.created)
    }
}

/// `2026-12-07T16:44:02Z` → `2026-12-07 16:44 UTC`; anything else as it is.
#[must_use]
pub fn short_time(rfc3339: &str) -> String {
    match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(day), Some(hm)) if rfc3339.ends_with('Z') => format!("{day} {hm} UTC"),
        _ => rfc3339.to_owned(),
    }
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
