//! Checks on what a person reads, shared by the tests of the command outputs
//! (`texts_output.rs`) and of the wizard's screens (`screen_words.rs`): unfilled placeholders,
//! English dates inside Japanese lines, and the glossing of jargon (locales/README.md).

#![allow(dead_code)] // each test binary uses a part of it

use std::sync::LazyLock;

use regex::Regex;

/// A Fluent variable, term or message the bundle could not fill (`{$ip}`, `{-brand}`,
/// `{entry-x}`), or a catalogue URL's `{ip}` left in.
static UNFILLED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{\s*[$-]?[a-z][a-z0-9_-]*\s*\}").expect("regex"));

/// An English month or weekday next to a number: "Tue, 3 Jun 2025", "June 3", "3 Jun".
static ENGLISH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|\
                 Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    let day = "Mon|Tue|Wed|Thu|Fri|Sat|Sun";
    Regex::new(&format!(
        r"\b(?:(?:{day}),\s*\d|\d{{1,2}}\s+(?:{month})\b|(?:{month})\s+\d{{1,2}}\b)"
    ))
    .expect("regex")
});

static JAPANESE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{Hiragana}\p{Katakana}\p{Han}]").expect("regex"));

/// Labels of lines that state a time: a quote after one of these is still the program's claim.
static TIME_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("日時|日付|時刻|期限|まで").expect("regex"));

static PHONE_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"電話用コード\s*\S+\s+\S+").expect("regex"));

/// Whether a line holds Japanese.
pub fn is_japanese(line: &str) -> bool {
    JAPANESE.is_match(line)
}

/// The problems in one output: unfilled placeholders anywhere, and English dates on Japanese lines
/// that are not a verbatim quote of the bounce after a label that does not state a time.
pub fn problems(output: &str, bounce_text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in output.lines() {
        if let Some(m) = UNFILLED.find(line) {
            found.push(format!("unfilled {:?} in: {line}", m.as_str()));
        }
        if !JAPANESE.is_match(line) || !ENGLISH_DATE.is_match(line) {
            continue;
        }
        let quoted = line.split_once([':', ':']).is_some_and(|(label, rest)| {
            !TIME_LABEL.is_match(label) && bounce_text.contains(rest.trim())
        });
        if !quoted {
            found.push(format!("English date on a Japanese line: {line}"));
        }
    }
    found
}

/// Jargon and the one short parenthesis that explains it the first time it appears in a text
/// (locales/README.md, "Japanese"): (what to look for, the glossed form it must first take).
/// The gloss is matched up to the word, so that it may go on (`送信時の認証(SMTP AUTH: …)`).
const GLOSSES: [(&str, &str); 5] = [
    ("HELO", "名乗る名前(HELO"),
    ("SMTP AUTH", "送信時の認証(SMTP AUTH"),
    ("DNSBL", "ブロックリスト(DNSBL"),
    ("NDR", "エラーメール(NDR"),
    ("587", "ポート587(メールソフトの送信設定にある番号)"),
];

/// English jargon: each word's first use on a screen sits inside a parenthesis after the plain
/// words (`reverse DNS (PTR)`, `sign-in (SMTP AUTH)`); `port 587` may instead be followed by
/// one that says where the number is set.
const ENGLISH_JARGON: [&str; 6] = ["PTR", "HELO", "SMTP AUTH", "DNSBL", "NDR", "port 587"];

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<String>()
}

/// The Japanese a person reads on one screen or in one text, as one string: lines without
/// Japanese (the English for a form, an address) and lines quoted from the bounce are left out,
/// and the rest is joined without spaces so that a word the window wrapped is whole again.
pub fn japanese_prose(text: &str, bounce_text: &str) -> String {
    let bounce = squeeze(bounce_text);
    text.lines()
        // The phone code at the top (`RA-RATSNOPTR 203.0.113.77`) is read out letter by letter.
        .map(|l| PHONE_CODE.replace(l, "").into_owned())
        .map(|l| l.trim().to_owned())
        .filter(|l| JAPANESE.is_match(l))
        .filter(|l| {
            let s = squeeze(l);
            s.chars().count() < 12 || !bounce.contains(&s)
        })
        .map(|l| squeeze(&l))
        .collect()
}

