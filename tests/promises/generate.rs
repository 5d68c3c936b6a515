//! Hostile bounces built from a stream of choices: MIME nested past the depth limit, many
//! recipients, floods of addresses, escape codes, bidi and zero-width characters inside replies,
//! links and addresses, look-alike and catalogue links, zones and the catalogue's own wording
//! (each marker's regular expression walked to a text it matches). Byte mutations never reach
//! these shapes.
//!
//! The same generator serves the property tests (proptest draws the choices, and shrinks them
//! towards 0, the plainest choice) and the fuzz targets (libFuzzer's bytes through
//! `arbitrary::Unstructured`). A run out of choices takes choice 0, so every stream is a bounce.

use std::fmt::Write as _;

use delist::blocklist::CATALOGUE;
use regex_syntax::hir::{Class, Hir, HirKind};

/// Where the choices come from.
pub trait Choose {
    /// A number in `0..n` (0 when `n` is 0 or the choices ran out).
    fn below(&mut self, n: usize) -> usize;
}

/// Choices from a list of numbers, as proptest draws them.
pub struct Stream<'a> {
    numbers: &'a [u32],
    at: usize,
}

impl<'a> Stream<'a> {
    pub fn new(numbers: &'a [u32]) -> Self {
        Self { numbers, at: 0 }
    }
}

impl Choose for Stream<'_> {
    fn below(&mut self, n: usize) -> usize {
        let Some(&x) = self.numbers.get(self.at) else {
            return 0;
        };
        self.at += 1;
        if n == 0 { 0 } else { x as usize % n }
    }
}

/// Choices from a fuzzer's bytes, read as `arbitrary::Unstructured::choose_index` reads them
/// (big-endian, as few bytes as `n - 1` needs, then `% n`), so a test replays a fuzz target's
/// input (`fuzz/regressions/`) to the same bounce without linking libFuzzer.
pub struct Bytes<'a> {
    bytes: &'a [u8],
}

impl<'a> Bytes<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes }
    }
}

impl Choose for Bytes<'_> {
    fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        let delta = n - 1;
        let mut x = 0usize;
        let mut used = 0;
        while used < size_of::<usize>() && delta >> (used * 8) > 0 {
            let Some((&b, rest)) = self.bytes.split_first() else {
                break;
            };
            self.bytes = rest;
            used += 1;
            x = x << 8 | usize::from(b);
        }
        x % n
    }
}

/// How big the floods may grow: small for `cargo test`, larger for a fuzzer.
#[derive(Clone, Copy)]
pub struct Budget {
    pub nesting: usize,
    pub recipients: usize,
    pub addresses: usize,
    /// The most bytes of recipients and replies a mail repeats. A mail carries them twice
    /// (the text part and the DSN), the text part encoded up to three times their size, so
    /// an eighth of intake's limit keeps every mail readable: a mail over the limit is refused
    /// unread, and building it was all the fuzzer's time (36 choice bytes once asked for 1,500
    /// replies of 3,000 addresses, a 122 MB mail).
    pub text: usize,
}

/// See [`Budget::text`].
#[allow(clippy::cast_possible_truncation)] // 4 MiB fits every usize
const TEXT: usize = (delist::intake::DEFAULT_LIMIT / 8) as usize;

impl Budget {
    pub const TEST: Self = Self {
        nesting: 55,
        recipients: 12,
        addresses: 40,
        text: TEXT,
    };
    pub const FUZZ: Self = Self {
        nesting: 300,
        recipients: 1500,
        addresses: 5000,
        text: TEXT,
    };
}

fn pick<'s>(c: &mut impl Choose, from: &[&'s str]) -> &'s str {
    from[c.below(from.len())]
}

