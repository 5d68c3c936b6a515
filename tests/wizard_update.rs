//! The wizard as a state machine: message sequences in, state and effects out. No terminal.

mod common;
mod wizard_support;

use std::io::Write;

use crossterm::event::{KeyCode, KeyModifiers};
use delist::i18n::Lang;
use delist::request::Question;
use delist::wizard::demo::DEMO_FORWARDED;
use delist::wizard::msg::Msg;
use delist::wizard::state::{Overlay, Step, Tone};
use delist::wizard::steps::paste::Source;
use delist::wizard::{Wizard, steps};
use wizard_support::{Harness, flat};

const BLOCKED: &str = "203.0.113.25";

/// The forwarded demo as a terminal delivers a paste: lines end in CR.
fn pasted_forwarded() -> String {
    DEMO_FORWARDED.replace('\n', "\r")
}

#[test]
fn a_bracketed_paste_is_analysed_and_recognised() {
    let mut h = Harness::new(Lang::Ja);
    h.paste(&pasted_forwarded());
    assert_eq!(h.w.paste.source, Source::Pasted);
    assert!(!h.w.paste.text_box.text().contains('\r'), "CR became LF");
    let a = h.w.analysis().expect("analysed");
    assert_eq!(a.listing().map(|l| l.id.as_str()), Some("trendmicro-ers"));
    assert_eq!(
        a.blocked_ip().map(|ip| ip.to_string()).as_deref(),
        Some(BLOCKED)
    );
    let screen = h.screen(80, 24);
    assert!(screen.contains("のブロックを検出"), "{screen}");
}

#[test]
fn enter_walks_every_step_and_back_keeps_everything() {
    let mut h = Harness::demo(Lang::En);
    let mut seen = vec![h.w.step];
    for _ in 0..6 {
        if h.w.step == Step::Form {
            h.answer_form();
        } else {
            h.key(KeyCode::Enter);
        }
        seen.push(h.w.step);
    }
    assert_eq!(seen, Step::ALL.to_vec());
    // Back to the IP step (on the form, Esc goes back one question at a time): type an
    // address by hand, go forward and back again.
    for _ in 0..30 {
        if h.w.step == Step::Ip {
            break;
        }
        h.key(KeyCode::Esc);
    }
    assert_eq!(h.w.step, Step::Ip);
    h.key(KeyCode::Char('e'));
    h.key_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    h.type_text("198.51.100.77");
    h.key(KeyCode::Enter);
    assert_eq!(
        h.w.draft.ip.map(|ip| ip.to_string()).as_deref(),
        Some("198.51.100.77")
    );
    h.key(KeyCode::Enter);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    assert_eq!(h.w.step, Step::Happened);
    assert_eq!(
        h.w.draft.ip.map(|ip| ip.to_string()).as_deref(),
        Some("198.51.100.77")
    );
    assert!(
        h.w.paste.text_box.text().contains("ERS-QIL"),
        "the paste is kept"
    );
    assert_eq!(
        h.w.reached,
        Step::After,
        "the step bar remembers how far the user got"
    );
}

#[test]
fn typing_pauses_before_analysing_and_stale_results_are_dropped() {
    let mut w = Wizard::new(Lang::En, 1 << 20);
    let e = delist::wizard::update(
        &mut w,
        Msg::Key(crossterm::event::KeyEvent::new(
            KeyCode::Char('x'),
            KeyModifiers::NONE,
        )),
    );
    assert!(matches!(
        e,
        Some(delist::wizard::effect::Effect::AnalyseLater { generation: 1 })
    ));
    // An analysis of an older text arrives late: it is ignored.
    let old = delist::wizard::facts::Analysis::new(
        0,
        delist::diagnosis::diagnose(&delist::intake::Input::from_bytes("x", "old", 100).unwrap()),
    );
    delist::wizard::update(&mut w, Msg::Analysed(Box::new(old)));
    assert!(w.analysis().is_none());
}

#[test]
fn key_releases_do_nothing() {
    let mut h = Harness::demo(Lang::Ja);
    h.release(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Paste);
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Happened);
}

#[test]
fn letters_type_into_the_paste_box_instead_of_quitting() {
    let mut h = Harness::new(Lang::Ja);
    h.type_text("q?1a");
    assert!(!h.quit);
    assert_eq!(h.w.overlay, None);
    assert_eq!(h.w.paste.text_box.text(), "q?1a");
}

#[test]
fn quitting_asks_first_only_when_something_would_be_lost() {
    let mut h = Harness::new(Lang::En);
    h.key_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(h.quit, "nothing to lose: quit at once");

    let mut h = Harness::demo(Lang::En);
    h.key(KeyCode::Enter);
    h.key(KeyCode::Char('q'));
    assert_eq!(h.w.overlay, Some(Overlay::ConfirmQuit));
    assert!(!h.quit);
    h.key(KeyCode::Char('n'));
    assert_eq!(h.w.overlay, None);
    assert_eq!(h.w.step, Step::Happened);
    h.key(KeyCode::Char('q'));
    h.key(KeyCode::Char('y'));
    assert!(h.quit);
}

