//! The desktop clipboard through arboard, owned by one worker thread for the program's life.
//!
//! Connecting to an X server that does not answer blocks inside arboard (and holds its global
//! lock), so the connection is made on the worker and every call waits for it only a bounded
//! time. The handle lives as long as this value: on X11 and Wayland the copied text is served by
//! this process, and dropping the handle offers it to a clipboard manager (X11, 100 ms at most).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use super::platform::{can_see_takeover, platform_survival, set_and_wait};
use super::{Backend, ClipError, Clipboard, ErrorKind, HoldEnd, Route, Survival};

/// How long choosing the backend waits for the desktop clipboard before going on without it.
pub const PROBE_BUDGET: Duration = Duration::from_millis(80);
/// How long, counted from start, a slow clipboard may take to connect before a copy gives up.
const START_LIMIT: Duration = Duration::from_millis(600);
/// How long a copy may take.
const COPY_LIMIT: Duration = Duration::from_millis(500);
/// How long a read may take (arboard itself waits up to 4 s for an owner that does not answer).
const READ_LIMIT: Duration = Duration::from_millis(1500);
/// How long asking for a clipboard manager may take.
const QUERY_LIMIT: Duration = Duration::from_millis(300);
/// How long dropping waits for the hand-over to a clipboard manager.
const SHUTDOWN_LIMIT: Duration = Duration::from_millis(400);

type Reply<T> = Sender<Result<T, ClipError>>;

enum Request {
    Copy(String, Reply<()>),
    Read(Reply<String>),
    Hold(String, Instant, Reply<()>),
    Survival(Reply<Survival>),
}

enum State {
    Starting {
        ready: Receiver<Result<(), ClipError>>,
        since: Instant,
    },
    Ready,
    Failed(ClipError),
}

/// The system clipboard backend.
pub struct SystemClipboard {
    requests: Option<Sender<Request>>,
    state: State,
    busy: Arc<AtomicBool>,
    done: Receiver<()>,
}

impl SystemClipboard {
    /// Starts the worker and waits at most `budget` for it to connect. A clipboard that is still
    /// connecting is kept and may be used by a later copy; one that failed reports why.
    #[must_use]
    pub fn start(budget: Duration) -> Self {
        let (ready_tx, ready) = mpsc::channel();
        let (requests, requests_rx) = mpsc::channel();
        let (done_tx, done) = mpsc::channel();
        let busy = Arc::new(AtomicBool::new(false));
        let worker_busy = Arc::clone(&busy);
        let spawned = std::thread::Builder::new()
            .name("clipboard".into())
            .spawn(move || worker(&ready_tx, &requests_rx, &worker_busy, &done_tx));
        let mut this = Self {
            requests: Some(requests),
            state: State::Starting {
                ready,
                since: Instant::now(),
            },
            busy,
            done,
        };
        if let Err(e) = spawned {
            this.state = State::Failed(system_error(e.to_string()));
        } else {
            // Still connecting is not a failure: a later copy waits for it a little longer.
            let _ = this.wait_ready(budget);
        }
        this
    }

    /// Whether the clipboard has connected.
    #[must_use]
    pub const fn is_ready(&self) -> bool {
        matches!(self.state, State::Ready)
    }

    fn wait_ready(&mut self, wait: Duration) -> Result<(), ClipError> {
        let State::Starting { ready, since } = &self.state else {
            return match &self.state {
                State::Failed(e) => Err(e.clone()),
                _ => Ok(()),
            };
        };
        let since = *since;
        self.state = match ready.recv_timeout(wait) {
            Ok(Ok(())) => State::Ready,
            Ok(Err(e)) => State::Failed(e),
            Err(RecvTimeoutError::Timeout) => return Err(timeout(since.elapsed())),
            Err(RecvTimeoutError::Disconnected) => {
                State::Failed(system_error("the clipboard thread stopped".into()))
            }
        };
        self.wait_ready(Duration::ZERO)
    }

    fn ensure_ready(&mut self) -> Result<(), ClipError> {
        let left = match &self.state {
            State::Starting { since, .. } => START_LIMIT.saturating_sub(since.elapsed()),
            _ => Duration::ZERO,
        };
        self.wait_ready(left)
    }

    /// Sends a request and waits at most `limit` for its answer. While an earlier request that
    /// timed out still occupies the worker, fails at once instead of queueing behind it.
    fn call<T>(
        &mut self,
        limit: Duration,
        make: impl FnOnce(Reply<T>) -> Request,
    ) -> Result<T, ClipError> {
        self.ensure_ready()?;
        if self.busy.load(Ordering::Acquire) {
            return Err(timeout(limit));
        }
        let (tx, rx) = mpsc::channel();
        let sent = self.requests.as_ref().map(|r| r.send(make(tx)));
        if !matches!(sent, Some(Ok(()))) {
            return Err(system_error("the clipboard thread stopped".into()));
        }
        match rx.recv_timeout(limit) {
            Ok(result) => result,
            Err(RecvTimeoutError::Timeout) => Err(timeout(limit)),
            Err(RecvTimeoutError::Disconnected) => {
                Err(system_error("the clipboard thread stopped".into()))
            }
        }
    }
}

