//! Entity stage: finds name, date and number mentions and groups them into entities.

mod group;
pub(crate) use group::{is_past_role, kinship_noun_sex};
pub mod numeric;
pub mod rules;

use std::collections::HashMap;

use crate::analysis::{Analysis, EntityKind, Mention};
use crate::text::Span;
use crate::token::{Token, TokenKind};

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
    // Streets: "Dame Street", "Downing Street".
    "Street",
    "Avenue",
    "Boulevard",
];

/// The AP style's abbreviations of US states ("Charleston, W.Va."): places, whatever the
/// tagger thought.
const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.", "Ill.",
    "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
    "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
];

/// Titles and name suffixes that the tagger sometimes takes for a whole name: never one alone.
const TITLES_ALONE: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Rev.", "Jr.", "Sr.", "St.", "Sen.", "Rep.", "Gov.", "Gen.",
];

/// Honorifics that can open a name mention the tagger found ("Mr. Tribe"), with their space.
const HONORIFICS: &[&str] = &[
    "Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr ", "Sir ", "Dame ",
];

/// Finds entity mentions in `text` and groups them into `analysis.entities`.
pub fn find_entities(text: &str, analysis: &mut Analysis) {
    let tokens = &analysis.tokens;
    let mut names = crate::tagger::tag_names(text, tokens, &analysis.sentences);
    join_middle_initials(text, &mut names);
    join_nicknames(text, tokens, &mut names);
    join_particles(text, tokens, &mut names);
    // A name headed by a geographic word is a place whatever the tagger thought: "Kursk Region".
    for m in &mut names {
        // "Mr. Tribe": a person, named without the honorific (which still tells the gender).
        // ("Sir" and "Dame" only before a first name: not "Dame Street", "the Dame Vera Lynn
        // Children's Charity".)
        let knighted = |h: &str, rest: &str| {
            !matches!(h, "Sir " | "Dame ")
                || crate::lexicon::lexicon()
                    .first_name_p_female(rest.split(' ').next().unwrap_or(""))
                    .is_some()
                    && rest.split(' ').count() <= 2
        };
        // (The space after it may be another, or several: "Sir\u{a0}Keir", a thin space.)
        let after_honorific = |h: &str| {
            let name = m.span.slice(text);
            name.strip_prefix(h).or_else(|| {
                let rest = name.strip_prefix(h.trim_end())?;
                let name = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
                (name.len() < rest.len()).then_some(name)
            })
        };
        if let Some(rest) = HONORIFICS
            .iter()
            .find_map(|h| after_honorific(h).filter(|rest| knighted(h, rest)))
            .filter(|rest| rest.starts_with(char::is_uppercase))
        {
            m.span = Span::new(m.span.end - rest.len(), m.span.end);
            m.kind = EntityKind::Person;
            continue;
        }
        // "Justice Miriam Adler", "Justice Adler": a title the tagger took into a person's name
        // is the role, not the name. (A title that is also a first name stays, unless a first
        // name follows it: "Dean Baquet", but "Justice Miriam Adler".)
        if m.kind == EntityKind::Person {
            let lex = crate::lexicon::lexicon();
            let name = m.span.slice(text);
            let words: Vec<&str> = name.split(' ').collect();
            let first_name = |w: &str| lex.first_name_p_female(w).is_some();
            let title_words = (1..=2usize).rev().find(|&n| {
                words.len() > n
                    && words[n].starts_with(char::is_uppercase)
                    && lex.is_title(&words[..n].join(" "))
                    && (n > 1 || !first_name(words[0]) || (words.len() > 2 && first_name(words[1])))
            });
            if let Some(n) = title_words {
                let cut = words[..n].iter().map(|w| w.len() + 1).sum::<usize>();
                m.span = Span::new(m.span.start + cut, m.span.end);
            }
        }
        // "Scott (D-Va.": a name stops before a parenthesis it does not close.
        let slice = m.span.slice(text);
        if let Some(at) = slice
            .find(" (")
            .filter(|&at| at > 0 && !slice[at..].contains(')'))
        {
            m.span = Span::new(m.span.start, m.span.start + at);
        }
        // "Trump’s admiration": the possessive is no part of the name (nor in CoNLL's).
        if let Some(base) = ["’s", "'s"]
            .iter()
            .find_map(|p| m.span.slice(text).strip_suffix(p))
            .filter(|b| b.ends_with(char::is_alphabetic))
        {
            m.span = Span::new(m.span.start, m.span.start + base.len());
        }
        // "“Our Korean friends": a possessive determiner capitalized because it opens a sentence
        // or a quotation is no part of a nationality (but of a name it may be: "Our Principles
        // PAC", "Our Revolution", a title "My Patients Were Presidents").
        let opens =
            text.get(..m.span.start).is_some_and(|before| {
                before.trim_end().chars().next_back().is_none_or(|c| {
                    matches!(c, '.' | '!' | '?' | '“' | '"' | '‘' | '\'' | '«' | '„')
                })
            });
        if let Some(rest) = ["Our ", "My ", "Your ", "His ", "Her ", "Its ", "Their "]
            .iter()
            .find_map(|d| m.span.slice(text).strip_prefix(d))
            .filter(|rest| opens && crate::tagger::is_group(rest))
        {
            m.span = Span::new(m.span.end - rest.len(), m.span.end);
            if m.kind == EntityKind::Misc {
                m.kind = EntityKind::Group;
            }
        }
        // "Developer Ridgeline Homes filed plans": a noun for the kind of business that opens
        // the sentence is no part of the business's name.
        if let Some(rest) = opens
            .then(|| m.span.slice(text).split_once(' '))
            .flatten()
            .filter(|(noun, rest)| {
                BUSINESS_NOUNS.contains(&noun.to_lowercase().as_str())
                    && rest.starts_with(char::is_uppercase)
            })
            .map(|(_, rest)| rest)
        {
            m.span = Span::new(m.span.end - rest.len(), m.span.end);
            m.kind = EntityKind::Organization;
            continue;
        }
        // "Mr. Trump" with the honorific outside the mention: a person all the same, and only
        // up to a possessive ("Mr. Trump's RT appearance").
        if text
            .get(..m.span.start)
            .is_some_and(|before| HONORIFICS.iter().any(|h| before.ends_with(h)))
        {
            let slice = m.span.slice(text);
            if let Some(at) = slice.find("’s ").or_else(|| slice.find("'s ")) {
                m.span = Span::new(m.span.start, m.span.start + at);
            }
            m.kind = EntityKind::Person;
            continue;
        }
        // "the newspaper Handelsblatt", "the carmaker Stellantis": a name right after a noun
        // for a publication or a business is an organization's.
        // (Not a place, which follows such a noun in a relative clause, "a network Russia has
        // financed", nor a person's full name, "businessman and publisher Ron Unz".)
        let kept = match m.kind {
            EntityKind::Organization | EntityKind::Location => true,
            EntityKind::Person => looks_like_full_name(m.span.slice(text), false),
            _ => false,
        };
        if !kept && after_institution_noun(text, m.span) {
            m.kind = EntityKind::Organization;
            continue;
        }
        // "Her husband, Hassan, a former engineer": a name set off after a kinship noun is a
        // person's.
        if m.kind != EntityKind::Person && after_kin_noun(text, m.span) {
            m.kind = EntityKind::Person;
            continue;
        }
        // "Labour MP", "Tory MPs": a party and a member of parliament, whom the text does not
        // name; the party is the name.
        // (A person stays a person: "Ed Davey MP".)
        if let Some(party) = ["MP", "MPs", "MEP", "MEPs", "MSP", "MSPs"]
            .iter()
            .find_map(|t| m.span.slice(text).strip_suffix(t))
            .and_then(|p| p.strip_suffix(' '))
            .filter(|p| !p.is_empty())
        {
            m.span = Span::new(m.span.start, m.span.start + party.len());
            if crate::lexicon::UK_PARTIES.contains(&party) {
                m.kind = EntityKind::Organization;
            }
        }
        // A party is no person, whatever its words look like: "Lib Dem leader Ed Davey" (but
        // "Green" or "Reform" alone may be a surname).
        if crate::lexicon::UK_PARTIES.contains(&m.span.slice(text))
            && !matches!(
                m.span.slice(text),
                "Green" | "Reform" | "Alliance" | "Independent"
            )
        {
            m.kind = EntityKind::Organization;
            continue;
        }
        let last = m.span.slice(text).rsplit(' ').next().unwrap_or("");
        if m.kind != EntityKind::Location
            && m.span.slice(text).contains(' ')
            && GEOGRAPHIC_HEADS.contains(&last)
        {
            m.kind = EntityKind::Location;
        }
        if m.kind != EntityKind::Location && STATE_ABBREVIATIONS.contains(&m.span.slice(text)) {
            m.kind = EntityKind::Location;
        }
        if m.kind != EntityKind::Location && is_dateline(text, m.span) {
            m.kind = EntityKind::Location;
        }
        if m.kind != EntityKind::Person
            && (looks_like_full_name(m.span.slice(text), false)
                || after_title(text, m.span) && looks_like_full_name(m.span.slice(text), true))
        {
            m.kind = EntityKind::Person;
        }
    }
    // (A word named elsewhere in the text, alone or first in a name, is a name there too:
    // "“Apple needs a catalyst”" after "Apple Inc".)
    let named_elsewhere: std::collections::HashSet<&str> = names
        .iter()
        .filter(|m| !after_quotation_mark(text, m.span))
        .flat_map(|m| {
            let name = m.span.slice(text);
            [name, name.split(' ').next().unwrap_or(name)]
        })
        .collect();
    names.retain(|m| {
        !TITLES_ALONE.contains(&m.span.slice(text))
            && !is_headline(text, m.span)
            && !is_party_tag(text, m.span)
            && !is_contraction(m.span.slice(text))
            && !is_plural_acronym(m.span.slice(text))
            && (!common_word_opening_quotation(text, m)
                || named_elsewhere.contains(m.span.slice(text)))
    });
    dateline_places(text, &mut names);
    party_of_state(text, &mut names);
    state_party(text, &mut names);
    case_names(text, &mut names);
    headline_names(text, &mut names);
    institution_names(text, tokens, &mut names);
    transcript_conventions(text, tokens, &mut names);
    complete_short_names(text, tokens, &mut names);
    let misspelled = misspelled_names(text, tokens, &names);
    // (A one-word name the tagger gave another kind is replaced: "Starmr" as an organization.)
    names.retain(|m| {
        misspelled
            .binary_search_by_key(&m.span.start, |x| x.span.start)
            .is_err()
    });
    names.extend(misspelled);
    names.sort_by_key(|m| (m.span.start, m.span.end));
    let numbers = numeric::find_numeric(text, tokens);
    let mut mentions = merge(numbers, names);
    titles_of_works(text, tokens, &mut mentions);
    let aliases = find_acronyms(text, tokens, &mut mentions);
    analysis.entities =
        group::group_mentions(text, tokens, &mentions, &aliases, &mut analysis.warnings);
}