#[test]
fn a_dropped_file_path_loads_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("my bounce.eml");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(delist::wizard::demo::DEMO_EML.as_bytes())
        .unwrap();
    let mut h = Harness::new(Lang::Ja);
    // Terminals paste a dropped file's path quoted, or with the space escaped.
    h.paste(&format!("'{}'", path.display()));
    assert_eq!(h.w.paste.source, Source::File(path.display().to_string()));
    assert!(h.w.paste.text_box.text().contains("multipart/report"));
    assert!(h.w.analysis().is_some_and(|a| a.listing().is_some()));
}

#[test]
fn a_path_that_is_no_file_is_kept_as_pasted_text() {
    let mut h = Harness::new(Lang::En);
    h.paste("/no/such/dir/bounce.eml");
    assert_eq!(h.w.paste.text_box.text(), "/no/such/dir/bounce.eml");
    assert_eq!(h.w.paste.source, Source::Pasted);
}

#[test]
fn a_typed_file_name_opens_with_enter_and_a_missing_one_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.txt");
    std::fs::write(&path, DEMO_FORWARDED).unwrap();
    let mut h = Harness::new(Lang::Ja);
    h.type_text(&path.display().to_string());
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Paste, "loading is not moving on");
    assert!(h.w.paste.text_box.text().contains("ERS-QIL"));
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Happened);

    let mut h = Harness::new(Lang::Ja);
    h.type_text("missing.eml");
    h.key(KeyCode::Enter);
    let notice = h.w.notice.clone().expect("a message");
    assert_eq!(notice.tone, Tone::Warn);
    assert!(notice.text.contains("見つかりません"), "{}", notice.text);
    assert_eq!(
        h.w.paste.text_box.text(),
        "missing.eml",
        "nothing typed is lost"
    );
}

#[test]
fn enter_on_an_empty_box_explains_instead_of_moving() {
    let mut h = Harness::new(Lang::En);
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Paste);
    assert!(
        h.w.notice
            .as_ref()
            .is_some_and(|n| n.text.contains("paste"))
    );
}

#[test]
fn reading_the_clipboard_pastes_its_text() {
    let mut h = Harness::new(Lang::Ja);
    h.clipboard = Some(DEMO_FORWARDED.to_owned());
    h.key_with(KeyCode::Char('v'), KeyModifiers::CONTROL);
    assert_eq!(h.w.paste.source, Source::Clipboard);
    assert!(h.w.analysis().is_some_and(|a| a.blocked_ip().is_some()));

    let mut h = Harness::new(Lang::Ja);
    h.key(KeyCode::F(2));
    assert!(h.w.notice.as_ref().is_some_and(|n| n.tone == Tone::Warn));
}

#[test]
fn a_typed_ip_is_checked_and_full_width_digits_are_accepted() {
    let mut h = Harness::demo(Lang::Ja);
    h.enter(2);
    assert_eq!(h.w.step, Step::Ip);
    h.key(KeyCode::Char('e'));
    h.key_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    h.type_text("192.168.0.10");
    h.key(KeyCode::Enter);
    assert!(h.w.ip.error.as_deref().is_some_and(|e| e.contains("社内")));
    assert!(h.w.ip.editing());
    h.key_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    h.paste("２０３．０．１１３．９９");
    h.key(KeyCode::Enter);
    assert_eq!(
        steps::ip::chosen(&h.w).map(|ip| ip.to_string()).as_deref(),
        Some("203.0.113.99")
    );
    // Esc while typing cancels the typing, not the step.
    h.key(KeyCode::Char('e'));
    h.key(KeyCode::Esc);
    assert!(!h.w.ip.editing());
    assert_eq!(h.w.step, Step::Ip);
}

#[test]
fn the_lookup_url_comes_from_the_catalogue_and_can_be_copied_and_opened() {
    let mut h = Harness::demo(Lang::En);
    h.w.desktop = true;
    h.enter(3);
    assert_eq!(h.w.step, Step::List);
    h.key(KeyCode::Char('c'));
    let (_, url) = h.copies.last().expect("copied").clone();
    assert!(
        url.starts_with("https://servicecentral.trendmicro.com/"),
        "{url}"
    );
    h.key(KeyCode::Char('o'));
    assert_eq!(h.opened, vec![url]);
    h.key(KeyCode::Char('p'));
    assert_eq!(h.w.overlay, Some(Overlay::Qr));
    h.key(KeyCode::Esc);
    assert_eq!(h.w.overlay, None);
    // Without a desktop there is no browser key.
    h.w.desktop = false;
    h.key(KeyCode::Char('o'));
    assert_eq!(h.opened.len(), 1);
}

