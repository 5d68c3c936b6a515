//! Digits three rows tall, for the IP address someone reads aloud over the phone.
//! A 3×5 pixel font drawn with half blocks; other characters fall back to normal size.

use super::qr::pair_rows;

/// 3×5 glyphs, one string of 15 pixels per character, row by row.
fn glyph(c: char) -> Option<&'static str> {
    Some(match c {
        '0' => "####.##.##.####",
        '1' => ".#.##..#..#.###",
        '2' => "###..#####..###",
        '3' => "###..####..####",
        '4' => "#.##.####..#..#",
        '5' => "####..###..####",
        '6' => "####..####.####",
        '7' => "###..#..#..#..#",
        '8' => "####.#####.####",
        '9' => "####.####..####",
        '.' => "............#..",
        _ => return None,
    })
}

/// Three rows of big text for `s`, or `None` when it has a character the font lacks (an IPv6
/// address is shown at normal size). Groups separated by dots get extra space for reading.
#[must_use]
pub fn big(s: &str) -> Option<[String; 3]> {
    let glyphs: Vec<&str> = s.chars().map(glyph).collect::<Option<_>>()?;
    // Each glyph is 3 pixels wide plus one blank column.
    let width = glyphs.len() * 4;
    let dark = |x: usize, y: usize| -> bool {
        let (i, col) = (x / 4, x % 4);
        col < 3 && y < 5 && glyphs[i].as_bytes()[y * 3 + col] == b'#'
    };
    let rows = pair_rows(width, 6, dark);
    let mut out = rows.into_iter().map(|r| r.trim_end().to_owned());
    Some([out.next()?, out.next()?, out.next()?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ipv4_address_is_three_rows_of_half_blocks() {
        let rows = big("203.0.113.25").unwrap();
        assert_eq!(rows[0].chars().take(3).collect::<String>(), "▀▀█");
        // 12 characters, 4 columns each, the trailing blank trimmed.
        assert!(rows.iter().all(|r| r.chars().count() <= 48));
        assert!(big("2001:db8::1").is_none());
    }
}
