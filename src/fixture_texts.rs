//! For the differential unit tests (a hand-written reader against the regex it replaced): every
//! file under `tests/fixtures`, read as text, with its path for the failure message.

use std::path::{Path, PathBuf};

/// Every fixture file, in any folder depth, as lossy UTF-8 text.
pub(crate) fn all() -> Vec<(PathBuf, String)> {
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")];
    let mut out = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
            out.push((path, text));
        }
    }
    out
}
