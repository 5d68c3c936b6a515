//! The layout rules: at 80×24 everything is stacked; from 100 columns English and Japanese sit
//! side by side; below about 60×16 only a "please enlarge the window" message is drawn.

use ratatui::layout::{Constraint, Layout, Rect};

/// Narrowest usable width.
pub const MIN_WIDTH: u16 = 60;
/// Lowest usable height.
pub const MIN_HEIGHT: u16 = 16;
/// From this width on, English and Japanese sit side by side.
pub const SIDE_BY_SIDE: u16 = 100;

/// How the screen is arranged at a size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Too small for anything but one message.
    TooSmall,
    /// One column.
    Stacked,
    /// Two columns where a step has two languages to show.
    SideBySide,
}

/// The shape for a terminal of this size.
#[must_use]
pub const fn shape(area: Rect) -> Shape {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        Shape::TooSmall
    } else if area.width >= SIDE_BY_SIDE {
        Shape::SideBySide
    } else {
        Shape::Stacked
    }
}

/// The fixed rows around a step's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chrome {
    /// `ステップ 3/7 IPアドレスの確認`.
    pub title: Rect,
    /// ✔ ● ○ for each step.
    pub steps: Rect,
    /// The step's own content.
    pub body: Rect,
    /// The notice line (last copy, errors).
    pub notice: Rect,
    /// The keys that work here.
    pub keys: Rect,
}

/// Splits the screen; `notice_rows` (1–3) and `key_rows` (1–2) are what the notice and the
/// key bar need at this width.
#[must_use]
pub fn chrome(area: Rect, notice_rows: u16, key_rows: u16) -> Chrome {
    let [title, steps, _gap, body, notice, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(notice_rows),
        Constraint::Length(key_rows),
    ])
    .areas(area);
    Chrome {
        title,
        steps,
        body,
        notice,
        keys,
    }
}

/// Two columns with a one-column gap, for English beside Japanese.
#[must_use]
pub fn columns(area: Rect) -> [Rect; 2] {
    let [left, _, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    [left, right]
}

/// A box centred in `area`, at most `width`×`height`, never larger than `area`.
#[must_use]
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_follow_the_size_rules() {
        assert_eq!(shape(Rect::new(0, 0, 80, 24)), Shape::Stacked);
        assert_eq!(shape(Rect::new(0, 0, 120, 40)), Shape::SideBySide);
        assert_eq!(shape(Rect::new(0, 0, 59, 30)), Shape::TooSmall);
        assert_eq!(shape(Rect::new(0, 0, 120, 15)), Shape::TooSmall);
        assert_eq!(shape(Rect::new(0, 0, 60, 16)), Shape::Stacked);
    }

    #[test]
    fn chrome_leaves_the_body_what_remains() {
        let c = chrome(Rect::new(0, 0, 80, 24), 1, 1);
        assert_eq!(c.title.y, 0);
        assert_eq!(c.body.height, 24 - 5);
        assert_eq!(c.keys.y, 23);
        let c = chrome(Rect::new(0, 0, 80, 24), 3, 2);
        assert_eq!(c.body.height, 24 - 8);
        assert_eq!(c.notice.height, 3);
    }

    #[test]
    fn centered_never_leaves_the_area() {
        let r = centered(Rect::new(0, 0, 30, 10), 50, 50);
        assert_eq!(r, Rect::new(0, 0, 30, 10));
    }
}
