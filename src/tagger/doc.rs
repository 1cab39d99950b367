//! Document-level tagging: sentence after sentence, with a memory of the document so far.
//!
//! Each token's local features come with document-wide context (see `features.rs`), plus
//! context aggregation: each capitalized word shares the words seen before and after all its
//! occurrences in the document. Sentences are decoded in order; each capitalized word also sees
//! the type most often given to the same word in the sentences before it ("Lavrov" after "Sergey
//! Lavrov"), in training as at run time from the tagger's own earlier output.
//!
//! At run time features are extracted for a chunk of sentences at a time, so memory stays
//! bounded whatever the length of the text.

use std::collections::HashMap;
use std::ops::Range;

use super::features::{lower_into, memory_features, normalize, DocContext, Extractor, NameWords};
use super::hash::{str_part, FnvBuild, Key};
use super::tag::{split, viterbi_with, Transitions, NUM_TAGS, O};
use super::Scorer;
use crate::token::{Token, TokenKind};

/// The emission scores of a closed token: `O` only. The decoder skips the −∞ tags.
const CLOSED_ROW: [f32; NUM_TAGS] = {
    let mut row = [f32::NEG_INFINITY; NUM_TAGS];
    row[O as usize] = 0.0;
    row
};

/// Sentences per chunk when decoding.
const CHUNK_SENTENCES: usize = 64;

/// At most this many context features are aggregated per word.
const MAX_CONTEXTS: usize = 24;

/// Counts per memory key (lower-case form of a capitalized word): PER, ORG, LOC, MISC, O.
#[derive(Default)]
pub(crate) struct Memory(HashMap<String, [u16; 5], FnvBuild>);

/// What a whole document contributes to every token's features.
pub(crate) struct DocIndex<'t> {
    ctx: DocContext<'t>,
    contexts: HashMap<String, Vec<u32>, FnvBuild>,
}

impl<'t> DocIndex<'t> {
    /// Indexes a document; `sentences` must be in order and within `tokens`.
    pub(crate) fn new(
        text: &'t str,
        tokens: &[Token],
        sentences: &[Range<usize>],
        bits: u8,
    ) -> DocIndex<'t> {
        let starts = super::sentence_starts(tokens.len(), sentences.iter().cloned());
        DocIndex {
            ctx: DocContext::new(text, tokens, &starts),
            contexts: aggregate_contexts(text, tokens, bits),
        }
    }
}

/// Keeps the sentences that are non-empty, within `tokens`, and after the previous one.
pub(crate) fn ordered_sentences(
    ntokens: usize,
    sentences: impl Iterator<Item = Range<usize>>,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in sentences {
        if r.start < r.end && r.end <= ntokens && out.last().is_none_or(|p| p.end <= r.start) {
            out.push(r);
        }
    }
    out
}

/// Context aggregation: for each capitalized word (by lower-case form), the words before and
/// after each of its occurrences in the document, as features every occurrence shares
/// ("Magna 's", "shares of Magna", "Magna said" all tell about "Magna").
#[inline(never)]
fn aggregate_contexts(
    text: &str,
    tokens: &[Token],
    bits: u8,
) -> HashMap<String, Vec<u32>, FnvBuild> {
    let mut contexts: HashMap<String, Vec<u32>, FnvBuild> =
        HashMap::with_capacity_and_hasher(tokens.len() / 8, FnvBuild::default());
    let mut key = String::new();
    let mut context = String::new();
    for (i, t) in tokens.iter().enumerate() {
        let word = t.text(text);
        if t.kind != TokenKind::Word || !word.starts_with(char::is_uppercase) {
            continue;
        }
        lower_into(&normalize(word), &mut key);
        let v = match contexts.get_mut(key.as_str()) {
            Some(v) => v,
            None => contexts.entry(key.clone()).or_default(),
        };
        if v.len() >= MAX_CONTEXTS {
            continue;
        }
        let prev = i
            .checked_sub(1)
            .and_then(|j| tokens.get(j))
            .map_or("<S>", |p| p.text(text));
        let next = tokens.get(i + 1).map_or("</S>", |p| p.text(text));
        lower_into(prev, &mut context);
        v.push(Key::new(23).part(str_part(&context)).bucket(bits));
        lower_into(next, &mut context);
        v.push(Key::new(24).part(str_part(&context)).bucket(bits));
    }
    for v in contexts.values_mut() {
        v.sort_unstable();
        v.dedup();
    }
    contexts
}

