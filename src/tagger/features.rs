//! Feature extraction: hashed features for every token of a sentence.
//!
//! Each feature is a template number plus string parts, hashed with [`Fnv`] straight into a
//! bucket, so extraction allocates per token (its lower-case form and shapes), never per feature.
//! Templates: the lower-case word at offsets −2…+2 and the exact word; word shapes (`Xxxx`,
//! `XX`, `dd-dd`…) at −1…+1 and the shape trigram; prefixes and suffixes up to 4;
//! capitalization, digits, hyphens, periods, sentence-initial, all-caps-sentence (headline) and
//! results-table flags (the casing ones also at ±1); word bigrams; GloVe clusters (the token's
//! fine and coarse ones, the neighbours' coarse ones, fine and middle ones with the casing);
//! gazetteer phrase matches as kind × BILOU position at −1…+1; first names, common words, titles
//! and company suffixes; and document features: whether the capitalized word also occurs in lower
//! case, whether an all-caps or sentence-initial word also occurs capitalized mid-sentence, and
//! (see `doc.rs`) the type the tagger gave the same word elsewhere in the document.
//!
//! Each template was kept because removing it cost CoNLL dev F1; shape bigrams, word-shape pairs,
//! far shapes, the neighbours' other flags and finer clusters were dropped (together +0.01 F1, a
//! third fewer features per token: measured with `article-analyzer train ner`).

use std::collections::HashSet;

use super::cluster::{clusters, ClusterIds};
use super::hash::{const_str_part, str_part, FnvBuild, Key};
use crate::lexicon::lexicon;
use crate::token::{Token, TokenKind};

/// Bump whenever the features (or their hashing) change: old model files then fail to load.
pub(crate) const FEATURE_SET_VERSION: u16 = 7;

const F_INITCAP: u32 = 1 << 0;
const F_ALLCAPS: u32 = 1 << 1;
const F_HASDIGIT: u32 = 1 << 2;
const F_HYPHEN: u32 = 1 << 3;
const F_PERIOD: u32 = 1 << 4;
const F_FIRST: u32 = 1 << 5;
const F_HEADLINE: u32 = 1 << 6;
const F_FIRSTNAME: u32 = 1 << 7;
const F_COMMON: u32 = 1 << 8;
const F_TITLE: u32 = 1 << 9;
const F_ORGSUF: u32 = 1 << 10;
const F_LOWER_SEEN: u32 = 1 << 11;
const F_CAPMID_SEEN: u32 = 1 << 12;
const F_LINE_START: u32 = 1 << 13;
const F_NO_CLUSTER: u32 = 1 << 14;
const F_SPACE_BEFORE: u32 = 1 << 15;
const F_TABLE: u32 = 1 << 16;
const NUM_FLAGS: u32 = 17;

/// Lower-case words that occur inside gazetteer phrases ("Bosnia and Herzegovina").
const PHRASE_CONNECTORS: &[&str] = &[
    "of", "and", "the", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la",
    "le", "les", "el", "al", "von", "van", "der", "den", "y", "e", "for", "on", "upon", "in", "am",
    "an", "sur", "'s", "s", "und", "et", "i", "na",
];

/// The words without a capital letter or a digit that may be part of a name ("of", "de", "van",
/// "&"): those seen inside a name in the training data, kept in the model file.
///
/// A token without a capital letter or a digit is *closed* unless it is one of these words and
/// a neighbour in its sentence has a capital letter or a digit ("Bank of England", "Bosnia and
/// Herzegovina", "Washington , D.C."). The tagger never puts a closed token in a name, extracts no
/// features for it and scores only `O`. Closed tokens ("said", "the minister", most commas) are
/// most of a news text, and features and scores are where the tagger spends its time.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct NameWords {
    /// Sorted, without duplicates.
    words: Vec<String>,
    /// [`str_part`] hashes of `words`.
    hashes: HashSet<u64, FnvBuild>,
}

impl NameWords {
    /// The set of `words` (lower case, as [`lower_into`] writes them).
    pub(crate) fn new(words: impl IntoIterator<Item = String>) -> NameWords {
        let mut words: Vec<String> = words.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        let hashes = words.iter().map(|w| str_part(w)).collect();
        NameWords { words, hashes }
    }

    /// The words, sorted.
    pub(crate) fn words(&self) -> &[String] {
        &self.words
    }