/// Makes a title in quotation marks right after the kind of work one name of a work ("the
/// ballad “Yesterday”", "the standard “Autumn Leaves”", "the film “Northern Lights”"),
/// whatever the tagger or the date finder read in it: its title-cased words, without the
/// punctuation before the closing mark, replace the mentions inside.
fn titles_of_works(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let is_title_word = |t: &Token| {
        let w = t.text(text);
        t.kind == TokenKind::Word
            && (w.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
                || matches!(
                    w,
                    "the" | "of" | "a" | "an" | "and" | "in" | "on" | "to" | "for"
                ))
    };
    let mut titles = Vec::new();
    for k in 1..tokens.len() {
        if tokens[k].kind != TokenKind::Quote
            || !crate::lexicon::WORK_NOUNS.contains(&tokens[k - 1].text(text))
        {
            continue;
        }
        let Some(close) = (k + 2..(k + 10).min(tokens.len()))
            .take_while(|&c| tokens[c].newlines_before == 0)
            .find(|&c| tokens[c].kind == TokenKind::Quote)
        else {
            continue;
        };
        let mut last = close - 1;
        while last > k + 1 && tokens[last].kind == TokenKind::Punct {
            last -= 1;
        }
        let words = &tokens[k + 1..=last];
        if words.iter().all(is_title_word) && words[0].text(text).starts_with(char::is_uppercase) {
            titles.push(Span::new(tokens[k + 1].span.start, tokens[last].span.end));
        }
    }
    if titles.is_empty() {
        return;
    }
    mentions.retain(|m| !titles.iter().any(|t| t.overlaps(m.span)));
    mentions.extend(titles.into_iter().map(|span| Mention {
        span,
        kind: EntityKind::Misc,
    }));
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Completes a name the tagger cut short where the text spells the longer name elsewhere
/// ("Judicial | Watch stated" beside "Judicial Watch", "Trump | Tower" beside "Trump Tower"):
/// one name, one reading through an article. The capitalized words right after a mention, one
/// space apart, that make it a longer name of the text join it, which takes that name's kind;
/// a mention among those words is absorbed.
fn complete_short_names(text: &str, tokens: &[Token], names: &mut Vec<Mention>) {
    // (A bound on the words read after each mention: a tagger's run of hundreds of capitalized
    // words is no name to complete, and reading it after every mention took seconds.)
    const MAX_COMPLETION_WORDS: usize = 6;
    // Most mentions are followed by a lower-case word or punctuation: only one followed by a
    // space and a capital can be completed, and only then are the longer names gathered.
    let capital_next = |m: &Mention| {
        m.kind.is_name()
            && text
                .get(m.span.end..)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    };
    if !names.iter().any(capital_next) {
        return;
    }
    // The longer names, sorted (the first kind of each).
    let mut long: Vec<(&str, EntityKind)> = names
        .iter()
        .filter(|m| m.kind.is_name())
        .map(|m| (m.span.slice(text), m.kind))
        .filter(|(name, _)| name.contains(' '))
        .collect();
    let Some(most_words) = long.iter().map(|(n, _)| n.split(' ').count()).max() else {
        return;
    };
    long.sort_by_key(|&(n, _)| n);
    long.dedup_by_key(|&mut (n, _)| n);
    let kind_of = |name: &str| {
        long.binary_search_by_key(&name, |&(n, _)| n)
            .ok()
            .map(|k| long[k].1)
    };
    names.sort_by_key(|m| (m.span.start, m.span.end));
    let mut reach = 0;
    let mut keep = vec![true; names.len()];
    for n in 0..names.len() {
        let m = names[n].clone();
        if m.span.start < reach {
            keep[n] = false;
            continue;
        }
        if !capital_next(&m) {
            continue;
        }
        let words = m.span.slice(text).split(' ').count();
        let next = tokens.partition_point(|t| t.span.start < m.span.end);
        let mut end = m.span.end;
        let mut longest = None;
        for t in tokens
            .iter()
            .skip(next)
            .take(most_words.saturating_sub(words).min(MAX_COMPLETION_WORDS))
        {
            let capitalized =
                t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase);
            if text.get(end..t.span.start) != Some(" ") || !capitalized {
                break;
            }
            end = t.span.end;
            if let Some(kind) = text.get(m.span.start..end).and_then(kind_of) {
                longest = Some((end, kind));
            }
        }
        // (Not into a mention that runs on past it: "Nancy | Davis Reagan" is no "Nancy
        // Davis" and "Reagan".)
        let Some((end, kind)) = longest else { continue };
        let cut = names[n + 1..]
            .iter()
            .take_while(|o| o.span.start < end)
            .any(|o| o.span.end > end);
        if !cut {
            names[n].span = Span::new(m.span.start, end);
            names[n].kind = kind;
            reach = end;
        }
    }
    let mut flags = keep.into_iter();
    names.retain(|_| flags.next().unwrap_or(true));
}

/// Joins a first name and the name after it that opens with a middle initial ("Loretta" +
/// "E. Lynch" → "Loretta E. Lynch"): an initial belongs to the names on both sides of it. The
/// tagger splits the two when the text has named the person before without the initial (a
/// headline's "Loretta Lynch" teaches it that "Loretta" ends a name).
fn join_middle_initials(text: &str, names: &mut Vec<Mention>) {
    let is_initial = |s: &str| {
        let b = s.as_bytes();
        b.len() >= 4 && b[0].is_ascii_uppercase() && b[1] == b'.' && b[2] == b' '
    };
    let mut out: Vec<Mention> = Vec::with_capacity(names.len());
    for m in names.drain(..) {
        if let Some(prev) = out.last_mut() {
            let first = prev.span.slice(text);
            if prev.kind == EntityKind::Person
                && m.kind == EntityKind::Person
                && m.span.start == prev.span.end + 1
                && text.get(prev.span.end..m.span.start) == Some(" ")
                && !first.contains(' ')
                && first.starts_with(char::is_uppercase)
                && is_initial(m.span.slice(text))
            {
                prev.span = Span::new(prev.span.start, m.span.end);
                continue;
            }
        }
        out.push(m);
    }
    *names = out;
}

/// Joins a given name to a surname that opens with lower-case particles ("Ursula", "von der",
/// "Leyen": "Ursula von der Leyen"). The tagger, trained on few such names, tags the given name
/// apart (often as an organization) and the surname alone or not at all. Joined when the given
/// name is tagged as a person's or is a known first name, or when the surname is tagged as a
/// person's and the given name does not open the sentence ("In van Gogh's letters"). A name
/// tagged whole ("Bill de Blasio", "Cinco de Mayo") neither ends at the given name nor starts at
/// the surname, so it is left alone.
fn join_particles(text: &str, tokens: &[Token], names: &mut Vec<Mention>) {
    const PARTICLES: &[&str] = &[
        "al", "bin", "da", "de", "del", "della", "der", "di", "du", "la", "le", "ten", "ter",
        "van", "von",
    ];
    let capitalized = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.text(text).starts_with(char::is_uppercase)
                && !crate::lexicon::lexicon().is_title(t.text(text))
        })
    };
    let particle = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| PARTICLES.contains(&t.text(text)))
    };
    let mut joined = Vec::new();
    // The particles and surname of each joined name ("ten Hag" of "Erik ten Hag").
    let mut tails: Vec<Span> = Vec::new();
    let mut sorted: Option<Vec<Mention>> = None;
    let mut k = 0;
    while k + 2 < tokens.len() {
        let n = (1..=2).take_while(|&d| particle(k + d)).count();
        if !(n > 0 && capitalized(k) && capitalized(k + n + 1)) {
            k += 1;
            continue;
        }
        let (given, surname) = (tokens[k].span, tokens[k + n + 1].span);
        let same_line = text
            .get(given.start..surname.start)
            .is_some_and(|gap| !gap.contains('\n'));
        // The names, sorted by start, made at the first candidate (few texts have one); they do
        // not overlap, so the one starting last at or before a token is the only one that can
        // hold it or end with it.
        let sorted = sorted.get_or_insert_with(|| {
            let mut v: Vec<Mention> = names.clone();
            v.sort_by_key(|m| (m.span.start, m.span.end));
            v
        });
        let holding = |at: Span| {
            sorted[..sorted.partition_point(|m| m.span.start <= at.start)]
                .last()
                .filter(|m| m.span.end >= at.end)
        };
        // A given name: tagged as a person's, or a known first name tagged as any name.
        let given_name = holding(given).filter(|m| m.span.end == given.end);
        let given_named = given_name.is_some_and(|m| {
            m.kind == EntityKind::Person
                || crate::lexicon::lexicon()
                    .first_name_p_female(tokens[k].text(text))
                    .is_some()
        });
        let surname_person = holding(surname)
            .filter(|m| m.span.start == surname.start && m.kind == EntityKind::Person);
        // A capital that may only open the sentence ("In van Gogh's letters").
        let opens_sentence =
            text.get(..given.start).is_none_or(|before| {
                before.trim_end().chars().next_back().is_none_or(|c| {
                    matches!(c, '.' | '!' | '?' | '“' | '"' | '‘' | '\'' | ':' | '—')
                })
            });
        if same_line && (given_named || (surname_person.is_some() && !opens_sentence)) {
            let end = surname_person.map_or(surname.end, |m| m.span.end);
            let start = given_name.map_or(given.start, |m| m.span.start);
            joined.push(Span::new(start, end));
            tails.push(Span::new(tokens[k + 1].span.start, end));
            k += n + 2;
        } else {
            k += 1;
        }
    }
    if joined.is_empty() {
        return;
    }
    // The surname with its particles elsewhere is the same person's ("Later, ten Hag said").
    let mut tail_texts: Vec<&str> = tails
        .iter()
        .filter_map(|t| text.get(t.start..t.end))
        .collect();
    tail_texts.sort_unstable();
    tail_texts.dedup();
    for (j, t) in tokens.iter().enumerate() {
        if !particle(j) || joined.iter().any(|s| s.contains(t.span)) {
            continue;
        }
        let rest = &text[t.span.start..];
        let found = tail_texts.iter().find(|tail| {
            rest.starts_with(**tail)
                && !rest[tail.len()..].starts_with(|c: char| c.is_alphanumeric())
        });
        if let Some(tail) = found {
            joined.push(Span::new(t.span.start, t.span.start + tail.len()));
        }
    }
    names.retain(|m| !joined.iter().any(|j| j.overlaps(m.span)));
    names.extend(joined.into_iter().map(|span| Mention {
        span,
        kind: EntityKind::Person,
    }));
    names.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Joins a name around a nickname in quotation marks into one person: `Marcia "Cia" Price`,
/// `Robert "Bobby" Scott`, `Dwayne "The Hammer" Kowalchuk` — one to three capitalized words in
/// marks between a capitalized word and a capitalized surname. The tagger splits such names at the marks (or takes the nickname for a
/// name of its own).
fn join_nicknames(text: &str, tokens: &[Token], names: &mut Vec<Mention>) {
    let word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && t.span.slice(text).starts_with(char::is_uppercase)
        })
    };
    let mark = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Quote);
    for k in 1..tokens.len().saturating_sub(3) {
        if !(mark(k) && word(k - 1)) {
            continue;
        }
        // A nickname of one to three capitalized words: `"Bob"`, `"The Hammer"`.
        let Some(close) = (k + 2..(k + 5).min(tokens.len())).find(|&c| mark(c)) else {
            continue;
        };
        if !((k + 1..close).all(word) && word(close + 1)) {
            continue;
        }
        let (first, last) = (tokens[k - 1].span, tokens[close + 1].span);
        // The first name ends a person's mention, or stands alone as a known first name.
        let owner = names
            .iter()
            .position(|m| m.span.end == first.end && m.kind == EntityKind::Person);
        let start = match owner {
            Some(i) => names[i].span.start,
            None if crate::lexicon::lexicon()
                .first_name_p_female(first.slice(text))
                .is_some() =>
            {
                first.start
            }
            None => continue,
        };
        // The surname, or the mention it starts.
        let end = names
            .iter()
            .find(|m| m.span.start == last.start)
            .map_or(last.end, |m| m.span.end);
        names.retain(|m| m.span.end <= start || m.span.start >= end);
        let at = names.partition_point(|m| m.span.start < start);
        names.insert(
            at,
            Mention {
                span: Span::new(start, end),
                kind: EntityKind::Person,
            },
        );
    }
}

