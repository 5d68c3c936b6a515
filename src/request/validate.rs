//! Checking what the person typed, one answer at a time, as the wizard needs it while they type.
//! Lengths are counted in graphemes.

use std::net::IpAddr;

pub use super::remark::Validation;
use super::romaji::{self, RomajiError};
use super::text::graphemes;

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

/// Whether a lower-case mail domain belongs to a free mail service (lists trust it less).
#[must_use]
pub fn is_free_mail(domain: &str) -> bool {
    FREE_MAIL.contains(&domain)
}

/// Checks a contact email. `role_address_wanted` names the list (in English, then in Japanese)
/// when it accepts requests only from abuse@ or postmaster@ of the IP's owner.
#[must_use]
pub fn email(input: &str, role_address_wanted: Option<(&str, &str)>) -> Validation {
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
    if let Some((list, list_ja)) = role_address_wanted
        && local != "abuse"
        && local != "postmaster"
    {
        return Validation::advice(
            "request-advice-email-role",
            &[("list", list), ("list_ja", list_ja), ("domain", &domain)],
        );
    }
    if is_free_mail(&domain) {
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
