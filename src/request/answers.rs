//! The questionnaire as plain data: every answer is a choice from a fixed set, so the English
//! text can be written once, checked by a native reader, and never invented from free text.
//! `Answers` is `Default` and serde, so a wizard case can save and resume it.

use serde::{Deserialize, Serialize};

/// One of the questionnaire's fixed choices, named by a stable id: what the command line and
/// saved cases need to read a choice back without knowing which question it answers.
pub trait Choice: Copy + 'static {
    /// Every choice, in the order the questionnaire offers them.
    const ALL: &'static [Self];
    /// The stable id (`shared-server`).
    fn id(self) -> &'static str;
    /// Looks a choice up by its id.
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.id() == id.trim())
    }
    /// The choice's label in the questionnaire, in `lang`.
    fn label(self, lang: crate::i18n::Lang) -> String;
}

/// Declares a choice enum with its stable ids (used on the command line, in JSON and in
/// message ids) and an `ALL` list in the order the questionnaire offers them.
macro_rules! choice {
    ($(#[$doc:meta])* $name:ident ($prefix:literal) { $($(#[$vdoc:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            /// Every choice, in the order the questionnaire offers them.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The stable id (`shared-server`).
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self { $(Self::$variant => $id,)+ }
            }

            /// Looks a choice up by its id.
            #[must_use]
            pub fn from_id(id: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|c| c.id() == id.trim())
            }

            /// The Fluent id of the choice's label in the questionnaire.
            #[must_use]
            pub fn label_id(self) -> String {
                format!("{}{}", $prefix, self.id())
            }

            /// The choice's label in the questionnaire, in `lang`.
            #[must_use]
            pub fn label(self, lang: crate::i18n::Lang) -> String {
                crate::i18n::tr(lang, &self.label_id())
            }
        }

        impl Choice for $name {
            const ALL: &'static [Self] = $name::ALL;

            fn id(self) -> &'static str {
                $name::id(self)
            }

            fn label(self, lang: crate::i18n::Lang) -> String {
                $name::label(self, lang)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

choice! {
    /// Why the IP was listed, as far as the user knows.
    Cause ("request-cause-") {
        /// The cause is not known (offered first: it is the honest answer when in doubt).
        Unknown = "unknown",
        /// Another customer on the same shared server sent spam.
        SharedServer = "shared-server",
        /// A mail account's password was stolen and used to send spam.
        StolenPassword = "stolen-password",
        /// A PC in the office was infected and sent spam.
        InfectedPc = "infected-pc",
        /// The website or its contact form was abused to send spam.
        HackedWebsite = "hacked-website",
        /// The IP is new or was reassigned, and carries someone else's history.
        NewIp = "new-ip",
        /// A server on a dynamic (home or office line) IP sent mail directly.
        DynamicIp = "dynamic-ip",
        /// The IP has no PTR record, or the PTR and HELO name do not match.
        NoPtr = "no-ptr",
        /// Recipients of a newsletter marked it as spam.
        NewsletterComplaints = "newsletter-complaints",
        /// Auto-replies or bounces went to forged senders.
        Backscatter = "backscatter",
        /// The server relayed mail for anyone.
        OpenRelay = "open-relay",
    }
}

choice! {
    /// What has already been done (several may be chosen; each is claimed only when chosen).
    Fix ("request-fix-") {
        /// Asked the hosting provider to find and stop the source.
        AskedProvider = "asked-provider",
        /// Changed the passwords of the mail accounts.
        ChangedPasswords = "changed-passwords",
        /// Turned on two-factor authentication.
        EnabledMfa = "enabled-mfa",
        /// Scanned the PCs and removed the malware.
        RemovedMalware = "removed-malware",
        /// Updated the website and secured its forms.
        FixedWebsite = "fixed-website",
        /// Closed the open relay.
        ClosedRelay = "closed-relay",
        /// Set a PTR record that matches the server's host name.
        SetPtr = "set-ptr",
        /// Now sends through the provider's mail server with authentication.
        UseProviderSmtp = "use-provider-smtp",
        /// Set up SPF, DKIM and DMARC.
        SetAuthentication = "set-authentication",
        /// Removed invalid and inactive addresses from the mailing list.
        CleanedList = "cleaned-list",
        /// Stopped auto-replies and bounces to unknown senders.
        StoppedAutoReplies = "stopped-auto-replies",
        /// Reduced the sending volume and rate.
        ReducedVolume = "reduced-volume",
    }
}

choice! {
    /// How a repeat will be prevented (several may be chosen).
    Prevention ("request-prevention-") {
        /// Watch outgoing mail and the lists regularly.
        Monitor = "monitor",
        /// Limit how much each account may send.
        RateLimit = "rate-limit",
        /// Strong, unique passwords for every account.
        StrongPasswords = "strong-passwords",
        /// Keep PCs, the server and the website up to date.
        Updates = "updates",
        /// Keep antivirus software running on every PC.
        Antivirus = "antivirus",
        /// Send newsletters only to confirmed subscribers.
        ConfirmedOptIn = "confirmed-opt-in",
        /// Teach the staff to recognise phishing.
        StaffTraining = "staff-training",
        /// Ask the hosting provider about a dedicated IP address.
        AskProviderDedicatedIp = "ask-provider-dedicated-ip",
    }
}

choice! {
    /// Where the office's mail is sent from.
    ServerType ("request-server-") {
        /// Not known (offered first).
        Unknown = "unknown",
        /// A shared rental server (共用サーバー).
        Shared = "shared",
        /// The office's own server.
        Own = "own",
        /// A cloud or VPS server the office runs.
        Cloud = "cloud",
        /// Microsoft 365 (Exchange Online).
        M365 = "m365",
        /// Google Workspace.
        Google = "google",
    }
}

choice! {
    /// Whether the blocked IP is fixed (static) or changes (dynamic), as the ISP contract says.
    IpKind ("request-ip-kind-") {
        /// Not known (offered first).
        Unknown = "unknown",
        /// A fixed IP address (固定IP).
        Static = "static",
        /// An IP address that changes (an ordinary office or home line).
        Dynamic = "dynamic",
    }
}

impl ServerType {
    /// The answer as a fact: `None` when not given or not known.
    #[must_use]
    pub fn known(answer: Option<Self>) -> Option<Self> {
        answer.filter(|s| *s != Self::Unknown)
    }

    /// Whether other customers send from the same IP addresses.
    #[must_use]
    pub const fn is_shared(self) -> bool {
        matches!(self, Self::Shared | Self::M365 | Self::Google)
    }

    /// Whether a mail platform runs the server, so its operator handles every listing.
    #[must_use]
    pub const fn is_platform(self) -> bool {
        matches!(self, Self::M365 | Self::Google)
    }
}

impl Cause {
    /// Whether the cause is the office's own (its accounts, PCs, site, list, server): a repeat is
    /// then in its hands, unlike a neighbour's on a shared server.
    #[must_use]
    pub const fn is_own(self) -> bool {
        !matches!(self, Self::SharedServer | Self::NewIp | Self::Unknown)
    }

    /// The fixes that usually answer this cause, for the questionnaire to offer first.
    #[must_use]
    pub const fn usual_fixes(self) -> &'static [Fix] {
        match self {
            Self::SharedServer => &[Fix::AskedProvider],
            Self::StolenPassword => &[Fix::ChangedPasswords, Fix::EnabledMfa],
            Self::InfectedPc => &[Fix::RemovedMalware, Fix::ChangedPasswords],
            Self::HackedWebsite => &[Fix::FixedWebsite, Fix::ChangedPasswords],
            Self::NewIp => &[Fix::SetAuthentication, Fix::SetPtr],
            Self::DynamicIp => &[Fix::UseProviderSmtp],
            Self::NoPtr => &[Fix::SetPtr],
            Self::NewsletterComplaints => &[Fix::CleanedList, Fix::ReducedVolume],
            Self::Backscatter => &[Fix::StoppedAutoReplies],
            Self::OpenRelay => &[Fix::ClosedRelay],
            Self::Unknown => &[Fix::AskedProvider, Fix::ChangedPasswords],
        }
    }

    /// The prevention steps that usually answer this cause.
    #[must_use]
    pub const fn usual_prevention(self) -> &'static [Prevention] {
        match self {
            Self::SharedServer => &[Prevention::Monitor, Prevention::AskProviderDedicatedIp],
            Self::StolenPassword => &[Prevention::StrongPasswords, Prevention::RateLimit],
            Self::InfectedPc => &[Prevention::Antivirus, Prevention::Updates],
            Self::HackedWebsite => &[Prevention::Updates, Prevention::Monitor],
            Self::NewIp | Self::NoPtr | Self::OpenRelay | Self::Unknown | Self::DynamicIp => {
                &[Prevention::Monitor]
            }
            Self::NewsletterComplaints => &[Prevention::ConfirmedOptIn, Prevention::RateLimit],
            Self::Backscatter => &[Prevention::Monitor, Prevention::Updates],
        }
    }
}