impl Clipboard for SystemClipboard {
    fn backend(&self) -> Backend {
        Backend::System
    }

    fn copy(&mut self, text: &str) -> Result<Route, ClipError> {
        self.call(COPY_LIMIT, |tx| Request::Copy(text.to_owned(), tx))
            .map(|()| Route::System)
    }

    fn read(&mut self) -> Result<String, ClipError> {
        self.call(READ_LIMIT, Request::Read)
    }

    fn survival(&mut self) -> Survival {
        // Not knowing is not a promise: say the text may be lost.
        self.call(QUERY_LIMIT, Request::Survival)
            .unwrap_or(Survival::MayBeLost)
    }

    fn hold(&mut self, text: &str, deadline: Instant, stop: &Receiver<()>) -> HoldEnd {
        // Re-setting the text with a deadline makes arboard serve it until another program
        // takes the selection over (X11). Where that cannot be seen, only wait.
        if let Err(e) = self.ensure_ready() {
            return HoldEnd::Failed(e);
        }
        let answer = if can_see_takeover() {
            let (tx, rx) = mpsc::channel();
            let sent = self
                .requests
                .as_ref()
                .map(|r| r.send(Request::Hold(text.to_owned(), deadline, tx)));
            if !matches!(sent, Some(Ok(()))) {
                return HoldEnd::Failed(system_error("the clipboard thread stopped".into()));
            }
            Some(rx)
        } else {
            None
        };
        let tick = Duration::from_millis(50);
        loop {
            if stop.try_recv().is_ok() {
                return HoldEnd::Stopped;
            }
            if Instant::now() >= deadline {
                return HoldEnd::Deadline;
            }
            let Some(rx) = &answer else {
                std::thread::sleep(tick);
                continue;
            };
            match rx.recv_timeout(tick) {
                Ok(Ok(())) if Instant::now() < deadline => return HoldEnd::TakenOver,
                Ok(Ok(())) => return HoldEnd::Deadline,
                Ok(Err(e)) => return HoldEnd::Failed(e),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    return HoldEnd::Failed(system_error("the clipboard thread stopped".into()));
                }
            }
        }
    }
}

impl Drop for SystemClipboard {
    fn drop(&mut self) {
        // Closing the channel ends the worker, which drops arboard's handle: that hands the
        // text to a clipboard manager. Wait briefly so the hand-over happens before exit.
        self.requests = None;
        if self.is_ready() {
            let _ = self.done.recv_timeout(SHUTDOWN_LIMIT);
        }
    }
}

fn worker(
    ready: &Sender<Result<(), ClipError>>,
    requests: &Receiver<Request>,
    busy: &AtomicBool,
    done: &Sender<()>,
) {
    let mut clipboard = match arboard::Clipboard::new() {
        Ok(c) => c,
        Err(e) => {
            let _ = ready.send(Err(ClipError::new(
                Backend::System,
                ErrorKind::NoDisplay {
                    detail: e.to_string(),
                },
            )));
            return;
        }
    };
    let _ = ready.send(Ok(()));
    for request in requests {
        busy.store(true, Ordering::Release);
        match request {
            Request::Copy(text, reply) => {
                let result = clipboard.set_text(text).map_err(from_arboard);
                busy.store(false, Ordering::Release);
                let _ = reply.send(result);
            }
            Request::Read(reply) => {
                let result = clipboard.get_text().map_err(from_arboard);
                busy.store(false, Ordering::Release);
                let _ = reply.send(result);
            }
            Request::Hold(text, deadline, reply) => {
                let result = set_and_wait(&mut clipboard, text, deadline).map_err(from_arboard);
                busy.store(false, Ordering::Release);
                let _ = reply.send(result);
            }
            Request::Survival(reply) => {
                let answer = platform_survival();
                busy.store(false, Ordering::Release);
                let _ = reply.send(Ok(answer));
            }
        }
    }
    drop(clipboard);
    let _ = done.send(());
}

fn from_arboard(e: arboard::Error) -> ClipError {
    let kind = match e {
        arboard::Error::ContentNotAvailable => ErrorKind::Empty,
        arboard::Error::ConversionFailure => ErrorKind::NotText,
        other => ErrorKind::System {
            detail: other.to_string(),
        },
    };
    ClipError::new(Backend::System, kind)
}

fn system_error(detail: String) -> ClipError {
    ClipError::new(Backend::System, ErrorKind::System { detail })
}

fn timeout(waited: Duration) -> ClipError {
    let ms = u64::try_from(waited.as_millis()).unwrap_or(u64::MAX);
    ClipError::new(Backend::System, ErrorKind::Timeout { ms })
}
