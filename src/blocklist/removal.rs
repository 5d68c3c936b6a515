//! How a listing is removed: the route (form, email, expiry, the IP's owner), who may ask, and
//! the form's fields in the form's own order, as `assets/blocklists.toml` states them.

use serde::{Deserialize, Serialize};

/// How a listing is removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RemovalMethod {
    /// Fill in a web form.
    WebForm,
    /// Send an email.
    Email,
    /// Nothing to send: the listing expires by itself.
    Expires,
    /// No removal exists (closed list, or a recipient-side filter).
    None,
    /// Only the owner of the IP (the hosting provider or ISP) can ask.
    AskProvider,
}

/// One field of a removal form, in the form's own order.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct FormField {
    /// Stable id (`name`, `email`, `reason`), used by the request writer and in message ids.
    pub id: String,
    /// The label exactly as the form shows it, in English.
    pub label: String,
    /// What goes there.
    pub value: FieldValue,
    /// The form's length limit in characters, where known.
    #[serde(default)]
    pub max_len: Option<usize>,
    /// Whether the form requires it.
    #[serde(default = "yes")]
    pub required: bool,
    /// For drop-downs: the options as the form lists them.
    #[serde(default)]
    pub options: Vec<String>,
    /// True when the field or its label comes from a third-party description, not the form.
    #[serde(default)]
    pub unverified: bool,
    /// A factual remark about the field (what the operator rejects, where the value comes from).
    #[serde(default)]
    pub note: Option<String>,
    /// For an `error-text` field: the operator asks for the refusal whole (Microsoft's "paste
    /// the full error messages", a forwarded NDR), so it is not cut down to its key line.
    #[serde(default)]
    pub whole: bool,
}

/// Serde's default for the flags that hold unless the catalogue says otherwise.
pub(super) const fn yes() -> bool {
    true
}

/// What a form field asks for; the request writer fills it from the diagnosis and the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldValue {
    /// The blocked IP address.
    Ip,
    /// The person's name in ASCII.
    Name,
    /// The contact email address.
    Email,
    /// The person's role or job (often a drop-down).
    Role,
    /// The company or organisation.
    Company,
    /// A telephone number.
    Phone,
    /// The country the IP is in.
    Country,
    /// The sender's mail domain.
    SenderDomain,
    /// The recipient's domain (the receiver that refused).
    RecipientDomain,
    /// The full address of a recipient whose mail was refused.
    RecipientAddress,
    /// The mail server's host name (its corrected PTR name).
    Hostname,
    /// The listed domain, as the list's lookup shows it (a domain list: a link's domain or the
    /// sender's); typed by the person, never guessed.
    ListedDomain,
    /// The address the bounce was sent to (Microsoft 365's portal asks for it).
    BouncedAddress,
    /// The free-text justification: why, what was done, how a repeat is prevented.
    Reason,
    /// The rejection text, copied unedited.
    ErrorText,
    /// A one-line title or subject for the request.
    Title,
    /// Whether the IP is static or dynamic.
    IpType,
    /// What the IP belongs to (a mail server, a personal computer).
    IpOwner,
    /// Whether the server is dedicated or shared.
    ServerShared,
    /// The kind of mail that was blocked (newsletters, company correspondence).
    MailType,
    /// The user's time zone.
    TimeZone,
    /// Something only the person can do on the page (a CAPTCHA, a checkbox).
    Manual,
}

/// Who may ask for removal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WhoMayAsk {
    /// Anyone.
    Anyone,
    /// The administrator of the mail server.
    ServerAdmin,
    /// The owner of the IP space, from a role address such as abuse@ or postmaster@.
    IpOwnerRoleAddress,
    /// Only the ISP or network owner.
    NetworkOwner,
    /// The recipient's administrator (a filter on the receiving side).
    Recipient,
}

/// How removal works for one entry (or one of its sub-lists).
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Removal {
    /// The route.
    pub method: RemovalMethod,
    /// The form's web address (HTTPS wherever the operator offers it).
    #[serde(default)]
    pub url: Option<String>,
    /// The address for email requests.
    #[serde(default)]
    pub email: Option<String>,
    /// Who may ask.
    pub who: WhoMayAsk,
    /// The form's fields in the form's order; for an email route, what the message must contain,
    /// in the order the operator lists it; empty where nothing is sent.
    #[serde(default)]
    pub fields: Vec<FormField>,
    /// Hours until the listing expires by itself, where stated.
    #[serde(default)]
    pub expires_hours: Option<u32>,
    /// Usual turnaround in hours after a request (low, high), where stated.
    #[serde(default)]
    pub turnaround_hours: Option<(u32, u32)>,
    /// The request must be confirmed from a link the operator emails.
    #[serde(default)]
    pub email_confirmation: bool,
    /// The operator requires an account (a login) before a request.
    #[serde(default)]
    pub account_required: bool,
    /// Conditions the operator sets before it removes (ids from [`super::vocabulary::CONDITIONS`]).
    #[serde(default)]
    pub conditions: Vec<String>,
    /// The language the operator asks for or answers in (`en`), where it says so.
    #[serde(default)]
    pub language: Option<String>,
    /// A support or escalation form for when the route above does not apply or fails.
    #[serde(default)]
    pub escalation_url: Option<String>,
    /// The operator's rules that forbid a request, in the order they are tried: while one
    /// holds there is no form to fill, only its advice.
    #[serde(default)]
    pub refusals: Vec<Refusal>,
    /// The refusal mail (NDR) must go along with the request as an attachment.
    #[serde(default)]
    pub attach_bounce: bool,
    /// A factual remark about the route.
    #[serde(default)]
    pub note: Option<String>,
}

/// A rule of the operator's that forbids a request for some answers (a dynamic IP on the
/// Spamhaus PBL), or until an answer is given (SpamRATS removes only once a PTR is set).
/// Facts are written as `request::rules::holds` reads them: `cause:dynamic-ip`, `fix:set-ptr`,
/// `server:own|cloud`, `ip-kind:static`.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Refusal {
    /// Facts that must all hold for the refusal to apply (empty: it always may).
    #[serde(default)]
    pub when: Vec<String>,
    /// A fact the operator needs before a request: the refusal applies while it does not
    /// hold, unanswered included.
    #[serde(default)]
    pub unless: Option<String>,
    /// What to do instead: the key of `request-refusal-<advice>` in the locales.
    pub advice: String,
}

impl Removal {
    /// The form's address with the IP filled in where the page takes one; without an IP, the
    /// page itself. Never an address with an unfilled `{ip}`.
    #[must_use]
    pub fn url_for(&self, ip: Option<&str>) -> Option<String> {
        self.url.as_deref().map(|u| super::fill::with_ip(u, ip))
    }
}