    /// Whether the token with lower-case form hash `h_lower` is closed, given whether it and its
    /// neighbours in the sentence (false at the sentence's edges) have a capital or a digit.
    #[inline]
    pub(crate) fn closed(&self, capdig: [bool; 3], h_lower: u64) -> bool {
        !(capdig[1] || ((capdig[0] || capdig[2]) && self.hashes.contains(&h_lower)))
    }

    /// Which tokens of a sentence are closed; `words` are the tokens' texts, [`normalize`]d.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by the trainer and tests
    pub(crate) fn closed_tokens(&self, words: &[&str]) -> Vec<bool> {
        let capdig: Vec<bool> = words.iter().map(|w| has_capital_or_digit(w)).collect();
        let mut lower = String::new();
        (0..words.len())
            .map(|i| {
                lower_into(words[i], &mut lower);
                let at = |j: Option<usize>| j.and_then(|j| capdig.get(j)).copied().unwrap_or(false);
                self.closed(
                    [at(i.checked_sub(1)), capdig[i], at(Some(i + 1))],
                    str_part(&lower),
                )
            })
            .collect()
    }
}

/// Whether `word` has a capital letter or a digit: such a token is never closed.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by the trainer and tests
pub(crate) fn has_capital_or_digit(word: &str) -> bool {
    casing(word).2 || word.bytes().any(|b| b.is_ascii_digit())
}

/// What the extractor knows about one token.
pub(crate) struct TokenInfo<'t> {
    /// The token's text, [`normalize`]d.
    pub(crate) word: std::borrow::Cow<'t, str>,
    /// Lower case, straight apostrophes.
    pub(crate) lower: String,
    shape: String,
    short_shape: String,
    /// [`str_part`] hashes of `lower`, `word`, `shape` and `short_shape`.
    h_lower: u64,
    h_word: u64,
    h_shape: u64,
    h_short: u64,
    /// Hashes of the lower-case prefixes and suffixes of 1…4 characters (`affixes` of them).
    prefix: [u64; 4],
    suffix: [u64; 4],
    affixes: usize,
    pub(crate) flags: u32,
    clusters: Option<ClusterIds>,
    /// Bit `kind * 4 + position` (B, I, L, U) for each gazetteer phrase covering the token.
    gaz: u32,
    /// Never part of a name (see [`NameWords`]): the token has no features of its own.
    pub(crate) closed: bool,
}

impl TokenInfo<'_> {
    pub(crate) fn is_capitalized(&self) -> bool {
        self.flags & (F_INITCAP | F_ALLCAPS) != 0
    }
}

/// The form features see: curly quotes, guillemets, dashes and ellipses become the ASCII forms
/// of newswire copy (`"`, `'`, `--`, `...`), as in the training data.
pub(crate) fn normalize(word: &str) -> std::borrow::Cow<'_, str> {
    let plain = |c: char| {
        c.is_ascii()
            || !matches!(
                c,
                '“' | '”'
                    | '„'
                    | '‟'
                    | '«'
                    | '»'
                    | '＂'
                    | '‘'
                    | '’'
                    | '‚'
                    | '‛'
                    | 'ʼ'
                    | '‹'
                    | '›'
                    | '—'
                    | '–'
                    | '…'
            )
    };
    if word.is_ascii() || word.chars().all(plain) {
        return word.into();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '“' | '”' | '„' | '‟' | '«' | '»' | '＂' => out.push('"'),
            '‘' | '’' | '‚' | '‛' | 'ʼ' | '‹' | '›' => out.push('\''),
            '—' | '–' => out.push_str("--"),
            '…' => out.push_str("..."),
            c => out.push(c),
        }
    }
    out.into()
}

/// Lower-cases `word` and straightens its apostrophes.
#[cfg(test)]
pub(crate) fn lower(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    lower_into(word, &mut out);
    out
}

