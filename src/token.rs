//! Tokenization built for news text.
//!
//! [`tokenize`] splits text into words, numbers, punctuation and quotation marks, keeping each
//! token's byte span into the original text. It knows the shapes news copy is made of: curly and
//! straight apostrophes (`Russia’s` → `Russia` `’s`; `’90s` and `’n’` stay whole), hyphenated
//! names and compounds (`Kim Jong-un`, `12-day`), initials and abbreviations (`J.R.R.`, `U.S.`,
//! `Mr.`, `Jan.`, `Inc.`), numbers with separators (`1,500`, `3.4`), URLs, e-mail addresses,
//! `@handles` and `#hashtags`, dashes and ellipses. Whitespace is not a token, but every token
//! records whether whitespace and how many line breaks came before it.

use crate::text::Span;

/// What a token is, as far as the tokenizer can tell without context.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, inner apostrophes or initials' dots.
    Word,
    /// Digits with optional `,` grouping and a `.` decimal part.
    Number,
    /// A quotation mark or apostrophe that is not part of a word.
    Quote,
    /// Any other punctuation or symbol (`.`, `,`, `—`, `$`, `%`, emoji, ...).
    Punct,
    /// `http://...`, `https://...` or `www....`.
    Url,
    /// `name@example.com`.
    Email,
    /// `@handle` or `#hashtag`.
    Handle,
}

/// One token: its span, its kind, and the whitespace before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// True when whitespace (or the start of the text) separates it from the previous token.
    pub space_before: bool,
    /// Line breaks in the whitespace before it (`\r\n` counts once), capped at 255.
    pub newlines_before: u8,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

/// Abbreviations that take a period (compared case-sensitively, without the period).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Maj",
    "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt",
    "Det", "Insp", "Coun", "Const", "Cst", "Amb", "Atty", "Messrs", "Mmes", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
    "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Inc", "Corp", "Co", "Ltd", "Bros", "Assn",
    "Dept", "Univ", "Ave", "Blvd", "Rd", "Hwy", "No", "Nos", "vs", "etc", "approx", "est", "al",
    "Ph.D", "a.m", "p.m", "e.g", "i.e", "Calif", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ariz", "Ark", "Colo", "Del", "Ala",
];

/// True when `word` (without its final period) is a known abbreviation or an initialism
/// such as `U.S`, `J.R.R` or a lone capital `J`.
pub fn is_abbreviation(word: &str) -> bool {
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    let is_initialism = |w: &str| {
        w.contains('.')
            && w.split('.').all(|part| {
                (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
            })
    };
    // Party-and-state tags: (D-Md.), (R-Fla.), (R-S.C.); compounds: Iran-U.S.
    if let Some((_, last)) = word.rsplit_once('-') {
        if ABBREVIATIONS.contains(&last) || is_initialism(last) {
            return true;
        }
    }
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        // A lone capital is an initial (J. Smith); the pronoun I and the article A are handled
        // by the caller, which looks at what follows.
        (Some(c), None) => c.is_uppercase(),
        _ => is_initialism(word),
    }
}

/// True for marks that attach to the previous letter (combining diacritics, joiners).
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x3099 | 0x309A)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// True for every character the tokenizer treats as a quotation mark or apostrophe.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '＂'
            | '`'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Splits `text` into tokens. Never fails; every byte of `text` that is not whitespace belongs
/// to exactly one token, and tokens come in text order.
#[inline(never)]
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut space_before = true;
    let mut newlines: u32 = 0;
    while pos < text.len() {
        let c = char_at(text, pos);
        if c.is_whitespace() {
            if c == '\n'
                || c == '\u{2028}'
                || c == '\u{2029}'
                || (c == '\r' && bytes.get(pos + 1) != Some(&b'\n'))
            {
                newlines += 1;
            }
            space_before = true;
            pos += c.len_utf8();
            continue;
        }
        let prev = tokens.last().map(|t: &Token| t.span.end);
        let (end, kind) = scan_token(text, pos, prev == Some(pos));
        debug_assert!(end > pos);
        tokens.push(Token {
            span: Span::new(pos, end),
            kind,
            space_before,
            newlines_before: newlines.min(255) as u8,
        });
        pos = end;
        space_before = false;
        newlines = 0;
    }
    tokens
}