/// Nouns for a kind of business that a sentence may open with before the business's name
/// ("Developer Ridgeline Homes", "Retailer Hudson's Bay"), lower case. Not those that begin
/// names of their own ("Network Rail", "Bank of Canada", "Airline Pilots Association").
const BUSINESS_NOUNS: &[&str] = &[
    "developer",
    "homebuilder",
    "retailer",
    "carmaker",
    "automaker",
    "insurer",
    "lender",
    "broadcaster",
    "publisher",
    "miner",
    "chipmaker",
    "drugmaker",
    "grocer",
    "brewer",
    "manufacturer",
    "conglomerate",
    "startup",
    "landlord",
];

/// True when the word right before `span`, one space before it, is a noun for a publication or
/// a business ("the newspaper | Handelsblatt", "the German carmaker | Volkswagen").
fn after_institution_noun(text: &str, span: Span) -> bool {
    const NOUNS: &[&str] = &[
        "newspaper",
        "daily",
        "tabloid",
        "magazine",
        "weekly",
        "broadcaster",
        "network",
        "website",
        "company",
        "firm",
        "carmaker",
        "automaker",
        "retailer",
        "insurer",
        "airline",
        "bank",
        "lender",
        "conglomerate",
        "startup",
        "chipmaker",
        "drugmaker",
    ];
    let Some(before) = text.get(..span.start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let mut words = before.rsplit(' ');
    let noun = words.next().unwrap_or("");
    // "the newspaper", "the German carmaker", "the Philadelphia-based investment company": "the"
    // opens the phrase, at most two words before the noun ("Twice daily Johnson walked", "a
    // network Russia has financed" open none).
    let the = words
        .take(3)
        .take_while(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        .any(|w| matches!(w, "the" | "The"));
    // And the name ends its phrase: punctuation or a word of report or place follows, not
    // a verb whose subject it is ("told the newspaper Pelosi | should resign", "The firm Brown
    // | runs").
    let after = text.get(span.end..).unwrap_or("");
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphabetic() && c != '’' && c != '\'')
        .next()
        .unwrap_or("");
    let ends = !after.starts_with(' ')
        || next.is_empty()
        || matches!(
            next,
            "as" | "in"
                | "on"
                | "of"
                | "for"
                | "and"
                | "or"
                | "said"
                | "says"
                | "reported"
                | "reports"
                | "wrote"
                | "writes"
                | "published"
                | "quoted"
                | "which"
                | "that"
        );
    // (Lower case only: in "Deutsche Bank" or "Network Rail" the noun is the name's own.)
    NOUNS.contains(&noun) && the && ends
}

/// True when the name at `span` is set off by commas right after a noun of kinship or
/// acquaintance: "Her husband, Hassan,", "his daughter, Maya,".
fn after_kin_noun(text: &str, span: Span) -> bool {
    const KIN: &[&str] = &[
        "husband",
        "wife",
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "partner",
        "fiancé",
        "fiancée",
        "girlfriend",
        "boyfriend",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "uncle",
        "aunt",
        "cousin",
        "niece",
        "nephew",
        "neighbor",
        "neighbour",
        "friend",
        "stepson",
        "stepdaughter",
    ];
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    let noun = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic() && c != 'é')
        .next()
        .unwrap_or("");
    KIN.contains(&noun)
        && text
            .get(span.end..)
            .is_some_and(|after| after.trim_start().starts_with(','))
}

/// True for a name the tagger called something else that reads as a person's full name: two
/// or three capitalized words, the first a clear first name (one sex at p ≥ 0.9 in the
/// first-name statistics) and no common word, the others no organization suffix, and the whole
/// no gazetteer entry ("Donald Trump" tagged as a company throughout a campaign story). After
/// a person's title (`titled`: "Sen. Elizabeth Warren") a word may be a place's name too
/// ("Warren", Michigan).
fn looks_like_full_name(name: &str, titled: bool) -> bool {
    let lex = crate::lexicon::lexicon();
    let words: Vec<&str> = name.split(' ').collect();
    let [first, rest @ ..] = words.as_slice() else {
        return false;
    };
    (1..=2).contains(&rest.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
        })
        && lex
            .first_name_p_female(first)
            .is_some_and(|p| !(0.1..0.9).contains(&p))
        && words.iter().all(|w| {
            !lex.is_common_word(w)
                && !lex.is_org_suffix(w)
                && (titled || lex.gazetteer(w).is_empty())
        })
        && lex.gazetteer(name).is_empty()
}

/// True when the word right before `span`, on the same line, is a person's title of the
/// lexicon ("Sen.", "President", "Governor").
fn after_title(text: &str, span: Span) -> bool {
    // (The last word only: a line can be a megabyte long.)
    let Some(before) = text.get(..span.start) else {
        return false;
    };
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let word = rest.rsplit(char::is_whitespace).next().unwrap_or(rest);
    !word.is_empty() && crate::lexicon::lexicon().is_title(word)
}

/// True for a lone common word capitalized only because it opens a quotation, taken for an
/// organization or other name ("'Education is the one thing …'"): a person's name or a known
/// first name stays.
fn common_word_opening_quotation(text: &str, m: &Mention) -> bool {
    let word = m.span.slice(text);
    let lex = crate::lexicon::lexicon();
    after_quotation_mark(text, m.span)
        && m.kind != EntityKind::Person
        && !word.contains(' ')
        && lex.is_common_word(word)
        && lex.gazetteer(word).is_empty()
        && lex.first_name_p_female(word).is_none()
}

/// True when `span` starts right after a quotation mark.
fn after_quotation_mark(text: &str, span: Span) -> bool {
    text.get(..span.start).is_some_and(|before| {
        before
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '“' | '"' | '‘' | '\''))
    })
}

/// True for the plural of an acronym ("PACs", "CEOs", "NGOs", "super PACs"): a common noun
/// that the tagger takes for a name (a person, in a story about super PACs).
fn is_plural_acronym(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let Some(stem) = last.strip_suffix('s') else {
        return false;
    };
    stem.len() >= 2
        && stem.bytes().all(|b| b.is_ascii_uppercase())
        && name[..name.len() - last.len()]
            .split_whitespace()
            .all(|w| w.starts_with(char::is_lowercase))
}

/// True for a pronoun or verb contraction ("I've", "I'll", "Don't", "It's"), which the tagger
/// sometimes takes for a name at the start of a quotation.
fn is_contraction(name: &str) -> bool {
    if !name.contains(['\'', '’', '‘', 'ʼ']) {
        return false;
    }
    let lower = crate::lexicon::normalize_apostrophes(name).to_lowercase();
    let Some((base, ending)) = lower.split_once('\'') else {
        return false;
    };
    let pronoun = matches!(
        base,
        "i" | "you"
            | "we"
            | "they"
            | "he"
            | "she"
            | "it"
            | "that"
            | "there"
            | "what"
            | "who"
            | "let"
    );
    (pronoun && matches!(ending, "m" | "ve" | "ll" | "d" | "re" | "s"))
        || (ending == "t" && base.ends_with('n') && base.len() >= 2 && !base.contains(' '))
}

/// True for a party-and-state tag after a lawmaker's name, "(R-S.C.)", "(D-Calif.)", "(I-Vt.)",
/// or set off by commas, "Sen. Tim Kaine, D-Va., said", "D-Newport News": an affiliation, not
/// an entity of its own.
fn is_party_tag(text: &str, span: Span) -> bool {
    // The tagger may take only the state: "(D-|Va.|)".
    let with_party = ["R-", "D-", "I-"]
        .iter()
        .find(|p| text[..span.start].ends_with(*p))
        .map(|p| Span::new(span.start - p.len(), span.end));
    if let Some(whole) = with_party.filter(|_| STATE_ABBREVIATIONS.contains(&span.slice(text))) {
        return is_party_tag(text, whole);
    }
    let tag = span.slice(text);
    let mut chars = tag.chars();
    let shaped = matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some('R' | 'D' | 'I'), Some('-'), Some(c)) if c.is_uppercase()
    ) && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | ' '));
    let after = text[span.end..].trim_start_matches('.');
    shaped
        && ((text[..span.start].ends_with('(') && after.starts_with(')'))
            || (text[..span.start].ends_with(", ")
                && (after.starts_with(',') || text[span.end..].starts_with('.'))))
}

