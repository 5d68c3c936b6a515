//! The person's details (name and company in romaji and in Japanese, email, role, telephone), remembered in the
//! settings folder so the next case starts with them filled in — shown as remembered, and
//! cleared or changed from the wizard. Only what the user typed is ever stored here.

use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::file;

/// The file's name in the settings folder.
pub const FILE_NAME: &str = "profile.json";

/// What is remembered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// The name as typed (romaji, or kana the request writer turns into romaji).
    pub name: String,
    /// The name in Japanese (kanji or kana), as typed, for the Japanese texts.
    pub name_ja: String,
    /// The contact email.
    pub email: String,
    /// The role, as chosen or typed.
    pub role: String,
    /// The company.
    pub company: String,
    /// The company's name in Japanese (kanji or kana), as typed, for the Japanese texts.
    pub company_ja: String,
    /// The telephone number.
    pub phone: String,
}

impl Profile {
    /// Whether nothing is remembered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// The profile file: `profile.json` in [`super::config_dir`].
#[must_use]
pub fn path() -> Option<PathBuf> {
    super::config_dir().map(|d| d.join(FILE_NAME))
}

/// The remembered profile; empty when there is none or it cannot be read (a damaged profile
/// is moved aside like a damaged case, and the user simply types again).
#[must_use]
pub fn load() -> Profile {
    let Some(path) = path() else {
        return Profile::default();
    };
    let Ok(bytes) = std::fs::read(&path) else {
        return Profile::default();
    };
    serde_json::from_slice(&bytes).unwrap_or_else(|_| {
        let _ = file::move_aside(&path, "unreadable");
        Profile::default()
    })
}

/// Remembers `profile` (an empty one removes the file: nothing is kept).
///
/// # Errors
/// When the settings folder cannot be written.
pub fn save(profile: &Profile) -> io::Result<()> {
    let Some(path) = path() else {
        return Ok(());
    };
    if profile.is_empty() {
        return match std::fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
    }
    let json = serde_json::to_vec_pretty(profile).map_err(io::Error::other)?;
    file::write_atomic(&path, &json)
}
