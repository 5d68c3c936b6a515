//! The person's details remembered from one case to the next ([`crate::case::profile`]): put
//! into the form of a new case, shown as remembered (never passed off as a fresh answer), and
//! forgotten on request (Ctrl+D on the form). Remembered once the user goes on past the form.

use super::effect::Effect;
use super::state::{Step, Tone, Wizard};
use crate::case::profile::Profile;
use crate::request::Question;
use crate::t;

/// The form's contact answers as a profile.
#[must_use]
pub fn current(w: &Wizard) -> Profile {
    let f = &w.form;
    Profile {
        name: f.name.value().trim().to_owned(),
        name_ja: f.name_ja.value().trim().to_owned(),
        email: f.email.value().trim().to_owned(),
        role: w.draft.answers.contact.role.clone(),
        company: f.company.value().trim().to_owned(),
        company_ja: f.company_ja.value().trim().to_owned(),
        phone: f.phone.value().trim().to_owned(),
    }
}

fn value(p: &Profile, q: Question) -> &str {
    match q {
        Question::Name => &p.name,
        Question::NameJa => &p.name_ja,
        Question::Email => &p.email,
        Question::Role => &p.role,
        Question::Company => &p.company,
        Question::CompanyJa => &p.company_ja,
        Question::Phone => &p.phone,
        _ => "",
    }
}

const CONTACT: [Question; 7] = [
    Question::Name,
    Question::NameJa,
    Question::Email,
    Question::Role,
    Question::CompanyJa,
    Question::Company,
    Question::Phone,
];

/// On the form of a case that has no contact answers yet, the remembered ones, marked as such.
pub fn prefill(w: &mut Wizard) {
    if w.form.profile_offered || w.profile.is_empty() || !current(w).is_empty() {
        return;
    }
    w.form.profile_offered = true;
    let p = w.profile.clone();
    for q in CONTACT {
        let v = value(&p, q);
        if v.is_empty() {
            continue;
        }
        if q == Question::Role {
            v.clone_into(&mut w.draft.answers.contact.role);
        } else if let Some(line) = w.form.line_mut(q) {
            *line = super::line_edit::LineEdit::new(v);
        }
        w.form.prefilled.insert(q);
    }
    w.form.sync(&mut w.draft.answers);
    if !w.form.prefilled.is_empty() {
        w.notify(Tone::Info, t!(w.lang, "wizard-profile-prefilled"));
    }
}

/// A remembered value the user changed is theirs now: no longer marked as remembered.
pub fn prune(w: &mut Wizard) {
    if w.form.prefilled.is_empty() {
        return;
    }
    let now = current(w);
    let p = &w.profile;
    w.form.prefilled.retain(|q| value(&now, *q) == value(p, *q));
}

/// Whether a remembered profile can be forgotten here (the key is offered).
#[must_use]
pub fn can_forget(w: &Wizard) -> bool {
    !w.profile.is_empty() || !w.form.prefilled.is_empty()
}

/// Ctrl+D: the remembered values leave the form and the profile is forgotten.
pub fn forget(w: &mut Wizard) -> Option<Effect> {
    for q in std::mem::take(&mut w.form.prefilled) {
        if q == Question::Role {
            w.draft.answers.contact.role.clear();
        } else if let Some(line) = w.form.line_mut(q) {
            *line = super::line_edit::LineEdit::default();
        }
    }
    w.form.sync(&mut w.draft.answers);
    w.profile = Profile::default();
    w.notify(Tone::Done, t!(w.lang, "wizard-profile-forgotten"));
    Some(Effect::SaveProfile(Profile::default()))
}

/// Once the user has gone on past the form: remember what they gave, if it changed.
pub fn due(w: &mut Wizard) -> Option<Effect> {
    if w.step <= Step::Form {
        return None;
    }
    let now = current(w);
    if now.is_empty() || now == w.profile {
        return None;
    }
    w.profile = now.clone();
    Some(Effect::SaveProfile(now))
}
