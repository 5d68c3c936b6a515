//! Entering and leaving the terminal's full-screen mode. Whatever way the program ends (a quit,
//! an error, a panic), the terminal is given back as it was: raw mode off, the main screen
//! back, bracketed paste off.

use std::io::{self, stdout};

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use ratatui::DefaultTerminal;

/// The terminal while the wizard runs; dropping it restores the terminal.
pub struct Screen {
    /// The ratatui terminal.
    pub terminal: DefaultTerminal,
}

impl Screen {
    /// Raw mode, the alternate screen, bracketed paste, and a panic hook that undoes them.
    ///
    /// # Errors
    /// When standard output is not a terminal.
    pub fn enter() -> io::Result<Self> {
        // ratatui's hook restores raw mode and the screen; ours, which runs first, turns
        // bracketed paste off so the shell does not receive wrapped pastes afterwards.
        let terminal = ratatui::try_init()?;
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableBracketedPaste);
            previous(info);
        }));
        // The legacy Windows console has no bracketed paste; a paste arrives as keys there.
        let _ = execute!(stdout(), EnableBracketedPaste);
        Ok(Self { terminal })
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}
