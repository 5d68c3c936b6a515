//! The test backend: a clipboard that keeps every copy in memory and, for end-to-end tests in a
//! pseudo-terminal, writes the current text to a file (`DELIST_CLIPBOARD=test:<path>`). It can
//! also stand in for another backend and fail like it, so the chain's fallbacks can be tested.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use super::file::write_private;
use super::{Backend, ClipError, Clipboard, ErrorKind, Route, Survival};

/// Every text copied to a [`TestClipboard`], shared with the test that made it.
#[derive(Clone, Debug, Default)]
pub struct Copies(Arc<Mutex<Vec<String>>>);

impl Copies {
    /// The texts copied so far, oldest first.
    #[must_use]
    pub fn all(&self) -> Vec<String> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn push(&self, text: &str) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(text.to_owned());
    }

    fn last(&self) -> Option<String> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .last()
            .cloned()
    }
}

/// The test backend.
#[derive(Debug)]
pub struct TestClipboard {
    path: Option<PathBuf>,
    copies: Copies,
    fail: Option<ErrorKind>,
    stands_for: Backend,
    survival: Survival,
}

impl TestClipboard {
    /// A clipboard in memory; the returned handle sees every copy.
    #[must_use]
    pub fn in_memory() -> (Self, Copies) {
        let copies = Copies::default();
        let clip = Self {
            path: None,
            copies: copies.clone(),
            fail: None,
            stands_for: Backend::Test,
            survival: Survival::Survives,
        };
        (clip, copies)
    }

    /// A clipboard that also writes the current text to `path` (atomically) and reads it back
    /// from there, so a test outside the process can check or set it.
    #[must_use]
    pub fn with_file(path: impl Into<PathBuf>) -> Self {
        let (mut clip, _) = Self::in_memory();
        clip.path = Some(path.into());
        clip
    }

    /// Makes every copy and read fail with `kind`.
    #[must_use]
    pub fn failing(mut self, kind: ErrorKind) -> Self {
        self.fail = Some(kind);
        self
    }

    /// Reports itself (and its errors) as `backend`, to play that backend in a chain.
    #[must_use]
    pub const fn standing_for(mut self, backend: Backend) -> Self {
        self.stands_for = backend;
        self
    }

    /// Sets what [`Clipboard::survival`] answers.
    #[must_use]
    pub const fn with_survival(mut self, survival: Survival) -> Self {
        self.survival = survival;
        self
    }

    fn error(&self, kind: ErrorKind) -> ClipError {
        ClipError::new(self.stands_for, kind)
    }
}

impl Clipboard for TestClipboard {
    fn backend(&self) -> Backend {
        self.stands_for
    }

    fn copy(&mut self, text: &str) -> Result<Route, ClipError> {
        if let Some(kind) = &self.fail {
            return Err(self.error(kind.clone()));
        }
        if let Some(path) = &self.path {
            write_private(path, text).map_err(|e| {
                self.error(ErrorKind::FileWrite {
                    path: path.clone(),
                    detail: e.to_string(),
                })
            })?;
        }
        self.copies.push(text);
        Ok(Route::Test(self.path.clone()))
    }

    fn read(&mut self) -> Result<String, ClipError> {
        if let Some(kind) = &self.fail {
            return Err(self.error(kind.clone()));
        }
        let text = match &self.path {
            Some(path) => match std::fs::read_to_string(path) {
                Ok(text) => Some(text),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => {
                    return Err(self.error(ErrorKind::TestRead {
                        path: path.clone(),
                        detail: e.to_string(),
                    }));
                }
            },
            None => self.copies.last(),
        };
        text.filter(|t| !t.is_empty())
            .ok_or_else(|| self.error(ErrorKind::Empty))
    }

    fn survival(&mut self) -> Survival {
        self.survival
    }
}
