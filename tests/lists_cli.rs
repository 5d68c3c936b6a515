//! `delist lists`: the catalogue as people and scripts see it, from the real binary.

mod common;

fn run(args: &[&str]) -> String {
    common::stdout_of(
        &common::delist(Some("C"))
            .args(args)
            .output()
            .expect("run delist"),
    )
}

#[test]
fn json_lists_every_entry_with_its_facts() {
    let v: serde_json::Value = serde_json::from_str(&run(&["lists", "--json"])).expect("JSON");
    let entries = v["list"].as_array().expect("list array");
    assert!(entries.len() >= 25);
    let sorbs = entries.iter().find(|e| e["id"] == "sorbs").expect("sorbs");
    assert_eq!(sorbs["status"]["state"], "closed");
    assert_eq!(sorbs["status"]["since"], "2024-06-05");
    let ers = entries
        .iter()
        .find(|e| e["id"] == "trendmicro-ers")
        .expect("ers");
    let labels: Vec<&str> = ers["removal"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "Your name",
            "Your Email",
            "Your Role",
            "Reasons for request"
        ]
    );
    assert_eq!(ers["removal"]["who"], "ip-owner-role-address");
}

#[test]
fn text_speaks_the_users_language() {
    let ja = run(&["lists", "--lang", "ja"]);
    assert!(ja.contains("解除方法"));
    assert!(ja.contains("[trendmicro-ers]"));
    assert!(ja.contains("https://servicecentral.trendmicro.com/ja-JP/ers/ip-lookup/"));
    assert!(ja.contains("2024-06-05に運用終了"));
    let en = run(&["lists", "--lang", "en"]);
    assert!(en.contains("Removal: by email"));
    assert!(en.contains("icloudadmin@apple.com"));
    assert!(en.contains("never pay for it"));
    assert!(!en.contains("{ip}"));
}

#[test]
fn japanese_lists_name_companies_by_their_japanese_names() {
    let ja = run(&["--lang", "ja", "lists"]);
    assert!(
        ja.contains("トレンドマイクロのEmail Reputation Services (ERS)  [trendmicro-ers]"),
        "{ja}"
    );
    assert!(ja.contains("トレンドマイクロ"), "{ja}");
    // No established Japanese form: the official English name stays.
    assert!(
        ja.contains("Spamhaus (SBL, CSS, XBL, PBL, DBL, ZEN)  [spamhaus]"),
        "{ja}"
    );
    let en = run(&["--lang", "en", "lists"]);
    assert!(
        en.contains("Trend Micro Email Reputation Services (ERS)  [trendmicro-ers]"),
        "{en}"
    );
    assert!(!en.contains("トレンドマイクロ"), "{en}");
}
