//! Properties of the reading (`diagnosis::read`, as the CLI reads a file), over bounces generated from many replies and layouts: the reason
//! (and the recipient) never depend on the line ends (LF, CRLF, CR), on a quoted-printable soft
//! line break in the text part, or on the order of the MIME parts; and every bounce gives at
//! least one row. The generator is seeded, so a failure names a case that can be replayed.

use delist::bounce::Report;
use delist::diagnosis;
use delist::intake::{self, Input};

/// Replies of many kinds and wordings (the project's own), with the status a DSN may state.
const REPLIES: &[(&str, &str)] = &[
    (
        "5.1.1",
        "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
    ),
    (
        "5.0.0",
        "550 Requested action not taken: mailbox unavailable",
    ),
    (
        "5.2.2",
        "552 5.2.2 The email account that you tried to reach is over quota",
    ),
    (
        "5.7.1",
        "554 5.7.1 Service unavailable; Client host [192.0.2.15] blocked using bl.example.net",
    ),
    (
        "5.1.1",
        "550 5.7.1 Your IP address 198.51.100.4 has been blacklisted by the recipient's own filter",
    ),
    ("5.7.1", "550 5.7.1 Access denied"),
    (
        "5.0.0",
        "551 User not local; please try <moved@example.org>",
    ),
    ("5.7.0", "530 5.7.0 Must issue a STARTTLS command first"),
    (
        "5.7.1",
        "550 5.7.1 Email rejected per DMARC policy for example.jp",
    ),
    (
        "4.4.7",
        "421 4.4.7 Delivery time expired; message has been in the queue too long",
    ),
    ("5.3.4", "552 5.3.4 Message size exceeds fixed limit"),
    (
        "5.7.1",
        "550 5.7.1 Message rejected as spam by content filter",
    ),
    (
        "5.1.2",
        "550 5.1.2 Host unknown: the domain example.invalid does not exist",
    ),
    ("5.0.0", "554 Relay access denied"),
    ("5.2.1", "550 5.2.1 This mailbox has been suspended"),
    (
        "5.7.1",
        "550 5.7.1 Client host rejected: cannot find your hostname, [203.0.113.9]",
    ),
];

const RECIPIENTS: &[&str] = &[
    "kimura@example.com",
    "info@mail.example.net",
    "a.b-c@example.org",
];

/// The parts of one generated bounce, each with its headers.
struct Bounce {
    text: String,
    dsn: String,
    headers: String,
}

fn bounce_for(status: &str, reply: &str, rcpt: &str) -> Bounce {
    let reply = reply.replace("{rcpt}", rcpt);
    let text = format!(
        "This is the mail system at host relay.example.jp.\n\n\
         I'm sorry to have to inform you that your message could not\n\
         be delivered to one or more recipients.\n\n\
         <{rcpt}>: host mx.example.com[198.51.100.80] said: {reply} (in reply to RCPT TO command)\n"
    );
    let dsn = format!(
        "Reporting-MTA: dns; relay.example.jp\n\n\
         Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: {status}\n\
         Remote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; {reply}\n"
    );
    let headers = format!(
        "From: sender@example.jp\nTo: {rcpt}\nSubject: Weekly report\n\
         Message-ID: <weekly-1@example.jp>\n"
    );
    Bounce { text, dsn, headers }
}

/// Quoted-printable of ASCII `text`, with a soft line break (`=` at a line end) after each
/// position in `breaks` (byte offsets into the encoded line).
fn quoted_printable(text: &str, rng: &mut fastrand::Rng, breaks: usize) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        let mut enc = String::new();
        for c in line.chars() {
            match c {
                '=' => enc.push_str("=3D"),
                c if c.is_ascii() => enc.push(c),
                c => {
                    let mut buf = [0u8; 4];
                    for b in c.encode_utf8(&mut buf).bytes() {
                        enc.push_str(&format!("={b:02X}"));
                    }
                }
            }
        }
        // Soft breaks at random places that do not split an "=XX" escape.
        let enc = enc.as_bytes();
        let mut cuts: Vec<usize> = (0..breaks)
            .filter(|_| enc.len() > 2)
            .map(|_| rng.usize(1..enc.len()))
            .filter(|&at| !enc[at.saturating_sub(2)..at].contains(&b'='))
            .collect();
        cuts.sort_unstable();
        cuts.dedup();
        let mut last = 0;
        for at in cuts {
            out.push_str(&String::from_utf8_lossy(&enc[last..at]));
            out.push_str("=\n");
            last = at;
        }
        out.push_str(&String::from_utf8_lossy(&enc[last..]));
        out.push('\n');
    }
    out
}

