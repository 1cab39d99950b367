//! Features of the attribution model: per-token base hashes, cue-candidate features and
//! span features relative to a cue.
//!
//! The hashes are written here (and in `tagger::hash`) so that they never change between Rust
//! releases. A word's base hash is 64-bit FNV-1a of its lower-cased bytes (curly apostrophes
//! straightened). A feature is its template byte, then each 64-bit part, mixed in one
//! multiplication each (the entity tagger's [`Key`]: 8 times fewer than hashing the parts byte
//! by byte, as format 3 did); its bucket is the hash folded to 32 bits (`h ^ (h >> 32)`) and
//! masked to the table's bits. Bump [`FEATURE_SET_VERSION`] whenever anything here changes what
//! a feature hashes to.

use crate::sentence::Sentence;
use crate::tagger::hash::Key;
use crate::token::{Token, TokenKind};

/// Version of the feature extractor; stored in model files.
pub(crate) const FEATURE_SET_VERSION: u16 = 4;

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a 64 of `bytes`, continuing from `h`.
#[inline]
pub(crate) fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    h
}

/// FNV-1a 64 of `bytes` from the standard offset basis.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    fnv_bytes(OFFSET, bytes)
}

/// The base hash of a word: FNV-1a of its lower-cased form, curly apostrophes straightened.
pub(crate) fn word_hash(s: &str) -> u64 {
    let mut h = OFFSET;
    let mut buf = [0u8; 4];
    for c in s.chars() {
        if matches!(c, '’' | '‘' | 'ʼ') {
            h = fnv_bytes(h, b"'");
        } else if c.is_ascii() {
            h = fnv_bytes(h, &[c.to_ascii_lowercase() as u8]);
        } else {
            for l in c.to_lowercase() {
                h = fnv_bytes(h, l.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    h
}

/// The hash of a feature of template `t` with `parts`.
#[inline]
fn feature(t: u8, parts: &[u64]) -> u64 {
    let mut k = Key::new(t);
    for &p in parts {
        k = k.part(p);
    }
    k.finish()
}

/// [`feature`] continued from a key that already holds its template and first parts.
#[inline]
fn feature_from(mut k: Key, parts: &[u64]) -> u64 {
    for &p in parts {
        k = k.part(p);
    }
    k.finish()
}

/// The bucket of a feature hash in a table of `2^bits` rows.
#[inline]
pub(crate) fn bucket(h: u64, bits: u8) -> u32 {
    let folded = (h ^ (h >> 32)) as u32;
    folded & ((1u32 << bits) - 1)
}

/// A lower-case word with the commonest inflections stripped: `claimed` → `claim`.
fn lemma(lower: &str) -> &str {
    // The suffixes are ASCII, so the cut falls on a character boundary.
    &lower[..lemma_len(lower.as_bytes())]
}

/// The length of a word's [`lemma`], its letters in any ASCII case (the suffixes are matched
/// without regard to it, so that the tokenizer's text can be measured before lower-casing).
fn lemma_len(word: &[u8]) -> usize {
    let n = word.len();
    let ends =
        |suffix: &[u8]| n >= suffix.len() && word[n - suffix.len()..].eq_ignore_ascii_case(suffix);
    if ends(b"ss") {
        return n;
    }
    for (suffix, min) in [
        (&b"ing"[..], 6),
        (b"ied", 5),
        (b"ies", 5),
        (b"ed", 5),
        (b"es", 5),
        (b"s", 4),
    ] {
        if n >= min && ends(suffix) {
            return n - suffix.len();
        }
    }
    n
}

/// The hash of a word's shape: `Lavrov` → `Xx`, `U.S.` → `X.X.`, `2024` → `d`.
fn shape_hash(s: &str) -> u64 {
    let mut shape = Shape::new();
    if s.is_ascii() {
        // The same classes a byte at a time.
        for &b in s.as_bytes() {
            if !shape.push(ascii_class(b)) {
                break;
            }
        }
        return shape.h;
    }
    for c in s.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'*'
        };
        if !shape.push(k) {
            break;
        }
    }
    shape.h
}

/// A shape hash built a character class at a time: FNV-1a of the classes, runs of one class
/// counted once, at most six.
struct Shape {
    h: u64,
    last: u8,
    classes: u8,
}

impl Shape {
    const fn new() -> Shape {
        Shape {
            h: OFFSET,
            last: 0,
            classes: 0,
        }
    }

    /// Adds the next character's class; false once the shape is complete.
    #[inline]
    fn push(&mut self, class: u8) -> bool {
        if self.classes >= 6 {
            return false;
        }
        if class != self.last {
            self.h = (self.h ^ u64::from(class)).wrapping_mul(PRIME);
            self.last = class;
            self.classes += 1;
        }
        self.classes < 6
    }
}

/// The shape class of an ASCII byte: `X`, `x`, `d`, or the byte itself.
#[inline]
fn ascii_class(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b'X',
        b'a'..=b'z' => b'x',
        b'0'..=b'9' => b'd',
        b => b,
    }
}

pub(crate) const IN_QUOTES: u8 = 1;
pub(crate) const IS_COMMA: u8 = 2;
pub(crate) const IS_QUOTE: u8 = 4;
pub(crate) const IS_THAT: u8 = 8;
pub(crate) const IS_CAP: u8 = 16;
pub(crate) const IS_BREAK: u8 = 32;

/// What the features need to know about one token.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TokInfo {
    pub(crate) lower: u64,
    pub(crate) lemma: u64,
    pub(crate) shape: u64,
    pub(crate) flags: u8,
}

