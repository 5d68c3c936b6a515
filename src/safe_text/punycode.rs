//! Punycode (RFC 3492), to show a host name that is not ASCII in the form a browser's address
//! bar uses: `spamhаus.org` with a Cyrillic `а` looks like the real one, its `xn--` form does
//! not.

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;

/// The ASCII form of a host name: each label that is not ASCII becomes `xn--` and its
/// punycode. `None` when the host is ASCII already (nothing to show beside it).
#[must_use]
pub fn ascii_host(host: &str) -> Option<String> {
    if host.is_ascii() {
        return None;
    }
    let labels: Option<Vec<String>> = host
        .split('.')
        .map(|label| {
            if label.is_ascii() {
                Some(label.to_owned())
            } else {
                encode(&label.to_lowercase()).map(|p| format!("xn--{p}"))
            }
        })
        .collect();
    labels.map(|l| l.join("."))
}

const fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn digit(d: u32) -> char {
    // 0–25 are a–z, 26–35 are 0–9.
    let d = u8::try_from(d % BASE).unwrap_or(0);
    char::from(if d < 26 { b'a' + d } else { b'0' + (d - 26) })
}

/// One label's punycode, without the `xn--`; `None` on overflow (a label no host can have).
/// The names are the RFC's (n, delta, bias, h, m, q, k, t), so the two read side by side.
#[allow(clippy::many_single_char_names)]
fn encode(label: &str) -> Option<String> {
    let input: Vec<u32> = label.chars().map(u32::from).collect();
    let mut out: String = label.chars().filter(char::is_ascii).collect();
    let basic = u32::try_from(out.len()).ok()?;
    if basic > 0 {
        out.push('-');
    }
    let total = u32::try_from(input.len()).ok()?;
    let (mut n, mut delta, mut bias, mut handled) = (128u32, 0u32, 72u32, basic);
    while handled < total {
        let m = input.iter().copied().filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &input {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_labels_encode_as_rfc_3492_says() {
        assert_eq!(
            ascii_host("bücher.example").as_deref(),
            Some("xn--bcher-kva.example")
        );
        assert_eq!(
            ascii_host("münchen.de").as_deref(),
            Some("xn--mnchen-3ya.de")
        );
        assert_eq!(
            ascii_host("пример.рф").as_deref(),
            Some("xn--e1afmkfd.xn--p1ai")
        );
        assert_eq!(ascii_host("spamhaus.org"), None);
    }

    #[test]
    fn a_cyrillic_look_alike_does_not_look_alike_in_ascii() {
        let fake = ascii_host("spamh\u{430}us.org").unwrap();
        assert!(fake.starts_with("xn--spamhus-"), "{fake}");
        assert_eq!(fake.rsplit('.').next(), Some("org"), "{fake}");
    }
}
