//! Checking what the person typed. Every result is a value the UI can show: a Fluent id plus
//! arguments, never a formatted string, so the wizard and the command line word it the same way
//! in either language. Lengths are counted in graphemes.

use std::net::IpAddr;

use serde::Serialize;

use super::romaji::{self, RomajiError};
use super::text::graphemes;
use crate::i18n::{FluentArgs, Lang, tr_args};

/// Which answer a remark is about; the command line names the flag, the wizard the question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    /// Which list (`--list`, or the bounce).
    List,
    /// The cause.
    Cause,
    /// The fixes already made.
    Fixes,
    /// The prevention steps.
    Prevention,
    /// The server type.
    Server,
    /// The hosting provider's name.
    Provider,
    /// The person's name.
    Name,
    /// The contact email.
    Email,
    /// The person's role.
    Role,
    /// The company.
    Company,
    /// The telephone number.
    Phone,
    /// The blocked IP address.
    Ip,
}

impl Question {
    /// The command-line flag that answers this question.
    #[must_use]
    pub const fn flag(self) -> &'static str {
        match self {
            Self::List => "--list",
            Self::Cause => "--cause",
            Self::Fixes => "--fix",
            Self::Prevention => "--prevent",
            Self::Server => "--server",
            Self::Provider => "--provider",
            Self::Name => "--name",
            Self::Email => "--email",
            Self::Role => "--role",
            Self::Company => "--company",
            Self::Phone => "--phone",
            Self::Ip => "--ip",
        }
    }
}

/// The result of checking one answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Validation {
    /// Nothing to say.
    Valid,
    /// Acceptable, but the person should read this (a free-mail address, a converted name).
    Advice {
        /// Fluent id of the message.
        id: String,
        /// Its arguments.
        args: Vec<(String, String)>,
    },
    /// Cannot be used; the message says what to do.
    Invalid {
        /// Fluent id of the message.
        id: String,
        /// Its arguments.
        args: Vec<(String, String)>,
    },
}

impl Validation {
    fn invalid(id: &str, args: &[(&str, &str)]) -> Self {
        Self::Invalid {
            id: id.to_owned(),
            args: owned(args),
        }
    }

    fn advice(id: &str, args: &[(&str, &str)]) -> Self {
        Self::Advice {
            id: id.to_owned(),
            args: owned(args),
        }
    }

    /// True unless invalid.
    #[must_use]
    pub const fn is_ok(&self) -> bool {
        !matches!(self, Self::Invalid { .. })
    }

    /// The message in `lang`, when there is one.
    #[must_use]
    pub fn message(&self, lang: Lang) -> Option<String> {
        match self {
            Self::Valid => None,
            Self::Advice { id, args } | Self::Invalid { id, args } => {
                Some(format_msg(lang, id, args))
            }
        }
    }
}

/// A remark about one answer: an error that stops the request, or advice shown beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Remark {
    /// The answer it is about.
    pub about: Question,
    /// Fluent id of the message.
    pub id: String,
    /// Its arguments.
    pub args: Vec<(String, String)>,
}

impl Remark {
    /// A remark from an id and arguments.
    #[must_use]
    pub fn new(about: Question, id: &str, args: &[(&str, &str)]) -> Self {
        Self {
            about,
            id: id.to_owned(),
            args: owned(args),
        }
    }

    /// The remark for a validation that is not `Valid`.
    #[must_use]
    pub fn from_validation(about: Question, v: &Validation) -> Option<Self> {
        match v {
            Validation::Valid => None,
            Validation::Advice { id, args } | Validation::Invalid { id, args } => Some(Self {
                about,
                id: id.clone(),
                args: args.clone(),
            }),
        }
    }

    /// The message in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        format_msg(lang, &self.id, &self.args)
    }
}

fn owned(args: &[(&str, &str)]) -> Vec<(String, String)> {
    args.iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn format_msg(lang: Lang, id: &str, args: &[(String, String)]) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        a.set(k.as_str(), v.clone());
    }
    tr_args(lang, id, Some(&a))
}

const MAX_NAME: usize = 100;

