//! Reading input: files, standard input and pasted text all come through here.
//!
//! Intake enforces the size limit while reading (so a 200 MB file never sits in memory),
//! normalises CR and CRLF line ends to LF once (a terminal paste arrives with CR; the bytes as
//! given are kept beside, for the saved case), and refuses
//! input that is empty or binary. Charset decoding of MIME parts is left to the bounce module;
//! [`Input::text`] decodes non-UTF-8 plain text (Shift_JIS, EUC-JP, ISO-2022-JP). A MIME part
//! in base64 can hide CRLF from this pass; the bounce reader's line splitting trims those.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Read};
use std::path::Path;

/// The default size limit: larger than any bounce with its attachment returned, small enough
/// that memory stays bounded.
pub const DEFAULT_LIMIT: u64 = 32 * 1024 * 1024;

/// One input, with line ends normalised to LF once, here; the bytes as given are kept beside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// Where it came from, as the user named it (`-` for standard input, `paste` for the wizard).
    pub source: String,
    /// The bytes as read, with CR and CRLF turned into LF. Nothing else is changed. Everything
    /// that reads the input reads this.
    pub data: Vec<u8>,
    /// The bytes exactly as given, when they differ from `data` (a paste arrives with CR, a
    /// file from Windows with CRLF); `None` when they are the same, so that the common case
    /// holds one copy. Read through [`Input::raw`].
    raw: Option<Vec<u8>>,
}

/// Why an input could not be read.
#[derive(Debug)]
pub enum IntakeError {
    /// Nothing but white space.
    Empty,
    /// Larger than the limit; reading stopped at the limit.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// NUL bytes or mostly control characters: an image, an archive, a program.
    Binary,
    /// A pipe (FIFO) that no program writes to: reading it would wait for one.
    NoWriter,
    /// The file or stream could not be read.
    Io(io::Error),
}

impl fmt::Display for IntakeError {
    // English, for logs and `source()` chains; users see `crate::i18n` text via `message_id`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the input is empty"),
            Self::TooLarge { limit } => {
                write!(f, "the input is larger than the limit of {limit} bytes")
            }
            Self::Binary => f.write_str("the input is binary data, not text"),
            Self::NoWriter => f.write_str("no program writes to this pipe"),
            Self::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for IntakeError {}

impl IntakeError {
    /// The Fluent id of the user-facing message (its arguments: `limit`, `detail`).
    #[must_use]
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Empty => "intake-error-empty",
            Self::TooLarge { .. } => "intake-error-too-large",
            Self::Binary => "intake-error-binary",
            Self::NoWriter => "intake-error-no-writer",
            Self::Io(e) => match e.kind() {
                io::ErrorKind::NotFound => "intake-error-not-found",
                io::ErrorKind::PermissionDenied => "intake-error-permission",
                io::ErrorKind::IsADirectory => "intake-error-directory",
                _ => "intake-error-io",
            },
        }
    }

    /// The message in the user's language.
    #[must_use]
    pub fn localized(&self, lang: crate::i18n::Lang) -> String {
        let limit = match self {
            Self::TooLarge { limit } => human_size(*limit),
            _ => String::new(),
        };
        let detail = match self {
            Self::Io(e) => e.to_string(),
            _ => String::new(),
        };
        crate::t!(lang, self.message_id(), limit = limit, detail = detail)
    }
}

/// A byte count for people: `32 MiB`, `512 KiB`, `100 B`.
#[must_use]
pub fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = KIB * 1024;
    const GIB: u64 = MIB * 1024;
    match bytes {
        b if b >= GIB && b % GIB == 0 => format!("{} GiB", b / GIB),
        b if b >= MIB && b % MIB == 0 => format!("{} MiB", b / MIB),
        b if b >= MIB => format!("{:.1} MiB", b as f64 / MIB as f64),
        b if b >= KIB => format!("{} KiB", b / KIB),
        b => format!("{b} B"),
    }
}

