//! The inputs built to exhaust the analyser, shared by `tests/limits.rs` (which checks what is
//! read from them) and `examples/limit_inputs.rs` (which writes them to files, to be measured
//! with hyperfine and callgrind on a release build).

#![allow(dead_code)] // each user builds some of them

use std::fmt::Write as _;

pub const HEAD: &str = "From: MAILER-DAEMON@mail.example.co.jp (Mail Delivery System)\n\
To: taro@example.co.jp\n\
Subject: Undelivered Mail Returned to Sender\n\
MIME-Version: 1.0\n";

/// A Postfix report refusing `n` recipients, each for Spamhaus naming the same client.
pub fn many_recipients(n: usize) -> String {
    let mut s = format!(
        "{HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n\
         --B\nContent-Type: text/plain\n\nThis is the mail system at host mail.example.co.jp.\n\n"
    );
    for i in 0..n {
        let _ = write!(
            s,
            "<user{i}@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1\n    \
             Service unavailable; Client host [203.0.113.9] blocked using\n    \
             zen.spamhaus.org (in reply to RCPT TO command)\n\n"
        );
    }
    s.push_str(
        "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.co.jp\n\n",
    );
    for i in 0..n {
        let _ = write!(
            s,
            "Final-Recipient: rfc822; user{i}@example.com\nAction: failed\nStatus: 5.7.1\n\
             Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host\n    \
             [203.0.113.9] blocked using zen.spamhaus.org\n\n"
        );
    }
    s.push_str("--B--\n");
    s
}

/// The shape of a fuzzer's timeout (`fuzz/regressions/hostile_mail-slow-1500-recipients`): one
/// recipient refused `n` times, each reply a row of C1 control codes naming no list, in a
/// report nested 49 deep, with CRLF line ends. Every delivery shares the recipient's block,
/// which once was read again for each.
pub fn one_recipient_refused_again_and_again(n: usize) -> String {
    let depth = 49;
    let mut s = format!("{HEAD}Content-Type: multipart/mixed; boundary=\"n0\"\n\n");
    for i in 1..depth {
        let _ = write!(
            s,
            "--n{}\nContent-Type: multipart/mixed; boundary=\"n{i}\"\n\n",
            i - 1
        );
    }
    let _ = write!(
        s,
        "--n{}\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n\
         --r\nContent-Type: text/plain; charset=utf-8\n\n",
        depth - 1
    );
    let codes = "\u{9b}31m ".repeat(13);
    for _ in 0..n {
        let _ = write!(
            s,
            "<moc@example.co.jp>: host mx.example.com[192.0.2.1] said: {codes}\n\n"
        );
    }
    s.push_str(
        "--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n\n",
    );
    for _ in 0..n {
        let _ = write!(
            s,
            "Final-Recipient: rfc822; moc@example.co.jp\nAction: failed\nStatus: 5.7.1\n\
             Remote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; {codes}\n\n"
        );
    }
    s.push_str("--r--\n");
    for i in (0..depth).rev() {
        let _ = writeln!(s, "--n{i}--");
    }
    s.replace('\n', "\r\n")
}

