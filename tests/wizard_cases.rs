//! What steps 4–7 say for each kind of case, read as the person reads them: a list only the
//! recipient can change, a block that goes away by itself with no page to check, a list that
//! wants a role address. Every sentence must be true for the case on screen.

mod common;
mod wizard_support;

use crossterm::event::KeyCode;
use delist::i18n::Lang;
use delist::wizard::state::Step;
use wizard_support::{Harness, flat};

/// The bounce in `lists/<file>`, pasted and analysed, on step 2.
fn case(file: &str, lang: Lang) -> Harness {
    let path = common::fixture_dir("lists").join(file);
    let bounce = std::fs::read_to_string(&path).expect("fixture reads");
    let mut h = Harness::new(lang);
    h.paste(&bounce);
    h.key(KeyCode::Enter);
    assert_eq!(h.w.step, Step::Happened, "{file}");
    h
}

/// Every step from the current one to the last, pressing Enter (Tab through questions that
/// are there only for the message to the provider, as the screen says to skip them), each
/// screen flattened: the whole step at 80×80, and its first screen at 80×24.
fn walk_with_enter(h: &mut Harness, lang: Lang) -> Vec<(Step, String, String)> {
    let mut out = Vec::new();
    for _ in 0..40 {
        let whole = flat(&h.screen(80, 80), lang);
        let first = flat(&h.screen(80, 24), lang);
        out.push((h.w.step, whole, first));
        if h.w.step == Step::After {
            break;
        }
        let skip =
            h.w.step == Step::Form && h.w.step_mode() != delist::wizard::keys::Mode::FormNoList;
        h.key(if skip { KeyCode::Tab } else { KeyCode::Enter });
        // The IP step opens its entry when no IP was found; an empty entry goes on.
        if h.w.step == Step::Ip && h.w.ip.editing() {
            h.key(KeyCode::Enter);
        }
    }
    out
}

fn at(screens: &[(Step, String, String)], step: Step) -> &(Step, String, String) {
    screens
        .iter()
        .find(|(s, _, _)| *s == step)
        .unwrap_or_else(|| panic!("{step:?} was not reached"))
}

/// SORBS has shut down and UCEPROTECT's level 3 is a whole network: only the recipient can
/// change anything. No questions are asked, no form or request is offered, nothing blames a
/// shared server, and no message asks the hosting provider for a removal request.
#[test]
fn a_list_only_the_recipient_can_change_asks_nothing_and_writes_to_no_one() {
    for file in [
        "sorbs/closed-list-still-configured.eml",
        "uceprotect/level3.txt",
    ] {
        for lang in Lang::ALL {
            let mut h = case(file, lang);
            let screens = walk_with_enter(&mut h, lang);
            let (form, copy, after) = (
                &at(&screens, Step::Form).1,
                &at(&screens, Step::Copy).1,
                &at(&screens, Step::After).1,
            );
            let (nothing, recipient, no_provider, questions, shared, request) = match lang {
                Lang::Ja => (
                    "あなたが送る申請はありません",
                    "相手のメール管理者に設定を変えてもらってください",
                    "レンタルサーバー会社への連絡は必要ありません",
                    "原因は何だと思いますか",
                    "雑居ビル",
                    "解除申請をお願い",
                ),
                Lang::En => (
                    "There is nothing for you to send",
                    "ask their mail administrator to change the setting",
                    "no need to write to your hosting provider",
                    "Why do you think",
                    "tenants of one building",
                    "removal request",
                ),
            };
            assert!(form.contains(nothing), "{file} {lang:?}: {form}");
            assert!(!form.contains(questions), "{file} {lang:?}: {form}");
            assert!(copy.contains(recipient), "{file} {lang:?}: {copy}");
            assert!(after.contains(no_provider), "{file} {lang:?}: {after}");
            assert!(!after.contains(shared), "{file} {lang:?}: {after}");
            assert!(!after.contains(request), "{file} {lang:?}: {after}");
            // No message, so no key to copy one.
            assert!(h.w.step == Step::After);
            let bar = h.screen(80, 24);
            let keys = bar.lines().last().unwrap_or_default();
            assert!(!keys.contains(" c "), "{file} {lang:?}: {bar}");
        }
    }
}