/// [`lower`] into `out` (cleared first), without allocating when `out` is large enough.
pub(crate) fn lower_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if matches!(c, '’' | '‘' | 'ʼ') {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
fn shapes(word: &str) -> (String, String) {
    let mut long = String::new();
    let mut short = String::new();
    shapes_into(word, &mut long, &mut short);
    (long, short)
}

/// The word shape (`Xxxx-xx`, at most 12 characters) and its short form without repeats
/// (`Xx-x`), into `long` and `short` (cleared first).
fn shapes_into(word: &str, long: &mut String, short: &mut String) {
    long.clear();
    short.clear();
    if word.is_ascii() {
        let mut last = 0u8;
        for (n, b) in word.bytes().enumerate() {
            let s = match b {
                b'A'..=b'Z' => b'X',
                b'a'..=b'z' => b'x',
                b'0'..=b'9' => b'd',
                b => b,
            };
            if n < 12 {
                long.push(char::from(s));
            }
            if n == 0 || s != last {
                short.push(char::from(s));
                last = s;
            }
        }
        return;
    }
    for (n, c) in word.chars().enumerate() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if n < 12 {
            long.push(s);
        }
        if !short.ends_with(s) {
            short.push(s);
        }
    }
}

/// Document-wide state: which word forms occur where, and what the tagger said so far.
pub(crate) struct DocContext<'t> {
    lower_seen: HashSet<&'t str, FnvBuild>,
    cap_mid_seen: HashSet<&'t str, FnvBuild>,
}

impl<'t> DocContext<'t> {
    /// Indexes the word forms of a document. `sentence_starts[i]` is true for the first token of
    /// each sentence.
    #[inline(never)]
    pub(crate) fn new(text: &'t str, tokens: &[Token], sentence_starts: &[bool]) -> DocContext<'t> {
        // Sized for the document up front: growing them was a visible share of a short article.
        let mut lower_seen =
            HashSet::with_capacity_and_hasher(tokens.len() / 2, FnvBuild::default());
        let mut cap_mid_seen =
            HashSet::with_capacity_and_hasher(tokens.len() / 8, FnvBuild::default());
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = t.text(text);
            let mut chars = w.chars();
            let first = chars.next().unwrap_or(' ');
            if first.is_lowercase() {
                lower_seen.insert(w);
            } else if first.is_uppercase()
                && !sentence_starts.get(i).copied().unwrap_or(true)
                && chars.any(char::is_lowercase)
            {
                let after_quote = i > 0 && tokens[i - 1].kind == TokenKind::Quote;
                if !after_quote {
                    cap_mid_seen.insert(w);
                }
            }
        }
        DocContext {
            lower_seen,
            cap_mid_seen,
        }
    }
}

/// Reusable buffers for extracting a sentence's features.
#[derive(Default)]
pub(crate) struct Extractor<'t> {
    /// Per token of the sentence, then stale entries kept for their buffers.
    infos: Vec<TokenInfo<'t>>,
    /// Number of tokens of the current sentence.
    len: usize,
    /// All features of the sentence, token after token.
    pub(crate) feats: Vec<u32>,
    /// `feats[ends[i-1]..ends[i]]` are token i's features.
    pub(crate) ends: Vec<usize>,
    key: String,
    alt_key: String,
    title: String,
    /// Per token of the sentence: [`casing`], and whether it has a digit.
    casings: Vec<((char, bool, bool), bool)>,
}

/// Letter facts of a word: first character, any lower-case, any upper-case letter.
fn casing(word: &str) -> (char, bool, bool) {
    if word.is_ascii() {
        let b = word.as_bytes();
        let first = b.first().map_or(' ', |&c| char::from(c));
        return (
            first,
            b.iter().any(u8::is_ascii_lowercase),
            b.iter().any(u8::is_ascii_uppercase),
        );
    }
    (
        word.chars().next().unwrap_or(' '),
        word.chars().any(char::is_lowercase),
        word.chars().any(char::is_uppercase),
    )
}

impl<'t> Extractor<'t> {
    /// The tokens of the last sentence extracted.
    pub(crate) fn infos(&self) -> &[TokenInfo<'t>] {
        &self.infos[..self.len]
    }