#[test]
fn without_an_ip_the_lookup_page_is_the_page_itself() {
    for lang in Lang::ALL {
        let mut h = Harness::new(lang);
        h.paste(include_str!("wizard_fixtures/spamcop-no-ip.txt"));
        h.w.go(Step::List);
        assert_eq!(
            steps::list::lookup_url(&h.w).as_deref(),
            Some("https://www.spamcop.net/bl.shtml"),
            "no empty query for an IP nobody knows"
        );
    }
}

#[test]
fn number_keys_copy_fields_and_a_copies_all() {
    let mut h = Harness::demo_at(Lang::Ja, Step::Copy);
    let fields = delist::wizard::written::fields(&h.w);
    assert!(!fields.is_empty());
    h.key(KeyCode::Char('1'));
    assert_eq!(
        h.copies.last().map(|c| c.1.clone()),
        Some(fields[0].value.clone())
    );
    assert!(h.w.copy.copied.contains(&1));
    assert_eq!(h.w.notice.as_ref().map(|n| n.tone), Some(Tone::Done));
    h.key(KeyCode::Char('a'));
    let all = h.copies.last().unwrap().1.clone();
    for f in &fields {
        assert!(all.contains(&f.label), "{all}");
    }
    h.key(KeyCode::Char('9'));
    assert_eq!(h.w.notice.as_ref().map(|n| n.tone), Some(Tone::Warn));
}

#[test]
fn help_opens_and_closes_without_changing_the_step() {
    let mut h = Harness::demo(Lang::Ja);
    h.enter(1);
    h.key(KeyCode::Char('?'));
    assert_eq!(h.w.overlay, Some(Overlay::Help));
    h.key(KeyCode::Enter);
    assert_eq!(h.w.overlay, None);
    assert_eq!(h.w.step, Step::Happened);
    h.key(KeyCode::F(1));
    assert_eq!(h.w.overlay, Some(Overlay::Help));
}

#[test]
fn the_wizard_saves_and_resumes_as_plain_data() {
    let mut h = Harness::demo(Lang::Ja);
    h.enter(2);
    let json = serde_json::to_string(&h.w).unwrap();
    let back: Wizard = serde_json::from_str(&json).unwrap();
    assert_eq!(back.step, Step::Ip);
    assert_eq!(back.paste.text_box.text(), h.w.paste.text_box.text());
    assert!(
        back.analysis().is_none(),
        "derived data is recomputed after loading"
    );
}

#[test]
fn the_form_writes_the_request_from_the_answers_only() {
    let mut h = Harness::demo_at(Lang::Ja, Step::Form);
    // Going on with nothing answered is refused, and the problems are shown.
    let n = delist::wizard::steps::form::items(&h.w).len();
    for _ in 0..n {
        h.key(KeyCode::Tab);
    }
    assert_eq!(h.w.step, Step::Form);
    assert!(h.w.form.tried);
    assert_eq!(h.w.notice.as_ref().map(|n| n.tone), Some(Tone::Warn));
    assert_eq!(h.w.form.focus, 0, "the focus goes to the first problem");
    h.answer_form();
    assert_eq!(h.w.step, Step::Copy);
    let a = &h.w.draft.answers;
    assert_eq!(
        a.cause.map(delist::request::Cause::id),
        Some("shared-server")
    );
    assert_eq!(a.fixes.len(), 1, "only the ticked fix is claimed");
    let fields = delist::wizard::written::fields(&h.w);
    let reason = fields.iter().find(|f| f.is_reason).expect("a reason field");
    assert!(reason.value.contains("shared server"), "{}", reason.value);
    assert!(
        reason
            .translation
            .as_deref()
            .is_some_and(|t| t.contains("共用サーバー"))
    );
    let name = fields.iter().find(|f| f.id == "name").unwrap();
    assert_eq!(name.value, "Yamada Taro");
}

#[test]
fn kana_names_become_romaji_and_the_reason_can_be_rewritten() {
    let mut h = Harness::demo_at(Lang::Ja, Step::Form);
    h.answer_form();
    h.key(KeyCode::Esc);
    assert_eq!(h.w.step, Step::Form);
    // Back to the name: type it in kana instead.
    while h.w.form.focused != Some(delist::request::Question::Name) {
        h.key(KeyCode::BackTab);
    }
    h.key_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    h.type_text("やまだ たろう");
    let name = delist::wizard::written::fields(&h.w)
        .into_iter()
        .find(|f| f.id == "name")
        .unwrap();
    assert_eq!(name.value, "Yamada Taro");
    // Rewrite the reason: typing starts from the written text.
    while h.w.form.focused != Some(delist::request::Question::Reason) {
        h.key(KeyCode::Tab);
    }
    h.type_text(" We also changed every password.");
    h.key(KeyCode::Enter);
    assert_eq!(
        h.w.step,
        Step::Form,
        "Enter starts a new line in the rewritten reason"
    );
    h.key(KeyCode::Tab);
    assert_eq!(h.w.step, Step::Copy, "Tab past the last item goes on");
    let reason = delist::wizard::written::fields(&h.w)
        .into_iter()
        .find(|f| f.is_reason)
        .unwrap();
    assert!(
        reason.value.ends_with("We also changed every password.\n"),
        "{:?}",
        reason.value
    );
}

