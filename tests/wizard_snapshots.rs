//! Every step of the demo case on screen, in Japanese and English, at 80×24 and 120×40, plus
//! the overlays and the edge screens. The snapshots are the screen as text: a wide character
//! appears once, as a person reads it. `INSTA_UPDATE=always cargo test --test wizard_snapshots`
//! rewrites them; review the diff before committing.

mod wizard_support;

use crossterm::event::{KeyCode, KeyModifiers};
use delist::i18n::Lang;
use delist::wizard::Step;
use delist::wizard::ui::Theme;
use ratatui::style::Modifier;
use wizard_support::Harness;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
/// The steps that show running text (the others are forms and the paste box).
const TEXT_STEPS: [Step; 5] = [
    Step::Happened,
    Step::Ip,
    Step::List,
    Step::Copy,
    Step::After,
];

fn code(lang: Lang) -> &'static str {
    lang.code()
}

#[test]
fn every_step_in_both_languages_at_both_sizes() {
    for lang in Lang::ALL {
        for step in Step::ALL {
            let mut h = Harness::demo_at(lang, step);
            for (w, rows) in SIZES {
                let name = format!("step{}_{step:?}_{}_{w}x{rows}", step.number(), code(lang));
                insta::assert_snapshot!(name, h.screen(w, rows));
            }
        }
    }
}

#[test]
fn the_form_with_every_answer_given() {
    for lang in Lang::ALL {
        let mut h = Harness::demo_at(lang, Step::Copy);
        h.key(KeyCode::Esc);
        assert_eq!(h.w.step, Step::Form);
        for (w, rows) in SIZES {
            let name = format!("step5_answered_{}_{w}x{rows}", code(lang));
            insta::assert_snapshot!(name, h.screen(w, rows));
        }
    }
}

#[test]
fn overlays_and_edge_screens() {
    for lang in Lang::ALL {
        let c = code(lang);
        let mut h = Harness::demo_at(lang, Step::Happened);
        h.key(KeyCode::Char('?'));
        insta::assert_snapshot!(format!("help_happened_{c}_80x24"), h.screen(80, 24));
        h.key(KeyCode::Esc);
        h.key(KeyCode::Char('q'));
        insta::assert_snapshot!(format!("quit_{c}_80x24"), h.screen(80, 24));
        h.key(KeyCode::Char('n'));

        let mut h = Harness::demo_at(lang, Step::List);
        h.key(KeyCode::Char('p'));
        insta::assert_snapshot!(format!("qr_{c}_80x24"), h.screen(80, 24));

        let mut h = Harness::demo_at(lang, Step::Ip);
        h.key(KeyCode::Char('e'));
        h.key_with(KeyCode::Char('u'), KeyModifiers::CONTROL);
        h.type_text("10.0.0.5");
        h.key(KeyCode::Enter);
        insta::assert_snapshot!(format!("ip_entry_refused_{c}_80x24"), h.screen(80, 24));

        let mut h = Harness::new(lang);
        insta::assert_snapshot!(format!("paste_empty_{c}_80x24"), h.screen(80, 24));
        insta::assert_snapshot!(format!("too_small_{c}_59x16"), h.screen(59, 16));

        let mut h = Harness::new(lang);
        h.paste("Hello,\nthe meeting is moved to Friday.\n");
        h.key(KeyCode::Enter);
        insta::assert_snapshot!(format!("not_a_bounce_{c}_80x24"), h.screen(80, 24));
    }
}

#[test]
fn resizing_at_any_moment_draws_a_whole_screen() {
    let mut h = Harness::demo_at(Lang::Ja, Step::List);
    for (w, rows) in [
        (80, 24),
        (59, 16),
        (60, 16),
        (100, 30),
        (200, 60),
        (61, 17),
        (80, 24),
    ] {
        let screen = h.screen(w, rows);
        assert_eq!(screen.lines().count(), usize::from(rows));
        if w >= 60 && rows >= 16 {
            assert!(screen.contains("ステップ 4/7"), "{w}x{rows}:\n{screen}");
        } else {
            assert!(screen.contains("ウィンドウ"), "{w}x{rows}:\n{screen}");
        }
    }
}

#[test]
fn without_colour_every_state_still_shows() {
    // NO_COLOR: no cell carries a colour, and the evidence is still marked (reverse video).
    let mut h = Harness::demo_at(Lang::Ja, Step::Ip);
    h.send(delist::wizard::msg::Msg::Resize(80, 24));
    let buffer = h.buffer(80, 24, Theme { color: false });
    let mut marked = String::new();
    for cell in buffer.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset, "{cell:?}");
        assert_eq!(cell.bg, ratatui::style::Color::Reset, "{cell:?}");
        if cell.modifier.contains(Modifier::REVERSED) && cell.modifier.contains(Modifier::BOLD) {
            marked.push_str(cell.symbol());
        }
    }
    assert!(marked.contains("203.0.113.25"), "marked: {marked:?}");
    for step in Step::ALL {
        let h = Harness::demo_at(Lang::En, step);
        let buffer = h.buffer(120, 40, Theme { color: false });
        assert!(
            buffer
                .content()
                .iter()
                .all(|c| c.fg == ratatui::style::Color::Reset
                    && c.bg == ratatui::style::Color::Reset),
            "{step:?} uses colour with NO_COLOR"
        );
    }
}

