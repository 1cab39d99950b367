//! The attribution model file: a header, the cue vocabulary, transition scores and two pruned,
//! quantized weight tables (cue candidates and spans).
//!
//! Layout (all integers little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `b"AAATTRIB"` |
//! | 2 | format version ([`FORMAT_VERSION`]) |
//! | 2 | feature-set version (the feature extractor the weights were trained with) |
//! | 1 | number of span tags ([`NUM_TAGS`]) |
//! | 1, 1 | `cue_bits`, `span_bits`: the two tables have `2^bits` rows |
//! | 4, 4, 4 | `cue_scale`, `span_scale` (f32: a weight is its stored integer times the scale), `cue_threshold` (f32) |
//! | 4 + … | cue vocabulary: count, then each word as a length byte and UTF-8 (lower case) |
//! | 4·(T+1)² | span transition scores, f32, row = previous tag (last row: start), column = next tag (last column: end) |
//! | 4 + … | cue weights: row count, then per row the bucket delta (LEB128) and the weight (zigzag LEB128) |
//! | 4 + … | span weights: row count, then per row the bucket delta (LEB128), a byte with one bit per tag, and each set tag's weight (zigzag LEB128) |
//! | 8 | FNV-1a 64 checksum of every byte before it |

use std::collections::HashSet;

use super::features::{
    bucket, fnv, span_features, span_features_each, word_hash, CueWindow, SpanSink, TokInfo,
    FEATURE_SET_VERSION, MEMO_GROUPS, MEMO_SLOTS, SPAN_FEATURES,
};

/// Magic bytes at the start of every attribution model file.
pub const MAGIC: &[u8; 8] = b"AAATTRIB";
/// The version of the file layout this build reads and writes.
pub const FORMAT_VERSION: u16 = 1;
/// Span tags: `O`, `B-SOURCE`, `I-SOURCE`, `B-CONTENT`, `I-CONTENT`.
pub(crate) const NUM_TAGS: usize = 5;

use crate::model_file::{uleb_at, Reader};
pub use crate::model_file::{ModelError, ModelErrorKind};
use crate::ranked_rows::RankedRows;

/// The model's name in error messages.
const MODEL: &str = "attribution";

/// Scores cue candidates and span tags: the loaded model, or the trainer's float weights.
pub(crate) trait Weights {
    fn cue_bits(&self) -> u8;
    fn span_bits(&self) -> u8;
    fn cue_threshold(&self) -> f32;
    /// True when the word with this base hash may be a cue.
    fn is_candidate(&self, word: u64) -> bool;
    fn cue_score(&self, feats: &[u32]) -> f32;
    fn span_score(&self, feats: &[u32], out: &mut [f32; NUM_TAGS]);
    /// `(NUM_TAGS + 1)²` transition scores.
    fn transitions(&self) -> &[f32];
    /// The tag scores of every token of the window: [`span_features`] scored by
    /// [`Weights::span_score`].
    fn span_emissions(
        &self,
        info: &[TokInfo],
        win: &CueWindow,
        scratch: &mut SpanScratch,
        out: &mut Vec<[f32; NUM_TAGS]>,
    ) {
        let feats = &mut scratch.feats;
        span_features(info, win, self.span_bits(), feats);
        out.clear();
        for chunk in feats.chunks(SPAN_FEATURES) {
            let mut row = [0f32; NUM_TAGS];
            self.span_score(chunk, &mut row);
            out.push(row);
        }
    }
}

/// A loaded attribution model with dense, quantized weight tables.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub(crate) cue_bits: u8,
    pub(crate) span_bits: u8,
    pub(crate) cue_scale: f32,
    pub(crate) span_scale: f32,
    pub(crate) cue_threshold: f32,
    /// Lower-case cue words, sorted.
    pub(crate) vocab: Vec<String>,
    vocab_hashes: HashSet<u64, crate::tagger::hash::FnvBuild>,
    /// A bit per [`vocab_filter_bit`] of the vocabulary's hashes: most words of a text are no
    /// cue candidate, and the bit tells so without a set lookup.
    vocab_filter: Vec<u64>,
    pub(crate) transitions: Vec<f32>,
    /// `2^cue_bits` weights.
    pub(crate) cue: Vec<i8>,
    /// The span rows of `2^span_bits` buckets.
    span: SpanTable,
}

