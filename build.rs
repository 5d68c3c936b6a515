//! Embeds every `locales/<lang>/*.ftl` file into the binary, so the program works offline and a
//! new file needs no code change. The generated table is included by `src/i18n/mod.rs`.
//!
//! Also turns the TOML assets into what a run reads without parsing: the catalogue as Rust code
//! that builds it (`build/catalogue_code.rs`), the hosting providers as compact JSON (a tenth of
//! the time TOML takes to parse). A file that is not valid TOML fails the build here.
use std::fmt::Write as _;
use std::{env, fs, path::Path};

/// The catalogue's types and the code that writes its patterns and finds their words, shared
/// with the program so the tables below are exactly what it would compute itself. A module
/// that `catalogue.rs` or `removal.rs` comes to use (`super::x`) is added here too; those
/// files use nothing else of the crate.
#[allow(dead_code, unused_imports)]
#[path = "src/blocklist/catalogue.rs"]
mod catalogue;
#[path = "build/catalogue_code.rs"]
mod catalogue_code;
#[allow(dead_code, unused_imports)]
#[path = "src/blocklist/dnsbl.rs"]
mod dnsbl;
#[allow(dead_code, unused_imports)]
#[path = "src/blocklist/fill.rs"]
mod fill;
#[path = "build/locales.rs"]
mod locales;
#[allow(dead_code, unused_imports)]
#[path = "src/blocklist/patterns.rs"]
mod patterns;
#[allow(dead_code, unused_imports)]
#[path = "src/scan/prefilter.rs"]
mod prefilter;
#[allow(dead_code, unused_imports)]
#[path = "src/blocklist/removal.rs"]
mod removal;
#[path = "build/role_dfa.rs"]
mod role_dfa;
#[allow(dead_code, unused_imports)]
#[path = "src/ip/templates.rs"]
mod templates;
#[allow(dead_code, unused_imports)]
#[path = "src/blocklist/vocabulary.rs"]
mod vocabulary;

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["blocklists", "hosting"] {
        let src = Path::new(&manifest)
            .join("assets")
            .join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
        let value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        if name == "blocklists" {
            let cat: catalogue::Catalogue =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
            catalogue_words(&cat, Path::new(&out));
            let code = catalogue_code::catalogue_code(&cat);
            fs::write(Path::new(&out).join("catalogue_code.rs"), code).unwrap();
        } else {
            let json = serde_json::to_string(&value).expect("TOML values are JSON values");
            fs::write(Path::new(&out).join(format!("{name}.json")), json).unwrap();
            hosting_words(&value, Path::new(&out));
        }
    }
    for file in [
        "build/catalogue_code.rs",
        "build/locales.rs",
        "build/role_dfa.rs",
        "src/blocklist/catalogue.rs",
        "src/blocklist/dnsbl.rs",
        "src/blocklist/fill.rs",
        "src/blocklist/patterns.rs",
        "src/scan/prefilter.rs",
        "src/blocklist/removal.rs",
        "src/blocklist/vocabulary.rs",
        "src/ip/templates.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    role_words(Path::new(&out));
    // Read at run time, not with env!(): a build script compiled for one checkout must not
    // keep embedding that checkout's files when the target directory is reused elsewhere.
    locales::locales(&Path::new(&manifest).join("locales"), Path::new(&out));
}

