// How the word lists in `data/` are read: shared by `src/lexicon/mod.rs` and by `build.rs`, which
// `include!`s this file to compile the large lists into tables (so: no crate paths, no inner doc
// comments here).

/// The entries of a list: lines trimmed, without blanks and `#` comments.
pub(crate) fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// True for words of letters and digits separated by single spaces: their own gazetteer key.
pub(crate) fn is_plain(phrase: &str) -> bool {
    if phrase.is_ascii() {
        let b = phrase.as_bytes();
        return !b.is_empty()
            && b[0] != b' '
            && b[b.len() - 1] != b' '
            && !phrase.contains("  ")
            && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b' ');
    }
    phrase
        .split(' ')
        .all(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric))
}
