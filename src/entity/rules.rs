//! The rule-based name finder: gazetteer matches plus capitalization.
//!
//! This is the honest baseline the trained tagger is measured against: the longest gazetteer
//! phrase at each position (places, nationalities, organizations, media), then runs of
//! capitalized words, with leading titles and sentence-initial common words removed, classified
//! by first names, organization and place head words, and all-caps acronyms.

use crate::analysis::{EntityKind, Mention};
use crate::lexicon::{lexicon, normalize_apostrophes, GazKind, GazKinds};
use crate::sentence::Sentence;
use crate::text::Span;
use crate::token::{Token, TokenKind};

const ORG_HEADS: &[&str] = &[
    "Army",
    "Party",
    "Ministry",
    "Agency",
    "Council",
    "Committee",
    "Commission",
    "Bank",
    "University",
    "Institute",
    "Company",
    "Corporation",
    "Group",
    "Association",
    "Union",
    "Federation",
    "Fund",
    "Court",
    "Department",
    "Office",
    "Service",
    "Forces",
    "Navy",
    "Force",
    "Times",
    "Post",
    "News",
    "Church",
    "School",
    "College",
    "Club",
    "FC",
    "United",
    "Guard",
    "Corps",
    "Foundation",
    "Center",
    "Centre",
    "Organization",
    "Organisation",
    "Authority",
    "Board",
    "Bureau",
    "Assembly",
    "Parliament",
    "Senate",
    "Congress",
    "Cabinet",
    "Government",
    "Administration",
    "Police",
    "Inc.",
    "Corp.",
    "Ltd",
    "Ltd.",
    "LLC",
    "Co.",
    "Airlines",
    "Motors",
    "Media",
    "Press",
    "Network",
    "Ministry's",
];
/// Head words of man-made places ("Red Square", "Derby County"); with
/// [`super::GEOGRAPHIC_HEADS`] they make a capitalized run a place in the rule baseline.
const URBAN_HEADS: &[&str] = &[
    "County",
    "City",
    "Street",
    "Square",
    "Avenue",
    "District",
    "Territory",
    "Bridge",
    "Airport",
];

fn is_place_head(word: &str) -> bool {
    super::GEOGRAPHIC_HEADS.contains(&word) || URBAN_HEADS.contains(&word)
}
const CONNECTORS: &[&str] = &[
    "of", "de", "da", "del", "van", "von", "al", "bin", "la", "der", "du",
];

fn is_capitalized(tok: &Token, s: &str) -> bool {
    tok.kind == TokenKind::Word && s.chars().next().is_some_and(char::is_uppercase)
}

fn kind_of(gaz: GazKinds) -> Option<EntityKind> {
    let first = gaz.first()?;
    Some(match first {
        GazKind::Country | GazKind::State | GazKind::City => EntityKind::Location,
        GazKind::Nationality => EntityKind::Group,
        GazKind::Organization | GazKind::Media => EntityKind::Organization,
    })
}

/// Longest gazetteer match starting at token `i`, within `end`: (tokens consumed, kind).
pub(crate) fn gazetteer_match(
    text: &str,
    tokens: &[Token],
    i: usize,
    end: usize,
) -> Option<(usize, EntityKind)> {
    let lex = lexicon();
    let first = tokens[i].text(text);
    if !first
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    let max = lex.max_phrase_tokens().min(end - i);
    let mut key = String::new();
    let mut best = None;
    for n in 1..=max {
        let tok = &tokens[i + n - 1];
        if n > 1 {
            if tok.newlines_before > 0 {
                break;
            }
            key.push(' ');
        }
        key.push_str(&normalize_apostrophes(tok.text(text)));
        if let Some(kind) = kind_of(lex.gazetteer(&key)) {
            best = Some((n, kind));
        }
    }
    best
}

