//! Entity stage: finds name, date and number mentions and groups them into entities.

mod group;
pub mod numeric;
pub mod rules;

use std::collections::HashMap;

use crate::analysis::{Analysis, EntityKind, Mention};
use crate::text::Span;
use crate::token::Token;

pub use group::normalize_name;

/// Head words that make a name a place even where news uses "City" or "County" for clubs.
const GEOGRAPHIC_HEADS: &[&str] = &[
    "Region",
    "Province",
    "Peninsula",
    "Oblast",
    "River",
    "Sea",
    "Ocean",
    "Mountains",
    "Island",
    "Islands",
    "Valley",
    "Strait",
    "Gulf",
    "Bay",
    "Lake",
    "Desert",
    "Plateau",
    "Canal",
    "Coast",
];

/// Finds entity mentions in `text` and groups them into `analysis.entities`.
pub fn find_entities(text: &str, analysis: &mut Analysis) {
    let tokens = &analysis.tokens;
    let mut names = crate::tagger::tag_names(text, tokens, &analysis.sentences);
    // A name headed by a geographic word is a place whatever the tagger thought: "Kursk Region".
    for m in &mut names {
        let last = m.span.slice(text).rsplit(' ').next().unwrap_or("");
        if m.kind != EntityKind::Location
            && m.span.slice(text).contains(' ')
            && GEOGRAPHIC_HEADS.contains(&last)
        {
            m.kind = EntityKind::Location;
        }
    }
    let numbers = numeric::find_numeric(text, tokens);
    let mut mentions = merge(numbers, names);
    let aliases = find_acronyms(text, tokens, &mut mentions);
    analysis.entities =
        group::group_mentions(text, tokens, &mentions, &aliases, &mut analysis.warnings);
}

/// Merges two mention lists, dropping any mention of the second that overlaps one of the first.
fn merge(first: Vec<Mention>, second: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = first;
    for m in second {
        if !out.iter().any(|o| o.span.overlaps(m.span)) {
            out.push(m);
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// Finds acronyms defined in parentheses after a name ("Korean People’s Army (KPA)"): makes the
/// acronym a mention of the same kind and returns acronym span → name span.
fn find_acronyms(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) -> HashMap<Span, Span> {
    let mut aliases = HashMap::new();
    let mut defined: Vec<(String, Span, EntityKind)> = Vec::new();
    for m in mentions.iter() {
        if !matches!(
            m.kind,
            EntityKind::Organization | EntityKind::Location | EntityKind::Misc
        ) {
            continue;
        }
        let after = tokens.partition_point(|t| t.span.start < m.span.end);
        let t = |i: usize| tokens.get(i).map_or("", |tok| tok.text(text));
        let acronym = t(after + 1);
        if t(after) == "("
            && t(after + 2) == ")"
            && acronym.len() >= 2
            && acronym.chars().all(|c| c.is_ascii_uppercase())
        {
            let initials: String = m
                .span
                .slice(text)
                .split([' ', '-'])
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            if initials.starts_with(acronym) || acronym.chars().all(|c| initials.contains(c)) {
                defined.push((acronym.to_string(), m.span, m.kind));
            }
        }
    }
    if defined.is_empty() {
        return aliases;
    }
    for tok in tokens {
        let s = tok.text(text);
        if let Some((_, of, kind)) = defined
            .iter()
            .find(|(a, of, _)| a == s && tok.span.start > of.end)
        {
            aliases.insert(tok.span, *of);
            match mentions.iter_mut().find(|m| m.span.overlaps(tok.span)) {
                Some(existing) if existing.span == tok.span => existing.kind = *kind,
                Some(_) => {}
                None => mentions.push(Mention {
                    span: tok.span,
                    kind: *kind,
                }),
            }
        }
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    aliases
}