/// The person who sends the request: what the form asks about them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    /// Name for the English texts as typed: romaji, or kana that is converted to romaji.
    pub name: String,
    /// Name for the Japanese texts as the person writes it (kanji or kana); may be empty.
    pub name_ja: String,
    /// Email address the list replies to.
    pub email: String,
    /// Role or job title, in English (or one of the form's options).
    pub role: String,
    /// Company or organisation, in English or romaji.
    pub company: String,
    /// The company's name as written in Japanese (kanji or kana), for the Japanese texts;
    /// may be empty.
    pub company_ja: String,
    /// Telephone number, as typed (a Japanese `0…` number becomes `+81 …`).
    pub phone: String,
}

impl Contact {
    /// What the English name is written from: the name typed for English, else the Japanese
    /// one (kana is converted; kanji is refused and asked for in romaji, never guessed).
    #[must_use]
    pub fn name_for_en(&self) -> &str {
        if self.name.trim().is_empty() {
            self.name_ja.trim()
        } else {
            self.name.trim()
        }
    }

    /// The name for the Japanese texts, as the person wrote it: the Japanese name, else the
    /// one typed for English.
    #[must_use]
    pub fn name_for_ja(&self) -> &str {
        if self.name_ja.trim().is_empty() {
            self.name.trim()
        } else {
            self.name_ja.trim()
        }
    }

