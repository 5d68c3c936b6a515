//! What every text of a request is written from, resolved once, and the facts of a removal
//! route that the writer and the review both read. Its own module, so that the writers
//! (`fields`, `email`, `provider`), the review and the route that calls them do not import each
//! other in a ring.

use super::answers::{Answers, Cause, ServerType};
use super::facts::Facts;
use super::reason_text::ReasonInput;
use crate::blocklist::Entry;
use crate::blocklist::catalogue::{FieldValue, FormField, Removal, RemovalMethod, WhoMayAsk};
use crate::hosting::{self, Kind};
use crate::i18n::Lang;

/// Everything the texts are written from, resolved once.
#[derive(Clone)]
pub(super) struct Ctx<'a> {
    pub entry: &'a Entry,
    /// The sub-list the request is for (the bounce's, or the one given on the command line).
    pub sublist: Option<&'a str>,
    pub removal: &'a Removal,
    pub answers: &'a Answers,
    pub facts: &'a Facts,
    pub reason: ReasonInput<'a>,
    /// The provider's name as Japanese customers know it.
    pub provider_ja: Option<String>,
    pub lang: Lang,
}

/// The server type: as answered, else as the bounce or the cause shows it.
pub(super) fn server(answers: &Answers, facts: &Facts) -> Option<ServerType> {
    ServerType::known(answers.server).or_else(|| {
        match facts
            .provider
            .as_deref()
            .and_then(hosting::find)
            .map(|p| p.kind)
        {
            Some(Kind::Platform) => Some(ServerType::M365),
            Some(Kind::Rental) => Some(ServerType::Shared),
            _ => (answers.cause == Some(Cause::SharedServer)).then_some(ServerType::Shared),
        }
    })
}

pub(super) fn needs_ip(removal: &Removal) -> bool {
    match removal.method {
        RemovalMethod::WebForm => {
            removal.fields.is_empty() || removal.fields.iter().any(|f| f.value == FieldValue::Ip)
        }
        RemovalMethod::Email | RemovalMethod::AskProvider => true,
        RemovalMethod::Expires | RemovalMethod::None => false,
    }
}

/// Whether the block is on the sender's own organisation (Microsoft 365's tenant
/// restriction): no list to ask and no IP owner to write to; its own administrator lifts it.
#[must_use]
pub fn own_admin_lifts(removal: &Removal) -> bool {
    removal.method == RemovalMethod::None && removal.who == WhoMayAsk::ServerAdmin
}

pub(super) fn field(removal: &Removal, kind: FieldValue) -> Option<&FormField> {
    removal.fields.iter().find(|f| f.value == kind)
}

/// The list's names (English, Japanese) when it wants a role address of the IP's owner: the
/// list as the bounce names it, as every other remark names it.
pub(super) fn role_address_wanted(
    entry: &Entry,
    sublist: Option<&str>,
    removal: &Removal,
) -> Option<(String, String)> {
    (removal.who == WhoMayAsk::IpOwnerRoleAddress).then(|| {
        (
            crate::words::list_name(entry, sublist, Lang::En),
            crate::words::list_name(entry, sublist, Lang::Ja),
        )
    })
}
