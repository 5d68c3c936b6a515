//! What a person sees and can do at the edges of the wizard: small windows, keys with nothing
//! to act on, boxes drawn over Japanese text, copies that may not survive, a second paste.

mod common;
mod wizard_support;

use crossterm::event::{KeyCode, KeyModifiers};
use delist::i18n::Lang;
use delist::wizard::clip::Copied;
use delist::wizard::facts::Analysis;
use delist::wizard::msg::Msg;
use delist::wizard::state::{Overlay, Step};
use delist::wizard::steps;
use delist::wizard::ui::Theme;
use unicode_width::UnicodeWidthStr;
use wizard_support::{Harness, flat};

#[test]
fn the_highlighted_choice_stays_on_screen_in_a_small_window() {
    let mut h = Harness::demo_at(Lang::Ja, Step::Form);
    for _ in 0..10 {
        h.key(KeyCode::Down);
        let choice = steps::form::choices(&h.w, delist::request::Question::Cause)[h.w.form.cursor]
            .label
            .clone();
        let screen = h.screen(60, 16);
        let here = screen
            .lines()
            .find(|l| l.contains('▶') && l.contains("( )"))
            .unwrap_or_else(|| panic!("no highlighted choice on screen:\n{screen}"));
        // A long label wraps: its first part is on the highlighted line.
        let start: String = choice.chars().take(8).collect();
        assert!(
            here.contains(&start),
            "{here:?} is not {choice:?}\n{screen}"
        );
    }
    let screen = h.screen(60, 16);
    assert!(
        screen.contains("▼ 続きがあります") || screen.contains("▲ 上にもあります"),
        "the last row says there is more:\n{screen}"
    );
}

#[test]
fn a_window_too_small_lets_no_key_act_unseen_but_quits() {
    let mut h = Harness::demo(Lang::Ja);
    let screen = h.screen(59, 15);
    assert!(screen.contains("Ctrl+C で終了できます"), "{screen}");
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Paste, "Enter did nothing while unseen");
    h.key_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(h.w.overlay, Some(Overlay::ConfirmQuit));
    let screen = h.screen(59, 15);
    assert!(
        screen.contains("終了しますか"),
        "the question is asked in words:\n{screen}"
    );
    h.key(KeyCode::Char('y'));
    assert!(h.quit);
}

#[test]
fn the_key_bar_keeps_help_and_quit_and_shows_only_keys_that_act() {
    // At 60 columns the list step has more keys than two rows hold: Help and Quit stay.
    let mut h = Harness::demo_at(Lang::Ja, Step::List);
    let screen = h.screen(60, 16);
    let bar: String = screen.lines().rev().take(2).collect::<Vec<_>>().join("\n");
    assert!(
        bar.contains("?  ヘルプ") && bar.contains("q  終了"),
        "{bar}"
    );

    // A closed list has no lookup page: no key offers to copy it or show it as a QR code.
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/sorbs-closed.txt"));
    h.enter(3);
    assert_eq!(h.w.step, Step::List);
    let screen = h.screen(100, 30);
    assert!(!screen.contains("URLをコピー"), "{screen}");
    assert!(!screen.contains("QRコード"), "{screen}");
    h.key(KeyCode::Char('p'));
    assert_eq!(h.w.overlay, None);

    // No IP found: the IP step does not offer to copy one.
    let mut h = Harness::new(Lang::En);
    h.paste(include_str!("wizard_fixtures/blocked-no-list.txt"));
    // No list named: step 2 ends there unless the user chooses to go on (b).
    h.enter(1);
    h.key(KeyCode::Char('b'));
    assert_eq!(h.w.step, Step::Ip);
    h.key(KeyCode::Esc);
    let screen = h.screen(100, 30);
    assert!(!screen.contains("Copy IP"), "{screen}");
}

