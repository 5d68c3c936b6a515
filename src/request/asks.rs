//! Which questions a list's route uses: each question exists because a form field, the
//! justification, the list's own rules or the email to the provider needs its answer. The
//! wizard asks only these, and `delist request` requires only these.

use super::remark::Question;
use crate::blocklist::Entry;
use crate::blocklist::catalogue::{FieldValue, Removal, RemovalMethod, WhoMayAsk};

/// The questions the route for `entry` (and `sublist`) uses, in the order they are asked.
#[must_use]
pub fn asks(entry: &Entry, sublist: Option<&str>) -> Vec<Question> {
    let (route, _) = entry.request_route(sublist);
    let field = |v: FieldValue| route.fields.iter().any(|f| f.value == v);
    let rule = |prefix: &str| {
        route.refusals.iter().any(|r| {
            r.when
                .iter()
                .chain(&r.unless)
                .any(|f| f.starts_with(prefix))
        })
    };
    let reason = writes_reason(route);
    let server =
        reason || field(FieldValue::IpOwner) || field(FieldValue::ServerShared) || rule("server:");
    let email_route = matches!(
        route.method,
        RemovalMethod::Email | RemovalMethod::AskProvider
    );
    let mut out = Vec::new();
    let mut ask = |q: Question, yes: bool| {
        if yes {
            out.push(q);
        }
    };
    ask(
        Question::Cause,
        reason || rule("cause:") || field(FieldValue::MailType),
    );
    ask(Question::Fixes, reason || rule("fix:"));
    ask(Question::Prevention, reason);
    ask(Question::Server, server);
    ask(
        Question::IpKind,
        field(FieldValue::IpType) || rule("ip-kind:"),
    );
    // The provider's name goes into the justification and the email to the provider.
    ask(Question::Provider, server);
    // Where the list's own rules may refuse the request and send the person to their provider
    // instead (a reverse DNS to set, a submission server to use), that email needs a signature.
    let refusal_email = route
        .refusals
        .iter()
        .any(|r| super::provider::Ask::after_refusal(&r.advice, None).is_some());
    let name = field(FieldValue::Name) || email_route || server;
    // The Japanese name signs the Japanese texts (the email to the provider); the other one the
    // English. Asked together, the Japanese first, as a person writes their name.
    ask(Question::NameJa, name || refusal_email);
    ask(Question::Name, name);
    ask(Question::Email, true);
    ask(Question::Role, field(FieldValue::Role));
    ask(Question::Company, field(FieldValue::Company));
    // The company as written in Japanese signs the Japanese email to the provider: asked
    // wherever that email may be written (a shared server, or a route through the IP's owner).
    let provider_email = server
        || refusal_email
        || route.method == RemovalMethod::AskProvider
        || route.who == WhoMayAsk::NetworkOwner;
    ask(Question::CompanyJa, provider_email);
    ask(Question::Phone, field(FieldValue::Phone));
    out
}

/// Whether the request carries a justification (why, what was done, how a repeat is
/// prevented), and so needs the cause: a form with a reason field, or an email.
#[must_use]
pub fn writes_reason(removal: &Removal) -> bool {
    match removal.method {
        RemovalMethod::WebForm => {
            removal.fields.is_empty()
                || removal.fields.iter().any(|f| f.value == FieldValue::Reason)
        }
        RemovalMethod::Email | RemovalMethod::AskProvider => true,
        RemovalMethod::Expires | RemovalMethod::None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocklist::CATALOGUE;

    #[test]
    fn the_portal_and_the_checker_ask_only_for_an_address() {
        let m365 = CATALOGUE.get("microsoft-365").unwrap();
        assert_eq!(asks(m365, None), [Question::Email]);
        let spamhaus = CATALOGUE.get("spamhaus").unwrap();
        assert_eq!(asks(spamhaus, None), [Question::Email]);
        let pbl = asks(spamhaus, Some("PBL"));
        assert!(pbl.contains(&Question::IpKind) && pbl.contains(&Question::Server));
        let trend = asks(CATALOGUE.get("trendmicro-ers").unwrap(), None);
        assert!(trend.contains(&Question::Cause) && trend.contains(&Question::Role));
    }
}