/// The whole message, its parts in `order` (0 text, 1 delivery-status, 2 headers; a part left
/// out is not sent), the text part quoted-printable with `breaks` soft breaks when `qp`.
fn message(b: &Bounce, order: &[usize], qp: Option<(usize, &mut fastrand::Rng)>) -> String {
    let text_part = match qp {
        Some((breaks, rng)) => format!(
            "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: quoted-printable\n\n{}",
            quoted_printable(&b.text, rng, breaks)
        ),
        None => format!("Content-Type: text/plain; charset=us-ascii\n\n{}", b.text),
    };
    let parts = [
        text_part,
        format!("Content-Type: message/delivery-status\n\n{}", b.dsn),
        format!("Content-Type: text/rfc822-headers\n\n{}", b.headers),
    ];
    let mut m = String::from(
        "Return-Path: <>\nFrom: MAILER-DAEMON@relay.example.jp (Mail Delivery System)\n\
         To: sender@example.jp\nSubject: Undelivered Mail Returned to Sender\n\
         Date: Mon, 20 May 2024 10:00:00 +0900\nMIME-Version: 1.0\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"prop-b\"\n\n\
         This is a MIME-encapsulated message.\n\n",
    );
    for &i in order {
        m.push_str("--prop-b\n");
        m.push_str(&parts[i]);
        m.push('\n');
    }
    m.push_str("--prop-b--\n");
    m
}

fn with_line_ends(s: &str, end: &str) -> Vec<u8> {
    s.replace('\n', end).into_bytes()
}

/// (recipient, reason) of every row.
fn rows(data: Vec<u8>) -> Vec<(Option<String>, String)> {
    let input = Input::from_bytes("prop", data, intake::DEFAULT_LIMIT).expect("readable input");
    let report: Report = diagnosis::read(&input);
    report
        .deliveries
        .iter()
        .map(|d| (d.recipient.clone(), d.reason.to_string()))
        .collect()
}

const ORDERS: [[usize; 3]; 6] = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
];

#[test]
fn the_reason_does_not_depend_on_line_ends_soft_breaks_or_part_order() {
    let mut rng = fastrand::Rng::with_seed(0x6465_6c69_7374);
    for case in 0..(REPLIES.len() * RECIPIENTS.len() * 4) {
        let (status, reply) = REPLIES[case % REPLIES.len()];
        let rcpt = RECIPIENTS[rng.usize(..RECIPIENTS.len())];
        let b = bounce_for(status, reply, rcpt);
        // Half the cases have no delivery-status part, so the text part alone is read.
        let with_dsn = rng.bool();
        let keep = |o: &[usize; 3]| -> Vec<usize> {
            o.iter().copied().filter(|&i| with_dsn || i != 1).collect()
        };
        let base = rows(message(&b, &keep(&ORDERS[0]), None).into_bytes());
        assert!(!base.is_empty(), "case {case}: no row for {reply:?}");
        let order = keep(&ORDERS[rng.usize(..ORDERS.len())]);
        let breaks = rng.usize(1..6);
        let variant = message(&b, &order, Some((breaks, &mut rng)));
        for end in ["\n", "\r\n", "\r"] {
            let got = rows(with_line_ends(&variant, end));
            assert_eq!(
                got, base,
                "case {case}: {reply:?} read differently with parts {order:?} (delivery-status \
                 part: {with_dsn}), {breaks} soft breaks and line ends {end:?}"
            );
        }
    }
}
