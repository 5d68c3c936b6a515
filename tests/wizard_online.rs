//! The wizard's 「今すぐオンラインで確認」 (key n on steps 4 and 7), through the app loop's own
//! effect runner, against a DNS server on loopback that the test starts (see `dns_support`):
//! nothing is asked before the key, and the result shows on the step.

mod common;
mod dns_support;
mod wizard_support;

use crossterm::event::KeyCode;
use delist::i18n::Lang;
use delist::wizard::Step;
use dns_support::Zones;
use wizard_support::Harness;

fn at(step: Step, lang: Lang) -> Harness {
    let mut h = Harness::demo_at(lang, step);
    h.w.online.dns = Some(dns_support::start(Zones::default()));
    h
}

#[test]
fn the_key_checks_the_ip_and_the_list_step_shows_the_result() {
    let mut h = at(Step::List, Lang::En);
    assert!(h.w.online.last.is_none(), "nothing is asked before the key");
    assert!(!h.seen.iter().any(|e| e == "CheckOnline"));
    let screen = h.screen(100, 40);
    assert!(
        screen.contains("Check online now"),
        "the key bar offers it:\n{screen}"
    );

    // The test point the lists define as listed, typed as the IP.
    h.w.draft.ip = Some("127.0.0.2".parse().unwrap());
    h.key(KeyCode::Char('n'));
    assert!(h.seen.iter().any(|e| e == "CheckOnline"));
    let report =
        h.w.online
            .last
            .clone()
            .expect("a result")
            .expect("the check ran");
    let spamhaus = report
        .outcomes
        .iter()
        .find(|o| o.list == "spamhaus")
        .unwrap();
    assert_eq!(spamhaus.answer.result(), "listed");
    // The list the bounce named comes first.
    assert_eq!(report.outcomes[0].list, "trendmicro-ers");

    let screen = h.screen(120, 200);
    for want in [
        "Checked online now",
        "spamhaus: listed (SBL)",
        "DNS server asked (--dns)",
    ] {
        assert!(screen.contains(want), "{want:?} missing:\n{screen}");
    }
}

#[test]
fn after_sending_the_check_speaks_japanese_and_a_clean_ip_says_so() {
    let mut h = at(Step::After, Lang::Ja);
    h.w.draft.ip = Some("127.0.0.1".parse().unwrap());
    h.key(KeyCode::Char('n'));
    let report =
        h.w.online
            .last
            .clone()
            .expect("a result")
            .expect("the check ran");
    assert!(
        report
            .outcomes
            .iter()
            .all(|o| matches!(o.answer.result(), "not-listed" | "no-zone"))
    );
    let screen = h.screen(120, 200);
    assert!(screen.contains("今オンラインで確認した結果"), "{screen}");
    assert!(screen.contains("spamhaus: 掲載なし"), "{screen}");
    assert!(
        screen.contains("すべてのリストが答え"),
        "the notice says it:\n{screen}"
    );
}
