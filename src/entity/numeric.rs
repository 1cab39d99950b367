//! Rule recognizers for dates, times, money, percentages and quantities.
//!
//! Works on tokens: "July 12", "12 July 2025", "in 2023 and 2024", "the 1990s", "last week",
//! "3 p.m.", "$1.5 billion", "500 million rubles", "3.4%", "12 percent", "40,000 troops",
//! "12-day", "two-thirds".

use crate::analysis::{EntityKind, Mention};
use crate::text::Span;
use crate::token::{Token, TokenKind};

pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];
pub(crate) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const RELATIVE_DAYS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "Today",
    "Yesterday",
    "Tomorrow",
];
const PERIODS: &[&str] = &[
    "week", "month", "year", "decade", "century", "weekend", "spring", "summer", "autumn", "fall",
    "winter", "quarter",
];
const SCALES: &[&str] = &[
    "hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
];
const CURRENCY_SYMBOLS: &[&str] = &["$", "€", "£", "¥", "₽", "₩", "₹", "US$", "C$", "A$"];
const CURRENCY_WORDS: &[&str] = &[
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "ruble", "rubles", "rouble",
    "roubles", "yuan", "won", "yen", "rupee", "rupees", "francs", "franc", "cents", "pesos",
    "shekels", "hryvnia",
];
/// Number words, lower case: the first 19 are one to nineteen.
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
];
/// Words that never belong to a quantity as its unit.
const NOT_UNITS: &[&str] = &[
    "of", "and", "or", "to", "in", "on", "at", "the", "a", "an", "per", "more", "less", "than",
    "were", "was", "are", "is", "have", "has", "had", "said", "who", "which", "that", "for",
    "from", "by", "with", "as", "times", "but", "would", "will", "could", "may", "might",
    "percent", "p.m.", "a.m.", "am", "pm", "he", "she", "it", "we", "they", "you", "i", "his",
    "her", "its", "our", "their", "my", "your", "not", "also", "still", "then", "now", "when",
    "if", "so", "because", "after", "before", "while",
];

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && matches!(&s[..2], "18" | "19" | "20")
}

fn is_day_number(s: &str) -> bool {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
}

fn is_number_word(s: &str) -> bool {
    // Cheap rejections first: this runs on every token.
    if s.len() < 3 || s.len() > 24 || !s.as_bytes()[0].is_ascii_alphabetic() {
        return false;
    }
    // Every part of a number word starts with one of these letters, the whole word too.
    const FIRST_LETTERS: u32 = {
        let mut mask = 0;
        let mut i = 0;
        while i < NUMBER_WORDS.len() {
            mask |= 1 << (NUMBER_WORDS[i].as_bytes()[0] - b'a');
            i += 1;
        }
        mask
    };
    if FIRST_LETTERS & (1 << (s.as_bytes()[0].to_ascii_lowercase() - b'a')) == 0 {
        return false;
    }
    let word = |w: &str| NUMBER_WORDS.iter().any(|n| n.eq_ignore_ascii_case(w));
    word(s) || (s.contains('-') && s.split('-').all(|p| !p.is_empty() && word(p)))
}

fn is_numeric(tok: &Token, s: &str) -> bool {
    tok.kind == TokenKind::Number || is_number_word(s)
}

/// Finds numeric and temporal mentions.
#[inline(never)]
pub fn find_numeric(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let t = |i: usize| tokens.get(i).map_or("", |tok| tok.text(text));
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Numbers joined by slashes ("9/11", "24/7", "12/25/2016") are not quantities: skip
        // the whole run.
        let glued = |j: usize| tokens.get(j).is_some_and(|tok| !tok.space_before);
        if tokens[i].kind == TokenKind::Number && t(i + 1) == "/" && glued(i + 1) && glued(i + 2) {
            let mut end = i + 1;
            while t(end) == "/"
                && glued(end)
                && glued(end + 1)
                && tokens
                    .get(end + 1)
                    .is_some_and(|n| n.kind == TokenKind::Number)
            {
                end += 2;
            }
            if end > i + 1 {
                i = end;
                continue;
            }
        }
        let s = t(i);
        let found = match_at(text, tokens, i, &t);
        if let Some((end, kind)) = found {
            out.push(Mention {
                span: Span::new(tokens[i].span.start, tokens[end - 1].span.end),
                kind,
            });
            i = end;
        } else {
            let _ = s;
            i += 1;
        }
    }
    out
}