    /// Extracts the features of one sentence (`tokens`, all in `text`).
    #[inline(never)]
    pub(crate) fn extract(
        &mut self,
        text: &'t str,
        tokens: &[Token],
        doc: &DocContext,
        names: &NameWords,
        hash_bits: u8,
    ) {
        self.feats.clear();
        self.ends.clear();
        self.len = tokens.len();
        while self.infos.len() < tokens.len() {
            self.infos.push(TokenInfo {
                word: "".into(),
                lower: String::new(),
                shape: String::new(),
                short_shape: String::new(),
                h_lower: 0,
                h_word: 0,
                h_shape: 0,
                h_short: 0,
                prefix: [0; 4],
                suffix: [0; 4],
                affixes: 0,
                flags: 0,
                clusters: None,
                gaz: 0,
                closed: false,
            });
        }
        // First the word forms and casing, then which tokens are closed (that needs the
        // neighbours' casing), then the rest.
        self.casings.clear();
        for (t, info) in tokens.iter().zip(&mut self.infos) {
            let word = normalize(t.text(text));
            lower_into(&word, &mut info.lower);
            info.h_lower = str_part(&info.lower);
            let casing = casing(&word);
            let digit = word.bytes().any(|b| b.is_ascii_digit());
            self.casings.push((casing, digit));
            info.word = word;
        }
        let capdig = |j: usize| self.casings.get(j).is_some_and(|&((_, _, up), d)| up || d);
        for (i, info) in self.infos[..tokens.len()].iter_mut().enumerate() {
            info.closed = names.closed(
                [i > 0 && capdig(i - 1), capdig(i), capdig(i + 1)],
                info.h_lower,
            );
        }
        let lex = lexicon();
        let cl = clusters();
        let mut letters = 0usize;
        let mut lower_words = 0usize;
        for i in 0..tokens.len() {
            let t = &tokens[i];
            let closed = self.infos[i].closed;
            // A closed token lends its neighbours its word, casing and gazetteer bits, and to an
            // open neighbour its short shape and coarse cluster; its own lexicon flags, affixes
            // and exact forms are never used.
            let lends = !closed
                || (i > 0 && !self.infos[i - 1].closed)
                || self
                    .infos
                    .get(i + 1)
                    .is_some_and(|n| i + 1 < tokens.len() && !n.closed);
            let ((first, has_lower, has_upper), digit) = self.casings[i];
            let info = &mut self.infos[i];
            let word = &*info.word;
            let lower = info.lower.as_str();
            let mut flags = 0;
            let first_upper = first.is_uppercase();
            if first_upper {
                flags |= F_INITCAP;
            }
            if has_upper && !has_lower {
                flags |= F_ALLCAPS;
            }
            if has_lower {
                lower_words += 1;
            }
            if has_upper || has_lower {
                letters += 1;
            }
            if digit {
                flags |= F_HASDIGIT;
            }
            if word.contains('-') {
                flags |= F_HYPHEN;
            }
            if word.contains('.') {
                flags |= F_PERIOD;
            }
            let is_first =
                i == 0 || (i == 1 && matches!(tokens[0].kind, TokenKind::Quote | TokenKind::Punct));
            if is_first {
                flags |= F_FIRST;
            }
            if t.newlines_before > 0 {
                flags |= F_LINE_START;
            }
            if t.space_before {
                flags |= F_SPACE_BEFORE;
            }
            if (has_upper || has_lower) && !closed {
                if first_upper && lex.first_name_p_female(lower).is_some() {
                    flags |= F_FIRSTNAME;
                }
                if lex.is_common_word(lower) {
                    flags |= F_COMMON;
                }
                if lex.is_title(lower) {
                    flags |= F_TITLE;
                }
                if first_upper && lex.is_org_suffix(lower) {
                    flags |= F_ORGSUF;
                }
                if first_upper {
                    if doc.lower_seen.contains(lower) {
                        flags |= F_LOWER_SEEN;
                    }
                    let seen_mid = if flags & F_ALLCAPS != 0 {
                        let title = &mut self.title;
                        title.clear();
                        for (n, c) in word.chars().enumerate() {
                            if n == 0 {
                                title.push(c);
                            } else {
                                title.extend(c.to_lowercase());
                            }
                        }
                        doc.cap_mid_seen.contains(title.as_str())
                    } else {
                        doc.cap_mid_seen.contains(word)
                    };
                    if seen_mid {
                        flags |= F_CAPMID_SEEN;
                    }
                }
            }
            info.clusters = None;
            info.h_short = 0;
            if lends {
                info.clusters = cl.get(lower);
                shapes_into(word, &mut info.shape, &mut info.short_shape);
                info.h_short = str_part(&info.short_shape);
            }
            if info.clusters.is_none() {
                flags |= F_NO_CLUSTER;
            }
            if !closed {
                info.h_word = str_part(&info.word);
                info.h_shape = str_part(&info.shape);
                affix_hashes(info);
            }
            info.flags = flags;
            info.gaz = 0;
        }
        let infos = &mut self.infos[..tokens.len()];
        if letters >= 2 && lower_words == 0 {
            for info in infos.iter_mut() {
                info.flags |= F_HEADLINE;
            }
        }
        // Results tables and lists: many numbers, few lower-case words.
        let numbers = tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .count();
        if numbers * 4 >= tokens.len() && lower_words * 3 <= tokens.len() {
            for info in infos.iter_mut() {
                info.flags |= F_TABLE;
            }
        }
        self.match_gazetteer();
        for i in 0..self.len {
            self.token_features(i, hash_bits);
            self.ends.push(self.feats.len());
        }
    }