/// Multiparts nested `depth` deep around a readable refusal.
pub fn nested(depth: usize) -> String {
    let mut s = format!("{HEAD}Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
    for i in 1..depth {
        let _ = write!(
            s,
            "--b{}\nContent-Type: multipart/mixed; boundary=\"b{i}\"\n\n",
            i - 1
        );
    }
    let _ = write!(
        s,
        "--b{}\nContent-Type: text/plain\n\n<x@example.com>: host mx.example.com[192.0.2.1] \
         said: 554 5.7.1 Client host [203.0.113.9] blocked using zen.spamhaus.org\n",
        depth - 1
    );
    for i in (0..depth).rev() {
        let _ = writeln!(s, "--b{i}--");
    }
    s
}

/// A one-line refusal followed by `n` distinct addresses, eight to a line, in their own
/// paragraph.
pub fn many_addresses(count: u32) -> String {
    let mut s = format!(
        "{HEAD}\n<a@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Client host \
         [203.0.113.9] blocked using zen.spamhaus.org\n\nSeen from:\n"
    );
    for i in 0..count {
        let [_, x, y, z] = i.to_be_bytes();
        let _ = write!(s, "10.{x}.{y}.{z}{}", if i % 8 == 7 { '\n' } else { ' ' });
    }
    s.push('\n');
    s
}

/// A refusal, then `count` distinct addresses with no space between them: a line of them
/// separated by commas, and the same addresses inside one Spamhaus link.
pub fn addresses_without_spaces(count: u32) -> String {
    let list: Vec<String> = (0..count)
        .map(|i| {
            let [_, x, y, z] = i.to_be_bytes();
            format!("10.{x}.{y}.{z}")
        })
        .collect();
    let list = list.join(",");
    format!(
        "{HEAD}\n<a@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Client host \
         [203.0.113.9] blocked using zen.spamhaus.org\n\nSeen from:\n{list}\n\n\
         See https://check.spamhaus.org/listed/?searchterm={list}\n"
    )
}

/// A refusal, then a 50 MB base64 attachment (over the default 32 MiB limit).
pub fn big_attachment() -> String {
    let mut big = format!(
        "{HEAD}Content-Type: multipart/mixed; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\n\
         <a@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Client host \
         [203.0.113.9] blocked using zen.spamhaus.org\n\n--B\nContent-Type: application/octet-stream\n\
         Content-Transfer-Encoding: base64\n\n"
    );
    let line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\n";
    big.push_str(&line.repeat(50 * 1024 * 1024 / line.len()));
    big.push_str("--B--\n");
    big
}

/// A refusal, then one line of `len` bytes.
pub fn long_line(len: usize) -> String {
    let mut long = format!(
        "{HEAD}\n<a@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Client host \
         [203.0.113.9] blocked using zen.spamhaus.org\n\n"
    );
    long.push_str(&"x".repeat(len));
    long.push('\n');
    long
}

/// The shape of a fuzzer's slow unit (`fuzz/regressions/hostile_mail-slow-unit-30s`): one
/// recipient refused `n` times, each reply a flood of `k` addresses, in a report nested 49
/// deep whose text part is quoted-printable, with CRLF line ends. Every address stands in
/// every delivery's text, so what is done per delivery and address grows as `n` × `n·k`.
pub fn one_recipient_with_floods(n: usize, k: usize) -> String {
    let depth = 49;
    let mut reply = "受信拒否 ".repeat(5);
    for i in 0..k {
        let _ = write!(reply, "198.51.{}.{} ", (i / 256) % 256, i % 256);
    }
    reply.push_str("ttttttѴt ");
    reply.push_str(&"\u{9b}31m ".repeat(4));
    let mut s = format!("{HEAD}Content-Type: multipart/mixed; boundary=\"n0\"\n\n");
    for i in 1..depth {
        let _ = write!(
            s,
            "--n{}\nContent-Type: multipart/mixed; boundary=\"n{i}\"\n\n",
            i - 1
        );
    }
    let _ = write!(
        s,
        "--n{}\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\n\n\
         --r\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n",
        depth - 1
    );
    let mut text = String::new();
    for _ in 0..n {
        let _ = write!(
            text,
            "<hanako@example.com>: host mx.example.com[192.0.2.1] said: {reply}\n\n"
        );
    }
    s.push_str(&quoted_printable(&text));
    s.push_str(
        "\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.jp\n",
    );
    for _ in 0..n {
        let _ = write!(
            s,
            "\nFinal-Recipient: rfc822; hanako@example.com\nAction: failed\nStatus: 5.7.1\n\
             Remote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; {reply}\n"
        );
    }
    s.push_str("\n--r--\n");
    for i in (0..depth).rev() {
        let _ = writeln!(s, "--n{i}--");
    }
    s.replace('\n', "\r\n")
}

/// Quoted-printable, soft line breaks every 72 columns.
fn quoted_printable(text: &str) -> String {
    let mut out = String::new();
    let mut col = 0;
    for b in text.bytes() {
        if b == b'\n' {
            col = 0;
            out.push('\n');
            continue;
        }
        let piece = if (33..=126).contains(&b) && b != b'=' || b == b' ' {
            char::from(b).to_string()
        } else {
            format!("={b:02X}")
        };
        if col + piece.len() > 72 {
            out.push_str("=\n");
            col = 0;
        }
        col += piece.len();
        out.push_str(&piece);
    }
    out
}
