//! Styles. With `NO_COLOR` set only bold, underline and reverse are used; with or without
//! colour, every state is also carried by a word or a symbol (✔ ● ○ ⚠ ▶).

use ratatui::style::{Color, Modifier, Style};

/// The styles of one run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Whether colour may be used.
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to a non-empty value (<https://no-color.org>).
    #[must_use]
    pub fn from_env(no_color: Option<&str>) -> Self {
        Self {
            color: no_color.is_none_or(str::is_empty),
        }
    }

    fn pick(self, colored: Style, plain: Style) -> Style {
        if self.color { colored } else { plain }
    }

    /// The step title.
    #[must_use]
    pub fn title(self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    /// Ordinary text.
    #[must_use]
    pub fn text(self) -> Style {
        Style::new()
    }

    /// Secondary text (explanations, raw English).
    #[must_use]
    pub fn dim(self) -> Style {
        self.pick(Style::new().fg(Color::Gray), Style::new())
    }

    /// A heading inside a step.
    #[must_use]
    pub fn heading(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The current step in the step bar.
    #[must_use]
    pub fn current(self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    /// Done: a finished step, a successful copy.
    #[must_use]
    pub fn done(self) -> Style {
        self.pick(Style::new().fg(Color::Green), Style::new())
    }

    /// A warning.
    #[must_use]
    pub fn warn(self) -> Style {
        self.pick(
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD),
        )
    }

    /// A key name in the key bar.
    #[must_use]
    pub fn key(self) -> Style {
        self.pick(
            Style::new().fg(Color::Black).bg(Color::Gray),
            Style::new().add_modifier(Modifier::REVERSED),
        )
    }

    /// The part of the bounce that is the evidence.
    #[must_use]
    pub fn mark(self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
        )
    }

    /// The focused item of a form.
    #[must_use]
    pub fn focus(self) -> Style {
        self.pick(
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        )
    }

    /// A web address.
    #[must_use]
    pub fn link(self) -> Style {
        self.pick(
            Style::new()
                .fg(Color::Blue)
                .add_modifier(Modifier::UNDERLINED),
            Style::new().add_modifier(Modifier::UNDERLINED),
        )
    }

    /// The big IP address.
    #[must_use]
    pub fn big(self) -> Style {
        self.pick(Style::new().fg(Color::Cyan), Style::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_turns_colour_off_only_when_set_and_non_empty() {
        assert!(Theme::from_env(None).color);
        assert!(Theme::from_env(Some("")).color);
        assert!(!Theme::from_env(Some("1")).color);
        let plain = Theme { color: false };
        for s in [
            plain.title(),
            plain.current(),
            plain.mark(),
            plain.warn(),
            plain.key(),
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
    }
}