/// Hash standing for the position before the first / after the last token of a sentence.
const BOS: u64 = 0x0b05;
const EOS: u64 = 0x0e05;

/// How a double quotation mark acts: opens, closes, or either (straight marks).
fn mark_role(q: &str) -> Option<Option<bool>> {
    match q {
        "“" | "«" | "„" | "``" | "‘‘" => Some(Some(true)),
        "”" | "»" | "’’" => Some(Some(false)),
        "\"" | "''" | "＂" => Some(None),
        _ => None,
    }
}

/// Token ranges `(open, close)` of double quotations inside one paragraph, by the same reading
/// of the marks as the in-quotes flag of [`token_info`]; a quotation left open ends at its
/// paragraph's last token.
#[inline(never)]
pub(crate) fn quotations(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut paragraph = usize::MAX;
    let mut last = 0;
    for s in sentences {
        if s.paragraph != paragraph {
            if let Some(o) = open.take() {
                out.push((o, last));
            }
            paragraph = s.paragraph;
        }
        let (start, end) = (
            s.tokens.start.min(tokens.len()),
            s.tokens.end.min(tokens.len()),
        );
        for (i, tok) in tokens.iter().enumerate().take(end).skip(start) {
            last = i;
            if tok.kind != TokenKind::Quote {
                continue;
            }
            let q = text.get(tok.span.start..tok.span.end).unwrap_or("");
            match (mark_role(q), open) {
                (Some(Some(true)), _) | (Some(None), None) => open = Some(i),
                (Some(Some(false) | None), Some(o)) => {
                    out.push((o, i));
                    open = None;
                }
                _ => {}
            }
        }
    }
    if let Some(o) = open {
        out.push((o, last));
    }
    out
}

/// Per-token information for a whole text; out-of-range token spans read as empty.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // the trainer's
pub(crate) fn token_info(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<TokInfo> {
    token_info_where(text, tokens, sentences, |_, _| true)
}

/// [`token_info`] for the sentences whose token range `wanted` accepts; the tokens of the others
/// keep only their in-quotes flag (the hashes are most of the cost, and a sentence with no cue
/// worth labelling never reads them).
#[inline(never)]
pub(crate) fn token_info_where(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    wanted: impl Fn(usize, usize) -> bool,
) -> Vec<TokInfo> {
    let mut out = vec![TokInfo::default(); tokens.len()];
    let mut lower = String::new();
    for s in sentences {
        let (a, b) = (
            s.tokens.start.min(tokens.len()),
            s.tokens.end.min(tokens.len()),
        );
        if a < b && wanted(a, b) {
            for i in a..b {
                out[i] = one_token_info(text, &tokens[i], &mut lower);
            }
        }
    }
    // Inside double quotation marks, reset at each paragraph.
    let mut inside = false;
    let mut paragraph = usize::MAX;
    for s in sentences {
        if s.paragraph != paragraph {
            paragraph = s.paragraph;
            inside = false;
        }
        let range = s.tokens.start.min(tokens.len())..s.tokens.end.min(tokens.len());
        for i in range {
            if tokens[i].kind == TokenKind::Quote {
                let q = text
                    .get(tokens[i].span.start..tokens[i].span.end)
                    .unwrap_or("");
                match mark_role(q) {
                    Some(Some(open)) => inside = open,
                    Some(None) => inside = !inside,
                    None => {}
                }
                continue;
            }
            if inside {
                out[i].flags |= IN_QUOTES;
            }
        }
    }
    out
}

/// Hashes and flags of one token (the in-quotes flag aside); `lower` is scratch space.
#[inline]
fn one_token_info(text: &str, t: &Token, lower: &mut String) -> TokInfo {
    let s = text.get(t.span.start..t.span.end).unwrap_or("");
    let ascii_word = t.kind == TokenKind::Word && s.is_ascii();
    if ascii_word && !s.is_empty() {
        return ascii_word_info(s.as_bytes());
    }
    let mut flags = 0;
    let first = s.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        flags |= IS_CAP;
    }
    let (lo, lemma_h) = if t.kind == TokenKind::Word {
        lower.clear();
        lower.extend(
            s.chars()
                .map(|c| if matches!(c, '’' | '‘') { '\'' } else { c })
                .flat_map(char::to_lowercase),
        );
        (word_hash(s), fnv(lemma(lower).as_bytes()))
    } else {
        let h = word_hash(s);
        (h, h)
    };
    let shape = shape_hash(s);
    if s == "," {
        flags |= IS_COMMA;
    }
    if t.kind == TokenKind::Quote {
        flags |= IS_QUOTE;
    }
    if matches!(s, ";" | ":" | "—" | "–" | "―" | "--") {
        flags |= IS_BREAK;
    }
    if s.eq_ignore_ascii_case("that") {
        flags |= IS_THAT;
    }
    TokInfo {
        lower: lo,
        lemma: lemma_h,
        shape,
        flags,
    }
}

