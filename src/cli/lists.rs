//! `delist lists`: the catalogue, for people and for scripts.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::Common;
use crate::blocklist::CATALOGUE;
use crate::blocklist::catalogue::{Catalogue, Entry, ListStatus, Removal};
use crate::i18n::{self, Lang};
use crate::t;

/// Arguments of `delist lists`.
#[derive(Debug, Args)]
pub struct ListsArgs {
    /// Print the catalogue as JSON
    #[arg(long)]
    json: bool,
}

/// Runs `lists`.
#[must_use]
pub fn run(args: &ListsArgs, common: &Common) -> ExitCode {
    let out = if args.json {
        // The catalogue's own types serialise as the TOML reads, so scripts see the same names.
        let mut s = serde_json::to_string_pretty(&*CATALOGUE).unwrap_or_default();
        s.push('\n');
        s
    } else {
        render(&CATALOGUE, common.lang())
    };
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

/// The kebab-case name serde gives a catalogue enum (`web-form`), used in message ids.
fn tag<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The catalogue as text in the user's language.
#[must_use]
pub fn render(cat: &Catalogue, lang: Lang) -> String {
    let mut out = format!("{}\n", t!(lang, "lists-count", count = cat.entries.len()));
    for e in &cat.entries {
        out.push('\n');
        out.push_str(&entry_block(e, lang));
    }
    out
}

fn entry_block(e: &Entry, lang: Lang) -> String {
    // The catalogue's whole name (with its family of sub-lists), in Japanese where the
    // operator has a Japanese form.
    let name = match (lang, e.name_ja.as_deref()) {
        (Lang::Ja, Some(ja)) => ja,
        _ => e.name.as_str(),
    };
    let mut out = format!("{name}  [{}]\n", e.id);
    let mut line = |label: &str, value: String| {
        out.push_str(&format!("  {}: {value}\n", i18n::tr(lang, label)));
    };
    line(
        "lists-label-kind",
        i18n::tr(lang, &format!("lists-kind-{}", tag(&e.kind))),
    );
    line(
        "lists-label-operator",
        crate::words::operator_name(e, lang).to_owned(),
    );
    line(
        "lists-label-status",
        match &e.status {
            ListStatus::Active => t!(lang, "lists-status-active"),
            ListStatus::Closed { since } => t!(lang, "lists-status-closed", since = since.clone()),
        },
    );
    if let Some(url) = e.lookup_url_for(None) {
        line("lists-label-lookup", url);
    }
    if lang == Lang::Ja
        && e.lookup_url_ja.is_some()
        && let Some(url) = e.lookup_url_ja_for(None)
    {
        line("lists-label-lookup", url);
    }
    if let Some(url) = &e.help_url {
        line("lists-label-help", url.clone());
    }
    removal_lines(&e.removal, lang, &mut line);
    line(
        "lists-label-cost",
        i18n::tr(lang, &format!("lists-cost-{}", tag(&e.cost))),
    );
    if !e.sublists.is_empty() {
        let ids: Vec<&str> = e.sublists.iter().map(|s| s.id.as_str()).collect();
        line("lists-label-sublists", ids.join(", "));
    }
    if !e.unverified.is_empty() {
        let names: Vec<String> = e
            .unverified
            .iter()
            .map(|u| i18n::tr(lang, &format!("lists-unverified-{u}")))
            .collect();
        line("lists-label-unverified", names.join(", "));
    }
    let latest = e
        .sources
        .iter()
        .map(|s| s.checked.as_str())
        .max()
        .unwrap_or("");
    line(
        "lists-label-sources",
        t!(
            lang,
            "lists-sources",
            count = e.sources.len(),
            date = latest.to_owned()
        ),
    );
    out
}

fn removal_lines(r: &Removal, lang: Lang, line: &mut impl FnMut(&str, String)) {
    let method = i18n::tr(lang, &format!("lists-method-{}", tag(&r.method)));
    let url = r.url_for(None);
    line(
        "lists-label-removal",
        match url {
            Some(u) => format!("{method}: {u}"),
            None => method,
        },
    );
    if let Some(mail) = &r.email {
        line("lists-label-email", mail.clone());
    }
    line(
        "lists-label-who",
        i18n::tr(lang, &format!("lists-who-{}", tag(&r.who))),
    );
    if !r.fields.is_empty() {
        let names: Vec<&str> = r.fields.iter().map(|f| f.label.as_str()).collect();
        line(
            "lists-label-form",
            t!(
                lang,
                "lists-fields",
                count = r.fields.len(),
                names = names.join(" / ")
            ),
        );
    }
    if let Some(h) = r.expires_hours {
        line("lists-label-expires", t!(lang, "lists-hours", hours = h));
    }
    if let Some((low, high)) = r.turnaround_hours {
        line(
            "lists-label-turnaround",
            t!(lang, "lists-hours-range", low = low, high = high),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocklist::catalogue::{Cost, Kind, RemovalMethod, UNVERIFIED, WhoMayAsk};

    /// Ids built at run time from the catalogue's enums exist in both languages.
    #[test]
    fn every_id_built_at_run_time_exists() {
        let mut ids = Vec::new();
        for k in [Kind::Dnsbl, Kind::ProviderReputation, Kind::CarrierFilter] {
            ids.push(format!("lists-kind-{}", tag(&k)));
        }
        for m in [
            RemovalMethod::WebForm,
            RemovalMethod::Email,
            RemovalMethod::Expires,
            RemovalMethod::None,
            RemovalMethod::AskProvider,
        ] {
            ids.push(format!("lists-method-{}", tag(&m)));
        }
        for w in [
            WhoMayAsk::Anyone,
            WhoMayAsk::ServerAdmin,
            WhoMayAsk::IpOwnerRoleAddress,
            WhoMayAsk::NetworkOwner,
            WhoMayAsk::Recipient,
        ] {
            ids.push(format!("lists-who-{}", tag(&w)));
        }
        for c in [Cost::Free, Cost::FreeWithPaidExpress, Cost::Unknown] {
            ids.push(format!("lists-cost-{}", tag(&c)));
        }
        for u in UNVERIFIED {
            ids.push(format!("lists-unverified-{u}"));
        }
        for lang in Lang::ALL {
            for id in &ids {
                assert!(i18n::has(lang, id), "{id} missing in {}", lang.tag());
            }
        }
    }

    #[test]
    fn text_shows_every_entry_and_the_warnings() {
        for lang in Lang::ALL {
            let text = render(&CATALOGUE, lang);
            for e in &CATALOGUE.entries {
                assert!(text.contains(&format!("[{}]", e.id)), "{}", e.id);
            }
            assert!(text.contains("2024-06-05"));
            assert!(text.contains(&t!(lang, "lists-cost-free-with-paid-express")));
            assert!(
                text.contains("delist@microsoft.com") || text.contains("icloudadmin@apple.com")
            );
        }
    }
}
