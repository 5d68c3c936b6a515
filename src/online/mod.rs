//! The online check (`delist check`, the wizard's 「今すぐオンラインで確認」): asks the
//! catalogue's DNSBL zones whether they list one IP. Nothing here runs unless the user asked
//! for it by that command or key; everything else in delist stays offline.
//!
//! A layer above [`crate::blocklist`] (whose `[list.check]` facts say what to ask and how
//! answers read) and below `cli` and `wizard`, which show the [`Report`].
//! - [`plan`]: which lists and zones to ask, and the query names (pure);
//! - [`answer`]: what an answer means: listed and which sub-list, not listed, refused (pure);
//! - `resolve`: the DNS queries with hickory-resolver, in parallel under one time limit (the
//!   only file that touches the network);
//! - [`stamp`]: RFC 3339 times for `asked_at`;
//! - [`words`]: what a result means and what to do, in the user's language.

pub mod answer;
pub mod plan;
mod resolve;
pub mod stamp;
pub mod words;

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, SystemTime};

pub use answer::Answer;
pub use plan::{Planned, Skip};

use crate::blocklist::Entry;

/// The time limit for the whole check when none is given.
pub const DEFAULT_LIMIT: Duration = Duration::from_secs(3);

/// How to ask.
#[derive(Clone, Debug)]
pub struct Settings {
    /// A DNS server to ask instead of the system's configuration (the user's own resolver,
    /// or a test server).
    pub dns: Option<SocketAddr>,
    /// The limit for the whole check; zones that have not answered by then are `timeout`.
    pub limit: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            dns: None,
            limit: DEFAULT_LIMIT,
        }
    }
}

/// What one zone (or one list with no zone) said.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The catalogue id.
    pub list: String,
    /// The zone asked; none when nothing was asked.
    pub zone: Option<String>,
    /// The answer, read.
    pub answer: Answer,
    /// The TXT record's text, when the zone gave one.
    pub reason: Option<String>,
    /// When the question was sent; none when nothing was asked.
    pub asked_at: Option<SystemTime>,
}

/// The whole check.
#[derive(Clone, Debug)]
pub struct Report {
    /// The IP asked about.
    pub ip: IpAddr,
    /// The DNS servers asked.
    pub servers: Vec<SocketAddr>,
    /// Whether they come from the system's configuration (else from `--dns`).
    pub system: bool,
    /// One outcome per zone, or per list with no zone, in catalogue order.
    pub outcomes: Vec<Outcome>,
}

/// What the check as a whole found, for the exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Summary {
    /// Every zone answered and none lists the IP.
    Clean,
    /// At least one zone lists the IP (whatever the others did).
    Listed,
    /// No zone lists the IP, but at least one gave no answer (refused, timeout, error).
    Unanswered,
}

/// Why the check could not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetupError {
    /// The system's resolver configuration could not be read or names no server.
    NoServers(String),
    /// The runtime for the queries could not be built.
    Runtime(String),
}

impl Report {
    /// When the first query went out (RFC 3339), or empty when none did: the time a report
    /// quotes ("checked at 14:05").
    #[must_use]
    pub fn asked_at(&self) -> String {
        self.outcomes
            .iter()
            .filter_map(|o| o.asked_at)
            .min()
            .map(stamp::rfc3339)
            .unwrap_or_default()
    }

    /// The summary the exit status follows: a listing wins over an unanswered zone, since it
    /// is a fact to act on whatever the other zones did.
    #[must_use]
    pub fn summary(&self) -> Summary {
        if self
            .outcomes
            .iter()
            .any(|o| matches!(o.answer, Answer::Listed { .. }))
        {
            Summary::Listed
        } else if self.outcomes.iter().any(|o| o.answer.unanswered()) {
            Summary::Unanswered
        } else {
            Summary::Clean
        }
    }

    /// Whether every query asked failed (timeouts and refusals aside): offline behind a local
    /// stub resolver, or a DNS server that answers nothing but errors.
    #[must_use]
    pub fn all_failed(&self) -> bool {
        let mut asked = self.outcomes.iter().filter(|o| o.zone.is_some()).peekable();
        asked.peek().is_some() && asked.all(|o| matches!(o.answer, Answer::Error { .. }))
    }

    /// Whether no server could be reached for any query: the machine looks offline.
    #[must_use]
    pub fn unreachable(&self) -> bool {
        let mut asked = self.outcomes.iter().filter(|o| o.zone.is_some()).peekable();
        asked.peek().is_some()
            && asked.all(|o| {
                matches!(
                    o.answer,
                    Answer::Error {
                        unreachable: true,
                        ..
                    }
                )
            })
    }
}

/// Asks every planned zone about `ip` and reads the answers. Blocks for at most about
/// `settings.limit`.
pub fn check(ip: IpAddr, lists: &[&Entry], settings: &Settings) -> Result<Report, SetupError> {
    let planned = plan::plan(ip, lists);
    let names: Vec<String> = planned
        .iter()
        .filter_map(|p| match p {
            Planned::Ask { name, .. } => Some(name.clone()),
            Planned::Skip { .. } => None,
        })
        .collect();
    let asked = resolve::ask(&names, settings)?;
    let mut raw = asked.answers.into_iter();
    let outcomes = planned
        .into_iter()
        .map(|p| match p {
            Planned::Ask {
                entry,
                zone,
                zone_sublist,
                ..
            } => {
                let got = raw.next().unwrap_or_default();
                let check = entry.check.clone().unwrap_or_default();
                Outcome {
                    list: entry.id.clone(),
                    answer: answer::read(&check, zone_sublist.as_deref(), &got.a),
                    reason: got.txt,
                    zone: Some(zone),
                    asked_at: Some(got.asked_at),
                }
            }
            Planned::Skip { entry, why } => Outcome {
                list: entry.id.clone(),
                zone: None,
                answer: Answer::NoZone(why),
                reason: None,
                asked_at: None,
            },
        })
        .collect();
    Ok(Report {
        ip,
        servers: asked.servers,
        system: settings.dns.is_none(),
        outcomes,
    })
}

/// Reads a DNS server given as `ADDR:PORT`, `[V6]:PORT` or a bare address (port 53).
pub fn parse_dns(text: &str) -> Result<SocketAddr, String> {
    let text = text.trim();
    text.parse::<SocketAddr>()
        .or_else(|_| text.parse::<IpAddr>().map(|ip| SocketAddr::new(ip, 53)))
        .map_err(|_| format!("not a DNS server address: {text:?} (use ADDR:PORT)"))
}

/// Reads a time limit in seconds (`3`, `0.5`), between a tenth of a second and a minute.
pub fn parse_limit(text: &str) -> Result<Duration, String> {
    match text.trim().parse::<f64>() {
        Ok(s) if (0.1..=60.0).contains(&s) => Ok(Duration::from_secs_f64(s)),
        _ => Err(format!(
            "not a time limit: {text:?} (seconds, from 0.1 to 60)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_servers_and_limits() {
        assert_eq!(parse_dns("127.0.0.1:5353").unwrap().port(), 5353);
        assert_eq!(parse_dns("192.0.2.53").unwrap().port(), 53);
        assert_eq!(parse_dns("[::1]:53").unwrap().port(), 53);
        assert!(parse_dns("resolver.example").is_err());
        assert_eq!(parse_limit("0.5").unwrap(), Duration::from_millis(500));
        assert!(parse_limit("0").is_err() && parse_limit("x").is_err());
    }
}
