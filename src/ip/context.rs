//! Where in the text an address stands: which header field, which word, which part of an
//! inline original.

use std::ops::Range;

fn stop(c: char) -> bool {
    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'')
}

/// The whitespace-delimited word holding `span`, with its start, when it looks like a link.
pub fn word_around<'t>(text: &'t str, span: &Range<usize>) -> Option<(usize, &'t str)> {
    let head = text.get(..span.start)?;
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| stop(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = text.get(span.end..)?;
    let end = span.end + tail.find(stop).unwrap_or(tail.len());
    let word = text.get(start..end)?;
    (word.contains("://")
        || word
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("www.")))
    .then_some((start, word))
}

/// [`word_around`] for the addresses of one text, asked in text order. Walking back and
/// forth over the word for each address cost a line of addresses with no space between them
/// (`10.0.0.1,10.0.0.2,…`) its length for each: 40,000 of them took 27 s. The cursor reads
/// the text once: the word's start is the last stop character before the address, found
/// going forward; its end, the first stop after the address, holds for every later address
/// that ends before it; and whether a word holds `://` is looked up among the places the text
/// holds one.
pub struct Words<'t> {
    text: &'t str,
    schemes: Vec<usize>,
    /// How far the text was read for the word's start, and the start found.
    read: usize,
    start: usize,
    /// The end found for an address ending at `end_from`.
    end_from: usize,
    end: usize,
}

impl<'t> Words<'t> {
    /// A cursor over `text`.
    pub fn new(text: &'t str) -> Self {
        Self {
            text,
            schemes: memchr::memmem::find_iter(text.as_bytes(), b"://").collect(),
            read: 0,
            start: 0,
            end_from: usize::MAX,
            end: 0,
        }
    }

    /// [`word_around`] of `span`; spans before the last one asked are read as it reads them.
    pub fn around(&mut self, span: &Range<usize>) -> Option<(usize, &'t str)> {
        let text = self.text;
        if span.start < self.read {
            return word_around(text, span);
        }
        let passed = text.get(self.read..span.start)?;
        if let Some((i, c)) = passed.char_indices().rev().find(|&(_, c)| stop(c)) {
            self.start = self.read + i + c.len_utf8();
        }
        self.read = span.start;
        // No stop stands between `end_from` and `end`, so none between a later end and it.
        if !(self.end_from <= span.end && span.end <= self.end) {
            let tail = text.get(span.end..)?;
            self.end_from = span.end;
            self.end = span.end + tail.find(stop).unwrap_or(tail.len());
        }
        let (start, end) = (self.start, self.end);
        let word = text.get(start..end)?;
        let first = self.schemes.partition_point(|&at| at < start);
        let scheme = self.schemes.get(first).is_some_and(|&at| at + 3 <= end);
        (scheme
            || word
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("www.")))
        .then_some((start, word))
    }
}

/// The header block of an inline original: after at most a few separator lines, the header
/// fields up to the first blank line. Its body (and any attachment) is never scanned.
pub fn original_headers(tail: &str) -> &str {
    const LIMIT: usize = 64 * 1024;
    let is_field = |line: &str| {
        !line.starts_with([' ', '\t'])
            && line.split_once(':').is_some_and(|(name, _)| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
    };
    let mut seen_field = false;
    let mut lead = 0;
    let mut end = 0;
    for line in tail.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if seen_field {
            if bare.trim().is_empty() {
                break;
            }
        } else if is_field(bare) {
            seen_field = true;
        } else {
            // Separator lines ("----- Original message -----") and blank lines before the fields.
            lead += 1;
            if lead > 6 {
                break;
            }
        }
        end += line.len();
        if end > LIMIT {
            break;
        }
    }
    tail.get(..end).unwrap_or(tail)
}

/// A logical line longer than this is not read as a header field.
const LONGEST_FIELD_LINE: usize = 1000;

/// The header field each address of a text stands in (following folded lines back to their
/// field), asked in text order. Walking back over the line for every address made a line
/// holding thousands of them quadratic (a fuzzer's bounce spent nine tenths of its time
/// there): the cursor reads each line break once and remembers the field a folded line
/// continues.
pub struct Fields<'t> {
    text: &'t str,
    /// Where the line of the last address asked about starts.
    line: usize,
    /// No line break stands between `line` and here.
    clear_to: usize,
    /// The name of the field a folded line at `line` continues.
    above: Option<Range<usize>>,
}

impl<'t> Fields<'t> {
    pub fn new(text: &'t str) -> Self {
        Self {
            text,
            line: 0,
            clear_to: 0,
            above: None,
        }
    }

