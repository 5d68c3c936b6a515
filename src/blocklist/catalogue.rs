//! The catalogue of blocklists and provider blocks: facts loaded from the embedded
//! `assets/blocklists.toml`. Facts only; the words users read about an entry live in
//! `locales/*/entry.ftl`, keyed by the entry id.

use serde::{Deserialize, Serialize};

pub use super::dnsbl::{Check, Code};
pub use super::removal::{FieldValue, FormField, Refusal, Removal, RemovalMethod, WhoMayAsk};
pub use super::vocabulary::{CAUSES, CONDITIONS, FIXES, MEANINGS, UNVERIFIED};

/// Every entry of the catalogue.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Catalogue {
    /// The entries, in the file's order.
    #[serde(rename = "list")]
    #[serde(default)]
    pub entries: Vec<Entry>,
}

/// What sort of block an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A DNS blocklist that many receivers query.
    Dnsbl,
    /// A mailbox provider's or gateway vendor's own reputation system.
    ProviderReputation,
    /// A mobile carrier's or ISP's receiving filter.
    CarrierFilter,
}

/// What a list holds: the sending IP, or a domain named in the mail (its links or its sender).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Listed {
    /// The IP address that sent the mail.
    #[default]
    Ip,
    /// A domain in the mail: removal is asked for that domain, not for the IP.
    Domain,
}

/// Whether the list still operates.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum ListStatus {
    /// In service.
    Active,
    /// Shut down; nothing to request.
    Closed {
        /// ISO date it closed (`2024-06-05`).
        since: String,
    },
}

/// A sub-list (Spamhaus SBL, Trend Micro QIL) with its own meaning and, sometimes, its own route.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Sublist {
    /// Short id as bounces name it (`QIL`, `PBL`).
    pub id: String,
    /// The sub-list's full name (`Quick IP List`).
    #[serde(default)]
    pub name: Option<String>,
    /// What it lists, in a factual phrase.
    #[serde(default)]
    pub note: Option<String>,
    /// What a listing here says about the IP, when it is not what the entry's kind says (ids
    /// from [`MEANINGS`]: a dynamic range is no spam listing).
    #[serde(default)]
    pub means: Option<String>,
    /// Typical causes of this sub-list's listings (ids from [`CAUSES`]), when they differ.
    #[serde(default)]
    pub causes: Vec<String>,
    /// The first fix for this sub-list (ids from [`FIXES`]), when it differs.
    #[serde(default)]
    pub first_fix: Vec<String>,
    /// Facts about this sub-list the sources could not confirm (ids from [`UNVERIFIED`]).
    #[serde(default)]
    pub unverified: Vec<String>,
    /// What this sub-list holds, when it differs from the entry's (Spamhaus DBL: domains).
    #[serde(default)]
    pub listed: Option<Listed>,
    /// DNS zones of this sub-list.
    #[serde(default)]
    pub zones: Vec<String>,
    /// Regular expressions (case-insensitive) that name this sub-list in a bounce.
    #[serde(default)]
    pub markers: Vec<String>,
    /// A route that differs from the entry's.
    #[serde(default)]
    pub removal: Option<Removal>,
}

/// Cost of removal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cost {
    /// Free.
    Free,
    /// Free, but a paid "express" removal is offered: never needed, warn the user.
    FreeWithPaidExpress,
    /// Not stated anywhere.
    Unknown,
}

/// A source of the facts, with the date it was checked.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Source {
    /// Address or citation.
    pub url: String,
    /// ISO date the fact was checked against this source.
    pub checked: String,
    /// False for third-party pages (blogs, how-tos), weaker evidence than the operator's own.
    #[serde(default = "super::removal::yes")]
    pub official: bool,
    /// The date the stored copy of the page carries (snapshot or publication date), when known.
    #[serde(default)]
    pub copy_date: Option<String>,
    /// Which facts this source supports.
    #[serde(default)]
    pub about: Option<String>,
}

