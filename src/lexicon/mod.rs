//! Word lists compiled into the product: gazetteers of places, organizations, media and
//! nationalities; first names with p(female); titles; speech verbs; common English words.
//!
//! The generated lists come from ../shared/data/lexicons through `xtask/lexicons.py`; the
//! hand-written ones are edited in place. Licenses: `src/lexicon/NOTICE.md`. Everything is parsed
//! once, on first use.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::tagger::hash::FnvBuild;

/// Maps and sets keyed by the fixed FNV hash: several times cheaper than SipHash on short words,
/// and nothing here needs protection from adversarial keys.
type Map<K, V> = HashMap<K, V, FnvBuild>;
type Set<T> = HashSet<T, FnvBuild>;
use std::sync::OnceLock;

use crate::token::tokenize;

/// What a gazetteer phrase names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GazKind {
    Country,
    State,
    City,
    Nationality,
    Organization,
    /// News media and agencies.
    Media,
}

/// The compiled lexicons. Get the shared instance with [`lexicon`].
pub struct Lexicon {
    /// Phrase (tokens joined by one space, apostrophes straightened) → kinds it may name.
    gazetteer: Map<Cow<'static, str>, Vec<GazKind>>,
    max_phrase_tokens: usize,
    first_names: Map<&'static str, f32>,
    common_words: Set<Cow<'static, str>>,
    speech_verbs: Set<Cow<'static, str>>,
    attribution_cues: Set<Cow<'static, str>>,
    titles: Set<Cow<'static, str>>,
    anonymous: Set<Cow<'static, str>>,
    org_suffixes: Set<Cow<'static, str>>,
}

/// Calls `f` with `word` in lower case (as [`str::to_lowercase`] gives it), without allocating
/// when the word is ASCII and short.
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word);
        }
        let mut buf = [0u8; 32];
        if let Some(buf) = buf.get_mut(..word.len()) {
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            if let Ok(lower) = std::str::from_utf8(buf) {
                return f(lower);
            }
        }
    }
    f(&word.to_lowercase())
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Normalizes a word for lookups: curly apostrophes become straight ones.
pub fn normalize_apostrophes(word: &str) -> std::borrow::Cow<'_, str> {
    if word.contains(['’', '‘', 'ʼ']) {
        word.replace(['’', '‘', 'ʼ'], "'").into()
    } else {
        word.into()
    }
}

/// Parses a probability written with at most two decimals ("0.94", "1", "0.5") without the
/// general float parser, which is slow in wasm and runs 20,000 times at start-up.
fn parse_fraction(s: &str) -> Option<f32> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let whole: u32 = int.parse().ok()?;
    let mut hundredths = 0u32;
    for (i, b) in frac.bytes().take(2).enumerate() {
        if !b.is_ascii_digit() {
            return None;
        }
        hundredths += u32::from(b - b'0') * if i == 0 { 10 } else { 1 };
    }
    Some((whole * 100 + hundredths) as f32 / 100.0)
}

