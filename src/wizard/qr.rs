//! The lookup URL as a QR code for a phone, drawn with half-block characters: each text row
//! holds two rows of modules (▀ top dark, ▄ bottom dark, █ both), so a version-3 code with its
//! quiet zone fits in 33×17 cells.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white border on each side. The standard asks for 4; 2 keeps the code on an
/// 80×24 screen and phone cameras read it fine.
const QUIET: usize = 2;

/// Rows of text for `text`'s QR code, dark modules drawn as glyphs; `None` if it is too long.
#[must_use]
pub fn lines(text: &str) -> Option<Vec<String>> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let n = code.width();
    let colors = code.to_colors();
    let size = n + 2 * QUIET;
    let dark = |x: usize, y: usize| -> bool {
        x >= QUIET
            && y >= QUIET
            && x < n + QUIET
            && y < n + QUIET
            && colors[(y - QUIET) * n + (x - QUIET)] == Color::Dark
    };
    Some(pair_rows(size, size, dark))
}

/// Turns a bitmap into text rows of half blocks, two bitmap rows per text row.
#[must_use]
pub fn pair_rows(width: usize, height: usize, dark: impl Fn(usize, usize) -> bool) -> Vec<String> {
    (0..height.div_ceil(2))
        .map(|row| {
            (0..width)
                .map(|x| {
                    let top = dark(x, row * 2);
                    let bottom = row * 2 + 1 < height && dark(x, row * 2 + 1);
                    match (top, bottom) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    }
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lookup_url_fits_an_80x24_screen() {
        let rows = lines("https://servicecentral.trendmicro.com/en-US/ers/").unwrap();
        assert!(rows.len() <= 17, "{} rows", rows.len());
        assert!(
            rows.iter()
                .all(|r| r.chars().count() == rows[0].chars().count())
        );
        assert!(rows[0].chars().count() <= 33);
        // The quiet zone, then the finder pattern's top edge over its hollow second row.
        assert!(rows[0].trim().is_empty());
        assert!(rows[1].starts_with("  █▀▀▀▀▀█"), "{:?}", rows[1]);
    }

    #[test]
    fn half_blocks_pair_two_rows() {
        let rows = pair_rows(2, 3, |x, y| (x + y) % 2 == 0);
        assert_eq!(rows, vec!["▀▄".to_owned(), "▀ ".to_owned()]);
    }
}