/// Sequences a terminal obeys, and characters that change how text reads.
const CONTROLS: &[&str] = &[
    "\u{1b}]52;c;cm0gLXJmIH4K\u{7}", // OSC 52: set the clipboard
    "\u{1b}]0;pwned\u{7}",           // OSC 0: window title
    "\u{1b}]2;pwned\u{1b}\\",        // title, ended by ST
    "\u{1b}]8;;http://evil.example/\u{1b}\\x\u{1b}]8;;\u{1b}\\", // OSC 8 hyperlink
    "\u{1b}[2J",                     // clear the screen
    "\u{1b}[H\u{1b}[10;5H",          // cursor moves
    "\u{1b}[?1049l\u{1b}[?25l",      // leave the alternate screen, hide the cursor
    "\u{1b}P+q544e\u{1b}\\",         // DCS request
    "\u{9b}31m",                     // C1 CSI
    "\u{9d}0;pwned\u{9c}",           // C1 OSC … ST
    "\u{90}q\u{9c}",                 // C1 DCS
    "\u{85}",                        // C1 next line
    "\u{7}",                         // BEL
    "\u{8}\u{8}\u{8}",               // backspaces
    "\u{1b}",                        // a lone ESC
    "\u{7f}",                        // DEL
    "\0",                            // NUL
    "\u{202a}",
    "\u{202b}",
    "\u{202c}",
    "\u{202d}",
    "\u{202e}", // embeddings and overrides
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}", // isolates
    "\u{200e}",
    "\u{200f}",
    "\u{61c}", // marks
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{2060}",
    "\u{feff}",
    "\u{ad}",
    "\u{180e}", // no width
];

/// Characters hidden inside a link or an address.
const HIDDEN: &[&str] = &[
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{2060}",
    "\u{feff}",
    "\u{ad}",
    "\u{202e}",
    "\u{2066}",
    "\u{1b}[8m",
    "\u{9b}0m",
    "\u{8}",
];

const WORDS: &[&str] = &[
    "550 5.7.1",
    "554 5.7.1",
    "421 4.7.0",
    "Service unavailable;",
    "Client host",
    "blocked using",
    "is listed on",
    "rejected because",
    "Your IP address",
    "has been blacklisted",
    "see",
    "Access denied",
    "User unknown",
    "Mailbox full",
    "sender",
    "Remote-MTA:",
    "Diagnostic-Code: smtp;",
    "said:",
    "host",
    "送信できませんでした。",
    "ブロックリストに登録されています",
    "\n",
    "\n\n",
    " ",
    ";",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
];

fn any_char(c: &mut impl Choose) -> char {
    // Mostly ASCII and the planes bounces use; sometimes any scalar value.
    let n = match c.below(4) {
        0 => c.below(0x80),
        1 => 0x80 + c.below(0x780),
        2 => 0x2000 + c.below(0x1000),
        _ => c.below(0x11_0000),
    };
    u32::try_from(n)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{fffd}')
}

/// An address, written as bounces write them, sometimes with a character hidden inside.
fn ip(c: &mut impl Choose, out: &mut String) {
    let v4 = |c: &mut dyn FnMut(usize) -> usize| {
        let prefix = [
            [203, 0, 113],
            [192, 0, 2],
            [198, 51, 100],
            [10, 0, 0],
            [127, 0, 0],
        ];
        let p = prefix[c(prefix.len())];
        format!("{}.{}.{}.{}", p[0], p[1], p[2], c(256))
    };
    let mut f = |n: usize| c.below(n);
    let bare = match f(6) {
        0 | 1 => v4(&mut f),
        2 => format!("{}.{}.{}.{}", f(256), f(256), f(256), f(256)),
        3 => format!("2001:db8:{:x}::{:x}", f(0x1_0000), f(0x1_0000)),
        4 => format!("::ffff:{}", v4(&mut f)),
        _ => {
            let parts: Vec<String> = (0..8).map(|_| format!("{:x}", f(0x1_0000))).collect();
            parts.join(":")
        }
    };
    let bare = if c.below(6) == 0 {
        // A hidden character inside the address.
        let at = c.below(bare.len() + 1);
        let (a, b) = bare.split_at(at);
        format!("{a}{}{b}", pick(c, HIDDEN))
    } else {
        bare
    };
    match c.below(6) {
        0 => write!(out, "[{bare}]"),
        1 => write!(out, "[IPv6:{bare}]"),
        2 => write!(out, "({bare})"),
        3 => write!(out, "{bare}/24"),
        _ => write!(out, "{bare}"),
    }
    .unwrap_or_default();
}