#[test]
fn an_ip_typed_then_abandoned_is_kept_and_no_ip_at_all_can_go_on() {
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/blocked-no-list.txt"));
    // No list named: step 2 ends there unless the user chooses to go on (b).
    h.enter(1);
    h.key(KeyCode::Char('b'));
    assert_eq!(h.w.step, Step::Ip);
    h.key(KeyCode::Char('e'));
    assert!(h.w.ip.editing(), "no IP found: e opens the field");
    h.type_text("203.0.11");
    h.key(KeyCode::Esc);
    assert!(!h.w.ip.editing());
    assert!(h.w.has_unsaved(), "the half-typed address counts as typed");
    h.key(KeyCode::Char('e'));
    assert_eq!(
        h.w.ip
            .entry
            .as_ref()
            .map(|e| e.value().to_owned())
            .as_deref(),
        Some("203.0.11"),
        "Esc kept what was typed"
    );
    h.key_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert!(h.w.ip.entry.as_ref().is_some_and(|e| e.value().is_empty()));
    // Not known: Enter on the empty field goes on, and says how to come back.
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::List);
    let screen = flat(&h.screen(80, 24), Lang::Ja);
    assert!(screen.contains("IPアドレスなしで進みます"), "{screen}");
}

#[test]
fn without_a_known_list_enter_does_not_answer_questions_it_does_not_show() {
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/blocked-no-list.txt"));
    // No list named: step 2 ends there unless the user chooses to go on (b).
    h.enter(1);
    h.key(KeyCode::Char('b'));
    h.key(KeyCode::Enter); // no IP: Enter still goes on
    assert_eq!(h.w.step, Step::List);
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Form);
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Copy);
    assert_eq!(
        h.w.draft.answers,
        delist::request::Answers::default(),
        "no hidden answer was picked"
    );
    let screen = h.screen(80, 24);
    assert!(
        !screen.contains("1-9"),
        "nothing to copy, no copy keys:\n{screen}"
    );
    h.key(KeyCode::Enter);
    let screen = flat(&h.screen(80, 40), Lang::Ja);
    assert!(screen.contains("申請はまだ送っていません"), "{screen}");
    assert!(!screen.contains("自動返信メールが届きます"), "{screen}");
}

#[test]
fn a_box_over_japanese_text_keeps_its_left_border_on_every_row() {
    // Every step, at several widths, scrolled to its end: wherever a wide character ends
    // under the quit box's left border.
    for step in [Step::Happened, Step::List, Step::Copy, Step::After] {
        let mut h = Harness::demo_at(Lang::Ja, step);
        for width in 80..=84 {
            h.send(Msg::Resize(width, 24));
            h.key(KeyCode::PageDown);
            h.key(KeyCode::PageDown);
            h.key(KeyCode::Char('q'));
            assert_eq!(h.w.overlay, Some(Overlay::ConfirmQuit));
            let buf = h.buffer(width, 24, Theme { color: true });
            let (x0, y0) = (0..24)
                .flat_map(|y| (0..width).map(move |x| (x, y)))
                .find(|&(x, y)| buf[(x, y)].symbol() == "┌")
                .unwrap_or_else(|| panic!("{step:?} {width}\n{}", wizard_support::text_of(&buf)));
            let mut y = y0 + 1;
            while buf[(x0, y)].symbol() != "└" {
                assert_eq!(buf[(x0, y)].symbol(), "│", "{step:?} {width}: row {y}");
                // A wide character just left of the border would be drawn over it by the
                // terminal (the cell it covers is never sent).
                assert!(
                    buf[(x0 - 1, y)].symbol().width() <= 1,
                    "{step:?} {width}: row {y}"
                );
                y += 1;
            }
            h.key(KeyCode::Char('n'));
        }
    }
}

fn copied(h: &mut Harness, message: &str, unconfirmed: bool, lost: Option<&str>) {
    h.send(Msg::Copied {
        result: Copied {
            ok: true,
            message: message.to_owned(),
            plain_view: false,
            unconfirmed,
            lost_on_exit: lost.map(str::to_owned),
        },
        text: "Yamada Taro".to_owned(),
    });
}

#[test]
fn a_long_copy_message_is_shown_whole_and_the_copy_can_be_shown_plainly() {
    let mut h = Harness::demo_at(Lang::Ja, Step::Copy);
    let tip = "tmux をお使いの方へ: ~/.tmux.conf に「set -g set-clipboard on」を加えてください。";
    let message = format!(
        "1 Your name: {}{tip}",
        "端末のクリップボードに送りました。".repeat(4)
    );
    copied(&mut h, &message, true, None);
    let screen = flat(&h.screen(80, 24), Lang::Ja);
    assert!(
        screen.contains("set-clipboard"),
        "the tip is not cut:\n{screen}"
    );
    assert!(screen.contains("vを押すと"), "{screen}");
    // v shows the copied text alone, with how the copy went under it.
    h.key(KeyCode::Char('v'));
    assert_eq!(h.w.overlay, Some(Overlay::Plain));
    let screen = h.screen(80, 24);
    assert!(screen.starts_with("Yamada Taro\n"), "{screen}");
    assert!(
        flat(&screen, Lang::Ja).contains("set-clipboard"),
        "{screen}"
    );
    h.key(KeyCode::Esc);
    assert_eq!(h.w.overlay, None);
}