#[test]
fn the_provider_email_is_ready_to_copy_after_sending() {
    let mut h = Harness::demo_at(Lang::Ja, Step::After);
    h.key(KeyCode::Char('c'));
    let (_, text) = h.copies.last().expect("copied");
    assert!(text.contains("203.0.113.25"), "{text}");
    // A Japanese email names the list by its operator's Japanese name.
    assert!(text.contains("トレンドマイクロ"), "{text}");
}

/// The answers the wizard holds, as `delist request` flags.
fn request_flags(h: &Harness) -> Vec<String> {
    let a = &h.w.draft.answers;
    let mut flags = Vec::new();
    let mut flag = |name: &str, value: &str| {
        if !value.is_empty() {
            flags.extend([format!("--{name}"), value.to_owned()]);
        }
    };
    flag("cause", a.cause.map_or("", |c| c.id()));
    a.fixes.iter().for_each(|f| flag("fix", f.id()));
    a.prevention.iter().for_each(|p| flag("prevent", p.id()));
    flag("server", a.server.map_or("", |s| s.id()));
    flag("provider", a.provider.as_deref().unwrap_or_default());
    flag("name", &a.contact.name);
    flag("name-ja", &a.contact.name_ja);
    flag("email", &a.contact.email);
    flag("role", &a.contact.role);
    flag("company", &a.contact.company);
    flag("company-ja", &a.contact.company_ja);
    flag("phone", &a.contact.phone);
    flags
}

#[test]
fn the_provider_email_is_the_same_from_the_wizard_and_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let forwarded = dir.path().join("forwarded.txt");
    std::fs::write(&forwarded, DEMO_FORWARDED).expect("write");
    let demo =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo/trendmicro-ers-qil.eml");
    for (file, lang) in [(demo.as_path(), Lang::Ja), (forwarded.as_path(), Lang::En)] {
        let mut h = Harness::new(lang);
        h.paste(&std::fs::read_to_string(file).expect("read"));
        h.enter(4);
        assert_eq!(h.w.step, Step::Form);
        h.answer_form();
        let wizard = delist::wizard::written::provider_email(&h.w).expect("a provider email");
        let out = common::delist(None)
            .arg("request")
            .arg(file)
            .args(request_flags(&h))
            .args(["--lang", lang.code(), "--json"])
            .output()
            .expect("run delist request");
        let v: serde_json::Value = serde_json::from_str(&common::stdout_of(&out)).expect("JSON");
        assert_eq!(v["provider_email_ja"].as_str(), Some(wizard.as_str()));
        // Dated and named the way a person writes them, in both.
        assert!(
            !wizard.contains("+0900") && !wizard.contains("(ERS) (QIL)"),
            "{wizard}"
        );
        assert!(wizard.contains("(ERS-QIL)"), "{wizard}");
    }
}

#[test]
fn no_ip_in_the_bounce_asks_for_one_and_a_list_without_a_form_needs_nothing_sent() {
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/spamcop-no-ip.txt"));
    h.enter(2);
    assert_eq!(h.w.step, Step::Ip);
    assert!(steps::ip::chosen(&h.w).is_none());
    // Enter goes on, as the key bar says; typing the address has its own key.
    h.key(KeyCode::Char('e'));
    assert!(h.w.ip.editing(), "e opens the entry field");
    h.type_text("203.0.113.9");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::List);
    let screen = h.screen(80, 40);
    // The planted link is named by its site only: never shown whole, never clickable.
    assert!(screen.contains("✘ delist-now.example.com"), "{screen}");
    assert!(!screen.contains("http://delist-now"), "{screen}");
    assert!(
        screen.contains("spamcop.net/bl.shtml?203.0.113.9"),
        "the official page, with the IP:\n{screen}"
    );
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Form);
    assert!(delist::wizard::written::nothing_to_send(&h.w));
    let n = steps::form::items(&h.w).len();
    for _ in 0..n {
        h.key(KeyCode::Tab);
    }
    assert_eq!(
        h.w.step,
        Step::Copy,
        "nothing to send: the questions do not hold the user up"
    );
    assert!(h.screen(80, 24).contains("送る申請はありません"));
}