/// True for words of letters and digits separated by single spaces: their own gazetteer key.
fn is_plain(phrase: &str) -> bool {
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

/// The key under which a phrase is stored: its tokens joined by single spaces.
pub fn phrase_key(phrase: &str) -> String {
    // Fast path (most entries, and a quarter of the lexicon's load time): words of letters and
    // digits separated by single spaces are their own key.
    if is_plain(phrase) {
        return phrase.to_string();
    }
    let tokens = tokenize(phrase);
    let mut key = String::with_capacity(phrase.len());
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        key.push_str(&normalize_apostrophes(t.text(phrase)));
    }
    key
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut gazetteer: Map<Cow<'static, str>, Vec<GazKind>> =
            Map::with_capacity_and_hasher(12_000, FnvBuild::default());
        let mut max_phrase_tokens = 1;
        let mut add = |phrase: Cow<'static, str>, kind: GazKind| {
            // Entries are compiled in: most are their own key and need no copy.
            let key = match phrase {
                Cow::Borrowed(p) if is_plain(p) => Cow::Borrowed(p),
                p => Cow::Owned(phrase_key(&p)),
            };
            if key.is_empty() {
                return;
            }
            max_phrase_tokens = max_phrase_tokens.max(key.split(' ').count());
            let kinds = gazetteer.entry(key).or_default();
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        };
        for line in lines(include_str!("data/places.tsv")) {
            let mut cols = line.split('\t');
            let (Some(name), Some(kind)) = (cols.next(), cols.next()) else {
                continue;
            };
            let kind = match kind {
                "country" => GazKind::Country,
                "state" => GazKind::State,
                _ => GazKind::City,
            };
            add(Cow::Borrowed(name), kind);
        }
        for name in lines(include_str!("data/nationalities.txt")) {
            add(Cow::Borrowed(name), GazKind::Nationality);
            // Plural group nouns: "North Koreans", "Israelis".
            if !name.ends_with(['s', 'h']) && !name.ends_with("ese") {
                add(Cow::Owned(format!("{name}s")), GazKind::Nationality);
            }
        }
        for name in lines(include_str!("data/organizations.txt"))
            .chain(lines(include_str!("data/international.txt")))
        {
            add(Cow::Borrowed(name), GazKind::Organization);
        }
        for name in lines(include_str!("data/media.txt")) {
            add(Cow::Borrowed(name), GazKind::Media);
        }
        let first_names = lines(include_str!("data/first_names.tsv"))
            .filter_map(|l| {
                let (name, p) = l.split_once('\t')?;
                Some((name, parse_fraction(p)?))
            })
            .collect();
        let set = |data: &'static str| {
            lines(data)
                .map(Cow::Borrowed)
                .collect::<Set<Cow<'static, str>>>()
        };
        Lexicon {
            gazetteer,
            max_phrase_tokens,
            first_names,
            common_words: set(include_str!("data/common_words.txt")),
            speech_verbs: lines(include_str!("data/speech_verbs.txt"))
                .chain(lines(include_str!("data/speech_verbs_extra.txt")))
                .flat_map(|v| inflect(&v.to_lowercase()))
                .map(Cow::Owned)
                .collect(),
            attribution_cues: lines(include_str!("data/attribution_cues.txt"))
                .flat_map(|v| inflect(&v.to_lowercase()))
                .map(Cow::Owned)
                .collect(),
            titles: set(include_str!("data/titles.txt")),
            anonymous: set(include_str!("data/anonymous.txt")),
            org_suffixes: lines(include_str!("data/org_suffixes.txt"))
                .map(|s| Cow::Borrowed(s.trim_end_matches('.')))
                .collect(),
        }
    }

    /// Kinds the exact phrase (a gazetteer key, see [`phrase_key`]) may name.
    pub fn gazetteer(&self, key: &str) -> &[GazKind] {
        self.gazetteer.get(key).map_or(&[], Vec::as_slice)
    }

    /// The longest gazetteer phrase, in tokens.
    pub fn max_phrase_tokens(&self) -> usize {
        self.max_phrase_tokens
    }

    /// p(female) for a first name (any case), if it is a known first name.
    pub fn first_name_p_female(&self, name: &str) -> Option<f32> {
        with_lower(name, |n| self.first_names.get(n).copied())
    }

    /// True for a common lower-case English word (any case given).
    pub fn is_common_word(&self, word: &str) -> bool {
        with_lower(word, |w| self.common_words.contains(w))
    }

    /// True for an inflected speech or reporting verb ("said", "tells", "according").
    pub fn is_speech_verb(&self, word: &str) -> bool {
        with_lower(word, |w| self.speech_verbs.contains(w))
    }

    /// True for an inflected cue of attributed stance that is no speech verb: a belief, an
    /// intention, a judgement or a finding ("believes", "wants", "accused", "shows").
    pub fn is_attribution_cue(&self, word: &str) -> bool {
        with_lower(word, |w| self.attribution_cues.contains(w))
    }

    /// True for a title or role word or phrase, lower case ("minister", "foreign minister").
    pub fn is_title(&self, phrase: &str) -> bool {
        with_lower(phrase, |p| self.titles.contains(p))
    }

    /// True for a head noun of an unnamed source ("official", "sources").
    pub fn is_anonymous_noun(&self, word: &str) -> bool {
        with_lower(word, |w| self.anonymous.contains(w))
    }

    /// True for a company legal-form suffix ("Inc", "Ltd", "GmbH"), with or without its period.
    pub fn is_org_suffix(&self, word: &str) -> bool {
        with_lower(word.trim_end_matches('.'), |w| {
            self.org_suffixes.contains(w)
        })
    }
}

