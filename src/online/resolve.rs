//! The DNS queries: hickory-resolver on a current-thread tokio runtime, every zone asked at
//! once, one deadline for all. The only file of delist that sends anything over the network,
//! and it runs only from [`super::check`].

use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use hickory_resolver::config::{NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::{RData, RecordType};
use hickory_resolver::{Resolver, TokioResolver};
use tokio::time::{Instant, timeout_at};

use super::answer::Raw;
use super::{Settings, SetupError};

/// What one name got.
#[derive(Clone, Debug)]
pub struct Got {
    /// The A query's result.
    pub a: Raw,
    /// The TXT record, asked only when the A query found something.
    pub txt: Option<String>,
    /// When the A query was sent.
    pub asked_at: SystemTime,
}

impl Default for Got {
    fn default() -> Self {
        Self {
            a: Raw::Timeout,
            txt: None,
            asked_at: SystemTime::now(),
        }
    }
}

/// Every answer, and the servers asked.
pub struct Asked {
    /// The DNS servers the queries went to.
    pub servers: Vec<SocketAddr>,
    /// One per name, in order.
    pub answers: Vec<Got>,
}

/// Asks every name at once; returns when all have answered or the limit has passed.
pub fn ask(names: &[String], settings: &Settings) -> Result<Asked, SetupError> {
    let (config, mut opts) = match settings.dns {
        Some(addr) => (given(addr), ResolverOpts::default()),
        None => hickory_resolver::system_conf::read_system_conf()
            .map_err(|e| SetupError::NoServers(e.to_string()))?,
    };
    let servers: Vec<SocketAddr> = config
        .name_servers()
        .iter()
        .map(|ns| {
            let port = ns.connections.first().map_or(53, |c| c.port);
            SocketAddr::new(ns.ip, port)
        })
        .collect();
    if servers.is_empty() {
        return Err(SetupError::NoServers(String::new()));
    }
    // One try per server within the limit; the deadline below is what the user waits for.
    opts.timeout = settings.limit;
    opts.attempts = 1;
    opts.use_hosts_file = ResolveHosts::Never;
    opts.max_active_requests = opts.max_active_requests.max(names.len() * 2 + 8);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SetupError::Runtime(e.to_string()))?;
    let limit = settings.limit;
    let answers = runtime.block_on(async move {
        let resolver = Resolver::builder_with_config(config, TokioRuntimeProvider::default())
            .with_options(opts)
            .build()
            .map_err(|e| SetupError::Runtime(e.to_string()))?;
        Ok::<_, SetupError>(ask_all(&resolver, names, limit).await)
    })?;
    Ok(Asked { servers, answers })
}

/// A configuration that asks only `addr`, over UDP and (for long answers) TCP.
fn given(addr: SocketAddr) -> ResolverConfig {
    let mut ns = NameServerConfig::udp_and_tcp(addr.ip());
    for c in &mut ns.connections {
        c.port = addr.port();
    }
    ResolverConfig::from_name_servers(vec![ns])
}

async fn ask_all(resolver: &TokioResolver, names: &[String], limit: Duration) -> Vec<Got> {
    let deadline = Instant::now() + limit;
    let mut set = tokio::task::JoinSet::new();
    for (i, name) in names.iter().enumerate() {
        let resolver = resolver.clone();
        let name = name.clone();
        set.spawn(async move { (i, ask_one(&resolver, &name, deadline).await) });
    }
    let mut out = vec![Got::default(); names.len()];
    // Every task ends by the deadline, so this loop does too.
    while let Some(done) = set.join_next().await {
        if let Ok((i, got)) = done
            && let Some(slot) = out.get_mut(i)
        {
            *slot = got;
        }
    }
    out
}

async fn ask_one(resolver: &TokioResolver, name: &str, deadline: Instant) -> Got {
    let asked_at = SystemTime::now();
    let a = match timeout_at(deadline, resolver.lookup(name, RecordType::A)).await {
        Err(_) => Raw::Timeout,
        Ok(Ok(lookup)) => Raw::Addresses(
            lookup
                .answers()
                .iter()
                .filter_map(|r| match &r.data {
                    RData::A(a) => Some(a.0),
                    _ => None,
                })
                .collect(),
        ),
        Ok(Err(e)) => classify(&e),
    };
    let txt = if matches!(&a, Raw::Addresses(v) if !v.is_empty()) {
        match timeout_at(deadline, resolver.lookup(name, RecordType::TXT)).await {
            Ok(Ok(lookup)) => txt_of(&lookup),
            _ => None,
        }
    } else {
        None
    };
    Got { a, txt, asked_at }
}

/// The TXT strings, joined; none when empty.
fn txt_of(lookup: &hickory_resolver::lookup::Lookup) -> Option<String> {
    let parts: Vec<String> = lookup
        .answers()
        .iter()
        .filter_map(|r| match &r.data {
            RData::TXT(t) => Some(
                t.txt_data
                    .iter()
                    .map(|s| String::from_utf8_lossy(s).into_owned())
                    .collect::<String>(),
            ),
            _ => None,
        })
        .collect();
    let text = parts.join(" | ");
    (!text.trim().is_empty()).then_some(text)
}

fn classify(e: &NetError) -> Raw {
    match e {
        NetError::Dns(
            DnsError::NoRecordsFound(_) | DnsError::ResponseCode(ResponseCode::NXDomain),
        ) => Raw::NoSuchName,
        NetError::Dns(DnsError::ResponseCode(ResponseCode::Refused)) => Raw::Refused,
        NetError::Timeout => Raw::Timeout,
        NetError::Io(_) | NetError::NoConnections => Raw::Unreachable(e.to_string()),
        _ => Raw::Failed(e.to_string()),
    }
}
