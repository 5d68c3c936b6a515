//! Answers that cannot both be true, in one table: `delist request` refuses them (exit 2, a
//! message naming both answers) and the wizard greys the second out, saying why. A request built
//! from contradictory answers would put a false sentence under the user's name.
//!
//! Also the answer facts the catalogue's refusal rules are written in (`cause:dynamic-ip`,
//! `server:own|cloud`, `fix:set-ptr`, `ip-kind:static`).

use super::answers::{Answers, Cause, Fix, IpKind, ServerType};
use super::remark::{Question, Remark};

/// One answer the questionnaire records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Why it happened.
    Cause(Cause),
    /// A fix ticked as done.
    Fix(Fix),
    /// Where the mail is sent from.
    Server(ServerType),
    /// Whether the IP is static.
    IpKind(IpKind),
}

impl Answer {
    /// The question it answers.
    #[must_use]
    pub const fn question(self) -> Question {
        match self {
            Self::Cause(_) => Question::Cause,
            Self::Fix(_) => Question::Fixes,
            Self::Server(_) => Question::Server,
            Self::IpKind(_) => Question::IpKind,
        }
    }

    /// The choice's stable id (`dynamic-ip`).
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Cause(c) => c.id(),
            Self::Fix(f) => f.id(),
            Self::Server(s) => s.id(),
            Self::IpKind(k) => k.id(),
        }
    }

    /// The Fluent id of the choice's label in the questionnaire.
    #[must_use]
    pub fn label_id(self) -> String {
        match self {
            Self::Cause(c) => c.label_id(),
            Self::Fix(f) => f.label_id(),
            Self::Server(s) => s.label_id(),
            Self::IpKind(k) => k.label_id(),
        }
    }

    /// Whether `answers` holds this answer.
    #[must_use]
    pub fn given(self, answers: &Answers) -> bool {
        match self {
            Self::Cause(c) => answers.cause == Some(c),
            Self::Fix(f) => answers.fixes.contains(&f),
            Self::Server(s) => answers.server == Some(s),
            Self::IpKind(k) => answers.ip_kind == Some(k),
        }
    }
}

/// Two answers that cannot both be true, and why (the key of `request-rule-<why>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// One answer.
    pub a: Answer,
    /// The other.
    pub b: Answer,
    /// Why they clash: `request-rule-<why>` in the locales.
    pub why: &'static str,
}

const fn rule(a: Answer, b: Answer, why: &'static str) -> Rule {
    Rule { a, b, why }
}

use Answer::{Cause as C, Fix as F, IpKind as K, Server as S};

/// Every contradiction. Read each row as "a and b cannot both be true, because why".
pub const RULES: &[Rule] = &[
    // A dynamic office line: its reverse DNS belongs to the line's ISP, and a PTR does not make
    // a changing address a mail server's.
    rule(C(Cause::DynamicIp), F(Fix::SetPtr), "dynamic-ptr"),
    rule(C(Cause::DynamicIp), K(IpKind::Static), "dynamic-static"),
    // Sending straight from the office line is the office's own server, not someone else's.
    rule(
        C(Cause::DynamicIp),
        S(ServerType::Shared),
        "dynamic-not-own",
    ),
    rule(C(Cause::DynamicIp), S(ServerType::M365), "dynamic-not-own"),
    rule(
        C(Cause::DynamicIp),
        S(ServerType::Google),
        "dynamic-not-own",
    ),
    // A neighbour on a shared server needs a shared server.
    rule(
        C(Cause::SharedServer),
        S(ServerType::Own),
        "shared-not-shared",
    ),
    rule(
        C(Cause::SharedServer),
        S(ServerType::Cloud),
        "shared-not-shared",
    ),
    // A customer of a shared server or a mail platform sets neither its PTR nor its relay.
    rule(C(Cause::SharedServer), F(Fix::SetPtr), "shared-ptr"),
    rule(C(Cause::SharedServer), F(Fix::ClosedRelay), "shared-relay"),
    rule(S(ServerType::Shared), F(Fix::SetPtr), "shared-ptr"),
    rule(S(ServerType::Shared), F(Fix::ClosedRelay), "shared-relay"),
    rule(S(ServerType::M365), F(Fix::SetPtr), "platform-fix"),
    rule(S(ServerType::M365), F(Fix::ClosedRelay), "platform-fix"),
    rule(S(ServerType::Google), F(Fix::SetPtr), "platform-fix"),
    rule(S(ServerType::Google), F(Fix::ClosedRelay), "platform-fix"),
    // The relay and the PTR of a server someone else runs are not the office's to get wrong.
    rule(
        C(Cause::OpenRelay),
        S(ServerType::Shared),
        "relay-not-yours",
    ),
    rule(C(Cause::OpenRelay), S(ServerType::M365), "relay-not-yours"),
    rule(
        C(Cause::OpenRelay),
        S(ServerType::Google),
        "relay-not-yours",
    ),
    rule(C(Cause::NoPtr), S(ServerType::M365), "platform-ptr"),
    rule(C(Cause::NoPtr), S(ServerType::Google), "platform-ptr"),
    // An IP the user says changes is not a fixed one they were given.
    rule(C(Cause::NewIp), K(IpKind::Dynamic), "new-ip-dynamic"),
];

