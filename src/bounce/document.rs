//! The bounce laid out for reading: its readable text, where the returned original begins, the
//! bounce's own headers and its delivery-status parts. Both readers (`mime` for messages,
//! `pasted` for everything else) produce one of these.

use std::ops::Range;

use super::OriginalMessage;
use super::dsn::Dsn;

/// The headers of the bounce itself (not of the returned original).
#[derive(Clone, Debug, Default)]
pub struct Head {
    /// `From:` as written, decoded.
    pub from: Option<String>,
    /// The address in `From:`.
    pub from_addr: Option<String>,
    /// The addresses in `To:` (usually the sender of the original message).
    pub to_addrs: Vec<String>,
    /// `Subject:`, decoded.
    pub subject: Option<String>,
    /// `Content-Type:` as written, lower-case.
    pub content_type: Option<String>,
    /// `Auto-Submitted:`, `Precedence:` and friends mark an automatic reply.
    pub auto_reply: bool,
    /// `X-Failed-Recipients:` (Exim, Google).
    pub failed_recipients: Vec<String>,
    /// `X-Apple-Unsubscribe: true`: an opt-out report from iCloud.
    pub apple_unsubscribe: bool,
    /// `X-SPASIGN: NG`: au (KDDI) returns a mail its recipient's filter refused with this mark.
    pub filtered_mark: bool,
    /// A sender's own bounce category in a header of the bounce (`X-Bounce-Category:`).
    pub category: Option<String>,
}

/// One delivery-status part, with where it stands in [`Document::text`].
#[derive(Clone, Debug)]
pub struct DsnPart {
    /// Byte offset of the part in the text.
    pub offset: usize,
    /// Its fields.
    pub dsn: Dsn,
}

/// What a reader made of the input.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// The readable text; becomes [`super::Report::text`].
    pub text: String,
    /// The part of `text` written by the reporting system (before any delivery-status part or
    /// returned original): where recipients and replies are looked for.
    pub scan: Range<usize>,
    /// Where an inline original begins in `text`.
    pub original_at: Option<usize>,
    /// The returned original's headers.
    pub original: Option<OriginalMessage>,
    /// The bounce's own headers.
    pub head: Head,
    /// The delivery-status parts.
    pub dsn: Vec<DsnPart>,
    /// The fields of a `message/feedback-report` part (ARF), when present.
    pub feedback: Option<String>,
    /// `text` with quoting marks (`> `) blanked out and unusual spaces (no-break, ideographic)
    /// made plain, when a paste has them; it has the same length, so every offset means the
    /// same in both.
    pub unquoted: Option<String>,
    /// MIME parts nested deeper than the MIME reader reads (`mime::MAX_DEPTH`, 50) were left
    /// unread.
    pub nesting_cut: bool,
}

impl Document {
    /// The text analysis reads: `text`, or its unquoted copy.
    pub fn source(&self) -> &str {
        self.unquoted.as_deref().unwrap_or(&self.text)
    }

    /// The text the reporting system wrote.
    pub fn scan_text(&self) -> &str {
        self.source().get(self.scan.clone()).unwrap_or("")
    }
}

/// A copy of `text` with reply quoting (`> `, `>> `) blanked out, when most lines are quoted.
pub fn unquote(text: &str) -> Option<String> {
    let lines = text.lines().filter(|l| !l.trim().is_empty());
    let (mut total, mut quoted) = (0, 0);
    for l in lines {
        total += 1;
        if l.trim_start().starts_with('>') && !l.trim_start().starts_with(">>>") {
            quoted += 1;
        }
    }
    if total == 0 || quoted * 10 < total * 6 {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_start_matches([' ', '\t']);
        let mut rest = body;
        // Strip quote levels, but keep a Sendmail transcript's ">>>" and "<<<".
        while let Some(r) = rest.strip_prefix('>') {
            if rest.starts_with(">>>") && !r.starts_with(">>>") && !r.starts_with("> ") {
                break;
            }
            rest = r.strip_prefix(' ').unwrap_or(r);
        }
        let blanked = line.len() - rest.len();
        out.extend(std::iter::repeat_n(' ', blanked));
        out.push_str(rest);
    }
    Some(out)
}