/// [`one_token_info`] of a non-empty ASCII word in one pass over its bytes: the lower-case
/// form's hash, its lemma's (a prefix, hashed on the way) and its shape's ([`shape_hash`]).
/// A word is never a comma, break or quotation mark.
#[inline]
fn ascii_word_info(bytes: &[u8]) -> TokInfo {
    let stem = lemma_len(bytes);
    let (mut h, mut at_stem) = (OFFSET, OFFSET);
    let mut shape = Shape::new();
    for (k, &b) in bytes.iter().enumerate() {
        if k == stem {
            at_stem = h;
        }
        h = (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME);
        shape.push(ascii_class(b));
    }
    let mut flags = 0;
    if bytes[0].is_ascii_uppercase() {
        flags |= IS_CAP;
    }
    if bytes.eq_ignore_ascii_case(b"that") {
        flags |= IS_THAT;
    }
    TokInfo {
        lower: h,
        lemma: if stem == bytes.len() { h } else { at_stem },
        shape: shape.h,
        flags,
    }
}

// Cue-candidate templates.
const C_BIAS: u8 = 1;
const C_W0: u8 = 2;
const C_L0: u8 = 3;
const C_WM1: u8 = 4;
const C_WP1: u8 = 5;
const C_WM2: u8 = 6;
const C_WP2: u8 = 7;
const C_BM1: u8 = 8;
const C_BP1: u8 = 9;
const C_SHM1: u8 = 10;
const C_SHP1: u8 = 11;
const C_SH0: u8 = 12;
const C_INQ: u8 = 13;
const C_POS: u8 = 14;
const C_SENTQ: u8 = 15;
const C_ENDPOS: u8 = 16;
const C_L0_LP1: u8 = 17;
const C_NEAR: u8 = 18;
const C_LM1_L0: u8 = 19;
const C_WM2_L0: u8 = 20;

fn bucket_pos(n: usize) -> u64 {
    match n {
        0..=3 => n as u64,
        4..=6 => 4,
        7..=10 => 5,
        11..=20 => 6,
        _ => 7,
    }
}

/// Features of token `i` as a cue candidate in the sentence `s..e` (`i` inside it).
#[inline(never)]
pub(crate) fn cue_features(
    info: &[TokInfo],
    s: usize,
    e: usize,
    i: usize,
    has_quotes: bool,
    bits: u8,
    out: &mut Vec<u32>,
) {
    out.clear();
    let w = |j: isize| -> u64 {
        let k = i as isize + j;
        if k < s as isize {
            BOS
        } else if k >= e as isize {
            EOS
        } else {
            info[k as usize].lower
        }
    };
    let sh = |j: isize| -> u64 {
        let k = i as isize + j;
        if k < s as isize || k >= e as isize {
            BOS
        } else {
            info[k as usize].shape
        }
    };
    let lp1 = if i + 1 < e { info[i + 1].lemma } else { EOS };
    let t = &info[i];
    let mut push = |h: u64| out.push(bucket(h, bits));
    push(feature(C_BIAS, &[]));
    push(feature(C_W0, &[t.lower]));
    push(feature(C_L0, &[t.lemma]));
    push(feature(C_WM1, &[w(-1)]));
    push(feature(C_WP1, &[w(1)]));
    push(feature(C_WM2, &[w(-2)]));
    push(feature(C_WP2, &[w(2)]));
    push(feature(C_BM1, &[w(-1), t.lower]));
    push(feature(C_BP1, &[t.lower, w(1)]));
    push(feature(C_SHM1, &[sh(-1), t.lemma]));
    push(feature(C_SHP1, &[sh(1), t.lemma]));
    push(feature(C_SH0, &[t.shape, t.lemma]));
    push(feature(C_INQ, &[u64::from(t.flags & IN_QUOTES), t.lemma]));
    push(feature(C_POS, &[bucket_pos(i - s), t.lemma]));
    push(feature(C_ENDPOS, &[bucket_pos(e - 1 - i), t.lemma]));
    push(feature(C_SENTQ, &[u64::from(has_quotes), t.lemma]));
    push(feature(C_L0_LP1, &[t.lemma, lp1]));
    // A quotation mark, a comma or "that" within two tokens after; a quotation mark just before.
    let after = |flag: u8| (i + 1..(i + 3).min(e)).any(|k| info[k].flags & flag != 0);
    let quote_before = (i.saturating_sub(2).max(s)..i).any(|k| info[k].flags & IS_QUOTE != 0);
    push(feature(
        C_NEAR,
        &[
            t.lemma,
            u64::from(after(IS_QUOTE)),
            u64::from(after(IS_COMMA)),
            u64::from(after(IS_THAT)),
            u64::from(quote_before),
        ],
    ));
    let lm1 = if i > s { info[i - 1].lemma } else { BOS };
    push(feature(C_LM1_L0, &[lm1, t.lemma]));
    push(feature(C_WM2_L0, &[w(-2), t.lemma]));
}