/// The rule that forbids `candidate` next to what `answers` already holds, if any: the wizard
/// shows such an option greyed out with the rule's reason.
#[must_use]
pub fn forbids(answers: &Answers, candidate: Answer) -> Option<&'static Rule> {
    RULES.iter().find(|r| {
        (r.a == candidate && r.b.given(answers)) || (r.b == candidate && r.a.given(answers))
    })
}

/// Every pair of answers in `answers` that cannot both be true.
#[must_use]
pub fn clashes(answers: &Answers) -> Vec<&'static Rule> {
    RULES
        .iter()
        .filter(|r| r.a.given(answers) && r.b.given(answers))
        .collect()
}

/// The remark for a clash: about the second answer, naming both by flag, id and label.
#[must_use]
pub fn remark(rule: &Rule) -> Remark {
    Remark::new(
        rule.b.question(),
        "request-invalid-clash",
        &[
            ("a_flag", rule.a.question().flag()),
            ("a", rule.a.id()),
            ("a_label_id", &rule.a.label_id()),
            ("b_flag", rule.b.question().flag()),
            ("b", rule.b.id()),
            ("b_label_id", &rule.b.label_id()),
            ("why_id", &rule.why_id()),
        ],
    )
}

impl Rule {
    /// The Fluent id of why the two answers clash.
    #[must_use]
    pub fn why_id(&self) -> String {
        format!("request-rule-{}", self.why)
    }
}

/// Whether a fact written as the catalogue's refusal rules write it holds for `answers`:
/// `cause:<id>`, `fix:<id>`, `server:<id>` or `ip-kind:<id>`; several ids joined by `|` hold
/// when any does. `None` for a fact that does not parse (the catalogue test catches it).
#[must_use]
pub fn holds(answers: &Answers, fact: &str) -> Option<bool> {
    let (question, ids) = fact.split_once(':')?;
    let mut any = false;
    for id in ids.split('|') {
        let answer = match question.trim() {
            "cause" => Answer::Cause(Cause::from_id(id)?),
            "fix" => Answer::Fix(Fix::from_id(id)?),
            "server" => Answer::Server(ServerType::from_id(id)?),
            "ip-kind" => Answer::IpKind(IpKind::from_id(id)?),
            _ => return None,
        };
        any |= answer.given(answers);
    }
    Some(any)
}

/// The question a fact is about (`server:own|cloud` → the server type), for saying which
/// answer a refusal waits for.
#[must_use]
pub fn question_of(fact: &str) -> Option<Question> {
    match fact.split_once(':')?.0.trim() {
        "cause" => Some(Question::Cause),
        "fix" => Some(Question::Fixes),
        "server" => Some(Question::Server),
        "ip-kind" => Some(Question::IpKind),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_symmetric_in_use() {
        let a = Answers {
            cause: Some(Cause::DynamicIp),
            ..Answers::default()
        };
        assert!(forbids(&a, F(Fix::SetPtr)).is_some());
        let b = Answers {
            fixes: vec![Fix::SetPtr],
            ..Answers::default()
        };
        assert!(forbids(&b, C(Cause::DynamicIp)).is_some());
        assert!(forbids(&b, C(Cause::StolenPassword)).is_none());
        let both = Answers {
            fixes: vec![Fix::SetPtr],
            ..a
        };
        assert_eq!(clashes(&both).len(), 1);
    }

    #[test]
    fn facts_parse() {
        let a = Answers {
            server: Some(ServerType::Cloud),
            ..Answers::default()
        };
        assert_eq!(holds(&a, "server:own|cloud"), Some(true));
        assert_eq!(holds(&a, "server:own"), Some(false));
        assert_eq!(holds(&a, "fix:set-ptr"), Some(false));
        assert_eq!(holds(&a, "fix:nonsense"), None);
        assert_eq!(holds(&a, "colour:red"), None);
        assert_eq!(question_of("ip-kind:static"), Some(Question::IpKind));
    }
}