/// A closed list's step 4 says once that there is nothing to remove, and puts what to do (tell
/// the recipient) on the first screen, since there is no page to check.
#[test]
fn a_closed_list_says_what_to_do_on_the_first_screen_and_once() {
    for (lang, nothing, first) in [
        (Lang::Ja, "解除するものはありません", "■最初にすること"),
        (Lang::En, "There is nothing to remove", "■ What to do first"),
    ] {
        let mut h = case("sorbs/closed-list-still-configured.eml", lang);
        h.w.go(Step::List);
        let whole = flat(&h.screen(80, 80), lang);
        assert_eq!(whole.matches(nothing).count(), 1, "{whole}");
        let screen = flat(&h.screen(80, 24), lang);
        assert!(screen.contains(first), "{screen}");
    }
}

/// docomo's block lifts by itself and has no lookup page: step 6 does not send the person to
/// a page that step 4 says does not exist.
#[test]
fn a_block_that_lifts_by_itself_without_a_page_points_to_no_page() {
    for (lang, page, itself) in [
        (Lang::Ja, "確認ページで", "自然に解除されます"),
        (Lang::En, "lookup page", "lifts by itself"),
    ] {
        let mut h = case("docomo/refused-to-talk.eml", lang);
        let screens = walk_with_enter(&mut h, lang);
        let copy = &at(&screens, Step::Copy).1;
        assert!(!copy.contains(page), "{lang:?}: {copy}");
        assert!(copy.contains(itself), "{lang:?}: {copy}");
        let form = &at(&screens, Step::Form).1;
        assert!(!form.contains("運営を終了"), "{form}");
        assert!(!form.contains("shut down"), "{form}");
        // No form, so no "what the form gets".
        assert!(!form.contains("申請フォームに入る内容"), "{form}");
        assert!(!form.contains("What the form gets"), "{form}");
        // Step 4 asks the provider to look into it, not for a request there is no form for.
        let list = &at(&screens, Step::List).1;
        assert!(!list.contains("調査と解除申請"), "{list}");
        assert!(!list.contains("request removal"), "{list}");
        // Skipping the questions claimed nothing: no cause was picked.
        assert_eq!(h.w.draft.answers.cause, None);
    }
}

/// Trend Micro's standard list wants the IP owner's abuse@ or postmaster@: step 4 says so in
/// its warning, and "what to do first" does not say it again.
#[test]
fn trend_micros_role_address_is_said_once_on_the_list_step() {
    for lang in Lang::ALL {
        let mut h = case("trendmicro-ers/rblplus-postfix.eml", lang);
        h.w.go(Step::List);
        let whole = flat(&h.screen(80, 80), lang);
        assert_eq!(whole.matches("postmaster@").count(), 1, "{lang:?}: {whole}");
    }
}

/// Step 2 in plain Japanese: no spaces around the retry deadline inside a sentence, the
/// "not a blocklist problem" said once, and no "(0件)" when the bounce names no recipient.
#[test]
fn step_two_says_each_thing_once_and_without_stray_spaces() {
    let mut h = case("docomo/refused-to-talk.eml", Lang::Ja);
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("サーバーはメールを送ってから5日後まで"),
        "{screen}"
    );

    let mut h = case("_negative/spf-fail-client-ip.txt", Lang::Ja);
    let screen = flat(&h.screen(80, 60), Lang::Ja);
    assert!(
        screen.contains("ブロックリストの問題ではないようです"),
        "{screen}"
    );
    assert!(
        !screen.contains("ブロックリストの問題ではありません"),
        "{screen}"
    );
    let mut h = case("_negative/spf-fail-client-ip.txt", Lang::En);
    let screen = flat(&h.screen(80, 60), Lang::En);
    assert!(
        screen.contains("does not look like a blocklist problem"),
        "{screen}"
    );
    assert!(
        !screen.contains("This is not a blocklist problem"),
        "{screen}"
    );

    for (lang, heading, zero) in [
        (Lang::Ja, "■ 届かなかった宛先\n", "0件"),
        (Lang::En, "■ Not delivered to\n", "(0)"),
    ] {
        let mut h = case("uceprotect/level3.txt", lang);
        let screen = h.screen(80, 40);
        assert!(screen.contains(heading), "{screen}");
        assert!(!screen.contains(zero), "{screen}");
    }
}

