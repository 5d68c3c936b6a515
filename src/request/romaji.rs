//! Kana to Hepburn romaji, passport style, for names on English forms.
//!
//! Passport style because that is how Japanese names are written in English documents: no
//! macrons (which would not be ASCII), `ou`/`oo`/`uu` shortened (さとう → Sato, ゆうき → Yuki),
//! `ー` dropped, `n` written `m` before b, m and p (なんば → Namba), no apostrophe after `n`.
//! Kanji cannot be read reliably without a dictionary, so [`to_romaji`] refuses it and the
//! caller asks the person for kana or romaji instead.

/// Why a text could not be converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RomajiError {
    /// The text contains kanji (or 々), whose reading only the person knows.
    Kanji,
}

/// Converts kana (hiragana, katakana, half-width katakana) and full-width ASCII to ASCII
/// romaji, capitalising each word. ASCII passes through; other characters are kept as typed.
///
/// # Errors
/// [`RomajiError::Kanji`] when the text contains kanji.
pub fn to_romaji(text: &str) -> Result<String, RomajiError> {
    let chars: Vec<char> = normalise(text);
    if chars.iter().copied().any(is_kanji) {
        return Err(RomajiError::Kanji);
    }
    let sylls = syllables(&chars);
    let mut out = String::new();
    let mut i = 0;
    while i < sylls.len() {
        match &sylls[i] {
            Syl::Other(c) => out.push(*c),
            Syl::LongMark => {}
            Syl::Sokuon => {
                if let Some(Syl::Kana { roma, .. }) = sylls.get(i + 1)
                    && let Some(first) = roma.chars().next()
                    && !is_vowel(first)
                {
                    // っち is "tchi" in Hepburn, never "cchi".
                    out.push(if roma.starts_with("ch") { 't' } else { first });
                }
            }
            Syl::Kana { roma, bare_vowel } => {
                if !(*bare_vowel && is_long_vowel(&out, roma, sylls.get(i + 1))) {
                    out.push_str(roma);
                }
            }
            Syl::N => {
                let next = sylls.get(i + 1).and_then(|s| match s {
                    Syl::Kana { roma, .. } => roma.chars().next(),
                    _ => None,
                });
                out.push(if matches!(next, Some('b' | 'm' | 'p')) {
                    'm'
                } else {
                    'n'
                });
            }
        }
        i += 1;
    }
    Ok(capitalise_words(&out))
}

/// Whether the text has kana that [`to_romaji`] would convert.
#[must_use]
pub fn has_kana(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FC}' | '\u{FF66}'..='\u{FF9F}'))
}

/// Whether `c` is a kanji (CJK ideograph) or the repeat mark 々.
#[must_use]
pub fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3005}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// Full-width ASCII and the ideographic space become ASCII; half-width katakana becomes
/// full-width (voiced marks joined); katakana becomes hiragana. Typing in a Japanese input
/// method produces all of these.
#[must_use]
pub fn normalise_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

fn normalise(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    for c in normalise_width(text).chars() {
        match c {
            '\u{FF9E}' | '\u{FF9F}' => {
                // Half-width voiced / semi-voiced mark: join it to the kana before it.
                if let Some(last) = out.last_mut() {
                    let step = if c == '\u{FF9E}' { 1 } else { 2 };
                    *last = voiced(*last, step);
                }
            }
            '\u{FF66}'..='\u{FF9D}' => out.push(hiragana(half_to_full(c))),
            _ => out.push(hiragana(c)),
        }
    }
    out
}

