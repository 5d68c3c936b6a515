//! English with its Japanese translation, built from one Fluent id in both locales.
//!
//! Form text lives under `request-text-*`: the en-US message is the English to paste and the
//! ja-JP message with the same id is its translation. Building both from one id and one set of
//! arguments keeps every sentence and its translation side by side, whatever the UI language.

use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use crate::i18n::{Lang, tr_args};

/// One sentence (or value) in English with its Japanese translation beside it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    /// The English to paste.
    pub en: String,
    /// Its Japanese translation, for the person to understand what they send.
    pub ja: String,
}

impl Bilingual {
    /// The same text in both columns (an IP address, an email address, a name).
    #[must_use]
    pub fn same(text: &str) -> Self {
        Self {
            en: text.to_owned(),
            ja: text.to_owned(),
        }
    }

    /// The English length in graphemes, as a form counts it.
    #[must_use]
    pub fn en_len(&self) -> usize {
        graphemes(&self.en)
    }
}

/// Length of a text in graphemes (what a person and most forms count as characters).
#[must_use]
pub fn graphemes(text: &str) -> usize {
    text.graphemes(true).count()
}

/// Formats `id` in both locales with the same arguments.
#[must_use]
pub fn pair(id: &str, args: &FluentArgs) -> Bilingual {
    Bilingual {
        en: tr_args(Lang::En, id, Some(args)),
        ja: tr_args(Lang::Ja, id, Some(args)),
    }
}

/// Formats `id` in each locale with that locale's arguments: a list named with its company's
/// Japanese name in the translation, and with its official English name in the English.
#[must_use]
pub fn pair_each(id: &str, en: &FluentArgs, ja: &FluentArgs) -> Bilingual {
    Bilingual {
        en: tr_args(Lang::En, id, Some(en)),
        ja: tr_args(Lang::Ja, id, Some(ja)),
    }
}

/// Formats `id` in both locales without arguments.
#[must_use]
pub fn pair0(id: &str) -> Bilingual {
    pair(id, &FluentArgs::new())
}

/// Formats `id` in both locales with one argument that is itself bilingual: the English
/// message gets `inner.en`, the Japanese one `inner.ja` (a list of fixes, say).
#[must_use]
pub fn wrap(
    id: &str,
    name: &'static str,
    inner: &Bilingual,
    extra: &[(&'static str, &str)],
) -> Bilingual {
    let build = |lang: Lang, value: &str| {
        let mut a = args(extra);
        a.set(name, value.to_owned());
        tr_args(lang, id, Some(&a))
    };
    Bilingual {
        en: build(Lang::En, &inner.en),
        ja: build(Lang::Ja, &inner.ja),
    }
}

fn join_one<'a>(lang: Lang, items: impl ExactSizeIterator<Item = &'a str>) -> String {
    let items: Vec<&str> = items.collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        // "updated the site and fixed its form and changed the passwords" reads as one muddle;
        // when a phrase has its own "and", the serial comma keeps the two apart.
        [a, b] if !(lang == Lang::En && (a.contains(" and ") || b.contains(" and "))) => {
            let mut args = FluentArgs::new();
            args.set("a", *a);
            args.set("b", *b);
            tr_args(lang, "request-text-list-two", Some(&args))
        }
        [head @ .., last] => {
            let sep = tr_args(lang, "request-text-list-sep", None);
            let mut args = FluentArgs::new();
            args.set("head", head.join(&sep));
            args.set("last", *last);
            tr_args(lang, "request-text-list-more", Some(&args))
        }
    }
}

/// Joins clauses: one English sentence ("A, B, and C"), and in Japanese one sentence each
/// ("Aしました。Bしました"), since a Japanese reader takes one idea per sentence; the message that
/// wraps the list ends the last one.
#[must_use]
pub fn join_clauses(items: &[Bilingual]) -> Bilingual {
    Bilingual {
        en: join_one(Lang::En, items.iter().map(|b| b.en.as_str())),
        ja: items
            .iter()
            .map(|b| b.ja.as_str())
            .collect::<Vec<_>>()
            .join("。"),
    }
}

/// Joins sentences into one paragraph: a space between English sentences, none in Japanese.
#[must_use]
pub fn paragraph(sentences: &[Bilingual]) -> Bilingual {
    Bilingual {
        en: sentences
            .iter()
            .map(|s| s.en.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        ja: sentences.iter().map(|s| s.ja.as_str()).collect(),
    }
}

/// Fluent arguments from `(name, value)` pairs of strings (numbers stay text, so an IP or a
/// phone number is never reformatted).
#[must_use]
pub fn args<'a>(pairs: &[(&'a str, &str)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, (*v).to_owned());
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_in_each_language() {
        let items: Vec<Bilingual> = ["a", "b", "c"].iter().map(|s| Bilingual::same(s)).collect();
        assert_eq!(join_clauses(&items[..1]).en, "a");
        assert_eq!(join_clauses(&items[..2]).en, "a and b");
        assert_eq!(join_clauses(&items).en, "a, b, and c");
        assert_eq!(join_clauses(&items[..2]).ja, "a。b");
        assert_eq!(join_clauses(&items).ja, "a。b。c");
        assert_eq!(join_clauses(&[]).en, "");
    }

    #[test]
    fn graphemes_count_what_a_person_sees() {
        assert_eq!(graphemes("abc"), 3);
        assert_eq!(graphemes("山田"), 2);
        assert_eq!(graphemes("e\u{301}"), 1);
    }
}