/// iCloud's request needs the IP, and this bounce has none: step 5 says so from the start and
/// how to get back to step 3, and trying to go on with every question answered says the same,
/// instead of pointing to ⚠ marks that no question carries.
#[test]
fn a_request_that_needs_the_ip_says_where_to_give_it() {
    for (lang, needs) in [
        (Lang::Ja, "ステップ3に戻って(Escを何度か押します)"),
        (Lang::En, "Go back to step 3 (press Esc a few times)"),
    ] {
        let mut h = case("apple-icloud/cs01-local-policy.eml", lang);
        h.key(KeyCode::Enter);
        assert_eq!(h.w.step, Step::Ip);
        h.key(KeyCode::Enter); // no IP found: Enter still goes on
        assert_eq!(h.w.step, Step::List);
        h.key(KeyCode::Enter);
        assert_eq!(h.w.step, Step::Form);
        let screen = flat(&h.screen(80, 24), lang);
        assert!(screen.contains(needs), "{screen}");
        // Every question answered, Enter past the last one tries to go on.
        h.answer_form();
        assert_eq!(h.w.step, Step::Form);
        let notice = h.w.notice.as_ref().map(|n| flat(&n.text, lang));
        assert!(
            notice.as_deref().is_some_and(|n| n.contains(needs)),
            "{notice:?}"
        );
        // Esc goes back one question at a time, then to the list step, then to step 3.
        for _ in 0..30 {
            if h.w.step == Step::Ip {
                break;
            }
            h.key(KeyCode::Esc);
        }
        assert_eq!(h.w.step, Step::Ip);
    }
}

/// Gmail limits by its own reputation: there is no list to be on. Steps 5–7 speak of a block
/// that lifts, never of a blocklist listing.
#[test]
fn a_providers_own_reputation_is_never_called_a_listing() {
    for (lang, listed) in [
        (Lang::Ja, ["ブロックリストに載", "この登録"]),
        (Lang::En, ["put on the blocklist", "was listed"]),
    ] {
        let mut h = case("gmail/rate-limited-4728.eml", lang);
        let screens = walk_with_enter(&mut h, lang);
        for step in [Step::Form, Step::Copy, Step::After] {
            let screen = &at(&screens, step).1;
            for word in listed {
                assert!(!screen.contains(word), "{step:?} {lang:?}: {screen}");
            }
        }
        // The cause asked and given, step 7 repeats it without calling it a listing.
        let mut h = case("gmail/rate-limited-4728.eml", lang);
        // Gmail takes no request, so the form asks no cause; one given on the command line of
        // a case would still be repeated.
        h.w.draft.answers.cause = Some(delist::request::Cause::NewsletterComplaints);
        h.w.go(Step::After);
        let after = flat(&h.screen(80, 80), lang);
        for word in listed {
            assert!(!after.contains(word), "{lang:?}: {after}");
        }
    }
}

/// Microsoft's 5.7.511 goes by email to delist@microsoft.com, not by the portal: step 4's "how
/// to check" still uses the portal to look, but does not tell the person to press its Delist
/// IP button as if it applied.
#[test]
fn microsofts_banned_sender_is_not_sent_to_the_portal_button() {
    for (lang, exception) in [
        (Lang::Ja, "エラーが5.7.511のときは使えません"),
        (Lang::En, "does not work for error 5.7.511"),
    ] {
        let mut h = case("microsoft-365/banned-sender-511.txt", lang);
        h.w.go(Step::List);
        let screen = flat(&h.screen(80, 80), lang);
        assert!(screen.contains("delist@microsoft.com"), "{screen}");
        assert!(screen.contains(exception), "{screen}");
        assert!(
            !screen.contains("開いて「Delist IP」を押します"),
            "{screen}"
        );
        assert!(!screen.contains("open it and press Delist IP"), "{screen}");
    }
}

