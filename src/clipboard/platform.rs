//! What differs between platforms for the system clipboard: whether another program taking
//! the clipboard can be seen, holding a copy, and whether a copy outlives the program.

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
mod imp {
    use crate::clipboard::Survival;

    /// X11 reports when another program takes the selection; Wayland (arboard's data-control
    /// path) serves in the background and does not.
    pub fn can_see_takeover() -> bool {
        std::env::var_os("WAYLAND_DISPLAY").is_none_or(|v| v.is_empty())
    }

    /// Sets the text and serves it until another program takes the selection or `deadline`.
    pub fn set_and_wait(
        clipboard: &mut arboard::Clipboard,
        text: String,
        deadline: std::time::Instant,
    ) -> Result<(), arboard::Error> {
        use arboard::SetExtLinux;
        clipboard.set().wait_until(deadline).text(text)
    }

    /// An X11 clipboard manager owns the `CLIPBOARD_MANAGER` selection; arboard's drop hands
    /// the text to it. Without one the text dies with this process. Wayland managers cannot be
    /// seen from here.
    pub fn platform_survival() -> Survival {
        if x11_manager_running() {
            Survival::Survives
        } else if std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty()) {
            Survival::MayBeLost
        } else {
            Survival::Lost
        }
    }

    fn x11_manager_running() -> bool {
        use x11rb::protocol::xproto::ConnectionExt as _;
        let Ok((conn, _)) = x11rb::connect(None) else {
            return false;
        };
        let atom = conn
            .intern_atom(true, b"CLIPBOARD_MANAGER")
            .ok()
            .and_then(|c| c.reply().ok())
            .map_or(0, |r| r.atom);
        atom != 0
            && conn
                .get_selection_owner(atom)
                .ok()
                .and_then(|c| c.reply().ok())
                .is_some_and(|r| r.owner != 0)
    }
}

#[cfg(not(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
)))]
mod imp {
    use crate::clipboard::Survival;

    /// The OS keeps the clipboard; there is nothing to watch.
    pub fn can_see_takeover() -> bool {
        false
    }

    /// Sets the text; the OS keeps it, so there is nothing to wait for.
    pub fn set_and_wait(
        clipboard: &mut arboard::Clipboard,
        text: String,
        _deadline: std::time::Instant,
    ) -> Result<(), arboard::Error> {
        clipboard.set_text(text)
    }

    /// macOS and Windows keep the clipboard after the program exits.
    pub fn platform_survival() -> Survival {
        Survival::Survives
    }
}

pub use imp::{can_see_takeover, platform_survival, set_and_wait};
