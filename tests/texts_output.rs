//! What people read, checked on real outputs rather than on the Fluent files alone: for every
//! fixture bounce, `analyze` and `request` in both languages leave no placeholder unfilled, a
//! Japanese line never states an English date (a date the program writes is in Japanese form; the
//! bounce's own words may be quoted as they are), and Japanese jargon is glossed the first time
//! in each text (逆引き(PTR), then 逆引き).

use std::path::{Path, PathBuf};

use words_support::{gloss_problems, problems};

mod common;
mod words_support;

fn fixtures() -> Vec<PathBuf> {
    let files = common::list_bounces();
    assert!(files.len() > 50, "too few fixtures found: {}", files.len());
    files
}

fn run(lang: &str, args: &[&str]) -> (String, Option<i32>) {
    let out = common::delist(None)
        .arg("--lang")
        .arg(lang)
        .args(args)
        .output()
        .expect("run delist");
    let mut text = String::from_utf8(out.stdout).expect("UTF-8 stdout");
    text.push_str(&String::from_utf8(out.stderr).expect("UTF-8 stderr"));
    (text, out.status.code())
}

fn request(lang: &str, bounce: &Path) -> (String, Option<i32>) {
    let file = bounce.to_str().expect("UTF-8 path");
    let args = [
        "request",
        file,
        "--cause",
        "unknown",
        "--name",
        "Yamada Taro",
        "--email",
        "postmaster@example.co.jp",
        "--role",
        "it-admin",
        "--company",
        "Example Trading",
        "--phone",
        "+81 3 1234 5678",
        "--hostname",
        "mail.example.co.jp",
    ];
    run(lang, &args)
}

#[test]
fn outputs_fill_every_placeholder_and_write_dates_in_japanese() {
    let files = fixtures();
    let texts: Vec<String> = files
        .iter()
        .map(|f| {
            String::from_utf8_lossy(&std::fs::read(f).expect("read fixture")).replace("\r\n", "\n")
        })
        .collect();
    let paths: Vec<&str> = files
        .iter()
        .map(|f| f.to_str().expect("UTF-8 path"))
        .collect();
    let mut problems_seen = Vec::new();
    let mut requests_written = 0;
    for lang in ["ja", "en"] {
        // One run reads every file; its `== PATH` headers say which text each part is about.
        let (analyzed, _) = run(lang, &[&["analyze"], paths.as_slice()].concat());
        for part in analyzed.split("== ").filter(|p| !p.is_empty()) {
            let path = part.lines().next().unwrap_or_default();
            let text = paths
                .iter()
                .position(|p| *p == path)
                .map_or("", |i| texts[i].as_str());
            for p in problems(part, text) {
                problems_seen.push(format!("analyze {path} ({lang}): {p}"));
            }
            if lang == "ja" {
                for p in gloss_problems(part, text) {
                    problems_seen.push(format!("analyze {path} ({lang}): {p}"));
                }
            }
        }
        // A process per request: run them a few at a time.
        let outputs: Vec<(String, Option<i32>)> = std::thread::scope(|s| {
            let chunk = files.len().div_ceil(4);
            let workers: Vec<_> = files
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || part.iter().map(|f| request(lang, f)).collect::<Vec<_>>())
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("worker"))
                .collect()
        });
        for ((bounce, text), (requested, code)) in files.iter().zip(&texts).zip(outputs) {
            requests_written += usize::from(code == Some(0));
            for p in problems(&requested, text) {
                problems_seen.push(format!("request {} ({lang}): {p}", bounce.display()));
            }
            if lang == "ja" {
                for p in gloss_problems(&requested, text) {
                    problems_seen.push(format!("request {} ({lang}): {p}", bounce.display()));
                }
            }
        }
    }
    assert!(
        requests_written > 40,
        "only {requests_written} requests were written: the answers given no longer suffice"
    );
    assert!(
        problems_seen.is_empty(),
        "{} problems:\n{}",
        problems_seen.len(),
        problems_seen.join("\n")
    );
}

#[test]
fn the_checks_catch_what_they_are_for() {
    let bounce = "Date: Tue, 3 Jun 2025 14:12:00 +0900\n550 sent on Tue, 3 Jun 2025";
    assert_eq!(
        problems("・発生日時: Tue, 3 Jun 2025 14:12:00 +0900", bounce).len(),
        1
    );
    assert_eq!(
        problems("応答: 550 sent on Tue, 3 Jun 2025", bounce).len(),
        0
    );
    assert_eq!(problems("6月3日 Jun 3 に送られました", bounce).len(), 1);
    assert_eq!(problems("IPアドレス {$ip} を確認", bounce).len(), 1);
    assert_eq!(
        problems("https://example.org/lookup?ip={ip}", bounce).len(),
        1
    );
    assert_eq!(
        problems("2025年6月3日(火) 14:12(日本時間)", bounce).len(),
        0
    );
}
