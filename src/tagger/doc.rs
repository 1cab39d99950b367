//! Document-level tagging: sentence after sentence, with a memory of the document so far.
//!
//! Every token's local features are extracted once, with document-wide context (see
//! `features.rs`), plus context aggregation: each capitalized word shares the words seen before
//! and after all its occurrences in the document. Sentences are then decoded in order; each capitalized word also sees the type
//! most often given to the same word in the sentences before it ("Lavrov" after "Sergey Lavrov"),
//! in training as at run time from the tagger's own earlier output.

use std::collections::HashMap;
use std::ops::Range;

use super::features::{lower, memory_features, normalize, DocContext, Extractor};
use super::hash::{Fnv, FnvBuild};
use super::tag::{split, viterbi, NUM_TAGS, O};
use super::Scorer;
use crate::token::{Token, TokenKind};

/// The features of every token of a document, and what the memory needs to know about it.
pub(crate) struct DocFeatures {
    feats: Vec<u32>,
    /// Per token, its range in `feats` (empty for tokens outside every sentence).
    ranges: Vec<Range<usize>>,
    /// Per token: lower-case form of a capitalized word, else `None`.
    keys: Vec<Option<String>>,
    /// Per token: true when an `O` tag counts in the memory.
    o_counts: Vec<bool>,
    /// Per token: casing byte for the memory features.
    caps: Vec<u8>,
    /// The sentences, as token ranges (clamped to the tokens).
    pub(crate) sentences: Vec<Range<usize>>,
}

/// Counts per memory key: PER, ORG, LOC, MISC, O.
pub(crate) type Memory<'d> = HashMap<&'d str, [u16; 5], FnvBuild>;

/// At most this many context features are aggregated per word.
const MAX_CONTEXTS: usize = 24;