/// The fields of step 6 need the page they go to: where the form is not on the lookup page
/// (Barracuda's removal page, Outlook.com's support form) the checklist names it and c copies
/// it; where it is (Trend Micro), c copies that page.
#[test]
fn step_six_says_where_the_form_is_and_copies_its_address() {
    for (file, url) in [
        (
            "barracuda/brbl-postfix.eml",
            "https://www.barracudacentral.org/rbl/removal-request",
        ),
        (
            "microsoft-outlook/s3150-shared-host.txt",
            "https://support.microsoft.com/supportrequestform/",
        ),
    ] {
        for lang in Lang::ALL {
            let mut h = case(file, lang);
            h.w.go(Step::Form);
            h.answer_form();
            assert_eq!(h.w.step, Step::Copy, "{file}");
            // Wide enough that the address is not wrapped.
            let screen = flat(&h.screen(200, 100), lang);
            assert!(screen.contains(url), "{file} {lang:?}: {screen}");
            let bar = h.screen(80, 24);
            assert!(bar.contains("c  "), "{file}: {bar}");
            h.key(KeyCode::Char('c'));
            let (_, copied) = h.copies.last().expect("c copied something");
            assert!(copied.starts_with(url), "{file}: {copied}");
        }
    }
    let mut h = Harness::demo_at(Lang::Ja, Step::Copy);
    let screen = flat(&h.screen(80, 100), Lang::Ja);
    assert!(
        !screen.contains("申請フォームのページを開きます"),
        "{screen}"
    );
    assert!(screen.contains("(cでURLをコピーできます)"), "{screen}");
    h.key(KeyCode::Char('c'));
    let (_, copied) = h.copies.last().expect("c copied the lookup page");
    assert!(
        copied.starts_with("https://servicecentral.trendmicro.com/"),
        "{copied}"
    );
}

/// Outlook.com's form has ten fields: 0 copies the tenth, and the key bar says so; a form with
/// fewer offers no 0.
#[test]
fn a_tenth_field_is_copied_with_zero() {
    let mut h = case("microsoft-outlook/s3150-shared-host.txt", Lang::En);
    h.w.go(Step::Form);
    h.answer_form();
    assert_eq!(h.w.step, Step::Copy);
    assert!(h.screen(80, 24).contains("0  Copy the 10th field"));
    h.key(KeyCode::Char('0'));
    let (label, copied) = h.copies.last().expect("0 copied the tenth field");
    assert!(label.starts_with("10 "), "{label}");
    assert!(copied.contains("S3150"), "{copied}");

    let mut h = Harness::demo_at(Lang::En, Step::Copy);
    assert!(!h.screen(80, 24).contains("10th"));
    h.key(KeyCode::Char('0'));
    assert!(h.copies.is_empty());
}

/// Without an IP, step 3 says e opens the entry; once the entry is open, e is a letter typed
/// in it, so the sentence is gone. An invalid address is refused in words, a valid one taken.
#[test]
fn typing_the_ip_by_hand_says_only_what_the_keys_do_now() {
    for (lang, press_e, invalid) in [
        (
            Lang::Ja,
            "eで入力できます",
            "IPアドレスの形になっていません",
        ),
        (
            Lang::En,
            "Press e to type it",
            "does not look like an IP address",
        ),
    ] {
        let mut h = case("apple-icloud/cs01-local-policy.eml", lang);
        h.key(KeyCode::Enter);
        assert_eq!(h.w.step, Step::Ip);
        assert!(flat(&h.screen(80, 40), lang).contains(press_e));
        h.key(KeyCode::Char('e'));
        assert!(h.w.ip.editing());
        let screen = flat(&h.screen(80, 40), lang);
        assert!(!screen.contains(press_e), "{screen}");
        h.type_text("203.0.113.300");
        h.key(KeyCode::Enter);
        assert!(flat(&h.screen(80, 40), lang).contains(invalid));
        for _ in 0..3 {
            h.key(KeyCode::Backspace);
        }
        h.type_text("30");
        h.key(KeyCode::Enter);
        assert!(!h.w.ip.editing());
        assert!(h.screen(80, 24).contains("203 . 0 . 113 . 30"));
    }
}

/// A temporary error is still being retried: step 7 says it is (not "was"), and that the mail
/// needs sending again only if the block outlasts the retry deadline step 2 gave, stated here
/// again rather than pointed to.
#[test]
fn a_temporary_error_is_resent_by_the_server_until_its_deadline() {
    for (lang, now, deadline) in [
        (
            Lang::Ja,
            "一時的なエラーです",
            "あなたのメールサーバーは2025年6月8日(日)10:08(日本時間)まで自動で送り直す",
        ),
        (
            Lang::En,
            "This is a temporary error",
            "keeps trying until Sun 8 June 2025",
        ),
    ] {
        let mut h = Harness::demo_at(lang, Step::After);
        let screen = flat(&h.screen(80, 24), lang);
        assert!(screen.contains(now), "{screen}");
        assert!(screen.contains(deadline), "{screen}");
    }
}

