//! The fixed id sets the catalogue's facts use; tests/catalogue.rs holds every entry to them.

/// The cause ids the questionnaire knows; `causes` only uses these.
pub const CAUSES: &[&str] = &[
    "shared-server",
    "stolen-password",
    "infected-pc",
    "hacked-website",
    "new-ip",
    "dynamic-ip",
    "no-ptr",
    "newsletter-complaints",
    "backscatter",
    "open-relay",
    "unknown",
];

/// The first-fix ids; the words for each live with the request writer's texts.
pub const FIXES: &[&str] = &[
    // Ask the hosting provider or ISP that owns the IP.
    "ask-provider",
    // Change passwords, turn on MFA, look for accounts sending spam.
    "secure-accounts",
    // Find and clean the infected PC, NAS or router behind the IP.
    "clean-malware",
    // Fix or remove a hacked website, CMS or web form.
    "fix-website",
    // Stop relaying mail for strangers (open relay or open proxy).
    "close-relay",
    // Have a PTR record set that names the mail server, with a matching A record.
    "set-ptr",
    // Make HELO/EHLO name the server's own host name (the PTR name).
    "fix-helo",
    // Send through the provider's mail server with SMTP AUTH on port 587.
    "use-provider-smtp",
    // Remove dead and unwilling addresses from mailing lists.
    "clean-lists",
    // Send in smaller batches, more slowly.
    "send-slowly",
    // Publish SPF, sign with DKIM, publish DMARC.
    "authenticate",
    // Stop bounces and auto-replies to forged senders.
    "stop-backscatter",
    // Nothing to send: the listing expires once the cause stops.
    "wait",
    // Ask the recipient to allow the sender's domain or address.
    "recipient-allow",
    // Ask the recipient's administrator to stop using the list.
    "recipient-config",
];

/// Conditions an operator sets before removal.
pub const CONDITIONS: &[&str] = &[
    // The IP is static (not from a dynamic pool).
    "static-ip",
    // The IP has a PTR naming a mail server.
    "mail-server-ptr",
    // There is a technical need to send straight to receivers' MX.
    "direct-to-mx-need",
    // HELO names the host the PTR names, and that name resolves back to the IP.
    "helo-matches-ptr",
    // The PTR has been corrected and has had time to propagate.
    "ptr-fixed",
    // The cause has been found and stopped before asking.
    "problem-fixed",
    // An SBL listing of the same IP must be resolved first.
    "sbl-resolved-first",
    // The request comes from the address the refused mail was sent from.
    "bounced-address",
    // The request comes from a role address at the IP owner's domain.
    "role-address",
    // Free webmail addresses are not accepted.
    "no-free-webmail",
    // The sender meets every published bulk-sender requirement.
    "sender-requirements",
];

/// What a sub-list's listing says about the IP, where it is not the entry's kind's usual
/// meaning (a DNSBL: spam or abuse seen; a provider: its own reputation). "Why it happened" is
/// worded from it.
pub const MEANINGS: &[&str] = &[
    // The address is in a range of ordinary (dynamic, end-user) lines: a policy, not spam seen.
    "dynamic-range",
    // The address has no reverse DNS (PTR) and connects to many servers.
    "no-ptr",
    // Mail from the address is limited for its rate of unwanted mail, for a while.
    "rate-limit",
    // The recipient's own organisation blocks the sender.
    "recipient-block",
];

/// Names for facts the sources could not confirm.
pub const UNVERIFIED: &[&str] = &[
    "form-fields",
    "turnaround",
    "expiry",
    "cost",
    "lookup-url",
    "help-url",
    "removal-url",
    "removal-email",
    "markers",
    "codes",
    "operator",
    "status",
];
