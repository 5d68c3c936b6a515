//! Host names written in a text (`mx01.example.ne.jp`), told from the domain part of an
//! address.

/// Host names in a text: words of letters, digits, dots and dashes with a dot and a final
/// label of letters, not the domain part of an address (`user@docomo.ne.jp` is a recipient).
pub fn names(text: &str) -> impl Iterator<Item = &str> {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let mut rest = text;
    let mut prev = ' ';
    std::iter::from_fn(move || {
        loop {
            let start = rest.find(part)?;
            let before = rest
                .get(..start)
                .and_then(|s| s.chars().next_back())
                .unwrap_or(prev);
            let tail = rest.get(start..)?;
            let len = tail.find(|c: char| !part(c)).unwrap_or(tail.len());
            let word = tail.get(..len)?.trim_end_matches('.');
            prev = tail.get(..len)?.chars().next_back().unwrap_or(prev);
            rest = tail.get(len..)?;
            let tld = word.rsplit('.').next().unwrap_or_default();
            if before != '@'
                && word.contains('.')
                && tld.len() >= 2
                && tld.bytes().all(|b| b.is_ascii_alphabetic())
            {
                return Some(word);
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names_are_told_from_the_domain_of_an_address() {
        let found: Vec<&str> =
            names("host mx01.example.ne.jp. said: user@docomo.ne.jp 192.0.2.1 v1.2").collect();
        assert_eq!(found, ["mx01.example.ne.jp"]);
    }
}
