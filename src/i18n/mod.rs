//! Messages in Japanese and English: the embedded Fluent files, the language choice, and lookup.
//!
//! Every user-facing string lives in `locales/<tag>/<area>.ftl`; ids are prefixed with the file
//! stem (`bounce-reason-blocked`). A file's bundle is built on first use of one of its ids
//! (`bundles`). Isolation marks are off: they would end up as invisible U+2068/U+2069
//! characters in text pasted into web forms.

use std::collections::BTreeSet;

pub use fluent_bundle::FluentArgs;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod bundles;
mod lang;

pub use lang::Lang;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

type Bundle = FluentBundle<FluentResource>;

/// Builds the bundle of all the files of one language, reporting every parse error and
/// duplicate id (the tests' check; a run builds a bundle per file, `bundles`).
///
/// # Errors
/// A description naming the file and the broken snippet, so a test failure points at the fix.
pub fn build_bundle(lang: Lang) -> Result<Bundle, String> {
    let langid: LanguageIdentifier = lang.tag().parse().map_err(|e| format!("{e:?}"))?;
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (tag, stem, source) in files(lang) {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let snippet: String = source
                        .get(e.pos.clone())
                        .unwrap_or_default()
                        .chars()
                        .take(60)
                        .collect();
                    problems.push(format!(
                        "locales/{tag}/{stem}.ftl: {:?} near {snippet:?}",
                        e.kind
                    ));
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(format!("locales/{tag}/{stem}.ftl: {e}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(bundle)
    } else {
        Err(problems.join("\n"))
    }
}

/// The embedded files of one language: (tag, stem, contents).
pub fn files(
    lang: Lang,
) -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str)> {
    LOCALE_FILES
        .iter()
        .filter(move |(tag, _, _)| *tag == lang.tag())
}

/// Every message id of one language.
#[must_use]
pub fn ids(lang: Lang) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, _, source) in files(lang) {
        if let Ok(resource) = FluentResource::try_new((*source).to_owned()) {
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    out.insert(m.id.name.to_owned());
                }
            }
        }
    }
    out
}

/// Whether `id` exists in `lang`.
#[must_use]
pub fn has(lang: Lang, id: &str) -> bool {
    bundles::holding(lang, id).is_some()
}

/// Formats `id` with `args`, reporting every Fluent error instead of hiding it.
///
/// # Errors
/// When the id is missing or a placeable cannot be resolved (a missing argument, say).
pub fn format_checked(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Result<String, String> {
    let bundle =
        bundles::holding(lang, id).ok_or_else(|| format!("{}: no message {id:?}", lang.tag()))?;
    let message = bundle
        .get_message(id)
        .ok_or_else(|| format!("{}: no message {id:?}", lang.tag()))?;
    let pattern = message
        .value()
        .ok_or_else(|| format!("{}: {id:?} has no value", lang.tag()))?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(format!("{}: {id:?}: {errors:?}", lang.tag()))
    }
}

/// Formats `id` in `lang`, falling back to English and then to the id itself, so a missing
/// translation shows something readable instead of failing. Tests guarantee both locales agree.
#[must_use]
pub fn tr_args(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::En] {
        let Some(bundle) = bundles::holding(l, id) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// Formats `id` without arguments.
#[must_use]
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, None)
}

/// Builds Fluent arguments from `(name, value)` pairs; numbers stay numbers so plurals work.
#[must_use]
pub fn args<'a, I, V>(pairs: I) -> FluentArgs<'a>
where
    I: IntoIterator<Item = (&'a str, V)>,
    V: Into<FluentValue<'a>>,
{
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(k, v);
    }
    a
}

/// `t!(lang, "id")` or `t!(lang, "id", name = value, …)`: a formatted message.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr) => {
        $crate::i18n::tr($lang, $id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut a = $crate::i18n::FluentArgs::new();
        $( a.set(stringify!($name), $value); )+
        $crate::i18n::tr_args($lang, $id, Some(&a))
    }};
}