/// Splits the apposition that introduces a lawmaker, "Democrat of Vermont", "Republican of
/// Texas", into the party member and the state, which the tagger may read as one organization:
/// a senator is no organization, and the state is a place of the story.
fn party_of_state(text: &str, names: &mut Vec<Mention>) {
    let mut places = Vec::new();
    for m in names.iter_mut() {
        let name = m.span.slice(text);
        let Some((party, place)) = ["Democrat", "Republican", "Independent", "Libertarian"]
            .iter()
            .find_map(|p| Some((*p, name.strip_prefix(p)?.strip_prefix(" of ")?)))
        else {
            continue;
        };
        // (Only set off beside a name: "Senator Patrick Leahy, Democrat of Vermont,"; "The
        // Democrat of Vermont said" stays one phrase, so the state does not speak.)
        let set_off = text
            .get(..m.span.start)
            .is_some_and(|before| before.ends_with(", ") || before.ends_with('('));
        if !place.starts_with(char::is_uppercase) || !set_off {
            continue;
        }
        places.push(Mention {
            span: Span::new(m.span.end - place.len(), m.span.end),
            kind: EntityKind::Location,
        });
        m.span = Span::new(m.span.start, m.span.start + party.len());
        m.kind = EntityKind::Misc;
    }
    if !places.is_empty() {
        names.extend(places);
        names.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// Splits a party member described by their state or city, "the Missouri Democrat", "a
/// California Republican", which the tagger may read as one person or organization, into the
/// place and the party word (as CoNLL-2003 tags "California Republican"): the phrase describes
/// someone named elsewhere, and is no name of its own. Only for a country, state or city of the
/// gazetteer before a party noun in the singular ("Vermont Democrats" stays a group's name).
fn state_party(text: &str, names: &mut Vec<Mention>) {
    use crate::lexicon::{lexicon, phrase_key, GazKind};
    let mut places = Vec::new();
    for m in names.iter_mut() {
        let name = m.span.slice(text);
        let Some((place, party)) = name.rsplit_once(' ') else {
            continue;
        };
        if !matches!(party, "Democrat" | "Republican" | "Independent") {
            continue;
        }
        let gaz = lexicon().gazetteer(&phrase_key(place));
        if ![GazKind::Country, GazKind::State, GazKind::City]
            .iter()
            .any(|&k| gaz.contains(k))
        {
            continue;
        }
        places.push(Mention {
            span: Span::new(m.span.start, m.span.start + place.len()),
            kind: EntityKind::Location,
        });
        m.span = Span::new(m.span.end - party.len(), m.span.end);
        m.kind = EntityKind::Misc;
    }
    if !places.is_empty() {
        names.extend(places);
        names.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// Joins the parties of a court case into its name, "Roe v. Wade", "Brown v. Board of
/// Education": one name of its own, neither a person nor an organization of the story. Only
/// with "v." between them (a fixture is written "Arsenal v Chelsea" or "vs."), and not two
/// places ("England v. Australia" is a match).
fn case_names(text: &str, names: &mut Vec<Mention>) {
    // The sentence splitter ends a sentence at "v." (as the attribution model was trained), so
    // the party after it opens a sentence, where the tagger may see no name ("Roe v. | Wade"):
    // capitalized words there, with "of", "the", "and" or "for" between them, are the party.
    let party = |k: usize| -> Option<Mention> {
        let a = &names[k];
        let at = a.span.end + " v. ".len();
        let next = names.get(k + 1).map(|m| m.span.start);
        if !a.kind.is_name() || text.get(a.span.end..at) != Some(" v. ") || next == Some(at) {
            return None;
        }
        // (Up to the next name: "Roe v. Wade and Doe v. Bolton" stops before "and".)
        let end = party_after(text, at, next.unwrap_or(usize::MAX));
        (end > at).then(|| Mention {
            span: Span::new(at, end),
            kind: EntityKind::Misc,
        })
    };
    let parties: Vec<(usize, Mention)> = (0..names.len())
        .filter_map(|k| Some((k, party(k)?)))
        .collect();
    let added = !parties.is_empty();
    if added {
        let mut with: Vec<Mention> = Vec::with_capacity(names.len() + parties.len());
        let mut parties = parties.into_iter().peekable();
        for (k, m) in names.drain(..).enumerate() {
            with.push(m);
            if let Some((_, p)) = parties.next_if(|(j, _)| *j == k) {
                with.push(p);
            }
        }
        *names = with;
    }
    let joins = |a: &Mention, b: &Mention| {
        a.kind.is_name()
            && b.kind.is_name()
            && !(a.kind == EntityKind::Location && b.kind == EntityKind::Location)
            && text.get(a.span.end..b.span.start) == Some(" v. ")
    };
    if !added && !names.windows(2).any(|w| joins(&w[0], &w[1])) {
        return;
    }
    let mut out: Vec<Mention> = Vec::with_capacity(names.len());
    let mut joined_last = false;
    for m in names.drain(..) {
        match out.last_mut() {
            // (Not onto a case already joined: "A v. B v. C" is no one case.)
            Some(last) if !joined_last && joins(last, &m) => {
                *last = Mention {
                    span: Span::new(last.span.start, m.span.end),
                    kind: EntityKind::Misc,
                };
                joined_last = true;
            }
            _ => {
                out.push(m);
                joined_last = false;
            }
        }
    }
    *names = out;
}

/// The end of the capitalized words that start at byte `at` ("Wade", "Board of Education"),
/// joined by single spaces and "of", "the", "and" or "for", before byte `limit`; `at` when
/// there are none.
fn party_after(text: &str, at: usize, limit: usize) -> usize {
    let mut end = at;
    let mut pos = at;
    let rest = |p: usize| text.get(p..).unwrap_or("");
    loop {
        if pos >= limit {
            return end;
        }
        let word_len = rest(pos)
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
            .unwrap_or(rest(pos).len());
        let word = &rest(pos)[..word_len];
        if word.starts_with(char::is_uppercase) {
            end = pos + word_len;
        } else if end == at || !matches!(word, "of" | "the" | "and" | "for") {
            return end;
        }
        if rest(pos + word_len).starts_with(' ') {
            pos += word_len + 1;
        } else {
            return end;
        }
    }
}

/// True when `span` is most of a title-case headline ("Wealthy Voters Abandon Republican Party"):
/// a name of four words or more covering at least half the words of a line of four or more words
/// nearly all capitalized. Taggers trained on sentences take such lines for one long name.
fn is_headline(text: &str, span: Span) -> bool {
    // Per word with a letter: whether it starts with a capital or a digit.
    fn words(s: &str) -> impl Iterator<Item = bool> + '_ {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .map(|w| {
                w.trim_start_matches(|c: char| !c.is_alphanumeric())
                    .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
            })
    }
    let name_len = words(span.slice(text)).count();
    // Two or three words: a phrase of common words only in a title-case first line ("Clinton
    // Breaks With Obama On 9/11 Lawsuit Bill"); one word may be a name ("Pence: ...").
    let lex = crate::lexicon::lexicon();
    let common_only = || {
        let slice = span.slice(text);
        slice
            .split_whitespace()
            .all(|w| lex.is_common_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
            && lex.gazetteer(slice).is_empty()
    };
    if name_len < 4 && (name_len < 2 || !common_only()) {
        return false;
    }
    // A headline is a short line: its ends are looked for at most `REACH` bytes away (a text
    // on one line of a megabyte has thousands of names).
    const REACH: usize = 1000;
    let mut lo = span.start.saturating_sub(REACH);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let start = match text[lo..span.start].rfind('\n') {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let mut hi = (span.end + REACH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let end = match text[span.end..hi].find('\n') {
        Some(i) => span.end + i,
        None if hi == text.len() => text.len(),
        None => return false,
    };
    let (line_len, capitalized) =
        words(&text[start..end]).fold((0, 0), |(n, c), cap| (n + 1, c + usize::from(cap)));
    line_len >= 4
        && 10 * capitalized >= 9 * line_len
        // Short phrases only in the text's first line, when it has lower-case letters: results
        // tables ("Tiger Woods 70 68") and all-capitals lines ("WORLD CUP") name real things in
        // common words.
        && (name_len < 4
            && text[..start].trim().is_empty()
            && text[start..end].chars().any(char::is_lowercase)
            || 2 * name_len >= line_len)
}

/// Short words a title-case headline leaves in lower case ("Hillary Clinton Was Headed to ER").
const HEADLINE_MINOR_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off",
    "on", "or", "over", "per", "so", "the", "to", "up", "via", "vs", "vs.", "with", "yet",
];

/// The text's first line, when it reads as a title-case headline: at most 25 words, some lower
/// case, and at least four words outside [`HEADLINE_MINOR_WORDS`], nine in ten of them
/// capitalized. An all-capitals line is left to [`is_headline`]. Only the first line: bylines
/// and lists of names further down are title-case lines too.
fn title_case_first_line(text: &str) -> Option<Span> {
    let start = text.len() - text.trim_start().len();
    let end = start + text[start..].find('\n')?;
    let line = &text[start..end];
    if line.split_whitespace().nth(25).is_some() {
        return None;
    }
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let counted: Vec<bool> = words
        .iter()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !HEADLINE_MINOR_WORDS.contains(w))
        .map(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()))
        .collect();
    let capitalized = counted.iter().filter(|&&c| c).count();
    (counted.len() >= 4
        && 10 * capitalized >= 9 * counted.len()
        && line.chars().any(char::is_lowercase))
    .then(|| Span::new(start, end))
}

/// Names of several words in a title-case headline, with a common word or a speech verb among
/// them, that the text never uses outside it ("Hillary Clinton Was Headed", "Avoid Bad
/// Optics", "Democrat Voters Worried"): a tagger trained on sentences reads capitalized common
/// words as names.
/// Such a name shrinks to the longest run of its words that the text names elsewhere ("Hillary
/// Clinton", "Sanders Vows" → "Sanders"), or goes. One that the text also uses elsewhere, that
/// the gazetteer knows, or that has neither ("By Coral Davenport") stays.
fn headline_names(text: &str, names: &mut Vec<Mention>) {
    let Some(line) = title_case_first_line(text) else {
        return;
    };
    let in_headline: Vec<bool> = names
        .iter()
        .map(|m| line.start <= m.span.start && m.span.end <= line.end)
        .collect();
    if !in_headline.contains(&true) {
        return;
    }
    let elsewhere: HashMap<&str, EntityKind> = names
        .iter()
        .zip(&in_headline)
        .filter(|(_, &h)| !h)
        .map(|(m, _)| (m.span.slice(text), m.kind))
        .collect();
    let lex = crate::lexicon::lexicon();
    let mut keep = vec![true; names.len()];
    for (k, m) in names.iter_mut().enumerate() {
        let slice = m.span.slice(text);
        let word_count = slice.split(' ').count();
        if !in_headline[k]
            || !slice.contains(' ')
            || elsewhere.contains_key(slice)
            || !lex.gazetteer(&crate::lexicon::phrase_key(slice)).is_empty()
            || !slice.split(' ').enumerate().any(|(n, w)| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                // (A verb's "-s" form too: "Elizabeth Warren Hammers Wells Fargo CEO".)
                lex.is_common_word(w)
                    || lex.is_speech_verb(w)
                    // (Not the name's last word: "Elijah Cummings Hospitalized".)
                    || n + 1 < word_count
                        && w.strip_suffix('s').is_some_and(|b| lex.is_common_word(b))
            })
        {
            continue;
        }
        // Word spans (byte offsets inside `slice`), longest runs first.
        let words: Vec<(usize, usize)> = slice
            .split(' ')
            .scan(0, |at, w| {
                let span = (*at, *at + w.len());
                *at += w.len() + 1;
                Some(span)
            })
            .filter(|(a, b)| a < b)
            .collect();
        let run = (1..words.len()).rev().find_map(|n| {
            words.windows(n).find_map(|run| {
                let (a, b) = (run[0].0, run[n - 1].1);
                elsewhere.get(&slice[a..b]).map(|&kind| (a, b, kind))
            })
        });
        match run {
            Some((a, b, kind)) => {
                m.span = Span::new(m.span.start + a, m.span.start + b);
                m.kind = kind;
            }
            None => keep[k] = false,
        }
    }
    let mut k = 0;
    names.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Head words of institutions whose names go on after "on", "for" or "of" ("Commission on
/// Presidential Debates", "Center for American Progress").
const INSTITUTION_HEADS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Alliance",
    "Association",
    "Authority",
    "Board",
    "Bureau",
    "Caucus",
    "Center",
    "Centre",
    "Coalition",
    "Commission",
    "Committee",
    "Conference",
    "Council",
    "Department",
    "Federation",
    "Forum",
    "Foundation",
    "Fund",
    "Institute",
    "League",
    "Ministry",
    "Office",
    "Panel",
    "Society",
    "Subcommittee",
];

/// Institution names the tagger cut at a lower-case link word: "Commission | on | Presidential
/// Debates" (two mentions), "Council | on Foreign Relations" (one and plain words), "National
/// Alliance | to | End Homelessness". A mention ending with an [`INSTITUTION_HEADS`] word, then
/// "on", "for" or "of" (or "to" and a capitalized common word no place names), then capitalized words
/// (with "and", "&", "of", "the", "for" or "on" between two of them; no month or weekday: "the
/// Council on Tuesday"), all on one line with single spaces, is one organization. The mentions
/// inside it go; one that runs past its end stops the join.
fn institution_names(text: &str, tokens: &[Token], names: &mut Vec<Mention>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let spaced = |i: usize| {
        i > 0
            && tokens[i].span.start == tokens[i - 1].span.end + 1
            && text.as_bytes()[tokens[i - 1].span.end] == b' '
    };
    let capitalized = |i: usize| {
        let w = word(i);
        tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && w.starts_with(char::is_uppercase)
            && !numeric::MONTHS.contains(&w)
            && !numeric::WEEKDAYS.contains(&w)
    };
    let mut out: Vec<Mention> = Vec::with_capacity(names.len());
    let mut k = 0;
    while k < names.len() {
        let m = names[k].clone();
        k += 1;
        let head = m.span.slice(text).rsplit(' ').next().unwrap_or("");
        let link = tokens.partition_point(|t| t.span.start < m.span.end);
        // (Or "to" and a verb: "National Alliance to | End Homelessness", "Committee to Protect
        // Journalists" — a capitalized common word no place: not "the Committee to Congress".)
        let to_verb = || {
            let v = word(link + 1);
            word(link) == "to"
                && capitalized(link + 1)
                && crate::lexicon::lexicon().is_common_word(v)
                && crate::lexicon::lexicon().gazetteer(v).first().is_none()
        };
        if !INSTITUTION_HEADS.contains(&head)
            || !(matches!(word(link), "on" | "for" | "of") || to_verb())
            || !spaced(link)
        {
            out.push(m);
            continue;
        }
        let mut end = None;
        let mut j = link + 1;
        while j < tokens.len() && spaced(j) {
            if capitalized(j) {
                end = Some(j);
            } else if !(end.is_some()
                && matches!(word(j), "and" | "&" | "of" | "the" | "for" | "on")
                && j + 1 < tokens.len()
                && spaced(j + 1)
                && capitalized(j + 1))
            {
                break;
            }
            j += 1;
        }
        let Some(end) = end else {
            out.push(m);
            continue;
        };
        let joined = Span::new(m.span.start, tokens[end].span.end);
        let inside = names[k..]
            .iter()
            .take_while(|n| n.span.start < joined.end)
            .count();
        // (After "to", no person and no title: "the Committee to | House Speaker Mike Johnson".)
        // (Nor another organization: "the Gates Foundation to | Save the Children".)
        let to_another_name = word(link) == "to"
            && ((link + 1..=end).any(|j| crate::lexicon::lexicon().is_title(word(j)))
                || names[k..k + inside]
                    .iter()
                    .any(|n| matches!(n.kind, EntityKind::Person | EntityKind::Organization))
                // (A name after "to" that goes on past a lower-case word is another name.)
                || (link + 2..=end).any(|j| !capitalized(j))
                || matches!(word(end + 1), "the" | "of" | "and" | "for" | "on")
                    && capitalized(end + 2));
        if to_another_name || names[k..k + inside].iter().any(|n| n.span.end > joined.end) {
            out.push(m);
            continue;
        }
        k += inside;
        out.push(Mention {
            span: joined,
            kind: EntityKind::Organization,
        });
    }
    *names = out;
}

/// Stage directions of broadcast transcripts: never names.
const STAGE_DIRECTIONS: &[&str] = &[
    "CROSSTALK",
    "LAUGHTER",
    "APPLAUSE",
    "INAUDIBLE",
    "UNINTELLIGIBLE",
    "COMMERCIAL",
    "BREAK",
    "BEGIN",
    "END",
    "VIDEO",
    "CLIP",
    "AUDIO",
    "OFF-MIKE",
    "BELL",
    "BLEEP",
];

/// Broadcast transcripts: a speaker label opening a paragraph ("WALLACE: Let's start", also after
/// an opening quotation mark) is a person, whatever the tagger thought; a stage direction in
/// brackets ("(CROSSTALK)") is no name at all. A label must open at least two paragraphs (a
/// transcript's turns) and must not be a known place or organization ("NATO: ..." in a list).
#[inline(never)]
fn transcript_conventions(text: &str, tokens: &[Token], names: &mut Vec<Mention>) {
    let all_caps = |t: &Token| {
        let w = t.text(text);
        t.kind == TokenKind::Word
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
    };
    let mut labels = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let opens = i == 0 || t.newlines_before > 0;
        if !opens {
            continue;
        }
        let mut first = i;
        while tokens
            .get(first)
            .is_some_and(|t| t.kind == TokenKind::Quote)
            && first < i + 2
        {
            first += 1;
        }
        let mut last = first;
        while last < first + 3 && tokens.get(last).is_some_and(all_caps) {
            last += 1;
        }
        let colon = tokens.get(last).is_some_and(|t| t.text(text) == ":");
        let inside_line = tokens[first..last]
            .iter()
            .all(|t| t.newlines_before == 0 || t.span.start == tokens[i].span.start);
        if last > first && colon && inside_line {
            labels.push(Span::new(
                tokens[first].span.start,
                tokens[last - 1].span.end,
            ));
        }
    }
    let lex = crate::lexicon::lexicon();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for l in &labels {
        *counts.entry(l.slice(text)).or_default() += 1;
    }
    let known: HashMap<&str, bool> = counts
        .keys()
        .map(|t| {
            (
                *t,
                !lex.gazetteer(&crate::lexicon::phrase_key(t)).is_empty(),
            )
        })
        .collect();
    labels.retain(|l| counts[l.slice(text)] >= 2 && !known[l.slice(text)]);
    names.retain(|m| {
        let words = m.span.slice(text);
        let bracketed = {
            let before = text[..m.span.start].trim_end_matches([' ', '\'', '"']);
            before.ends_with(['(', '['])
        };
        let direction = words
            .split([' ', '.'])
            .filter(|w| !w.is_empty())
            .all(|w| STAGE_DIRECTIONS.contains(&w));
        // Labels are in text order: only the last one starting before the name's end can hold it.
        let before = labels.partition_point(|l| l.start < m.span.end);
        let relabelled = before > 0 && labels[before - 1].overlaps(m.span);
        !(relabelled || bracketed && direction)
    });
    names.extend(labels.into_iter().map(|span| Mention {
        span,
        kind: EntityKind::Person,
    }));
    names.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Capitalized words the tagger left out that are one edit from a part of a person's name
/// found elsewhere ("Lvrov noted" beside "Sergey Lavrov"), as person mentions: grouping then
/// joins them to that person and warns of a possible misspelling. Only words of five letters or
/// more, with the same first letter, that are not common English words.
#[inline(never)]
fn misspelled_names(text: &str, tokens: &[Token], names: &[Mention]) -> Vec<Mention> {
    let mut parts: Vec<&str> = names
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .flat_map(|m| m.span.slice(text).split(' '))
        .filter(|p| p.chars().count() >= 5)
        .collect();
    parts.sort_unstable();
    parts.dedup();
    let mut surnames: Vec<&str> = names
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| {
            let name = m.span.slice(text);
            name.rsplit_once(' ').map(|(_, last)| last)
        })
        .collect();
    surnames.sort_unstable();
    surnames.dedup();
    if parts.is_empty() {
        return Vec::new();
    }
    let mut near = group::OneEdit::new();
    for (k, p) in parts.iter().enumerate() {
        near.insert(p, k);
    }
    let lex = crate::lexicon::lexicon();
    let mut out = Vec::new();
    let mut covered = names.iter().peekable();
    for t in tokens {
        while covered.next_if(|m| m.span.end <= t.span.start).is_some() {}
        let word = t.text(text);
        // Words inside a name are skipped, but for a one-word name of another kind that no
        // list knows (the tagger's guess: "Starmr" beside "Keir Starmer" as an organization).
        // (Not a plural, "the Clintons", "the Trumps": a family.)
        let guessed = |m: &&Mention| {
            m.span == t.span
                && matches!(m.kind, EntityKind::Organization | EntityKind::Location)
                && lex.gazetteer(word).first().is_none()
                && !word.ends_with('s')
        };
        if covered
            .peek()
            .is_some_and(|m| m.span.overlaps(t.span) && !guessed(m))
        {
            continue;
        }
        let mut chars = word.chars();
        let Some(first) = chars.next() else { continue };
        if !first.is_uppercase()
            || !chars.all(char::is_lowercase)
            || word.chars().count() < 5
            || lex.is_common_word(word)
        {
            continue;
        }
        // (For a name the tagger gave another kind, only a surname with a letter left out or
        // added: "Starmr", "Brazille"; not "Dorset" beside "Jack Dorsey", "Tesla" beside "Tessa
        // Thompson".)
        let guessed_kind = covered.peek().is_some_and(|m| m.span.overlaps(t.span));
        let fits = |p: &&str| {
            *p != word
                && p.starts_with(first)
                && group::edit_distance(p, word, 1) == 1
                && (!guessed_kind
                    || surnames.binary_search(p).is_ok()
                        && p.chars().count() != word.chars().count())
        };
        let mut found = false;
        near.candidates(word, |k| found = found || fits(&parts[k]));
        if found {
            out.push(Mention {
                span: t.span,
                kind: EntityKind::Person,
            });
        }
    }
    out
}

