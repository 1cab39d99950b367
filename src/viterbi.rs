//! Constrained first-order Viterbi decoding over `N` tags, shared by the entity tagger (BILOU
//! tags) and the attribution model (source/content tags).
//!
//! Transition scores are `(N + 1)²`, row = previous tag, column = next tag, with index `N`
//! standing for the sentence edge (the last row is the start, the last column the end). Each
//! model says which transitions are allowed; a forbidden one is never used.

/// Transition scores with every forbidden transition at −∞, and for each tag the tags that may
/// precede it; built once and reused across sentences.
pub(crate) struct Transitions<const N: usize> {
    /// `(N + 1)²` scores.
    masked: Vec<f32>,
    /// `preds[q][..npreds[q]]`: the tags `p` (not the edge) that may precede `q`, ascending, with
    /// the score of `p → q`.
    preds: [[(u8, f32); N]; N],
    npreds: [u8; N],
}

impl<const N: usize> Transitions<N> {
    /// At most 32 tags: the decoder indexes its score rows by a tag masked to five bits.
    const FITS: () = assert!(N <= 32);

    /// Masks `transitions` (`(N + 1)²`; missing scores count as 0) with `allowed(prev, next)`.
    pub(crate) fn new(transitions: &[f32], allowed: impl Fn(usize, usize) -> bool) -> Self {
        let () = Self::FITS;
        let w = N + 1;
        let mut masked = vec![f32::NEG_INFINITY; w * w];
        for p in 0..w {
            for q in 0..w {
                if allowed(p, q) {
                    masked[p * w + q] = transitions.get(p * w + q).copied().unwrap_or(0.0);
                }
            }
        }
        let mut preds = [[(0u8, 0.0f32); N]; N];
        let mut npreds = [0u8; N];
        for q in 0..N {
            for p in 0..N {
                if allowed(p, q) {
                    preds[q][usize::from(npreds[q])] = (p as u8, masked[p * w + q]);
                    npreds[q] += 1;
                }
            }
        }
        Transitions {
            masked,
            preds,
            npreds,
        }
    }

    #[inline]
    fn get(&self, p: usize, q: usize) -> f32 {
        self.masked[p * (N + 1) + q]
    }
}

/// The index of the one finite score, if exactly one is.
#[inline]
fn only_finite(scores: &[f32]) -> Option<usize> {
    let mut found = None;
    for (t, &s) in scores.iter().enumerate() {
        if s.is_finite() {
            if found.is_some() {
                return None;
            }
            found = Some(t);
        }
    }
    found
}

/// The best tag sequence for `emissions` (one row of `N` scores per token) under `tr`; writes
/// one tag per token into `out`, using `back` for back-pointers. When no sequence has a finite
/// score (NaN or infinite scores), every tag is `fallback`, which must be allowed everywhere.
///
/// Only allowed predecessors are scanned: a forbidden one scores −∞ (or NaN) and can never win
/// the strict comparison, so skipping it gives the same tags.
#[inline(never)]
pub(crate) fn decode<const N: usize>(
    emissions: &[[f32; N]],
    tr: &Transitions<N>,
    back: &mut Vec<[u8; N]>,
    out: &mut Vec<u8>,
    fallback: u8,
) {
    out.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0u8; N]);
    // 32 entries so that indexing by a tag masked to 5 bits needs no bounds check.
    let mut score = [f32::NEG_INFINITY; 32];
    for t in 0..N {
        score[t] = tr.get(N, t) + emissions[0][t];
    }
    // After a token with one possible tag (a closed token, most of a text), every path comes
    // from that tag: no predecessors to scan.
    let mut only = only_finite(&score[..N]);
    for (em, back) in emissions.iter().zip(back.iter_mut()).skip(1) {
        let mut next = [f32::NEG_INFINITY; 32];
        if let Some(p) = only {
            for q in 0..N {
                next[q] = score[p] + tr.get(p, q) + em[q];
                back[q] = p as u8;
            }
            only = only_finite(&next[..N]);
            score = next;
            continue;
        }
        for q in 0..N {
            if em[q] == f32::NEG_INFINITY {
                // A tag the token cannot have (the entity tagger's closed tokens): no path
                // through it, and no need to scan its predecessors.
                next[q] = f32::NEG_INFINITY;
                back[q] = 0;
                continue;
            }
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for &(p, t) in &tr.preds[q][..usize::from(tr.npreds[q])] {
                let s = score[usize::from(p) & 31] + t;
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            next[q] = best + em[q];
            back[q] = arg;
        }
        only = only_finite(&next[..N]);
        score = next;
    }
    backtrack(&score[..N], |t| tr.get(t, N), back, out, fallback);
}

/// The end of a decode: the best last tag by its `score` plus `end(tag)` (the transition into
/// the sentence edge; the first of equal scores wins), then the tags before it by the
/// back-pointers, one per token of `back`, into `out`. Every tag is `fallback` when no path has a
/// finite score.
#[inline]
pub(crate) fn backtrack<const N: usize>(
    score: &[f32],
    end: impl Fn(usize) -> f32,
    back: &[[u8; N]],
    out: &mut Vec<u8>,
    fallback: u8,
) {
    let n = back.len();
    let mut best = f32::NEG_INFINITY;
    let mut last = fallback;
    for (t, &s) in score.iter().enumerate() {
        let s = s + end(t);
        if s > best {
            best = s;
            last = t as u8;
        }
    }
    out.clear();
    out.resize(n, fallback);
    if best == f32::NEG_INFINITY || n == 0 {
        return;
    }
    out[n - 1] = last;
    for i in (1..n).rev() {
        out[i - 1] = back[i][usize::from(out[i])];
    }
}
