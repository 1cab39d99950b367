//! Groups mentions into entities: one entry per real-world thing.
//!
//! Persons: a full name gathers its shorter forms ("Lavrov", "Kim" for "Kim Jong-un"); when two
//! people share a name part, a short form joins the one mentioned most recently before it, and
//! a short form that matches nobody starts its own entity. A name one edit away from a known
//! name part ("Lvrov" beside "Lavrov") joins it and raises a `possible-misspelling` warning.
//! Other kinds group by their normalized text, and by acronyms defined in the text
//! ("the Korean People’s Army (KPA)"). Titles before a person's name become its role.

use std::collections::HashMap;

use crate::analysis::{Entity, EntityKind, Gender, Mention, Warning};
use crate::lexicon::{lexicon, normalize_apostrophes, GazKind};
use crate::tagger::hash::FnvBuild;
use crate::text::Span;
use crate::token::Token;

/// Normalized comparison form of a mention's text: straight apostrophes, no leading "the",
/// single spaces.
pub fn normalize_name(s: &str) -> String {
    let s = normalize_apostrophes(s);
    let s = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(&s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A person's name without its middle initials ("Loretta E. Lynch" → "Loretta Lynch"), or
/// `None` when it has none.
fn without_middle_initials(name: &str) -> Option<String> {
    let parts: Vec<&str> = name.split(' ').collect();
    let is_initial = |p: &&str| {
        let b = p.as_bytes();
        b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
    };
    if parts.len() < 3 || !parts[1..parts.len() - 1].iter().any(is_initial) {
        return None;
    }
    let kept: Vec<&str> = parts
        .iter()
        .enumerate()
        .filter(|&(k, p)| k == 0 || k + 1 == parts.len() || !is_initial(p))
        .map(|(_, p)| *p)
        .collect();
    Some(kept.join(" "))
}

/// A person's name by the nickname it gives in quotation marks and the surname (`Robert C.
/// "Bobby" Scott` → "Bobby Scott"), or `None` when it gives none.
fn nickname_form(name: &str) -> Option<String> {
    let parts: Vec<&str> = name.split(' ').collect();
    if parts.len() < 3 {
        return None;
    }
    let marks: &[char] = &['"', '“', '”', '\'', '‘', '’'];
    let nick = parts[1..parts.len().saturating_sub(1)]
        .iter()
        .find(|p| p.len() > 2 && p.starts_with(marks) && p.ends_with(marks))?;
    let nick = nick.trim_matches(marks);
    (!nick.is_empty()).then(|| format!("{nick} {}", parts[parts.len() - 1]))
}

/// Words one edit apart (a character inserted, deleted or replaced), found through their
/// one-deletion variants: two such words share one (the shorter word itself, or both words less
/// the replaced character). A lookup costs a few hash probes per character of the word, where
/// comparing it with every word indexed made the misspelling checks quadratic in the number of
/// distinct names (a long text of many people).
pub(super) struct OneEdit<T> {
    /// Hash of a variant → values of the words that have it (a hash shared by chance only adds
    /// candidates, which the caller checks). Most variants belong to one word: its value is
    /// kept inline, with no list allocated.
    by_variant: HashMap<u64, Values<T>, FnvBuild>,
}

/// The values of one variant.
enum Values<T> {
    One(T),
    Many(Vec<T>),
}

impl<T: Copy + PartialEq> OneEdit<T> {
    pub(super) fn new() -> OneEdit<T> {
        OneEdit {
            by_variant: HashMap::default(),
        }
    }

    /// Indexes `word` with `value`.
    pub(super) fn insert(&mut self, word: &str, value: T) {
        for_each_variant(word, |v| match self.by_variant.get_mut(&v) {
            None => {
                self.by_variant.insert(v, Values::One(value));
            }
            Some(Values::One(x)) if *x != value => {
                let first = *x;
                self.by_variant.insert(v, Values::Many(vec![first, value]));
            }
            Some(Values::Many(values)) if !values.contains(&value) => values.push(value),
            Some(_) => {}
        });
    }

    /// Hands `f` the value of every word indexed that may be one edit from `word`, or equal to
    /// it: a superset, each to be checked with [`edit_distance`]; a value may come more than
    /// once.
    pub(super) fn candidates(&self, word: &str, mut f: impl FnMut(T)) {
        for_each_variant(word, |v| match self.by_variant.get(&v) {
            Some(Values::One(x)) => f(*x),
            Some(Values::Many(values)) => values.iter().for_each(|&x| f(x)),
            None => {}
        });
    }
}

/// The hashes of `word`, then of `word` less each of its characters in turn (from the last),
/// with no string built. The hash is polynomial (`h · B + byte`, wrapping), so a variant's hash
/// is its prefix's times `B` to the suffix's length plus the suffix's; the prefix's comes from
/// the word's and the suffix's, as `B` is odd and so invertible: one pass back over the word,
/// linear in its length, where rehashing each variant made a 100,000-letter word take seconds.
fn for_each_variant(word: &str, mut f: impl FnMut(u64)) {
    const B: u64 = 0x0100_0000_01b3;
    // B · B_INV = 1 (mod 2^64), by Newton's iteration (each step doubles the correct bits).
    const B_INV: u64 = {
        let mut x = B;
        let mut k = 0;
        while k < 6 {
            x = x.wrapping_mul(2u64.wrapping_sub(B.wrapping_mul(x)));
            k += 1;
        }
        x
    };
    let bytes = word.as_bytes();
    let whole = bytes
        .iter()
        .fold(0u64, |h, &b| h.wrapping_mul(B).wrapping_add(u64::from(b)));
    f(whole);
    // At each char boundary `j`, from the end: the hash of bytes[j..], B^(n - j), B^-(n - j).
    let (mut suffix, mut power, mut inverse) = (0u64, 1u64, 1u64);
    let mut end = bytes.len();
    for (i, _) in word.char_indices().rev() {
        // The char is bytes[i..end]; `suffix` is the hash of bytes[end..].
        let (after, after_power) = (suffix, power);
        for &b in bytes[i..end].iter().rev() {
            suffix = u64::from(b).wrapping_mul(power).wrapping_add(suffix);
            power = power.wrapping_mul(B);
            inverse = inverse.wrapping_mul(B_INV);
        }
        end = i;
        // The hash of bytes[..i]: (whole − hash of bytes[i..]) / B^(n − i).
        let prefix = whole.wrapping_sub(suffix).wrapping_mul(inverse);
        f(prefix.wrapping_mul(after_power).wrapping_add(after));
    }
}

/// Levenshtein distance, capped: returns `cap + 1` as soon as it is exceeded.
pub(super) fn edit_distance(a: &str, b: &str, cap: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > cap) {
            return cap + 1;
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The role written before a person's mention ("Foreign Minister" → "foreign minister"),
/// abbreviations spelled out ("Sen." → "senator", "Lt. Gov." → "lieutenant governor") so that
/// "the senator" later in the text finds the person.
fn role_before(text: &str, tokens: &[Token], mention: Span) -> Option<String> {
    let phrase = written_role_before(text, tokens, mention)?;
    Some(
        phrase
            .split(' ')
            .map(|w| match w {
                "sen." => "senator",
                "rep." => "representative",
                "gov." => "governor",
                "gen." => "general",
                "lt." => "lieutenant",
                "col." => "colonel",
                "maj." => "major",
                "capt." => "captain",
                "adm." => "admiral",
                "sgt." => "sergeant",
                "cpl." => "corporal",
                "const." | "cst." => "constable",
                "coun." => "councillor",
                "supt." => "superintendent",
                "insp." => "inspector",
                "det." => "detective",
                "prof." => "professor",
                w => w,
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The role a person's mention is set off with by commas: after it ("Sergey Lavrov, Russia's
/// foreign minister, said", "Janet Yellen, the Treasury secretary,": the title that heads the
/// description) or before it ("The Vermont senator, Bernie Sanders, told"), so that "the
/// foreign minister" or "the senator" later in the text finds the person. Not a title that
/// only completes the description ("Ann Lee, an aide to the senator," is no senator).
fn role_in_apposition(text: &str, tokens: &[Token], mention: Span) -> Option<String> {
    let lex = lexicon();
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let first = tokens.partition_point(|t| t.span.end <= mention.start);
    let after = tokens.partition_point(|t| t.span.start < mention.end);
    if word(after) != "," {
        return None;
    }
    // The longest title (three words at most) that ends `words`.
    let title_ending = |words: &[String]| {
        (1..=words.len().min(3))
            .rev()
            .map(|n| words[words.len() - n..].join(" "))
            .find(|phrase| lex.is_title(phrase))
    };
    let described_after = || {
        // Set off up to a comma or the clause's end.
        let end = (after + 1..(after + 9).min(tokens.len())).find(|&k| {
            matches!(word(k), "," | "." | ";" | ":" | ")")
                || tokens[k].kind == crate::token::TokenKind::Quote
        })?;
        let words: Vec<String> = (after + 1..end).map(|k| word(k).to_lowercase()).collect();
        // Not a parenthetical report: "Clinton, a top aide said, …".
        let reports = |w: &String| {
            lex.is_speech_verb(w)
                && (w.ends_with("ed")
                    || matches!(w.as_str(), "said" | "says" | "told" | "tells" | "wrote"))
        };
        if words.iter().any(reports) {
            return None;
        }
        // The description's head comes before what completes it ("an aide | to the senator",
        // "the chairman | of the committee" — unless the title runs on with "of": "secretary
        // of state").
        const COMPLETERS: &[&str] = &[
            "to", "for", "at", "with", "in", "on", "from", "and", "who", "which", "whose",
        ];
        let head_end = words
            .iter()
            .position(|w| COMPLETERS.contains(&w.as_str()))
            .unwrap_or(words.len());
        let head = &words[..head_end];
        // A definite description, opened by "the" or a possessor ("Russia's"), names the one
        // who holds the role; so does an indefinite one for what the text later calls them
        // with "the" ("Luis Ferrer, a White House spokesman, … The spokesman added"): the
        // quote stage reads no role into an indefinite phrase ("a former defense official" is
        // someone else).
        let possessive = |w: &String| w.ends_with("'s") || w.ends_with("’s");
        let opens = head.first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "the" | "his" | "her" | "their" | "its" | "a" | "an"
            )
        }) || head.iter().take(3).any(possessive);
        if !opens || head.len() < 2 {
            return None;
        }
        let before_of = head.iter().position(|w| w == "of").unwrap_or(head.len());
        let title = title_ending(head).or_else(|| title_ending(&head[..before_of]))?;
        Some(held_once(head, title))
    };
    // "The Vermont senator, | Paul Whitaker |, told", "its chief executive, | Paul Okafor |,",
    // "A White House spokesman, | Luis Ferrer |,": a description, then the name set off after
    // it.
    let described_before = || {
        let comma = first.checked_sub(1).filter(|&c| word(c) == ",")?;
        let start = (comma.saturating_sub(5)..comma).rev().find(|&k| {
            matches!(
                word(k),
                "The"
                    | "the"
                    | "Its"
                    | "its"
                    | "His"
                    | "his"
                    | "Her"
                    | "her"
                    | "Their"
                    | "their"
                    | "A"
                    | "a"
                    | "An"
                    | "an"
            )
        })?;
        if !(start + 1..comma).all(|k| tokens[k].kind == crate::token::TokenKind::Word) {
            return None;
        }
        let words: Vec<String> = (start + 1..comma).map(|k| word(k).to_lowercase()).collect();
        let title = title_ending(&words)?;
        Some(held_once(&words, title))
    };
    described_after().or_else(described_before)
}

/// A word that makes the title after it one held in the past ("former", "ex-president").
pub(crate) fn is_past_role(word: &str) -> bool {
    matches!(
        word,
        "former" | "onetime" | "one-time" | "retired" | "erstwhile"
    ) || word.starts_with("ex-")
}

/// `title` as a role, "former title" when `words` say it was held in the past ("Hillary
/// Clinton, a former secretary of state,"): the quote stage takes such a person for "the former
/// secretary of state", not for "the secretary of state" of a later sentence.
fn held_once(words: &[String], title: String) -> String {
    if words.iter().any(|w| is_past_role(w)) && !title.starts_with("former ") {
        format!("former {title}")
    } else {
        title
    }
}

/// The title phrase before a person's mention, lower case, as written, with the party before it
/// ("Republican presidential nominee Donald Trump": "republican presidential nominee").
fn written_role_before(text: &str, tokens: &[Token], mention: Span) -> Option<String> {
    let lex = lexicon();
    let idx = tokens.partition_point(|t| t.span.end <= mention.start);
    (1..=3).rev().find_map(|n| {
        let start = idx.checked_sub(n)?;
        let words: Vec<&str> = tokens[start..idx].iter().map(|t| t.text(text)).collect();
        let phrase = words.join(" ").to_lowercase();
        let is_honorific = matches!(
            phrase.as_str(),
            "mr." | "mrs." | "ms." | "mx." | "dr." | "sir" | "dame"
        );
        if !lex.is_title(&phrase) || is_honorific {
            return None;
        }
        let party = start
            .checked_sub(1)
            .map(|k| tokens[k].text(text).to_lowercase())
            .filter(|w| crate::lexicon::party(w).is_some());
        Some(match party {
            Some(p) => format!("{p} {phrase}"),
            None => phrase,
        })
    })
}

/// The sex an honorific right before a mention tells ("Mr. Tribe", "Mrs. Clinton").
fn honorific_gender(text: &str, tokens: &[Token], mention: Span) -> Gender {
    let idx = tokens.partition_point(|t| t.span.end <= mention.start);
    match idx.checked_sub(1).map(|i| tokens[i].text(text)) {
        Some("Mr." | "Mr" | "Sir" | "Lord" | "King" | "Prince") => Gender::Male,
        Some("Mrs." | "Mrs" | "Ms." | "Ms" | "Dame" | "Lady" | "Queen" | "Princess") => {
            Gender::Female
        }
        _ => Gender::Unknown,
    }
}

/// The sex a kinship noun set before a mention tells: "His wife, Marjorie,", "her son Tom",
/// "Pike's widow, Ann Pike,". The noun must follow a possessive, so that a kinship word used
/// otherwise ("a mother of three, Ann,") tells nothing.
fn kinship_gender(text: &str, tokens: &[Token], mention: Span) -> Gender {
    let idx = tokens.partition_point(|t| t.span.end <= mention.start);
    let word = |back: usize| {
        idx.checked_sub(back)
            .and_then(|i| tokens.get(i))
            .map_or("", |t| t.text(text))
    };
    let comma = usize::from(word(1) == ",");
    let noun = word(1 + comma).to_ascii_lowercase();
    let owner = word(2 + comma);
    let possessive = matches!(
        owner.to_ascii_lowercase().as_str(),
        "his" | "her" | "their" | "my" | "our" | "your" | "'s" | "’s"
    );
    if !possessive {
        return Gender::Unknown;
    }
    kinship_noun_sex(&noun)
}

/// The sex a kinship noun tells ("wife", "mom", "son"; lower case), or unknown ("partner").
/// Also read by the quote stage, for the writer's relatives ("My mother … she says").
pub(crate) fn kinship_noun_sex(noun: &str) -> Gender {
    match noun {
        "wife" | "widow" | "mother" | "mom" | "daughter" | "sister" | "girlfriend"
        | "grandmother" | "granddaughter" | "aunt" | "niece" | "stepmother" | "stepdaughter" => {
            Gender::Female
        }
        "husband" | "widower" | "father" | "dad" | "son" | "brother" | "boyfriend"
        | "grandfather" | "grandson" | "uncle" | "nephew" | "stepfather" | "stepson" => {
            Gender::Male
        }
        _ => Gender::Unknown,
    }
}

/// True when a kinship noun after a possessive pronoun comes right before the mention ("his
/// wife Hillary Clinton", "her son, Tom,"): someone introduced as a relative of the story's
/// subject ("Hillary Clinton's husband, Bill Clinton," is not).
fn pronoun_relative(text: &str, tokens: &[Token], mention: Span) -> bool {
    if kinship_gender(text, tokens, mention) == Gender::Unknown {
        return false;
    }
    let idx = tokens.partition_point(|t| t.span.end <= mention.start);
    let comma = usize::from(idx >= 1 && tokens[idx - 1].text(text) == ",");
    idx.checked_sub(2 + comma)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| {
            matches!(
                t.text(text).to_ascii_lowercase().as_str(),
                "his" | "her" | "their" | "my" | "our" | "your"
            )
        })
}

/// The likely sex of a full name's first name, from first-name statistics (p ≥ 0.9).
fn first_name_gender(name: &str) -> Gender {
    let mut parts = name.split_whitespace();
    let (Some(first), Some(_)) = (parts.next(), parts.next()) else {
        return Gender::Unknown;
    };
    match lexicon().first_name_p_female(first) {
        Some(p) if p >= 0.9 => Gender::Female,
        Some(p) if p <= 0.1 => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The sex a person's own reported speech tells: "Graham said he ...", "Graham told reporters
/// that she ...". The mention must be followed by a speech verb, and the pronoun must come within
/// six words after it, before any capitalized word (another name may be the pronoun's antecedent:
/// "Graham told Trump he ...") and before the sentence or a quotation ends.
fn speech_pronoun_gender(text: &str, tokens: &[Token], mention: Span) -> Gender {
    let idx = tokens.partition_point(|t| t.span.start < mention.end);
    let lex = lexicon();
    if !tokens
        .get(idx)
        .is_some_and(|t| lex.is_speech_verb(t.text(text)))
    {
        return Gender::Unknown;
    }
    for t in tokens.iter().skip(idx + 1).take(6) {
        match t.text(text) {
            "he" => return Gender::Male,
            "she" => return Gender::Female,
            w if w.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric()) => break,
            _ => {}
        }
    }
    Gender::Unknown
}

/// True when `a` and `b` are known and differ.
fn opposite(a: Gender, b: Gender) -> bool {
    matches!(
        (a, b),
        (Gender::Female, Gender::Male) | (Gender::Male, Gender::Female)
    )
}

/// The one sex `votes` agree on, if any voted and none disagreed.
fn agreed(votes: impl Iterator<Item = Gender>) -> Option<Gender> {
    let mut seen = None;
    for g in votes.filter(|&g| g != Gender::Unknown) {
        match seen {
            None => seen = Some(g),
            Some(s) if s != g => return None,
            Some(_) => {}
        }
    }
    seen
}

/// A person's likely sex: the first name's statistics; else the honorifics ("Mr. Graham"), when
/// they all agree; else the kinship nouns set before the name ("his wife, Marjorie,"), when they
/// all agree; else the pronoun of the person's own reported speech ("Lynch said she"), when
/// every case agrees; else unknown.
///
/// The text's evidence comes after the statistics because it misleads more often: on PolNeAR
/// dev, ahead of them the pronouns changed four people, two wrongly ("Shelby said he refused"
/// is about someone else; a surname shared by two people carries the other's "he"); behind
/// them, they decide only for people the statistics cannot tell (an initial, a rare first name).
fn gender_of(text: &str, tokens: &[Token], name: &str, mentions: &[Span]) -> Gender {
    match first_name_gender(name) {
        Gender::Unknown => agreed(mentions.iter().map(|&m| honorific_gender(text, tokens, m)))
            .or_else(|| agreed(mentions.iter().map(|&m| kinship_gender(text, tokens, m))))
            .or_else(|| {
                agreed(
                    mentions
                        .iter()
                        .map(|&m| speech_pronoun_gender(text, tokens, m)),
                )
            })
            .unwrap_or(Gender::Unknown),
        g => g,
    }
}

/// Name part (as written, and in capitals) → the person entities whose name has had it, for
/// taking a bare surname to its person. Each mention of such a person pushes the person again
/// under each of its parts, so the entries that are current (pushed with the person's last
/// mention) are in order of recency, and [`RecentByPart::recent`] reads them from the most
/// recent: a lookup stops at the first that fits, where comparing every person with the
/// surname made a text naming thousands of them quadratic.
#[derive(Default)]
struct RecentByPart {
    /// Part → (start of the mention pushed with, entity), in the order pushed.
    stacks: HashMap<String, Vec<(usize, usize)>, FnvBuild>,
    /// Entity → the parts it is indexed under.
    keys: Vec<Vec<String>>,
}

impl RecentByPart {
    /// Indexes person `i`, whose last mention starts at `at`, under each part of `name` (a name
    /// of two words or more; one word is no part of anything).
    fn index_name(&mut self, name: &str, i: usize, at: usize) {
        if !name.contains(' ') {
            return;
        }
        if self.keys.len() <= i {
            self.keys.resize_with(i + 1, Vec::new);
        }
        for p in name.split(' ') {
            let upper = p.to_uppercase();
            let forms = if upper == p {
                vec![upper]
            } else {
                vec![p.to_string(), upper]
            };
            for key in forms {
                Self::push(&mut self.stacks, &key, at, i);
                if !self.keys[i].contains(&key) {
                    self.keys[i].push(key);
                }
            }
        }
    }

    /// Person `i` has a new mention starting at `at`.
    fn mentioned(&mut self, i: usize, at: usize) {
        if let Some(keys) = self.keys.get(i) {
            for key in keys {
                Self::push(&mut self.stacks, key, at, i);
            }
        }
    }

    fn push(
        stacks: &mut HashMap<String, Vec<(usize, usize)>, FnvBuild>,
        key: &str,
        at: usize,
        i: usize,
    ) {
        let stack = match stacks.get_mut(key) {
            Some(stack) => stack,
            None => stacks.entry(key.to_string()).or_default(),
        };
        if stack.last() != Some(&(at, i)) {
            stack.push((at, i));
        }
    }

    /// How many entries `part` has (current or not): what reading it costs.
    fn len(&self, part: &str) -> usize {
        self.stacks.get(part).map_or(0, Vec::len)
    }

    /// True when person `i` is indexed under `part`.
    fn has(&self, i: usize, part: &str) -> bool {
        self.keys
            .get(i)
            .is_some_and(|keys| keys.iter().any(|k| k == part))
    }

    /// The people indexed under `part`, the most recently mentioned first (a person may come
    /// twice).
    fn recent<'a>(
        &'a self,
        part: &str,
        entities: &'a [Entity],
    ) -> impl Iterator<Item = usize> + 'a {
        self.stacks
            .get(part)
            .into_iter()
            .flat_map(|stack| stack.iter().rev())
            .filter(|&&(at, i)| entities[i].mentions.last().is_some_and(|m| m.start == at))
            .map(|&(_, i)| i)
    }
}

/// True when `mention` stands in a byline: its line starts with "By" ("By MICHAEL WARREN and
/// SARAH JONES").
fn in_byline(text: &str, mention: Span) -> bool {
    let line_start = text[..mention.start].rfind('\n').map_or(0, |n| n + 1);
    let line = text[line_start..mention.start].trim_start();
    line.starts_with("By ") || line.starts_with("BY ") || line.starts_with("by ")
}

/// How many of a person's first mentions are looked at for a first name alone or a kinship
/// noun (see `group_mentions`).
const SECONDARY_MENTIONS: usize = 32;

/// Groups `mentions` (sorted, non-overlapping) into entities, in order of first mention.
/// `aliases` maps an acronym mention's span to the span of the name it abbreviates.
#[inline(never)]
pub fn group_mentions(
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    aliases: &HashMap<Span, Span>,
    warnings: &mut Vec<Warning>,
) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<(EntityKind, String), usize, FnvBuild> = HashMap::default();
    let mut by_span: HashMap<Span, usize, FnvBuild> =
        HashMap::with_capacity_and_hasher(mentions.len(), FnvBuild::default());
    by_key.reserve(mentions.len());
    // Whether an entity is named in capitals only (then ordinary forms may join it), and every
    // name form in capitals, for matching "CHARLOTTE" and "Charlotte" either way round.
    let mut any_shouted = false;
    // One-word name → the person entities created with it.
    let mut by_word: HashMap<String, Vec<usize>, FnvBuild> = HashMap::default();
    // Name part (as written, and in capitals) → person entities whose name has had it, most
    // recently mentioned first.
    let mut by_part = RecentByPart::default();
    // Name parts of five or more characters of person entities (every name each has had), for
    // the misspelling check.
    let mut near: OneEdit<usize> = OneEdit::new();
    let index_near = |near: &mut OneEdit<usize>, name: &str, i: usize| {
        for p in name.split(' ').filter(|p| p.chars().count() >= 5) {
            near.insert(p, i);
        }
    };
    let mut by_upper: HashMap<(EntityKind, String), usize, FnvBuild> =
        HashMap::with_capacity_and_hasher(mentions.len(), FnvBuild::default());
    for m in mentions {
        let norm = normalize_name(m.span.slice(text));
        let mut kind = m.kind;
        let parts: Vec<&str> = norm.split(' ').collect();
        let shouted =
            norm.chars().any(char::is_alphabetic) && !norm.chars().any(char::is_lowercase);
        // "Mrs. Clinton" is not Bill Clinton: an honorific rules out a first name of the other sex.
        let honorific = honorific_gender(text, tokens, m.span);
        let compatible = |e: &Entity| !opposite(honorific, first_name_gender(&e.name));
        // A person's mention with no capitalized word right before it on its line ("Smith
        // said", not "Sen. Smith", "Governor Smith"); asked only after a name in capitals.
        let caps_seen = any_shouted;
        let bare = || {
            m.kind == EntityKind::Person && {
                let k = tokens.partition_point(|t| t.span.end <= m.span.start);
                k.checked_sub(1).is_none_or(|k| {
                    text[tokens[k].span.end..m.span.start].contains('\n')
                        || !tokens[k].text(text).starts_with(char::is_uppercase)
                })
            }
        };
        // A single word that is part of a known person's name is that person. Candidates come
        // from `by_part` (every part, and its capitals form, of every name a person entity has
        // had), most recent first, and are checked against the current name.
        let person_with_part = |part: &str,
                                entities: &[Entity],
                                by_part: &RecentByPart|
         -> Option<usize> {
            let fits = |e: &Entity| {
                e.kind == EntityKind::Person
                    && compatible(e)
                    && e.name.split(' ').count() > 1
                    && e.name
                        .split(' ')
                        .any(|p| p == part || (shouted && p.to_uppercase() == part))
            };
            // (Most recent first, read only as far as needed: a text may name thousands of
            // people with one surname.)
            let mut fitting = by_part
                .recent(part, entities)
                .filter(|&i| fits(&entities[i]));
            let Some(first) = fitting.next() else {
                // "ERIC SMITH" (a transcript's label), then "Smith": the person named in
                // capitals only, the most recent; not one named in a byline ("By MICHAEL
                // WARREN and …"), and not for a surname after a title or an honorific:
                // "Labor Secretary Acosta", "Governor Cuomo", "Sen. Warren", "Mrs. Smith"
                // name someone the anchor or the byline's author is not.
                // (Nor for a word that names a place or an organization: "Jordan said it
                // would close its border" after "JOHN JORDAN, CNN CORRESPONDENT:".)
                if shouted || !caps_seen {
                    return None;
                }
                let caps = part.to_uppercase();
                if caps == part || !bare() || !crate::lexicon::lexicon().gazetteer(part).is_empty()
                {
                    return None;
                }
                return by_part.recent(&caps, entities).find(|&i| {
                    let e = &entities[i];
                    e.kind == EntityKind::Person
                        && compatible(e)
                        && e.name.contains(' ')
                        && !e.name.chars().any(char::is_lowercase)
                        && e.name.split(' ').any(|p| p == caps)
                        && !e.mentions.first().is_some_and(|&m| in_byline(text, m))
                });
            };
            // Of two people with the surname, one the text calls by the first name alone
            // as a subject ("Melania would discuss" beside "Donald Trump"; not before "and",
            // which shares the surname after it: "Khizr and Ghazala Khan") or introduces as the
            // subject's relative ("for his wife Hillary Clinton" in a story about Bill Clinton)
            // is not the one the bare surname means.
            // (Looked for in a person's first mentions only, and only between two or more
            // people: a long text names one person thousands of times.)
            let secondary = |e: &Entity| {
                let first = e.name.split(' ').next().unwrap_or("");
                e.mentions.iter().take(SECONDARY_MENTIONS).any(|&m| {
                    // (As the subject of a clause: "Melania would discuss", not "the
                    // crowd cheered for Hillary".)
                    (first != part
                        && m.slice(text) == first
                        && text.get(m.end..).is_some_and(|after| {
                            let next = after.strip_prefix(' ').unwrap_or("");
                            next.starts_with(char::is_lowercase) && !next.starts_with("and ")
                        }))
                        || pronoun_relative(text, tokens, m)
                })
            };
            // One person alone is the one; of more, the most recent who is not such a
            // person, else the most recent.
            let Some(second) = fitting.next() else {
                return Some(first);
            };
            [first, second]
                .into_iter()
                .chain(fitting)
                .find(|&i| !secondary(&entities[i]))
                .or(Some(first))
        };
        // "Loretta E. Lynch" and "Loretta Lynch" are one person, in either order; so are
        // `Robert C. "Bobby" Scott` and "Bobby Scott".
        let plain = (kind == EntityKind::Person)
            .then(|| nickname_form(&norm).or_else(|| without_middle_initials(&norm)))
            .flatten();
        let mut target = by_key
            .get(&(kind, norm.clone()))
            .or_else(|| plain.as_ref().and_then(|p| by_key.get(&(kind, p.clone()))))
            .copied();
        // An all-capitals form of a name ("MIKE PENCE" in a transcript, "CHARLOTTE —" in a
        // dateline), either way round; the entity keeps the ordinary form as its name.
        let upper = norm.to_uppercase();
        if target.is_none() && (shouted || any_shouted) {
            target = by_upper.get(&(kind, upper.clone())).copied().filter(|&i| {
                let e = &entities[i];
                e.name != norm && (shouted || !e.name.chars().any(char::is_lowercase))
            });
            if let Some(i) = target {
                if !shouted {
                    entities[i].name = norm.clone();
                    if entities[i].kind == EntityKind::Person {
                        let at = entities[i].mentions.last().map_or(0, |s| s.start);
                        by_part.index_name(&norm, i, at);
                        index_near(&mut near, &norm, i);
                        if !norm.contains(' ') {
                            by_word.entry(norm.clone()).or_default().push(i);
                        }
                    }
                }
            }
        }
        if target.is_none() {
            if let Some(&of) = aliases.get(&m.span) {
                target = by_span.get(&of).copied();
            }
        }
        if target.is_none()
            && parts.len() == 1
            && matches!(
                kind,
                EntityKind::Person | EntityKind::Misc | EntityKind::Organization
            )
        {
            if let Some(i) = person_with_part(parts[0], &entities, &by_part) {
                kind = EntityKind::Person;
                target = Some(i);
            }
        }
        if target.is_none() && kind == EntityKind::Person && parts.len() > 1 {
            // A full name after its short form: upgrade the short form's entity.
            // Candidates: one-word person entities named like one of the parts (`by_word`),
            // checked against their current name; the one named like the surname wins, else the
            // first in entity order (`Robert C. "Bobby" Scott` leaves "Bobby" and "Scott": the
            // later "Bobby Scott" must take "Scott", or a "Tim Scott" further down takes every
            // "Scott" of the story). A first name
            // of one sex does not take over a short form called by the other's honorific
            // ("Michelle Obama" after fifteen "Mr. Obama").
            let sex = first_name_gender(&norm);
            let called = |e: &Entity| {
                agreed(
                    e.mentions
                        .iter()
                        .map(|&s| honorific_gender(text, tokens, s)),
                )
                .unwrap_or(Gender::Unknown)
            };
            target = parts
                .iter()
                .filter_map(|p| by_word.get(*p))
                .flatten()
                .copied()
                .filter(|&i| {
                    let e = &entities[i];
                    e.kind == EntityKind::Person
                        && !e.name.contains(' ')
                        && parts.contains(&e.name.as_str())
                        && !opposite(sex, called(e))
                })
                .min_by_key(|&i| (Some(&entities[i].name.as_str()) != parts.last(), i));
        }
        if target.is_none() && kind == EntityKind::Person && parts.len() > 1 {
            // Two-word surnames ("Peña Nieto" for "Enrique Peña Nieto"), either way round, a
            // particle capitalized or not ("Von der Leyen" for "Ursula von der Leyen").
            let ends_with = |long: &str, short: &str| {
                let cut = long.len().wrapping_sub(short.len());
                long.len() > short.len()
                    && long.is_char_boundary(cut)
                    && long[cut..].eq_ignore_ascii_case(short)
                    && long[..cut].ends_with(' ')
            };
            // Both names end with the same word, so the candidates are the person entities
            // whose (multi-word) names have had it as written; one-word names were tried just
            // above. The most recent that fits.
            // (Or read from those that have had the word before it, in capitals, which a
            // fitting name has too, when they are fewer: a text may name thousands of people
            // with one surname, or with one first name.)
            let last = parts.last().copied().unwrap_or("");
            let before = parts[parts.len() - 2].to_uppercase();
            let key = if by_part.len(&before) < by_part.len(last) {
                before.as_str()
            } else {
                last
            };
            target = by_part.recent(key, &entities).find(|&i| {
                let e = &entities[i];
                by_part.has(i, last)
                    && e.kind == EntityKind::Person
                    && compatible(e)
                    && (ends_with(&e.name, &norm) || ends_with(&norm, &e.name))
            });
        }
        if target.is_none()
            && kind == EntityKind::Person
            && parts.len() == 1
            && parts[0].chars().count() >= 5
        {
            // The first person entity with a name part one edit away.
            let fits = |e: &Entity| {
                e.kind == EntityKind::Person
                    && e.name.split(' ').any(|p| {
                        p.chars().count() >= 5
                            && p.chars().next() == parts[0].chars().next()
                            && edit_distance(p, parts[0], 1) == 1
                    })
            };
            let mut first: Option<usize> = None;
            near.candidates(parts[0], |i| {
                if first.is_none_or(|f| i < f) && fits(&entities[i]) {
                    first = Some(i);
                }
            });
            let close = first.map(|i| (i, &entities[i]));
            if let Some((i, e)) = close {
                warnings.push(Warning {
                    code: "possible-misspelling",
                    message: format!(
                        "“{}” may be a misspelling of a name in “{}”",
                        parts[0], e.name
                    ),
                    span: m.span,
                });
                target = Some(i);
            }
        }
        let index = match target {
            Some(i) => {
                let e = &mut entities[i];
                e.mentions.push(m.span);
                by_part.mentioned(i, m.span.start);
                if kind == EntityKind::Person && parts.len() > e.name.split(' ').count() {
                    e.name = norm.clone();
                    if e.kind == EntityKind::Person {
                        by_part.index_name(&norm, i, m.span.start);
                        index_near(&mut near, &norm, i);
                    }
                }
                i
            }
            None => {
                entities.push(Entity {
                    kind,
                    name: norm.clone(),
                    role: None,
                    gender: None,
                    mentions: vec![m.span],
                });
                if kind == EntityKind::Person {
                    by_part.index_name(&norm, entities.len() - 1, m.span.start);
                    index_near(&mut near, &norm, entities.len() - 1);
                    if !norm.contains(' ') {
                        by_word
                            .entry(norm.clone())
                            .or_default()
                            .push(entities.len() - 1);
                    }
                }
                entities.len() - 1
            }
        };
        any_shouted |= shouted;
        by_upper.entry((kind, upper)).or_insert(index);
        by_key.entry((kind, norm)).or_insert(index);
        if let Some(p) = plain {
            by_key.entry((kind, p)).or_insert(index);
        }
        by_span.insert(m.span, index);
    }
    merge_surname_entities(&mut entities, |m| {
        honorific_gender(text, tokens, m) != Gender::Unknown
    });
    for e in &mut entities {
        if e.kind == EntityKind::Person {
            e.role = e
                .mentions
                .iter()
                .find_map(|&m| role_before(text, tokens, m))
                .or_else(|| {
                    e.mentions
                        .iter()
                        .find_map(|&m| role_in_apposition(text, tokens, m))
                });
            e.gender = Some(gender_of(text, tokens, &e.name, &e.mentions));
        }
    }
    entities
}

/// A one-word organization, misc or place entity (not a place the gazetteer knows) named like
/// the surname of one person ("Trump" tagged as a company in a headline, "Kasich" as a place, and then throughout a story that names "Donald J. Trump" once),
/// or like a person named by that word alone after an honorific ("Mr. Trump" beside "Trump"
/// tagged as a company; not "Twitter" tagged once as a person), is that person: its mentions
/// join theirs. Where several people have the surname, the one named first and at least twice
/// as often as each other ("Donald Trump" beside "Ivanka Trump") owns it; otherwise it stays
/// apart, as a person of its own: a story about Donald and Ivana Trump whose headline says
/// "Trump" does not say which. Known organizations and media ("Bloomberg" beside Michael
/// Bloomberg) are left alone.
fn merge_surname_entities(entities: &mut Vec<Entity>, honorific: impl Fn(Span) -> bool) {
    // Surname → the person entities whose name ends with it. Persons are neither renamed nor
    // removed here, so the owners can be found before anything moves.
    let mut by_surname: HashMap<&str, Vec<usize>, FnvBuild> = HashMap::default();
    for (j, p) in entities.iter().enumerate() {
        if p.kind == EntityKind::Person
            && (p.name.contains(' ') || p.mentions.iter().any(|&m| honorific(m)))
        {
            if let Some(last) = p.name.rsplit(' ').next() {
                by_surname.entry(last).or_default().push(j);
            }
        }
    }
    let owner = |people: &[usize]| -> Option<usize> {
        let mentions = |j: usize| entities[j].mentions.len();
        let first = |j: usize| entities[j].mentions.first().map_or(usize::MAX, |m| m.start);
        let &top = people.iter().max_by_key(|&&j| mentions(j))?;
        people
            .iter()
            .all(|&j| j == top || (mentions(top) >= 2 * mentions(j) && first(top) < first(j)))
            .then_some(top)
    };
    // Each such entity and the people with its surname.
    let named: Vec<(usize, &[usize])> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            matches!(
                e.kind,
                EntityKind::Organization | EntityKind::Misc | EntityKind::Location
            ) && !e.name.contains(' ')
                && e.name.starts_with(char::is_uppercase)
        })
        .filter_map(|(i, e)| Some((i, by_surname.get(e.name.as_str())?.as_slice())))
        .filter(|(i, people)| {
            let e = &entities[*i];
            let kinds = lexicon().gazetteer(&e.name);
            // (A place the gazetteer knows, tagged as one, stays one: "Washington" beside
            // George Washington; so does one whose "person" is an initial and the place's name:
            // "N. Korea" misread as a person.)
            let initial = |j: usize| {
                let first = entities[j].name.split(' ').next().unwrap_or("");
                first.len() == 2 && first.ends_with('.')
            };
            let place = e.kind == EntityKind::Location
                && (kinds.contains(GazKind::Country)
                    || kinds.contains(GazKind::State)
                    || kinds.contains(GazKind::City)
                    || people.iter().all(|&j| initial(j)));
            !(place || kinds.contains(GazKind::Organization) || kinds.contains(GazKind::Media))
        })
        .collect();
    let merges: Vec<(usize, usize)> = named
        .iter()
        .filter_map(|&(i, people)| Some((i, owner(people)?)))
        .collect();
    let unowned: Vec<usize> = named
        .iter()
        .filter(|&&(i, people)| people.len() > 1 && !merges.iter().any(|m| m.0 == i))
        .map(|&(i, _)| i)
        .collect();
    for i in unowned {
        entities[i].kind = EntityKind::Person;
    }
    let mut merged = vec![false; entities.len()];
    for &(i, owner) in &merges {
        let moved = std::mem::take(&mut entities[i].mentions);
        let person = &mut entities[owner];
        person.mentions.extend(moved);
        person.mentions.sort_by_key(|m| (m.start, m.end));
        merged[i] = true;
    }
    let mut index = 0;
    entities.retain(|_| {
        index += 1;
        !merged[index - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gender given to the person named `who` when `text` goes through the whole pipeline.
    fn gender_in(text: &str, who: &str) -> Option<Gender> {
        let analysis = crate::pipeline::analyze(text);
        let person = analysis
            .entities
            .iter()
            .find(|e| e.kind == EntityKind::Person && e.name == who);
        person.and_then(|e| e.gender)
    }

    /// A bare surname shared by two people is not the one the text calls by the first name
    /// alone ("Melania" beside "Donald Trump", PolNeAR dev) or introduces as a relative ("his
    /// wife Hillary Clinton"); otherwise the one named last has it.
    #[test]
    fn a_bare_surname_is_not_the_person_called_by_first_name() {
        let mentions_of = |text: &str, who: &str| -> Vec<String> {
            let a = crate::pipeline::analyze(text);
            a.entities
                .iter()
                .find(|e| e.name == who)
                .map(|e| {
                    e.mentions
                        .iter()
                        .map(|m| m.slice(text).to_string())
                        .collect()
                })
                .unwrap_or_default()
        };
        let text = "Melania Trump was born in Slovenia. Donald Trump said Melania would speak \
                    soon. Melania has not spoken. Trump demands transparency from others.";
        assert_eq!(mentions_of(text, "Donald Trump"), ["Donald Trump", "Trump"]);
        let text = "Melania Trump was born in Slovenia. Donald Trump said she would speak \
                    soon. Melania Trump has not spoken. Trump demands transparency from others.";
        assert_eq!(mentions_of(text, "Donald Trump"), ["Donald Trump"]);
        // Nor the one introduced as someone's relative (PolNeAR dev).
        let text = "Former President Bill Clinton spoke in Flint for his wife Hillary Clinton. \
                    “It doesn’t make any sense,” Clinton said.";
        assert_eq!(
            mentions_of(text, "Bill Clinton"),
            ["Bill Clinton", "Clinton"]
        );
        // Not a relative by a name's possessive, nor a first name that is no subject (a
        // review's cases).
        let text = "Hillary Clinton’s husband, Bill Clinton, spoke in Flint on Tuesday. “It \
                    doesn’t make any sense,” Clinton said.";
        assert_eq!(
            mentions_of(text, "Bill Clinton"),
            ["Bill Clinton", "Clinton"]
        );
        let text = "Bill Clinton campaigned in Iowa on Monday. Hillary Clinton spoke in Ohio on \
                    Tuesday, and the crowd cheered for Hillary. “We will win this state,” Clinton \
                    said.";
        assert_eq!(mentions_of(text, "Bill Clinton"), ["Bill Clinton"]);
    }

    /// A role set off by commas beside a name is that person's when the description is headed
    /// by the title; not a title that only completes another head, or a parenthetical report.
    #[test]
    fn roles_in_apposition() {
        let role_of = |text: &str, who: &str| {
            crate::pipeline::analyze(text)
                .entities
                .into_iter()
                .find(|e| e.kind == EntityKind::Person && e.name == who)
                .and_then(|e| e.role)
        };
        let cases = [
            (
                "Tomas Berg, Norway's foreign minister, said the talks had failed.",
                "Tomas Berg",
                Some("foreign minister"),
            ),
            (
                "Elena Ruiz, the secretary of state, said the talks had failed.",
                "Elena Ruiz",
                Some("secretary of state"),
            ),
            (
                "The Vermont senator, Paul Whitaker, told reporters the aid would wait.",
                "Paul Whitaker",
                Some("senator"),
            ),
            (
                "Brightmart will close 40 stores, its chief executive, Paul Okafor, said.",
                "Paul Okafor",
                Some("chief executive"),
            ),
            // An indefinite description gives the role too (the quote stage reads it only for
            // "the analyst"), and a past one says so (a review's cases).
            (
                "Kofi Mensah, a shipping analyst, said insurance costs had doubled.",
                "Kofi Mensah",
                Some("analyst"),
            ),
            (
                "A White House spokesman, Luis Ferrer, said the plan was dead.",
                "Luis Ferrer",
                Some("spokesman"),
            ),
            (
                "Hillary Clinton, a former secretary of state, spoke first.",
                "Hillary Clinton",
                Some("former secretary of state"),
            ),
            (
                "The former premier, Brian Tobin, spoke first.",
                "Brian Tobin",
                Some("former premier"),
            ),
            (
                "Ann Lee, the aide to the senator, said the vote would wait.",
                "Ann Lee",
                Some("aide"),
            ),
            (
                "Whitaker met Clinton. Clinton, a top aide said, was very confident.",
                "Clinton",
                None,
            ),
        ];
        for (text, who, want) in cases {
            assert_eq!(role_of(text, who).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn gender_from_names_then_honorifics_then_own_speech() {
        use Gender::{Female, Male, Unknown};
        let cases = [
            // Name statistics ("Lindsey" is mostly a woman's name) come before pronouns.
            ("Sen. Lindsey Graham voted no on Tuesday.", Female),
            ("Sen. Lindsey Graham said he would vote no.", Female),
            // A name the statistics do not know: the person's own reported speech.
            ("On Tuesday, Nkechi Okonkwo said she would run.", Female),
            (
                "On Tuesday, Nkechi Okonkwo told reporters that he would run.",
                Male,
            ),
            ("On Tuesday, Nkechi Okonkwo voted.", Unknown),
            // A pronoun after another name may be that name's.
            (
                "On Tuesday, Nkechi Okonkwo told Trump he was wrong.",
                Unknown,
            ),
            // Too far from the verb, or no speech verb: no evidence.
            (
                "On Tuesday, Nkechi Okonkwo said in a long statement on Friday that he ran.",
                Unknown,
            ),
            ("On Tuesday, Nkechi Okonkwo and he voted no.", Unknown),
            // Disagreeing pronouns are no evidence.
            (
                "On Tuesday, Nkechi Okonkwo said she would run. Okonkwo said he would not.",
                Unknown,
            ),
            // An honorific comes before the pronouns.
            (
                "On Tuesday, Nkechi Okonkwo spoke. Mr. Okonkwo said she was wrong.",
                Male,
            ),
        ];
        for (text, want) in cases {
            let who = if text.contains("Nkechi") {
                "Nkechi Okonkwo"
            } else {
                "Lindsey Graham"
            };
            assert_eq!(gender_in(text, who), Some(want), "{text}");
        }
    }

    /// A kinship noun after a possessive tells the sex of a name the statistics cannot ("His wife,
    /// Marjorie,": a first name alone), and a pronoun then no longer takes that person.
    #[test]
    fn gender_from_a_kinship_noun_after_a_possessive() {
        use Gender::{Female, Male, Unknown};
        let cases = [
            (
                "Harold Pike keeps the light. His wife, Marjorie, used to help.",
                "Marjorie",
                Female,
            ),
            (
                "Ann Pike spoke first. Her son Beau stayed home.",
                "Beau",
                Male,
            ),
            (
                "Pike's widow, Nkechi Okonkwo, spoke.",
                "Nkechi Okonkwo",
                Female,
            ),
            // No possessive: "a mother of three" tells nothing about the name after it.
            (
                "A son of the town, Nkechi Okonkwo, spoke.",
                "Nkechi Okonkwo",
                Unknown,
            ),
        ];
        for (text, who, want) in cases {
            assert_eq!(gender_in(text, who), Some(want), "{text}");
        }
        let text = "For 31 years, Harold Pike has kept the Cape Mercy lighthouse.\n\nHis wife, \
                    Marjorie, used to join him on the climb. She died in 2019. \"She'd have \
                    laughed at all this fuss,\" he says quietly.";
        let a = crate::pipeline::analyze(text);
        let q = a
            .quotes
            .iter()
            .find(|q| q.span.slice(text).starts_with("She'd"))
            .expect("the quote");
        let speaker = q.speaker.as_ref().and_then(|s| s.entity);
        assert_eq!(
            speaker.map(|e| a.entities[e].name.as_str()),
            Some("Harold Pike")
        );
    }

    /// The person entities of `text` through the whole pipeline: name and mention count.
    fn people_in(text: &str) -> Vec<(String, usize)> {
        crate::pipeline::analyze(text)
            .entities
            .into_iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| (e.name, e.mentions.len()))
            .collect()
    }

    #[test]
    fn a_full_name_does_not_take_over_a_short_form_called_by_the_other_sex() {
        let text = "President Obama spoke. Mr. Obama said it twice. Michelle Obama will campaign \
                    for Hillary Clinton. Barack Obama will too, Mr. Obama said.";
        let people = people_in(text);
        assert!(people.contains(&("Barack Obama".into(), 4)), "{people:?}");
        assert!(people.contains(&("Michelle Obama".into(), 1)), "{people:?}");
    }

    /// A person whose name came down to the bare surname ("ERIC SMITH", then "Smith") is
    /// not a later full name with another first name ("Mary SMITH"), which the shared last
    /// word alone had made one person.
    #[test]
    fn a_full_name_ends_like_another_by_its_last_two_words() {
        let text = "ERIC SMITH and his wife spoke. SMITH cheered for Hillary. Smith said the plan \
                    would work. He praised his wife Mary SMITH.";
        let people = people_in(text);
        assert!(people.contains(&("Mary SMITH".into(), 1)), "{people:?}");
        // The short form of a two-word surname still joins the full name, either way round.
        let people = people_in(
            "Enrique Peña Nieto spoke. Peña Nieto said the plan would work. Ursula von der \
             Leyen agreed. Von der Leyen said so.",
        );
        assert!(
            people.contains(&("Enrique Peña Nieto".into(), 2)),
            "{people:?}"
        );
        assert!(
            people.contains(&("Ursula von der Leyen".into(), 2)),
            "{people:?}"
        );
    }

    /// A name first written in capitals (a transcript's "ERIC SMITH:") is the person a later
    /// bare surname in ordinary letters means, but not a person named in ordinary letters since.
    #[test]
    fn a_surname_joins_a_name_written_in_capitals() {
        let people = people_in("ERIC SMITH spoke on Monday.\n\nSmith said the plan would pass.");
        assert_eq!(people, [("ERIC SMITH".to_string(), 2)]);
        let people = people_in("ERIC SMITH spoke. Anna Smith said no. Smith left.");
        assert!(people.contains(&("ERIC SMITH".into(), 1)), "{people:?}");
        assert!(people.contains(&("Anna Smith".into(), 2)), "{people:?}");
        // Not a byline's author, nor an anchor for a surname after a title, nor a place (a
        // review helper's texts).
        for text in [
            "By JOHN SMITH\n\nWASHINGTON — The bill passed, officials said. Smith, a \
             spokesman for the agency, declined to comment.",
            "CHRIS CUOMO, CNN ANCHOR: Good evening. Governor Cuomo announced new rules on \
             Monday.",
            "JOHN JORDAN, CNN CORRESPONDENT: The king spoke today.\n\nJordan said it would \
             close its border.",
        ] {
            let people = people_in(text);
            assert!(people.iter().all(|(_, n)| *n == 1), "{text}: {people:?}");
        }
    }

    #[test]
    fn a_full_name_takes_the_short_form_of_its_surname() {
        let text = "Rep. Robert C. \"Bobby\" Scott spoke. Scott won. Bobby Scott said so. Scott \
                    smiled. Sen. Tim Scott came too. Then Scott left.";
        let people = people_in(text);
        assert!(people.contains(&("Tim Scott".into(), 1)), "{people:?}");
        // The full name, "Scott" twice, "Bobby Scott", "Scott" again and the last "Scott" (the
        // story's Scott).
        assert!(
            people.contains(&("Robert C. \"Bobby\" Scott".into(), 5)),
            "{people:?}"
        );
    }

    /// Each entity of `text` after the whole pipeline: kind, name and number of mentions.
    fn entity_kinds(text: &str) -> Vec<(EntityKind, String, usize)> {
        crate::pipeline::analyze(text)
            .entities
            .iter()
            .map(|e| (e.kind, e.name.clone(), e.mentions.len()))
            .collect()
    }

    #[test]
    fn a_surname_tagged_as_a_company_joins_the_person_named_most_often() {
        // The headline's "Trump" is tagged as an organization; two people have the surname.
        let text = "Mixed messages on Trump leave plan.\n\nLanguage unclear on whether the \
                    proposal covers fathers. Donald Trump unveiled the plan on Tuesday with his \
                    daughter Ivanka Trump at his side. Donald Trump said it would cost little. \
                    Donald Trump later repeated the claim.";
        let kinds = entity_kinds(text);
        assert!(
            kinds.contains(&(EntityKind::Person, "Donald Trump".into(), 4)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(EntityKind::Person, "Ivanka Trump".into(), 1)),
            "{kinds:?}"
        );
        assert!(
            !kinds.iter().any(|k| k.0 == EntityKind::Organization),
            "{kinds:?}"
        );
    }

    /// A headline's surname tagged as a place joins the person ("Kasich: ‘…’" over a story about
    /// Gov. John Kasich: PolNeAR train had 22 such, the headline's quotation without a speaker).
    #[test]
    fn a_surname_tagged_as_a_place_joins_the_person() {
        let text = "Kasich: ‘We Are Going To Go All The Way To Cleveland.’\n\nOhio Gov. John \
                    Kasich won his home state on Tuesday and said he would stay in the race until \
                    the convention.";
        let kinds = entity_kinds(text);
        assert!(
            kinds.contains(&(EntityKind::Person, "John Kasich".into(), 2)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&(EntityKind::Location, "Ohio".into(), 1)),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_surname_two_people_share_equally_stays_apart() {
        // PolNeAR dev: the headline's "Trump" went to Ivana Trump, named more often than
        // Donald Trump but after him.
        let text = "Judge rejects request to unseal Trump divorce file.\n\nA judge rejected a \
                    request about Donald Trump's divorce from wife Ivana. Lawyers for Ivana Trump \
                    objected. Ivana Trump said so. The judge agreed with Ivana Trump.";
        let analysis = crate::pipeline::analyze(text);
        let people: Vec<(&str, usize)> = analysis
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert!(people.contains(&("Trump", 1)), "{people:?}");
        assert!(people.contains(&("Donald Trump", 1)), "{people:?}");
        assert!(people.contains(&("Ivana Trump", 4)), "{people:?}");
    }

    /// Every word one edit from a query (a letter left out, added or replaced, anywhere, in
    /// any script) is among the index's candidates, as comparing with each word finds it.
    #[test]
    fn one_edit_index_finds_what_comparing_finds() {
        let words = [
            "Lavrov",
            "Lvrov",
            "Lavrova",
            "Lavrob",
            "Alavrov",
            "avrov",
            "Lavro",
            "Putin",
            "Pútin",
            "Putín",
            "Zelensky",
            "Zelenskyy",
            "Зеленский",
            "Зеленскй",
            "Starmer",
            "Starmr",
            "Stramer",
            "Brazile",
            "Brazille",
            "Dorsey",
            "Dorset",
            "a",
            "",
        ];
        let mut index = OneEdit::new();
        for (k, w) in words.iter().enumerate() {
            index.insert(w, k);
        }
        for query in words.iter().chain(&["Lavrvo", "Putiin", "Zelenskiy", "x"]) {
            let mut found = vec![false; words.len()];
            index.candidates(query, |k| found[k] = true);
            for (k, w) in words.iter().enumerate() {
                if edit_distance(w, query, 1) <= 1 {
                    assert!(found[k], "{query:?} should find {w:?}");
                }
            }
            // And the candidates are few: never "Putin" for "Lavrov".
            let far = words.iter().zip(&found);
            assert!(
                far.filter(|(w, &f)| f && edit_distance(w, query, 2) > 2)
                    .count()
                    == 0
            );
        }
    }

    /// Each variant's hash is the hash of the variant string itself (what makes a word and
    /// the word with a letter added meet).
    #[test]
    fn variant_hashes_are_the_hashes_of_the_variants() {
        let hash = |w: &str| {
            let mut h = None;
            for_each_variant(w, |x| {
                h.get_or_insert(x);
            });
            h.unwrap()
        };
        for word in ["Lavrov", "Pútin", "Зеленский", "a", "", "O’Neill"] {
            let mut got = Vec::new();
            for_each_variant(word, |h| got.push(h));
            let mut want = vec![hash(word)];
            for (i, c) in word.char_indices().rev() {
                let v = format!("{}{}", &word[..i], &word[i + c.len_utf8()..]);
                want.push(hash(&v));
            }
            assert_eq!(got, want, "{word}");
            // And the hash is the polynomial one, not a constant.
            let direct = word.bytes().fold(0u64, |h, b| {
                h.wrapping_mul(0x0100_0000_01b3).wrapping_add(u64::from(b))
            });
            assert_eq!(hash(word), direct);
        }
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("Lavrov", "Lvrov", 1), 1);
        assert_eq!(edit_distance("Lavrov", "Lavrov", 1), 0);
        assert_eq!(edit_distance("Lavrov", "Putin", 1), 2);
    }
}