/// Parses a size such as `32M`, `32MiB`, `500k`, `1G` or a plain byte count.
///
/// # Errors
/// A short English explanation, for the command-line parser.
pub fn parse_size(value: &str) -> Result<u64, String> {
    let v = value.trim();
    let digits = v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len());
    let (num, unit) = v.split_at(digits);
    let n: u64 = num.parse().map_err(|_| format!("not a size: {value:?}"))?;
    let mult = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        "g" | "gb" | "gib" => 1024 * 1024 * 1024,
        _ => return Err(format!("unknown unit in {value:?} (use K, M or G)")),
    };
    n.checked_mul(mult)
        .filter(|&b| b > 0)
        .ok_or_else(|| format!("not a usable size: {value:?}"))
}

impl Input {
    /// Reads a file, or standard input when `path` is `-`.
    ///
    /// # Errors
    /// See [`IntakeError`].
    pub fn read(path: &str, limit: u64) -> Result<Self, IntakeError> {
        if path == "-" {
            return Self::from_reader("-", io::stdin().lock(), limit);
        }
        let file = std::fs::File::open(Path::new(path)).map_err(IntakeError::Io)?;
        let meta = file.metadata().map_err(IntakeError::Io)?;
        if meta.is_dir() {
            return Err(IntakeError::Io(io::Error::from(
                io::ErrorKind::IsADirectory,
            )));
        }
        // A regular file's size is known before reading: refuse it without reading a byte.
        if meta.is_file() && meta.len() > limit {
            return Err(IntakeError::TooLarge { limit });
        }
        Self::from_reader(path, file, limit)
    }

    /// Reads a file like [`Input::read`], without ever waiting for a writer: a pipe (FIFO) that
    /// no program writes to is refused with [`IntakeError::NoWriter`] instead of blocking, and
    /// one a program writes to is read until it closes. For the wizard, which cannot stop
    /// answering keys while a pipe has nothing to give.
    ///
    /// # Errors
    /// See [`IntakeError`].
    pub fn read_now(path: &str, limit: u64) -> Result<Self, IntakeError> {
        if path == "-" || !is_pipe(path) {
            return Self::read(path, limit);
        }
        read_pipe_now(path, limit)
    }

    /// Reads at most `limit` bytes from `reader`.
    ///
    /// # Errors
    /// See [`IntakeError`].
    pub fn from_reader(source: &str, reader: impl Read, limit: u64) -> Result<Self, IntakeError> {
        let mut data = Vec::new();
        reader
            .take(limit.saturating_add(1))
            .read_to_end(&mut data)
            .map_err(IntakeError::Io)?;
        if data.len() as u64 > limit {
            return Err(IntakeError::TooLarge { limit });
        }
        Self::from_bytes(source, data, limit)
    }

    /// Takes bytes already in memory (a paste, the clipboard).
    ///
    /// # Errors
    /// See [`IntakeError`].
    pub fn from_bytes(
        source: &str,
        data: impl Into<Vec<u8>>,
        limit: u64,
    ) -> Result<Self, IntakeError> {
        let data = data.into();
        if data.len() as u64 > limit {
            return Err(IntakeError::TooLarge { limit });
        }
        let raw = data.contains(&b'\r').then(|| data.clone());
        let data = normalize_line_ends(data);
        if data.iter().all(u8::is_ascii_whitespace) {
            return Err(IntakeError::Empty);
        }
        if looks_binary(&data) {
            return Err(IntakeError::Binary);
        }
        Ok(Self {
            source: source.to_owned(),
            data,
            raw,
        })
    }

    /// The bytes exactly as given, line ends included: what a saved case keeps and what is
    /// shown where the user's own paste is quoted back.
    #[must_use]
    pub fn raw(&self) -> &[u8] {
        self.raw.as_deref().unwrap_or(&self.data)
    }

    /// True when the input is in no charset delist knows, so that [`Input::text`] had to
    /// replace some bytes with U+FFFD.
    #[must_use]
    pub fn is_undecodable(&self) -> bool {
        matches!(self.text(), Cow::Owned(ref s) if s.contains('\u{FFFD}'))
    }

    /// The input as text. UTF-8 is borrowed; otherwise the Japanese charsets are tried in turn
    /// (ISO-2022-JP, Shift_JIS, EUC-JP) and the first that decodes without errors wins; as a
    /// last resort invalid bytes become U+FFFD, so nothing the user gave is dropped silently.
    #[must_use]
    pub fn text(&self) -> Cow<'_, str> {
        decode_text(&self.data)
    }
}

