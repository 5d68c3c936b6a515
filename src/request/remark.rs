//! What the request writer says about an answer. Every result is a value the UI can show: a
//! Fluent id plus arguments, never a formatted string, so the wizard and the command line word
//! it the same way in either language.

use serde::Serialize;

use crate::i18n::{FluentArgs, Lang, tr_args};

/// One question the person answers, and what a remark is about: the command line names its
/// flag, the wizard shows it as one item of the form step (in this order).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Question {
    /// Which list (`--list`, or the bounce).
    List,
    /// The cause.
    Cause,
    /// The fixes already made.
    Fixes,
    /// The prevention steps.
    Prevention,
    /// The server type.
    Server,
    /// The hosting provider's name.
    Provider,
    /// The person's name as they write it in Japanese (kanji or kana), for the Japanese texts.
    NameJa,
    /// The person's name in the Latin alphabet (kana is converted), for the English texts.
    Name,
    /// The contact email.
    Email,
    /// The person's role.
    Role,
    /// The company's name as written in Japanese (kanji or kana), for the Japanese texts.
    CompanyJa,
    /// The company.
    Company,
    /// The telephone number.
    Phone,
    /// The blocked IP address.
    Ip,
    /// Whether the IP is static.
    IpKind,
    /// The English reason, written from the other answers; the person may rewrite it.
    Reason,
}

impl Question {
    /// The command-line flag that answers this question.
    #[must_use]
    pub const fn flag(self) -> &'static str {
        match self {
            Self::List => "--list",
            Self::Cause => "--cause",
            // The command line has no flag of its own for the reason: it is written from the
            // fixes.
            Self::Fixes | Self::Reason => "--fix",
            Self::Prevention => "--prevent",
            Self::Server => "--server",
            Self::Provider => "--provider",
            Self::NameJa => "--name-ja",
            Self::Name => "--name",
            Self::Email => "--email",
            Self::Role => "--role",
            Self::Company => "--company",
            Self::CompanyJa => "--company-ja",
            Self::Phone => "--phone",
            Self::Ip => "--ip",
            Self::IpKind => "--ip-kind",
        }
    }

    /// The question whose remarks this one shows: the reason is written from the fixes, so
    /// what is said about the fixes is said beside it too.
    #[must_use]
    pub const fn remarks_of(self) -> Self {
        match self {
            Self::Reason => Self::Fixes,
            other => other,
        }
    }

    /// Whether it is answered by picking from a list.
    #[must_use]
    pub const fn is_choice(self) -> bool {
        matches!(
            self,
            Self::Cause | Self::Fixes | Self::Prevention | Self::Server | Self::IpKind | Self::Role
        )
    }

    /// Whether several choices may be ticked.
    #[must_use]
    pub const fn is_multi(self) -> bool {
        matches!(self, Self::Fixes | Self::Prevention)
    }
}

/// The result of checking one answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Validation {
    /// Nothing to say.
    Valid,
    /// Acceptable, but the person should read this (a free-mail address, a converted name).
    Advice {
        /// Fluent id of the message.
        id: String,
        /// Its arguments.
        args: Vec<(String, String)>,
    },
    /// Cannot be used; the message says what to do.
    Invalid {
        /// Fluent id of the message.
        id: String,
        /// Its arguments.
        args: Vec<(String, String)>,
    },
}

impl Validation {
    pub(super) fn invalid(id: &str, args: &[(&str, &str)]) -> Self {
        Self::Invalid {
            id: id.to_owned(),
            args: owned(args),
        }
    }

    pub(super) fn advice(id: &str, args: &[(&str, &str)]) -> Self {
        Self::Advice {
            id: id.to_owned(),
            args: owned(args),
        }
    }

    /// True unless invalid.
    #[must_use]
    pub const fn is_ok(&self) -> bool {
        !matches!(self, Self::Invalid { .. })
    }

    /// The message in `lang`, when there is one.
    #[must_use]
    pub fn message(&self, lang: Lang) -> Option<String> {
        match self {
            Self::Valid => None,
            Self::Advice { id, args } | Self::Invalid { id, args } => {
                Some(format_msg(lang, id, args))
            }
        }
    }
}

/// A remark about one answer: an error that stops the request, or advice shown beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Remark {
    /// The answer it is about.
    pub about: Question,
    /// Fluent id of the message.
    pub id: String,
    /// Its arguments.
    pub args: Vec<(String, String)>,
}

impl Remark {
    /// A remark from an id and arguments.
    #[must_use]
    pub fn new(about: Question, id: &str, args: &[(&str, &str)]) -> Self {
        Self {
            about,
            id: id.to_owned(),
            args: owned(args),
        }
    }

    /// The remark for a validation that is not `Valid`.
    #[must_use]
    pub fn from_validation(about: Question, v: &Validation) -> Option<Self> {
        match v {
            Validation::Valid => None,
            Validation::Advice { id, args } | Validation::Invalid { id, args } => Some(Self {
                about,
                id: id.clone(),
                args: args.clone(),
            }),
        }
    }

    /// The message in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        format_msg(lang, &self.id, &self.args)
    }
}

fn owned(args: &[(&str, &str)]) -> Vec<(String, String)> {
    args.iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Formats `id` with `args` (see [`fluent_args`]).
fn format_msg(lang: Lang, id: &str, args: &[(String, String)]) -> String {
    tr_args(lang, id, Some(&fluent_args(lang, args)))
}

/// A remark's arguments as Fluent takes them in `lang`. An argument whose name ends in `_id`
/// holds a message id: it is formatted in the same language and passed under the name without
/// `_id`, so a remark can name another answer's label in whichever language it is shown in.
/// One whose name ends in `_ja` is the Japanese form of the argument without `_ja` (`list_ja`:
/// a list named with its company's Japanese name), which it replaces in Japanese only.
#[must_use]
pub fn fluent_args(lang: Lang, args: &[(String, String)]) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        if k.ends_with("_ja") {
            continue;
        }
        match k.strip_suffix("_id") {
            Some(name) => a.set(name.to_owned(), tr_args(lang, v, None)),
            None => a.set(k.clone(), v.clone()),
        }
    }
    if lang == Lang::Ja {
        for (k, v) in args {
            if let Some(name) = k.strip_suffix("_ja") {
                a.set(name.to_owned(), v.clone());
            }
        }
    }
    a
}
