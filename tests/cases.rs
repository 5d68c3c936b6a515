//! Cases (issue 17): the wizard saves as it goes, a saved case comes back whole, a damaged file
//! is moved aside while the rest keeps working, and the report says what the case is. Run down
//! the path users take: `update` → the effect runner → the store, with a temporary folder.

mod wizard_support;

use std::collections::VecDeque;
use std::fs;

use crossterm::event::KeyCode;
use delist::case::store::Store;
use delist::case::{Case, report};
use delist::i18n::Lang;
use delist::request::Question;
use delist::wizard::Step;
use delist::wizard::effect::Effect;
use delist::wizard::msg::Msg;
use delist::wizard::runner;
use delist::wizard::state::Overlay;
use wizard_support::Harness;

/// A demo wizard saving into `store`, walked to the form's name field and given a name.
fn typed_name(lang: Lang, store: &Store) -> Harness {
    let mut h = Harness::demo(lang);
    h.out.store = Some(store.clone());
    while h.w.step < Step::Form {
        h.key(KeyCode::Enter);
    }
    // Option 2 of each question (a digit below 10 chooses at once), on to the name.
    for _ in 0..12 {
        match h.w.form.focused {
            Some(Question::Name) => break,
            Some(i) if i.is_choice() => h.key(KeyCode::Char('2')),
            _ => {}
        }
        h.key(KeyCode::Enter);
    }
    assert_eq!(
        h.w.form.focused,
        Some(Question::Name),
        "reached the name field"
    );
    h.type_text("Alex Smith");
    h
}

fn only_case(store: &Store) -> Case {
    let (cases, problems) = store.list().expect("list");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(cases.len(), 1, "one case");
    cases.into_iter().next().expect("a case")
}

/// A fresh wizard at start, as the app starts one: it looks for a case to offer.
fn start(lang: Lang, store: &Store) -> Harness {
    let mut h = Harness::new(lang);
    h.out.store = Some(store.clone());
    let answer = runner::perform(&h.w, Effect::FindResumable, &mut h.out);
    let mut queue: VecDeque<Msg> = answer.into_iter().collect();
    runner::settle(&mut h.w, &mut queue, &mut h.out);
    h
}

#[test]
fn every_key_is_saved_and_the_case_comes_back_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("cases"));
    let h = typed_name(Lang::Ja, &store);
    let case = only_case(&store);
    assert_eq!(case.step, 5);
    assert_eq!(case.list.as_deref(), Some("trendmicro-ers"));
    assert_eq!(case.code().as_deref(), Some("TM-QIL 203.0.113.25"));
    assert!(
        case.wizard.to_string().contains("Alex Smith"),
        "the field being typed is saved, key by key"
    );
    // Nothing derived is stored: the analysis and the texts are rebuilt on load.
    let json = fs::read_to_string(store.path(&case.id)).expect("read");
    assert!(!json.contains("\"built\""), "{json}");
    assert!(!json.contains("\"analysis\""), "{json}");

    let mut back = start(Lang::Ja, &store);
    assert_eq!(back.w.overlay, Some(Overlay::Resume), "the case is offered");
    let screen = back.screen(80, 24);
    assert!(screen.contains("前回の続きから始めますか?"), "{screen}");
    assert!(screen.contains("203.0.113.25"), "{screen}");
    back.key(KeyCode::Enter);
    assert_eq!(back.w.overlay, None);
    assert_eq!(back.w.step, Step::Form);
    assert_eq!(back.w.form.name.value(), "Alex Smith");
    assert_eq!(back.w.form.focused, Some(Question::Name));
    assert_eq!(back.w.draft.answers, h.w.draft.answers);
    assert_eq!(
        back.w.case.as_ref().map(|c| c.id.clone()),
        Some(case.id.clone())
    );
    let screen = back.screen(80, 24);
    assert!(screen.contains("Alex Smith"), "{screen}");
    // Going on saves into the same case, not a new one.
    back.type_text(" Jr");
    let again = only_case(&store);
    assert_eq!(again.id, case.id);
    assert!(again.wizard.to_string().contains("Alex Smith Jr"));
}

