//! Word lists compiled into the product: gazetteers of places, organizations, media and
//! nationalities; first names with p(female); titles; speech verbs; common English words.
//!
//! The generated lists come from ../shared/data/lexicons through `xtask/lexicons.py`; the
//! hand-written ones are edited in place. Licenses: `src/lexicon/NOTICE.md`. The large lists (first
//! names, common words, gazetteer names that are their own key) are compiled into tables by
//! `build.rs` and cost nothing at start-up; the small ones are parsed once, on first use.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

mod list_syntax;

use list_syntax::{is_plain, lines};

use crate::static_map::StaticMap;
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

impl GazKind {
    /// Every kind, in the order of their bits in [`GazKinds`].
    pub const ALL: [GazKind; 6] = [
        GazKind::Country,
        GazKind::State,
        GazKind::City,
        GazKind::Nationality,
        GazKind::Organization,
        GazKind::Media,
    ];

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The kinds a gazetteer phrase may name (a set of [`GazKind`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GazKinds(u8);

impl GazKinds {
    /// True when the phrase is in no list.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when the phrase may name a `kind`.
    pub fn contains(self, kind: GazKind) -> bool {
        self.0 & kind.bit() != 0
    }

    /// The kinds, in [`GazKind::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = GazKind> {
        GazKind::ALL.into_iter().filter(move |k| self.contains(*k))
    }

    /// The first kind in [`GazKind::ALL`] order: places before nationalities before organizations.
    pub fn first(self) -> Option<GazKind> {
        self.iter().next()
    }
}

/// The compiled lexicons. Get the shared instance with [`lexicon`].
pub struct Lexicon {
    /// Gazetteer names that are not their own key ("Korean People’s Army"), under their key
    /// (tokens joined by one space, apostrophes straightened) → kind bits.
    gazetteer_other: Map<String, u8>,
    max_phrase_tokens: usize,
    speech_verbs: Set<Cow<'static, str>>,
    attribution_cues: Set<Cow<'static, str>>,
    stance_adjectives: Set<Cow<'static, str>>,
    /// A bit per [`cue_filter_bit`] of every ASCII speech verb and attribution cue: most words
    /// of a text are neither, and this answers for them without a set lookup.
    cue_filter: Box<[u64; CUE_FILTER_WORDS]>,
    titles: Set<Cow<'static, str>>,
    anonymous: Set<Cow<'static, str>>,
    org_suffixes: Set<Cow<'static, str>>,
}

/// Gazetteer names that are their own key → kind bits, compiled by `build.rs` from the place,
/// nationality, organization and media lists.
static GAZETTEER: StaticMap =
    StaticMap::new(include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin")));

/// The most words in one of [`GAZETTEER`]'s names.
static GAZETTEER_MAX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer_max.bin"));

/// The other gazetteer names: `name\tbits` lines, made by `build.rs`.
static GAZETTEER_OTHER: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer_other.tsv"));

/// First name (lower case) → p(female) in hundredths, compiled by `build.rs` from
/// `data/first_names.tsv`.
static FIRST_NAMES: StaticMap =
    StaticMap::new(include_bytes!(concat!(env!("OUT_DIR"), "/first_names.bin")));

/// Common English words (lower case), compiled by `build.rs` from `data/common_words.txt`.
static COMMON_WORDS: StaticMap = StaticMap::new(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/common_words.bin"
)));

/// Size of [`Lexicon`]'s cue filter in 64-bit words: 2^16 bits, 8 KB, for some 3,000 cue words
/// (one word in twenty passes it by chance).
const CUE_FILTER_WORDS: usize = 1 << 10;

/// The filter bit of an ASCII word, any case: the FNV-1a hash of its lower-case bytes, folded.
fn cue_filter_bit(word: &str) -> usize {
    let h = word
        .bytes()
        .fold(crate::tagger::hash::Fnv::empty(), |h, b| {
            h.byte(b.to_ascii_lowercase())
        })
        .finish();
    (h ^ (h >> 32)) as usize & (CUE_FILTER_WORDS * 64 - 1)
}

/// A speech or reporting verb ([`Lexicon::is_speech_verb`]), a bit of [`Lexicon::cue_class`].
pub const SPEECH_VERB: u8 = 1;
/// A cue of attributed stance ([`Lexicon::is_attribution_cue`]), a bit of
/// [`Lexicon::cue_class`].
pub const ATTRIBUTION_CUE: u8 = 2;

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

/// Normalizes a word for lookups: curly apostrophes become straight ones.
pub fn normalize_apostrophes(word: &str) -> std::borrow::Cow<'_, str> {
    if word.contains(['’', '‘', 'ʼ']) {
        word.replace(['’', '‘', 'ʼ'], "'").into()
    } else {
        word.into()
    }
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
        let mut gazetteer_other: Map<String, u8> = Map::default();
        let mut max_phrase_tokens = usize::from(GAZETTEER_MAX.first().copied().unwrap_or(1));
        for line in GAZETTEER_OTHER.lines() {
            let Some((name, bits)) = line.split_once('\t') else {
                continue;
            };
            let key = phrase_key(name);
            if key.is_empty() {
                continue;
            }
            max_phrase_tokens = max_phrase_tokens.max(key.split(' ').count());
            *gazetteer_other.entry(key).or_default() |= bits.parse::<u8>().unwrap_or(0);
        }
        let set = |data: &'static str| {
            lines(data)
                .map(Cow::Borrowed)
                .collect::<Set<Cow<'static, str>>>()
        };
        let speech_verbs: Set<Cow<'static, str>> = lines(include_str!("data/speech_verbs.txt"))
            .chain(lines(include_str!("data/speech_verbs_extra.txt")))
            .flat_map(|v| inflect(&v.to_lowercase()))
            .map(Cow::Owned)
            .collect();
        let stance_adjectives = set(include_str!("data/stance_adjectives.txt"));
        let attribution_cues: Set<Cow<'static, str>> =
            lines(include_str!("data/attribution_cues.txt"))
                .flat_map(|v| inflect(&v.to_lowercase()))
                .map(Cow::Owned)
                .chain(stance_adjectives.iter().cloned())
                .collect();
        let mut cue_filter = Box::new([0u64; CUE_FILTER_WORDS]);
        for w in speech_verbs.iter().chain(&attribution_cues) {
            let bit = cue_filter_bit(w);
            cue_filter[bit / 64] |= 1 << (bit % 64);
        }
        Lexicon {
            gazetteer_other,
            max_phrase_tokens,
            speech_verbs,
            attribution_cues,
            stance_adjectives,
            cue_filter,
            titles: set(include_str!("data/titles.txt")),
            anonymous: set(include_str!("data/anonymous.txt")),
            org_suffixes: lines(include_str!("data/org_suffixes.txt"))
                .map(|s| Cow::Borrowed(s.trim_end_matches('.')))
                .collect(),
        }
    }

    /// Kinds the exact phrase (a gazetteer key, see [`phrase_key`]) may name.
    pub fn gazetteer(&self, key: &str) -> GazKinds {
        let plain = GAZETTEER.get(key).unwrap_or(0) as u8;
        let other = self.gazetteer_other.get(key).copied().unwrap_or(0);
        GazKinds(plain | other)
    }

    /// The longest gazetteer phrase, in tokens.
    pub fn max_phrase_tokens(&self) -> usize {
        self.max_phrase_tokens
    }

    /// p(female) for a first name (any case), if it is a known first name.
    pub fn first_name_p_female(&self, name: &str) -> Option<f32> {
        with_lower(name, |n| FIRST_NAMES.get(n)).map(|p| f32::from(p) / 100.0)
    }

    /// True for a common lower-case English word (any case given).
    pub fn is_common_word(&self, word: &str) -> bool {
        with_lower(word, |w| COMMON_WORDS.get(w).is_some())
    }

    /// True for an inflected speech or reporting verb ("said", "tells", "according").
    pub fn is_speech_verb(&self, word: &str) -> bool {
        with_lower(word, |w| self.speech_verbs.contains(w))
    }

    /// [`SPEECH_VERB`] and [`ATTRIBUTION_CUE`] bits of a word, any case: both lookups at once,
    /// and for most words none, through a filter.
    pub fn cue_class(&self, word: &str) -> u8 {
        if word.is_ascii() {
            let bit = cue_filter_bit(word);
            if self.cue_filter[bit / 64] & (1 << (bit % 64)) == 0 {
                return 0;
            }
        }
        with_lower(word, |w| {
            (u8::from(self.speech_verbs.contains(w)) * SPEECH_VERB)
                | (u8::from(self.attribution_cues.contains(w)) * ATTRIBUTION_CUE)
        })
    }

    /// True for an inflected cue of attributed stance that is no speech verb: a belief, an
    /// intention, a judgement or a finding ("believes", "wants", "accused", "shows").
    pub fn is_attribution_cue(&self, word: &str) -> bool {
        with_lower(word, |w| self.attribution_cues.contains(w))
    }

    /// True for an adjective of attributed stance ("confident", "eager", "concerned"), any
    /// case: an attribution cue that needs a complement after it ("that", "to", "about").
    pub fn is_stance_adjective(&self, word: &str) -> bool {
        with_lower(word, |w| self.stance_adjectives.contains(w))
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
        ("see", &["saw", "seen", "seeing", "sees"]),
        (
            "foresee",
            &["foresaw", "foreseen", "foreseeing", "foresees"],
        ),
        ("show", &["showed", "shown", "showing", "shows"]),
        ("spar", &["sparred", "sparring", "spars"]),
        ("shrug", &["shrugged", "shrugging", "shrugs"]),
        ("dub", &["dubbed", "dubbing", "dubs"]),
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

/// The US states and the District of Columbia: name, AP style abbreviation (none for the
/// states AP spells out) and postal code, for reading a lawmaker's tag ("(D-Mo.)", "(R-TX)").
/// Hand-written for article-analyzer (MIT).
const US_STATES: &[(&str, &str, &str)] = &[
    ("Alabama", "Ala.", "AL"),
    ("Alaska", "", "AK"),
    ("Arizona", "Ariz.", "AZ"),
    ("Arkansas", "Ark.", "AR"),
    ("California", "Calif.", "CA"),
    ("Colorado", "Colo.", "CO"),
    ("Connecticut", "Conn.", "CT"),
    ("Delaware", "Del.", "DE"),
    ("District of Columbia", "D.C.", "DC"),
    ("Florida", "Fla.", "FL"),
    ("Georgia", "Ga.", "GA"),
    ("Hawaii", "", "HI"),
    ("Idaho", "", "ID"),
    ("Illinois", "Ill.", "IL"),
    ("Indiana", "Ind.", "IN"),
    ("Iowa", "", "IA"),
    ("Kansas", "Kan.", "KS"),
    ("Kentucky", "Ky.", "KY"),
    ("Louisiana", "La.", "LA"),
    ("Maine", "", "ME"),
    ("Maryland", "Md.", "MD"),
    ("Massachusetts", "Mass.", "MA"),
    ("Michigan", "Mich.", "MI"),
    ("Minnesota", "Minn.", "MN"),
    ("Mississippi", "Miss.", "MS"),
    ("Missouri", "Mo.", "MO"),
    ("Montana", "Mont.", "MT"),
    ("Nebraska", "Neb.", "NE"),
    ("Nevada", "Nev.", "NV"),
    ("New Hampshire", "N.H.", "NH"),
    ("New Jersey", "N.J.", "NJ"),
    ("New Mexico", "N.M.", "NM"),
    ("New York", "N.Y.", "NY"),
    ("North Carolina", "N.C.", "NC"),
    ("North Dakota", "N.D.", "ND"),
    ("Ohio", "", "OH"),
    ("Oklahoma", "Okla.", "OK"),
    ("Oregon", "Ore.", "OR"),
    ("Pennsylvania", "Pa.", "PA"),
    ("Rhode Island", "R.I.", "RI"),
    ("South Carolina", "S.C.", "SC"),
    ("South Dakota", "S.D.", "SD"),
    ("Tennessee", "Tenn.", "TN"),
    ("Texas", "Tex.", "TX"),
    ("Utah", "", "UT"),
    ("Vermont", "Vt.", "VT"),
    ("Virginia", "Va.", "VA"),
    ("Washington", "Wash.", "WA"),
    ("West Virginia", "W.Va.", "WV"),
    ("Wisconsin", "Wis.", "WI"),
    ("Wyoming", "Wyo.", "WY"),
];

/// The US state that a name ("Missouri"), an AP abbreviation ("Mo.") or a postal code ("MO")
/// names, as its name; `None` for anything else.
pub fn us_state(word: &str) -> Option<&'static str> {
    US_STATES
        .iter()
        .find(|(name, ap, postal)| {
            *name == word || (!ap.is_empty() && *ap == word) || *postal == word
        })
        .map(|(name, _, _)| *name)
}

