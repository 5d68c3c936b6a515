//! The Fluent files as the program embeds them, and for each file the other files of its
//! language that its messages reach (a term such as `-glossary-ip`, a message of another file),
//! directly or through what they reach in turn. A run then builds the bundle of one file and
//! what it needs, on first use, instead of parsing every file of the language (6.2 M of a plain
//! `analyze`'s 8.6 M instructions).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};

/// What an entry refers to: message ids and term ids (without the `-`).
#[derive(Default)]
struct Refs {
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
}

impl Refs {
    fn pattern(&mut self, p: &Pattern<&str>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, e: &Expression<&str>) {
        match e {
            Expression::Inline(i) => self.inline(i),
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
        }
    }

    fn inline(&mut self, e: &InlineExpression<&str>) {
        match e {
            InlineExpression::MessageReference { id, .. } => {
                self.messages.insert(id.name.to_owned());
            }
            InlineExpression::TermReference { id, arguments, .. } => {
                self.terms.insert(id.name.to_owned());
                if let Some(a) = arguments {
                    self.arguments(a);
                }
            }
            InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::StringLiteral { .. }
            | InlineExpression::NumberLiteral { .. }
            | InlineExpression::VariableReference { .. } => {}
        }
    }

    fn arguments(&mut self, a: &CallArguments<&str>) {
        for p in &a.positional {
            self.inline(p);
        }
        for n in &a.named {
            self.inline(&n.value);
        }
    }
}

/// One language's files: what each defines and refers to.
struct File {
    stem: String,
    path: PathBuf,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
    refs: Refs,
}

fn read(path: PathBuf) -> File {
    let source =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    // A file that does not parse is reported by the locale tests, with the snippet.
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
    let mut file = File {
        stem: path.file_stem().unwrap().to_string_lossy().into_owned(),
        path,
        messages: BTreeSet::new(),
        terms: BTreeSet::new(),
        refs: Refs::default(),
    };
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                file.messages.insert(m.id.name.to_owned());
                if let Some(v) = &m.value {
                    file.refs.pattern(v);
                }
                for a in &m.attributes {
                    file.refs.pattern(&a.value);
                }
            }
            Entry::Term(t) => {
                file.terms.insert(t.id.name.to_owned());
                file.refs.pattern(&t.value);
                for a in &t.attributes {
                    file.refs.pattern(&a.value);
                }
            }
            _ => {}
        }
    }
    file
}

/// For each file, the others whose entries it reaches, directly or not.
fn needs(files: &[File]) -> Vec<BTreeSet<usize>> {
    let owner = |name: &str, term: bool| {
        files.iter().position(|f| {
            if term {
                f.terms.contains(name)
            } else {
                f.messages.contains(name)
            }
        })
    };
    let direct: Vec<BTreeSet<usize>> = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let messages = f.refs.messages.iter().filter_map(|m| owner(m, false));
            let terms = f.refs.terms.iter().filter_map(|t| owner(t, true));
            messages.chain(terms).filter(|&j| j != i).collect()
        })
        .collect();
    (0..files.len())
        .map(|i| {
            let mut seen = BTreeSet::new();
            let mut todo = vec![i];
            while let Some(j) = todo.pop() {
                for &k in &direct[j] {
                    if k != i && seen.insert(k) {
                        todo.push(k);
                    }
                }
            }
            seen
        })
        .collect()
}

/// Writes `locales.rs` into `out`: `LOCALE_FILES`, and `LOCALE_NEEDS` by the same index.
pub fn locales(root: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = String::new();
    let mut needs_code = String::new();
    let mut offset = 0;
    for lang in ["en-US", "ja-JP"] {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut paths: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        paths.sort();
        let files: Vec<File> = paths.into_iter().map(read).collect();
        for (f, need) in files.iter().zip(needs(&files)) {
            println!("cargo:rerun-if-changed={}", f.path.display());
            let _ = writeln!(
                entries,
                "    ({lang:?}, {:?}, include_str!({:?})),",
                f.stem,
                f.path.display().to_string()
            );
            let need: Vec<usize> = need.into_iter().map(|j| j + offset).collect();
            let _ = writeln!(needs_code, "    &{need:?},");
        }
        offset += files.len();
    }
    let code = format!(
        "/// (locale, file stem, contents) of every embedded Fluent file.\n\
         pub(crate) const LOCALE_FILES: &[(&str, &str, &str)] = &[\n{entries}];\n\
         /// By the index of `LOCALE_FILES`: the files (same language) its entries refer to,\n\
         /// directly or not.\n\
         const LOCALE_NEEDS: &[&[usize]] = &[\n{needs_code}];\n\
         const LOCALE_COUNT: usize = {offset};\n"
    );
    fs::write(out.join("locales.rs"), code).unwrap();
}