/// True when `span` is a wire dateline: an all-capitals name opening a paragraph and followed
/// by a dash or an agency in parentheses ("GENEVA —", "WASHINGTON (Reuters) -").
fn is_dateline(text: &str, span: Span) -> bool {
    let name = span.slice(text);
    let after = text[span.end..].trim_start_matches([' ', '\u{a0}']);
    // Only whitespace back to the line's start; read backwards over that whitespace alone (a
    // text without line breaks would otherwise be read back to its start for every name).
    let opens_paragraph = || {
        let before = text[..span.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
        before.is_empty() || before.ends_with('\n')
    };
    name.chars().any(char::is_uppercase)
        && !name.chars().any(char::is_lowercase)
        && after.starts_with(['—', '–', '-', '('])
        && opens_paragraph()
}

/// Words in capitals that open a paragraph before a dash as a label, not a place ("BREAKING —").
const NOT_DATELINES: &[&str] = &[
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "COMMENTARY",
    "CORRECTION",
    "WATCH",
    "VIDEO",
    "PHOTOS",
    "LIVE",
    "NOTE",
];

/// Wire datelines of more than one word, or with a region after a comma: the capitals that open
/// a paragraph before a dash or an agency in parentheses are one place ("BOCA RATON, Fla. —",
/// "MYRTLE BEACH, S.C. (AP) —", "ST. LOUIS —"), whatever the tagger made of the words, which
/// it was taught in mixed case ("BOCA" an organization, "RATON" a place). Up to four words.
fn dateline_places(text: &str, names: &mut Vec<Mention>) {
    let mut places = Vec::new();
    let mut line_start = 0;
    loop {
        if let Some(span) = dateline_at(text, line_start) {
            places.push(span);
        }
        match text[line_start..].find('\n') {
            Some(n) => line_start += n + 1,
            None => break,
        }
    }
    if places.is_empty() {
        return;
    }
    // (Both in text order: one binary search a name, not a pass over every dateline.)
    names.retain(|m| {
        let n = places.partition_point(|p| p.end <= m.span.start);
        places.get(n).is_none_or(|p| !p.overlaps(m.span))
    });
    names.extend(places.into_iter().map(|span| Mention {
        span,
        kind: EntityKind::Location,
    }));
    names.sort_by_key(|m| (m.span.start, m.span.end));
}

/// The place of a dateline opening the line at byte `at` (see [`dateline_places`]).
fn dateline_at(text: &str, at: usize) -> Option<Span> {
    let line = &text[at..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let body = line.trim_start_matches([' ', '\t', '\u{a0}']);
    let start = at + line.len() - body.len();
    // A word in capitals: two or more of letters, periods, apostrophes, hyphens, ampersands.
    let caps_word = |w: &str| {
        w.len() >= 2
            && w.chars().any(|c| c.is_alphabetic())
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-' | '&'))
    };
    let mut words = 0;
    let mut end = 0;
    let mut rest = body;
    while words < 4 {
        let n = rest.find([' ', ',', '\u{a0}']).unwrap_or(rest.len());
        if !caps_word(&rest[..n]) {
            break;
        }
        words += 1;
        end = body.len() - rest.len() + n;
        if !rest[n..].starts_with(' ') {
            break;
        }
        rest = &rest[n + 1..];
    }
    if words == 0 || NOT_DATELINES.contains(&&body[..end]) {
        return None;
    }
    let mut after = &body[end..];
    let mut region = false;
    let mut abbreviated = false;
    // ", Fla.", ", S.C.", ", Ukraine", ", New Mexico": a state abbreviation or a place the
    // gazetteer knows.
    if let Some(r) = after.strip_prefix(", ") {
        let n = r.find(['—', '–', '-', '(']).unwrap_or(r.len());
        let name = r[..n].trim_end_matches([' ', '\u{a0}']);
        if !(STATE_ABBREVIATIONS.contains(&name) || is_gazetteer_place(name)) {
            return None;
        }
        abbreviated = STATE_ABBREVIATIONS.contains(&name);
        region = true;
        after = &r[n..];
    }
    let after = after.trim_start_matches([' ', '\u{a0}']);
    if !after.starts_with(['—', '–', '-', '(']) {
        return None;
    }
    // Without a region, the name itself must be a known place ("SAN JUAN", "ST. LOUIS"): a
    // section's lead in capitals takes a dash too ("QUESTIONABLE MEDICAL CLAIMS — For years").
    // One word with no region is `is_dateline`'s (and the tagger's) to find.
    let place = &body[..end];
    let title: Vec<String> = place
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map_or(String::new(), |c| {
                c.to_string() + &cs.as_str().to_lowercase()
            })
        })
        .collect();
    if is_gazetteer_place(&title.join(" ")) {
        return (words > 1 || region).then(|| Span::new(start, start + end));
    }
    // With a region, a name the gazetteer does not know is a town unless it reads as a
    // person's name (a roundup's "JANE DOE, Texas —": a first name, and no town word such as
    // "BEACH" last) or as a label of common words ("FACT CHECK, Texas —", "FOR IMMEDIATE
    // RELEASE, Washington —").
    let lex = crate::lexicon::lexicon();
    let town_word = title.last().is_some_and(|w| {
        TOWN_HEADS.contains(&w.as_str()) || GEOGRAPHIC_HEADS.contains(&w.as_str())
    });
    let first_name = title
        .first()
        .is_some_and(|w| lex.first_name_p_female(w).is_some());
    let common = title.iter().all(|w| lex.is_common_word(w));
    // (AP datelines abbreviate the state, "GLEN ALLEN, Va. —", "BIG SKY, Mont. —": a town
    // whatever its words.)
    (region && (abbreviated || town_word || !(first_name || common)))
        .then(|| Span::new(start, start + end))
}