    #[inline(never)]
    fn match_gazetteer(&mut self) {
        let lex = lexicon();
        let max = lex.max_phrase_tokens().min(8);
        let n = self.len;
        for start in 0..n {
            let first = self.infos[start].word.chars().next().unwrap_or(' ');
            if !first.is_uppercase() {
                continue;
            }
            let all_caps = self.infos[start].flags & F_ALLCAPS != 0;
            self.key.clear();
            self.alt_key.clear();
            for end in start..n.min(start + max) {
                let w = &*self.infos[end].word;
                // Phrases run over capitalized words, numbers and a few connectors only; stopping
                // elsewhere saves lookups that cannot match.
                if end > start
                    && !w.starts_with(|c: char| !c.is_lowercase())
                    && !PHRASE_CONNECTORS.contains(&w)
                {
                    break;
                }
                if end > start {
                    self.key.push(' ');
                    self.alt_key.push(' ');
                }
                if w.is_ascii() {
                    self.key.push_str(w);
                } else {
                    for c in w.chars() {
                        self.key.push(if matches!(c, '’' | '‘' | 'ʼ') {
                            '\''
                        } else {
                            c
                        });
                    }
                }
                if all_caps && w.is_ascii() {
                    // The first letter kept, the rest lower-cased.
                    let from = self.alt_key.len() + w.len().min(1);
                    self.alt_key.push_str(w);
                    self.alt_key[from..].make_ascii_lowercase();
                } else if all_caps {
                    for (k, c) in w.chars().enumerate() {
                        let c = if matches!(c, '’' | '‘' | 'ʼ') {
                            '\''
                        } else {
                            c
                        };
                        if k == 0 {
                            self.alt_key.push(c);
                        } else {
                            self.alt_key.extend(c.to_lowercase());
                        }
                    }
                }
                let mut kinds = lex.gazetteer(&self.key);
                if kinds.is_empty() && all_caps {
                    kinds = lex.gazetteer(&self.alt_key);
                }
                if kinds.is_empty() {
                    continue;
                }
                let len = end - start + 1;
                for kind in kinds.iter() {
                    let k = kind as u32;
                    for (j, info) in self.infos[start..=end].iter_mut().enumerate() {
                        let pos = if len == 1 {
                            3
                        } else if j == 0 {
                            0
                        } else if j == len - 1 {
                            2
                        } else {
                            1
                        };
                        info.gaz |= 1 << (k * 4 + pos);
                    }
                }
            }
        }
    }

