//! Step 2, what happened: nothing to edit, only to read; Enter goes on even when the bounce is
//! not a blocklist problem (the screen says what to do instead, and the user may know better).

use crate::wizard::effect::Effect;
use crate::wizard::keys::Action;
use crate::wizard::state::{Step, Wizard};

/// A key from the step's table.
pub fn act(w: &mut Wizard, action: Action) -> Option<Effect> {
    match action {
        Action::Next => w.go(Step::Ip),
        Action::Back => w.go(Step::Paste),
        _ => {}
    }
    None
}