/// SpamCop's listing ends by itself in 24 hours: step 4 says so once, in its warning, and its
/// description adds only that there is no form to send.
#[test]
fn an_expiring_list_says_how_long_once() {
    for (lang, span, no_form) in [
        (Lang::Ja, "24時間", "解除フォームはありません"),
        (Lang::En, "24 hours", "There is no removal form"),
    ] {
        let mut h = case("spamcop/scbl-postfix.eml", lang);
        h.w.go(Step::List);
        let screen = flat(&h.screen(80, 24), lang);
        assert_eq!(screen.matches(span).count(), 1, "{screen}");
        assert!(screen.contains(no_form), "{screen}");
    }
}

/// Where only the recipient can act, "what to do first" says it once: no bullet repeats the
/// paragraph.
#[test]
fn what_the_recipient_must_do_is_said_once() {
    for (lang, fix) in [
        (Lang::Ja, "このリストを使うのをやめてもらいます"),
        (Lang::En, "stop using this list"),
    ] {
        for file in [
            "sorbs/closed-list-still-configured.eml",
            "uceprotect/level3.txt",
        ] {
            let mut h = case(file, lang);
            h.w.go(Step::List);
            let screen = flat(&h.screen(80, 80), lang);
            assert!(!screen.contains(fix), "{file}: {screen}");
        }
    }
}

/// UCEPROTECT's paid "express" removal is refused once, in the warning, not again in "what to
/// do first".
#[test]
fn do_not_pay_is_said_once() {
    for (lang, pay) in [(Lang::Ja, "払わないでください"), (Lang::En, "Do not pay")] {
        for file in ["uceprotect/level1.eml", "uceprotect/level3.txt"] {
            let mut h = case(file, lang);
            h.w.go(Step::List);
            let screen = flat(&h.screen(80, 80), lang);
            assert_eq!(screen.matches(pay).count(), 1, "{file}: {screen}");
        }
    }
}

/// Three recipients, one blocked, one unknown, one with a full mailbox: step 2 says that lifting
/// the block does not reach the other two. When all share the block (the demo), it says nothing.
#[test]
fn recipients_refused_for_other_reasons_are_not_promised_the_mail() {
    let path = common::fixture_dir("heldout").join("bp-postfix-three-recipients-mixed.txt");
    let bounce = std::fs::read_to_string(path).expect("fixture reads");
    for (lang, note) in [
        (Lang::Ja, "ブロック以外の理由の宛先には"),
        (Lang::En, "Recipients refused for another reason"),
    ] {
        let mut h = Harness::new(lang);
        h.paste(&bounce);
        h.key(KeyCode::Enter);
        assert_eq!(h.w.step, Step::Happened);
        let screen = flat(&h.screen(80, 60), lang);
        assert!(screen.contains(note), "{screen}");
        let mut h = Harness::demo_at(lang, Step::Happened);
        assert!(!flat(&h.screen(80, 60), lang).contains(note));
    }
}

/// Help on a step that has nothing to fill or copy in this case says so, rather than how
/// questions and numbered fields work.
#[test]
fn help_on_an_empty_step_says_it_is_empty() {
    for (lang, form, copy, questions) in [
        (
            Lang::Ja,
            "このステップで入力するものはありません",
            "コピーして送る申請はありません",
            "質問に答えると",
        ),
        (
            Lang::En,
            "nothing to fill in at this step",
            "no request to copy and send",
            "Answer the questions",
        ),
    ] {
        let mut h = case("sorbs/closed-list-still-configured.eml", lang);
        h.w.go(Step::Form);
        h.key(KeyCode::Char('?'));
        let screen = flat(&h.screen(80, 40), lang);
        assert!(screen.contains(form), "{screen}");
        assert!(!screen.contains(questions), "{screen}");
        h.key(KeyCode::Esc);
        h.key(KeyCode::Enter);
        assert_eq!(h.w.step, Step::Copy);
        h.key(KeyCode::Char('?'));
        let screen = flat(&h.screen(80, 40), lang);
        assert!(screen.contains(copy), "{screen}");
    }
}