/// What breaks the glossing rules in one Japanese screen or text: 逆引き(PTR) the first time
/// that reverse DNS is named, then 逆引き (never PTR alone, never the gloss again); each other
/// jargon word in its glossed form the first time it appears.
pub fn gloss_problems(text: &str, bounce_text: &str) -> Vec<String> {
    let prose = japanese_prose(text, bounce_text);
    let mut found = Vec::new();
    let context = |at: usize| -> String {
        let start = prose
            .get(..at)
            .unwrap_or_default()
            .char_indices()
            .rev()
            .nth(20)
            .map_or(0, |(i, _)| i);
        prose
            .get(start..)
            .unwrap_or_default()
            .chars()
            .take(50)
            .collect()
    };
    // Reverse DNS: the first mention is 逆引き(PTR); after it, 逆引き.
    let mentions: Vec<usize> = prose
        .match_indices("逆引き")
        .map(|(i, _)| i)
        .chain(prose.match_indices("PTR").map(|(i, _)| i))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let glossed = |at: usize| {
        prose
            .get(at..)
            .is_some_and(|s| s.starts_with("逆引き(PTR)"))
    };
    let inside_gloss = |at: usize| at >= "逆引き(".len() && glossed(at - "逆引き(".len());
    let mut first = true;
    for &at in &mentions {
        if inside_gloss(at) {
            continue;
        }
        if first && !glossed(at) {
            found.push(format!(
                "first mention of reverse DNS is not 逆引き(PTR): …{}…",
                context(at)
            ));
        } else if !first && glossed(at) {
            found.push(format!(
                "逆引き(PTR) glossed again (then 逆引き): …{}…",
                context(at)
            ));
        } else if !first && prose.get(at..).is_some_and(|s| s.starts_with("PTR")) {
            found.push(format!(
                "PTR alone after the gloss (say 逆引き): …{}…",
                context(at)
            ));
        }
        first = false;
    }
    for (word, gloss) in GLOSSES {
        let (word, gloss) = (squeeze(word), squeeze(gloss));
        // A whole word: not part of a longer one, a number or an address.
        let whole = |at: usize| {
            let before = prose.get(..at).unwrap_or_default().chars().next_back();
            let after = prose
                .get(at + word.len()..)
                .unwrap_or_default()
                .chars()
                .next();
            ![before, after]
                .into_iter()
                .flatten()
                .any(|c| c.is_ascii_alphanumeric() || c == '.')
        };
        let Some(at) = prose
            .match_indices(&word)
            .map(|(i, _)| i)
            .find(|&i| whole(i))
        else {
            continue;
        };
        let Some(offset) = gloss.find(&word) else {
            continue;
        };
        let glossed = at >= offset
            && prose
                .get(at - offset..)
                .is_some_and(|s| s.starts_with(&gloss));
        if !glossed {
            found.push(format!(
                "first {word} is not glossed as {gloss}: …{}…",
                context(at)
            ));
        }
    }
    found
}

/// The English a person reads on one screen, as one string: lines with Japanese and lines
/// quoted from the bounce are left out, and wrapped lines are joined with a space.
pub fn english_prose(text: &str, bounce_text: &str) -> String {
    let bounce = squeeze(bounce_text);
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !JAPANESE.is_match(l))
        .filter(|l| {
            let s = squeeze(l);
            s.chars().count() < 12 || !bounce.contains(&s)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What breaks the glossing rules on one English screen: a jargon word whose first use is not
/// explained in plain words before it, in a parenthesis.
pub fn english_gloss_problems(text: &str, bounce_text: &str) -> Vec<String> {
    let prose = english_prose(text, bounce_text);
    let mut found = Vec::new();
    for word in ENGLISH_JARGON {
        let whole = |at: usize| {
            let before = prose.get(..at).unwrap_or_default().chars().next_back();
            let after = prose
                .get(at + word.len()..)
                .unwrap_or_default()
                .chars()
                .next();
            ![before, after]
                .into_iter()
                .flatten()
                .any(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_')
        };
        let Some(at) = prose
            .match_indices(word)
            .map(|(i, _)| i)
            .find(|&i| whole(i))
        else {
            continue;
        };
        // Inside a parenthesis opened on this sentence, after the plain words.
        let head = prose.get(..at).unwrap_or_default();
        let inside = head.rfind('(').is_some_and(|open| {
            let inner = head.get(open..).unwrap_or_default();
            let before = head.get(..open).unwrap_or_default().trim_end();
            !inner.contains(')') && !before.is_empty() && !before.ends_with(['.', ':'])
        });
        let explained_after = word == "port 587"
            && prose
                .get(at + word.len()..)
                .is_some_and(|s| s.trim_start().starts_with('('));
        if !inside && !explained_after {
            let start = head.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            let context: String = prose
                .get(start..)
                .unwrap_or_default()
                .chars()
                .take(80)
                .collect();
            found.push(format!(
                "first {word} is not explained before it: …{context}…"
            ));
        }
    }
    found
}
