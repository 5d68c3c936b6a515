//! The person's role: one of a few plain choices, or the form's own drop-down options.

use super::remark::{Question, Remark};
use super::text::{Bilingual, pair0};

/// The answer "none of these fits, or I don't know": a role field it meets is left for the
/// person to choose on the page, and the signature names no role.
pub const ROLE_UNKNOWN: &str = "unknown";

/// Whether a role was given that can be written: not empty and not [`ROLE_UNKNOWN`].
#[must_use]
pub fn stated(role: &str) -> bool {
    let r = role.trim();
    !r.is_empty() && r != ROLE_UNKNOWN
}

/// The role choices delist offers, by id; each has English and Japanese words in the locales.
pub const ROLES: &[&str] = &[
    "it-admin",
    "owner",
    "office-staff",
    "web-admin",
    "it-contractor",
];

/// The words for a role id in `lang` (`it-admin` → "IT管理者"), for the questionnaire.
#[must_use]
pub fn label(id: &str, lang: crate::i18n::Lang) -> String {
    crate::i18n::tr(lang, &format!("request-text-role-{id}"))
}

/// Words that identify a role inside a form's option (`Network Administrator` → `it-admin`).
fn keywords(role: &str) -> &'static [&'static str] {
    match role {
        "it-admin" => &["admin", "network", "system", "it "],
        "owner" => &["owner", "ceo", "president", "executive", "manage"],
        "office-staff" => &["staff", "employee", "office"],
        "web-admin" => &["web"],
        "it-contractor" => &[
            "contractor",
            "consult",
            "vendor",
            "third",
            "service provider",
        ],
        _ => &[],
    }
}

fn role_of_option(option: &str) -> Option<&'static str> {
    let o = format!("{} ", option.to_ascii_lowercase());
    ROLES
        .iter()
        .copied()
        .find(|r| keywords(r).iter().any(|k| o.contains(k)))
}

/// The role to paste and its translation. `input` is a role id, one of the form's options, or
/// (when the form has no options) a role typed in English.
///
/// # Errors
/// A remark about `--role` when it is missing, not in English, or not one of the options.
pub fn fill(input: &str, options: &[String]) -> Result<Bilingual, Remark> {
    let input = input.trim();
    if input == ROLE_UNKNOWN {
        return Ok(Bilingual::default());
    }
    let choices = if options.is_empty() {
        ROLES.join(", ")
    } else {
        options.join(" / ")
    };
    if input.is_empty() {
        return Err(Remark::new(
            Question::Role,
            "request-invalid-role-missing",
            &[("choices", &choices)],
        ));
    }
    let is_id = ROLES.contains(&input);
    if options.is_empty() {
        if is_id {
            return Ok(pair0(&format!("request-text-role-{input}")));
        }
        if !input.is_ascii() {
            return Err(Remark::new(
                Question::Role,
                "request-invalid-role-english",
                &[("choices", &choices)],
            ));
        }
        return Ok(Bilingual::same(input));
    }
    let option = options
        .iter()
        .find(|o| o.eq_ignore_ascii_case(input))
        .or_else(|| {
            is_id
                .then(|| options.iter().find(|o| role_of_option(o) == Some(input)))
                .flatten()
        });
    let Some(option) = option else {
        return Err(Remark::new(
            Question::Role,
            "request-invalid-role-option",
            &[("choices", &choices)],
        ));
    };
    let ja = role_of_option(option).map_or_else(
        || option.clone(),
        |r| pair0(&format!("request-text-role-{r}")).ja,
    );
    Ok(Bilingual {
        en: option.clone(),
        ja,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(o: &[&str]) -> Vec<String> {
        o.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn an_unknown_role_writes_nothing() {
        assert!(!stated(ROLE_UNKNOWN));
        assert!(!stated(" "));
        assert!(stated("owner"));
        let r = fill(ROLE_UNKNOWN, &opts(&["Owner", "Network Administrator"])).unwrap();
        assert!(r.en.is_empty() && r.ja.is_empty());
    }

    #[test]
    fn role_ids_give_english_and_japanese() {
        let r = fill("it-admin", &[]).unwrap();
        assert_eq!(r.en, "IT administrator");
        assert_eq!(r.ja, "IT管理者");
        assert_eq!(fill("Office Manager", &[]).unwrap().en, "Office Manager");
        assert_eq!(
            fill("", &[]).unwrap_err().id,
            "request-invalid-role-missing"
        );
        assert_eq!(
            fill("総務", &[]).unwrap_err().id,
            "request-invalid-role-english"
        );
    }

    #[test]
    fn form_options_are_matched() {
        let o = opts(&["End User", "Network Administrator", "ISP"]);
        assert_eq!(fill("it-admin", &o).unwrap().en, "Network Administrator");
        assert_eq!(fill("it-admin", &o).unwrap().ja, "IT管理者");
        assert_eq!(fill("end user", &o).unwrap().en, "End User");
        assert_eq!(
            fill("owner", &o).unwrap_err().id,
            "request-invalid-role-option"
        );
        assert_eq!(fill("CEO", &o).unwrap_err().about, Question::Role);
    }
}