/// A listing that ends by itself says so in its warning; "what to do first" does not add a
/// bullet saying it again.
#[test]
fn an_expiring_listing_says_it_ends_by_itself_once() {
    for (lang, ends) in [(Lang::Ja, "自然に外れ"), (Lang::En, "ends by itself")] {
        for file in ["uceprotect/level1.eml", "spamcop/scbl-postfix.eml"] {
            let mut h = case(file, lang);
            h.w.go(Step::List);
            let screen = flat(&h.screen(80, 80), lang);
            assert_eq!(screen.matches(ends).count(), 1, "{file}: {screen}");
        }
    }
}

/// Gmail takes no request: its conditions are headed as what lifts the block, without "before
/// you ask" or "the cause stopped before you ask".
#[test]
fn conditions_without_a_request_are_not_about_asking() {
    for (lang, heading, asking) in [
        (Lang::Ja, "■ブロックが解けるための条件", "申請"),
        (Lang::En, "■ What it takes for the block to lift", "ask"),
    ] {
        let mut h = case("gmail/rate-limited-4728.eml", lang);
        h.w.go(Step::List);
        let screen = flat(&h.screen(80, 80), lang);
        let (_, conditions) = screen
            .split_once(heading)
            .unwrap_or_else(|| panic!("{lang:?}: no conditions heading: {screen}"));
        assert!(!conditions.contains(asking), "{lang:?}: {conditions}");
    }
}

/// Step 7's "why" says what the list's listing means and then only the cause given: "spam was
/// seen from your IP" is never said as a fact, and an unknown cause is said to be unknown.
#[test]
fn why_it_happened_does_not_call_a_setup_problem_spam() {
    use delist::request::Cause;
    for (lang, old, unknown) in [
        (
            Lang::Ja,
            "迷惑メールが送られたと判断され",
            "原因はまだ分かっていません",
        ),
        (
            Lang::En,
            "Spam was seen coming",
            "The cause is not known yet",
        ),
    ] {
        for cause in [Cause::DynamicIp, Cause::StolenPassword, Cause::Unknown] {
            let mut h = Harness::demo_at(lang, Step::After);
            h.w.draft.answers.cause = Some(cause);
            h.w.draft.answers.server = None;
            let screen = flat(&h.screen(80, 80), lang);
            assert!(!screen.contains(old), "{cause:?}: {screen}");
            assert_eq!(
                screen.contains(unknown),
                cause == Cause::Unknown,
                "{cause:?}: {screen}"
            );
            let given = if lang == Lang::Ja {
                "あなたの回答では、原因は"
            } else {
                "Your answer gives the cause as"
            };
            assert_eq!(
                screen.contains(given),
                cause != Cause::Unknown,
                "{cause:?}: {screen}"
            );
        }
    }
}

/// UCEPROTECT level 2 takes requests only from the IP's owner: step 5 says the questions write
/// the mail to them, and step 7 says to wait for their answer, not for a list's automatic reply.
#[test]
fn a_request_only_the_owner_may_make_waits_for_the_owner() {
    let path = common::fixture_dir("heldout").join("sendmail-dsn-uceprotect-l2.eml");
    let bounce = std::fs::read_to_string(path).expect("fixture reads");
    for (lang, mail, wait, auto) in [
        (
            Lang::Ja,
            "解除申請を頼むメールができます",
            "からの返事を待ち",
            "自動返信メール",
        ),
        (
            Lang::En,
            "the mail asking the IP address's owner",
            "Wait for your hosting provider",
            "automatic reply",
        ),
    ] {
        let mut h = Harness::new(lang);
        h.paste(&bounce);
        h.w.go(Step::Form);
        let form = flat(&h.screen(80, 24), lang);
        assert!(form.contains(mail), "{form}");
        h.answer_form();
        h.w.go(Step::After);
        let after = flat(&h.screen(80, 80), lang);
        assert!(after.contains(wait), "{after}");
        assert!(!after.contains(auto), "{after}");
    }
}

