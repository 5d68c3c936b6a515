//! Writing a file so that a crash or a kill never leaves half of it: a temporary file in the
//! same folder, flushed to the disk, renamed over the old one, and the folder flushed so the
//! rename itself survives a power cut. Files are readable by their owner only (they hold a
//! name, an email address, a telephone number); folders too.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Creates `dir` (and its parents) if needed; on unix the folder itself is mode 0700.
///
/// # Errors
/// When the folder cannot be created.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Writes `bytes` to `path` atomically, mode 0600 on unix.
///
/// # Errors
/// When the folder cannot be created or written to.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    private_dir(dir)?;
    let tmp = temp_path(path);
    let result = write_new(&tmp, bytes).and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    sync_dir(dir);
    Ok(())
}

/// `.NAME.tmp-PID` beside `path`: hidden, and never taken for a case by the listing.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    // A temporary file left by an older, looser version keeps its mode when reopened.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(bytes)?;
    file.sync_all()
}

/// Flushes the folder's entries (the rename). Windows cannot open a folder as a file, and
/// commits a rename on its own.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Renames `path` to a free name beside it ending in `.suffix` (`.suffix-2`, … when taken),
/// never over an existing file; returns the new path.
///
/// # Errors
/// When the rename fails.
pub fn move_aside(path: &Path, suffix: &str) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    for n in 1..1000 {
        let candidate = if n == 1 {
            path.with_file_name(format!("{name}.{suffix}"))
        } else {
            path.with_file_name(format!("{name}.{suffix}-{n}"))
        };
        if !candidate.exists() {
            fs::rename(path, &candidate)?;
            return Ok(candidate);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free name to move the file aside",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_whole_and_leave_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a/b/case.json");
        write_atomic(&path, b"one").expect("first write");
        write_atomic(&path, b"two, longer").expect("second write");
        assert_eq!(fs::read(&path).expect("read"), b"two, longer");
        let names: Vec<_> = fs::read_dir(path.parent().expect("parent"))
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["case.json"]);
    }

    #[cfg(unix)]
    #[test]
    fn files_and_folders_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("cases");
        let path = folder.join("x.json");
        write_atomic(&path, b"{}").expect("write");
        let mode = |p: &Path| fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&folder), 0o700);
    }

    #[test]
    fn moving_aside_never_overwrites() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("x.json");
        fs::write(&path, "first").expect("write");
        let a = move_aside(&path, "unreadable").expect("first move");
        fs::write(&path, "second").expect("write");
        let b = move_aside(&path, "unreadable").expect("second move");
        assert_ne!(a, b);
        assert_eq!(fs::read_to_string(a).expect("read"), "first");
        assert_eq!(fs::read_to_string(b).expect("read"), "second");
        assert!(!path.exists());
    }
}