// Span templates (relative to one cue).
const S_REL: u8 = 1;
const S_REL_CUE: u8 = 2;
const S_W0: u8 = 3;
const S_L0: u8 = 4;
const S_SH0: u8 = 5;
const S_WM1: u8 = 6;
const S_WP1: u8 = 7;
const S_COMMAS: u8 = 8;
const S_OTHER: u8 = 9;
const S_INQ: u8 = 10;
const S_CUE_NEXT: u8 = 11;
const S_CUE_PREV: u8 = 12;
const S_EDGE: u8 = 13;
const S_THAT: u8 = 14;
const S_NEAR: u8 = 15;
const S_BIGRAM: u8 = 16;
const S_SIDE_CUE: u8 = 17;
const S_SHM1: u8 = 18;
const S_CUE_COMMAS: u8 = 19;
const S_CUE_THAT: u8 = 20;
const S_CUE_OTHER: u8 = 21;
const S_CUE_W0: u8 = 22;
const S_OPENER: u8 = 23;
const S_BREAKS: u8 = 24;
const S_QUOTES: u8 = 25;
const S_REL_END: u8 = 26;

/// The key of each span template for each side of the cue (0 inside, 1 before, 2 after).
const SIDE_KEYS: [[Key; S_REL_END as usize + 1]; 3] = {
    let mut keys = [[Key::new(0); S_REL_END as usize + 1]; 3];
    let mut side = 0;
    while side < 3 {
        let mut t = 0;
        while t < keys[side].len() {
            keys[side][t] = Key::new(t as u8).part(side as u64);
            t += 1;
        }
        side += 1;
    }
    keys
};

/// The span templates whose features go on with the cue after the side.
const CUE_TEMPLATES: [u8; 6] = [
    S_SIDE_CUE,
    S_CUE_COMMAS,
    S_CUE_THAT,
    S_CUE_OTHER,
    S_CUE_W0,
    S_BREAKS,
];

/// Signed distance bucket of token `i` from the cue `c0..=c1`: 0 inside it.
fn rel(i: usize, c0: usize, c1: usize) -> (u64, u64) {
    let (side, d) = if i < c0 {
        (1, c0 - i)
    } else if i > c1 {
        (2, i - c1)
    } else {
        return (0, 0);
    };
    let b = match d {
        1..=3 => d as u64,
        4..=5 => 4,
        6..=8 => 5,
        9..=13 => 6,
        14..=20 => 7,
        _ => 8,
    };
    (side, side * 16 + b)
}

/// The cue a span instance is built around, and the window it is labelled in.
pub(crate) struct CueWindow<'a> {
    /// Window `s..e` (one sentence).
    pub(crate) s: usize,
    pub(crate) e: usize,
    /// First and last token of the cue.
    pub(crate) c0: usize,
    pub(crate) c1: usize,
    /// Tokens of other cues in the window (sorted).
    pub(crate) others: &'a [usize],
}

/// Features of every token in the window, [`SPAN_FEATURES`] buckets each, flattened.
#[inline(never)]
pub(crate) fn span_features(info: &[TokInfo], w: &CueWindow, bits: u8, out: &mut Vec<u32>) {
    out.clear();
    out.reserve((w.e - w.s) * SPAN_FEATURES);
    span_features_each(info, w, &mut Buckets { bits, out });
}

