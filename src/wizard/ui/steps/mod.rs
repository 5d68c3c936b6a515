//! One drawing module per step, named like the step modules that handle their keys.

pub mod after;
pub mod copy;
pub mod form;
pub mod form_item;
pub mod happened;
pub mod ip;
pub mod list;
pub mod online;
pub mod paste;

use ratatui::text::{Line, Span};

use super::ViewCtx;
use super::doc::Doc;
use crate::t;
use crate::wizard::layout::{SIDE_BY_SIDE, Shape};

/// A remark as the wizard says it: the answer that would lift a list's rule is named by the
/// choice's own words, not by the command line's flag and id (`--ip-kind static`).
#[must_use]
pub fn remark_text(r: &crate::request::Remark, lang: crate::i18n::Lang) -> String {
    let Some((_, choice_id)) = r.args.iter().find(|(k, _)| k == "choice_id") else {
        return r.message(lang);
    };
    let mut args = crate::request::fluent_args(lang, &r.args);
    let choice = t!(lang, choice_id);
    args.set(
        "answer",
        t!(lang, "wizard-form-choice-quoted", choice = choice),
    );
    crate::i18n::tr_args(lang, &r.id, Some(&args))
}

/// English and its translation: side by side from 100 columns, else one under the other.
pub fn bilingual(d: &mut Doc, ctx: &ViewCtx, en: &str, ja: Option<&str>, indent: usize) {
    let th = ctx.theme;
    let room = u16::try_from(d.width.saturating_sub(indent)).unwrap_or(u16::MAX);
    let pad = " ".repeat(indent);
    match ja {
        Some(ja) if ja != en && ctx.shape == Shape::SideBySide && room >= SIDE_BY_SIDE / 2 => {
            let half = room.saturating_sub(3) / 2;
            let mut left = Doc::new(half);
            left.block("", en, th.text());
            let mut right = Doc::new(half);
            right.block("", ja, th.dim());
            for line in Doc::beside(left, right, 3).lines {
                let mut spans = vec![Span::raw(pad.clone())];
                spans.extend(line.spans);
                d.raw(Line::from(spans));
            }
        }
        Some(ja) if ja != en => {
            d.block(&pad, en, th.text());
            d.hang(
                &format!("{pad}{} ", t!(ctx.w.lang, "wizard-form-translation")),
                ja,
                th.dim(),
            );
        }
        _ => {
            d.block(&pad, en, th.text());
        }
    }
}
