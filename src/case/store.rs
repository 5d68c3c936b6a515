//! The cases folder: one JSON file per case, `<id>.json`. A file that cannot be read (damaged,
//! or written by a newer delist) is renamed aside — never deleted — and reported once in the
//! user's language; every other case keeps working.

use std::fs;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Deserialize;

use super::file;
use super::{Case, FORMAT};
use crate::i18n::Lang;
use crate::t;

/// What a moved-aside file was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// Not a case file delist can read (cut short, edited by hand, not JSON).
    Unreadable(String),
    /// Written by a newer delist, in this format version.
    Newer(u32),
}

/// A case file that was moved aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where it was.
    pub path: PathBuf,
    /// Where it is now (`None` when even the rename failed: it was left where it was).
    pub moved_to: Option<PathBuf>,
    /// What was wrong.
    pub damage: Damage,
}

impl Problem {
    /// One line in the user's language: what happened and where the file is now.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let name = self
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let moved = self.moved_to.as_ref().map_or_else(
            || self.path.display().to_string(),
            |p| p.display().to_string(),
        );
        match self.damage {
            Damage::Unreadable(_) => t!(lang, "case-damaged", file = name, moved = moved),
            Damage::Newer(format) => t!(
                lang,
                "case-newer",
                file = name,
                moved = moved,
                format = i64::from(format)
            ),
        }
    }
}

/// Why a case could not be opened.
#[derive(Debug)]
pub enum LoadError {
    /// No case has this id (or no case starts with it).
    Missing(String),
    /// Several cases start with it.
    Ambiguous(String, Vec<String>),
    /// Its file was damaged and has been moved aside.
    Damaged(Problem),
    /// The folder or the file could not be read.
    Io(io::Error),
}

impl LoadError {
    /// One line in the user's language.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Missing(id) => t!(lang, "case-missing", id = id.as_str()),
            Self::Ambiguous(id, ids) => {
                t!(
                    lang,
                    "case-ambiguous",
                    id = id.as_str(),
                    ids = ids.join(", ")
                )
            }
            Self::Damaged(p) => p.message(lang),
            Self::Io(e) => t!(lang, "case-io", detail = e.to_string()),
        }
    }
}

/// Only the version, read first: a newer file is set aside before its fields are trusted.
#[derive(Deserialize)]
struct Probe {
    format: u32,
}

