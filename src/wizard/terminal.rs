//! Entering and leaving the terminal's full-screen mode. Whatever way the program ends (a quit,
//! an error, a panic), the terminal is given back as it was: raw mode off, the main screen
//! back, bracketed paste off.

use std::io::{self, Write, stdout};
use std::sync::{Arc, Mutex, PoisonError};

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::DefaultTerminal;

use super::sanitize;

/// The terminal while the wizard runs; dropping it restores the terminal.
pub struct Screen {
    /// The ratatui terminal.
    pub terminal: DefaultTerminal,
}

impl Screen {
    /// Raw mode, the alternate screen, bracketed paste, and a panic hook that undoes them,
    /// runs `before` (the case's last save is waited for) and says so with `crashed` (which
    /// the app changes once the case has an id, to say where it is and how to resume it).
    ///
    /// # Errors
    /// When standard output is not a terminal.
    pub fn enter(
        crashed: Arc<Mutex<String>>,
        before: Box<dyn Fn() + Send + Sync>,
    ) -> io::Result<Self> {
        let terminal = ratatui::try_init()?;
        // On a panic: bracketed paste off (so the shell does not receive wrapped pastes), raw
        // mode off and the main screen back, the case's save finished, then one short line in
        // the user's language with where it happened, instead of the panic's own report.
        std::panic::set_hook(Box::new(move |info| {
            let _ = execute!(stdout(), DisableBracketedPaste);
            ratatui::restore();
            before();
            let crashed = crashed
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone();
            let at = info
                .location()
                .map(|l| format!(" ({}:{})", l.file(), l.line()))
                .unwrap_or_default();
            eprintln!("{crashed}{at}");
        }));
        // The legacy Windows console has no bracketed paste; a paste arrives as keys there.
        let _ = execute!(stdout(), EnableBracketedPaste);
        Ok(Self { terminal })
    }
}

impl Screen {
    /// The plain view: `text` printed on the main screen as a command's output, its lines left
    /// for the terminal to wrap, so that selecting it with the mouse copies whole lines (a
    /// line broken by the wizard would paste with a break in it). Then `footer`, dimmed.
    ///
    /// # Errors
    /// When the terminal cannot be written to.
    pub fn show_plain(&mut self, text: &str, footer: &str) -> io::Result<()> {
        let mut out = stdout();
        execute!(out, LeaveAlternateScreen)?;
        // Raw mode is on: a line feed alone would not return to the left edge.
        let mut bytes = String::from("\r\n");
        for line in text.split('\n') {
            bytes.push_str(&sanitize::for_line(line));
            bytes.push_str("\r\n");
        }
        bytes.push_str("\r\n\x1b[2m");
        for line in footer.split('\n') {
            bytes.push_str(&sanitize::for_line(line));
            bytes.push_str("\r\n");
        }
        bytes.push_str("\x1b[0m");
        out.write_all(bytes.as_bytes())?;
        out.flush()
    }

    /// Back from the plain view to the wizard's screen, drawn again whole.
    ///
    /// # Errors
    /// When the terminal cannot be written to.
    pub fn leave_plain(&mut self) -> io::Result<()> {
        execute!(stdout(), EnterAlternateScreen)?;
        self.clear()
    }

    /// Clears the screen so that the next frame is sent whole, whatever the terminal shows now.
    ///
    /// # Errors
    /// When the terminal cannot be written to.
    pub fn clear(&mut self) -> io::Result<()> {
        execute!(stdout(), Clear(ClearType::All))?;
        // Both buffers emptied. (`Terminal::clear` would do it but asks the terminal for the
        // cursor position, and the input thread would take the answer.)
        self.terminal.swap_buffers();
        self.terminal.swap_buffers();
        Ok(())
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}