fn char_at(text: &str, pos: usize) -> char {
    text[pos..].chars().next().unwrap_or(' ')
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// Scans one token starting at `pos` (not whitespace); returns its end and kind.
/// `glued` is true when the previous token ends exactly at `pos`.
fn scan_token(text: &str, pos: usize, glued: bool) -> (usize, TokenKind) {
    let rest = &text[pos..];
    let c = char_at(text, pos);
    let before = char_before(text, pos);

    if let Some(end) = scan_url(rest) {
        return (pos + end, TokenKind::Url);
    }
    if is_word_char(c) {
        return scan_word(text, pos);
    }
    // Doubled apostrophes and backticks stand for double quotation marks: ''quote'' and ``quote''.
    if rest.starts_with("''")
        || rest.starts_with("``")
        || rest.starts_with("’’")
        || rest.starts_with("‘‘")
    {
        return (pos + 2 * c.len_utf8(), TokenKind::Quote);
    }
    if is_apostrophe(c) {
        let mut it = rest[c.len_utf8()..].chars();
        let (n1, n2) = (it.next(), it.next());
        // Possessive or contraction glued to the previous word: `Russia’s`, `it’s`.
        if glued
            && before.is_some_and(is_word_char)
            && matches!(n1, Some('s' | 'S'))
            && !n2.is_some_and(is_word_char)
        {
            return (pos + c.len_utf8() + 1, TokenKind::Word);
        }
        if !before.is_some_and(is_word_char) {
            // `’n’` as in rock ’n’ roll.
            if matches!(n1, Some('n' | 'N')) && n2.is_some_and(is_apostrophe) {
                let after = rest[c.len_utf8() + 1..].chars().nth(1);
                if !after.is_some_and(is_word_char) {
                    let end = pos + c.len_utf8() + 1 + n2.map_or(0, char::len_utf8);
                    return (end, TokenKind::Word);
                }
            }
            // Elided years: `’90s`, `’90`.
            if n1.is_some_and(|d| d.is_ascii_digit()) && n2.is_some_and(|d| d.is_ascii_digit()) {
                let digits = pos + c.len_utf8() + 2;
                let mut end = digits;
                if text[end..].starts_with('s') {
                    end += 1;
                }
                if !char_at(text, end).is_alphanumeric() || end == text.len() {
                    return (end, TokenKind::Word);
                }
            }
        }
        return (pos + c.len_utf8(), TokenKind::Quote);
    }
    if is_quote_char(c) {
        return (pos + c.len_utf8(), TokenKind::Quote);
    }
    if c == '@' || c == '#' {
        let end = pos + 1 + take_while(&rest[1..], |ch| is_word_char(ch) || ch == '_');
        if end > pos + 1 {
            return (end, TokenKind::Handle);
        }
    }
    if c == '.' && rest.starts_with("...") {
        return (
            pos + 3 + take_while(&rest[3..], |ch| ch == '.'),
            TokenKind::Punct,
        );
    }
    if c == '.'
        && rest[1..].starts_with(|d: char| d.is_ascii_digit())
        && !before.is_some_and(|b| b.is_ascii_digit())
    {
        // `.5` as a number.
        let (end, _) = scan_word(text, pos + 1);
        return (end, TokenKind::Number);
    }
    if c == '-' && rest.starts_with("--") {
        return (
            pos + 2 + take_while(&rest[2..], |ch| ch == '-'),
            TokenKind::Punct,
        );
    }
    if matches!(c, '!' | '?') {
        return (
            pos + take_while(rest, |ch| ch == '!' || ch == '?'),
            TokenKind::Punct,
        );
    }
    // Any other symbol, with the marks and joiners that attach to it (emoji sequences).
    let mut end = pos + c.len_utf8();
    for ch in text[end..].chars() {
        let joined = text[..end].ends_with('\u{200D}') && !ch.is_whitespace();
        if is_mark(ch) || ch == '\u{200D}' || ('\u{1F3FB}'..='\u{1F3FF}').contains(&ch) || joined {
            end += ch.len_utf8();
        } else {
            break;
        }
    }
    (end, TokenKind::Punct)
}

fn take_while(s: &str, mut f: impl FnMut(char) -> bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| !f(c))
        .map_or(s.len(), |(i, _)| i)
}

/// The byte length of the run of word characters at the start of `s`, and whether they are all
/// ASCII digits. ASCII letters and digits are taken a byte at a time (most of a text).
fn word_run(s: &str) -> (usize, bool) {
    let b = s.as_bytes();
    let mut i = 0;
    let mut digits = true;
    while let Some(&c) = b.get(i) {
        if !c.is_ascii_alphanumeric() {
            break;
        }
        digits &= c.is_ascii_digit();
        i += 1;
    }
    if b.get(i).is_some_and(|&c| c >= 0x80) {
        let more = take_while(&s[i..], is_word_char);
        digits &= more == 0;
        i += more;
    }
    (i, digits)
}