/// Context aggregation: for each capitalized word (by lower-case form), the words before and
/// after each of its occurrences in the document, as features every occurrence shares
/// ("Magna 's", "shares of Magna", "Magna said" all tell about "Magna").
fn aggregate_contexts(
    text: &str,
    tokens: &[Token],
    bits: u8,
) -> HashMap<String, Vec<u32>, FnvBuild> {
    let mut contexts: HashMap<String, Vec<u32>, FnvBuild> = HashMap::default();
    for (i, t) in tokens.iter().enumerate() {
        let word = t.text(text);
        if t.kind != TokenKind::Word || !word.starts_with(char::is_uppercase) {
            continue;
        }
        let v = contexts.entry(lower(&normalize(word))).or_default();
        if v.len() >= MAX_CONTEXTS {
            continue;
        }
        let prev = i
            .checked_sub(1)
            .and_then(|j| tokens.get(j))
            .map_or("<S>", |p| p.text(text));
        let next = tokens.get(i + 1).map_or("</S>", |p| p.text(text));
        v.push(Fnv::new(23).str_lower(prev).bucket(bits));
        v.push(Fnv::new(24).str_lower(next).bucket(bits));
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

impl DocFeatures {
    /// Extracts the features of all `sentences` of `text`.
    pub(crate) fn build(
        text: &str,
        tokens: &[Token],
        sentences: impl Iterator<Item = Range<usize>>,
        bits: u8,
    ) -> DocFeatures {
        let sentences: Vec<Range<usize>> = sentences
            .filter(|r| r.start < r.end && r.end <= tokens.len())
            .collect();
        let starts = super::sentence_starts(tokens.len(), sentences.iter().cloned());
        let ctx = DocContext::new(text, tokens, &starts);
        let mut ex = Extractor::default();
        let n = tokens.len();
        let mut doc = DocFeatures {
            feats: Vec::with_capacity(n * 64),
            ranges: vec![0..0; n],
            keys: vec![None; n],
            o_counts: vec![false; n],
            caps: vec![0; n],
            sentences: Vec::with_capacity(sentences.len()),
        };
        let contexts = aggregate_contexts(text, tokens, bits);
        for r in sentences {
            ex.extract(text, &tokens[r.clone()], &ctx, bits);
            let mut prev_end = 0;
            for (k, info) in ex.infos.iter().enumerate() {
                let i = r.start + k;
                let start = doc.feats.len();
                doc.feats.extend_from_slice(&ex.feats[prev_end..ex.ends[k]]);
                prev_end = ex.ends[k];
                if let Some(agg) = info.memory_key().and_then(|key| contexts.get(key)) {
                    doc.feats.extend_from_slice(agg);
                }
                doc.ranges[i] = start..doc.feats.len();
                doc.keys[i] = info.memory_key().map(str::to_string);
                doc.o_counts[i] = info.o_counts();
                doc.caps[i] = info.caps();
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

    /// Token `i`'s local features.
    pub(crate) fn token_feats(&self, i: usize) -> &[u32] {
        &self.feats[self.ranges[i].clone()]
    }

    /// Local emission scores of the tokens in `range`.
    pub(crate) fn emissions<S: Scorer>(
        &self,
        scorer: &S,
        range: Range<usize>,
        out: &mut Vec<[f32; NUM_TAGS]>,
    ) {
        out.clear();
        for i in range {
            let mut row = [0.0; NUM_TAGS];
            scorer.score(self.token_feats(i), &mut row);
            out.push(row);
        }
    }

    fn remember<'d>(&'d self, memory: &mut Memory<'d>, i: usize, tag: u8) {
        if let Some(key) = &self.keys[i] {
            if tag != O || self.o_counts[i] {
                let c = memory.entry(key.as_str()).or_default();
                c[slot(tag)] = c[slot(tag)].saturating_add(1);
            }
        }
    }

    /// Token `i`'s memory features given the counts for its word (minus its own tag, if
    /// `own` is given and counted).
    fn memory_feats(
        &self,
        memory: &Memory,
        i: usize,
        own: Option<u8>,
        bits: u8,
    ) -> Option<[u32; 2]> {
        let key = self.keys[i].as_deref()?;
        let mut counts = *memory.get(key)?;
        if let Some(tag) = own {
            if tag != O || self.o_counts[i] {
                let s = slot(tag);
                counts[s] = counts[s].saturating_sub(1);
            }
        }
        memory_features(&counts, self.caps[i], bits)
    }

    /// Adds token `i`'s memory features (from the counts of earlier sentences) to `row`, and
    /// returns them.
    pub(crate) fn add_memory<S: Scorer>(
        &self,
        scorer: &S,
        memory: &Memory,
        i: usize,
        row: &mut [f32; NUM_TAGS],
    ) -> Option<[u32; 2]> {
        let f = self.memory_feats(memory, i, None, scorer.hash_bits())?;
        scorer.score(&f, row);
        Some(f)
    }

    /// Records the tags of the sentence at `range`.
    pub(crate) fn remember_sentence<'d>(
        &'d self,
        memory: &mut Memory<'d>,
        range: Range<usize>,
        tags: &[u8],
    ) {
        for (i, &t) in range.zip(tags) {
            self.remember(memory, i, t);
        }
    }

    /// Decodes the document sentence by sentence; one tag per token.
    pub(crate) fn decode<S: Scorer>(&self, scorer: &S) -> Vec<u8> {
        let mut tags = vec![O; self.ranges.len()];
        let mut memory = Memory::default();
        let mut em = Vec::new();
        let mut out = Vec::new();
        for r in &self.sentences {
            self.emissions(scorer, r.clone(), &mut em);
            for (k, i) in r.clone().enumerate() {
                self.add_memory(scorer, &memory, i, &mut em[k]);
            }
            viterbi(&em, scorer.transitions(), &mut out);
            tags[r.clone()].copy_from_slice(&out);
            self.remember_sentence(&mut memory, r.clone(), &out);
        }
        tags
    }
}