/// Where [`span_features_each`] hands a window's features, token by token in order.
///
/// Most span features take only a few values within one window: the distance bucket from the
/// cue, the commas or quotation marks between token and cue, the words beside the cue. Those
/// come as [`SpanSink::memo`] with a slot that is the same for the same value in one window
/// (below [`MEMO_SLOTS`]), so the compiled model hashes and looks each value up once per
/// window instead of once per token (natively; not in wasm, see `model.rs`); the others come
/// as [`SpanSink::feature`].
pub(crate) trait SpanSink {
    /// A feature's hash.
    fn feature(&mut self, h: u64);
    /// A feature whose hash, within the window, depends only on `slot`; `h` computes it.
    fn memo(&mut self, slot: usize, h: impl FnOnce() -> u64);
    /// A feature whose hash depends only on `slot` in every window (not on the cue): a sink
    /// may look it up once for all the windows of a text.
    #[inline(always)]
    fn memo_fixed(&mut self, slot: usize, h: impl FnOnce() -> u64) {
        self.memo(slot, h);
    }
    /// The token's [`SPAN_FEATURES`] features have all come.
    fn token_done(&mut self);
    /// Memo features that `f` hands over, all of which, within the window, depend only on
    /// `key`: a sink may skip `f` when the token before had the same key in the same `group`
    /// (below [`MEMO_GROUPS`]) and reuse their sum (most tokens far from the cue have the
    /// same distance bucket and counts as the one before them).
    #[inline(always)]
    fn memo_group(&mut self, _group: usize, _key: u64, f: impl FnOnce(&mut Self)) {
        f(self);
    }
}

/// The buckets of every feature, in order (the trainer's and the reference).
struct Buckets<'a> {
    bits: u8,
    out: &'a mut Vec<u32>,
}

impl SpanSink for Buckets<'_> {
    fn feature(&mut self, h: u64) {
        self.out.push(bucket(h, self.bits));
    }
    fn memo(&mut self, _slot: usize, h: impl FnOnce() -> u64) {
        self.out.push(bucket(h(), self.bits));
    }
    fn token_done(&mut self) {}
}

// Memo slots of the features that take few values in a window: each template's block, sized
// for every value its slot function below can give.
const M_REL: usize = 0; // r < 48
const M_REL_CUE: usize = M_REL + 48;
const M_NEAR_FAR: usize = M_REL_CUE + 48;
const M_REL_END: usize = M_NEAR_FAR + 48; // r · 8 + position bucket
const M_COMMAS: usize = M_REL_END + 48 * 8; // side · 4 + commas
const M_OTHER: usize = M_COMMAS + 12;
const M_INQ: usize = M_OTHER + 12; // side · 4 + in quotes · 2 + cue in quotes
const M_CUE_NEXT: usize = M_INQ + 12; // side
const M_CUE_PREV: usize = M_CUE_NEXT + 3;
const M_EDGE: usize = M_CUE_PREV + 3; // side · 32 + first · 16 + last · 8 + position bucket
const M_THAT: usize = M_EDGE + 96; // side · 16 + thats · 4 + commas
const M_CUE_COMMAS: usize = M_THAT + 48; // side · 8 + commas · 2 + first
const M_CUE_THAT: usize = M_CUE_COMMAS + 24;
const M_CUE_OTHER: usize = M_CUE_THAT + 48;
const M_BREAKS: usize = M_CUE_OTHER + 12; // side · 12 + breaks · 3 + min(commas, 2)
const M_QUOTES: usize = M_BREAKS + 36; // side · 16 + marks · 4 + in quotes · 2 + cue in quotes
/// Memo slots a window's features use at most.
pub(crate) const MEMO_SLOTS: usize = M_QUOTES + 48;
/// Memo groups of a token's features (see [`SpanSink::memo_group`]).
pub(crate) const MEMO_GROUPS: usize = 5;