/// The cases folder.
#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store in `dir` (created on the first save).
    #[must_use]
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The store in the user's data folder (see [`super::data_dir`]); `None` without a home.
    #[must_use]
    pub fn open() -> Option<Self> {
        super::cases_dir().map(Self::at)
    }

    /// The folder.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file of case `id`.
    #[must_use]
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// A new id for a case started at `now`: the time in UTC, with `-2`, `-3` … when another
    /// case was started in the same second.
    #[must_use]
    pub fn new_id(&self, now: SystemTime) -> String {
        let stamp = crate::online::stamp::rfc3339(now);
        let base: String = stamp
            .chars()
            .filter(char::is_ascii_digit)
            .take(14)
            .enumerate()
            .flat_map(|(i, c)| (i == 8).then_some('-').into_iter().chain([c]))
            .collect();
        if !self.path(&base).exists() {
            return base;
        }
        (2..10_000)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !self.path(id).exists())
            .unwrap_or(base)
    }

    /// Saves `case` atomically, readable by its owner only.
    ///
    /// # Errors
    /// When the folder cannot be written.
    pub fn save(&self, case: &Case) -> io::Result<()> {
        let json = serde_json::to_vec_pretty(case).map_err(io::Error::other)?;
        file::write_atomic(&self.path(&case.id), &json)
    }

    /// Reads case `id` (a unique start of an id is enough); a damaged file is moved aside.
    ///
    /// # Errors
    /// When no case or several match, or the file is damaged or unreadable.
    pub fn load(&self, id: &str) -> Result<Case, LoadError> {
        let id = self.find(id)?;
        Self::read(&self.path(&id)).map_err(|e| match e {
            ReadError::Io(e) => LoadError::Io(e),
            ReadError::Damaged(p) => LoadError::Damaged(p),
        })
    }

    /// The full id of the one case whose id starts with `prefix` (an exact id always wins).
    ///
    /// # Errors
    /// When none or several match.
    pub fn find(&self, prefix: &str) -> Result<String, LoadError> {
        let prefix = prefix.trim();
        if prefix.is_empty() || prefix.contains(['/', '\\']) || prefix.starts_with('.') {
            return Err(LoadError::Missing(prefix.to_owned()));
        }
        if self.path(prefix).is_file() {
            return Ok(prefix.to_owned());
        }
        let ids: Vec<String> = self
            .ids()
            .map_err(LoadError::Io)?
            .into_iter()
            .filter(|id| id.starts_with(prefix))
            .collect();
        match ids.as_slice() {
            [] => Err(LoadError::Missing(prefix.to_owned())),
            [one] => Ok(one.clone()),
            _ => Err(LoadError::Ambiguous(prefix.to_owned(), ids)),
        }
    }

    /// Every case, the most recently saved first, and the files moved aside on the way.
    ///
    /// # Errors
    /// When the folder exists but cannot be read.
    pub fn list(&self) -> io::Result<(Vec<Case>, Vec<Problem>)> {
        let mut cases = Vec::new();
        let mut problems = Vec::new();
        for id in self.ids()? {
            match Self::read(&self.path(&id)) {
                Ok(case) => cases.push(case),
                Err(ReadError::Damaged(p)) => problems.push(p),
                // Gone since the folder was read (deleted by another delist): not a problem.
                Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {}
                Err(ReadError::Io(e)) => return Err(e),
            }
        }
        cases.sort_by(|a, b| b.updated.cmp(&a.updated).then(b.id.cmp(&a.id)));
        Ok((cases, problems))
    }

    /// The case to offer at start: the most recent one not finished, as its summary (see
    /// [`Store::summary`]: the text, the file's bytes and the wizard's answers are left out;
    /// [`Store::load`] reads them when the user takes the offer).
    ///
    /// # Errors
    /// When the folder exists but cannot be read.
    pub fn latest_unfinished(&self) -> io::Result<(Option<Case>, Vec<Problem>)> {
        let mut cases = Vec::new();
        let mut problems = Vec::new();
        for id in self.ids()? {
            match Self::summary(&self.path(&id)) {
                Ok(case) => cases.push(case),
                Err(ReadError::Damaged(p)) => problems.push(p),
                Err(ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {}
                Err(ReadError::Io(e)) => return Err(e),
            }
        }
        cases.sort_by(|a, b| b.updated.cmp(&a.updated).then(b.id.cmp(&a.id)));
        Ok((cases.into_iter().find(|c| !c.finished), problems))
    }

    /// A case file's fields up to its text, read from the head of the file alone: a case
    /// holding a 5 MB paste (and its bytes again in base64) took the wizard's first frame from
    /// 10 to 30–50 ms when read whole. [`Store::save`] writes the fields in [`Case`]'s order,
    /// one a line, so everything the resume offer shows stands before the `"paste"` line. A
    /// file written otherwise (by hand, compact, a newer version) or cut short (its last byte
    /// is not the closing brace) is read whole, and set aside as [`Store::load`] would.
    fn summary(path: &Path) -> Result<Case, ReadError> {
        Self::head(path)
            .map_err(ReadError::Io)?
            .map_or_else(|| Self::read(path), Ok)
    }

    /// The summary when the head reads as one; `None` sends the file the long way.
    fn head(path: &Path) -> io::Result<Option<Case>> {
        /// The fields before the text take a few hundred bytes; a head larger than this is
        /// not one [`Store::save`] wrote.
        const MAX_HEAD: u64 = 64 * 1024;
        const TEXT: &[u8] = b",\n  \"paste\": ";
        let mut f = fs::File::open(path)?;
        let len = f.metadata()?.len();
        let mut tail = [0u8; 8];
        let tail_len = len.min(tail.len() as u64);
        f.seek(SeekFrom::Start(len - tail_len))?;
        let tail = tail
            .get_mut(..usize::try_from(tail_len).unwrap_or(0))
            .unwrap_or_default();
        f.read_exact(tail)?;
        if tail.trim_ascii_end().last() != Some(&b'}') {
            return Ok(None);
        }
        f.seek(SeekFrom::Start(0))?;
        let mut head = Vec::new();
        f.take(MAX_HEAD).read_to_end(&mut head)?;
        let Some(end) = head.windows(TEXT.len()).position(|w| w == TEXT) else {
            return Ok(None);
        };
        head.truncate(end);
        head.extend_from_slice(b"\n}");
        Ok(serde_json::from_slice::<Case>(&head)
            .ok()
            .filter(|c| c.format <= FORMAT))
    }

    /// Deletes case `id` (the exact id).
    ///
    /// # Errors
    /// When the file cannot be removed.
    pub fn delete(&self, id: &str) -> io::Result<()> {
        fs::remove_file(self.path(id))
    }

    /// The ids of the files in the folder, sorted (none when it does not exist yet).
    fn ids(&self) -> io::Result<Vec<String>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut ids: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let id = name.strip_suffix(".json")?;
                (!id.starts_with('.') && e.path().is_file()).then(|| id.to_owned())
            })
            .collect();
        ids.sort();
        Ok(ids)
    }

    fn read(path: &Path) -> Result<Case, ReadError> {
        let bytes = fs::read(path).map_err(ReadError::Io)?;
        let damage = match serde_json::from_slice::<Probe>(&bytes) {
            Ok(p) if p.format > FORMAT => Damage::Newer(p.format),
            Ok(_) => match serde_json::from_slice::<Case>(&bytes) {
                Ok(case) => return Ok(case),
                Err(e) => Damage::Unreadable(e.to_string()),
            },
            Err(e) => Damage::Unreadable(e.to_string()),
        };
        let suffix = match damage {
            Damage::Newer(_) => "newer",
            Damage::Unreadable(_) => "unreadable",
        };
        let moved_to = file::move_aside(path, suffix).ok();
        Err(ReadError::Damaged(Problem {
            path: path.to_path_buf(),
            moved_to,
            damage,
        }))
    }
}