/// Whether `path` names a pipe (a FIFO): opening it for reading waits until a program opens it
/// for writing, and reading waits for what that program writes.
#[must_use]
pub fn is_pipe(path: &str) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        path != "-" && std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// A pipe opened without waiting: with no writer the first read ends at once with nothing
/// (then there is nothing to read); with one, it is read until the writer closes it.
#[cfg(unix)]
fn read_pipe_now(path: &str, limit: u64) -> Result<Input, IntakeError> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(IntakeError::Io)?;
    let mut data = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    // A writer already waiting in its own `open` is let in by ours a moment later: a short
    // grace before "no writer".
    let mut grace = 20;
    loop {
        match file.read(&mut buf) {
            Ok(0) if data.is_empty() && grace > 0 => {
                grace -= 1;
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Ok(0) => break,
            Ok(n) => {
                data.extend_from_slice(buf.get(..n).unwrap_or_default());
                if data.len() as u64 > limit {
                    return Err(IntakeError::TooLarge { limit });
                }
            }
            // A writer is there, and has not written yet.
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(IntakeError::Io(e)),
        }
    }
    if data.is_empty() {
        return Err(IntakeError::NoWriter);
    }
    Input::from_bytes(path, data, limit)
}

#[cfg(not(unix))]
fn read_pipe_now(path: &str, limit: u64) -> Result<Input, IntakeError> {
    Input::read(path, limit)
}

/// Decodes bytes of unknown charset as described in [`Input::text`].
#[must_use]
pub fn decode_text(data: &[u8]) -> Cow<'_, str> {
    if let Ok(s) = std::str::from_utf8(data) {
        // ISO-2022-JP is 7-bit, so it is valid UTF-8 too; its escape sequences give it away.
        // Found from each ESC (memchr), not by comparing every three-byte window: this runs on
        // every input, twice (the text, then whether it was decodable).
        let escape = |at: usize| {
            data.get(at + 1..at + 3)
                .is_some_and(|w| w == b"$B" || w == b"$@")
        };
        if !memchr::memchr_iter(0x1b, data).any(escape) {
            return Cow::Borrowed(s);
        }
    }
    for enc in [
        encoding_rs::ISO_2022_JP,
        encoding_rs::SHIFT_JIS,
        encoding_rs::EUC_JP,
    ] {
        if let Some(s) = enc.decode_without_bom_handling_and_without_replacement(data) {
            return Cow::Owned(s.into_owned());
        }
    }
    String::from_utf8_lossy(data)
}

/// CRLF → LF, then lone CR → LF. Works on bytes so that charsets that are not UTF-8 survive.
#[must_use]
pub fn normalize_line_ends(mut data: Vec<u8>) -> Vec<u8> {
    if !data.contains(&b'\r') {
        return data;
    }
    let mut w = 0;
    let mut r = 0;
    while r < data.len() {
        let b = data[r];
        if b == b'\r' {
            data[w] = b'\n';
            if data.get(r + 1) == Some(&b'\n') {
                r += 1;
            }
        } else {
            data[w] = b;
        }
        w += 1;
        r += 1;
    }
    data.truncate(w);
    data
}

/// NUL bytes, or more than one byte in ten a control character other than TAB, LF, FF or ESC
/// (ESC belongs to ISO-2022-JP), within the first 64 KiB. A mail is never binary as a whole:
/// its header block is text, and a part holding an image or an archive in raw bytes leaves
/// its text parts readable.
fn looks_binary(data: &[u8]) -> bool {
    if opens_with_headers(data) {
        return false;
    }
    let head = &data[..data.len().min(64 * 1024)];
    // A stray NUL counts as one control among the rest: a pasted refusal that picked one up on
    // its way is still text (images and archives hold many).
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0c | 0x1b))
        .count();
    controls * 10 > head.len()
}