#[test]
fn quitting_warns_while_there_is_time_to_paste_a_copy_that_will_not_survive() {
    let mut h = Harness::demo_at(Lang::Ja, Step::After);
    copied(
        &mut h,
        "連絡文: コピーしました。",
        false,
        Some("最後にコピーした文章は、delist を閉じると消えます。"),
    );
    h.key(KeyCode::Char('q'));
    assert_eq!(h.w.overlay, Some(Overlay::ConfirmQuit));
    let screen = flat(&h.screen(80, 24), Lang::Ja);
    assert!(screen.contains("閉じると消えます"), "{screen}");
    assert!(screen.contains("Enterを押すか60秒たつまで"), "{screen}");
}

#[test]
fn a_second_mail_pasted_offers_a_new_case_and_never_mixes_the_two() {
    let mut h = Harness::new(Lang::En);
    h.paste(include_str!("wizard_fixtures/spamcop-no-ip.txt"));
    h.paste(include_str!("wizard_fixtures/uceprotect.txt"));
    assert_eq!(h.w.overlay, Some(Overlay::NewCase));
    let screen = flat(&h.screen(80, 24), Lang::En);
    assert!(screen.contains("Start a new case with it?"), "{screen}");
    // Esc: back to the case as it was, the paste dropped.
    h.key(KeyCode::Esc);
    let text = h.w.paste.text_box.text();
    assert!(
        text.contains("spamcop") && !text.contains("uceprotect"),
        "{text}"
    );
    // Enter: a new case with the new mail alone.
    h.paste(include_str!("wizard_fixtures/uceprotect.txt"));
    h.key(KeyCode::Enter);
    let text = h.w.paste.text_box.text();
    assert!(
        text.contains("uceprotect") && !text.contains("spamcop"),
        "{text}"
    );
    assert_eq!(
        h.w.analysis()
            .and_then(|a| a.listing())
            .map(|l| l.id.as_str()),
        Some("uceprotect")
    );
}

#[test]
fn a_file_name_being_typed_is_not_called_a_failed_bounce() {
    let mut h = Harness::new(Lang::Ja);
    h.type_text("~/Downloads/bounce.eml");
    let screen = h.screen(80, 24);
    assert!(screen.contains("ファイル名のようです"), "{screen}");
    assert!(!screen.contains("読み取れませんでした"), "{screen}");
}

#[test]
fn going_back_ticks_only_the_steps_done() {
    let mut h = Harness::demo_at(Lang::En, Step::After);
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    assert_eq!(h.w.step, Step::Form);
    let screen = h.screen(100, 30);
    let bar = screen.lines().nth(1).unwrap_or_default();
    // Step 7 was only opened: nothing there is done by opening it.
    assert!(bar.contains("✔ List › ● Form › ✔ Send › ○ After"), "{bar}");
    // A form left with an answer missing is not done either.
    while h.w.form.focused != Some(delist::request::Question::Name) {
        h.key(KeyCode::Esc);
    }
    h.key_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(h.w.form.name.value(), "");
    while h.w.step != Step::List {
        h.key(KeyCode::Esc);
    }
    let screen = h.screen(100, 30);
    let bar = screen.lines().nth(1).unwrap_or_default();
    assert!(bar.contains("● List › ○ Form"), "{bar}");
}

#[test]
fn a_free_mail_domain_is_never_offered_as_the_address_to_write_from() {
    let mut h = Harness::demo_at(Lang::En, Step::Form);
    while h.w.form.focused != Some(delist::request::Question::Email) {
        h.key(KeyCode::Tab);
    }
    h.type_text("taro@gmail.com");
    h.key(KeyCode::Tab);
    let screen = flat(&h.screen(100, 40), Lang::En);
    assert!(!screen.contains("postmaster@gmail.com"), "{screen}");
    assert!(
        screen.contains("gmail.com is a free mail service"),
        "{screen}"
    );
}