fn match_at<'t>(
    _text: &'t str,
    tokens: &[Token],
    i: usize,
    t: &impl Fn(usize) -> &'t str,
) -> Option<(usize, EntityKind)> {
    let s = t(i);
    let tok = &tokens[i];
    // Dates.
    if MONTHS.contains(&s) && (s != "May" || is_day_number(t(i + 1)) || is_year(t(i + 1))) {
        let mut end = i + 1;
        if is_day_number(t(end)) {
            end += 1;
            if t(end) == "," && is_year(t(end + 1)) {
                end += 2;
            }
        } else if is_year(t(end)) {
            end += 1;
        } else if s.ends_with('.') {
            return None;
        }
        return Some((end, EntityKind::Date));
    }
    if is_day_number(s) && MONTHS.contains(&t(i + 1)) {
        let mut end = i + 2;
        if is_year(t(end)) {
            end += 1;
        }
        return Some((end, EntityKind::Date));
    }
    if WEEKDAYS.contains(&s) || RELATIVE_DAYS.contains(&s) {
        return Some((i + 1, EntityKind::Date));
    }
    if matches!(
        s,
        "last" | "next" | "this" | "Last" | "Next" | "This" | "early" | "late" | "mid"
    ) && (PERIODS.contains(&t(i + 1)) || WEEKDAYS.contains(&t(i + 1)))
    {
        return Some((i + 2, EntityKind::Date));
    }
    if is_year(s) && tok.kind == TokenKind::Number {
        return Some((i + 1, EntityKind::Date));
    }
    // Decades: 1990s, ’90s.
    if (s.len() == 5 && s.ends_with('s') && is_year(&s[..4]))
        || (s.ends_with("0s") && s.starts_with(['\'', '’']) && s.chars().count() == 4)
    {
        return Some((i + 1, EntityKind::Date));
    }
    // Times: 3 p.m., 10:30, 3pm.
    if tok.kind == TokenKind::Number
        && matches!(
            t(i + 1),
            "a.m." | "p.m." | "am" | "pm" | "GMT" | "UTC" | "ET"
        )
    {
        return Some((i + 2, EntityKind::Time));
    }
    if tok.kind == TokenKind::Number
        && t(i + 1) == ":"
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.kind == TokenKind::Number && !n.space_before)
        && !tokens[i + 1].space_before
    {
        let mut end = i + 3;
        if matches!(t(end), "a.m." | "p.m." | "am" | "pm") {
            end += 1;
        }
        return Some((end, EntityKind::Time));
    }
    if matches!(s, "noon" | "midnight") {
        return Some((i + 1, EntityKind::Time));
    }
    // Money: $1.5 billion, US$ 3, €20m.
    if CURRENCY_SYMBOLS.contains(&s)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Number)
    {
        let mut end = i + 2;
        if SCALES.contains(&t(end)) {
            end += 1;
        }
        return Some((end, EntityKind::Money));
    }
    if is_numeric(tok, s) {
        let mut end = i + 1;
        while is_number_word(t(end)) || SCALES.contains(&t(end)) && t(end).len() > 1 {
            end += 1;
        }
        let next = t(end);
        if CURRENCY_WORDS.contains(&next) {
            return Some((end + 1, EntityKind::Money));
        }
        if next == "%" || next == "percent" || next == "pct" {
            let mut e = end + 1;
            if t(e) == "points" || t(e) == "point" {
                e += 1;
            }
            return Some((e, EntityKind::Percent));
        }
        if next == "per" && t(end + 1) == "cent" {
            return Some((end + 2, EntityKind::Percent));
        }
        // A number word on its own ("one of them") is not worth reporting; a spelled fraction
        // ("two-thirds") or a number with a unit is.
        let is_digits = tok.kind == TokenKind::Number;
        let unit = tokens.get(end).is_some_and(|n| {
            n.kind == TokenKind::Word
                && next.chars().all(|c| c.is_lowercase() || c == '-')
                && next.len() > 1
                && !NOT_UNITS.contains(&next)
                // An adverb is no unit: "one in five | internationally trained engineers".
                && (!next.ends_with("ly")
                    || matches!(next, "family" | "rally" | "ally" | "supply" | "assembly"))
        });
        if unit
            && (is_digits
                || end > i + 1
                || s.contains('-')
                || NUMBER_WORDS[..19].iter().any(|n| n.eq_ignore_ascii_case(s)))
        {
            return Some((end + 1, EntityKind::Quantity));
        }
        if is_digits || s.contains('-') && is_number_word(s) {
            return Some((end, EntityKind::Quantity));
        }
        return None;
    }
    // 12-day, 5-year-old, 40-mile.
    if tok.kind == TokenKind::Word {
        if let Some((num, rest)) = s.split_once('-') {
            if !num.is_empty()
                && num.bytes().all(|b| b.is_ascii_digit())
                && rest.chars().next().is_some_and(char::is_lowercase)
            {
                return Some((i + 1, EntityKind::Quantity));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let tokens = tokenize(text);
        find_numeric(text, &tokens)
            .iter()
            .map(|m| (m.span.slice(text), m.kind.name()))
            .collect()
    }

    #[test]
    fn recognizes_news_numbers() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("on July 12.", &[("July 12", "date")]),
            ("on July 12, 2025, he", &[("July 12, 2025", "date")]),
            ("on 12 July 2025", &[("12 July 2025", "date")]),
            (
                "Reports in 2023 and 2024 indicated",
                &[("2023", "date"), ("2024", "date")],
            ),
            (
                "in the 1990s and ’90s",
                &[("1990s", "date"), ("’90s", "date")],
            ),
            (
                "last week and on Friday",
                &[("last week", "date"), ("Friday", "date")],
            ),
            (
                "at 3 p.m. or 10:30",
                &[("3 p.m.", "time"), ("10:30", "time")],
            ),
            ("a $1.5 billion deal", &[("$1.5 billion", "money")]),
            ("500 million rubles", &[("500 million rubles", "money")]),
            (
                "up 3.4% or 12 percent",
                &[("3.4%", "percent"), ("12 percent", "percent")],
            ),
            ("sent 40,000 troops", &[("40,000 troops", "quantity")]),
            ("the 12-day war", &[("12-day", "quantity")]),
            ("two-thirds of voters", &[("two-thirds", "quantity")]),
            ("three soldiers died", &[("three soldiers", "quantity")]),
            // An adverb after the number is no unit; a noun in "-ly" is.
            ("one in five internationally trained engineers", &[]),
            ("one family left", &[("one family", "quantity")]),
            // Nor is a pronoun: "even now at 86 she says".
            ("even now at 86 she says", &[("86", "quantity")]),
            ("she may go", &[]),
            ("one of them", &[]),
            (
                "Mar. 3 and in March",
                &[("Mar. 3", "date"), ("March", "date")],
            ),
            // Numbers joined by slashes are no quantities; spaced out, they still are.
            ("the 9/11 families sued", &[]),
            ("open 24/7 since 12/25/2016", &[]),
            (
                "3 / 4 points",
                &[("3", "quantity"), ("4 points", "quantity")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&found(text), want, "in {text:?}");
        }
    }
}