/// Checks a name: romaji or kana is fine (kana is converted), kanji must be retyped.
#[must_use]
pub fn name(input: &str) -> Validation {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Validation::invalid("request-invalid-name-missing", &[]);
    }
    if graphemes(trimmed) > MAX_NAME {
        return Validation::invalid("request-invalid-too-long", &[("max", "100")]);
    }
    match romaji::to_romaji(trimmed) {
        Err(RomajiError::Kanji) => Validation::invalid("request-invalid-name-kanji", &[]),
        Ok(r) if romaji::has_kana(trimmed) && !r.contains(' ') => {
            Validation::advice("request-advice-name-space", &[("romaji", &r)])
        }
        Ok(r) if romaji::has_kana(trimmed) => {
            Validation::advice("request-advice-name-converted", &[("romaji", &r)])
        }
        Ok(r) if !r.is_ascii() => Validation::advice("request-advice-not-ascii", &[]),
        Ok(_) => Validation::Valid,
    }
}

/// The name in ASCII romaji, when it can be written so.
#[must_use]
pub fn romanised(input: &str) -> Option<String> {
    romaji::to_romaji(input.trim())
        .ok()
        .filter(|s| !s.is_empty())
}

/// Checks a company name; like a name, but it may be left empty when the form does not need it.
#[must_use]
pub fn company(input: &str, required: bool) -> Validation {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return if required {
            Validation::invalid("request-invalid-company-missing", &[])
        } else {
            Validation::Valid
        };
    }
    match romaji::to_romaji(trimmed) {
        Err(RomajiError::Kanji) => Validation::invalid("request-invalid-company-kanji", &[]),
        Ok(r) if romaji::has_kana(trimmed) => {
            Validation::advice("request-advice-company-converted", &[("romaji", &r)])
        }
        Ok(r) if !r.is_ascii() => Validation::advice("request-advice-not-ascii", &[]),
        Ok(_) => Validation::Valid,
    }
}

/// Free mail services: lists trust these less, and some refuse them outright.
const FREE_MAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.co.jp",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "outlook.jp",
    "hotmail.com",
    "hotmail.co.jp",
    "live.com",
    "live.jp",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "gmx.net",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "au.com",
    "softbank.ne.jp",
    "i.softbank.jp",
    "ymobile.ne.jp",
];

/// The email address with full-width characters made ASCII and spaces removed.
#[must_use]
pub fn normalised_email(input: &str) -> String {
    romaji::normalise_width(input).trim().to_owned()
}

/// Checks a contact email. `role_address_wanted` names the list when it accepts requests only
/// from abuse@ or postmaster@ of the IP's owner.
#[must_use]
pub fn email(input: &str, role_address_wanted: Option<&str>) -> Validation {
    let e = normalised_email(input);
    if e.is_empty() {
        return Validation::invalid("request-invalid-email-missing", &[]);
    }
    let Some((local, domain)) = e.rsplit_once('@') else {
        return Validation::invalid("request-invalid-email", &[("email", &e)]);
    };
    let label_ok = |l: &str| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~.".contains(&b));
    let domain_ok = domain.contains('.') && domain.split('.').all(label_ok);
    if !local_ok || !domain_ok {
        return Validation::invalid("request-invalid-email", &[("email", &e)]);
    }
    let domain = domain.to_ascii_lowercase();
    let local = local.to_ascii_lowercase();
    if let Some(list) = role_address_wanted
        && local != "abuse"
        && local != "postmaster"
    {
        return Validation::advice(
            "request-advice-email-role",
            &[("list", list), ("domain", &domain)],
        );
    }
    if FREE_MAIL.contains(&domain.as_str()) {
        return Validation::advice("request-advice-email-free", &[("domain", &domain)]);
    }
    Validation::Valid
}

/// Checks a telephone number: digits with the usual separators, at least six digits.
#[must_use]
pub fn phone(input: &str, required: bool) -> Validation {
    let p = romaji::normalise_width(input);
    let p = p.trim();
    if p.is_empty() {
        return if required {
            Validation::invalid("request-invalid-phone-missing", &[])
        } else {
            Validation::Valid
        };
    }
    let chars_ok = p
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'));
    let digits = p.chars().filter(char::is_ascii_digit).count();
    if !chars_ok || !(6..=20).contains(&digits) || p.rfind('+').is_some_and(|i| i > 0) {
        return Validation::invalid("request-invalid-phone", &[("phone", p)]);
    }
    Validation::Valid
}

/// A Japanese number written for an international form: `03-1234-5678` → `+81 3-1234-5678`.
#[must_use]
pub fn international_phone(input: &str) -> String {
    let p = romaji::normalise_width(input);
    let p = p.trim();
    match p.strip_prefix('0') {
        Some(rest) if !rest.starts_with('0') => format!("+81 {rest}"),
        _ => p.to_owned(),
    }
}

