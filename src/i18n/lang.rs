//! Which language the user reads: the `--lang` flag, the POSIX locale variables, then the
//! operating system's locale (Windows has no `LANG`).

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The language the user reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (en-US).
    #[default]
    En,
    /// Japanese (ja-JP).
    Ja,
}

impl Lang {
    /// Both languages, English first (English is the fallback).
    pub const ALL: [Self; 2] = [Self::En, Self::Ja];

    /// The BCP-47 tag of the locale folder.
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Self::En => "en-US",
            Self::Ja => "ja-JP",
        }
    }

    /// The short code used on the command line and in JSON (`ja`, `en`).
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ja => "ja",
        }
    }

    /// Reads a `--lang` value or a locale string such as `ja_JP.UTF-8`, `ja`, `en-US`.
    /// Returns `None` for anything that names neither language (`C`, `POSIX`, `de_DE`).
    #[must_use]
    pub fn from_tag(value: &str) -> Option<Self> {
        let base = value
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        let id: LanguageIdentifier = base.parse().ok()?;
        match id.language.as_str() {
            "ja" => Some(Self::Ja),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The language for this process: `--lang`, then `LC_ALL`, `LC_MESSAGES`, `LANG`, then the
    /// operating system's locale (Windows has no `LANG`), else English.
    #[must_use]
    pub fn detect(flag: Option<&str>) -> Self {
        Self::detect_with(flag, |k| std::env::var(k).ok(), sys_locale::get_locale)
    }

    /// [`Lang::detect`] with the environment and the OS locale passed in, for tests.
    pub fn detect_with(
        flag: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
        os_locale: impl FnOnce() -> Option<String>,
    ) -> Self {
        if let Some(lang) = flag.and_then(Self::from_tag) {
            return lang;
        }
        // POSIX: the first non-empty variable decides, even when it names another language.
        let posix = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|k| env(k).filter(|v| !v.trim().is_empty()));
        match posix {
            Some(value) => Self::from_tag(&value).unwrap_or(Self::En),
            None => os_locale()
                .as_deref()
                .and_then(Self::from_tag)
                .unwrap_or(Self::En),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn language_choice_follows_flag_then_posix_then_os() {
        let none = || None;
        assert_eq!(
            Lang::detect_with(Some("ja"), env_of(&[("LANG", "en_US.UTF-8")]), none),
            Lang::Ja
        );
        assert_eq!(
            Lang::detect_with(None, env_of(&[("LANG", "ja_JP.UTF-8")]), none),
            Lang::Ja
        );
        assert_eq!(
            Lang::detect_with(None, env_of(&[("LANG", "ja_JP.eucJP")]), none),
            Lang::Ja
        );
        assert_eq!(
            Lang::detect_with(
                None,
                env_of(&[("LC_ALL", "ja_JP.UTF-8"), ("LANG", "en_US.UTF-8")]),
                none
            ),
            Lang::Ja
        );
        assert_eq!(
            Lang::detect_with(
                None,
                env_of(&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")]),
                none
            ),
            Lang::En
        );
        assert_eq!(
            Lang::detect_with(None, env_of(&[("LANG", "de_DE.UTF-8")]), none),
            Lang::En
        );
        assert_eq!(
            Lang::detect_with(None, env_of(&[]), || Some("ja-JP".into())),
            Lang::Ja
        );
        assert_eq!(
            Lang::detect_with(None, env_of(&[("LANG", "")]), || Some("ja".into())),
            Lang::Ja
        );
        assert_eq!(Lang::detect_with(None, env_of(&[]), none), Lang::En);
        assert_eq!(
            Lang::detect_with(Some("xx"), env_of(&[("LANG", "ja")]), none),
            Lang::Ja
        );
    }
}
