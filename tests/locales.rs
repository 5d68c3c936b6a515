//! The Fluent files: they parse, both languages have the same ids, every id the code names
//! exists and formats without errors, and no output carries bidi isolation marks.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use delist::bounce::Reason;
use delist::i18n::{self, FluentArgs, Lang};
use fluent_bundle::FluentValue;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn stems() -> BTreeSet<String> {
    i18n::files(Lang::En)
        .map(|(_, stem, _)| (*stem).to_owned())
        .collect()
}

/// Variables a message refers to, so it can be formatted with a value for each.
fn variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    fn walk_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => walk_expr(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, out);
                }
            }
            _ => {}
        }
    }
    fn walk_expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => walk_inline(i, out),
            Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    walk_pattern(&v.value, out);
                }
            }
        }
    }
    fn walk_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                walk_expr(expression, out);
            }
        }
    }
    let res = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    let mut map = BTreeMap::new();
    for entry in res.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                walk_pattern(v, &mut vars);
            }
            map.insert(m.id.name.to_owned(), vars);
        }
    }
    map
}

fn all_variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    i18n::files(lang)
        .flat_map(|(_, _, src)| variables(src))
        .collect()
}

#[test]
fn every_file_parses_without_duplicates() {
    for lang in Lang::ALL {
        if let Err(e) = i18n::build_bundle(lang) {
            panic!("{}:\n{e}", lang.tag());
        }
    }
}

#[test]
fn both_locales_have_the_same_files_and_ids() {
    let files = |lang: Lang| -> BTreeSet<&str> { i18n::files(lang).map(|(_, s, _)| *s).collect() };
    assert_eq!(
        files(Lang::En),
        files(Lang::Ja),
        "the same .ftl files in en-US and ja-JP"
    );
    for (_, stem, src) in i18n::files(Lang::En) {
        let ja = i18n::files(Lang::Ja).find(|(_, s, _)| s == stem).unwrap().2;
        let en_ids: BTreeSet<_> = variables(src).into_keys().collect();
        let ja_ids: BTreeSet<_> = variables(ja).into_keys().collect();
        let only_en: Vec<_> = en_ids.difference(&ja_ids).collect();
        let only_ja: Vec<_> = ja_ids.difference(&en_ids).collect();
        assert!(
            only_en.is_empty() && only_ja.is_empty(),
            "{stem}.ftl: only in en-US {only_en:?}, only in ja-JP {only_ja:?}"
        );
        for id in &en_ids {
            assert!(
                id.starts_with(&format!("{stem}-")),
                "{stem}.ftl: id {id} must start with {stem}-"
            );
        }
    }
}

#[test]
fn every_message_formats_in_both_locales_without_isolation_marks() {
    for lang in Lang::ALL {
        let vars = all_variables(lang);
        assert!(!vars.is_empty());
        for (id, names) in &vars {
            let mut args = FluentArgs::new();
            for n in names {
                args.set(n.as_str(), "1");
            }
            let text =
                i18n::format_checked(lang, id, Some(&args)).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{}: {id} has isolation marks",
                lang.tag()
            );
            assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.tag());
        }
    }
}

/// A run formats with a bundle per file and the files it refers to: every message reads as the
/// bundle of all the language's files reads it, with numbers and words in its variables (so
/// selectors take more than their default variant).
#[test]
fn every_message_formats_as_the_whole_language_formats_it() {
    for lang in Lang::ALL {
        let whole = i18n::build_bundle(lang).unwrap_or_else(|e| panic!("{e}"));
        for (id, names) in &all_variables(lang) {
            for value in [
                FluentValue::from(1),
                FluentValue::from(2),
                FluentValue::from(0.5),
                FluentValue::from("X"),
            ] {
                let mut args = FluentArgs::new();
                for n in names {
                    args.set(n.as_str(), value.clone());
                }
                let pattern = whole.get_message(id).and_then(|m| m.value()).unwrap();
                let mut errors = Vec::new();
                let expected = whole.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{}: {id}: {errors:?}", lang.tag());
                assert_eq!(
                    i18n::format_checked(lang, id, Some(&args)).as_deref(),
                    Ok(expected.as_ref()),
                    "{}: {id}",
                    lang.tag()
                );
                assert_eq!(i18n::tr_args(lang, id, Some(&args)), expected);
            }
        }
    }
}