enum ReadError {
    Io(io::Error),
    Damaged(Problem),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    fn case(id: &str, updated: &str) -> Case {
        Case {
            id: id.to_owned(),
            created: updated.to_owned(),
            updated: updated.to_owned(),
            paste: "Client host [192.0.2.1] blocked".to_owned(),
            ..Case::new(Lang::Ja)
        }
    }

    #[test]
    fn ids_are_the_start_time_and_never_reused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::at(dir.path());
        let at = UNIX_EPOCH + Duration::from_mins(29_944_205);
        let id = store.new_id(at);
        assert_eq!(id, "20261207-140500");
        store
            .save(&case(&id, "2026-12-07T14:05:00Z"))
            .expect("save");
        assert_eq!(store.new_id(at), "20261207-140500-2");
    }

    #[test]
    fn save_load_and_list_round_trip() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::at(dir.path());
        let a = case("20261207-100000", "2026-12-07T10:00:00Z");
        let mut b = case("20261207-110000", "2026-12-07T11:30:00Z");
        b.finished = true;
        store.save(&a).expect("save a");
        store.save(&b).expect("save b");
        assert_eq!(store.load("20261207-100000").expect("load"), a);
        assert_eq!(store.load("20261207-11").expect("by prefix"), b);
        assert!(matches!(
            store.load("20261207"),
            Err(LoadError::Ambiguous(..))
        ));
        let (cases, problems) = store.list().expect("list");
        assert!(problems.is_empty());
        assert_eq!(cases, [b.clone(), a.clone()]);
        let (offer, _) = store.latest_unfinished().expect("offer");
        assert_eq!(offer, Some(summary_of(&a)));
        store.delete(&b.id).expect("delete");
        assert!(matches!(store.load(&b.id), Err(LoadError::Missing(_))));
    }

    #[test]
    fn damaged_and_newer_files_are_moved_aside_and_the_rest_still_loads() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::at(dir.path());
        let good = case("20261207-100000", "2026-12-07T10:00:00Z");
        store.save(&good).expect("save");
        fs::write(store.path("20261207-090000"), "{\"format\": 1, \"id\": ").expect("write");
        let mut newer = serde_json::to_value(&good).expect("json");
        newer["format"] = serde_json::json!(FORMAT + 1);
        newer["id"] = serde_json::json!("20261207-080000");
        fs::write(store.path("20261207-080000"), newer.to_string()).expect("write");

        let (cases, problems) = store.list().expect("list");
        assert_eq!(cases, [good]);
        assert_eq!(problems.len(), 2);
        for p in &problems {
            let moved = p.moved_to.as_ref().expect("moved");
            assert!(moved.exists(), "kept: {moved:?}");
            assert!(!p.path.exists());
            for lang in Lang::ALL {
                let m = p.message(lang);
                assert!(m.contains(&moved.display().to_string()), "{m}");
            }
        }
        assert!(
            problems
                .iter()
                .any(|p| matches!(p.damage, Damage::Newer(f) if f == FORMAT + 1))
        );
        // Listed again: nothing left to move, nothing reported twice.
        let (_, again) = store.list().expect("list");
        assert!(again.is_empty());
    }

    /// What the resume offer reads of a case: everything but its text, bytes and answers.
    fn summary_of(case: &Case) -> Case {
        Case {
            paste: String::new(),
            raw: None,
            from_code: false,
            wizard: serde_json::Value::Null,
            ..case.clone()
        }
    }

    #[test]
    fn the_offer_reads_only_the_head_of_a_large_case() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::at(dir.path());
        let mut big = case("20261207-100000", "2026-12-07T10:00:00Z");
        big.paste = "Client host [192.0.2.1] blocked\n".repeat(200_000);
        big.raw = Some("QUJD".repeat(100_000));
        big.wizard = serde_json::json!({"answers": {"cause": "shared-server"}});
        big.list = Some("spamhaus".to_owned());
        big.ip = "192.0.2.1".parse().ok();
        big.step = 4;
        store.save(&big).expect("save");
        let (offer, problems) = store.latest_unfinished().expect("offer");
        assert!(problems.is_empty());
        assert_eq!(offer, Some(summary_of(&big)));
        // Taking the offer reads it whole.
        assert_eq!(store.load(&big.id).expect("load"), big);
    }

    #[test]
    fn a_case_cut_short_or_newer_is_set_aside_even_when_its_head_reads() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::at(dir.path());
        let good = case("20261207-080000", "2026-12-07T08:00:00Z");
        store.save(&good).expect("save");
        let mut cut = case("20261207-100000", "2026-12-07T10:00:00Z");
        cut.paste = "x".repeat(10_000);
        let json = serde_json::to_vec_pretty(&cut).expect("json");
        fs::write(store.path(&cut.id), &json[..json.len() / 2]).expect("write");
        let mut newer = case("20261207-110000", "2026-12-07T11:00:00Z");
        newer.format = FORMAT + 1;
        fs::write(
            store.path(&newer.id),
            serde_json::to_vec_pretty(&newer).expect("json"),
        )
        .expect("write");
        // Written compact, as by hand: read whole, still offered.
        let compact = case("20261207-090000", "2026-12-07T09:00:00Z");
        fs::write(
            store.path(&compact.id),
            serde_json::to_vec(&compact).expect("json"),
        )
        .expect("write");

        let (offer, problems) = store.latest_unfinished().expect("offer");
        assert_eq!(offer, Some(compact));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems
                .iter()
                .any(|p| p.damage == Damage::Newer(FORMAT + 1))
        );
        assert!(
            problems
                .iter()
                .any(|p| matches!(p.damage, Damage::Unreadable(_)))
        );
        let (cases, _) = store.list().expect("list");
        assert_eq!(cases.len(), 2);
    }

    #[test]
    fn ids_that_are_paths_are_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::at(dir.path().join("cases"));
        for bad in ["../x", "", ".hidden", "a/b"] {
            assert!(
                matches!(store.find(bad), Err(LoadError::Missing(_))),
                "{bad}"
            );
        }
    }
}