/// Size of [`Model`]'s vocabulary filter in 64-bit words: 2^15 bits, 4 KB, for a vocabulary of
/// about a thousand words.
const VOCAB_FILTER_WORDS: usize = 1 << 9;

/// The filter bit of a word hash ([`word_hash`]).
fn vocab_filter_bit(h: u64) -> usize {
    (h ^ (h >> 32)) as usize & (VOCAB_FILTER_WORDS * 64 - 1)
}

/// The span weights: a row of `NUM_TAGS` weights for each bucket whose row is not all zero
/// (about 2% of them): 184 KB where a dense table of every bucket would take 2.6 MB, so it
/// loads faster and stays in cache.
type SpanTable = RankedRows<[i8; NUM_TAGS]>;

/// The table of a dense `NUM_TAGS`-per-bucket weight list (the trainer's); all-zero rows are
/// left out.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn span_table(bits: u8, dense: &[i8]) -> SpanTable {
    let mut t = SpanTable::new(bits, 0);
    for (bucket, row) in dense.chunks_exact(NUM_TAGS).enumerate() {
        let row: [i8; NUM_TAGS] = std::array::from_fn(|k| row[k]);
        if row != [0; NUM_TAGS] {
            t.push(bucket as u32, row);
        }
    }
    t
}

impl Weights for Model {
    fn cue_bits(&self) -> u8 {
        self.cue_bits
    }
    fn span_bits(&self) -> u8 {
        self.span_bits
    }
    fn cue_threshold(&self) -> f32 {
        self.cue_threshold
    }
    fn is_candidate(&self, word: u64) -> bool {
        let bit = vocab_filter_bit(word);
        self.vocab_filter[bit / 64] & (1 << (bit % 64)) != 0 && self.vocab_hashes.contains(&word)
    }
    fn cue_score(&self, feats: &[u32]) -> f32 {
        let sum: i32 = feats
            .iter()
            .map(|&f| i32::from(self.cue.get(f as usize).copied().unwrap_or(0)))
            .sum();
        sum as f32 * self.cue_scale
    }
    #[inline]
    fn span_score(&self, feats: &[u32], out: &mut [f32; NUM_TAGS]) {
        let mut sum = [0i32; NUM_TAGS];
        for &f in feats {
            if let Some(row) = self.span.get(f) {
                for (s, &w) in sum.iter_mut().zip(row) {
                    *s += i32::from(w);
                }
            }
        }
        for (o, s) in out.iter_mut().zip(sum) {
            *o = s as f32 * self.span_scale;
        }
    }
    fn transitions(&self) -> &[f32] {
        &self.transitions
    }
    /// The same scores as the default, summed token by token as the features come (no feature
    /// list per window), each value of a memo feature looked up once per window (natively).
    fn span_emissions(
        &self,
        info: &[TokInfo],
        win: &CueWindow,
        scratch: &mut SpanScratch,
        out: &mut Vec<[f32; NUM_TAGS]>,
    ) {
        out.clear();
        out.reserve(win.e - win.s);
        let memo = &mut scratch.memo;
        memo.window = memo.window.wrapping_add(1);
        if memo.window == 0 {
            // Stamps repeat after 2^32 windows: forget them all.
            memo.slots.iter_mut().for_each(|m| m.window = 0);
            memo.window = 1;
        }
        let mut sink = Scorer {
            model: self,
            memo,
            sum: [0; 8],
            out,
            groups: [None; MEMO_GROUPS],
        };
        span_features_each(info, win, &mut sink);
    }
}