/// True when `data` opens with a mail's header block: at least two `Name: value` lines before
/// the first empty line, one of them a field every mail or bounce carries.
fn opens_with_headers(data: &[u8]) -> bool {
    const KNOWN: [&[u8]; 8] = [
        b"from",
        b"to",
        b"subject",
        b"date",
        b"received",
        b"return-path",
        b"content-type",
        b"message-id",
    ];
    let mut fields = 0;
    let mut known = false;
    for line in data.split(|&b| b == b'\n').take(200) {
        if line.is_empty() {
            break;
        }
        if line.starts_with(b" ") || line.starts_with(b"\t") {
            continue;
        }
        if line.starts_with(b"From ") && fields == 0 {
            continue;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return false;
        };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|&b| b.is_ascii_graphic()) {
            return false;
        }
        fields += 1;
        known |= KNOWN.iter().any(|k| name.eq_ignore_ascii_case(k));
    }
    fields >= 2 && known
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_become_lf() {
        assert_eq!(
            normalize_line_ends(b"a\r\nb\rc\n\r\r\n".to_vec()),
            b"a\nb\nc\n\n\n"
        );
    }

    #[test]
    fn line_ends_are_normalised_once_and_the_paste_is_kept_as_given() {
        let pasted = b"Subject: x\r\n\r\n550 5.7.1 blocked\rend\n";
        let input = Input::from_bytes("paste", pasted.to_vec(), 1000).expect("text");
        assert_eq!(input.data, b"Subject: x\n\n550 5.7.1 blocked\nend\n");
        assert_eq!(input.raw(), pasted);
        // Without a CR there is nothing to keep twice.
        let plain =
            Input::from_bytes("paste", b"550 5.7.1 blocked\n".to_vec(), 1000).expect("text");
        assert_eq!(plain.raw(), plain.data.as_slice());
        assert!(plain.raw.is_none());
    }

    #[test]
    fn limit_is_enforced_while_reading() {
        let big = std::io::repeat(b'a').take(10_000);
        assert!(matches!(
            Input::from_reader("x", big, 100),
            Err(IntakeError::TooLarge { limit: 100 })
        ));
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert!(matches!(
            Input::from_bytes("x", " \n\t", 100),
            Err(IntakeError::Empty)
        ));
        assert!(matches!(
            Input::from_bytes("x", b"GIF89a\0\0\x01".to_vec(), 100),
            Err(IntakeError::Binary)
        ));
    }

    #[test]
    fn a_mail_with_a_raw_binary_part_is_not_refused() {
        let mut mail = b"From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail\n\
                         Content-Type: multipart/mixed; boundary=b\n\n--b\n\
                         Content-Type: text/plain\n\n550 5.1.1 user unknown\n--b\n\
                         Content-Type: image/png\nContent-Transfer-Encoding: binary\n\n"
            .to_vec();
        mail.extend_from_slice(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\x02\x03\x04\x05");
        mail.extend_from_slice(b"\n--b--\n");
        assert!(Input::from_bytes("x", mail, 10_000).is_ok());
        // The same bytes alone are refused.
        assert!(matches!(
            Input::from_bytes("x", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), 100),
            Err(IntakeError::Binary)
        ));
    }

    #[test]
    fn a_stray_nul_leaves_a_pasted_refusal_text() {
        let text = b"<a@example.com>: 550 5.7.1 blocked\0 using zen.spamhaus.org\n";
        assert!(Input::from_bytes("x", text.to_vec(), 1000).is_ok());
    }

    #[test]
    fn japanese_charsets_are_decoded() {
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("送信できませんでした");
        let input = Input::from_bytes("x", sjis.into_owned(), 1000).unwrap();
        assert_eq!(input.text(), "送信できませんでした");
        let (jis, _, _) = encoding_rs::ISO_2022_JP.encode("宛先不明");
        let input = Input::from_bytes("x", jis.into_owned(), 1000).unwrap();
        assert_eq!(input.text(), "宛先不明");
    }

    #[test]
    fn sizes_parse_and_print() {
        assert_eq!(parse_size("32M"), Ok(32 * 1024 * 1024));
        assert_eq!(parse_size("500k"), Ok(500 * 1024));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12q").is_err());
        assert_eq!(human_size(DEFAULT_LIMIT), "32 MiB");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_with_no_writer_is_refused_instead_of_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("p");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&pipe)
                .status()
                .unwrap()
                .success()
        );
        let path = pipe.to_str().unwrap();
        assert!(is_pipe(path) && !is_pipe("-"));
        assert!(matches!(
            Input::read_now(path, DEFAULT_LIMIT),
            Err(IntakeError::NoWriter)
        ));
    }
}
