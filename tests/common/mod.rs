//! What several test files need alike: the fixture bounces of a folder with the expectations
//! beside them, and the built `delist` binary run with a known language.

#![allow(dead_code)] // each test binary uses a part of it

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde::de::DeserializeOwned;

/// `tests/fixtures/<dir>`.
pub fn fixture_dir(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
}

/// The bounces (`.eml`, `.txt`) directly in `dir`, sorted by name.
pub fn bounces_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("eml" | "txt")))
        .collect();
    files.sort();
    files
}

/// The bounces of every list's folder under `tests/fixtures/lists`, and of `tests/fixtures/request`:
/// every bounce that names a list, in a stable order.
pub fn list_bounces() -> Vec<PathBuf> {
    let mut files = bounces_in(&fixture_dir("request"));
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixture_dir("lists"))
        .expect("lists fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        files.extend(bounces_in(&dir));
    }
    files
}

/// The expectation written beside a bounce (`name.json` for `name.eml`).
pub fn expected_beside<T: DeserializeOwned>(bounce: &Path) -> T {
    let json = bounce.with_extension("json");
    let text = std::fs::read_to_string(&json).unwrap_or_else(|e| panic!("{}: {e}", json.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", json.display()))
}

/// The built binary, run from the project root with no locale from the environment: the
/// language is `LANG=lang` when given, else English.
pub fn delist(lang: Option<&str>) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_delist"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    for k in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(k);
    }
    if let Some(lang) = lang {
        cmd.env("LANG", lang);
    }
    cmd
}

/// Standard output of a run that must succeed; on failure, the panic shows standard error.
#[track_caller]
pub fn stdout_of(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}