/// SpamRATS will not remove an IP without a reverse DNS: step 6 says so and points to step 7,
/// whose email asks the provider to set it. The email copied with `c` reads as a text of its
/// own: 逆引き(PTR) the first time, then 逆引き, as on a screen (#16).
#[test]
fn a_refused_request_hands_over_the_provider_email_glossed_once() {
    use delist::request::Question;
    let bounce = std::fs::read_to_string(common::fixture_dir("lists").join("spamrats/noptr.eml"))
        .expect("the fixture");
    let mut h = Harness::new(Lang::Ja);
    h.paste(&bounce);
    for _ in 0..40 {
        match h.w.step {
            Step::After => break,
            Step::Form => {
                match h.w.form.focused {
                    // "Nothing done yet": the reverse DNS is not set, so the list refuses.
                    Some(Question::Fixes) => h.key(KeyCode::Char('1')),
                    Some(Question::NameJa) if h.w.form.name_ja.value().is_empty() => {
                        h.type_text("山田 太郎");
                    }
                    Some(Question::Email) if h.w.form.email.value().is_empty() => {
                        h.type_text("postmaster@example.co.jp");
                    }
                    _ => {}
                }
                h.key(KeyCode::Enter);
            }
            Step::Copy => {
                let screen = flat(&h.screen(80, 40), Lang::Ja);
                assert!(screen.contains("ステップ7に"), "{screen}");
                h.key(KeyCode::Enter);
            }
            _ => h.key(KeyCode::Enter),
        }
    }
    assert_eq!(h.w.step, Step::After);
    h.key(KeyCode::Char('c'));
    let (_, mail) = h.copies.last().expect("the email was copied").clone();
    assert!(mail.contains("【設定のお願い】"), "{mail}");
    assert!(mail.contains("山田 太郎です。"), "{mail}");
    assert_eq!(mail.matches("逆引き(PTR)").count(), 1, "{mail}");
    assert!(mail.matches("逆引き").count() >= 3, "{mail}");
    assert!(!mail.contains("解除申請をしていただけ"), "{mail}");
}

/// Step 7's general advice fits the cause chosen: a missing reverse DNS is prevented by
/// checking it, not by changing passwords; and a refused request's email may go to the
/// internet provider, so its heading names both.
#[test]
fn step_seven_advice_fits_the_cause_and_the_refusal() {
    for (lang, check, password, heading) in [
        (
            Lang::Ja,
            "が正しいかを確かめてください",
            "パスワードを使い回さず",
            "レンタルサーバー会社・プロバイダーへの連絡文",
        ),
        (
            Lang::En,
            "check its reverse DNS",
            "Do not reuse passwords",
            "Message to your hosting or internet provider",
        ),
    ] {
        let mut h = case("spamrats/noptr.eml", lang);
        h.w.draft.answers.cause = Some(delist::request::Cause::NoPtr);
        h.w.go(Step::After);
        let after = flat(&h.screen(100, 200), lang);
        assert!(after.contains(check), "{lang:?}: {after}");
        assert!(!after.contains(password), "{lang:?}: {after}");
        assert!(after.contains(heading), "{lang:?}: {after}");

        // Without a cause, the password advice that fits most listings, and the demo's
        // ordinary request keeps the hosting provider's heading.
        let mut h = Harness::demo_at(lang, Step::After);
        h.w.draft.answers.cause = None;
        let after = flat(&h.screen(100, 200), lang);
        assert!(after.contains(password), "{lang:?}: {after}");
        assert!(!after.contains(heading), "{lang:?}: {after}");
    }
}

/// A request the list's rules refuse has no fields: step 6 offers no copy keys, only the way on.
#[test]
fn a_refused_request_offers_no_copy_keys() {
    for lang in [Lang::Ja, Lang::En] {
        let mut h = case("spamrats/noptr.eml", lang);
        h.w.draft.answers.cause = Some(delist::request::Cause::NoPtr);
        h.w.go(Step::Copy);
        let screen = h.screen(100, 40);
        assert!(!screen.contains("1-9"), "{lang:?}: {screen}");
        let before = h.copies.len();
        h.key(KeyCode::Char('1'));
        h.key(KeyCode::Char('a'));
        assert_eq!(h.copies.len(), before, "{lang:?}: nothing to copy");
    }
}