/// A DNSBL query name: the address reversed in front of a zone.
fn query(c: &mut impl Choose, out: &mut String) {
    let zone = zone(c);
    write!(out, "{}.{}.113.203.{zone}", c.below(256), c.below(256)).unwrap_or_default();
}

fn zone(c: &mut impl Choose) -> String {
    let zones: Vec<&str> = CATALOGUE
        .entries
        .iter()
        .flat_map(|e| {
            e.zones
                .iter()
                .chain(e.sublists.iter().flat_map(|s| &s.zones))
        })
        .map(String::as_str)
        .collect();
    let z = if zones.is_empty() {
        "zen.spamhaus.org"
    } else {
        zones[c.below(zones.len())]
    };
    match c.below(5) {
        // A DQS key in front (16 or more characters, or short, or with a dash).
        0 => format!("abcdef0123456789abcdef0123.{z}"),
        1 => format!("k3y-x.{z}"),
        2 => z.to_ascii_uppercase(),
        _ => z.to_owned(),
    }
}

/// A link: to a catalogue operator, to a look-alike of one, a shortener, a claimant, any host.
fn url(c: &mut impl Choose, out: &mut String) {
    let entries = &CATALOGUE.entries;
    let official = |c: &mut dyn FnMut(usize) -> usize| -> String {
        if entries.is_empty() {
            return "spamhaus.org".to_owned();
        }
        let e = &entries[c(entries.len())];
        e.official_domains
            .get(c(e.official_domains.len().max(1)))
            .cloned()
            .unwrap_or_else(|| "spamhaus.org".to_owned())
    };
    let mut f = |n: usize| c.below(n);
    let host = match f(7) {
        0 | 1 => official(&mut f),
        2 => {
            // One letter swapped for a Cyrillic or Greek look-alike.
            let h = official(&mut f);
            let swaps = [
                ('a', 'а'),
                ('o', 'о'),
                ('e', 'е'),
                ('p', 'р'),
                ('c', 'с'),
                ('i', 'і'),
            ];
            let (from, to) = swaps[f(swaps.len())];
            h.replacen(from, &to.to_string(), 1)
        }
        3 => ["bit.ly", "t.co", "tinyurl.com", "goo.gl", "is.gd"][f(5)].to_owned(),
        4 => format!("{}-delist.example", official(&mut f).replace('.', "-")),
        5 => format!("www.{}.evil.example", official(&mut f)),
        _ => format!(
            "xn--{}.example",
            ["spamhus-7ve", "mcrosoft-0ob", "80ak6aa92e"][f(3)]
        ),
    };
    let scheme = ["https://", "http://", "www.", "HTTPS://", "hxxp://"][c.below(5)];
    let path = [
        "/query/ip/203.0.113.25",
        "/?ip=203.0.113.25",
        "/",
        "",
        "/remove?key=abc&ip=192.0.2.1#x",
        "/%1b%5b2J",
    ][c.below(6)];
    let mut link = format!("{scheme}{host}{path}");
    if c.below(4) == 0 {
        let at = c.below(link.len() + 1);
        let at = (0..=at)
            .rev()
            .find(|&i| link.is_char_boundary(i))
            .unwrap_or(0);
        link.insert_str(at, pick(c, HIDDEN));
    }
    out.push_str(&link);
}