/// Checks an IP address typed by hand (or read from the bounce).
#[must_use]
pub fn ip(input: &str) -> Validation {
    let t = romaji::normalise_width(input);
    let t = t.trim().trim_start_matches('[').trim_end_matches(']');
    if t.is_empty() {
        return Validation::invalid("request-invalid-ip-missing", &[]);
    }
    match t.parse::<IpAddr>() {
        Err(_) => Validation::invalid("request-invalid-ip", &[("ip", t)]),
        Ok(addr) if is_private(addr) => {
            Validation::advice("request-advice-ip-private", &[("ip", t)])
        }
        Ok(_) => Validation::Valid,
    }
}

/// Private, loopback, link-local or unspecified: not the address the world sees.
#[must_use]
pub fn is_private(addr: IpAddr) -> bool {
    match addr {
        IpAddr::V4(v) => {
            v.is_private() || v.is_loopback() || v.is_link_local() || v.is_unspecified()
        }
        IpAddr::V6(v) => {
            v.is_loopback()
                || v.is_unspecified()
                || (v.segments()[0] & 0xfe00) == 0xfc00
                || (v.segments()[0] & 0xffc0) == 0xfe80
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(v: &Validation) -> &str {
        match v {
            Validation::Valid => "valid",
            Validation::Advice { id, .. } | Validation::Invalid { id, .. } => id,
        }
    }

    #[test]
    fn names() {
        assert_eq!(name("Taro Yamada"), Validation::Valid);
        assert_eq!(id(&name("")), "request-invalid-name-missing");
        assert_eq!(id(&name("山田 太郎")), "request-invalid-name-kanji");
        assert_eq!(id(&name("やまだ たろう")), "request-advice-name-converted");
        assert_eq!(id(&name("やまだたろう")), "request-advice-name-space");
        assert_eq!(romanised("やまだ たろう").as_deref(), Some("Yamada Taro"));
        assert_eq!(id(&name(&"a".repeat(101))), "request-invalid-too-long");
    }

    #[test]
    fn emails() {
        assert_eq!(email("taro@example.co.jp", None), Validation::Valid);
        assert_eq!(email("ｔａｒｏ＠example.co.jp", None), Validation::Valid);
        assert_eq!(id(&email("", None)), "request-invalid-email-missing");
        for bad in [
            "taro",
            "taro@",
            "@example.jp",
            "taro@example",
            "ta ro@example.jp",
            "a..b@x.jp",
        ] {
            assert_eq!(id(&email(bad, None)), "request-invalid-email", "{bad}");
        }
        assert_eq!(
            id(&email("taro@gmail.com", None)),
            "request-advice-email-free"
        );
        assert_eq!(
            id(&email("taro@example.jp", Some("Trend Micro"))),
            "request-advice-email-role"
        );
        assert_eq!(
            email("postmaster@example.jp", Some("Trend Micro")),
            Validation::Valid
        );
        assert_eq!(
            email("Abuse@example.jp", Some("Trend Micro")),
            Validation::Valid
        );
    }

    #[test]
    fn phones() {
        assert_eq!(phone("03-1234-5678", true), Validation::Valid);
        assert_eq!(phone("０３－１２３４－５６７８", true), Validation::Valid);
        assert_eq!(phone("", false), Validation::Valid);
        assert_eq!(id(&phone("", true)), "request-invalid-phone-missing");
        assert_eq!(id(&phone("call me", true)), "request-invalid-phone");
        assert_eq!(id(&phone("12", true)), "request-invalid-phone");
        assert_eq!(international_phone("03-1234-5678"), "+81 3-1234-5678");
        assert_eq!(international_phone("090 1234 5678"), "+81 90 1234 5678");
        assert_eq!(international_phone("+81 3 1234 5678"), "+81 3 1234 5678");
        assert_eq!(international_phone("0044 20 1234"), "0044 20 1234");
    }

    #[test]
    fn ips() {
        assert_eq!(ip("203.0.113.5"), Validation::Valid);
        assert_eq!(ip("[2001:db8::1]"), Validation::Valid);
        assert_eq!(id(&ip("192.168.1.10")), "request-advice-ip-private");
        assert_eq!(id(&ip("999.1.1.1")), "request-invalid-ip");
        assert_eq!(id(&ip("")), "request-invalid-ip-missing");
    }

    #[test]
    fn companies() {
        assert_eq!(company("Example Co., Ltd.", true), Validation::Valid);
        assert_eq!(company("", false), Validation::Valid);
        assert_eq!(id(&company("", true)), "request-invalid-company-missing");
        assert_eq!(
            id(&company("株式会社サンプル", true)),
            "request-invalid-company-kanji"
        );
    }
}