    /// The company for the Japanese texts, as the person wrote it: its Japanese name, else the
    /// one typed for English (never a reading guessed from romaji). Empty when neither is given.
    #[must_use]
    pub fn company_for_ja(&self) -> &str {
        if self.company_ja.trim().is_empty() {
            self.company.trim()
        } else {
            self.company_ja.trim()
        }
    }
}

/// Everything the user told us. Plain data: the wizard saves it with the case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Why it happened; `None` until answered.
    pub cause: Option<Cause>,
    /// What has been done, in the order chosen; only these are claimed.
    pub fixes: Vec<Fix>,
    /// How a repeat will be prevented.
    pub prevention: Vec<Prevention>,
    /// Where the mail is sent from; `None` until answered.
    pub server: Option<ServerType>,
    /// Whether the blocked IP is static; `None` until answered (asked only where a list's form
    /// or rules need it, as the Spamhaus PBL's do).
    pub ip_kind: Option<IpKind>,
    /// The hosting provider's name, as typed or detected (`Xserver`, `さくらインターネット`).
    pub provider: Option<String>,
    /// The mail server's host name (its PTR name), for forms that ask for it.
    pub hostname: Option<String>,
    /// The person asking.
    pub contact: Contact,
}

impl Answers {
    /// The fixes without repeats, in the order first chosen.
    #[must_use]
    pub fn fixes(&self) -> Vec<Fix> {
        dedup(&self.fixes)
    }

    /// The prevention steps without repeats, in the order first chosen.
    #[must_use]
    pub fn prevention(&self) -> Vec<Prevention> {
        dedup(&self.prevention)
    }
}

fn dedup<T: Copy + PartialEq>(items: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len());
    for &i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}