/// A text `hir` matches, walked with the choices (repetitions short, classes sampled).
fn walk(c: &mut impl Choose, hir: &Hir, out: &mut String, depth: usize) {
    if depth > 40 {
        return;
    }
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(l) => out.push_str(&String::from_utf8_lossy(&l.0)),
        HirKind::Class(Class::Unicode(cls)) => {
            let ranges = cls.ranges();
            if !ranges.is_empty() {
                let r = ranges[c.below(ranges.len())];
                let span = (u32::from(r.end()) - u32::from(r.start())) as usize;
                let n =
                    u32::from(r.start()) + u32::try_from(c.below(span.min(64) + 1)).unwrap_or(0);
                out.push(char::from_u32(n).unwrap_or(r.start()));
            }
        }
        HirKind::Class(Class::Bytes(cls)) => {
            let ranges = cls.ranges();
            if !ranges.is_empty() {
                let r = ranges[c.below(ranges.len())];
                let b = r.start().saturating_add(
                    u8::try_from(c.below(usize::from(r.end() - r.start()) + 1)).unwrap_or(0),
                );
                if b.is_ascii() {
                    out.push(char::from(b));
                }
            }
        }
        HirKind::Repetition(rep) => {
            let max = rep.max.unwrap_or(rep.min + 3).min(rep.min + 3);
            let n = rep.min as usize + c.below((max - rep.min) as usize + 1);
            for _ in 0..n {
                walk(c, &rep.sub, out, depth + 1);
            }
        }
        HirKind::Capture(cap) => walk(c, &cap.sub, out, depth + 1),
        HirKind::Concat(parts) => {
            for p in parts {
                walk(c, p, out, depth + 1);
            }
        }
        HirKind::Alternation(alts) => {
            let i = c.below(alts.len());
            walk(c, &alts[i], out, depth + 1);
        }
    }
}

/// A text one of the catalogue's markers (or host markers, or host names) matches.
fn catalogue_words(c: &mut impl Choose, out: &mut String) {
    let entries = &CATALOGUE.entries;
    if entries.is_empty() {
        return;
    }
    let e = &entries[c.below(entries.len())];
    let patterns: Vec<&String> = match c.below(3) {
        0 => e.host_markers.iter().chain(&e.hosts).collect(),
        1 => e.sublists.iter().flat_map(|s| &s.markers).collect(),
        _ => e.markers.iter().collect(),
    };
    if patterns.is_empty() {
        out.push_str(&e.name);
        return;
    }
    let p = patterns[c.below(patterns.len())];
    if let Ok(hir) = regex_syntax::Parser::new().parse(p) {
        walk(c, &hir, out, 0);
    }
}

/// One server reply: words, addresses, links, zones, the catalogue's wording and controls.
pub fn reply(c: &mut impl Choose, budget: Budget) -> String {
    let mut out = String::new();
    for _ in 0..=c.below(14) {
        match c.below(12) {
            0 | 1 => out.push_str(pick(c, WORDS)),
            2 | 3 => ip(c, &mut out),
            4 => url(c, &mut out),
            5 => out.push_str(&zone(c)),
            6 | 7 => catalogue_words(c, &mut out),
            8 => out.push_str(pick(c, CONTROLS)),
            9 => query(c, &mut out),
            10 => {
                for _ in 0..c.below(12) {
                    out.push(any_char(c));
                }
            }
            _ => {
                // A flood of addresses in the reply.
                let n = c.below(budget.addresses + 1);
                for i in 0..n {
                    write!(out, "198.51.{}.{} ", (i / 256) % 256, i % 256).unwrap_or_default();
                }
            }
        }
        out.push(' ');
    }
    out
}

fn address(c: &mut impl Choose) -> String {
    let local = [
        "hanako",
        "taro.yamada",
        "info+tag",
        "a",
        "x\u{1b}[2J",
        "\u{202e}moc",
    ][c.below(6)];
    let domain = [
        "example.com",
        "example.co.jp",
        "例え.jp",
        "mail.example.org",
        "exa\u{200b}mple.com",
    ][c.below(5)];
    format!("{local}@{domain}")
}

