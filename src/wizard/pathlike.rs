//! Recognising a file path in a paste: dropping a file onto a terminal pastes its path, quoted
//! ('/home/a b.eml', "C:\a b.eml") or with escaped spaces (/Users/a\ b.eml), or as a file:// URI.

/// The path a pasted or typed line names, unquoted, or `None` when it does not look like one.
/// `typed` also accepts a relative name (`bounce.eml`); a paste must be absolute, because a
/// dropped file always is and a one-line bounce must not be taken for a name.
#[must_use]
pub fn candidate(text: &str, typed: bool) -> Option<String> {
    let line = text.trim_matches(|c: char| c.is_whitespace() || c == '\0');
    if line.is_empty() || line.len() > 4096 || line.contains('\n') {
        return None;
    }
    if let Some(rest) = line.strip_prefix("file://") {
        // file:///home/a%20b.eml, or file://localhost/...
        let rest = rest.strip_prefix("localhost").unwrap_or(rest);
        return rest.starts_with('/').then(|| percent_decode(rest));
    }
    let (inner, quoted) = unquote(line);
    let windows = is_windows_absolute(inner);
    let path = if quoted || windows {
        inner.to_owned()
    } else {
        unescape(inner)?
    };
    let absolute = windows || path.starts_with('/') || path.starts_with("~/");
    let relative =
        typed && (path.starts_with("./") || path.starts_with("../") || path.contains(['.', '/']));
    let bare_spaces = !quoted && !windows && inner.contains(' ') && !inner.contains("\\ ");
    (!bare_spaces && (absolute || relative)).then_some(path)
}

fn unquote(s: &str) -> (&str, bool) {
    for q in ['\'', '"'] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q))
            && !inner.is_empty()
        {
            return (inner, true);
        }
    }
    (s, false)
}

fn is_windows_absolute(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() > 2 && b[0].is_ascii_alphabetic() && b[1] == b':' && matches!(b[2], b'\\' | b'/'))
        || s.starts_with("\\\\")
}

/// `a\ b\(1\).eml` → `a b(1).eml`; a lone trailing backslash means it was not a shell path.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(chars.next()?);
        } else {
            out.push(c);
        }
    }
    Some(out)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropped_paths_in_every_terminal_style() {
        let cases = [
            ("/home/taro/bounce.eml", "/home/taro/bounce.eml"),
            (
                "'/home/taro/エラー メール.eml' ",
                "/home/taro/エラー メール.eml",
            ),
            (
                "/Users/taro/My\\ Mail/b\\(1\\).eml",
                "/Users/taro/My Mail/b(1).eml",
            ),
            (
                "\"C:\\Users\\taro\\Desktop\\bounce.eml\"",
                "C:\\Users\\taro\\Desktop\\bounce.eml",
            ),
            ("C:\\Users\\taro\\bounce.eml", "C:\\Users\\taro\\bounce.eml"),
            ("file:///home/taro/a%20b.eml", "/home/taro/a b.eml"),
            ("~/bounce.eml", "~/bounce.eml"),
        ];
        for (input, want) in cases {
            assert_eq!(candidate(input, false).as_deref(), Some(want), "{input}");
        }
    }

    #[test]
    fn bounce_text_is_not_a_path() {
        for text in [
            "550 5.7.1 Service unavailable; Client host [203.0.113.25] blocked",
            "/var/mail has 3 lines\nsecond",
            "bounce.eml",
            "",
        ] {
            assert_eq!(candidate(text, false), None, "{text}");
        }
        assert_eq!(candidate("bounce.eml", true).as_deref(), Some("bounce.eml"));
        assert_eq!(candidate("hello", true), None);
    }
}