#[test]
fn why_it_happened_follows_the_cause_the_user_gave() {
    // SpamCop's usual cause comes first (an infected computer); the server is a shared one.
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/spamcop-no-ip.txt"));
    h.enter(2);
    h.key(KeyCode::Char('e')); // no IP: e opens the field
    h.type_text("203.0.113.9");
    h.key(KeyCode::Enter);
    h.enter(2);
    assert_eq!(h.w.step, Step::Form);
    h.answer_form();
    h.enter(1);
    assert_eq!(h.w.step, Step::After);
    // SpamCop takes no request, so its form asks no cause; a cause given is still followed.
    h.w.draft.answers.cause = Some(delist::request::Cause::InfectedPc);
    let cause = h.w.draft.answers.cause.expect("a cause was chosen");
    assert_ne!(cause, delist::request::Cause::SharedServer);
    let screen = flat(&h.screen(80, 60), Lang::Ja);
    assert!(
        screen.contains(&format!("原因は「{}」", cause.label(Lang::Ja)).replace(' ', "")),
        "{screen}"
    );
    assert!(!screen.contains("雑居ビル"), "{screen}");
}

#[test]
fn a_long_line_in_the_paste_box_wraps_instead_of_running_out_of_sight() {
    let mut h = Harness::new(Lang::En);
    h.paste(include_str!("wizard_fixtures/m365-spamhaus.txt"));
    // The box shows the end of the paste, where the reply is: all of it, wrapped.
    let screen = flat(&h.screen(80, 24), Lang::En);
    assert!(screen.contains("blocked using Spamhaus"), "{screen}");
}

#[test]
fn an_internal_address_note_follows_japanese_without_a_space() {
    let mut h = Harness::new(Lang::Ja);
    h.paste(include_str!("wizard_fixtures/m365-spamhaus.txt"));
    h.enter(2);
    assert_eq!(h.w.step, Step::Ip);
    let screen = h.screen(100, 40);
    assert!(
        screen.contains("192.168.1.23  元のメールが通ったサーバー(社内用のアドレスです)"),
        "{screen}"
    );
    let mut h = Harness::new(Lang::En);
    h.paste(include_str!("wizard_fixtures/m365-spamhaus.txt"));
    h.enter(2);
    let screen = h.screen(100, 40);
    assert!(
        screen.contains("a server the original mail passed through (an internal address)"),
        "{screen}"
    );
}

#[test]
fn a_bounce_pasted_on_a_later_step_offers_a_new_case_even_on_one_line() {
    let mut h = Harness::demo_at(Lang::Ja, Step::Copy);
    h.paste(include_str!("wizard_fixtures/uceprotect.txt"));
    assert_eq!(h.w.overlay, Some(Overlay::NewCase));
    let screen = flat(&h.screen(80, 24), Lang::Ja);
    assert!(
        screen.contains("別のエラーメールが貼り付けられました"),
        "{screen}"
    );
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Paste);
    assert_eq!(
        h.w.draft.answers,
        delist::request::Answers::default(),
        "a new case starts empty"
    );
    assert_eq!(
        h.w.analysis()
            .and_then(|a| a.listing())
            .map(|l| l.id.as_str()),
        Some("uceprotect")
    );
    // A refusal on one line, pasted on step 7, is a bounce too.
    let mut h = Harness::demo_at(Lang::En, Step::After);
    h.paste("Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1");
    assert_eq!(h.w.overlay, Some(Overlay::NewCase));
    h.key(KeyCode::Char('y'));
    assert_eq!(
        h.w.analysis()
            .and_then(|a| a.listing())
            .map(|l| l.id.as_str()),
        Some("spamhaus")
    );
    // A short line has no field to go to on the copy step: it is not taken for a mail.
    let mut h = Harness::demo_at(Lang::Ja, Step::Copy);
    h.paste("203.0.113.25");
    assert_eq!(h.w.step, Step::Copy);
    assert_eq!(h.w.overlay, None);
    assert!(flat(&h.screen(80, 24), Lang::Ja).contains("貼り付ける欄がありません"));
}