/// Last words of town names ("MYRTLE BEACH", "COLORADO SPRINGS"), for datelines the gazetteer
/// does not know.
const TOWN_HEADS: &[&str] = &[
    "Beach", "City", "Springs", "Falls", "Heights", "Park", "Harbor", "Village", "Point", "Rapids",
    "Creek", "Hills", "Junction", "Station", "Township", "Borough", "Grove", "Ridge", "Crossing",
];

/// True when the gazetteer knows `name` (exactly) as a country, a state or a city.
fn is_gazetteer_place(name: &str) -> bool {
    use crate::lexicon::GazKind;
    let kinds = crate::lexicon::lexicon().gazetteer(name);
    [GazKind::Country, GazKind::State, GazKind::City]
        .iter()
        .any(|k| kinds.contains(*k))
}

/// Merges two mention lists, dropping any mention of the second that overlaps one of the first.
fn merge(mut first: Vec<Mention>, second: Vec<Mention>) -> Vec<Mention> {
    first.sort_by_key(|m| (m.span.start, m.span.end));
    // ends[i]: the furthest end among first[..=i]. A mention of `second` overlaps one of `first`
    // exactly when some mention starting before its end also ends after its start.
    let ends: Vec<usize> = first
        .iter()
        .scan(0, |max, m| {
            *max = m.span.end.max(*max);
            Some(*max)
        })
        .collect();
    let mut out = first.clone();
    for m in second {
        let before = first.partition_point(|o| o.span.start < m.span.end);
        let overlaps = before > 0 && ends[before - 1] > m.span.start;
        if !overlaps {
            out.push(m);
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// Finds acronyms defined in parentheses after a name ("Korean People’s Army (KPA)"): makes the
/// acronym a mention of the same kind and returns acronym span → name span.
#[inline(never)]
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `(kind, name, mention texts)` of every entity the pipeline finds in `text`.
    /// A party the tagger took for a person is an organization ("Lib Dem leader Ed Davey");
    /// a surname that is also a party's word stays a person ("Caroline Green … Green said").
    #[test]
    fn parties_are_no_people() {
        let kind_of = |text: &str, name: &str| {
            entities_in(text)
                .into_iter()
                .find(|e| e.1 == name)
                .map(|e| e.0)
        };
        let text = "Lib Dem leader Ed Davey said the plan was wrong.";
        assert_eq!(kind_of(text, "Lib Dem"), Some(EntityKind::Organization));
        assert_eq!(kind_of(text, "Ed Davey"), Some(EntityKind::Person));
        let text = "Caroline Green chairs the group. Green said the plan was wrong.";
        assert_eq!(kind_of(text, "Caroline Green"), Some(EntityKind::Person));
    }

    fn entities_in(text: &str) -> Vec<(EntityKind, String, Vec<&str>)> {
        crate::pipeline::analyze(text)
            .entities
            .into_iter()
            .map(|e| {
                let mentions = e.mentions.iter().map(|m| m.slice(text)).collect();
                (e.kind, e.name, mentions)
            })
            .collect()
    }

    /// The people found in `text`: name and mention texts.
    fn people_in(text: &str) -> Vec<(String, Vec<&str>)> {
        entities_in(text)
            .into_iter()
            .filter(|(k, _, _)| *k == EntityKind::Person)
            .map(|(_, name, mentions)| (name, mentions))
            .collect()
    }

    /// A name the tagger cut short takes the rest of a longer name the text spells elsewhere,
    /// with its kind, and absorbs a mention inside it; not past a mention that runs on, nor
    /// over a lower-case word or punctuation.
    #[test]
    fn a_name_cut_short_is_completed_from_the_text() {
        let text = "Judicial Watch sued. Judicial Watch stated it. Nancy Davis spoke. \
                    It was Nancy Davis Reagan. Judicial watchers. Judicial. Watch";
        let at = |needle: &str, nth: usize| {
            let start = text.match_indices(needle).nth(nth).expect("in text").0;
            Span::new(start, start + needle.len())
        };
        let mention = |span: Span, kind: EntityKind| Mention { span, kind };
        let tokens = crate::token::tokenize(text);
        let mut names = vec![
            mention(at("Judicial Watch", 0), EntityKind::Organization),
            // "Judicial" alone and "Watch" tagged apart, as a person.
            mention(at("Judicial", 1), EntityKind::Person),
            mention(at("Watch", 1), EntityKind::Person),
            mention(at("Nancy Davis", 0), EntityKind::Person),
            mention(at("Nancy", 1), EntityKind::Person),
            mention(at("Davis Reagan", 0), EntityKind::Person),
            mention(at("Judicial", 2), EntityKind::Organization),
            mention(at("Judicial", 3), EntityKind::Organization),
        ];
        complete_short_names(text, &tokens, &mut names);
        let got: Vec<(&str, EntityKind)> =
            names.iter().map(|m| (m.span.slice(text), m.kind)).collect();
        use EntityKind::{Organization as Org, Person};
        assert_eq!(
            got,
            [
                ("Judicial Watch", Org),
                ("Judicial Watch", Org),
                ("Nancy Davis", Person),
                ("Nancy", Person),
                ("Davis Reagan", Person),
                ("Judicial", Org),
                ("Judicial", Org),
            ]
        );
        assert_eq!(names[1].span, at("Judicial Watch", 1));
    }

    #[test]
    fn a_possessive_opening_a_quotation_is_no_part_of_a_nationality() {
        // The seed article's "Our Korean friends" made a "misc" entity "Our Korean".
        let text = "Lavrov visited Pyongyang. “Our Korean friends confirmed their firm support,” \
                    Lavrov said.";
        let found = entities_in(text);
        assert!(
            found
                .iter()
                .any(|e| e.0 == EntityKind::Group && e.1 == "Korean"),
            "{found:?}"
        );
        assert!(!found.iter().any(|e| e.1.starts_with("Our")), "{found:?}");
    }

    /// A middle initial joins the names around it, and a name with it is the same person as
    /// the name without it, in either order (PolNeAR dev: Washington Post on Loretta Lynch,
    /// Western Journal on Donald J. Trump).
    #[test]
    fn middle_initials() {
        let text = "A lesson from Loretta Lynch: 'Be the voice that people hear.'\n\nAs a summer \
                    associate at a North Carolina law firm, Loretta E. Lynch said she was asked to \
                    give a presentation. Lynch said her colleague had not worked on the case.";
        assert_eq!(
            people_in(text),
            [(
                "Loretta E. Lynch".to_string(),
                vec!["Loretta Lynch", "Loretta E. Lynch", "Lynch"]
            )]
        );
        let text = "Donald J. Trump spoke on Monday. Critics said Donald Trump was wrong.";
        assert_eq!(people_in(text).len(), 1);
    }

    /// A surname that opens with particles keeps its given name, and the surname alone,
    /// capitalized at a sentence's start, is the same person.
    #[test]
    fn particles_join_a_name() {
        let text = "Ursula von der Leyen met Zelensky in Kyiv. Von der Leyen told him that \
                    Europe stood with Ukraine.";
        let people = people_in(text);
        assert!(
            people.contains(&(
                "Ursula von der Leyen".to_string(),
                vec!["Ursula von der Leyen", "Von der Leyen"]
            )),
            "{people:?}"
        );
        // Nor does a lower-case surname alone leave its particles ("ten" too).
        let text = "Manager Erik ten Hag praised the team. Later, ten Hag said the reaction was \
                    good, and von der Leyen agreed with Ursula von der Leyen's aides.";
        let people = people_in(text);
        for (name, mentions) in [
            ("Erik ten Hag", vec!["Erik ten Hag", "ten Hag"]),
            (
                "Ursula von der Leyen",
                vec!["von der Leyen", "Ursula von der Leyen"],
            ),
        ] {
            assert!(people.contains(&(name.to_string(), mentions)), "{people:?}");
        }
        // A capital that only opens the sentence is no given name.
        let text = "In van Gogh's letters, the painter described the harvest.";
        assert!(
            !people_in(text)
                .iter()
                .any(|(name, _)| name.starts_with("In ")),
            "{:?}",
            entities_in(text)
        );
    }

    /// A common word capitalized only because it opens a quotation is no name, unless the
    /// text names it elsewhere.
    #[test]
    fn a_common_word_opening_a_quotation_is_no_name() {
        let text = "\"My mother always told me, 'Education is the one thing nobody can take from \
                    you,'\" she said.";
        assert!(
            entities_in(text)
                .iter()
                .all(|(_, name, _)| name != "Education"),
            "{:?}",
            entities_in(text)
        );
        let text = "Apple shares slide after iPhone sales miss forecasts\n\nSAN FRANCISCO \
                    (Reuters) - Apple Inc shares fell 4% in extended trading on Thursday after the \
                    company reported iPhone sales that fell short of Wall Street estimates, \
                    raising fresh doubts about demand in China.\n\nChief Executive Tim Cook said \
                    on a call with analysts that the company saw \"tremendous\" demand for its new \
                    models in most markets. But he acknowledged that sales in Greater China \
                    declined 8% from a year earlier.\n\n\"We're confident in our long-term \
                    opportunity in China,\" Cook said.\n\nChief Financial Officer Luca Maestri \
                    told Reuters in an interview that the company expected revenue growth to \
                    accelerate in the December quarter. He declined to give a specific \
                    forecast.\n\nAnalysts were skeptical. \"The China problem isn't going away,\" \
                    said Dan Ives, an analyst at Wedbush Securities. \"Apple needs a catalyst.\"";
        let apple = entities_in(text)
            .into_iter()
            .find(|(_, name, _)| name == "Apple")
            .map(|(_, _, mentions)| mentions);
        assert!(
            apple.as_ref().is_some_and(|m| m.contains(&"Apple")),
            "{apple:?}"
        );
    }

    /// A name set off after a noun of kinship is a person's, whatever the tagger made of it.
    #[test]
    fn a_name_after_a_kinship_noun_is_a_person() {
        let text = "Amina Yusuf arrived in January. Her husband, Hassan, a former engineer, now \
                    drives a delivery truck.";
        let people = people_in(text);
        assert!(
            people.iter().any(|(name, _)| name == "Hassan"),
            "{:?}",
            entities_in(text)
        );
    }

    #[test]
    fn a_nickname_in_marks_is_part_of_the_name() {
        let text = "Sen. Robert \"Bob\" Casey said the bill would pass. Bob Casey voted for it, \
                    and Casey later left.";
        assert_eq!(
            people_in(text),
            [(
                "Robert \"Bob\" Casey".to_string(),
                vec!["Robert \"Bob\" Casey", "Bob Casey", "Casey"]
            )]
        );
        // The nickname is no quotation, and the speaker is the whole name.
        let a = crate::analyze(text);
        let quotes: Vec<&str> = a.quotes.iter().map(|q| q.span.slice(text)).collect();
        assert_eq!(quotes, ["the bill would pass"]);
    }

    #[test]
    fn possessives_and_honorifics_outside_the_tagged_name() {
        let text = "Wells Fargo paid a fine on Thursday. Critics said Wells Fargo's sales culture \
                    was to blame, and the Washington Post's editorial board agreed.\n\n\
                    \"Mr. Trump, do you really think so?\" Sanders asked. The American people do \
                    not agree with Trump, he said. Trump did not answer.";
        let found = entities_in(text);
        // The tagger takes the possessive into the name; the name is without it.
        assert!(
            found.contains(&(
                EntityKind::Organization,
                "Washington Post".into(),
                vec!["Washington Post"]
            )),
            "{found:?}"
        );
        // The tagger calls "Trump" a company; "Mr." makes him a person, and one entity.
        assert!(
            found.contains(&(
                EntityKind::Person,
                "Trump".into(),
                vec!["Trump", "Trump", "Trump"]
            )),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(_, name, _)| name.ends_with("'s")),
            "{found:?}"
        );
    }

    #[test]
    fn title_case_headline_words_are_no_names() {
        let text = "Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid \
                    Bad Optics.\n\nThe New York Post reports that Hillary Clinton's team avoided \
                    taking her to the emergency room on Sunday. By Coral Davenport and Mark \
                    Landler.";
        let found = entities_in(text);
        let names: Vec<&str> = found.iter().map(|(_, name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Hillary Clinton",
                "New York Post",
                "Sunday",
                "Coral Davenport",
                "Mark Landler"
            ]
        );
        // The headline's "Hillary Clinton Was Headed" shrinks to the name the story uses.
        assert_eq!(found[0].2, ["Hillary Clinton", "Hillary Clinton"]);
    }

    /// PolNeAR dev: a headline verb in "-s" ("Hammers") is a common word's form, so the
    /// headline name shrinks to the person the story names; after "Sen." the name is a
    /// person's though "Warren" is also a place (the tagger had an organization).
    #[test]
    fn a_headline_verb_and_a_titled_place_name() {
        let text = "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally \
                    Investigated.’\n\nMassachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO \
                    John Stumpf on Tuesday. “You should resign,” Warren told Stumpf.";
        let found = entities_in(text);
        let warren: Vec<_> = found
            .iter()
            .filter(|(_, name, _)| name.contains("Warren"))
            .collect();
        assert_eq!(warren.len(), 1, "{found:?}");
        assert_eq!(warren[0].0, EntityKind::Person, "{found:?}");
        assert_eq!(
            warren[0].2,
            ["Elizabeth Warren", "Elizabeth Warren", "Warren"]
        );
        // A surname in "-s" at the name's end is no headline verb (a review's case).
        let found = entities_in(
            "Elijah Cummings Hospitalized After Fall at Home\n\nRep. Cummings was taken to a \
             hospital on Monday, his office said. Cummings, 68, is expected to recover.",
        );
        assert!(
            found.iter().any(|(_, n, _)| n == "Elijah Cummings"),
            "{found:?}"
        );
    }

    #[test]
    fn titles_and_party_tags_alone_are_no_entities() {
        let text = "\"This is a good thing,\" said the Rev. Peter Wherry. Scott (D-Va.) was \
                    launching his bid. He would have to consider Rep. Don Beyer (D-Va.), a former \
                    lieutenant governor, or a lawyer from Richmond, Va.";
        let found = entities_in(text);
        let names: Vec<(EntityKind, &str)> = found
            .iter()
            .map(|(k, name, _)| (*k, name.as_str()))
            .collect();
        assert!(!names.iter().any(|(_, n)| *n == "Rev."), "{names:?}");
        // The tagger reads "Scott (D-Va." as one name.
        assert!(names.contains(&(EntityKind::Person, "Scott")), "{names:?}");
        // The one "Va." left is the place after Richmond.
        let va: Vec<_> = found.iter().filter(|(_, n, _)| n == "Va.").collect();
        assert_eq!(va.len(), 1, "{names:?}");
        assert_eq!((va[0].0, va[0].2.len()), (EntityKind::Location, 1));
    }

    #[test]
    fn institution_names_go_on_after_on_for_and_of() {
        let text = "The Commission on Presidential Debates said on Friday that the microphone \
                    worked. A fellow at the Council on Foreign Relations disagreed, and the \
                    Center for American Progress, the House Committee on Ways and Means and the \
                    Senate Committee on Foreign Relations stayed silent. The Council on Tuesday \
                    voted.";
        let found = entities_in(text);
        let orgs: Vec<&str> = found
            .iter()
            .filter(|(k, _, _)| *k == EntityKind::Organization)
            .map(|(_, name, _)| name.as_str())
            .collect();
        assert_eq!(
            orgs,
            [
                "Commission on Presidential Debates",
                "Council on Foreign Relations",
                "Center for American Progress",
                "House Committee on Ways and Means",
                "Senate Committee on Foreign Relations"
            ]
        );
        // A weekday after "on" is no part of the name.
        assert!(found
            .iter()
            .any(|(k, n, _)| *k == EntityKind::Date && n == "Tuesday"));
        // "to" and a verb: one name; "to" and a place, a title or a person: two.
        let text = "Ann Oliva, chief executive of the National Alliance to End Homelessness, \
                    spoke. Letters went from the Federal Emergency Management Agency to Congress, \
                    from the Federal Emergency Management Agency to President Joe Biden and \
                    from the Federal Emergency Management Agency to House Speaker Mike Johnson.";
        let found = entities_in(text);
        let names: Vec<&str> = found.iter().map(|(_, name, _)| name.as_str()).collect();
        assert!(
            found.iter().any(|(k, n, _)| *k == EntityKind::Organization
                && n == "National Alliance to End Homelessness"),
            "{names:?}"
        );
        // (Nor over another organization: "the Gates Foundation to Save the Children".)
        let found =
            entities_in("The grant from the Gates Foundation to Save the Children was large.");
        assert!(
            found.iter().all(|(_, n, _)| !n.contains(" to ")),
            "{found:?}"
        );
        for other in [
            "Federal Emergency Management Agency",
            "Congress",
            "Joe Biden",
            "Mike Johnson",
        ] {
            assert!(names.contains(&other), "{other}: {names:?}");
        }
    }

    #[test]
    fn misspelled_surnames_become_mentions() {
        let text = "Sergey Lavrov spoke. Later Lvrov noted it. Lazrov and Moscow and Lavrova too.";
        let tokens = crate::token::tokenize(text);
        let lavrov = Mention {
            span: Span::new(0, 13),
            kind: EntityKind::Person,
        };
        let found: Vec<&str> = misspelled_names(text, &tokens, &[lavrov])
            .iter()
            .map(|m| m.span.slice(text))
            .collect();
        assert_eq!(found, ["Lvrov", "Lazrov", "Lavrova"]);
        assert!(misspelled_names(text, &tokens, &[]).is_empty());
        // A one-word name the tagger gave another kind, end to end: "Starmr" is Keir Starmer,
        // with a warning.
        let text = "Keir Starmer spoke in Paris. Starmr, 62, is due in Brussels.";
        let a = crate::pipeline::analyze(text);
        let starmer = a.entities.iter().find(|e| e.name == "Keir Starmer");
        assert!(
            starmer.is_some_and(|e| e.mentions.iter().any(|m| m.slice(text) == "Starmr")),
            "{:?}",
            a.entities
        );
        assert!(
            a.warnings.iter().any(|w| w.message.contains("Starmr")),
            "{:?}",
            a.warnings
        );
        // (A place or a company one letter off a name is left alone.)
        let text = "Jack Dorsey bought a house in Dorset. Tessa Thompson spoke. Tesla said so.";
        let a = crate::pipeline::analyze(text);
        assert!(
            a.warnings.iter().all(|w| w.code != "possible-misspelling"),
            "{:?}",
            a.warnings
        );
    }

    #[test]
    fn transcript_labels_are_people_and_stage_directions_are_not_names() {
        let text = "Intro line.\n\"WALLACE: Let us start.\n\"(CROSSTALK.)\nMIKE PENCE: Well.\n\
                    WALLACE: And?\nMIKE PENCE: Yes.\nNATO: an alliance.\nNATO: 32 members.\nUN: once.";
        let tokens = crate::token::tokenize(text);
        let at = |w: &str, kind| {
            let start = text.find(w).unwrap();
            Mention {
                span: Span::new(start, start + w.len()),
                kind,
            }
        };
        let mut names = vec![
            at("WALLACE", EntityKind::Location),
            at("CROSSTALK", EntityKind::Location),
        ];
        transcript_conventions(text, &tokens, &mut names);
        let found: Vec<(&str, EntityKind)> =
            names.iter().map(|m| (m.span.slice(text), m.kind)).collect();
        assert_eq!(
            found,
            [
                ("WALLACE", EntityKind::Person),
                ("MIKE PENCE", EntityKind::Person),
                ("WALLACE", EntityKind::Person),
                ("MIKE PENCE", EntityKind::Person),
            ]
        );
    }

    #[test]
    fn contractions_are_not_names() {
        for word in [
            "I've", "I’ll", "Don't", "It's", "We’re", "Can't", "Won't", "Let's",
        ] {
            assert!(is_contraction(word), "{word}");
        }
        for name in [
            "O'Brien",
            "D'Angelo",
            "Kim’s",
            "Trump's",
            "Ngũgĩ",
            "N'Djamena",
            "Hawai'i",
        ] {
            assert!(!is_contraction(name), "{name}");
        }
    }

    #[test]
    fn party_tags_are_not_entities() {
        let text = "Sen. Lindsey Graham (R-S.C.) said the bill would fail. Rep. Nancy Pelosi \
                    (D-Calif.) disagreed, as did Sen. Bernie Sanders (I-Vt.) and Sen. Tim Kaine, \
                    D-Va., and Del. Marcus Simon, D-Newport News.";
        let analysis = crate::pipeline::analyze(text);
        let names: Vec<&str> = analysis.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Lindsey Graham",
                "Nancy Pelosi",
                "Bernie Sanders",
                "Tim Kaine",
                "Marcus Simon"
            ]
        );
        let speaker = analysis.quotes[0]
            .speaker
            .as_ref()
            .map(|s| s.span.slice(text));
        assert_eq!(speaker, Some("Lindsey Graham"));
        // Elsewhere the same shapes stay: "D-Day".
        assert!(!is_party_tag("D-Day (R-S.C.)", Span::new(0, 5)));
        assert!(is_party_tag("D-Day (R-S.C.)", Span::new(7, 13)));
    }

    /// A name right after a noun for a publication or a business is an organization; not a
    /// person's full name after a job, nor a place in a relative clause.
    #[test]
    fn names_after_a_business_noun_are_organizations() {
        let text = "The findings were first reported by the newspaper Kurier. Shares of the \
                    carmaker Stellantis, which fell, led the index. Businessman and publisher Ron \
                    Unz finished third. He joined a network Russia has financed. He sold a \
                    company Garcia had founded. Trump told the newspaper Pelosi should resign. \
                    Twice daily Johnson walked the dog.";
        let analysis = crate::pipeline::analyze(text);
        let kind = |name: &str| {
            analysis
                .entities
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.kind)
        };
        assert_eq!(kind("Kurier"), Some(EntityKind::Organization));
        assert_eq!(kind("Stellantis"), Some(EntityKind::Organization));
        assert_eq!(kind("Ron Unz"), Some(EntityKind::Person));
        assert_eq!(kind("Russia"), Some(EntityKind::Location));
        assert_eq!(kind("Garcia"), Some(EntityKind::Person));
        // (Nor the subject of a clause after the noun, nor after "daily" as an adverb.)
        assert_eq!(kind("Pelosi"), Some(EntityKind::Person));
        assert_eq!(kind("Johnson"), Some(EntityKind::Person));
    }

    /// Each entity's name and kind.
    fn names_and_kinds(analysis: &crate::Analysis) -> Vec<(&str, EntityKind)> {
        analysis
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind))
            .collect()
    }

    /// A court case is one name ("Roe v. Wade"), not a person and another name; a fixture
    /// written "v", or between two places, keeps its two teams.
    #[test]
    fn court_cases_are_one_name() {
        let text = "The senator vowed to defend Roe v. Wade and cited Miranda v. Arizona. Later, \
                    Arsenal v Chelsea drew a record crowd, and England v. Australia sold out. \
                    The justices revisited Doe v. Bolton and Smith v. Jones last term. The \
                    firm cited Acme v. Widget and Jones in its filing.";
        let analysis = crate::pipeline::analyze(text);
        let names = names_and_kinds(&analysis);
        assert!(
            names.contains(&("Roe v. Wade", EntityKind::Misc))
                && names.contains(&("Miranda v. Arizona", EntityKind::Misc))
                && names.contains(&("Doe v. Bolton", EntityKind::Misc))
                && names.contains(&("Smith v. Jones", EntityKind::Misc))
                && names.contains(&("Acme v. Widget", EntityKind::Misc))
                && names
                    .iter()
                    .all(|(n, _)| !matches!(*n, "Wade" | "Roe" | "Arizona" | "Doe" | "Bolton")),
            "{names:?}"
        );
        assert!(
            names.contains(&("Chelsea", EntityKind::Organization))
                && names.contains(&("England", EntityKind::Location))
                && names.contains(&("Australia", EntityKind::Location)),
            "{names:?}"
        );
    }

    /// The newspaper apposition "Democrat of Vermont" is a party member and a state, not an
    /// organization; the lawmaker still speaks.
    #[test]
    fn party_of_state_is_a_member_and_a_place() {
        let text = "Senator Patrick Leahy, Democrat of Vermont, said the bill was flawed. \
                    Representative Kevin Brady, Republican of Texas, disagreed.";
        let analysis = crate::pipeline::analyze(text);
        let kinds = names_and_kinds(&analysis);
        assert!(
            kinds.contains(&("Vermont", EntityKind::Location))
                && kinds.contains(&("Texas", EntityKind::Location))
                && kinds.iter().all(|(name, _)| !name.contains(" of ")),
            "{kinds:?}"
        );
        let speaker = analysis.quotes[0]
            .speaker
            .as_ref()
            .map(|s| s.span.slice(text));
        assert_eq!(speaker, Some("Patrick Leahy"));
        // As the subject it stays one phrase: the state does not speak.
        let text = "The Democrat of Vermont said the Senate would act.";
        let analysis = crate::pipeline::analyze(text);
        let speaker = analysis.quotes[0]
            .speaker
            .as_ref()
            .map(|s| s.span.slice(text));
        assert_ne!(speaker, Some("Vermont"));
    }

    /// PolNeAR: "super PACs" was a person with 14 mentions in one story; also "CEOs", "NGOs".
    #[test]
    fn plural_acronyms_are_no_names() {
        for name in ["PACs", "super PACs", "CEOs", "NGOs", "SUVs"] {
            assert!(is_plural_acronym(name), "{name}");
        }
        for name in [
            "NATO",
            "Sears",
            "US",
            "As",
            "Priorities USA PACs",
            "McDonalds",
        ] {
            assert!(!is_plural_acronym(name), "{name}");
        }
        let found = entities_in("Donations to super PACs hit $1 billion, Brian Baker said.");
        assert!(
            !found.iter().any(|(_, n, _)| n.contains("PAC")),
            "{found:?}"
        );
    }

    #[test]
    fn full_names_the_tagger_called_something_else() {
        for name in ["Donald Trump", "Christian Blanc", "Hillary Rodham Clinton"] {
            assert!(looks_like_full_name(name, false), "{name}");
        }
        // After a title a word may be a place's name too: "Sen. Elizabeth Warren".
        assert!(!looks_like_full_name("Elizabeth Warren", false));
        assert!(looks_like_full_name("Elizabeth Warren", true));
        assert!(after_title(
            "Massachusetts Sen. Elizabeth Warren",
            Span::new(19, 35)
        ));
        assert!(!after_title(
            "Massachusetts Sen.\nElizabeth Warren",
            Span::new(19, 35)
        ));
        assert!(!after_title(
            "Massachusetts Elizabeth Warren",
            Span::new(14, 30)
        ));
        for name in [
            "Morgan Stanley",  // a company in the gazetteer
            "Houston Astros",  // a place first
            "Bristol City",    // a common word
            "Ross County",     // a common word
            "Dow Chemical",    // a common word
            "Goldman Sachs",   // no clear first name
            "Donald",          // one word
            "Donald J. Trump", // not all plain capitalized words
            "DONALD TRUMP",    // capitals
            "Donald Trump Jr Foundation Trust",
        ] {
            assert!(!looks_like_full_name(name, false), "{name}");
        }
    }

    #[test]
    fn headlines_are_not_names() {
        let cases = [
            (
                "Poll: Wealthy Voters Abandon Republican Party\nText.",
                "Wealthy Voters Abandon Republican Party",
                true,
            ),
            (
                "Intro.\nThe Roper Center for Public Opinion Research said so.",
                "Roper Center for Public Opinion Research",
                false,
            ),
            (
                "Mexico Could Do When Up Against Trump\nText.",
                "Mexico Could Do When Up Against Trump",
                true,
            ),
            (
                "Visit the Museum of Modern Art In New York City Today And Tomorrow With Friends",
                "Museum of Modern Art",
                false,
            ),
            // Two or three common words in a title-case first line.
            (
                "Mayor Says Voters Should Sell Coal Now
Text.",
                "Sell Coal",
                true,
            ),
            // Not in a later line, not a single word (it may be a name), not in capitals.
            (
                "Intro.
Mayor Says Voters Should Sell Coal Now
Text.",
                "Sell Coal",
                false,
            ),
            (
                "Pence Says Voters Should Sell Coal Now
Text.",
                "Pence",
                false,
            ),
            (
                "MAYOR SAYS VOTERS SHOULD SELL COAL NOW
Text.",
                "SELL COAL",
                false,
            ),
        ];
        for (text, name, want) in cases {
            let start = text.find(name).unwrap();
            let span = Span::new(start, start + name.len());
            assert_eq!(is_headline(text, span), want, "{text}");
        }
    }

    #[test]
    fn a_knight_or_dame_by_first_name_is_the_person() {
        // (Not before a word that is no first name: "Dame Street" is a place.)
        let text = "Dame Street was closed on Monday.";
        let a = crate::pipeline::analyze(text);
        assert!(
            a.entities
                .iter()
                .any(|e| e.name == "Dame Street" && e.kind == EntityKind::Location),
            "{:?}",
            a.entities
        );
        // British style: "Sir Keir" is Keir Starmer, "Dame Judi" is Judi Dench (after a space
        // or a no-break space).
        for text in [
            "Keir Starmer spoke. Sir Keir said it again. Judi Dench agreed, and Dame Judi smiled.",
            "Keir Starmer spoke. Sir\u{a0}Keir said it again. Judi Dench agreed, and \
             Dame\u{a0}Judi smiled.",
            "Keir Starmer spoke. Sir\u{2009}Keir said it again. Judi Dench agreed, and \
             Dame\u{202f}\u{a0}Judi smiled.",
        ] {
            knighted_short_forms_join(text);
        }
    }

    fn knighted_short_forms_join(text: &str) {
        let a = crate::pipeline::analyze(text);
        for (name, short, gender) in [
            ("Keir Starmer", "Keir", crate::analysis::Gender::Male),
            ("Judi Dench", "Judi", crate::analysis::Gender::Female),
        ] {
            let e = a.entities.iter().find(|e| e.name == name);
            assert!(
                e.is_some_and(|e| e.mentions.iter().any(|m| m.slice(text) == short)
                    && e.gender == Some(gender)),
                "{:?}",
                a.entities
            );
        }
    }

    #[test]
    fn datelines_of_several_words_are_one_place() {
        let cases = [
            ("BOCA RATON, Fla. — Trump spoke.", Some("BOCA RATON")),
            (
                "Intro.\nMYRTLE BEACH, S.C. (AP) — The mayor spoke.",
                Some("MYRTLE BEACH"),
            ),
            ("ST. LOUIS — The mayor spoke.", Some("ST. LOUIS")),
            ("KYIV, Ukraine — Drones hit.", Some("KYIV")),
            ("SANTA FE, New Mexico — Rain fell.", Some("SANTA FE")),
            ("SANTA FE — Rain fell.", Some("SANTA FE")),
            // A section's lead in capitals, not a place the gazetteer knows.
            ("QUESTIONABLE MEDICAL CLAIMS — For years, Oz spoke.", None),
            ("HIGH STAKES, Big Money — The race.", None),
            // One word alone is `is_dateline`'s; a label is no place; nor capitals mid-line.
            ("GENEVA — Talks stalled.", None),
            ("BREAKING — Talks stalled.", None),
            ("BREAKING NEWS: Talks stalled.", None),
            ("Talks in SAN JUAN — stalled.", None),
            ("NEW YORK said so.", None),
            ("BOCA RATON, fla. — Trump spoke.", None),
            // A roundup's person, a label of common words: no town.
            ("JANE DOE, Texas — A Democrat.", None),
            ("FACT CHECK, Texas — The claim.", None),
            ("FOR IMMEDIATE RELEASE, Washington — Text.", None),
            ("MYRTLE BEACH, S.C. — Rain.", Some("MYRTLE BEACH")),
            // (A state abbreviation: a town whatever its words.)
            ("GLEN ALLEN, Va. — Rain.", Some("GLEN ALLEN")),
            ("BIG SKY, Mont. — Snow.", Some("BIG SKY")),
        ];
        for (text, want) in cases {
            let got = (0..text.len())
                .filter(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n')
                .find_map(|i| dateline_at(text, i))
                .map(|s| s.slice(text));
            assert_eq!(got, want, "{text}");
        }
        let a = crate::pipeline::analyze("BOCA RATON, Fla. — Donald Trump spoke.");
        let places: Vec<&str> = a
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Location)
            .map(|e| e.name.as_str())
            .collect();
        assert!(places.contains(&"BOCA RATON"), "{places:?}");
        assert!(!a
            .entities
            .iter()
            .any(|e| e.name == "BOCA" || e.name == "RATON"));
    }

    #[test]
    fn datelines_are_places() {
        let cases = [
            ("GENEVA — Talks stalled.", "GENEVA", true),
            (
                "Intro.\nWASHINGTON (Reuters) - The talks.",
                "WASHINGTON",
                true,
            ),
            ("Intro.\n  SAN JUAN – Power is back.", "SAN JUAN", true),
            ("The UN — and others — agreed.", "UN", false),
            ("Geneva — the city — agreed.", "Geneva", false),
            ("GENEVA said so.", "GENEVA", false),
        ];
        for (text, name, want) in cases {
            let start = text.find(name).unwrap();
            let span = Span::new(start, start + name.len());
            assert_eq!(is_dateline(text, span), want, "{text}");
        }
    }
}