#[test]
fn starting_afresh_keeps_the_old_case() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("cases"));
    let _ = typed_name(Lang::En, &store);
    let first = only_case(&store);
    let mut h = start(Lang::En, &store);
    assert_eq!(h.w.overlay, Some(Overlay::Resume));
    h.key(KeyCode::Esc);
    assert_eq!(h.w.overlay, None);
    assert_eq!(h.w.step, Step::Paste);
    // Nothing given yet: no case is written for an empty wizard.
    assert_eq!(store.list().expect("list").0.len(), 1);
    assert!(store.load(&first.id).is_ok());
}

#[test]
fn a_finished_case_is_not_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("cases"));
    let mut h = Harness::demo_at(Lang::Ja, Step::After);
    h.out.store = Some(store.clone());
    h.key(KeyCode::Up);
    h.send(Msg::Resize(80, 24));
    let (cases, _) = store.list().expect("list");
    assert!(cases.iter().all(|c| c.finished), "{cases:?}");
    let fresh = start(Lang::Ja, &store);
    assert_eq!(fresh.w.overlay, None);
}

#[test]
fn a_damaged_file_is_set_aside_with_a_message_and_the_good_case_is_still_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("cases"));
    let _ = typed_name(Lang::Ja, &store);
    let good = only_case(&store);
    let bad = store.path("20200101-000000");
    fs::write(&bad, "{\"format\": 1, \"id\": \"20200101-0").expect("write");
    let newer = store.path("20990101-000000");
    fs::write(&newer, "{\"format\": 99, \"id\": \"20990101-000000\"}").expect("write");

    let mut h = start(Lang::Ja, &store);
    assert_eq!(h.w.overlay, Some(Overlay::Resume));
    assert_eq!(
        h.w.resume_offer.as_ref().map(|c| c.id.clone()),
        Some(good.id)
    );
    let notice = h.w.notice.clone().expect("a notice").text;
    assert!(notice.contains("壊れている"), "{notice}");
    assert!(notice.contains("新しい delist"), "{notice}");
    assert!(notice.contains(".unreadable"), "{notice}");
    assert!(!bad.exists() && !newer.exists());
    let kept: Vec<String> = fs::read_dir(store.dir())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        kept.iter().any(|n| n == "20200101-000000.json.unreadable"),
        "{kept:?}"
    );
    assert!(
        kept.iter().any(|n| n == "20990101-000000.json.newer"),
        "{kept:?}"
    );
    h.key(KeyCode::Char('y'));
    assert_eq!(h.w.form.name.value(), "Alex Smith");
}

#[cfg(unix)]
#[test]
fn case_files_and_the_folder_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("cases"));
    let _ = typed_name(Lang::Ja, &store);
    let case = only_case(&store);
    let mode =
        |p: &std::path::Path| fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&store.path(&case.id)), 0o600);
    assert_eq!(mode(store.dir()), 0o700);
}

#[test]
fn the_report_is_rebuilt_from_the_saved_case_in_both_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("cases"));
    let mut h = Harness::demo_at(Lang::Ja, Step::Copy);
    h.out.store = Some(store.clone());
    h.key(KeyCode::Down);
    let case = only_case(&store);
    for (lang, words) in [
        (
            Lang::Ja,
            ["ブロックリスト解除のケース報告", "申請する内容", "日本語訳"],
        ),
        (
            Lang::En,
            [
                "Blocklist removal case",
                "What is requested",
                "Japanese translation",
            ],
        ),
    ] {
        let w = delist::wizard::report::rebuild(&case, lang, delist::intake::DEFAULT_LIMIT);
        let r = delist::wizard::report::gather(&w);
        assert_eq!(r.ip.as_deref(), Some("203.0.113.25"));
        assert_eq!(r.code.as_deref(), Some("TM-QIL 203.0.113.25"));
        assert!(!r.sent.is_empty(), "{r:?}");
        assert!(
            r.sent.iter().any(|s| s.english.contains("Yamada Taro")),
            "{r:?}"
        );
        for format in [report::Format::Text, report::Format::Markdown] {
            let text = report::render(&r, lang, format);
            for w in words {
                assert!(text.contains(w), "{lang:?} {format:?}: {w}\n{text}");
            }
            assert!(text.contains(&case.id), "{text}");
            let list = match lang {
                Lang::Ja => "トレンドマイクロ",
                Lang::En => "Trend Micro",
            };
            assert!(text.contains(list), "{lang:?}: {text}");
        }
    }
}