#[test]
fn control_characters_in_a_paste_never_reach_the_screen() {
    let mut h = Harness::new(Lang::En);
    h.paste("550 5.7.1 blocked \u{1b}]52;c;ZXZpbA==\u{7} \u{1b}[2J\u{9b}31m \u{202e}txt.exe\n");
    let buffer = h.buffer(80, 24, Theme { color: true });
    for cell in buffer.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{cell:?}"
        );
    }
    let screen = wizard_support::text_of(&buffer);
    assert!(screen.contains("␛]52;c;ZXZpbA==␇"), "{screen}");
}

#[test]
fn wide_characters_are_never_cut_in_half() {
    // At odd widths every Japanese character is whole: its second cell is the hidden one.
    for w in [61, 77, 99, 101] {
        for step in [Step::Happened, Step::List, Step::After] {
            let h = Harness::demo_at(Lang::Ja, step);
            let buffer = h.buffer(w, 30, Theme { color: true });
            let text = wizard_support::text_of(&buffer);
            assert!(!text.contains('\u{fffd}'), "{step:?} at {w}:\n{text}");
            for line in text.lines() {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= usize::from(w),
                    "{step:?} at {w}: {line}"
                );
            }
        }
    }
}

#[test]
fn hostile_pastes_draw_every_step() {
    // Over half a megabyte on one line (so the box is read-only) around a real refusal, with
    // control characters and bidi overrides.
    let filler = "x\u{1b}[31m\u{202e}".repeat(30_000);
    let line = format!(
        "{filler} 554 5.7.1 Service unavailable; Client host [203.0.113.77] blocked using zen.spamhaus.org {filler}"
    );
    for text in [
        line.as_str(),
        "\u{0}\u{7}\u{1b}]52;c;QUJD\u{7}",
        "日本語だけの一行",
    ] {
        let mut h = Harness::new(Lang::Ja);
        h.paste(text);
        for step in Step::ALL {
            h.w.go(step);
            for (w, rows) in [(80, 24), (120, 40), (60, 16)] {
                let screen = h.screen(w, rows);
                assert_eq!(screen.lines().count(), usize::from(rows), "{step:?}");
                assert!(
                    screen.contains(&format!("ステップ {}/7", step.number())),
                    "{step:?}"
                );
            }
        }
    }
}

#[test]
fn a_qr_code_is_shown_whole_or_not_at_all() {
    let mut h = Harness::demo_at(Lang::Ja, Step::List);
    h.key(KeyCode::Char('p'));
    let small = h.screen(60, 16);
    assert!(
        small.contains("ウィンドウが小さいため、QRコード"),
        "{small}"
    );
    let big = h.screen(80, 24);
    assert!(big.contains("█▀▀▀▀▀█"), "{big}");
    assert_eq!(
        big.matches("█▀▀▀▀▀█").count(),
        3,
        "all three finder patterns:\n{big}"
    );
}

/// Every page of every text step, as Page Down shows it, in both languages at both sizes:
/// no page ends with a heading (「■ 再発を防ぐには」 alone at the bottom), no Japanese line starts
/// with a closing mark, and no Japanese line holds one or two characters alone (「す。」).
#[test]
fn every_page_keeps_headings_with_their_text_and_japanese_lines_whole() {
    for lang in Lang::ALL {
        for step in TEXT_STEPS {
            for (w, rows) in SIZES {
                let mut h = Harness::demo_at(lang, step);
                let mut seen = Vec::new();
                for page in 0..12 {
                    let screen = h.screen(w, rows);
                    if seen.contains(&screen) {
                        break;
                    }
                    let lines: Vec<&str> = screen.lines().collect();
                    // The body runs from under the step bar to the row that says there is
                    // more (or to the notice line when it all fits).
                    let end = lines
                        .iter()
                        .position(|l| l.contains('▼') || l.contains('▲'))
                        .unwrap_or(lines.len().saturating_sub(3));
                    let body = &lines[2..end];
                    let at = format!("{step:?} {} {w}x{rows} page {page}:\n{screen}", code(lang));
                    for (i, line) in body.iter().enumerate() {
                        let text = line.trim();
                        if text.starts_with('■') {
                            assert!(
                                body.get(i + 1).is_some_and(|next| !next.trim().is_empty()),
                                "a heading ends the page: {at}"
                            );
                        }
                        if lang == Lang::Ja && i > 0 {
                            let head = text.chars().next().unwrap_or(' ');
                            assert!(!"。、」)！？".contains(head), "{head} starts a line: {at}");
                            let wide = |c: char| !c.is_ascii() && c != '・';
                            let n = text.chars().count();
                            assert!(
                                !(n > 0 && n < 3 && text.chars().all(wide)),
                                "{text:?} alone on a line: {at}"
                            );
                        }
                    }
                    seen.push(screen);
                    h.key(KeyCode::PageDown);
                }
            }
        }
    }
}

