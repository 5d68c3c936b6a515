//! One module per step: what its keys do. Drawing lives in `ui`, next to it by name.

pub mod after;
pub mod copy;
pub mod form;
pub mod happened;
pub mod ip;
pub mod list;
pub mod online;
pub mod paste;
pub mod questions;
pub mod urls;

use crate::wizard::keys::{Mode, Offer};
use crate::wizard::state::{Overlay, Step, Wizard};
use crate::wizard::written;

/// What the wizard's keys do at this moment, and moving between steps: here rather than with
/// the state, because both read the request the answers make and the steps' own rules.
impl Wizard {
    /// Which key table applies now.
    #[must_use]
    pub fn mode(&self) -> Mode {
        match self.overlay {
            Some(Overlay::Help) => Mode::Help,
            Some(Overlay::ConfirmQuit) => Mode::ConfirmQuit,
            Some(Overlay::Qr) => Mode::Qr,
            Some(Overlay::Plain) => Mode::Plain,
            Some(Overlay::Resume) => Mode::Resume,
            Some(Overlay::NewCase) => Mode::NewCase,
            None => self.step_mode(),
        }
    }

    /// The key table of the step itself, whatever is drawn over it.
    #[must_use]
    pub fn step_mode(&self) -> Mode {
        match self.step {
            Step::Paste => Mode::PasteBox,
            Step::Happened if happened::ends_here(self) => Mode::HappenedEnd,
            Step::Happened => Mode::Happened,
            Step::Ip if self.ip.editing() => Mode::IpEntry,
            Step::Ip => Mode::Ip,
            Step::List => Mode::List,
            Step::Form if written::entry(self).is_none() || written::recipient_acts(self) => {
                Mode::FormNoList
            }
            Step::Form => self.form.mode(self.draft.reason.is_some()),
            // A request the list's rules refuse has no fields, nor one that goes as step 7's
            // email: no copy keys to offer.
            Step::Copy
                if written::entry(self).is_none()
                    || written::nothing_to_send(self)
                    || written::refused(self)
                    || written::via_provider(self) =>
            {
                Mode::CopyNothing
            }
            Step::Copy => Mode::Copy,
            Step::After => Mode::After,
        }
    }

    /// What the keys of this moment can act on.
    #[must_use]
    pub fn offer(&self) -> Offer {
        Offer {
            desktop: self.desktop,
            url: list::official_page(self).is_some(),
            ip: ip::chosen(self).is_some(),
            copied: self.last_copy.is_some(),
            // Writing the request costs more than a look-up: only where the key is.
            email: self.step == Step::After && written::provider_email(self).is_some(),
            form_page: self.step == Step::Copy && written::form_page(self).is_some(),
            tenth_field: self.step == Step::Copy && written::fields(self).len() >= 10,
            admin_message: self.step == Step::Happened && happened::own_filter(self),
            fix_first: self.step == Step::Copy && copy::fix_first(self),
            profile: self.step == Step::Form && crate::wizard::profile::can_forget(self),
            shown_url: matches!(self.step, Step::Happened | Step::After)
                && !urls::shown(self).is_empty(),
        }
    }

    /// Whether the step bar may tick `step`: the user has gone past it and it is complete (the
    /// IP known at step 3; at step 5 nothing left that stops the request). A step only opened
    /// is not done.
    #[must_use]
    pub fn is_done(&self, step: Step) -> bool {
        if step >= self.reached {
            return false;
        }
        match step {
            Step::Ip => ip::chosen(self).is_some(),
            Step::Form => {
                written::entry(self).is_none()
                    || written::recipient_acts(self)
                    || written::nothing_to_send(self)
                    || written::problems(self).is_empty()
            }
            _ => true,
        }
    }

    /// Moves to `step`, remembering how far the user got.
    pub fn go(&mut self, step: Step) {
        self.step = step;
        self.reached = self.reached.max(step);
        self.notice = None;
        if step == Step::Form {
            form::enter(self);
        }
    }
}
