//! The last resort: the text saved in `<data dir>/delist/clipboard.txt`, readable only by the
//! user (mode 0600), replaced atomically so a crash never leaves half a text.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use super::{Backend, ClipError, Clipboard, ErrorKind, Route, Survival};

/// The file's name inside the data directory.
pub const FILE_NAME: &str = "clipboard.txt";

/// Writes `text` to `path` atomically: a private temporary file beside it, synced, then renamed
/// over it. The directory is created (0700) when missing; the file is 0600 on Unix.
pub fn write_private(path: &Path, text: &str) -> io::Result<()> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(
        ".{}.{}.{n}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut file = open_private(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)
}

#[cfg(unix)]
fn open_private(path: &Path) -> io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> io::Result<fs::File> {
    // The user's profile directory is private on Windows already.
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

/// The file backend.
#[derive(Debug)]
pub struct FileClipboard {
    path: Option<PathBuf>,
}

impl FileClipboard {
    /// Saves into `<dir>/clipboard.txt`; `None` when there is no data directory (no home).
    #[must_use]
    pub fn new(dir: Option<&Path>) -> Self {
        Self {
            path: dir.map(|d| d.join(FILE_NAME)),
        }
    }

    /// The file the text goes to.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}

impl Clipboard for FileClipboard {
    fn backend(&self) -> Backend {
        Backend::File
    }

    fn copy(&mut self, text: &str) -> Result<Route, ClipError> {
        let Some(path) = &self.path else {
            return Err(ClipError::new(Backend::File, ErrorKind::NoDataDir));
        };
        write_private(path, text).map_err(|e| {
            ClipError::new(
                Backend::File,
                ErrorKind::FileWrite {
                    path: path.clone(),
                    detail: e.to_string(),
                },
            )
        })?;
        Ok(Route::File(path.clone()))
    }

    fn read(&mut self) -> Result<String, ClipError> {
        // The file holds what delist itself copied: never what the user wants to paste in.
        Err(ClipError::new(Backend::File, ErrorKind::FileNoRead))
    }

    fn survival(&mut self) -> Survival {
        Survival::Survives
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_atomically_into_a_new_private_directory() {
        let dir = tempfile::tempdir().unwrap();
        let mut clip = FileClipboard::new(Some(&dir.path().join("a/delist")));
        let route = clip.copy("送信者 192.0.2.25\n").unwrap();
        let path = dir.path().join("a/delist/clipboard.txt");
        assert_eq!(route, Route::File(path.clone()));
        assert_eq!(fs::read_to_string(&path).unwrap(), "送信者 192.0.2.25\n");
        clip.copy("second").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "second");
        let leftovers: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, [FILE_NAME], "no temporary file is left behind");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
        }
    }

    #[test]
    fn failures_are_values_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("not-a-dir");
        fs::write(&blocker, "").unwrap();
        let err = FileClipboard::new(Some(&blocker)).copy("x").unwrap_err();
        assert!(
            matches!(&err.kind, ErrorKind::FileWrite { path, .. } if path.starts_with(&blocker))
        );
        let none = FileClipboard::new(None).copy("x").unwrap_err();
        assert_eq!(none.kind, ErrorKind::NoDataDir);
        assert_eq!(
            FileClipboard::new(None).read().unwrap_err().kind,
            ErrorKind::FileNoRead
        );
    }
}