/// Encodes a text part as quoted-printable (soft breaks every 72 columns).
fn quoted_printable(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut col = 0;
    for b in text.bytes() {
        if b == b'\n' {
            col = 0;
            out.push('\n');
            continue;
        }
        let plain = (33..=126).contains(&b) && b != b'=' || b == b' ';
        let width = if plain { 1 } else { 3 };
        if col + width > 72 {
            out.push_str("=\n");
            col = 0;
        }
        col += width;
        // A fuzzer builds megabytes of this: no string per byte.
        if plain {
            out.push(char::from(b));
        } else {
            out.push('=');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

fn base64(text: &str) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, chunk) in text.as_bytes().chunks(3).enumerate() {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (k, &b)| n | u32::from(b) << (16 - 8 * k));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(A[(n >> (18 - 6 * k)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
        if i % 19 == 18 {
            out.push('\n');
        }
    }
    out
}

/// A whole bounce, as bytes.
pub fn mail(c: &mut impl Choose, budget: Budget) -> Vec<u8> {
    let recipients: Vec<(String, String)> = (0..=c.below(4))
        .map(|_| (address(c), reply(c, budget)))
        .collect();
    let round: usize = recipients.iter().map(|(r, s)| r.len() + s.len()).sum();
    let repeat =
        [1, 1, 1, 2, budget.recipients][c.below(5)].min((budget.text / round.max(1)).max(1));
    let remote = [
        "mx.example.com",
        "mx1.hotmail.com",
        "gmail-smtp-in.l.google.com",
        "mx.spamhaus.org.evil",
    ][c.below(4)];
    let layout = c.below(4);
    let nesting = match c.below(6) {
        0 => 49 + c.below(3),
        1 => c.below(budget.nesting + 1),
        _ => c.below(3),
    };
    let mut text = String::new();
    for _ in 0..repeat {
        for (rcpt, said) in &recipients {
            if layout == 3 {
                write!(
                    text,
                    "{rcpt}\nリモート サーバーから次の応答がありました: {said}\n\n"
                )
            } else {
                write!(text, "<{rcpt}>: host {remote}[192.0.2.1] said: {said}\n\n")
            }
            .unwrap_or_default();
        }
    }
    let head = "From: Mail Delivery System <MAILER-DAEMON@mx.example.jp>\nTo: taro@example.co.jp\n\
                Subject: Undelivered Mail Returned to Sender\nDate: Mon, 07 Dec 2026 10:00:00 +0900\n";
    let mut out = String::new();
    match layout {
        // A pasted reply: no headers at all.
        0 => out.push_str(&text),
        1 | 3 => {
            out.push_str(head);
            out.push('\n');
            out.push_str("This is the mail system at host mx.example.jp.\n\n");
            out.push_str(&text);
        }
        _ => {
            out.push_str(head);
            out.push_str("MIME-Version: 1.0\n");
            for depth in 0..nesting {
                write!(
                    out,
                    "Content-Type: multipart/mixed; boundary=\"n{depth}\"\n\n--n{depth}\n"
                )
                .unwrap_or_default();
            }
            out.push_str("Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n--r\n");
            out.push_str("Content-Type: text/plain; charset=utf-8\n");
            match c.below(3) {
                0 => write!(
                    out,
                    "Content-Transfer-Encoding: quoted-printable\n\n{}",
                    quoted_printable(&text)
                ),
                1 => write!(
                    out,
                    "Content-Transfer-Encoding: base64\n\n{}",
                    base64(&text)
                ),
                _ => write!(out, "\n{text}"),
            }
            .unwrap_or_default();
            out.push_str("\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n");
            for _ in 0..repeat {
                for (rcpt, said) in &recipients {
                    let folded = said.replace('\n', "\n ");
                    write!(
                        out,
                        "\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.7.1\n\
                         Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {folded}\n"
                    )
                    .unwrap_or_default();
                }
            }
            if c.below(2) == 0 {
                out.push_str("\n--r\nContent-Type: message/rfc822\n\nFrom: taro@example.co.jp\nDate: Sun, 06 Dec 2026 09:00:00 +0900\nSubject: hello\n\n");
                out.push_str(&reply(c, budget));
                out.push('\n');
            }
            out.push_str("\n--r--\n");
            for depth in (0..nesting).rev() {
                writeln!(out, "--n{depth}--").unwrap_or_default();
            }
        }
    }
    match c.below(3) {
        0 => out.replace('\n', "\r\n").into_bytes(),
        1 if c.below(4) == 0 => out.replace('\n', "\r").into_bytes(),
        _ => out.into_bytes(),
    }
}