/// [`span_features`] handed to `sink` one token at a time, in the same order: the compiled
/// model scores them as they come instead of storing them.
#[inline(always)]
pub(crate) fn span_features_each(info: &[TokInfo], w: &CueWindow, sink: &mut impl SpanSink) {
    let (s, e, c0, c1) = (w.s, w.e, w.c0, w.c1);
    let lw = |k: isize| -> u64 {
        if k < s as isize {
            BOS
        } else if k >= e as isize {
            EOS
        } else {
            info[k as usize].lower
        }
    };
    let cue = info[c0].lemma;
    let cue_last = info[c1].lower;
    let next = lw(c1 as isize + 1);
    let prev = lw(c0 as isize - 1);
    let cue_inq = u64::from(info[c0].flags & IN_QUOTES);
    // Commas, "that", other cues, breaks and quotation marks between each token and the cue:
    // prefix counts, one row per token.
    const COMMA: usize = 0;
    const THAT: usize = 1;
    const OTHER: usize = 2;
    const BREAK: usize = 3;
    const MARK: usize = 4;
    let n = e - s;
    let mut prefix = Vec::with_capacity(n + 1);
    let mut row = [0u16; 5];
    prefix.push(row);
    for k in 0..n {
        let f = info[s + k].flags;
        row[BREAK] += u16::from(f & IS_BREAK != 0);
        row[MARK] += u16::from(f & IS_QUOTE != 0);
        row[COMMA] += u16::from(f & IS_COMMA != 0);
        row[THAT] += u16::from(f & IS_THAT != 0);
        row[OTHER] +=
            u16::from(w.others.binary_search(&(s + k)).is_ok() && !(c0..=c1).contains(&(s + k)));
        prefix.push(row);
    }
    // Each count between token `i` and the cue, at most 3.
    let between = |i: usize| -> [u64; 5] {
        let (a, b) = if i < c0 {
            (i - s + 1, c0 - s)
        } else if i > c1 {
            (c1 - s + 1, i - s)
        } else {
            (0, 0)
        };
        let (lo, hi) = (&prefix[a.min(b)], &prefix[b.max(a)]);
        std::array::from_fn(|k| u64::from(hi[k] - lo[k]).min(3))
    };
    // The word that opens the clause each token is in, counting from the cue: the word after
    // the nearest comma, dash, semicolon or colon between the token and the cue (", which",
    // ", but", "— the"), or nothing when none lies between.
    let mut opener = vec![0u64; n];
    let is_break = |k: usize| info[k].flags & IS_COMMA != 0 || info[k].flags & IS_BREAK != 0;
    let mut cur = 0u64;
    for i in c1 + 1..e {
        if is_break(i - 1) && i - 1 > c1 {
            cur = info[i].lower;
        }
        opener[i - s] = cur;
    }
    cur = 0;
    for i in (s..c0).rev() {
        if i + 1 < c0 && is_break(i + 1) {
            cur = lw(i as isize + 2);
        }
        opener[i - s] = cur;
    }
    // Most features start with their template and the token's side of the cue (0 inside, 1
    // before, 2 after), some then the cue: those keys are mixed once, at compile time or once
    // per window (the same hashes as `feature` with all the parts).
    let cue_keys: [[Key; CUE_TEMPLATES.len()]; 3] = std::array::from_fn(|side| {
        std::array::from_fn(|k| SIDE_KEYS[side][usize::from(CUE_TEMPLATES[k])].part(cue))
    });
    for i in s..e {
        let t = &info[i];
        let (side, r) = rel(i, c0, c1);
        let (side_keys, cue_keys) = (&SIDE_KEYS[side as usize], &cue_keys[side as usize]);
        let sk = |template: u8| side_keys[usize::from(template)];
        let ck = |template: u8| {
            let k = CUE_TEMPLATES.iter().position(|&c| c == template);
            cue_keys[k.expect("a template with the cue")]
        };
        let counts = between(i);
        let (commas, thats, others) = (counts[COMMA], counts[THAT], counts[OTHER]);
        let (breaks, marks) = (counts[BREAK], counts[MARK]);
        let inq = u64::from(t.flags & IN_QUOTES);
        let (first, last, pos) = (
            u64::from(i == s),
            u64::from(i + 1 == e),
            bucket_pos(e - 1 - i),
        );
        let (sd, ri) = (side as usize, r as usize);
        let slot = |base: usize, parts: &[(u64, usize)]| -> usize {
            base + parts.iter().fold(0, |acc, &(v, n)| acc * n + v as usize)
        };
        sink.feature(feature_from(sk(S_W0), &[t.lower]));
        sink.feature(feature_from(sk(S_L0), &[t.lemma, cue]));
        sink.feature(feature_from(sk(S_SH0), &[t.shape]));
        sink.feature(feature_from(sk(S_WM1), &[lw(i as isize - 1)]));
        sink.feature(feature_from(sk(S_WP1), &[lw(i as isize + 1)]));
        sink.feature(feature_from(sk(S_BIGRAM), &[lw(i as isize - 1), t.lower]));
        sink.feature(feature_from(ck(S_SIDE_CUE), &[t.shape]));
        sink.feature(feature_from(
            sk(S_SHM1),
            &[if i > s { info[i - 1].shape } else { BOS }, t.shape],
        ));
        sink.feature(feature_from(ck(S_CUE_W0), &[t.lower]));
        sink.feature(feature_from(sk(S_OPENER), &[opener[i - s]]));
        if r % 16 <= 2 {
            sink.feature(feature(S_NEAR, &[r, cue, t.lower]));
        }
        let few_commas = commas.min(2);
        // The memo features, which depend on the distance and position buckets, the edges, the
        // counts between the token and the cue and the window's constants: five groups, each
        // summed once for a run of tokens with the same key (`SpanSink::memo_group`), whose
        // keys change at different tokens (the distance near the cue, the counts at commas and
        // quotation marks, the position near the sentence's end). Those that do not depend on
        // the window's cue are `SpanSink::memo_fixed`.
        sink.memo_group(0, r, |sink| {
            sink.memo_fixed(M_REL + ri, || feature(S_REL, &[r]));
            sink.memo(M_REL_CUE + ri, || feature(S_REL_CUE, &[r, cue]));
        });
        sink.memo_group(1, side | commas << 2 | others << 4 | inq << 6, |sink| {
            sink.memo_fixed(M_COMMAS + sd * 4 + commas as usize, || {
                feature_from(sk(S_COMMAS), &[commas])
            });
            sink.memo_fixed(M_OTHER + sd * 4 + others as usize, || {
                feature_from(sk(S_OTHER), &[others])
            });
            sink.memo_fixed(slot(M_INQ, &[(side, 3), (inq, 2), (cue_inq, 2)]), || {
                feature_from(sk(S_INQ), &[inq, cue_inq])
            });
            sink.memo(M_CUE_NEXT + sd, || {
                feature_from(sk(S_CUE_NEXT), &[next, cue_last])
            });
            sink.memo(M_CUE_PREV + sd, || feature_from(sk(S_CUE_PREV), &[prev]));
        });
        sink.memo_group(2, side | first << 2 | last << 3 | pos << 4, |sink| {
            sink.memo_fixed(
                slot(M_EDGE, &[(side, 3), (first, 2), (last, 2), (pos, 8)]),
                || feature_from(sk(S_EDGE), &[first, last, pos]),
            );
        });
        let key = side
            | thats << 2
            | commas << 4
            | first << 6
            | others << 7
            | breaks << 9
            | marks << 11
            | inq << 13;
        sink.memo_group(3, key, |sink| {
            sink.memo_fixed(slot(M_THAT, &[(side, 3), (thats, 4), (commas, 4)]), || {
                feature_from(sk(S_THAT), &[thats, commas])
            });
            sink.memo(
                slot(M_CUE_COMMAS, &[(side, 3), (commas, 4), (first, 2)]),
                || feature_from(ck(S_CUE_COMMAS), &[commas, first]),
            );
            sink.memo(
                slot(M_CUE_THAT, &[(side, 3), (thats, 4), (commas, 4)]),
                || feature_from(ck(S_CUE_THAT), &[thats, commas]),
            );
            sink.memo(M_CUE_OTHER + sd * 4 + others as usize, || {
                feature_from(ck(S_CUE_OTHER), &[others])
            });
            // Dashes, semicolons and colons, and quotation marks, between the token and the
            // cue.
            sink.memo(
                slot(M_BREAKS, &[(side, 3), (breaks, 4), (few_commas, 3)]),
                || feature_from(ck(S_BREAKS), &[breaks, few_commas]),
            );
            sink.memo_fixed(
                slot(M_QUOTES, &[(side, 3), (marks, 4), (inq, 2), (cue_inq, 2)]),
                || feature_from(sk(S_QUOTES), &[marks, inq, cue_inq]),
            );
        });
        sink.memo_group(4, r | pos << 6, |sink| {
            // Distance from the cue and to the sentence end together.
            sink.memo_fixed(M_REL_END + ri * 8 + pos as usize, || {
                feature(S_REL_END, &[r, pos])
            });
            if r % 16 > 2 {
                sink.memo(M_NEAR_FAR + ri, || feature(S_NEAR, &[r, cue, 0]));
            }
        });
        sink.token_done();
    }
}

