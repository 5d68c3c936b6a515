//! Properties of the analyser on generated input, without a fuzzing engine: random bytes, and
//! structured hostile mail (nesting, many recipients, many addresses, escape codes) mutated at
//! random. A fixed seed keeps a failure reproducible. `cargo fuzz` (fuzz/) runs the same
//! promise for as long as one likes.
//!
//! For each input: no panic; every reported IP parses and is written in the input; every
//! evidence span lies inside the text it indexes.

use delist::diagnosis::diagnose;
use delist::intake::{DEFAULT_LIMIT, Input};

/// xorshift64*: a few lines, no dependency, the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }
}

const PIECES: &[&str] = &[
    "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n",
    "Content-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.com\nStatus: 5.7.1\n",
    "Diagnostic-Code: smtp; 554 5.7.1 Client host [203.0.113.9] blocked using zen.spamhaus.org\n",
    "<b@example.jp>: host mx.example.com[192.0.2.1] said: 550 5.7.1 ",
    "\u{1b}]52;c;cm0gLXJmIH4K\u{7}\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}31m",
    "\u{202e}\u{200b}\u{feff}",
    "http://spamh\u{430}us.org/remove?ip=203.0.113.9 ",
    "2001:db8::1 ::ffff:192.0.2.9 10.0.0.1/24 198.51.100.\n7 ",
    "--b--\n",
    "ab12cd34ef.zen.dq.spamhaus.net ",
    "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail Returned to Sender\n\n",
    "送信できませんでした。宛先: c@example.jp\n",
    "\0\r\n\r",
];

fn generated(rng: &mut Rng) -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..rng.below(40) {
        if rng.below(4) == 0 {
            for _ in 0..rng.below(16) {
                out.push(u8::try_from(rng.below(256)).unwrap_or(0));
            }
        } else {
            let piece = PIECES[rng.below(PIECES.len())];
            // Sometimes a piece many times over (nesting, many recipients, many addresses).
            let times = if rng.below(8) == 0 {
                1 + rng.below(60)
            } else {
                1
            };
            for _ in 0..times {
                out.extend_from_slice(piece.as_bytes());
            }
        }
    }
    out
}

#[track_caller]
fn check(data: &[u8]) {
    let Ok(input) = Input::from_bytes("gen", data.to_vec(), DEFAULT_LIMIT) else {
        return;
    };
    let d = diagnose(&input);
    let text = &d.report.text;
    let raw = String::from_utf8_lossy(data);
    for (delivery, finding) in d.entries() {
        if let Some(span) = &delivery.span {
            assert!(
                text.get(span.clone()).is_some(),
                "span {span:?} outside the text"
            );
        }
        for c in &finding.ip_candidates {
            assert!(text.get(c.span.clone()).is_some(), "IP span {:?}", c.span);
        }
        if let Some(ip) = finding.blocked_ip {
            let written = ip.to_string();
            assert!(
                written.parse::<std::net::IpAddr>().is_ok() && raw.contains(&written)
                    || text.contains(&written),
                "{written} is not in the input"
            );
        }
        if let Some(l) = &finding.listing {
            assert!(
                text.get(l.evidence.clone()).is_some(),
                "evidence {:?}",
                l.evidence
            );
        }
    }
    for u in &d.suspicious_urls {
        assert!(text.get(u.span.clone()).is_some(), "URL span {:?}", u.span);
    }
}

#[test]
fn the_analyser_keeps_its_promises_on_generated_input() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for _ in 0..60 {
        let data = generated(&mut rng);
        check(&data);
    }
}