fn slot(tag: u8) -> usize {
    split(tag).map_or(4, |(ty, _)| ty)
}

/// The features of the tokens of some consecutive sentences, and what the memory needs to know
/// about each token. Token indices are the document's.
pub(crate) struct DocFeatures {
    /// Index of the first token covered.
    offset: usize,
    feats: Vec<u32>,
    /// Per token from `offset`, its range in `feats` (empty between sentences).
    ranges: Vec<Range<usize>>,
    /// Per token: the range in `key_text` of the lower-case form of a capitalized word (empty
    /// when the token has no memory key).
    keys: Vec<Range<u32>>,
    /// The memory keys, one after the other.
    key_text: String,
    /// Per token: true when an `O` tag counts in the memory.
    o_counts: Vec<bool>,
    /// Per token: casing byte for the memory features.
    caps: Vec<u8>,
    /// Per token: never part of a name (see [`NameWords`]), so only `O` is scored.
    closed: Vec<bool>,
    /// The sentences, as token ranges.
    pub(crate) sentences: Vec<Range<usize>>,
}

impl DocFeatures {
    /// Extracts the features of all `sentences` of a document (the trainer's entry point).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn build(
        text: &str,
        tokens: &[Token],
        sentences: impl Iterator<Item = Range<usize>>,
        names: &NameWords,
        bits: u8,
    ) -> DocFeatures {
        let sentences = ordered_sentences(tokens.len(), sentences);
        let index = DocIndex::new(text, tokens, &sentences, bits);
        DocFeatures::build_chunk(&index, text, tokens, sentences, names, bits)
    }

    /// Extracts the features of `sentences` (ordered, within `tokens`) of an indexed document.
    #[inline(never)]
    pub(crate) fn build_chunk(
        index: &DocIndex,
        text: &str,
        tokens: &[Token],
        sentences: Vec<Range<usize>>,
        names: &NameWords,
        bits: u8,
    ) -> DocFeatures {
        let offset = sentences.first().map_or(0, |r| r.start);
        let n = sentences.last().map_or(0, |r| r.end - offset);
        let mut doc = DocFeatures {
            offset,
            feats: Vec::with_capacity(n * 64),
            ranges: vec![0..0; n],
            keys: vec![0..0; n],
            key_text: String::new(),
            o_counts: vec![false; n],
            caps: vec![0; n],
            closed: vec![false; n],
            sentences: Vec::with_capacity(sentences.len()),
        };
        let mut ex = Extractor::default();
        for r in sentences {
            ex.extract(text, &tokens[r.clone()], &index.ctx, names, bits);
            let mut prev_end = 0;
            for (k, info) in ex.infos().iter().enumerate() {
                let i = r.start + k - offset;
                let start = doc.feats.len();
                doc.feats.extend_from_slice(&ex.feats[prev_end..ex.ends[k]]);
                prev_end = ex.ends[k];
                if let Some(agg) = info.memory_key().and_then(|key| index.contexts.get(key)) {
                    doc.feats.extend_from_slice(agg);
                }
                doc.ranges[i] = start..doc.feats.len();
                if let Some(key) = info.memory_key() {
                    let start = doc.key_text.len() as u32;
                    doc.key_text.push_str(key);
                    doc.keys[i] = start..doc.key_text.len() as u32;
                }
                doc.o_counts[i] = info.o_counts();
                doc.caps[i] = info.caps();
                doc.closed[i] = info.closed;
            }
            doc.sentences.push(r);
        }
        doc
    }

    /// Number of local features of all tokens.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn len(&self) -> usize {
        self.feats.len()
    }

    /// Token `i`'s memory key (see `TokenInfo::memory_key`).
    fn key(&self, i: usize) -> Option<&str> {
        let r = &self.keys[i - self.offset];
        (r.start < r.end).then(|| &self.key_text[r.start as usize..r.end as usize])
    }

    /// Token `i`'s local features.
    pub(crate) fn token_feats(&self, i: usize) -> &[u32] {
        &self.feats[self.ranges[i - self.offset].clone()]
    }

    /// Local emission scores of the tokens in `range`.
    #[inline(never)]
    pub(crate) fn emissions<S: Scorer>(
        &self,
        scorer: &S,
        range: Range<usize>,
        out: &mut Vec<[f32; NUM_TAGS]>,
    ) {
        out.clear();
        for i in range {
            if self.closed[i - self.offset] {
                out.push(CLOSED_ROW);
                continue;
            }
            let mut row = [0.0; NUM_TAGS];
            scorer.score(self.token_feats(i), &mut row);
            out.push(row);
        }
    }

    /// Adds token `i`'s memory features (from the counts of earlier sentences) to `row`, and
    /// returns them.
    #[inline(never)]
    pub(crate) fn add_memory<S: Scorer>(
        &self,
        scorer: &S,
        memory: &Memory,
        i: usize,
        row: &mut [f32; NUM_TAGS],
    ) -> Option<[u32; 2]> {
        let j = i - self.offset;
        let counts = memory.0.get(self.key(i)?)?;
        let f = memory_features(counts, self.caps[j], scorer.hash_bits())?;
        scorer.score(&f, row);
        Some(f)
    }

    /// Records the tags of the sentence at `range`.
    #[inline(never)]
    pub(crate) fn remember_sentence(&self, memory: &mut Memory, range: Range<usize>, tags: &[u8]) {
        for (i, &tag) in range.zip(tags) {
            let j = i - self.offset;
            let Some(key) = self.key(i) else { continue };
            if tag == O && !self.o_counts[j] {
                continue; // sentence-initial O says little
            }
            let counts = match memory.0.get_mut(key) {
                Some(c) => c,
                None => memory.0.entry(key.to_string()).or_default(),
            };
            counts[slot(tag)] = counts[slot(tag)].saturating_add(1);
        }
    }

    /// Decodes the sentences in order, updating `memory`; writes each token's tag into `tags`
    /// (indexed like the document's tokens).
    #[inline(never)]
    pub(crate) fn decode<S: Scorer>(
        &self,
        scorer: &S,
        transitions: &Transitions,
        memory: &mut Memory,
        tags: &mut [u8],
    ) {
        let mut em = Vec::new();
        let mut out = Vec::new();
        let mut back = Vec::new();
        for r in &self.sentences {
            self.emissions(scorer, r.clone(), &mut em);
            for (k, i) in r.clone().enumerate() {
                self.add_memory(scorer, memory, i, &mut em[k]);
            }
            viterbi_with(&em, transitions, &mut back, &mut out);
            tags[r.clone()].copy_from_slice(&out);
            self.remember_sentence(memory, r.clone(), &out);
        }
    }
}

/// Tags a whole document, a chunk of sentences at a time; returns one tag per token and the
/// sentences decoded.
pub(crate) fn decode_document<S: Scorer>(
    scorer: &S,
    text: &str,
    tokens: &[Token],
    sentences: impl Iterator<Item = Range<usize>>,
) -> (Vec<u8>, Vec<Range<usize>>) {
    let bits = scorer.hash_bits();
    let sentences = ordered_sentences(tokens.len(), sentences);
    let index = DocIndex::new(text, tokens, &sentences, bits);
    let mut memory = Memory(HashMap::with_capacity_and_hasher(
        tokens.len() / 8,
        FnvBuild::default(),
    ));
    let mut tags = vec![O; tokens.len()];
    let transitions = Transitions::new(scorer.transitions());
    for chunk in sentences.chunks(CHUNK_SENTENCES) {
        let doc = DocFeatures::build_chunk(
            &index,
            text,
            tokens,
            chunk.to_vec(),
            scorer.name_words(),
            bits,
        );
        doc.decode(scorer, &transitions, &mut memory, &mut tags);
    }
    (tags, sentences)
}