#[test]
fn the_list_step_heads_its_page_by_what_the_page_is() {
    let dir = common::fixture_dir("lists");
    let mut seen = (0, 0, 0);
    for entry in &delist::blocklist::CATALOGUE.entries {
        let files = common::bounces_in(&dir.join(&entry.id));
        let bounce = std::fs::read_to_string(&files[0]).expect("fixture reads");
        for lang in Lang::ALL {
            let mut h = Harness::new(lang);
            h.paste(&bounce);
            h.w.go(Step::List);
            let about = h.w.analysis().and_then(Analysis::entry).map(|e| &e.id);
            assert_eq!(about, Some(&entry.id), "{}", files[0].display());
            let screen = flat(&h.screen(100, 60), lang);
            let [lookup, help, none] = match lang {
                Lang::Ja => [
                    "■公式の確認ページ",
                    "■送信者向けの公式ページ",
                    "確認ページのURLが登録されていません",
                ],
                Lang::En => [
                    "■ The official lookup page",
                    "■ The operator's official page for senders",
                    "No lookup page is known",
                ],
            };
            assert!(!screen.contains(none), "{}: {screen}", entry.id);
            let heads = (screen.contains(lookup), screen.contains(help));
            let expected = match (&entry.lookup_url, &entry.help_url) {
                (Some(_), _) => {
                    seen.0 += 1;
                    (true, false)
                }
                (None, Some(url)) => {
                    assert!(screen.contains(url.as_str()), "{}: {screen}", entry.id);
                    seen.1 += 1;
                    (false, true)
                }
                (None, None) => {
                    seen.2 += 1;
                    (false, false)
                }
            };
            assert_eq!(heads, expected, "{} ({lang:?}): {screen}", entry.id);
        }
    }
    assert!(seen.0 > 0 && seen.1 > 0 && seen.2 > 0, "{seen:?}");
}

/// Trend Micro asks for the IP owner's abuse@ or postmaster@, yet a user on a shared server
/// may also send the form (the seed article's author did): every step says so, none says
/// that only the owner is heard.
#[test]
fn trend_micro_advice_agrees_from_step_four_to_seven() {
    for lang in Lang::ALL {
        let mut h = Harness::demo_at(lang, Step::List);
        let mut seen = String::new();
        while h.w.step <= Step::After {
            // 80 columns: no QR code beside the text to cut its sentences apart when flattened.
            seen.push_str(&flat(&h.screen(80, 80), lang));
            if h.w.step == Step::After {
                break;
            }
            if h.w.step == Step::Form {
                h.answer_form();
            } else {
                h.key(KeyCode::Enter);
            }
        }
        let (only, yourself) = match lang {
            Lang::Ja => ("しか受け付け", "あなた自身がフォームを送ることもでき"),
            Lang::En => ("only from", "you may also send the form yourself"),
        };
        assert!(!seen.contains(only), "{seen}");
        assert!(
            seen.to_lowercase().contains(&yourself.to_lowercase()),
            "{seen}"
        );
    }
}

/// A list's conditions for removal are listed before the person asks: the Spamhaus PBL's four,
/// and for Trend Micro's standard list only "fix the cause first", since who may ask is already
/// a warning of its own.
#[test]
fn the_list_step_says_what_removal_requires_and_says_it_once() {
    let dir = common::fixture_dir("lists");
    let cases = [
        (
            "spamhaus/icloud-pbl.eml",
            vec!["IP address must be fixed (static)", "Spamhaus SBL listing"],
        ),
        (
            "trendmicro-ers/rblplus-postfix.eml",
            vec!["The cause must be found and stopped"],
        ),
    ];
    for (file, expected) in cases {
        let bounce = std::fs::read_to_string(dir.join(file)).expect("fixture reads");
        let mut h = Harness::new(Lang::En);
        h.paste(&bounce);
        h.w.go(Step::List);
        let screen = flat(&h.screen(100, 80), Lang::En);
        let (_, after) = screen
            .split_once("■ Before you ask for removal")
            .unwrap_or_else(|| panic!("{file}: no conditions heading:\n{screen}"));
        for phrase in expected {
            assert!(
                after.contains(phrase),
                "{file}: {phrase:?} missing:\n{screen}"
            );
        }
        assert!(
            !after.contains("abuse@"),
            "{file}: who may ask is not repeated as a condition:\n{screen}"
        );
    }
    let mut h = Harness::new(Lang::Ja);
    h.paste(&std::fs::read_to_string(dir.join("spamhaus/icloud-pbl.eml")).expect("fixture reads"));
    h.w.go(Step::List);
    let screen = flat(&h.screen(80, 80), Lang::Ja);
    assert!(screen.contains("■解除を申請する前に"), "{screen}");
    assert!(screen.contains("固定(static)"), "{screen}");
}