    #[inline(never)]
    fn token_features(&mut self, i: usize, bits: u8) {
        let infos = &self.infos[..self.len];
        let feats = &mut self.feats;
        let at = |d: isize| -> Option<&TokenInfo> {
            let j = i as isize + d;
            if j < 0 {
                None
            } else {
                infos.get(j as usize)
            }
        };
        let edge = |d: isize| if d < 0 { START } else { END };
        let word_at = |d: isize| at(d).map_or(edge(d), |t| t.h_lower);
        let shape_at = |d: isize| at(d).map_or(edge(d), |t| t.h_short);
        let w = &infos[i];
        if w.closed {
            return;
        }
        let mut push = |k: Key| feats.push(k.bucket(bits));

        push(Key::new(1));
        for d in -2..=2isize {
            push(Key::with(2, d as u8, 0).part(word_at(d)));
        }
        for d in -1..=1isize {
            push(Key::with(3, d as u8, 0).part(shape_at(d)));
        }
        push(Key::new(4).part(w.h_word));
        push(Key::new(5).part(w.h_shape));
        for k in 0..w.affixes {
            push(Key::with(6, k as u8 + 1, 0).part(w.prefix[k]));
            push(Key::with(7, k as u8 + 1, 0).part(w.suffix[k]));
        }
        for d in -1..=1isize {
            // Set bits in increasing order; the neighbours' casing flags only.
            let mut flags = at(d).map_or(0, |t| t.flags) & ((1 << NUM_FLAGS) - 1);
            if d != 0 {
                flags &= F_INITCAP | F_ALLCAPS | F_FIRST;
            }
            while flags != 0 {
                let b = flags.trailing_zeros();
                flags &= flags - 1;
                push(Key::with(8, d as u8, b as u8));
            }
            if let Some(t) = at(d) {
                let mut gaz = t.gaz & ((1 << 24) - 1);
                while gaz != 0 {
                    let b = gaz.trailing_zeros();
                    gaz &= gaz - 1;
                    push(Key::with(9, d as u8, b as u8));
                }
                // The token's fine and coarse clusters; the neighbours' coarse ones.
                if let Some(c) = t.clusters {
                    if d == 0 {
                        push(Key::with(10, 0, 0).part(u64::from(c[0])));
                    }
                    push(Key::with(10, d as u8, 2).part(u64::from(c[2])));
                }
            }
        }
        push(Key::new(11).part(word_at(-1)).part(w.h_lower));
        push(Key::new(12).part(w.h_lower).part(word_at(1)));
        push(
            Key::new(15)
                .part(shape_at(-1))
                .part(w.h_short)
                .part(shape_at(1)),
        );
        let caps = (w.flags & (F_INITCAP | F_ALLCAPS | F_FIRST | F_HEADLINE)) as u8;
        if let Some(c) = w.clusters {
            push(Key::with(18, caps, 0).part(u64::from(c[0])));
            push(Key::with(19, caps, 0).part(u64::from(c[1])));
        }
        push(Key::with(20, caps, 0).part(w.h_lower));
    }
}

/// Hashes of the sentence edges, standing in for the words and shapes before and after it.
const START: u64 = const_str_part("<S>");
const END: u64 = const_str_part("</S>");

/// Fills `info.prefix`, `info.suffix` and `info.affixes` from `info.lower`: prefixes and
/// suffixes of 1…4 characters, as many as the word has characters.
#[inline(never)]
fn affix_hashes(info: &mut TokenInfo) {
    let lower = info.lower.as_str();
    let mut n = 0;
    for (end, c) in lower.char_indices().take(4) {
        info.prefix[n] = str_part(&lower[..end + c.len_utf8()]);
        n += 1;
    }
    info.affixes = n;
    let mut starts = lower.char_indices().rev().map(|(b, _)| b);
    for k in 0..n {
        let start = starts.next().unwrap_or(0);
        info.suffix[k] = str_part(&lower[start..]);
    }
}

impl TokenInfo<'_> {
    /// The key under which the document memory counts this token's tags: its lower-case form,
    /// for capitalized words only.
    pub(crate) fn memory_key(&self) -> Option<&str> {
        (self.is_capitalized() && self.word.chars().any(char::is_alphabetic))
            .then_some(self.lower.as_str())
    }

    /// Whether an `O` tag on this token should count in the memory (not at sentence start).
    pub(crate) fn o_counts(&self) -> bool {
        self.flags & F_FIRST == 0
    }

    /// The casing byte the memory features are conjoined with.
    pub(crate) fn caps(&self) -> u8 {
        (self.flags & (F_INITCAP | F_ALLCAPS | F_FIRST | F_HEADLINE)) as u8
    }
}

/// Memory features: the type (PER, ORG, LOC, MISC, or 4 for O) most often given to the same word
/// elsewhere in the document, alone and with the token's casing.
pub(crate) fn memory_features(counts: &[u16; 5], caps: u8, bits: u8) -> Option<[u32; 2]> {
    let (best, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(k, n)| (**n, std::cmp::Reverse(*k)))?;
    (*n > 0).then(|| {
        [
            Key::with(21, best as u8, 0).bucket(bits),
            Key::with(22, best as u8, caps).bucket(bits),
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_lower() {
        assert_eq!(
            shapes("Jong-un"),
            ("Xxxx-xx".to_string(), "Xx-x".to_string())
        );
        assert_eq!(shapes("U.S."), ("X.X.".to_string(), "X.X.".to_string()));
        assert_eq!(shapes("1996-08-22").1, "d-d-d");
        assert_eq!(lower("People’s"), "people's");
    }
}