#[test]
fn a_bounce_that_is_not_a_blocklist_problem_says_what_to_do_instead() {
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/user-unknown.txt"));
    assert!(h.w.analysis().is_some_and(|a| !a.is_blocklist_problem()));
    h.key(KeyCode::Enter);
    let screen = h.screen(80, 30);
    assert!(screen.contains("ブロックリストの問題ではない"), "{screen}");
    assert!(
        screen.contains("アドレスを確認"),
        "the advice for an unknown user:\n{screen}"
    );
    assert!(screen.contains("Esc で戻って"), "a way out:\n{screen}");
    h.key(KeyCode::Esc);
    assert_eq!(h.w.step, Step::Paste);
}

/// Walks a pasted bounce to the copy step, answering the form like a person.
fn to_copy_step(bounce: &str, lang: Lang) -> Harness {
    let mut h = Harness::new(lang);
    h.paste(bounce);
    h.enter(4);
    assert_eq!(h.w.step, Step::Form);
    h.answer_form();
    if h.w.step != Step::Copy {
        let notice = h.w.notice.clone();
        panic!("stuck: {notice:?}\n{}", h.screen(100, 60));
    }
    h
}

#[test]
fn a_list_that_only_the_provider_can_ask_gets_an_email_to_copy() {
    // Spamhaus SBL: only the owner of the IP (the hosting provider) can ask. The request is
    // the one email of step 7 to that provider, not a second one to copy here (#16).
    let h = to_copy_step(include_str!("wizard_fixtures/spamhaus-sbl.txt"), Lang::En);
    assert!(delist::wizard::written::fields(&h.w).is_empty());
    let email = delist::wizard::written::provider_email(&h.w).expect("the email of step 7");
    assert!(email.contains("203.0.113.44"), "{email}");
    let mut h = h;
    let screen = flat(&h.screen(100, 80), Lang::En);
    assert!(
        screen.contains("What you send is the one email of step 7"),
        "{screen}"
    );
    assert!(screen.contains("hosting provider"), "to whom:\n{screen}");
}

#[test]
fn a_form_with_a_phone_and_a_captcha_asks_for_the_phone_and_leaves_the_captcha_to_the_page() {
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/barracuda.txt"));
    h.enter(4);
    assert!(steps::form::items(&h.w).contains(&delist::request::Question::Phone));
    let mut h = to_copy_step(include_str!("wizard_fixtures/barracuda.txt"), Lang::Ja);
    let fields = delist::wizard::written::fields(&h.w);
    let phone = fields
        .iter()
        .find(|f| f.id == "phone")
        .expect("a phone field");
    assert!(phone.value.starts_with("+81"), "{}", phone.value);
    assert!(
        fields.iter().any(|f| f.manual),
        "the CAPTCHA is done on the page"
    );
    let screen = h.screen(100, 60);
    assert!(
        screen.contains("ページ上で自分で操作"),
        "the checklist names it:\n{screen}"
    );
}

#[test]
fn names_dates_and_durations_read_the_way_a_person_writes_them() {
    // The retry limit of the demo is a date: written the Japanese way, not as a mail header.
    let mut h = Harness::demo_at(Lang::Ja, Step::Happened);
    let screen = flat(&h.screen(80, 30), Lang::Ja);
    assert!(
        screen.contains("2025年6月8日(日)10:08(日本時間)"),
        "{screen}"
    );
    assert!(!screen.contains("+0900"), "{screen}");
    // The list and its sub-list without a second pair of brackets.
    assert!(
        screen.contains("(ERS-QIL)」というブロックリスト"),
        "{screen}"
    );

    // A closed list: the recipient's server is at fault, and "(closed)" is said in words.
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/sorbs-closed.txt"));
    h.enter(1);
    let screen = flat(&h.screen(80, 30), Lang::Ja);
    assert!(
        screen.contains("すでに運営を終了したブロックリスト「SORBS」を今も使っている"),
        "{screen}"
    );
    assert!(!screen.contains("(closed)"), "{screen}");

    // A week-long expiry is a week, not 168 hours.
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/uceprotect.txt"));
    h.enter(3);
    assert_eq!(h.w.step, Step::List);
    let screen = flat(&h.screen(80, 40), Lang::Ja);
    assert!(screen.contains("UCEPROTECTNetwork(L1)"), "{screen}");
    assert!(screen.contains("7日ほどで自然に外れます"), "{screen}");
    assert!(!screen.contains("168"), "{screen}");

    // Gmail is not a blocklist: its own reputation checks refused the mail.
    let mut h = Harness::new(Lang::En);
    h.paste(include_str!("wizard_fixtures/gmail-rate-limited.txt"));
    h.enter(1);
    let screen = flat(&h.screen(80, 30), Lang::En);
    assert!(
        screen.contains("is blocked by the reputation checks of"),
        "{screen}"
    );
}
#[test]
fn links_planted_in_a_bounce_are_never_shown_on_any_step() {
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/ers-with-fake-links.txt"));
    for step in [Step::Happened, Step::Ip, Step::List] {
        h.key(KeyCode::Enter);
        assert_eq!(h.w.step, step);
        for (w, rows) in [(80, 60), (120, 60)] {
            let screen = h.screen(w, rows);
            assert!(
                !screen.contains("trendmicro-ers-delist.example.net/"),
                "{screen}"
            );
            assert!(!screen.contains("bit.ly/"), "{screen}");
            if step == Step::List {
                assert!(
                    screen.contains("✘ trendmicro-ers-delist.example.net"),
                    "{screen}"
                );
                assert!(screen.contains("✘ bit.ly"), "{screen}");
                assert!(screen.contains("お金やパスワード"), "{screen}");
            }
        }
    }
}

