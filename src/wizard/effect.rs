//! What `update` asks the app loop to do. `update` itself never touches the terminal, the
//! clipboard, files, the clock or other programs; the loop performs these and reports back
//! with a [`super::msg::Msg`].

use std::net::{IpAddr, SocketAddr};

use crate::intake::Input;

/// One effect to perform.
#[derive(Debug)]
pub enum Effect {
    /// Leave the wizard.
    Quit,
    /// Analyse this input on the worker thread; the result comes back as `Msg::Analysed`.
    Analyse {
        /// The text version it belongs to.
        generation: u64,
        /// The input.
        input: Input,
    },
    /// Wait until the user stops typing, then send `Msg::AnalyseNow(generation)`.
    AnalyseLater {
        /// The text version to analyse.
        generation: u64,
    },
    /// Read a file the user named; answer with `Msg::FileLoaded`.
    LoadPath {
        /// The path, unquoted.
        path: String,
        /// The text to put in the box if the path is not a file (it was a paste after all).
        fallback: Option<String>,
    },
    /// Read text from the clipboard; answer with `Msg::ClipboardRead`.
    ReadClipboard,
    /// Copy text out; answer with `Msg::Copied`.
    Copy {
        /// What is copied, in the user's language ("1 Your name").
        label: String,
        /// The text.
        text: String,
    },
    /// Open a URL in the desktop's browser; answer with `Msg::Opened`.
    OpenUrl(String),
    /// Ask the blocklists' DNS zones about `ip` (the only effect that goes online, and only
    /// from its key); answer with `Msg::Checked`.
    CheckOnline {
        /// The IP.
        ip: IpAddr,
        /// Catalogue ids of the lists to ask.
        lists: Vec<String>,
        /// The DNS server to ask; the system's configuration when none.
        dns: Option<SocketAddr>,
    },
    /// Save the case (a new one gets its id and start time here); answer with
    /// `Msg::CaseSaved` the first time.
    SaveCase(Box<crate::case::Case>),
    /// Remember the person's details (an empty profile forgets them).
    SaveProfile(crate::case::profile::Profile),
    /// Look for an unfinished case to offer; answer with `Msg::Resumable`.
    FindResumable,
    /// Open a saved case by its id (or the start of it; empty: the latest); answer with
    /// `Msg::CaseLoaded`.
    LoadCase(String),
}