/// Finds name mentions with the rules.
pub fn find_names(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Mention> {
    let lex = lexicon();
    let mut out = Vec::new();
    for sentence in sentences {
        let end = sentence.tokens.end;
        let mut i = sentence.tokens.start;
        let mut titled_until = 0;
        while i < end {
            let gaz = gazetteer_match(text, tokens, i, end).filter(|&(n, _)| {
                // A one-word place that is also a first name, before another capitalized word,
                // is a person's name: "Vladimir Putin", not the city of Vladimir.
                let next_cap = tokens
                    .get(i + 1)
                    .is_some_and(|t| i + 1 < end && is_capitalized(t, t.text(text)));
                !(n == 1 && next_cap && lex.first_name_p_female(tokens[i].text(text)).is_some())
            });
            if let Some((mut n, mut kind)) = gaz {
                // "Kursk Region", "Korean Peninsula", "Korean People's Army".
                if let Some(next) = tokens.get(i + n).filter(|_| i + n < end) {
                    let s = next.text(text);
                    if is_place_head(s) {
                        (n, kind) = (n + 1, EntityKind::Location);
                    } else if ORG_HEADS.contains(&s) {
                        (n, kind) = (n + 1, EntityKind::Organization);
                    }
                }
                out.push(Mention {
                    span: Span::new(tokens[i].span.start, tokens[i + n - 1].span.end),
                    kind,
                });
                i += n;
                continue;
            }
            let s = tokens[i].text(text);
            if !is_capitalized(&tokens[i], s) {
                i += 1;
                continue;
            }
            // A sentence-initial common word ("The", "Meanwhile", "For").
            if i == sentence.tokens.start
                && lex.is_common_word(s)
                && lex.first_name_p_female(s).is_none()
            {
                i += 1;
                continue;
            }
            // Titles before a name ("Foreign Minister Sergey Lavrov").
            let title_len = (1..=3).rev().find(|&n| {
                i + n < end
                    && is_capitalized(&tokens[i + n], tokens[i + n].text(text))
                    && lex.is_title(&phrase(text, &tokens[i..i + n]))
            });
            if let Some(n) = title_len {
                i += n;
                titled_until = i;
                continue;
            }
            // A run of capitalized words, with connectors between them.
            let mut j = i + 1;
            while j < end {
                let sj = tokens[j].text(text);
                if gazetteer_match(text, tokens, j, end)
                    .is_some_and(|(_, k)| k == EntityKind::Group)
                {
                    break;
                }
                if is_capitalized(&tokens[j], sj) {
                    j += 1;
                } else if CONNECTORS.contains(&sj)
                    && j + 1 < end
                    && is_capitalized(&tokens[j + 1], tokens[j + 1].text(text))
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let kind = classify(
                text,
                &tokens[i..j],
                titled_until == i,
                tokens.get(j).map(|t| t.text(text)),
            );
            if let Some(kind) = kind {
                out.push(Mention {
                    span: Span::new(tokens[i].span.start, tokens[j - 1].span.end),
                    kind,
                });
            }
            i = j;
        }
    }
    out
}

fn phrase(text: &str, tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| t.text(text))
        .collect::<Vec<_>>()
        .join(" ")
}

fn classify(text: &str, run: &[Token], titled: bool, next: Option<&str>) -> Option<EntityKind> {
    let lex = lexicon();
    let words: Vec<&str> = run.iter().map(|t| t.text(text)).collect();
    let first = words[0];
    let last = *words.last()?;
    if ORG_HEADS.contains(&last) || lex.is_org_suffix(last) && words.len() > 1 {
        return Some(EntityKind::Organization);
    }
    if is_place_head(last) && words.len() > 1 {
        return Some(EntityKind::Location);
    }
    if titled {
        return Some(EntityKind::Person);
    }
    let is_first_name = lex.first_name_p_female(first).is_some() && !lex.is_common_word(first);
    if is_first_name && words.len() >= 2 {
        return Some(EntityKind::Person);
    }
    if words.len() == 1
        && first.len() >= 2
        && first.len() <= 6
        && first.chars().all(|c| c.is_ascii_uppercase())
    {
        return Some(EntityKind::Organization);
    }
    let unknown = words.iter().filter(|w| !lex.is_common_word(w)).count();
    if unknown == 0 {
        return (words.len() > 1).then_some(EntityKind::Misc);
    }
    if words.len() == 1 && next.is_some_and(|n| lex.is_speech_verb(n)) {
        return Some(EntityKind::Person);
    }
    if (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| !w.contains('.') && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-'))
    {
        return Some(EntityKind::Person);
    }
    Some(EntityKind::Misc)
}