/// A copy of `text` with each no-break, figure, narrow or ideographic space (a web mail's or a
/// Japanese text's) replaced by as many ASCII spaces as it has bytes, when it has any: the
/// reply `550\u{a0}5.7.1` reads as `550  5.7.1`, and offsets stay valid.
pub fn plain_spaces(text: &str) -> Option<String> {
    let odd = |c: char| matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{3000}');
    if !text.contains(odd) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if odd(c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// Unfolds a header value: continuation lines joined by one space.
pub fn unfold(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for (i, line) in v.lines().enumerate() {
        let t = if i == 0 { line.trim_end() } else { line.trim() };
        if t.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    out.trim().to_owned()
}

/// Collapses runs of white space to one space (Unicode white space, as `split_whitespace`
/// reads it), with none at either end.
///
/// Walks bytes and copies each word whole: `split_whitespace` decodes and classifies every
/// character, and this runs on every block, reply and context of a bounce (tens of thousands
/// of calls a batch). A test compares the two.
pub fn squeeze(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut word: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (space, len) = if b.is_ascii() {
            // `char::is_whitespace` on ASCII: the ASCII white space plus the vertical tab.
            (b.is_ascii_whitespace() || b == 0x0b, 1)
        } else {
            let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        match (space, word) {
            (true, Some(start)) => {
                push_word(&mut out, s.get(start..i).unwrap_or(""));
                word = None;
            }
            (false, None) => word = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(start) = word {
        push_word(&mut out, s.get(start..).unwrap_or(""));
    }
    out
}

fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(w);
}

/// Plain text from an HTML part: tags dropped, block ends become line ends, entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                push_entities(&mut out, rest);
            }
            break;
        };
        if skip_until.is_none() {
            push_entities(&mut out, rest.get(..lt).unwrap_or(""));
        }
        let after = rest.get(lt + 1..).unwrap_or("");
        let Some(gt) = after.find('>') else { break };
        let tag = after.get(..gt).unwrap_or("").trim().to_ascii_lowercase();
        rest = after.get(gt + 1..).unwrap_or("");
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if let Some(end) = skip_until {
            if tag.starts_with('/') && name == end {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "head" if !tag.starts_with('/') => {
                skip_until = Some(if name == "script" {
                    "script"
                } else if name == "style" {
                    "style"
                } else {
                    "head"
                });
            }
            "br" | "p" | "div" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "table" | "pre"
            | "blockquote" => out.push('\n'),
            _ => {}
        }
    }
    let lines: Vec<String> = out.lines().map(squeeze).collect();
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_owned()
}

fn push_entities(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp..).unwrap_or("");
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = after.get(1..e)?;
            match ent {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => {
                    let n = ent.strip_prefix('#')?;
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }
        });
        if let (Some(c), Some(e)) = (decoded, end) {
            out.push(c);
            rest = after.get(e + 1..).unwrap_or("");
        } else {
            out.push('&');
            rest = after.get(1..).unwrap_or("");
        }
    }
    out.push_str(rest);
}

/// True when a text/html part really holds markup (some servers label plain text as HTML).
pub fn is_markup(s: &str) -> bool {
    let head = s.get(..s.len().min(4096)).unwrap_or(s).to_ascii_lowercase();
    [
        "<html", "<body", "<br", "<p>", "<p ", "<div", "<table", "<span",
    ]
    .iter()
    .any(|t| head.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_lines() {
        let t = html_to_text(
            "<html><head><style>p{}</style></head><body><p>550 5.1.1 &lt;a@b.example&gt;\
             </p><br>User&nbsp;unknown &#x41;</body></html>",
        );
        assert_eq!(t, "550 5.1.1 <a@b.example>\n\nUser unknown A");
    }

    #[test]
    fn quoting_is_blanked_without_moving_offsets() {
        let t = "> <a@b.example>: 550 5.1.1 unknown\n> >>> RCPT To:<a@b.example>\n>> more\n";
        let u = unquote(t).unwrap();
        assert_eq!(u.len(), t.len());
        assert_eq!(
            u,
            "  <a@b.example>: 550 5.1.1 unknown\n  >>> RCPT To:<a@b.example>\n   more\n"
        );
        assert_eq!(unquote("plain\n>>> DATA\n<<< 550 no\n"), None);
    }

    #[test]
    fn unusual_spaces_become_plain_at_the_same_length() {
        let t = "550\u{a0}5.7.1 送信日時：　10:15";
        let out = plain_spaces(t).unwrap();
        assert_eq!(out.len(), t.len());
        assert_eq!(out, "550  5.7.1 送信日時：   10:15");
        assert!(plain_spaces("550 5.7.1").is_none());
    }

    /// What `squeeze` replaced: the same words, one space between.
    fn squeeze_reference(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn squeeze_reads_white_space_as_split_whitespace_does() {
        let odd = [
            "",
            " ",
            "a",
            "  a  b\t\tc\n",
            "\u{b}x\u{c}y\r\nz\u{85}w\u{a0}v\u{2028}u\u{3000}t\u{1680}s\u{200b}r\u{feff}q",
            "送信\u{3000}日時：　10:15 ",
            "\u{2009}\u{205f}\u{202f}end",
        ];
        for t in odd {
            assert_eq!(squeeze(t), squeeze_reference(t), "{t:?}");
        }
        for (path, text) in crate::fixture_texts::all() {
            assert_eq!(
                squeeze(&text),
                squeeze_reference(&text),
                "{}",
                path.display()
            );
            for line in text.lines() {
                assert_eq!(squeeze(line), squeeze_reference(line), "{}", path.display());
            }
        }
    }

    #[test]
    fn folded_values_unfold() {
        assert_eq!(unfold("from a\n\tby b\n  with c"), "from a by b with c");
    }
}