#[test]
fn the_request_is_kept_in_the_draft_and_rebuilt_only_when_an_answer_changes() {
    use delist::wizard::written;
    let mut h = Harness::demo_at(Lang::En, Step::Copy);
    // After every message the request in the draft is the one the answers make: drawing a
    // frame only reads it.
    assert!(written::is_current(&h.w));
    let before = written::fields(&h.w);
    h.key(KeyCode::Esc);
    assert_eq!(h.w.step, Step::Form);
    assert!(written::is_current(&h.w));
    // A different cause, picked by keys (↓ and Space: Enter never chooses): the draft follows
    // at once.
    while h.w.form.focused != Some(delist::request::Question::Cause) {
        h.key_with(KeyCode::BackTab, KeyModifiers::SHIFT);
    }
    let cause = h.w.draft.answers.cause;
    h.key(KeyCode::Down);
    h.key(KeyCode::Char(' '));
    assert_ne!(h.w.draft.answers.cause, cause, "another cause was chosen");
    assert!(written::is_current(&h.w));
    assert_ne!(
        written::fields(&h.w),
        before,
        "another cause, another reason"
    );

    // What a case saves: the answers, never the request built from them.
    let saved = serde_json::to_value(&h.w.draft).expect("the draft serialises");
    assert!(saved.get("answers").is_some() && saved.get("ip").is_some());
    assert!(saved.get("built").is_none(), "{saved}");
    let mut restored = h.w.clone();
    restored.draft = serde_json::from_value(saved).expect("the draft reads back");
    assert!(restored.draft.built.is_none());
    assert!(!written::is_current(&restored));
    // Read before it is rebuilt, it is built on the spot, the same.
    assert_eq!(written::fields(&restored), written::fields(&h.w));
    written::rebuild(&mut restored);
    assert!(written::is_current(&restored));
}

#[test]
fn enter_while_the_text_is_still_being_read_goes_on_once_it_is_read() {
    let mut w = Wizard::new(Lang::En, 1 << 20);
    let input = delist::intake::Input::from_bytes("demo", DEMO_FORWARDED, 1 << 20).unwrap();
    let e = steps::paste::load(&mut w, input.clone(), Source::Pasted);
    let Some(delist::wizard::effect::Effect::Analyse { generation, .. }) = e else {
        panic!("loading starts a reading: {e:?}");
    };
    delist::wizard::update(
        &mut w,
        Msg::Key(crossterm::event::KeyEvent::new(
            KeyCode::Enter,
            KeyModifiers::NONE,
        )),
    );
    assert_eq!(w.step, Step::Paste, "nothing to show yet");
    let done =
        delist::wizard::facts::Analysis::new(generation, delist::diagnosis::diagnose(&input));
    delist::wizard::update(&mut w, Msg::Analysed(Box::new(done)));
    assert_eq!(
        w.step,
        Step::Happened,
        "the Enter pressed while reading is kept"
    );
}