fn hiragana(c: char) -> char {
    match c {
        '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

fn voiced(c: char, step: u32) -> char {
    let h = hiragana(c);
    if h == 'う' && step == 1 {
        return 'ゔ';
    }
    let voiceable = match step {
        1 => matches!(h, 'か'..='ぢ' | 'つ'..='ど' | 'は'..='ぽ'),
        _ => matches!(h, 'は' | 'ひ' | 'ふ' | 'へ' | 'ほ'),
    };
    if !voiceable {
        return c;
    }
    // In these rows the voiced form follows the plain one; the は row has the p form next.
    char::from_u32(h as u32 + step).unwrap_or(c)
}

fn half_to_full(c: char) -> char {
    const TABLE: &str = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    TABLE.chars().nth((c as u32 - 0xFF66) as usize).unwrap_or(c)
}

enum Syl {
    /// A kana syllable in romaji; `bare_vowel` for あいうえお, which may lengthen a vowel.
    Kana { roma: String, bare_vowel: bool },
    /// ん.
    N,
    /// っ.
    Sokuon,
    /// ー.
    LongMark,
    /// Anything else, kept as typed.
    Other(char),
}

fn syllables(chars: &[char]) -> Vec<Syl> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        i += 1;
        match c {
            'ん' => out.push(Syl::N),
            'っ' => out.push(Syl::Sokuon),
            'ー' => out.push(Syl::LongMark),
            _ => {
                let Some(base) = kana(c) else {
                    out.push(Syl::Other(c));
                    continue;
                };
                if let Some(small) = next.and_then(small_kana)
                    && let Some(joined) = join(c, base, small)
                {
                    i += 1;
                    out.push(Syl::Kana {
                        roma: joined,
                        bare_vowel: false,
                    });
                    continue;
                }
                out.push(Syl::Kana {
                    roma: base.to_owned(),
                    bare_vowel: matches!(c, 'あ' | 'い' | 'う' | 'え' | 'お'),
                });
            }
        }
    }
    out
}

/// Joins a kana with the small kana after it: きゃ → kya, しゃ → sha, ふぁ → fa, てぃ → ti.
fn join(c: char, base: &str, small: &str) -> Option<String> {
    let stem = base.trim_end_matches(['a', 'i', 'u', 'e', 'o']);
    if let Some(vowel) = small.strip_prefix('y') {
        // Only the i-row takes small ya/yu/yo.
        if !base.ends_with('i') || base.len() < 2 {
            return None;
        }
        return Some(
            if stem.ends_with("sh") || stem.ends_with("ch") || stem == "j" {
                format!("{stem}{vowel}")
            } else {
                format!("{stem}y{vowel}")
            },
        );
    }
    if small == "wa" {
        return None;
    }
    match c {
        'う' => Some(format!("w{small}")),
        _ if stem.is_empty() => None,
        _ => Some(format!("{stem}{small}")),
    }
}

/// Passport style: `ou`, `oo` and `uu` are written with one vowel, except `うえ` (いのうえ →
/// Inoue), where the う begins the next syllable.
fn is_long_vowel(out: &str, roma: &str, next: Option<&Syl>) -> bool {
    let prev = out.chars().last();
    let followed_by_e = matches!(next, Some(Syl::Kana { roma, bare_vowel: true }) if roma == "e");
    match (prev, roma) {
        (Some('o' | 'u'), "u") => !followed_by_e,
        (Some('o'), "o") => true,
        _ => false,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'i' | 'u' | 'e' | 'o')
}

fn capitalise_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start && c.is_ascii_lowercase() {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push(c);
        }
        start = c == ' ' || c == '-';
    }
    out
}

fn small_kana(c: char) -> Option<&'static str> {
    Some(match c {
        'ぁ' => "a",
        'ぃ' => "i",
        'ぅ' => "u",
        'ぇ' => "e",
        'ぉ' => "o",
        'ゃ' => "ya",
        'ゅ' => "yu",
        'ょ' => "yo",
        'ゎ' => "wa",
        _ => return None,
    })
}

/// Each kana of `KANA` is read as the word at the same place in `ROMA`. A small kana standing
/// alone (no syllable to join) is read as its full-size sound.
const KANA: &str = "あいうえおかきくけこがぎぐげごさしすせそざじずぜぞたちつてとだぢづでどなにぬねのはひふへほばびぶべぼぱぴぷぺぽまみむめもやゆよらりるれろわゐゑをゔぁぃぅぇぉゃゅょゎ";
const ROMA: &str = "a i u e o ka ki ku ke ko ga gi gu ge go sa shi su se so za ji zu ze zo ta chi tsu te to da ji zu de do na ni nu ne no ha hi fu he ho ba bi bu be bo pa pi pu pe po ma mi mu me mo ya yu yo ra ri ru re ro wa i e o vu a i u e o ya yu yo wa";

fn kana(c: char) -> Option<&'static str> {
    let i = KANA.chars().position(|k| k == c)?;
    ROMA.split(' ').nth(i)
}