/// The bounces the line-scrolling test walks besides the demo: the wizard's own fixtures (a
/// closed list, an auto-expiring one, a paid "express" removal, a bounce with no list, a
/// recipient's own filter, phishing links, Spamhaus through Microsoft 365, …).
const SCROLLED: [&str; 10] = [
    include_str!("wizard_fixtures/barracuda.txt"),
    include_str!("wizard_fixtures/blocked-no-list.txt"),
    include_str!("wizard_fixtures/ers-with-fake-links.txt"),
    include_str!("wizard_fixtures/gmail-rate-limited.txt"),
    include_str!("wizard_fixtures/m365-spamhaus.txt"),
    include_str!("wizard_fixtures/sorbs-closed.txt"),
    include_str!("wizard_fixtures/spamcop-no-ip.txt"),
    include_str!("wizard_fixtures/spamhaus-sbl.txt"),
    include_str!("wizard_fixtures/uceprotect.txt"),
    include_str!("wizard_fixtures/user-unknown.txt"),
];

/// A bounce pasted and walked to `step` as a person would (the form answered, `b` where the
/// wizard finds no list); `None` when the walk cannot get there.
fn walked_to(lang: Lang, bounce: &str, step: Step) -> Option<Harness> {
    let mut h = Harness::new(lang);
    h.paste(bounce);
    let mut anyway = false;
    while h.w.step < step {
        let before = h.w.step;
        if before == Step::Form {
            h.answer_form();
        } else {
            h.key(KeyCode::Enter);
        }
        if h.w.step == before && before == Step::Ip {
            h.key(KeyCode::Enter);
        }
        if h.w.step == before && !anyway {
            anyway = true;
            h.key(KeyCode::Char('b'));
        }
        if h.w.step <= before {
            return None;
        }
    }
    Some(h)
}

/// Scrolling one line at a time (↓) stops anywhere, not only on the pages Page Down shows:
/// on every text step of the demo and of the wizard's fixtures, in both languages at both
/// sizes, no view ends with a heading whose section starts below it.
#[test]
fn scrolling_line_by_line_never_ends_the_view_on_a_heading() {
    let mut seen_scrolled = 0;
    for lang in Lang::ALL {
        for (n, bounce) in std::iter::once(None)
            .chain(SCROLLED.iter().map(Some))
            .enumerate()
        {
            for step in TEXT_STEPS {
                let walked = match bounce {
                    None => Some(Harness::demo_at(lang, step)),
                    Some(text) => walked_to(lang, text, step),
                };
                let Some(mut h) = walked else {
                    continue;
                };
                for (w, rows) in SIZES {
                    h.w.scroll = Default::default();
                    let mut last = String::new();
                    for line_down in 0..400 {
                        let screen = h.screen(w, rows);
                        if screen == last {
                            break;
                        }
                        seen_scrolled += usize::from(line_down > 0);
                        let lines: Vec<&str> = screen.lines().collect();
                        // The body runs from under the step bar to the row that says there is
                        // more; a body without that row is whole, and does not scroll.
                        let Some(end) = lines
                            .iter()
                            .position(|l| l.contains('▼') || l.contains('▲'))
                        else {
                            break;
                        };
                        let body = &lines[2..end];
                        for (i, line) in body.iter().enumerate() {
                            assert!(
                                !line.trim().starts_with('■')
                                    || body.get(i + 1).is_some_and(|l| !l.trim().is_empty()),
                                "bounce {n} {step:?} {} {w}x{rows}, {line_down} lines down: \
                                 a heading ends the view:\n{screen}",
                                code(lang)
                            );
                        }
                        last = screen;
                        h.key(KeyCode::Down);
                    }
                }
            }
        }
    }
    assert!(seen_scrolled > 100, "only {seen_scrolled} views scrolled");
}

/// `u` copies the official address on steps 4 and 6 as it does on steps 2 and 7: the key bar
/// names it beside `c`, in both languages, down to 80 columns, and so does the help.
#[test]
fn the_key_bar_lists_u_beside_c_where_both_copy_the_address() {
    for lang in Lang::ALL {
        for step in [Step::List, Step::Copy] {
            let mut h = Harness::demo_at(lang, step);
            for (w, rows) in SIZES {
                let screen = h.screen(w, rows);
                let bar: Vec<&str> = screen.lines().rev().take(2).collect();
                assert!(
                    bar.iter().any(|l| l.contains(" c/u  ")),
                    "{step:?} {} {w}x{rows}:\n{screen}",
                    code(lang)
                );
            }
            h.key(KeyCode::Char('?'));
            let help = h.screen(80, 24);
            assert!(help.contains("c/u"), "{step:?} {}:\n{help}", code(lang));
            h.key(KeyCode::Esc);
            let before = h.out.copies.len();
            h.key(KeyCode::Char('u'));
            assert_eq!(h.out.copies.len(), before + 1, "{step:?}: u copies");
        }
    }
}