/// Every `"<stem>-…"` literal in the sources must be a message in both locales. Ids built at run
/// time (`bounce-reason-{name}`) are checked by their own tests below and in their modules.
#[test]
fn every_id_named_in_the_code_exists_in_both_locales() {
    let stems = stems();
    let re = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)+)""#).unwrap();
    let mut missing = Vec::new();
    let mut seen = 0;
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let src = fs::read_to_string(&path).unwrap();
            for cap in re.captures_iter(&src) {
                let id = &cap[1];
                let stem = id.split('-').next().unwrap();
                if !stems.contains(stem) || id.ends_with('-') {
                    continue;
                }
                seen += 1;
                for lang in Lang::ALL {
                    if !i18n::has(lang, id) {
                        missing.push(format!("{} {}: {id}", path.display(), lang.tag()));
                    }
                }
            }
        }
    }
    assert!(seen > 0, "the scan found no ids at all");
    assert!(
        missing.is_empty(),
        "ids used in code but missing:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_reason_has_words_in_both_locales() {
    for lang in Lang::ALL {
        for r in Reason::ALL {
            let id = format!("bounce-reason-{}", r.name());
            i18n::format_checked(lang, &id, None).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// "1 lines": an English count is chosen by a selector (`[one] 1 line *[other] … lines`). Every
/// message is formatted with the number 1 in each variable, and no plural noun may follow it.
#[test]
fn english_counts_agree_with_one() {
    let plural = regex::Regex::new(
        r"\b1 (?:lines|files|days|hours|minutes|seconds|items|fields|recipients|answers|lists|zones|sources|levels|cases|addresses|questions|pages|times)\b",
    )
    .expect("regex");
    let mut wrong = Vec::new();
    for (id, names) in &all_variables(Lang::En) {
        if names.is_empty() {
            continue;
        }
        let mut args = FluentArgs::new();
        for n in names {
            // Counts are 1; the top of a range ("1–2 hours") and names are not.
            match n.as_str() {
                "high" => args.set(n.as_str(), 2),
                "count" | "n" | "lines" | "secs" | "seconds" | "depth" | "total" | "done"
                | "low" | "hours" | "days" | "ms" | "pages" => args.set(n.as_str(), 1),
                _ => args.set(n.as_str(), "X"),
            }
        }
        let text =
            i18n::format_checked(Lang::En, id, Some(&args)).unwrap_or_else(|e| panic!("{e}"));
        if let Some(m) = plural.find(&text) {
            wrong.push(format!("{id}: {:?} in {text:?}", m.as_str()));
        }
    }
    assert!(
        wrong.is_empty(),
        "counts without a selector:\n{}",
        wrong.join("\n")
    );
}

/// A Japanese particle sits right after the name it follows: `{ $list }に`, not `{ $list } に`.
/// A name may end in Japanese or in a bracket (トレンドマイクロ, `Hotmail (S3150)`), where a space
/// reads as a mistake, and a count takes its counter without one (`{ $depth }階層`). Only a value
/// a person copies or types (an address, an id, a path, an option) keeps its space, so that a
/// double-click selects it whole.
#[test]
fn japanese_particles_follow_names_without_a_space() {
    let copied = [
        "ip",
        "id",
        "domain",
        "path",
        "file",
        "moved",
        "recipient",
        "arg",
        "value",
        "limit",
    ];
    let spaced =
        regex::Regex::new(r"\{ *\$([a-z_]+) *\} [\p{Hiragana}\p{Katakana}\p{Han}]").expect("regex");
    let mut wrong = Vec::new();
    for (_, stem, source) in i18n::files(Lang::Ja) {
        for line in source.lines() {
            for c in spaced.captures_iter(line) {
                if !copied.contains(&&c[1]) {
                    wrong.push(format!("{stem}.ftl: {:?} in {line}", &c[0]));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
