//! The seven steps, in order, with the message ids of their titles, short names and help.

use serde::{Deserialize, Serialize};

/// The seven steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    /// 1. Paste the error mail.
    Paste,
    /// 2. What happened.
    Happened,
    /// 3. The server's IP address.
    Ip,
    /// 4. Check the list.
    List,
    /// 5. Fill in the form.
    Form,
    /// 6. Copy and send.
    Copy,
    /// 7. After sending.
    After,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Self; 7] = [
        Self::Paste,
        Self::Happened,
        Self::Ip,
        Self::List,
        Self::Form,
        Self::Copy,
        Self::After,
    ];

    /// 1 to 7, as the top line shows it.
    #[must_use]
    pub const fn number(self) -> usize {
        self as usize + 1
    }

    /// The step after this one.
    #[must_use]
    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self as usize + 1).copied()
    }

    /// The step before this one.
    #[must_use]
    pub fn prev(self) -> Option<Self> {
        (self as usize).checked_sub(1).map(|i| Self::ALL[i])
    }

    /// Fluent id of the step's title.
    #[must_use]
    pub const fn title_id(self) -> &'static str {
        match self {
            Self::Paste => "wizard-step-paste",
            Self::Happened => "wizard-step-happened",
            Self::Ip => "wizard-step-ip",
            Self::List => "wizard-step-list",
            Self::Form => "wizard-step-form",
            Self::Copy => "wizard-step-copy",
            Self::After => "wizard-step-after",
        }
    }

    /// Fluent id of the step's short name in the step bar.
    #[must_use]
    pub const fn short_id(self) -> &'static str {
        match self {
            Self::Paste => "wizard-short-paste",
            Self::Happened => "wizard-short-happened",
            Self::Ip => "wizard-short-ip",
            Self::List => "wizard-short-list",
            Self::Form => "wizard-short-form",
            Self::Copy => "wizard-short-copy",
            Self::After => "wizard-short-after",
        }
    }

    /// Fluent id of the step's help text.
    #[must_use]
    pub const fn help_id(self) -> &'static str {
        match self {
            Self::Paste => "wizard-help-paste",
            Self::Happened => "wizard-help-happened",
            Self::Ip => "wizard-help-ip",
            Self::List => "wizard-help-list",
            Self::Form => "wizard-help-form",
            Self::Copy => "wizard-help-copy",
            Self::After => "wizard-help-after",
        }
    }
}