/// Scratch space for [`Weights::span_emissions`], reused across windows.
#[derive(Default)]
pub(crate) struct SpanScratch {
    /// The reference implementation's feature list.
    feats: Vec<u32>,
    memo: Memo,
}

/// The rows of the memo features' values met in the current window, and of the fixed ones met
/// in any window (see [`SpanSink`]).
struct Memo {
    /// Stamp of the current window.
    window: u32,
    slots: Vec<MemoSlot>,
    /// Rows of [`SpanSink::memo_fixed`] slots, valid for every window.
    fixed: Vec<Option<Lanes>>,
}

impl Default for Memo {
    fn default() -> Memo {
        // The wasm build looks every feature up directly (see `Scorer::memo`).
        let slots = if cfg!(target_arch = "wasm32") {
            0
        } else {
            MEMO_SLOTS
        };
        Memo {
            window: 0,
            slots: vec![MemoSlot::default(); slots],
            fixed: vec![None; slots],
        }
    }
}

/// A memo slot's row (the tag weights, then zeros), valid when its stamp is the current
/// window's.
#[derive(Clone, Copy, Default)]
struct MemoSlot {
    window: u32,
    row: Lanes,
}

/// Tag weights in 16-bit lanes, padded to eight so that a sum is one vector addition. The sums
/// are exact: a token's 26 weights of at most 127 each stay far inside `i16`.
type Lanes = [i16; 8];

/// Sums the loaded model's rows of a window's features into emissions.
struct Scorer<'a> {
    model: &'a Model,
    memo: &'a mut Memo,
    sum: Lanes,
    out: &'a mut Vec<[f32; NUM_TAGS]>,
    /// The key and summed rows of the last memo group of each kind in this window.
    groups: [Option<(u64, Lanes)>; MEMO_GROUPS],
}

impl Scorer<'_> {
    /// The model's row of feature hash `h`, in lanes.
    #[inline(always)]
    fn lanes(&self, h: u64) -> Lanes {
        let row = self
            .model
            .span
            .get(bucket(h, self.model.span_bits))
            .copied()
            .unwrap_or([0; NUM_TAGS]);
        std::array::from_fn(|k| row.get(k).map_or(0, |&w| i16::from(w)))
    }
}

impl SpanSink for Scorer<'_> {
    #[inline(always)]
    fn feature(&mut self, h: u64) {
        if let Some(row) = self.model.span.get(bucket(h, self.model.span_bits)) {
            for (s, &w) in self.sum.iter_mut().zip(row) {
                *s += i16::from(w);
            }
        }
    }
    #[inline(always)]
    fn memo(&mut self, slot: usize, h: impl FnOnce() -> u64) {
        // Not in wasm: there the memo made labelling one function of 15 KB, which Chromium runs
        // slowly until it has optimized it (the first result after the page loads came 15 ms
        // later, `benches/browser.mjs`, medians of 42 cold runs), and out of line it made the
        // analysis of the PolNeAR dev articles 4% slower in Node.
        if cfg!(target_arch = "wasm32") {
            return self.feature(h());
        }
        let window = self.memo.window;
        let Some(&m) = self.memo.slots.get(slot) else {
            debug_assert!(false, "memo slot {slot} out of range");
            return self.feature(h());
        };
        let row = if m.window == window {
            m.row
        } else {
            let row = self.lanes(h());
            self.memo.slots[slot] = MemoSlot { window, row };
            row
        };
        for (s, w) in self.sum.iter_mut().zip(row) {
            *s += w;
        }
    }
    #[inline(always)]
    fn memo_fixed(&mut self, slot: usize, h: impl FnOnce() -> u64) {
        // (Not in wasm, for the reason `memo` gives.)
        if cfg!(target_arch = "wasm32") {
            return self.feature(h());
        }
        let row = match self.memo.fixed.get(slot) {
            Some(Some(row)) => *row,
            Some(None) => {
                let row = self.lanes(h());
                self.memo.fixed[slot] = Some(row);
                row
            }
            None => {
                debug_assert!(false, "memo slot {slot} out of range");
                return self.feature(h());
            }
        };
        for (s, w) in self.sum.iter_mut().zip(row) {
            *s += w;
        }
    }
    #[inline(always)]
    fn memo_group(&mut self, group: usize, key: u64, f: impl FnOnce(&mut Self)) {
        // (Not in wasm, for the reason `memo` gives.)
        if cfg!(target_arch = "wasm32") || group >= MEMO_GROUPS {
            return f(self);
        }
        if let Some((last, rows)) = self.groups[group].filter(|g| g.0 == key) {
            debug_assert_eq!(last, key);
            for (s, w) in self.sum.iter_mut().zip(rows) {
                *s += w;
            }
            return;
        }
        // The group's rows alone: summed from zero, then added (exact integer sums).
        let before = std::mem::take(&mut self.sum);
        f(self);
        let rows = self.sum;
        for (s, b) in self.sum.iter_mut().zip(before) {
            *s += b;
        }
        self.groups[group] = Some((key, rows));
    }
    #[inline(always)]
    fn token_done(&mut self) {
        let scale = self.model.span_scale;
        self.out.push(std::array::from_fn(|k| {
            i32::from(self.sum[k]) as f32 * scale
        }));
        self.sum = [0; 8];
    }
}