/// Recipients refused for different reasons each show their own beside the address; when all
/// share one reason (the demo), the addresses stand alone under the sentence that gives it.
#[test]
fn recipients_refused_for_different_reasons_each_show_theirs() {
    let bounce = std::fs::read_to_string(common::fixture_dir("bounce").join("exim.eml"))
        .expect("fixture reads");
    for (lang, full, virus) in [
        (
            Lang::En,
            "・info@example.org: The recipient's mailbox is full",
            "・support@example.net: A virus was found",
        ),
        (
            Lang::Ja,
            "・info@example.org:宛先のメールボックスが満杯です",
            "・support@example.net:メールにウイルスが見つかりました",
        ),
    ] {
        let mut h = Harness::new(lang);
        h.paste(&bounce);
        h.w.go(Step::Happened);
        let screen = h.screen(80, 40);
        assert!(screen.contains(full), "{screen}");
        assert!(screen.contains(virus), "{screen}");
    }
    let mut h = Harness::demo_at(Lang::En, Step::Happened);
    let screen = h.screen(80, 40);
    assert!(screen.contains("・hanako@example.com\n"), "{screen}");
}

/// A refusal that names no recipient still opens with a natural sentence in both languages.
#[test]
fn a_bounce_without_a_recipient_speaks_of_the_recipients_server() {
    let line =
        "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org";
    for (lang, opening) in [
        (
            Lang::Ja,
            "相手のメールサーバーが、あなたのメールを受け取りませんでした。",
        ),
        (Lang::En, "The recipient's mail server refused your mail"),
    ] {
        let mut h = Harness::new(lang);
        h.paste(line);
        h.w.go(Step::Happened);
        let screen = flat(&h.screen(80, 24), lang);
        assert!(screen.contains(opening), "{screen}");
    }
    let mut h = Harness::new(Lang::Ja);
    h.paste("550 5.1.1 <taro@example.jp>: Recipient address rejected: User unknown");
    h.w.go(Step::Happened);
    let screen = h.screen(80, 24);
    assert!(
        screen.contains("example.jp へのメールが届きませんでした。"),
        "{screen}"
    );
}

/// A mobile carrier answers "unknown user" both for a filter and for an address that does not
/// exist (sisimai calls it `filtered`): the advice asks to check the address as well.
#[test]
fn a_carriers_unknown_user_advice_also_asks_to_check_the_address() {
    let dir = common::fixture_dir("bounce");
    let file = common::bounces_in(&dir)
        .into_iter()
        .find(|p| p.file_stem().is_some_and(|s| s == "docomo-unknown"))
        .expect("the docomo fixture exists");
    let bounce = std::fs::read_to_string(file).expect("fixture reads");
    for (lang, check) in [
        (Lang::Ja, "アドレスに誤りがないか確かめてください"),
        (Lang::En, "Check that the address is right"),
    ] {
        let mut h = Harness::new(lang);
        h.paste(&bounce);
        h.w.go(Step::Happened);
        let screen = flat(&h.screen(80, 40), lang);
        assert!(screen.contains(check), "{screen}");
    }
}

/// Issue 17, item 7: a long screen says which page is shown (read out on the phone), and
/// PgDn/PgUp page it everywhere, on the form too, while a question has the focus.
#[test]
fn long_screens_say_which_page_and_page_keys_work_on_the_form_too() {
    let mut h = Harness::demo_at(Lang::Ja, Step::List);
    let screen = h.screen(80, 24);
    assert!(screen.contains("1/2ページ"), "{screen}");
    h.key(KeyCode::PageDown);
    let screen = h.screen(80, 24);
    assert!(screen.contains("2/2ページ"), "{screen}");
    h.key(KeyCode::PageUp);
    assert!(h.screen(80, 24).contains("1/2ページ"));

    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Form);
    let before = h.screen(80, 24);
    assert!(before.contains("1/2ページ"), "{before}");
    h.key(KeyCode::PageDown);
    let after = h.screen(80, 24);
    assert!(after.contains("2/2ページ"), "{after}");
    assert_ne!(before, after);
    // Any other key brings the view back to the question.
    h.key(KeyCode::Down);
    assert!(h.screen(80, 24).contains("1/2ページ"));
}
