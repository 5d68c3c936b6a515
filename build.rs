//! Embeds every `locales/<lang>/*.ftl` file into the binary, so the program works offline and a
//! new file needs no code change. The generated table is included by `src/i18n/mod.rs`.
//!
//! Also turns the TOML assets (the catalogue, the hosting providers) into compact JSON: a run
//! reads JSON in a tenth of the time TOML takes to parse, and every run reads the catalogue
//! before its first answer. A file that is not valid TOML fails the build here.
use std::{env, fs, path::Path};

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
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        fs::write(Path::new(&out).join(format!("{name}.json")), json).unwrap();
    }
    locales();
}

fn locales() {
    // Read at run time, not with env!(): a build script compiled for one checkout must not
    // keep embedding that checkout's files when the target directory is reused elsewhere.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for lang in ["en-US", "ja-JP"] {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            entries.push(format!(
                "    ({lang:?}, {stem:?}, include_str!({:?})),\n",
                path.display().to_string()
            ));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    let code = format!(
        "/// (locale, file stem, contents) of every embedded Fluent file.\npub(crate) const LOCALE_FILES: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    fs::write(out, code).unwrap();
}