/// Each side of the IP role templates as a regex, with the words it requires and its DFA (see
/// `src/ip/roles.rs`).
fn role_words(out: &Path) {
    use templates::{BLOCKED, REMOTE_MX, SUBMITTING, after_source, before_source};
    let mut n = 0;
    let mut side = |s: Option<String>, reverse: bool| match s {
        None => "None".to_owned(),
        Some(s) => {
            let words = match prefilter::required_words(&s) {
                Some(ws) => format!("Some(&{ws:?})"),
                None => "None".to_owned(),
            };
            let file = format!("role-{n}.dfa");
            n += 1;
            fs::write(out.join(&file), role_dfa::serialised(&s, reverse)).unwrap();
            format!(
                "Some(({s:?}, {words}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))))"
            )
        }
    };
    let mut code = String::new();
    for (name, family) in [
        ("BLOCKED", BLOCKED),
        ("SUBMITTING", SUBMITTING),
        ("REMOTE_MX", REMOTE_MX),
    ] {
        let _ = writeln!(
            code,
            "const BUILT_{name}: &[(Option<BuiltSide>, Option<BuiltSide>)] = &["
        );
        for &(b, a) in family {
            let before = side(b.map(before_source), true);
            let after = side(a.map(after_source), false);
            let _ = writeln!(code, "    ({before}, {after}),");
        }
        code.push_str("];\n");
    }
    fs::write(out.join("role_words.rs"), code).unwrap();
}

/// The words each hosting provider's host pattern requires, by pattern (see `src/hosting.rs`).
fn hosting_words(file: &toml::Value, out: &Path) {
    let mut code = String::from(
        "/// (host pattern, the words a host it matches contains).\n\
         const HOSTING_WORDS: &[(&str, Option<&[&str]>)] = &[\n",
    );
    let hosts = file
        .get("provider")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|p| p.get("hosts")?.as_array())
        .flatten()
        .filter_map(toml::Value::as_str);
    for h in hosts {
        let words = match prefilter::required_words(&hosting_source(h)) {
            Some(ws) => format!("Some(&{ws:?})"),
            None => "None".to_owned(),
        };
        let _ = writeln!(code, "    ({h:?}, {words}),");
    }
    code.push_str("];\n");
    fs::write(out.join("hosting_words.rs"), code).unwrap();
}

/// A host pattern as `src/hosting.rs` compiles it.
fn hosting_source(h: &str) -> String {
    format!("(?i)^(?:{h})$")
}

/// The catalogue's identifying patterns with their owners, and the words of those patterns and
/// of the receiving hosts, as Rust constants (see `src/blocklist/compiled.rs`).
fn catalogue_words(cat: &catalogue::Catalogue, out: &Path) {
    use patterns::{host_sources, identifying};
    use prefilter::{WordSet, words_of};
    fn table(name: &str, w: &WordSet, code: &mut String) {
        let _ = writeln!(code, "pub(super) const {name}: super::WordTable = (&[");
        for (word, owners) in &w.words {
            let _ = writeln!(code, "    ({word:?}, &{owners:?}),");
        }
        let _ = writeln!(code, "], &{:?}, {});", w.always, w.count);
    }
    let patterns = identifying(cat);
    let mut code = String::from(
        "/// (source, entry, sub-list) of each identifying pattern.\n\
         pub(super) const IDENTIFYING: &[(&str, usize, Option<usize>)] = &[\n",
    );
    for (p, entry, sublist) in &patterns {
        let _ = writeln!(code, "    ({p:?}, {entry}, {sublist:?}),");
    }
    code.push_str("];\n");
    table(
        "IDENTIFYING_WORDS",
        &words_of(patterns.iter().map(|(p, _, _)| p.as_str())),
        &mut code,
    );
    let hosts = host_sources(cat);
    table(
        "HOST_WORDS",
        &words_of(hosts.iter().map(String::as_str)),
        &mut code,
    );
    code.push_str(
        "/// Per entry: (receiving hosts, the markers that count only with them).\n\
         pub(super) const HOSTS: &[Option<(&str, &str)>] = &[\n",
    );
    for pair in patterns::host_alternations(cat) {
        let _ = writeln!(code, "    {pair:?},");
    }
    code.push_str(
        "];\n/// Per entry, per sub-list: its markers as one alternation.\n\
         pub(super) const SUBLISTS: &[&[Option<&str>]] = &[\n",
    );
    for subs in patterns::sublist_alternations(cat) {
        let _ = writeln!(code, "    &{subs:?},");
    }
    code.push_str("];\n");
    fs::write(out.join("catalogue_words.rs"), code).unwrap();
}