/// Recognizes a URL at the start of `s`; returns its byte length.
fn scan_url(s: &str) -> Option<usize> {
    // Compared in place: lower-casing a copy of `s` (the rest of the text) on every token made
    // tokenizing quadratic.
    let has_prefix = |p: &str| {
        s.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    let www = has_prefix("www.");
    if !(www || has_prefix("http://") || has_prefix("https://")) {
        return None;
    }
    let mut end = take_while(s, |c| {
        !c.is_whitespace() && !matches!(c, '"' | '“' | '”' | '<' | '>' | '«' | '»')
    });
    // Trailing punctuation belongs to the sentence, not the URL.
    while end > 0 {
        let last = s[..end].chars().next_back().unwrap_or(' ');
        let unbalanced_paren =
            last == ')' && s[..end].matches('(').count() < s[..end].matches(')').count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’') || unbalanced_paren {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    let min = if www { 5 } else { 9 };
    (end >= min).then_some(end)
}

/// Scans a word or number starting at `pos` (a word char).
fn scan_word(text: &str, pos: usize) -> (usize, TokenKind) {
    let mut end = pos;
    let mut all_digits = true;
    let mut has_dot = false;
    loop {
        let (run, digits) = word_run(&text[end..]);
        all_digits &= digits;
        end += run;
        let rest = &text[end..];
        let Some(c) = rest.chars().next() else { break };
        let next = rest[c.len_utf8()..].chars().next();
        let next2 = next.and_then(|n| rest[c.len_utf8() + n.len_utf8()..].chars().next());
        let prev = char_before(text, end).unwrap_or(' ');
        let joins = match c {
            // Hyphenated names and compounds: Kim Jong-un, 12-day, Iran-Israel.
            c if is_hyphen(c) => next.is_some_and(is_word_char),
            // Decimal point; initials J.R.R. and U.S.
            '.' => {
                // The part since the last period or hyphen: "S" in "R-S.C." (a party and state).
                let segment = text[pos..end]
                    .rsplit(|c| c == '.' || is_hyphen(c))
                    .next()
                    .unwrap_or("");
                (prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()))
                    || (segment.chars().count() <= 2
                        && segment.chars().all(char::is_alphabetic)
                        && next.is_some_and(char::is_alphabetic)
                        && !next2.is_some_and(char::is_alphabetic))
            }
            // Thousands separators: 40,000 (exactly three digits follow).
            ',' => {
                prev.is_ascii_digit()
                    && all_digits
                    && rest[1..].bytes().take(3).filter(u8::is_ascii_digit).count() == 3
                    && !rest.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
            }
            // Inner apostrophes (O’Brien, don’t), but not a possessive ’s, which is its own token.
            c if is_apostrophe(c) => {
                next.is_some_and(char::is_alphabetic)
                    && (!matches!(next, Some('s' | 'S')) || next2.is_some_and(is_word_char))
            }
            // AT&T, S&P.
            '&' => prev.is_uppercase() && next.is_some_and(char::is_uppercase),
            // E-mail: name@example.com.
            '@' => {
                if let Some(len) = scan_email_domain(&rest[1..]) {
                    return (end + 1 + len, TokenKind::Email);
                }
                false
            }
            _ => false,
        };
        if !joins {
            break;
        }
        has_dot |= c == '.';
        if c != '.' && c != ',' {
            all_digits = false;
        }
        end += c.len_utf8();
    }
    // A final period belongs to an abbreviation or initialism: Mr. U.S. J. Inc.
    let word = &text[pos..end];
    // "I." and "A." are initials only before a capitalized word: "A. Smith", not "do I. We".
    let is_pronoun_initial = (word == "I" || word == "A") && {
        let rest = text[end..].strip_prefix('.').unwrap_or("");
        let after = rest.trim_start_matches(' ');
        !(after.len() < rest.len() && after.starts_with(char::is_uppercase))
    };
    if text[end..].starts_with('.')
        && !text[end..].starts_with("..")
        && is_abbreviation(word)
        && !is_pronoun_initial
    {
        end += 1;
    }
    let kind = if all_digits
        && word.starts_with(|c: char| c.is_ascii_digit())
        && (!has_dot || word.matches('.').count() == 1)
    {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    (end, kind)
}

/// Length of an e-mail domain (`example.com`) at the start of `s`, if there is one.
fn scan_email_domain(s: &str) -> Option<usize> {
    let mut len = take_while(s, |c| c.is_alphanumeric() || c == '.' || c == '-');
    while s[..len].ends_with('.') || s[..len].ends_with('-') {
        len -= 1;
    }
    let domain = &s[..len];
    let has_dot = domain.split('.').filter(|p| !p.is_empty()).count() >= 2;
    has_dot.then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn news_shapes() {
        let cases: &[(&str, &[&str])] = &[
            ("Russia’s war", &["Russia", "’s", "war"]),
            ("Ukraine's allies", &["Ukraine", "'s", "allies"]),
            (
                "in the ’90s and '80s",
                &["in", "the", "’90s", "and", "'80s"],
            ),
            ("rock ’n’ roll", &["rock", "’n’", "roll"]),
            ("rock 'n' roll", &["rock", "'n'", "roll"]),
            ("Kim Jong-un met", &["Kim", "Jong-un", "met"]),
            ("J.R.R. Tolkien", &["J.R.R.", "Tolkien"]),
            ("the U.S. and U.K.", &["the", "U.S.", "and", "U.K."]),
            (
                "Mr. Smith and Dr. Jones",
                &["Mr.", "Smith", "and", "Dr.", "Jones"],
            ),
            (
                "on Jan. 5, Acme Inc. said",
                &["on", "Jan.", "5", ",", "Acme", "Inc.", "said"],
            ),
            ("$1.5 billion", &["$", "1.5", "billion"]),
            ("40,000 troops", &["40,000", "troops"]),
            ("a 12-day war", &["a", "12-day", "war"]),
            ("3.4% growth", &["3.4", "%", "growth"]),
            (
                "see https://example.com/a?b=1.",
                &["see", "https://example.com/a?b=1", "."],
            ),
            ("(www.example.org)", &["(", "www.example.org", ")"]),
            (
                "write to tips@example.co.uk.",
                &["write", "to", "tips@example.co.uk", "."],
            ),
            (
                "@nytimes and #Election2024",
                &["@nytimes", "and", "#Election2024"],
            ),
            ("war—and peace", &["war", "—", "and", "peace"]),
            ("Russia–North Korea", &["Russia", "–", "North", "Korea"]),
            ("pages 10--12", &["pages", "10", "--", "12"]),
            ("forces.\"", &["forces", ".", "\""]),
            ("forces.” Next", &["forces", ".", "”", "Next"]),
            ("“Nazis.”", &["“", "Nazis", ".", "”"]),
            ("O’Brien didn’t", &["O’Brien", "didn’t"]),
            ("AT&T and S&P", &["AT&T", "and", "S&P"]),
            ("Wait... what?!", &["Wait", "...", "what", "?!"]),
            ("Wait… what", &["Wait", "…", "what"]),
            ("the girls’ team", &["the", "girls", "’", "team"]),
            ("‘scare’ quotes", &["‘", "scare", "’", "quotes"]),
            ("«Bonjour»", &["«", "Bonjour", "»"]),
            ("„Ja“", &["„", "Ja", "“"]),
            ("''Ja,'' he said", &["''", "Ja", ",", "''", "he", "said"]),
            ("``Ja''", &["``", "Ja", "''"]),
            ("café naïve", &["café", "naïve"]),
            ("cafe\u{301} ok", &["cafe\u{301}", "ok"]),
            ("北京 is", &["北京", "is"]),
            ("thumbs 👍🏽 up", &["thumbs", "👍🏽", "up"]),
            ("the end.", &["the", "end", "."]),
            ("Jr. was", &["Jr.", "was"]),
            (".5 points", &[".5", "points"]),
            ("Neither do I.", &["Neither", "do", "I", "."]),
            (
                "A. Dale and I. Smith",
                &["A.", "Dale", "and", "I.", "Smith"],
            ),
            (
                "Cummings (D-Md.) said",
                &["Cummings", "(", "D-Md.", ")", "said"],
            ),
            (
                "Graham (R-S.C.) said",
                &["Graham", "(", "R-S.C.", ")", "said"],
            ),
            ("Iran-U.S. talks", &["Iran-U.S.", "talks"]),
            ("the U.S.-led force", &["the", "U.S.", "-", "led", "force"]),
            ("pre-K. Then", &["pre-K", ".", "Then"]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "tokenizing {text:?}");
        }
    }

    #[test]
    fn kinds_and_whitespace() {
        let text = "Hi 40,000\r\n\r\n“x” @a https://a.bc";
        let toks = tokenize(text);
        let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
        use TokenKind::*;
        assert_eq!(kinds, [Word, Number, Quote, Word, Quote, Handle, Url]);
        assert_eq!(toks[2].newlines_before, 2);
        assert!(toks[2].space_before);
        assert!(!toks[3].space_before);
    }

    #[test]
    fn covers_every_non_space_byte() {
        for text in [
            "I😀",
            "A",
            "I.",
            "a\u{0}b",
            "’",
            "'",
            "...",
            "x@",
            "@",
            "#",
            "1,",
            "1.",
            "U.S",
            "a-",
            "-a",
            "\u{200D}",
            "é\u{301}\u{301}",
            "http://",
            "’9",
        ] {
            let toks = tokenize(text);
            let mut covered = 0;
            let mut last = 0;
            for t in &toks {
                assert!(
                    t.span.start >= last && t.span.end > t.span.start,
                    "{text:?}"
                );
                assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
                covered += t.span.len();
                last = t.span.end;
            }
            let non_space: usize = text
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            assert_eq!(covered, non_space, "{text:?}");
        }
    }
}