/// A verb and its regular inflections: `ask` → ask, asks, asked, asking. Entries that are
/// already inflected gain a few harmless non-words.
fn inflect(verb: &str) -> Vec<String> {
    const IRREGULAR: &[(&str, &[&str])] = &[
        ("say", &["said", "saying", "says"]),
        ("tell", &["told", "telling", "tells"]),
        ("write", &["wrote", "written", "writing", "writes"]),
        ("think", &["thought", "thinking", "thinks"]),
        ("speak", &["spoke", "spoken", "speaking", "speaks"]),
        ("read", &["reads", "reading"]),
        ("sing", &["sang", "sung", "singing", "sings"]),
        ("rip", &["ripped", "ripping", "rips"]),
        ("slam", &["slammed", "slamming", "slams"]),
        ("quip", &["quipped", "quipping", "quips"]),
        ("brag", &["bragged", "bragging", "brags"]),
        ("admit", &["admitted", "admitting", "admits"]),
        ("regret", &["regretted", "regretting", "regrets"]),
        ("omit", &["omitted", "omitting", "omits"]),
        ("refer", &["referred", "referring", "refers"]),
        ("swear", &["swore", "sworn", "swearing", "swears"]),
        ("rebut", &["rebutted", "rebutting", "rebuts"]),
        ("find", &["found", "finding", "finds"]),
        ("feel", &["felt", "feeling", "feels"]),
        (
            "understand",
            &["understood", "understanding", "understands"],
        ),
        ("forecast", &["forecasts", "forecasting", "forecasted"]),
        ("seek", &["sought", "seeking", "seeks"]),
        ("plan", &["planned", "planning", "plans"]),
    ];
    let mut out = vec![verb.to_string()];
    if let Some((_, forms)) = IRREGULAR.iter().find(|(v, _)| *v == verb) {
        out.extend(forms.iter().map(|f| f.to_string()));
        return out;
    }
    if verb.ends_with("ed")
        || verb.ends_with("ing")
        || !verb.chars().all(|c| c.is_ascii_lowercase())
    {
        return out;
    }
    let consonant_y = verb.ends_with('y')
        && !verb.ends_with("ay")
        && !verb.ends_with("ey")
        && !verb.ends_with("oy");
    let stem = &verb[..verb.len() - 1];
    out.push(
        if verb.ends_with(['s', 'x', 'z']) || verb.ends_with("sh") || verb.ends_with("ch") {
            format!("{verb}es")
        } else if consonant_y {
            format!("{stem}ies")
        } else {
            format!("{verb}s")
        },
    );
    out.push(if verb.ends_with('e') {
        format!("{verb}d")
    } else if consonant_y {
        format!("{stem}ied")
    } else {
        format!("{verb}ed")
    });
    out.push(if verb.ends_with('e') && !verb.ends_with("ee") {
        format!("{stem}ing")
    } else {
        format!("{verb}ing")
    });
    out
}

/// The shared lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_seed_article_names() {
        let lex = lexicon();
        assert!(lex.gazetteer("Pyongyang").contains(&GazKind::City));
        assert!(lex.gazetteer("North Korea").contains(&GazKind::Country));
        assert!(lex
            .gazetteer("North Koreans")
            .contains(&GazKind::Nationality));
        assert!(lex.gazetteer("Russian").contains(&GazKind::Nationality));
        assert!(lex.gazetteer("TASS").contains(&GazKind::Media));
        assert!(lex
            .gazetteer(&phrase_key("Korean People’s Army"))
            .contains(&GazKind::Organization));
        assert!(lex.first_name_p_female("Sergey").is_some_and(|p| p < 0.1));
        assert!(lex.first_name_p_female("Maria").is_some_and(|p| p > 0.9));
        assert!(
            lex.is_speech_verb("said")
                && lex.is_speech_verb("noted")
                && lex.is_speech_verb("added")
        );
        assert!(
            lex.is_speech_verb("asked")
                && lex.is_speech_verb("recalled")
                && lex.is_speech_verb("insisting")
                && lex.is_speech_verb("denies")
        );
        assert!(lex.is_title("foreign minister"));
        assert!(lex.is_common_word("The") && !lex.is_common_word("Lavrov"));
        assert!(lex.is_org_suffix("Inc.") && lex.is_org_suffix("GmbH"));
    }
}