/// One blocklist or provider block.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Entry {
    /// Stable id (`trendmicro-ers`).
    pub id: String,
    /// Display name (`Trend Micro Email Reputation Services`).
    pub name: String,
    /// The name in Japanese text, where the operator has an established Japanese form: the
    /// company's official Japanese name with the product as its Japanese pages write it
    /// (`トレンドマイクロのEmail Reputation Services (ERS)`). None keeps `name`.
    #[serde(default)]
    pub name_ja: Option<String>,
    /// Who runs it.
    pub operator: String,
    /// The operator's official Japanese name, where it has one (`トレンドマイクロ`), for
    /// Japanese text. None keeps `operator`.
    #[serde(default)]
    pub operator_ja: Option<String>,
    /// What sort of block it is.
    pub kind: Kind,
    /// In service or closed.
    pub status: ListStatus,
    /// What the list holds: IPs (the default) or domains named in the mail.
    #[serde(default)]
    pub listed: Listed,
    /// DNS zones (a secret DQS key in front of a zone still matches).
    #[serde(default)]
    pub zones: Vec<String>,
    /// Regular expressions (case-insensitive) that identify the entry in a bounce.
    #[serde(default)]
    pub markers: Vec<String>,
    /// Domains that belong to the operator; a URL in a bounce outside them is suspicious.
    pub official_domains: Vec<String>,
    /// The official lookup page; `{ip}` is replaced by the IP where the page takes it.
    #[serde(default)]
    pub lookup_url: Option<String>,
    /// The lookup page in Japanese, where the operator has one.
    #[serde(default)]
    pub lookup_url_ja: Option<String>,
    /// The operator's page for senders, for an entry with no public lookup page (Google
    /// Postmaster Tools): offered as a help page, never as a place to look the IP up.
    #[serde(default)]
    pub help_url: Option<String>,
    /// Receiving host names (regular expressions) that belong to this entry's operator.
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Regular expressions that identify the entry only when one of `hosts` answered.
    #[serde(default)]
    pub host_markers: Vec<String>,
    /// Ids of lists this receiver consults: when the bounce names one of them, that one wins.
    #[serde(default)]
    pub consults: Vec<String>,
    /// What `delist check` asks in DNS and how the answers read; none for an entry with no
    /// public zone to ask.
    #[serde(default)]
    pub check: Option<Check>,
    /// How removal works.
    pub removal: Removal,
    /// Sub-lists, most specific first.
    #[serde(default)]
    pub sublists: Vec<Sublist>,
    /// Cost of removal.
    pub cost: Cost,
    /// Typical causes, as questionnaire cause ids (`shared-server`, `stolen-password`, …).
    #[serde(default)]
    pub causes: Vec<String>,
    /// What to fix first, most likely first (ids from [`FIXES`]).
    #[serde(default)]
    pub first_fix: Vec<String>,
    /// A factual remark about the entry (in the catalogue's words, not for display as is).
    #[serde(default)]
    pub note: Option<String>,
    /// Facts the sources could not confirm (ids from [`UNVERIFIED`]), shown as unverified.
    #[serde(default)]
    pub unverified: Vec<String>,
    /// Where the facts come from.
    pub sources: Vec<Source>,
}

impl Catalogue {
    /// Looks an entry up by id.
    #[must_use]
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

impl Entry {
    /// The removal route for a sub-list, falling back to the entry's.
    #[must_use]
    pub fn removal_for(&self, sublist: Option<&str>) -> &Removal {
        sublist
            .and_then(|s| self.sublists.iter().find(|x| x.id.eq_ignore_ascii_case(s)))
            .and_then(|s| s.removal.as_ref())
            .unwrap_or(&self.removal)
    }

    /// What a listing on this entry (or its sub-list) holds: the sending IP or a domain.
    #[must_use]
    pub fn listed_for(&self, sublist: Option<&str>) -> Listed {
        sublist
            .and_then(|s| self.sublists.iter().find(|x| x.id.eq_ignore_ascii_case(s)))
            .and_then(|s| s.listed)
            .unwrap_or(self.listed)
    }

    /// The route a request takes, and the sub-list's own route when that only says the listing
    /// expires by itself while the entry still takes a form: Trend Micro's QIL expires within
    /// hours, yet its form still takes requests (the seed article's case), so the form is
    /// written and the expiry given as advice.
    #[must_use]
    pub fn request_route(&self, sublist: Option<&str>) -> (&Removal, Option<&Removal>) {
        let own = self.removal_for(sublist);
        if own.method == RemovalMethod::Expires
            && !std::ptr::eq(own, &raw const self.removal)
            && self.removal.method == RemovalMethod::WebForm
        {
            (&self.removal, Some(own))
        } else {
            (own, None)
        }
    }

    /// Whether there is nothing to request: the listing expires by itself, no removal exists,
    /// or the list has shut down.
    #[must_use]
    pub fn nothing_to_request(&self, sublist: Option<&str>) -> bool {
        matches!(
            self.request_route(sublist).0.method,
            RemovalMethod::Expires | RemovalMethod::None
        ) || matches!(self.status, ListStatus::Closed { .. })
    }

    /// The lookup URL with the IP filled in where the page takes one; without an IP, the page
    /// itself (the query that would carry the IP dropped).
    #[must_use]
    pub fn lookup_url_for(&self, ip: Option<&str>) -> Option<String> {
        self.lookup_url
            .as_deref()
            .map(|url| super::fill::with_ip(url, ip))
    }

    /// The sub-list whose own zone `zone` is, when it is one.
    #[must_use]
    pub fn sublist_of_zone(&self, zone: &str) -> Option<&str> {
        self.sublists
            .iter()
            .find(|s| s.zones.iter().any(|z| z.eq_ignore_ascii_case(zone)))
            .map(|s| s.id.as_str())
    }

    /// Whether `zone` is one of the entry's zones or of its sub-lists'.
    #[must_use]
    pub fn has_zone(&self, zone: &str) -> bool {
        self.zones.iter().any(|z| z.eq_ignore_ascii_case(zone))
            || self.sublist_of_zone(zone).is_some()
    }

    /// [`Entry::lookup_url_for`] for a Japanese reader: the Japanese page where there is one.
    #[must_use]
    pub fn lookup_url_ja_for(&self, ip: Option<&str>) -> Option<String> {
        self.lookup_url_ja
            .as_deref()
            .map(|url| super::fill::with_ip(url, ip))
            .or_else(|| self.lookup_url_for(ip))
    }
}
