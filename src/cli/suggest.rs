//! "Did you mean `delist analyze`?" for a mistyped command. Without it clap reads the word as the
//! wizard's FILE argument, and the user sees a missing file or an English parser error instead of
//! the command they meant.

use clap::CommandFactory;

use super::Cli;

/// The command a mistyped word most likely meant: within two edits of a command's name, and not
/// the name of a file that exists (`delist report` opens a file called `report` when there is one).
pub(super) fn command_for(word: &str) -> Option<String> {
    let looks_like_path = word.contains(['/', '\\', '.']) || std::path::Path::new(word).exists();
    if word.is_empty() || word.starts_with('-') || looks_like_path {
        return None;
    }
    let word = word.to_lowercase();
    Cli::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_owned())
        .filter(|name| *name != word)
        .map(|name| (strsim::damerau_levenshtein(&word, &name), name))
        // Two edits on a short name would turn unrelated words into commands.
        .filter(|(distance, name)| *distance <= 2 && *distance * 3 <= name.len())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

/// The first word of the command line that is not an option or an option's value: where a
/// command name stands.
pub(super) fn first_word(args: impl Iterator<Item = String>) -> Option<String> {
    let mut args = args.skip(1);
    while let Some(arg) = args.next() {
        if arg == "--" {
            return args.next();
        }
        if ["--lang", "--max-size"].contains(&arg.as_str()) {
            args.next();
            continue;
        }
        if !arg.starts_with('-') {
            return Some(arg);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> impl Iterator<Item = String> {
        line.split(' ')
            .map(str::to_owned)
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn near_misses_name_the_command() {
        assert_eq!(command_for("anlyze").as_deref(), Some("analyze"));
        assert_eq!(command_for("analyse").as_deref(), Some("analyze"));
        assert_eq!(command_for("reqest").as_deref(), Some("request"));
        assert_eq!(command_for("Lsts").as_deref(), Some("lists"));
    }

    #[test]
    fn other_words_and_paths_are_left_alone() {
        assert_eq!(command_for("analyze"), None);
        assert_eq!(command_for("bounce.eml"), None);
        assert_eq!(command_for("mail/anlyze"), None);
        assert_eq!(command_for("xy"), None);
        assert_eq!(command_for("hello"), None);
        assert_eq!(command_for("-v"), None);
    }

    #[test]
    fn the_first_word_skips_options_and_their_values() {
        assert_eq!(
            first_word(words("delist --lang ja anlyze b.txt")).as_deref(),
            Some("anlyze")
        );
        assert_eq!(first_word(words("delist --json x")).as_deref(), Some("x"));
        assert_eq!(first_word(words("delist --max-size 1M")), None);
        assert_eq!(first_word(words("delist -- -odd")).as_deref(), Some("-odd"));
    }
}