#[test]
fn a_phone_code_opens_the_list_step_and_is_saved_as_a_case() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("cases"));
    let mut h = Harness::new(Lang::Ja);
    h.out.store = Some(store.clone());
    let code = delist::case::code::decode("TM-QIL 203.0.113.5").expect("code");
    h.send(Msg::Code(code));
    assert_eq!(h.w.step, Step::List);
    let screen = h.screen(80, 24);
    assert!(screen.contains("ERS-QIL"), "{screen}");
    assert!(
        screen.contains("203.0.113.5") || screen.contains("i  IP"),
        "{screen}"
    );
    let case = only_case(&store);
    assert!(case.from_code);
    assert_eq!(case.code().as_deref(), Some("TM-QIL 203.0.113.5"));
    let mut back = start(Lang::Ja, &store);
    back.key(KeyCode::Enter);
    assert_eq!(back.w.step, Step::List);
    assert_eq!(
        delist::wizard::written::entry(&back.w).map(|(e, s)| (e.id.clone(), s)),
        Some(("trendmicro-ers".to_owned(), Some("QIL".to_owned())))
    );
}

#[test]
fn the_profile_is_remembered_prefilled_as_remembered_and_can_be_forgotten() {
    use crossterm::event::KeyModifiers;
    use delist::case::profile::Profile;
    let mut h = Harness::demo(Lang::Ja);
    h.out.profile = Some(Profile::default());
    while h.w.step < Step::Copy {
        if h.w.step == Step::Form {
            h.answer_form();
        } else {
            h.key(KeyCode::Enter);
        }
    }
    let remembered = h.out.profile.clone().expect("kept");
    assert_eq!(remembered.name, "Yamada Taro");
    assert_eq!(remembered.email, "postmaster@example.co.jp");
    assert!(!remembered.role.is_empty());

    // The next case: the form starts with them, each marked as remembered.
    let mut next = Harness::demo(Lang::Ja);
    next.out.profile = Some(remembered.clone());
    next.w.profile = remembered.clone();
    while next.w.step < Step::Form {
        next.key(KeyCode::Enter);
    }
    assert_eq!(next.w.form.name.value(), "Yamada Taro");
    assert!(next.w.form.prefilled.contains(&Question::Name));
    assert!(next.w.form.prefilled.contains(&Question::Role));
    let screen = next.screen(100, 40);
    assert!(screen.contains("Yamada Taro (前回の入力)"), "{screen}");
    assert!(screen.contains("Ctrl+D"), "{screen}");
    // Nothing else is answered for the user.
    assert_eq!(next.w.draft.answers.cause, None);
    assert!(next.w.draft.answers.fixes.is_empty());

    // Changed by the user: theirs now, no longer marked.
    next.w.form.focused = Some(Question::Name);
    next.key(KeyCode::Char('X'));
    assert!(!next.w.form.prefilled.contains(&Question::Name));
    // Ctrl+D: the remembered values leave the form and the profile is forgotten.
    next.key_with(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(next.w.form.email.value(), "");
    assert!(next.w.draft.answers.contact.role.is_empty());
    assert_eq!(
        next.w.form.name.value(),
        "Yamada TaroX",
        "the user's own edit stays"
    );
    assert_eq!(next.out.profile, Some(Profile::default()));
}

#[test]
fn a_new_bounce_starts_a_new_case_and_the_first_stays_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::at(dir.path().join("cases"));
    let mut h = typed_name(Lang::En, &store);
    let first = only_case(&store);
    h.paste(include_str!("wizard_fixtures/uceprotect.txt"));
    assert_eq!(h.w.overlay, Some(Overlay::NewCase));
    let screen = h.screen(80, 24);
    assert!(
        screen.contains(&first.id),
        "the kept case is named:\n{screen}"
    );
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Paste);
    let (cases, _) = store.list().expect("list");
    assert_eq!(cases.len(), 2, "{cases:?}");
    let kept = store.load(&first.id).expect("the first case");
    assert!(kept.wizard.to_string().contains("Alex Smith"));
    assert!(!kept.paste.contains("uceprotect"));
    let new = cases.iter().find(|c| c.id != first.id).expect("a new case");
    assert!(new.paste.contains("uceprotect"));
    assert_eq!(new.list.as_deref(), Some("uceprotect"));
}
