//! The justification, in the shape operators ask for and the article used: why it happened,
//! what was done, how a repeat is prevented. Each part is one sentence built from the answers,
//! so nothing is claimed that the person did not choose; a part with nothing chosen is left out.
//! Where the IP is shared and the cause is not the office's own, the text says honestly that a
//! repeat cannot be guaranteed.

use super::answers::{Cause, Fix, Prevention, ServerType};
use super::text::{Bilingual, args, join_clauses, pair, paragraph, wrap};

/// What the justification is written from.
#[derive(Clone, Debug)]
pub struct ReasonInput<'a> {
    /// Why it happened.
    pub cause: Cause,
    /// What was done (already without repeats).
    pub fixes: &'a [Fix],
    /// How a repeat is prevented (already without repeats).
    pub prevention: &'a [Prevention],
    /// Where the mail is sent from, when known.
    pub server: Option<ServerType>,
    /// Whether other customers send from the same IP.
    pub shared: bool,
    /// The hosting provider's name in ASCII, when known.
    pub provider: Option<&'a str>,
    /// Its name as Japanese customers know it (エックスサーバー), for the translation.
    pub provider_ja: Option<&'a str>,
}

/// The arguments of a sentence: the English one names the provider in ASCII, its translation
/// by its Japanese name.
struct Args {
    server: &'static str,
    named: bool,
    en: String,
    ja: String,
}

impl ReasonInput<'_> {
    fn args(&self, name_provider: bool) -> Args {
        let en = self.provider.unwrap_or_default().to_owned();
        Args {
            server: self.server.map_or("unknown", ServerType::id),
            named: name_provider && self.provider.is_some(),
            ja: self.provider_ja.map_or_else(|| en.clone(), str::to_owned),
            en,
        }
    }
}

fn with(id: &str, a: &Args) -> Bilingual {
    let one = |provider: &str| {
        args(&[
            ("server", a.server),
            ("named", if a.named { "yes" } else { "no" }),
            ("provider", provider),
        ])
    };
    Bilingual {
        en: pair(id, &one(&a.en)).en,
        ja: pair(id, &one(&a.ja)).ja,
    }
}

/// The "why" sentence.
#[must_use]
pub fn why(input: &ReasonInput<'_>) -> Bilingual {
    with(
        &format!("request-text-why-{}", input.cause.id()),
        &input.args(true),
    )
}

/// Whether the text should say a repeat cannot be guaranteed: only on a shared IP, and only
/// when the cause was not the office's own (a stolen password is theirs to stop).
const fn cannot_guarantee(input: &ReasonInput<'_>) -> bool {
    input.shared && !input.cause.is_own()
}

/// The "what was done" sentence: the fixes ticked. Without any, only what the server type
/// makes true (a shared server's settings are not ours); otherwise nothing is said, since
/// nothing ticked is not "nothing done".
#[must_use]
pub fn done(input: &ReasonInput<'_>, fixes: &[Fix]) -> Option<Bilingual> {
    if fixes.is_empty() {
        return cannot_guarantee(input)
            .then(|| with("request-text-nofix-shared", &input.args(false)));
    }
    // The provider is named once: in the "why" sentence when that one speaks of the server.
    let a = input.args(input.cause != Cause::SharedServer);
    let phrases: Vec<Bilingual> = fixes
        .iter()
        .map(|f| with(&format!("request-text-fix-{}", f.id()), &a))
        .collect();
    Some(wrap(
        "request-text-fixed",
        "list",
        &join_clauses(&phrases),
        &[],
    ))
}

/// The "how a repeat is prevented" sentence: the steps chosen; without any, only the shared
/// server's honest "cannot guarantee" where it applies.
#[must_use]
pub fn prevent(input: &ReasonInput<'_>, prevention: &[Prevention]) -> Option<Bilingual> {
    let shared = cannot_guarantee(input);
    if prevention.is_empty() {
        return shared.then(|| pair("request-text-prevent-shared-none", &args(&[])));
    }
    let a = input.args(false);
    let phrases: Vec<Bilingual> = prevention
        .iter()
        .map(|p| with(&format!("request-text-prevention-{}", p.id()), &a))
        .collect();
    let id = if shared {
        "request-text-prevent-shared"
    } else {
        "request-text-prevent"
    };
    Some(wrap(id, "list", &join_clauses(&phrases), &[]))
}

/// The sentences of the justification, shortened until the English fits `max_len` graphemes:
/// first the closing thanks goes, then prevention steps from the end, then fixes from the end
/// (never the last one), then the provider's name. `None` when even the shortest form does not
/// fit.
#[must_use]
pub fn sentences(input: &ReasonInput<'_>, max_len: Option<usize>) -> Option<Vec<Bilingual>> {
    shortened(input, max_len).or_else(|| {
        input.provider?;
        let unnamed = ReasonInput {
            provider: None,
            provider_ja: None,
            ..input.clone()
        };
        shortened(&unnamed, max_len)
    })
}

fn shortened(input: &ReasonInput<'_>, max_len: Option<usize>) -> Option<Vec<Bilingual>> {
    let fits = |s: &[Bilingual]| max_len.is_none_or(|m| paragraph(s).en_len() <= m);
    let why = why(input);
    let body = |fixes: usize, prevention: usize| -> Vec<Bilingual> {
        std::iter::once(why.clone())
            .chain(done(input, &input.fixes[..fixes]))
            .chain(prevent(input, &input.prevention[..prevention]))
            .collect()
    };
    let mut fixes = input.fixes.len();
    let mut prevention = input.prevention.len();
    let mut full = body(fixes, prevention);
    full.push(pair("request-text-closing", &args(&[])));
    if fits(&full) {
        return Some(full);
    }
    loop {
        let s = body(fixes, prevention);
        if fits(&s) {
            return Some(s);
        }
        if prevention > 0 {
            prevention -= 1;
        } else if fixes > 1 {
            fixes -= 1;
        } else {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(cause: Cause, fixes: &'a [Fix], prevention: &'a [Prevention]) -> ReasonInput<'a> {
        ReasonInput {
            cause,
            fixes,
            prevention,
            server: Some(ServerType::Shared),
            shared: true,
            provider: Some("Xserver"),
            provider_ja: Some("エックスサーバー"),
        }
    }

    #[test]
    fn three_parts_and_a_closing() {
        let s = sentences(
            &input(Cause::SharedServer, &[Fix::AskedProvider], &[]),
            None,
        )
        .unwrap();
        assert_eq!(s.len(), 4, "why, done, cannot guarantee, closing");
        let p = paragraph(&s);
        assert!(p.en.contains("Xserver"), "{}", p.en);
        assert!(p.en.contains("cannot promise"), "{}", p.en);
        // The provider is named once, not again in the fix.
        assert_eq!(p.en.matches("Xserver").count(), 1, "{}", p.en);
        assert!(p.ja.contains("再発しないとはお約束できません"), "{}", p.ja);
    }

    #[test]
    fn shortened_to_fit_and_none_when_impossible() {
        let fixes = Fix::ALL;
        let prev = Prevention::ALL;
        let long = sentences(&input(Cause::StolenPassword, fixes, prev), None).unwrap();
        let full_len = paragraph(&long).en_len();
        let short = sentences(
            &input(Cause::StolenPassword, fixes, prev),
            Some(full_len / 2),
        )
        .unwrap();
        assert!(paragraph(&short).en_len() <= full_len / 2);
        assert!(short.len() >= 2);
        assert!(sentences(&input(Cause::StolenPassword, fixes, prev), Some(20)).is_none());
    }
}