    /// The name of the header field the address at `at` stands in, when its logical line is a
    /// header field.
    pub fn name_at(&mut self, at: usize) -> Option<&'t str> {
        if at < self.line {
            // Asked out of order: read from the top again rather than answer wrongly.
            *self = Self::new(self.text);
        }
        let bytes = self.text.as_bytes();
        let upto = at.min(bytes.len());
        while self.clear_to < upto {
            let rest = bytes.get(self.clear_to..upto).unwrap_or_default();
            match memchr::memchr(b'\n', rest) {
                Some(i) => self.pass_line(self.clear_to + i),
                None => self.clear_to = upto,
            }
        }
        let partial = self.text.get(self.line..at)?;
        if partial.len() > LONGEST_FIELD_LINE {
            None
        } else if folded(partial) {
            self.above.clone().and_then(|r| self.text.get(r))
        } else {
            let name = field_in(partial)?;
            self.text.get(self.line..self.line + name.len())
        }
    }

    /// Steps past the line ending at the line break at `end`.
    fn pass_line(&mut self, end: usize) {
        let line = self.text.get(self.line..end).unwrap_or_default();
        if line.len() > LONGEST_FIELD_LINE {
            self.above = None;
        } else if !folded(line) {
            self.above = field_in(line).map(|n| self.line..self.line + n.len());
        }
        self.line = end + 1;
        self.clear_to = end + 1;
    }
}

fn folded(line: &str) -> bool {
    line.starts_with([' ', '\t'])
}

/// The field name a line that is not folded starts with.
fn field_in(line: &str) -> Option<&str> {
    let (name, _) = line.split_once(':')?;
    let ok = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then_some(name)
}

/// Whether a header field is a `Received:` one.
pub fn is_received(name: &str) -> bool {
    name.eq_ignore_ascii_case("received")
}

/// Transport header fields of the bounce itself (a pasted raw message's own `Received:`,
/// `X-…`, authentication results): no refusal wording stands there, so they are not read.
pub fn is_transport(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("received")
        || n.starts_with("x-")
        || n.starts_with("arc-")
        || n == "authentication-results"
        || n == "dkim-signature"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How the field was found before [`Fields`]: walking back from each address.
    fn field_name_walking_back(text: &str, at: usize) -> Option<&str> {
        let before = text.get(..at).unwrap_or_default();
        for line in before.rsplit('\n') {
            if line.len() > 1000 {
                return None;
            }
            if !line.starts_with([' ', '\t']) {
                let (name, _) = line.split_once(':')?;
                let ok = !name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
                return ok.then_some(name);
            }
        }
        None
    }

    /// The cursor names the same field as the walk back, at every position of generated
    /// texts of fields, folded lines, long lines and addresses, asked in order and out of it.
    #[test]
    fn the_cursor_names_the_field_the_walk_back_names() {
        let pieces = [
            "Received: from a [192.0.2.1]",
            "X-Originating-IP: 192.0.2.2",
            "\n",
            "\r\n",
            "\n ",
            "\n\t",
            " by mx.example.com",
            "Diagnostic-Code: smtp; 554 Client host [192.0.2.3]",
            "said: 550",
            ": ",
            "no field here 198.51.100.4",
            "é",
            "bad name: x",
            "",
        ];
        let mut seed = 7_u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        let mut named = 0;
        for _ in 0..300 {
            let mut text = String::new();
            for _ in 0..next() % 40 {
                match next() % 12 {
                    // Lines past the limit, and lines just under it.
                    0 => text.push_str(&"x".repeat(990 + next() % 20)),
                    _ => text.push_str(pieces[next() % pieces.len()]),
                }
            }
            let mut fields = Fields::new(&text);
            for at in 0..=text.len() + 1 {
                let expected = field_name_walking_back(&text, at);
                assert_eq!(fields.name_at(at), expected, "{at} in {text:?}");
                named += usize::from(expected.is_some());
            }
            let mut fields = Fields::new(&text);
            for at in (0..=text.len()).rev().step_by(7) {
                assert_eq!(
                    fields.name_at(at),
                    field_name_walking_back(&text, at),
                    "{at} in {text:?}"
                );
            }
        }
        assert!(named > 1000, "{named}");
    }

    /// The cursor finds the word the walk back and forth finds, for the addresses of generated
    /// texts (links, words of many addresses, addresses cut by a line break, wide spaces),
    /// asked in text order as `read_head` asks, and out of it.
    #[test]
    fn the_word_cursor_finds_the_word_around_finds() {
        let pieces = [
            "192.0.2.1",
            "198.51.100.7",
            ",",
            " ",
            "\n",
            "\u{3000}",
            "https://www.spamhaus.org/query/ip/",
            "http://x.example/?ip=",
            "www.",
            "WWW.",
            ":/",
            "/",
            "<",
            ">",
            "\"",
            "'",
            "é",
            "203.0.113.",
            "\n14",
        ];
        let mut seed = 5_u64;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) as usize
        };
        let mut links = 0;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..next() % 50 {
                text.push_str(pieces[next() % pieces.len()]);
            }
            let written = crate::scan::ip::addresses(&text);
            let mut words = Words::new(&text);
            for w in &written {
                let expected = word_around(&text, &w.span);
                assert_eq!(words.around(&w.span), expected, "{:?} in {text:?}", w.span);
                links += usize::from(expected.is_some());
            }
            // Out of order: the first address again, after the last.
            if let Some(w) = written.first() {
                assert_eq!(words.around(&w.span), word_around(&text, &w.span));
            }
        }
        assert!(links > 100, "{links}");
    }
}