/// The length in bytes of the US state's name or AP abbreviation that `s` starts with
/// ("Oklahoma, arguing …" → 8, "N.C. …" → 4), the longest that ends at a word's end; `None`
/// when none does. Postal codes ("OK", "IN", "ME") are left out: as words they are too often
/// something else.
pub fn us_state_prefix(s: &str) -> Option<usize> {
    US_STATES
        .iter()
        .flat_map(|(name, ap, _)| [*name, *ap])
        .filter(|w| !w.is_empty() && s.starts_with(w))
        .map(str::len)
        .filter(|&n| !s[n..].starts_with(|c: char| c.is_alphanumeric() || c == '-'))
        .max()
}

/// Kinds of work whose title news sets in quotation marks after them ("the ballad “Yesterday”",
/// "the film “Heat”", "his “Keepin' It Real” radio program"), lower case: a title in marks
/// beside one is no one's speech, and its words are one name.
pub const WORK_NOUNS: &[&str] = &[
    "show",
    "program",
    "programme",
    "book",
    "song",
    "film",
    "movie",
    "album",
    "series",
    "anthem",
    "memoir",
    "novel",
    "documentary",
    "podcast",
    "column",
    "essay",
    "poem",
    "radio",
    "ballad",
    "standard",
    "hit",
    "single",
    "tune",
    "hymn",
    "play",
    "musical",
    "opera",
    "sitcom",
    "drama",
    "miniseries",
    "episode",
    "painting",
    "exhibition",
];