/// Features per token in [`span_features`].
pub(crate) const SPAN_FEATURES: usize = 26;

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass hashes of an ASCII word are those of its lower-case form, of that form's
    /// lemma and of its shape, as the model was trained with (`word_hash`, `lemma`,
    /// `shape_hash`), whatever the case.
    #[test]
    fn ascii_word_hashes_match_the_reference() {
        let text = "Claimed CLAIMS claiming classes dies Says said bus as ss cried Studies \
                    Lavrov ties doing sings ed es IS Business McDonald B2B x86 aBcDeFgHiJ";
        let tokens = crate::token::tokenize(text);
        let mut lower = String::new();
        let mut checked = 0;
        for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            let word = &text[t.span.start..t.span.end];
            let info = one_token_info(text, t, &mut lower);
            let low = word.to_lowercase();
            assert_eq!(info.lower, word_hash(word), "{word}");
            assert_eq!(info.lemma, fnv(lemma(&low).as_bytes()), "{word}");
            assert_eq!(info.shape, shape_hash(word), "{word}");
            assert_eq!(
                info.flags & IS_CAP != 0,
                word.starts_with(char::is_uppercase),
                "{word}"
            );
            checked += 1;
        }
        assert_eq!(checked, 24);
        // The lemmas the model was trained with.
        for (word, stem) in [
            ("claimed", "claim"),
            ("claiming", "claim"),
            ("studies", "stud"),
            ("says", "say"),
            ("business", "business"),
            ("bus", "bus"),
            ("sings", "sing"),
            ("ties", "tie"),
            ("naïves", "naïv"),
        ] {
            assert_eq!(lemma(word), stem, "{word}");
        }
    }

    /// Within one window a memo slot always stands for the same feature (what lets the
    /// compiled model look it up once), every slot is below [`MEMO_SLOTS`], a memo group's key
    /// always stands for the same memo features (what lets it reuse their sum), and each token
    /// gets [`SPAN_FEATURES`] features: checked with every token of the test articles as the
    /// cue, and with every adjacent pair as a two-token cue.
    #[test]
    fn memo_slots_stand_for_one_feature_per_window() {
        struct Check {
            slots: std::collections::HashMap<usize, u64>,
            /// The fixed slots' hashes, over every window.
            fixed: std::collections::HashMap<usize, u64>,
            groups: std::collections::HashMap<(usize, u64), Vec<u64>>,
            /// The hashes of the memo group being handed over.
            group: Option<Vec<u64>>,
            /// The key of the token before in each group, in the window.
            last: [Option<u64>; MEMO_GROUPS],
            per_token: usize,
            tokens: usize,
            memos: usize,
            repeats: usize,
            groups_seen: usize,
        }
        impl SpanSink for Check {
            fn feature(&mut self, _h: u64) {
                assert!(self.group.is_none(), "a direct feature in a memo group");
                self.per_token += 1;
            }
            fn memo(&mut self, slot: usize, h: impl FnOnce() -> u64) {
                assert!(slot < MEMO_SLOTS, "slot {slot}");
                let h = h();
                assert_eq!(*self.slots.entry(slot).or_insert(h), h, "slot {slot}");
                self.group
                    .as_mut()
                    .expect("a memo outside its group")
                    .push(h);
                self.per_token += 1;
                self.memos += 1;
            }
            fn memo_fixed(&mut self, slot: usize, h: impl FnOnce() -> u64) {
                let h = h();
                assert_eq!(*self.fixed.entry(slot).or_insert(h), h, "fixed slot {slot}");
                self.memo(slot, || h);
            }
            fn memo_group(&mut self, group: usize, key: u64, f: impl FnOnce(&mut Self)) {
                assert!(group < MEMO_GROUPS, "group {group}");
                assert!(self.group.is_none(), "a memo group inside another");
                self.group = Some(Vec::new());
                f(self);
                let hashes = self.group.take().unwrap_or_default();
                self.repeats += usize::from(self.last[group] == Some(key));
                self.groups_seen += 1;
                self.last[group] = Some(key);
                let seen = self
                    .groups
                    .entry((group, key))
                    .or_insert_with(|| hashes.clone());
                assert_eq!(seen, &hashes, "group {group} key {key:x}");
            }
            fn token_done(&mut self) {
                assert_eq!(self.per_token, SPAN_FEATURES);
                self.per_token = 0;
                self.tokens += 1;
            }
        }
        let mut check = Check {
            slots: Default::default(),
            fixed: Default::default(),
            groups: Default::default(),
            group: None,
            last: [None; MEMO_GROUPS],
            per_token: 0,
            tokens: 0,
            memos: 0,
            repeats: 0,
            groups_seen: 0,
        };
        let mut distinct = 0;
        for name in ["seed-article.txt", "city-council.txt", "wire-layouts.txt"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data")
                .join(name);
            let text = std::fs::read_to_string(path).expect("test article");
            let tokens = crate::token::tokenize(&text);
            let sentences = crate::sentence::split_sentences(&text, &tokens);
            let info = token_info(&text, &tokens, &sentences);
            for sentence in &sentences {
                let (s, e) = (sentence.tokens.start, sentence.tokens.end);
                let others: Vec<usize> = (s..e).step_by(5).collect();
                for (c0, c1) in (s..e).map(|i| (i, i)).chain((s..e - 1).map(|i| (i, i + 1))) {
                    check.slots.clear();
                    check.groups.clear();
                    check.last = [None; MEMO_GROUPS];
                    let win = CueWindow {
                        s,
                        e,
                        c0,
                        c1,
                        others: &others,
                    };
                    span_features_each(&info, &win, &mut check);
                    distinct += check.slots.len();
                }
            }
        }
        assert!(check.tokens > 40_000, "{} tokens", check.tokens);
        // The memo pays: far fewer distinct values than memo features.
        assert!(distinct * 3 < check.memos, "{distinct} of {}", check.memos);
        // And so do the groups: more than half of them have the key of the token before.
        assert!(
            2 * check.repeats > check.groups_seen,
            "{} of {}",
            check.repeats,
            check.groups_seen
        );
        // And the fixed slots: far fewer values than windows that use them.
        assert!(
            !check.fixed.is_empty() && check.fixed.len() * 100 < check.memos,
            "{} fixed of {}",
            check.fixed.len(),
            check.memos
        );
    }
}