fn leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn zigzag(w: i8) -> u64 {
    let w = i64::from(w);
    ((w << 1) ^ (w >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

impl Model {
    /// Builds a model from its parts (the trainer's quantized output).
    #[allow(clippy::too_many_arguments)]
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // the trainer's
    pub(crate) fn new(
        cue_bits: u8,
        span_bits: u8,
        cue_scale: f32,
        span_scale: f32,
        cue_threshold: f32,
        vocab: Vec<String>,
        transitions: Vec<f32>,
        cue: Vec<i8>,
        span: Vec<i8>,
    ) -> Model {
        let span = span_table(span_bits, &span);
        Model::with_table(
            (cue_bits, span_bits),
            (cue_scale, span_scale, cue_threshold),
            vocab,
            transitions,
            cue,
            span,
        )
    }

    /// [`Model::new`] with the span table built already.
    fn with_table(
        (cue_bits, span_bits): (u8, u8),
        (cue_scale, span_scale, cue_threshold): (f32, f32, f32),
        mut vocab: Vec<String>,
        transitions: Vec<f32>,
        cue: Vec<i8>,
        span: SpanTable,
    ) -> Model {
        vocab.sort();
        vocab.dedup();
        let vocab_hashes: HashSet<u64, _> = vocab.iter().map(|w| word_hash(w)).collect();
        let mut vocab_filter = vec![0u64; VOCAB_FILTER_WORDS];
        for &h in &vocab_hashes {
            let bit = vocab_filter_bit(h);
            vocab_filter[bit / 64] |= 1 << (bit % 64);
        }
        Model {
            cue_bits,
            span_bits,
            cue_scale,
            span_scale,
            cue_threshold,
            vocab,
            vocab_hashes,
            vocab_filter,
            transitions,
            cue,
            span,
        }
    }

    /// Weights stored (non-zero) in the two tables.
    pub fn nonzero_weights(&self) -> usize {
        self.cue.iter().filter(|&&w| w != 0).count()
            + self
                .span
                .iter()
                .flat_map(|(_, row)| row)
                .filter(|&&w| w != 0)
                .count()
    }

    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_SET_VERSION.to_le_bytes());
        out.push(NUM_TAGS as u8);
        out.push(self.cue_bits);
        out.push(self.span_bits);
        for f in [self.cue_scale, self.span_scale, self.cue_threshold] {
            out.extend_from_slice(&f.to_le_bytes());
        }
        let vocab: Vec<&String> = self.vocab.iter().filter(|w| w.len() < 256).collect();
        out.extend_from_slice(&(vocab.len() as u32).to_le_bytes());
        for w in vocab {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
        }
        for t in &self.transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let rows: Vec<(usize, i8)> = self
            .cue
            .iter()
            .enumerate()
            .filter(|(_, &w)| w != 0)
            .map(|(i, &w)| (i, w))
            .collect();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut last = 0;
        for (i, w) in rows {
            leb(&mut out, (i - last) as u64);
            leb(&mut out, zigzag(w));
            last = i;
        }
        out.extend_from_slice(&(self.span.len() as u32).to_le_bytes());
        let mut last = 0;
        for (r, row) in self.span.iter() {
            leb(&mut out, (r - last) as u64);
            last = r;
            let mask = row
                .iter()
                .enumerate()
                .fold(0u8, |m, (t, &w)| if w != 0 { m | 1 << t } else { m });
            out.push(mask);
            for &w in row.iter().filter(|&&w| w != 0) {
                leb(&mut out, zigzag(w));
            }
        }
        let sum = fnv(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Reads a model file.
    ///
    /// # Errors
    /// A [`ModelError`] when the bytes are not a model file, are from another format or feature
    /// set version, end early, or fail the checksum.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let err = |k| Err(ModelError::new(MODEL, k));
        if bytes.len() < 8 || &bytes[..8] != MAGIC {
            return if bytes.len() < 8 && MAGIC.starts_with(bytes) {
                err(ModelErrorKind::Truncated)
            } else {
                err(ModelErrorKind::BadMagic)
            };
        }
        let mut r = Reader::new(MODEL, bytes, 8);
        let format = r.u16()?;
        if format != FORMAT_VERSION {
            return err(ModelErrorKind::FormatVersion {
                found: format,
                expected: FORMAT_VERSION,
            });
        }
        let features = r.u16()?;
        if features != FEATURE_SET_VERSION {
            return err(ModelErrorKind::FeatureSetVersion {
                found: features,
                expected: FEATURE_SET_VERSION,
            });
        }
        if bytes.len() < 8 + 8 {
            return err(ModelErrorKind::Truncated);
        }
        let body = &bytes[..bytes.len() - 8];
        let stored = u64::from_le_bytes(bytes[bytes.len() - 8..].try_into().unwrap_or([0; 8]));
        let mut r = Reader::new(MODEL, body, r.pos);
        let tags = r.u8()?;
        if usize::from(tags) != NUM_TAGS {
            return err(ModelErrorKind::Corrupt("tag count"));
        }
        let (cue_bits, span_bits) = (r.u8()?, r.u8()?);
        if !(1..=26).contains(&cue_bits) || !(1..=24).contains(&span_bits) {
            return err(ModelErrorKind::Corrupt("table bits"));
        }
        let (cue_scale, span_scale, cue_threshold) = (r.f32()?, r.f32()?, r.f32()?);
        let n = r.u32()? as usize;
        let mut vocab = Vec::with_capacity(n.min(1 << 16));
        for _ in 0..n {
            let len = usize::from(r.u8()?);
            let w = std::str::from_utf8(r.take(len)?)
                .map_err(|_| ModelError::new(MODEL, ModelErrorKind::Corrupt("vocabulary")))?;
            vocab.push(w.to_string());
        }
        let mut transitions = Vec::with_capacity((NUM_TAGS + 1) * (NUM_TAGS + 1));
        for _ in 0..(NUM_TAGS + 1) * (NUM_TAGS + 1) {
            transitions.push(r.f32()?);
        }
        let corrupt = |what| ModelError::new(MODEL, ModelErrorKind::Corrupt(what));
        // The two weight tables are the bulk of the file (some 130,000 rows): decoded in tight
        // loops, as their start-up cost counts on every page load.
        let mut cue = vec![0i8; 1 << cue_bits];
        let rows = r.u32()? as usize;
        let bytes = r.bytes;
        let mut pos = r.pos;
        let mut at = 0usize;
        for _ in 0..rows {
            at = at.saturating_add(uleb_at(MODEL, bytes, &mut pos)? as usize);
            let w = i8::try_from(unzigzag(uleb_at(MODEL, bytes, &mut pos)?))
                .map_err(|_| corrupt("weight"))?;
            *cue.get_mut(at).ok_or_else(|| corrupt("cue bucket"))? = w;
        }
        r.pos = pos;
        let rows = r.u32()? as usize;
        let mut span = SpanTable::new(span_bits, rows.min(1 << span_bits));
        let mut pos = r.pos;
        let mut at = 0usize;
        for _ in 0..rows {
            at = at.saturating_add(uleb_at(MODEL, bytes, &mut pos)? as usize);
            let mask = *bytes
                .get(pos)
                .ok_or_else(|| ModelError::new(MODEL, ModelErrorKind::Truncated))?;
            pos += 1;
            let mut row = [0i8; NUM_TAGS];
            for (t, w) in row.iter_mut().enumerate() {
                if mask & (1 << t) != 0 {
                    *w = i8::try_from(unzigzag(uleb_at(MODEL, bytes, &mut pos)?))
                        .map_err(|_| corrupt("weight"))?;
                }
            }
            if !u32::try_from(at).is_ok_and(|at| span.push(at, row)) {
                return Err(corrupt("span bucket"));
            }
        }
        r.pos = pos;
        if r.pos != body.len() {
            return err(ModelErrorKind::Corrupt("trailing bytes"));
        }
        if fnv(body) != stored {
            return err(ModelErrorKind::Corrupt("checksum"));
        }
        if ![cue_scale, span_scale, cue_threshold]
            .iter()
            .chain(&transitions)
            .all(|f| f.is_finite())
        {
            return err(ModelErrorKind::Corrupt("non-finite number"));
        }
        Ok(Model::with_table(
            (cue_bits, span_bits),
            (cue_scale, span_scale, cue_threshold),
            vocab,
            transitions,
            cue,
            span,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table answers every bucket as the dense list it was built from, without its
    /// all-zero rows.
    #[test]
    fn agrees_with_the_dense_weights() {
        let bits = 8;
        let mut dense = vec![0i8; (1 << bits) * NUM_TAGS];
        for b in [0usize, 3, 63, 64, 65, 200, 255] {
            dense[b * NUM_TAGS + b % NUM_TAGS] = (b % 100) as i8 - 50;
        }
        let t = span_table(bits, &dense);
        for b in 0..1u32 << bits {
            let want = &dense[b as usize * NUM_TAGS..(b as usize + 1) * NUM_TAGS];
            match t.get(b) {
                Some(row) => assert_eq!(&row[..], want, "bucket {b}"),
                None => assert!(want.iter().all(|&w| w == 0), "bucket {b}"),
            }
        }
        let rows: Vec<u32> = t.iter().map(|(b, _)| b).collect();
        assert_eq!(rows, [0, 3, 63, 64, 65, 200, 255]);
    }

    /// The vocabulary filter hides no cue word of the compiled model, in any case, and lets
    /// few other words through to the set lookup.
    #[test]
    fn the_vocabulary_filter_keeps_every_cue_word() {
        let m = crate::attrib::model().expect("the compiled model");
        assert!(m.vocab.len() > 100, "{} words", m.vocab.len());
        for w in &m.vocab {
            for form in [w.clone(), w.to_uppercase()] {
                assert!(m.is_candidate(word_hash(&form)), "{form}");
            }
        }
        let passed = (0u64..10_000)
            .map(|n| word_hash(&format!("notacue{n}")))
            .filter(|&h| {
                let bit = vocab_filter_bit(h);
                m.vocab_filter[bit / 64] & (1 << (bit % 64)) != 0
            })
            .count();
        assert!(
            passed < 1_000,
            "{passed} of 10,000 non-words pass the filter"
        );
        assert!(!m.is_candidate(word_hash("notacue")));
    }
}
