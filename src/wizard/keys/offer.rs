//! When a binding is offered: a key whose action has nothing to act on (no lookup URL, no IP,
//! nothing copied yet) is neither shown in the key bar nor bound.

/// When a binding is offered: a key whose action has nothing to act on is neither shown nor
/// bound, so the key bar never promises what a key cannot do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Always.
    Always,
    /// Where a browser can be opened on the lookup URL (a desktop, and a URL).
    Desktop,
    /// When the list has an official lookup URL.
    Url,
    /// When there is an IP address to copy.
    Ip,
    /// After something was copied.
    Copied,
    /// When the message to the hosting provider is written.
    Email,
    /// When the removal form is on a web page whose address is known.
    FormPage,
    /// When there is a tenth field to copy (its key is 0).
    TenthField,
    /// When step 2 has a message for the recipient's administrator.
    AdminMessage,
    /// When step 6 should offer to fix the cause first.
    FixFirst,
    /// When a remembered profile can be forgotten (step 5).
    Profile,
    /// When the step's text shows an official web address (steps 2 and 7).
    ShownUrl,
}

/// What is there to act on now; decides the bindings with a [`When`] other than `Always`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
// Independent facts, each asked about by one condition of the key tables.
#[allow(clippy::struct_excessive_bools)]
pub struct Offer {
    /// A browser can be opened here.
    pub desktop: bool,
    /// The list has an official lookup URL.
    pub url: bool,
    /// An IP address is known (found or typed).
    pub ip: bool,
    /// Something was copied in this session.
    pub copied: bool,
    /// The message to the hosting provider is written.
    pub email: bool,
    /// The removal form's page is known (step 6).
    pub form_page: bool,
    /// Step 6 has a tenth field, copied with 0.
    pub tenth_field: bool,
    /// Step 2 has a message for the recipient's administrator.
    pub admin_message: bool,
    /// Step 6: nothing fixed and the cause unknown, so fixing first is offered.
    pub fix_first: bool,
    /// Step 5: a remembered profile is there to forget.
    pub profile: bool,
    /// Steps 2 and 7: the text shows an official web address, copied whole with `u`.
    pub shown_url: bool,
}

impl Offer {
    /// Everything available: for tests and for listing every key.
    pub const ALL: Self = Self {
        desktop: true,
        url: true,
        ip: true,
        copied: true,
        email: true,
        form_page: true,
        tenth_field: true,
        admin_message: true,
        fix_first: true,
        profile: true,
        shown_url: true,
    };

    /// Whether a binding with this condition is offered.
    #[must_use]
    pub const fn allows(self, when: When) -> bool {
        match when {
            When::Always => true,
            When::Desktop => self.desktop && self.url,
            When::Url => self.url,
            When::Ip => self.ip,
            When::Copied => self.copied,
            When::Email => self.email,
            When::FormPage => self.form_page,
            When::TenthField => self.tenth_field,
            When::AdminMessage => self.admin_message,
            When::FixFirst => self.fix_first,
            When::Profile => self.profile,
            When::ShownUrl => self.shown_url,
        }
    }
}
