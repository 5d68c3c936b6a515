//! The layers run one way (docs/architecture.md): no module cycle among the top-level modules
//! or one level down, and the terminal and clipboard crates only in the top layer.
//!
//! The graph is read from the `crate::` and `super::` paths in `src/` (doc links included: a doc
//! link names a dependency too), test modules left out.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use regex::Regex;

/// The modules that may touch the terminal, the clipboard and files.
const TOP: &[&str] = &["cli", "wizard", "clipboard", "main"];

/// Crates that draw or reach the system clipboard.
const UI_CRATES: &[&str] = &["ratatui", "crossterm", "arboard"];

struct Source {
    /// The path inside `src/`, split (`["wizard", "steps", "ip.rs"]`).
    parts: Vec<String>,
    /// The text without its test module.
    text: String,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .expect("src is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every source file of the crate, test files and test modules left out.
fn sources() -> Vec<Source> {
    let root = src_dir();
    let mut files = Vec::new();
    walk(&root, &mut files);
    let test_module = Regex::new(r"(?s)#\[cfg\(test\)\]\s*(?:#\[[^\]]*\]\s*)*mod \w+\s*\{.*")
        .expect("test module pattern");
    files
        .iter()
        .filter(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            stem != "tests" && !stem.ends_with("_tests")
        })
        .map(|p| {
            let rel = p.strip_prefix(&root).expect("inside src");
            let parts = rel
                .iter()
                .map(|c| c.to_string_lossy().into_owned())
                .collect();
            let text = fs::read_to_string(p).expect("UTF-8 source");
            let text = test_module.replace(&text, "").into_owned();
            Source { parts, text }
        })
        .collect()
}

/// The module a file belongs to at `depth` (`mod.rs`, `lib.rs` and `main.rs` stand for their
/// directory).
fn module_path(parts: &[String]) -> Vec<String> {
    let mut m: Vec<String> = parts.to_vec();
    if let Some(last) = m.last_mut() {
        *last = last.trim_end_matches(".rs").to_owned();
    }
    if m.last()
        .is_some_and(|l| l == "mod" || l == "lib" || l == "main")
    {
        m.pop();
    }
    m
}

fn at_depth(path: &[String], depth: usize) -> String {
    let m: Vec<&str> = path.iter().take(depth).map(String::as_str).collect();
    if m.is_empty() {
        "crate".to_owned()
    } else {
        m.join("::")
    }
}

/// The module paths a file names.
fn targets(src: &Source) -> Vec<Vec<String>> {
    let name = r"[a-z_][a-z0-9_]*";
    let crate_path = Regex::new(&format!(r"\bcrate::({name}(?:::{name})*)")).expect("pattern");
    let crate_group = Regex::new(r"\bcrate::\{([^}]*)\}").expect("pattern");
    let super_path =
        Regex::new(&format!(r"\b((?:super::)+)({name}(?:::{name})*)")).expect("pattern");
    let super_group = Regex::new(r"\b((?:super::)+)\{([^}]*)\}").expect("pattern");
    let split = |p: &str| -> Vec<String> {
        p.split("::")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let lower = |t: &&str| t.trim().chars().next().is_some_and(char::is_lowercase);
    let mut out: Vec<Vec<String>> = Vec::new();
    for c in crate_path.captures_iter(&src.text) {
        out.push(split(&c[1]));
    }
    for c in crate_group.captures_iter(&src.text) {
        out.extend(c[1].split(',').filter(lower).map(split));
    }
    // `super::x` from `a/b/c.rs` (module a::b::c) names a::b::x; from `a/b/mod.rs` (a::b), a::x.
    let here = module_path(&src.parts);
    let up = |supers: &str| -> Vec<String> {
        let n = supers.matches("super::").count();
        here[..here.len().saturating_sub(n)].to_vec()
    };
    for c in super_path.captures_iter(&src.text) {
        let mut p = up(&c[1]);
        p.extend(split(&c[2]));
        out.push(p);
    }
    for c in super_group.captures_iter(&src.text) {
        let base = up(&c[1]);
        for t in c[2].split(',').filter(lower) {
            let mut p = base.clone();
            p.extend(split(t).into_iter().take(1));
            out.push(p);
        }
    }
    out
}

/// The module graph at `depth`: only edges to modules that exist.
fn graph(sources: &[Source], depth: usize) -> BTreeMap<String, BTreeSet<String>> {
    let known: BTreeSet<String> = sources
        .iter()
        .map(|s| at_depth(&module_path(&s.parts), depth))
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for s in sources {
        let me = at_depth(&module_path(&s.parts), depth);
        for t in targets(s) {
            let to = at_depth(&t, depth);
            if to != me && known.contains(&to) {
                edges.entry(me.clone()).or_default().insert(to);
            }
        }
    }
    edges
}

/// Every module reachable from `from`.
fn reach(edges: &BTreeMap<String, BTreeSet<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<&str> = vec![from];
    while let Some(m) = todo.pop() {
        for n in edges.get(m).into_iter().flatten() {
            if seen.insert(n.clone()) {
                todo.push(n);
            }
        }
    }
    seen
}

/// The cycles: groups of modules that reach each other.
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let reachable: BTreeMap<&String, BTreeSet<String>> =
        edges.keys().map(|m| (m, reach(edges, m))).collect();
    let mut groups: Vec<Vec<String>> = Vec::new();
    for (m, r) in &reachable {
        if !r.contains(*m) || groups.iter().any(|g| g.contains(m)) {
            continue;
        }
        let group: Vec<String> = r
            .iter()
            .filter(|o| reachable.get(o).is_some_and(|back| back.contains(*m)))
            .cloned()
            .collect();
        groups.push(group);
    }
    groups
}

fn show(edges: &BTreeMap<String, BTreeSet<String>>, group: &[String]) -> String {
    let mut lines = Vec::new();
    for a in group {
        for b in edges.get(a).into_iter().flatten() {
            if group.contains(b) {
                lines.push(format!("  {a} -> {b}"));
            }
        }
    }
    lines.join("\n")
}

#[test]
fn the_graph_is_read() {
    let edges = graph(&sources(), 2);
    let has = |a: &str, b: &str| edges.get(a).is_some_and(|s| s.contains(b));
    // A `crate::` path, a `super::` path from a file, a `super::{…}` group.
    assert!(has("diagnosis", "bounce"), "{edges:#?}");
    assert!(has("bounce::deliveries", "bounce::snippet"), "{edges:#?}");
    assert!(has("request::route", "request::ctx"), "{edges:#?}");
}

#[test]
fn no_module_cycle_at_the_top_or_one_level_down() {
    let sources = sources();
    for depth in [1, 2] {
        let edges = graph(&sources, depth);
        let found = cycles(&edges);
        assert!(
            found.is_empty(),
            "module cycles at depth {depth} (each module may use only those below it; a type \
             two siblings share gets a small module of its own):\n{}",
            found
                .iter()
                .map(|g| show(&edges, g))
                .collect::<Vec<_>>()
                .join("\n\n")
        );
    }
}

#[test]
fn terminal_and_clipboard_crates_only_in_the_top_layer() {
    let uses = Regex::new(&format!(r"\b({})::", UI_CRATES.join("|"))).expect("pattern");
    let mut wrong = Vec::new();
    for s in sources() {
        let top = module_path(&s.parts);
        let top = top.first().map_or("crate", String::as_str);
        if TOP.contains(&top) || s.parts == ["main.rs"] {
            continue;
        }
        for m in uses.find_iter(&s.text) {
            wrong.push(format!("src/{}: {}", s.parts.join("/"), m.as_str()));
        }
    }
    assert!(
        wrong.is_empty(),
        "only cli, wizard, clipboard and main may use {UI_CRATES:?}:\n{}",
        wrong.join("\n")
    );
}

/// The offline promise in the code: only `online` (the check the user asks for with `delist
/// check` or the wizard's online key) holds network code. No other module opens a socket, asks
/// DNS, or fetches anything: no telemetry, no update check. (The wizard opens a catalogue page
/// in the browser when the user presses its key; that is the browser's request, not ours.)
#[test]
fn only_the_online_check_holds_network_code() {
    let net = Regex::new(
        r"\b(TcpStream|TcpListener|UdpSocket|ToSocketAddrs|to_socket_addrs|UnixStream|hickory_\w+|tokio::net|reqwest|ureq|hyper|curl)\b",
    )
    .expect("pattern");
    let mut wrong = Vec::new();
    for s in sources() {
        if s.parts.first().is_some_and(|p| p == "online") {
            continue;
        }
        for m in net.find_iter(&s.text) {
            wrong.push(format!("src/{}: {}", s.parts.join("/"), m.as_str()));
        }
    }
    assert!(
        wrong.is_empty(),
        "network code outside src/online:\n{}",
        wrong.join("\n")
    );
}