/// British and Irish parties as news names them before "MP" ("Labour MP", "Tory MPs", "Lib Dem
/// leader"): organizations, never people (the tagger sometimes calls "Labour MP" or "Lib Dem" a
/// person).
pub const UK_PARTIES: &[&str] = &[
    "Labour",
    "Tory",
    "Conservative",
    "Lib Dem",
    "Liberal Democrat",
    "SNP",
    "Green",
    "Reform",
    "Reform UK",
    "DUP",
    "Plaid",
    "Plaid Cymru",
    "Sinn Fein",
    "Alliance",
    "Independent",
];

/// True for a party's word written before a title or source noun: capitalized ("Labour MP",
/// "the Democratic senator", "a GOP lawmaker", "The Liberal Democrat MP"), or "independent" in
/// any case.
pub fn is_party_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("independent")
        || word.starts_with(char::is_uppercase)
            && (party(&word.to_ascii_lowercase()).is_some()
                || UK_PARTIES.contains(&word)
                || word == "Liberal")
}

/// The US party a lower-case word names, as one canonical word ("gop" → "republican",
/// "democrat" → "democratic"), for telling "the Republican nominee" from "the Democratic
/// nominee".
pub fn party(word: &str) -> Option<&'static str> {
    match word {
        "republican" | "gop" => Some("republican"),
        "democratic" | "democrat" => Some("democratic"),
        "libertarian" => Some("libertarian"),
        "green" => Some("green"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The filter in front of `cue_class` never hides a cue word, in any case, and the class
    /// agrees with the two lookups on the cue words and on every common word.
    #[test]
    fn cue_class_agrees_with_the_lexicons() {
        let lex = lexicon();
        let class = |w: &str| {
            (u8::from(lex.is_speech_verb(w)) * SPEECH_VERB)
                | (u8::from(lex.is_attribution_cue(w)) * ATTRIBUTION_CUE)
        };
        let words: Vec<String> = lex
            .speech_verbs
            .iter()
            .chain(&lex.attribution_cues)
            .map(|w| w.to_string())
            .chain(lines(include_str!("data/common_words.txt")).map(str::to_string))
            .collect();
        let mut cues = 0;
        for w in &words {
            for form in [w.clone(), w.to_uppercase(), capitalize(w)] {
                assert_eq!(lex.cue_class(&form), class(&form), "{form}");
            }
            cues += usize::from(class(w) != 0);
        }
        assert!(cues > 2000, "{cues} cue words");
        assert_eq!(lex.cue_class("Said"), SPEECH_VERB);
        assert_ne!(lex.cue_class("Believes") & ATTRIBUTION_CUE, 0);
        assert_eq!(lex.cue_class("table"), 0);
    }

    /// Irregular and consonant-doubling verbs of the stance list have their real forms, not
    /// regular ones ("saw", "shown", "sparred"; not "spared").
    #[test]
    fn stance_verbs_inflect_irregularly() {
        let lex = lexicon();
        for form in [
            "saw", "seen", "shown", "foresaw", "sparred", "shrugged", "dubbed", "knew",
        ] {
            assert!(lex.is_attribution_cue(form), "{form}");
        }
        for wrong in ["seed", "spared", "shruged", "dubed"] {
            assert!(!lex.is_attribution_cue(wrong), "{wrong}");
        }
    }

    fn capitalize(w: &str) -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    #[test]
    fn finds_seed_article_names() {
        let lex = lexicon();
        assert!(lex.gazetteer("Pyongyang").contains(GazKind::City));
        assert!(lex.gazetteer("North Korea").contains(GazKind::Country));
        assert!(lex
            .gazetteer("North Koreans")
            .contains(GazKind::Nationality));
        assert!(lex.gazetteer("Russian").contains(GazKind::Nationality));
        assert!(lex.gazetteer("TASS").contains(GazKind::Media));
        assert!(lex
            .gazetteer(&phrase_key("Korean People’s Army"))
            .contains(GazKind::Organization));
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

    #[test]
    fn compiled_tables_hold_every_listed_word() {
        let lex = lexicon();
        let mut names = std::collections::HashMap::new();
        for l in lines(include_str!("data/first_names.tsv")) {
            let (name, p) = l.split_once('\t').unwrap();
            names.insert(name, p.parse::<f32>().unwrap());
        }
        for (name, p) in &names {
            let got = lex.first_name_p_female(name).unwrap();
            assert!((got - p).abs() < 0.006, "{name}: {got} for {p}");
        }
        assert_eq!(FIRST_NAMES.len(), names.len());
        let words: HashSet<&str> = lines(include_str!("data/common_words.txt")).collect();
        assert!(words.iter().all(|w| lex.is_common_word(w)));
        assert_eq!(COMMON_WORDS.len(), words.len());
        assert!(!lex.is_common_word("zzzqqq") && lex.first_name_p_female("zzzqqq").is_none());
    }

    #[test]
    fn gazetteer_holds_every_listed_name_with_its_kind() {
        let lex = lexicon();
        let mut checked = 0;
        let mut check = |name: &str, kind: GazKind| {
            let key = phrase_key(name);
            if !key.is_empty() {
                assert!(lex.gazetteer(&key).contains(kind), "{name}: {kind:?}");
                assert!(key.split(' ').count() <= lex.max_phrase_tokens());
                checked += 1;
            }
        };
        for line in lines(include_str!("data/places.tsv")) {
            let (name, kind) = line.split_once('\t').unwrap();
            let kind = match kind {
                "country" => GazKind::Country,
                "state" => GazKind::State,
                _ => GazKind::City,
            };
            check(name, kind);
        }
        for name in lines(include_str!("data/nationalities.txt")) {
            check(name, GazKind::Nationality);
        }
        for name in lines(include_str!("data/organizations.txt")) {
            check(name, GazKind::Organization);
        }
        for name in lines(include_str!("data/media.txt")) {
            check(name, GazKind::Media);
        }
        assert!(checked > 9_000, "{checked}");
        assert!(lex.gazetteer("Nowhere Special").is_empty());
    }
}