#[test]
fn options_past_nine_are_chosen_by_two_digits_and_one_digit_waits_for_enter() {
    use delist::request::{Cause, Fix, Question};
    let mut h = Harness::demo_at(Lang::Ja, Step::Copy);
    h.key(KeyCode::Esc);
    assert_eq!(h.w.step, Step::Form);
    while h.w.form.focused != Some(Question::Cause) {
        h.key_with(KeyCode::BackTab, KeyModifiers::SHIFT);
    }
    let count = steps::form::choices(&h.w, Question::Cause).len();
    assert!(count >= 10, "the cause question has {count} options");
    let before = h.w.draft.answers.cause;

    // "1" may begin "10" or "11": it only points, says so, and chooses nothing yet.
    h.key(KeyCode::Char('1'));
    assert_eq!(h.w.form.cursor, 0);
    assert_eq!(h.w.draft.answers.cause, before);
    assert!(
        h.w.notice
            .as_ref()
            .is_some_and(|n| n.text.contains("Enter")),
        "{:?}",
        h.w.notice
    );
    // A second digit makes the number (10 or 11: the one these answers do not rule out), the
    // same on every screen and on the phone.
    let choices = steps::form::choices(&h.w, Question::Cause);
    let n = (10..=count)
        .find(|n| choices[n - 1].blocked.is_none())
        .expect("an option past 9 that is open");
    let second = char::from_digit(u32::try_from(n - 10).unwrap(), 10).unwrap();
    h.key(KeyCode::Char(second));
    assert_eq!(h.w.draft.answers.cause, Some(Cause::ALL[n - 1]));
    assert_eq!(h.w.step, Step::Form, "choosing never leaves the step");

    // "1" then Enter takes option 1 alone (「分からない」) and goes on, as "3" then Enter would.
    h.key(KeyCode::Char('1'));
    h.key(KeyCode::Enter);
    assert_eq!(h.w.draft.answers.cause, Some(Cause::ALL[0]));
    assert_eq!(Cause::ALL[0], Cause::Unknown);
    assert_eq!(h.w.form.focused, Some(Question::Fixes));
    h.key_with(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(h.w.form.focused, Some(Question::Cause));

    // A digit that cannot begin a two-digit number chooses at once.
    h.key(KeyCode::Char('3'));
    assert_eq!(h.w.draft.answers.cause, Some(Cause::ALL[2]));
    // And a number past the last is refused with a message, never read as its last digit.
    h.key(KeyCode::Char('1'));
    h.key(KeyCode::Char('9'));
    assert_eq!(h.w.draft.answers.cause, Some(Cause::ALL[2]));
    assert!(h.w.notice.as_ref().is_some_and(|n| n.text.contains("19")));

    // On a list of several answers, "1" "2" ticks the twelfth (option 1 is "none").
    h.key(KeyCode::Tab);
    assert_eq!(h.w.form.focused, Some(Question::Fixes));
    let fixes = steps::form::choices(&h.w, Question::Fixes);
    assert!(fixes.len() >= 12);
    let twelfth = Fix::from_id(&fixes[11].id).expect("a fix");
    let had = h.w.draft.answers.fixes.contains(&twelfth);
    h.key(KeyCode::Char('1'));
    h.key(KeyCode::Char('2'));
    assert_ne!(h.w.draft.answers.fixes.contains(&twelfth), had);

    // The numbers are on screen, 10 and 11 included.
    h.key_with(KeyCode::BackTab, KeyModifiers::SHIFT);
    let screen = h.screen(80, 60);
    assert!(screen.contains("11."), "{screen}");
}

/// "Some answers are still missing" is said when Enter finds them missing, and goes away as
/// soon as the last one is given (#16: it used to stay on a complete form).
#[test]
fn the_missing_answers_notice_goes_once_the_answers_are_complete() {
    let mut h = Harness::demo_at(Lang::Ja, Step::Form);
    // Answer every item but the email address (a choice clears any notice by itself).
    for _ in 0..30 {
        match h.w.form.focused {
            Some(Question::Cause) => h.choose(Question::Cause, &["shared-server"]),
            Some(Question::Fixes) => h.choose(Question::Fixes, &["asked-provider"]),
            Some(Question::Prevention) => h.choose(Question::Prevention, &["monitor"]),
            Some(Question::Server) => h.choose(Question::Server, &["shared"]),
            Some(Question::IpKind) => h.key(KeyCode::Char('1')),
            Some(Question::Role) => h.key(KeyCode::Char('2')),
            Some(Question::Name) if h.w.form.name.value().is_empty() => h.type_text("Yamada Taro"),
            _ => {}
        }
        let items = delist::wizard::steps::form::items(&h.w);
        if h.w.form.focused == items.last().copied() {
            break;
        }
        h.key(KeyCode::Tab);
    }
    // Enter on the last item finds the address missing: the notice says so, the focus goes
    // to the address.
    h.key(KeyCode::Enter);
    let notice =
        h.w.notice
            .as_ref()
            .map(|n| n.text.clone())
            .unwrap_or_default();
    assert!(notice.contains("足りない"), "{notice}");
    assert_eq!(h.w.form.focused, Some(Question::Email));
    // Typing the address completes the answers: the notice goes, before any Enter.
    h.type_text("postmaster@example.co.jp");
    assert!(delist::wizard::written::problems(&h.w).is_empty());
    assert!(
        h.w.notice.is_none(),
        "a stale notice: {:?}",
        h.w.notice.as_ref().map(|n| &n.text)
    );
}

/// Issue 17, item 9: an auto-type or remote-support tool types faster than a hand, so its keys
/// arrive as one burst; in one-line fields they are still typed keys: each line in its own
/// field, each Enter moving on. The same burst in the paste box is a paste.
#[test]
fn typed_text_in_a_burst_lands_in_two_fields_with_both_enters() {
    use delist::request::Question;
    for lang in [Lang::En, Lang::Ja] {
        let mut h = Harness::demo(lang);
        while h.w.step < Step::Form {
            h.key(KeyCode::Enter);
        }
        for _ in 0..12 {
            match h.w.form.focused {
                Some(Question::Name) => break,
                Some(q) if q.is_choice() => h.key(KeyCode::Char('2')),
                _ => {}
            }
            h.key(KeyCode::Enter);
        }
        assert_eq!(h.w.form.focused, Some(Question::Name));
        let after_name = {
            let mut probe = Harness::demo(lang);
            probe.w = h.w.clone();
            probe.key(KeyCode::Enter);
            probe.w.form.focused
        };
        h.send(Msg::KeyBurst("Alex Smith\nalex@example.org\n".to_owned()));
        assert_eq!(h.w.form.name.value(), "Alex Smith", "{lang:?}");
        let second = after_name.expect("an item after the name");
        assert_eq!(
            h.w.form
                .line(second)
                .map(|l| l.value().to_owned())
                .as_deref(),
            Some("alex@example.org"),
            "{lang:?}: the second line in the next field ({second:?})"
        );
        assert_ne!(
            h.w.form.focused,
            Some(second),
            "the second Enter moved on too"
        );
    }
}

/// Issue 16: an official web address the step's text shows (the reply on step 2, the email to
/// the provider on step 7) is copied whole with `u`, which the key bar names; a step that shows
/// none offers no key. A long address wraps on screen, and copying it from there breaks it.
#[test]
fn an_official_address_in_a_steps_text_is_copied_whole_with_u() {
    for lang in Lang::ALL {
        let mut h = Harness::demo_at(lang, Step::Happened);
        let screen = h.screen(80, 24);
        let bar = screen.lines().last().unwrap_or_default();
        let words = if lang == Lang::Ja {
            "URLをコピー"
        } else {
            "Copy URL"
        };
        assert!(bar.contains(&format!("u  {words}")), "{bar}");
        h.key(KeyCode::Char('u'));
        let (label, url) = h.copies.last().expect("copied").clone();
        assert_eq!(url, "https://servicecentral.trendmicro.com/en-US/ers/");
        assert!(
            label.contains("URL") || label.contains("address"),
            "{label}"
        );
        // The demo's email to the provider quotes the reply's key line, which holds no link.
        let mut h = Harness::demo_at(lang, Step::After);
        let bar = h.screen(80, 24);
        let bar = bar.lines().last().unwrap_or_default().to_owned();
        assert!(!bar.contains("u  "), "{bar}");
        let copies = h.copies.len();
        h.key(KeyCode::Char('u'));
        assert_eq!(h.copies.len(), copies, "nothing to copy, nothing copied");
    }
    // A reply quoted whole in the email to the provider keeps the list's own link: step 7
    // offers it.
    let talos = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/lists/cisco-talos/sbrs-lookup-link.txt"
    ))
    .expect("read");
    let mut h = Harness::new(Lang::Ja);
    h.paste(&talos);
    for _ in 0..12 {
        if h.w.step == Step::After {
            break;
        }
        if h.w.step == Step::Form {
            h.answer_form();
        } else {
            h.key(KeyCode::Enter);
        }
    }
    assert_eq!(h.w.step, Step::After);
    h.key(KeyCode::Char('u'));
    let (_, url) = h.copies.last().expect("copied").clone();
    assert_eq!(
        url,
        "https://talosintelligence.com/reputation_center/lookup?search=203.0.113.70"
    );
}

/// `u` copies the official address on every step that has one: on steps 4 (the lookup page)
/// and 6 (the form) it does what `c` does, and the help of steps 2 and 7 says so.
#[test]
fn u_copies_the_official_address_on_steps_four_and_six_as_c_does() {
    for lang in Lang::ALL {
        for step in [Step::List, Step::Copy] {
            let mut h = Harness::demo_at(lang, step);
            h.key(KeyCode::Char('c'));
            let by_c = h.copies.last().expect("c copied").clone();
            assert!(by_c.1.starts_with("https://"), "{step:?}: {by_c:?}");
            let copies = h.copies.len();
            h.key(KeyCode::Char('u'));
            assert_eq!(h.copies.len(), copies + 1, "{step:?}: u copied nothing");
            assert_eq!(h.copies.last(), Some(&by_c), "{step:?}");
            assert_eq!(h.w.step, step);
        }
        for id in ["wizard-help-happened", "wizard-help-after"] {
            let help = delist::t!(lang, id);
            assert!(help.contains("u "), "{id}: {help}");
            assert!(help.contains('4') && help.contains('6'), "{id}: {help}");
        }
    }
}
