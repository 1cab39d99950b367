//! Learned attribution: finds cue, content and source spans of reported speech ("who said what")
//! without relying on quotation marks.
//!
//! Two stages, both averaged perceptrons trained on PolNeAR by [`train::train`]:
//! 1. **Cues.** Every token whose lower-case form is in the model's cue vocabulary (words seen as
//!    part of a cue in training: `said`, `according`, `believes`, `accused`, ...) is scored by a
//!    linear classifier over its neighbourhood; adjacent accepted tokens form one cue.
//! 2. **Content and source.** For each cue, the tokens of its sentence are labelled
//!    `O`/`B-SOURCE`/`I-SOURCE`/`B-CONTENT`/`I-CONTENT` by a structured perceptron with
//!    first-order transitions and constrained Viterbi decoding; features are relative to the cue
//!    (side, distance, commas, `that` and other cues between, the cue's lemma).
//!
//! The content is the cover of the content chunks; the source is the source chunk nearest the
//! cue. The model file (`attrib.model`, format in [`model`]) is compiled into the library.

mod features;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use std::sync::OnceLock;

pub use model::{Model, ModelError, ModelErrorKind};

use crate::sentence::Sentence;
use crate::text::Span;
use crate::token::Token;
use features::{cue_features, quotations, token_info_where, CueWindow, TokInfo, IS_QUOTE};
use model::{SpanScratch, Weights, NUM_TAGS};

/// The model compiled into the library.
static MODEL_BYTES: &[u8] = include_bytes!("attrib.model");

/// One attribution: what was said, the cue that reports it and who said it (byte spans).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// What was said. For a direct quote it may include the quotation marks.
    pub content: Span,
    /// The reporting word or phrase ("said", "according to", "accused").
    pub cue: Option<Span>,
    /// Who said it ("The minister", "officials", "he").
    pub source: Option<Span>,
    /// The model found the cue with a score well above its threshold (by `STRONG_CUE_MARGIN`):
    /// a report that needs no word of the speech and stance lexicon.
    pub strong_cue: bool,
}

/// The compiled-in model, or the reason it cannot be used.
///
/// # Errors
/// A [`ModelError`] when the compiled-in file is stale or damaged (a build problem, caught by the
/// module's tests).
pub fn model() -> Result<&'static Model, &'static ModelError> {
    static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::from_bytes(MODEL_BYTES))
        .as_ref()
}

/// Finds attributions in `text`, already split into `tokens` and `sentences`.
///
/// Returns them in text order of their cues. Never panics, whatever the input; returns nothing
/// when the compiled-in model is unusable.
pub fn find_attributions(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Attribution> {
    let lex = crate::lexicon::lexicon();
    let in_lexicon = |i: usize| lex.cue_class(tok_text(text, &tokens[i])) != 0;
    find_attributions_near(
        text,
        tokens,
        sentences,
        |_| true,
        |_| false,
        in_lexicon,
        |_| true,
    )
}

/// Like [`find_attributions`], but labels only the cues that have a token for which `near`
/// holds among them, the token before them or the two after them, or that the model is sure of
/// (`Attribution::strong_cue`): a caller that will drop the other cues anyway saves their
/// content and source tagging, and a sentence with no such token is not looked at. Nor are
/// cues with a token for which `settled` holds labelled (a caller has their report already),
/// unless a later cue of the sentence follows "and" or "but" and may take their source.
/// `in_lexicon` tells the tokens that are in the speech or stance lexicon (a caller that has
/// looked them up already saves the lookups): their cue threshold is lower.
/// Only tokens for which `may_be_strong` holds make a cue the model is sure of (a caller that
/// drops some such cues saves their labelling).
pub fn find_attributions_near(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    near: impl Fn(usize) -> bool,
    settled: impl Fn(usize) -> bool,
    in_lexicon: impl Fn(usize) -> bool,
    may_be_strong: impl Fn(usize) -> bool,
) -> Vec<Attribution> {
    let keep = Keep {
        near: &near,
        settled: &settled,
        in_lexicon: Some(&in_lexicon),
        may_be_strong: &may_be_strong,
    };
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(found) =
        train::with_candidate(|m| find_with_where(m, text, tokens, sentences, &keep))
    {
        return found;
    }
    match model() {
        Ok(m) => find_with_where(m, text, tokens, sentences, &keep),
        Err(_) => Vec::new(),
    }
}

/// Which cues a caller wants labelled (see [`find_attributions_near`]).
struct Keep<'a> {
    near: &'a dyn Fn(usize) -> bool,
    settled: &'a dyn Fn(usize) -> bool,
    /// Tokens in the lexicon, when the caller knows them; else looked up.
    in_lexicon: Option<&'a dyn Fn(usize) -> bool>,
    /// Tokens that may make a cue the model is sure of.
    may_be_strong: &'a dyn Fn(usize) -> bool,
}

/// The tokens whose `near` makes a cue run `(first, last)` worth labelling: the one before it,
/// its own and the two after it.
fn near_range((c0, c1): (usize, usize), len: usize) -> std::ops::Range<usize> {
    c0.saturating_sub(1)..(c1 + 3).min(len)
}

const O: u8 = 0;
const B_SRC: u8 = 1;
const I_SRC: u8 = 2;
const B_CON: u8 = 3;
const I_CON: u8 = 4;
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by the trainer
const EDGE: usize = NUM_TAGS;

/// True when tag `next` may follow `prev` (either may be [`EDGE`]).
fn allowed(prev: usize, next: usize) -> bool {
    if next == usize::from(I_SRC) {
        prev == usize::from(B_SRC) || prev == usize::from(I_SRC)
    } else if next == usize::from(I_CON) {
        prev == usize::from(B_CON) || prev == usize::from(I_CON)
    } else {
        true
    }
}

/// Constrained Viterbi over `emissions` (see [`crate::viterbi`]); writes one tag per token into
/// `out`.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // the trainer's
pub(crate) fn viterbi(emissions: &[[f32; NUM_TAGS]], transitions: &[f32], out: &mut Vec<u8>) {
    let tr = crate::viterbi::Transitions::new(transitions, allowed);
    crate::viterbi::decode(emissions, &tr, &mut Vec::new(), out, O);
}

/// Scratch buffers reused across sentences, and the model's masked transitions.
pub(crate) struct Scratch {
    feats: Vec<u32>,
    span: SpanScratch,
    emissions: Vec<[f32; NUM_TAGS]>,
    tags: Vec<u8>,
    back: Vec<[u8; NUM_TAGS]>,
    transitions: TagTransitions,
}

impl Scratch {
    fn new(transitions: &[f32]) -> Scratch {
        Scratch {
            feats: Vec::new(),
            span: SpanScratch::default(),
            emissions: Vec::new(),
            tags: Vec::new(),
            back: Vec::new(),
            transitions: TagTransitions::new(transitions),
        }
    }
}

/// The transition scores of the five tags, row = previous tag, column = next, index
/// [`NUM_TAGS`] for the sentence edge; a forbidden transition scores −∞.
pub(crate) struct TagTransitions([[f32; NUM_TAGS + 1]; NUM_TAGS + 1]);

impl TagTransitions {
    /// Masks `transitions` (`(NUM_TAGS + 1)²`; missing scores count as 0) with [`allowed`].
    fn new(transitions: &[f32]) -> TagTransitions {
        let w = NUM_TAGS + 1;
        TagTransitions(std::array::from_fn(|p| {
            std::array::from_fn(|q| {
                if allowed(p, q) {
                    transitions.get(p * w + q).copied().unwrap_or(0.0)
                } else {
                    f32::NEG_INFINITY
                }
            })
        }))
    }
}

/// [`crate::viterbi::decode`] written out for the five tags, whose constraints are fixed: an
/// inside tag follows its begin tag or itself, anything else follows anything. The labelling
/// decodes one window per cue; without the generic decoder's bookkeeping (which tags a token may
/// have, which may precede which) decoding took about 26 M instead of 45 M of the labelling's
/// instructions on two passes over the PolNeAR dev articles (callgrind). The same tags, ties
/// included (the lowest previous tag wins), for finite emissions (the model's always are).
fn decode_tags(
    emissions: &[[f32; NUM_TAGS]],
    tr: &TagTransitions,
    back: &mut Vec<[u8; NUM_TAGS]>,
    out: &mut Vec<u8>,
) {
    const EDGE_ROW: usize = NUM_TAGS;
    let t = &tr.0;
    out.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0u8; NUM_TAGS]);
    let mut score: [f32; NUM_TAGS] = std::array::from_fn(|q| t[EDGE_ROW][q] + emissions[0][q]);
    // The best previous tag for `q` among `from..to`, the first of equal scores (selects, not
    // branches: which tag wins changes from token to token).
    #[inline(always)]
    fn best<const FROM: usize, const TO: usize>(
        score: &[f32; NUM_TAGS],
        t: &[[f32; NUM_TAGS + 1]; NUM_TAGS + 1],
        q: usize,
    ) -> (f32, u8) {
        let mut best = f32::NEG_INFINITY;
        let mut arg = 0u8;
        for p in FROM..TO {
            let s = score[p] + t[p][q];
            let better = s > best;
            best = if better { s } else { best };
            arg = if better { p as u8 } else { arg };
        }
        (best, arg)
    }
    for (em, back) in emissions.iter().zip(back.iter_mut()).skip(1) {
        let mut next = [0f32; NUM_TAGS];
        for q in [O, B_SRC, B_CON] {
            let (b, arg) = best::<0, NUM_TAGS>(&score, t, usize::from(q));
            next[usize::from(q)] = b + em[usize::from(q)];
            back[usize::from(q)] = arg;
        }
        let (b, arg) =
            best::<{ B_SRC as usize }, { I_SRC as usize + 1 }>(&score, t, usize::from(I_SRC));
        next[usize::from(I_SRC)] = b + em[usize::from(I_SRC)];
        back[usize::from(I_SRC)] = arg;
        let (b, arg) =
            best::<{ B_CON as usize }, { I_CON as usize + 1 }>(&score, t, usize::from(I_CON));
        next[usize::from(I_CON)] = b + em[usize::from(I_CON)];
        back[usize::from(I_CON)] = arg;
        score = next;
    }
    crate::viterbi::backtrack(&score, |q| t[q][EDGE_ROW], back, out, O);
}

/// Sentence token ranges clamped to the token list.
fn sentence_ranges(tokens: &[Token], sentences: &[Sentence]) -> Vec<(usize, usize)> {
    sentences
        .iter()
        .map(|s| {
            (
                s.tokens.start.min(tokens.len()),
                s.tokens.end.min(tokens.len()),
            )
        })
        .filter(|(s, e)| s < e)
        .collect()
}

/// How much lower the cue threshold is for a speech verb or a curated stance cue of the lexicon
/// ("said", "believes") than for other candidates ("has", "about"): the product keeps only
/// attributions that hang on those words (`crate::quote`), so a doubtful lexicon word is worth
/// tagging and a doubtful other word mostly costs precision. The trainer picks the threshold
/// with this margin in place (dev, all overlap F1, mean of the ten best epoch/threshold scores:
/// 70.62 without it; 70.99, 71.07, 71.19, 71.30, 71.25 with 3, 4, 5, 7, 10).
const LEXICON_CUE_MARGIN: f32 = 7.0;

/// Tokens on each side of a cue that its content and source may reach: far beyond any news
/// sentence (PolNeAR's train and dev give the same output with or without it), and a bound on
/// the work per cue in a text without sentence ends.
const MAX_REACH: usize = 150;

/// How far above its threshold the model's cue score must be for a cue that holds no word of the
/// speech and stance lexicon to be kept (`Attribution::strong_cue`), in a sentence that holds
/// one (and, `crate::quote` checks, with its subject before it). Such cues ("made it clear",
/// "seemed to", "concerned about") are left out otherwise: the lexicon keeps the reports to who
/// said or thinks what. Chosen on PolNeAR dev, all overlap F1 74.72 without them; with margins
/// 0, 1, 2, 2.5, 3, 3.5, 4 and 5: 75.04, 75.00, 75.06, 75.07, 75.13, 75.06, 74.97 and 74.95
/// (precision 80.94 without, 80.35 with 0, 80.98 with 3).
pub(crate) const STRONG_CUE_MARGIN: f32 = 3.0;

/// Accepted cue tokens of sentence `s..e` into `out`: a candidate whose score passes the model's
/// threshold, lowered by [`LEXICON_CUE_MARGIN`] where `in_lexicon`; and into `strong` those of
/// them whose score passes it by [`STRONG_CUE_MARGIN`] (both cleared first).
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn find_cues<W: Weights>(
    w: &W,
    info: &[TokInfo],
    s: usize,
    e: usize,
    scratch: &mut Scratch,
    in_lexicon: &dyn Fn(usize) -> bool,
    out: &mut Vec<usize>,
    strong: &mut Vec<usize>,
) {
    let has_quotes = info[s..e].iter().any(|t| t.flags & IS_QUOTE != 0);
    out.clear();
    strong.clear();
    for i in s..e {
        if !w.is_candidate(info[i].lower) {
            continue;
        }
        cue_features(info, s, e, i, has_quotes, w.cue_bits(), &mut scratch.feats);
        let threshold = if in_lexicon(i) {
            w.cue_threshold() - LEXICON_CUE_MARGIN
        } else {
            w.cue_threshold()
        };
        let score = w.cue_score(&scratch.feats);
        if score > threshold {
            out.push(i);
            if score > w.cue_threshold() + STRONG_CUE_MARGIN {
                strong.push(i);
            }
        }
    }
}

/// Groups sorted cue tokens into runs of adjacent tokens, `(first, last)`, into `runs` (cleared
/// first).
fn cue_runs(cues: &[usize], runs: &mut Vec<(usize, usize)>) {
    runs.clear();
    for &c in cues {
        match runs.last_mut() {
            Some(r) if r.1 + 1 == c => r.1 = c,
            _ => runs.push((c, c)),
        }
    }
}

/// Labels the window around one cue; writes tags into `scratch.tags`.
#[inline(never)]
fn label<W: Weights>(w: &W, info: &[TokInfo], win: &CueWindow, scratch: &mut Scratch) {
    w.span_emissions(info, win, &mut scratch.span, &mut scratch.emissions);
    decode_tags(
        &scratch.emissions,
        &scratch.transitions,
        &mut scratch.back,
        &mut scratch.tags,
    );
}

/// Chunks of tag `begin` (and its inside tag) in `tags`, as token ranges offset by `s`.
fn chunks(tags: &[u8], begin: u8, s: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (k, &t) in tags.iter().enumerate() {
        if t == begin {
            out.push((s + k, s + k));
        } else if t == begin + 1 {
            if let Some(last) = out.last_mut() {
                if last.1 + 1 == s + k {
                    last.1 = s + k;
                }
            }
        }
    }
    out
}

/// A token's text, or "" when its span does not fit `text`.
fn tok_text<'t>(text: &'t str, t: &Token) -> &'t str {
    text.get(t.span.start..t.span.end).unwrap_or("")
}

fn token_span(tokens: &[Token], a: usize, b: usize, text_len: usize) -> Option<Span> {
    let (start, end) = (tokens.get(a)?.span.start, tokens.get(b)?.span.end);
    (start < end && end <= text_len).then(|| Span::new(start, end))
}

/// The content around a parenthetical cue, `(first, last)`: "The truth, the senator said then,
/// was that ..." or "Lenox was a juggernaut, said Mr. Clarke, until ...". The cue is a speech
/// verb; its source (before or after it, at most five tokens, no relative clause) and the cue
/// sit between two commas, with words on both sides.
fn parenthetical(
    text: &str,
    tokens: &[Token],
    info: &[TokInfo],
    (s, e): (usize, usize),
    (c0, c1): (usize, usize),
) -> Option<(usize, usize)> {
    let word = |i: usize| tok_text(text, &tokens[i]);
    let is_punct = |i: usize| {
        matches!(word(i), "." | "!" | "?" | "," | ";" | ":") || info[i].flags & IS_QUOTE != 0
    };
    let p = (s + 1..c0).rev().take(9).find(|&i| is_punct(i))?;
    let q = (c1 + 1..e).take(9).find(|&i| is_punct(i))?;
    if word(p) != "," || word(q) != "," {
        return None;
    }
    let lex = crate::lexicon::lexicon();
    if !(c0..=c1).any(|i| lex.is_speech_verb(word(i)))
        || (p + 1..q).any(|i| matches!(word(i), "which" | "who" | "that"))
    {
        return None;
    }
    let (src_before, src_after) = (c0 - p - 1, q - c1 - 1);
    // ", the senator said (then|Monday),"
    // The words between the cue and the comma, when more than one, say when, where or to whom:
    // ", Stumpf explained earlier in the committee hearing,", ", he told me on Friday,".
    let adverbial = |i: usize| {
        matches!(
            word(i).to_ascii_lowercase().as_str(),
            "in" | "on"
                | "at"
                | "during"
                | "earlier"
                | "later"
                | "then"
                | "this"
                | "last"
                | "recently"
                | "again"
                | "once"
                | "yesterday"
                | "today"
                | "tonight"
        ) || word(i).ends_with("day")
    };
    let told = |i: usize| matches!(word(i), "me" | "us" | "him" | "her" | "them" | "reporters");
    let when = match q - c1 - 1 {
        0 | 1 => true,
        // Not "when he insisted on paying his hotel bill himself,": a verb's complement.
        _ if word(c1 + 2).ends_with("ing") => false,
        _ => adverbial(c1 + 1) || (told(c1 + 1) && adverbial(c1 + 2)),
    };
    let source_first = (1..=5).contains(&src_before)
        && src_after <= 6
        && when
        && (c1 + 1..q).all(|i| word(i).starts_with(char::is_lowercase) || word(i).ends_with("day"));
    // ", said Mr. Clarke," but not ", said Brian Baker, a longtime adviser"
    let source_after = src_before == 0
        && (1..=5).contains(&src_after)
        && !tokens.get(q + 1).is_some_and(|t| {
            matches!(
                tok_text(text, t).to_ascii_lowercase().as_str(),
                "a" | "an" | "the" | "who" | "which"
            )
        });
    // What follows a clause and its cue as an adjunct or another clause is not said: "Cases
    // have reached a record, health officials said Friday, | with outbreaks in 14 states",
    // "…, according to CoreLogic, | though the gap is narrowing".
    // (After a clause: not "And so, he said, | while members … are horrified, they …".)
    let adjunct = p >= s + 4
        && (q + 1..e).find(|&i| !is_punct(i)).is_some_and(|i| {
            let w = word(i);
            matches!(
                w.to_ascii_lowercase().as_str(),
                "with" | "though" | "although" | "while" | "amid" | "despite" | "whereas"
            )
        });
    if !(source_first || source_after)
        || adjunct
        || !(s..p).any(|i| !is_punct(i))
        || (q + 1..e).filter(|&i| !is_punct(i)).take(2).count() < 2
    {
        return None;
    }
    let first = (s..p).find(|&i| !is_punct(i))?;
    let last = (q + 1..e).rev().find(|&i| !is_punct(i))?;
    Some((first, last))
}

/// True when the cue `(c0, c1)` is a passive "be expected to" (or projected, predicted, thought,
/// believed): the cue is that word, maybe with adverbs before it, after a form of "be" and at
/// most two adverbs ("is widely expected"), with "to" after it.
fn passive_subject(
    text: &str,
    tokens: &[Token],
    (s, e): (usize, usize),
    (c0, c1): (usize, usize),
) -> bool {
    let word = |k: usize| tok_text(text, &tokens[k]);
    // The cue may take in the adverbs ("widely expected").
    (c0..c1).all(|k| word(k).ends_with("ly"))
        && c0 > s
        && c1 + 1 < e
        && matches!(
            word(c1),
            "expected" | "projected" | "predicted" | "thought" | "believed"
        )
        && word(c1 + 1) == "to"
        && be_before(text, tokens, s, c0).is_some()
}

/// The form of "be" before the cue at `c0` in a passive, with only adverbs between.
fn be_before(text: &str, tokens: &[Token], s: usize, c0: usize) -> Option<usize> {
    let word = |k: usize| tok_text(text, &tokens[k]);
    let is_be = |k: usize| {
        matches!(
            word(k).to_ascii_lowercase().as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s"
        )
    };
    (c0.saturating_sub(3).max(s)..c0)
        .rev()
        .find(|&k| is_be(k))
        .filter(|&b| {
            (b + 1..c0).all(|k| {
                word(k).ends_with("ly") || matches!(word(k), "not" | "also" | "still" | "now")
            })
        })
}

/// Where the subject of a passive cue at `c0` starts: after the last comma, semicolon or colon
/// before its "be", or at the sentence start `s`, and after a leading "But" or "And"; `None` when
/// no word lies there.
fn passive_start(
    text: &str,
    tokens: &[Token],
    is_punct: &dyn Fn(usize) -> bool,
    s: usize,
    c0: usize,
) -> Option<usize> {
    let b = be_before(text, tokens, s, c0)?;
    let mut f = (s..b)
        .rev()
        .find(|&k| matches!(tok_text(text, &tokens[k]), "," | ";" | ":"))
        .map_or(s, |k| k + 1);
    while f < b
        && (is_punct(f)
            || matches!(
                tok_text(text, &tokens[f]).to_ascii_lowercase().as_str(),
                "but" | "and" | "yet" | "so" | "or"
            ))
    {
        f += 1;
    }
    (f < b).then_some(f)
}

/// Runs the two stages with any weights (the compiled model or the trainer's).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn find_with<W: Weights>(
    w: &W,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
) -> Vec<Attribution> {
    let keep = Keep {
        near: &|_| true,
        settled: &|_| false,
        in_lexicon: None,
        may_be_strong: &|_| true,
    };
    find_with_where(w, text, tokens, sentences, &keep)
}

/// [`find_with`] labelling only the cue runs `keep` wants: with a token `near` accepts in their
/// [`near_range`] and, unless a coordinated cue follows, none it calls settled.
fn find_with_where<W: Weights>(
    w: &W,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    keep: &Keep,
) -> Vec<Attribution> {
    let near = keep.near;
    // A sentence whose every cue run would be dropped needs no token information.
    let ranges = sentence_ranges(tokens, sentences);
    let live: Vec<(usize, usize)> = ranges
        .into_iter()
        .filter(|&(s, e)| near_range((s, e - 1), tokens.len()).any(near))
        .collect();
    let info = token_info_where(text, tokens, sentences, |s, e| {
        live.binary_search(&(s, e)).is_ok()
    });
    let quotes = quotations(text, tokens, sentences);
    let mut scratch = Scratch::new(w.transitions());
    let mut out = Vec::new();
    let lex = crate::lexicon::lexicon();
    let in_lexicon = |i: usize| match keep.in_lexicon {
        Some(known) => known(i),
        None => lex.cue_class(tok_text(text, &tokens[i])) != 0,
    };
    let on_boundary = |s: Span| text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
    // Per-sentence buffers, reused.
    let (mut cues, mut strong, mut runs, mut conjoined_after) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for &(s, e) in &live {
        find_cues(
            w,
            &info,
            s,
            e,
            &mut scratch,
            &in_lexicon,
            &mut cues,
            &mut strong,
        );
        cue_runs(&cues, &mut runs);
        // Whether a later run of the sentence follows "and" or "but", for each run (one pass
        // from the end: a sentence can hold thousands of runs).
        conjoined_after.clear();
        conjoined_after.resize(runs.len(), false);
        for n in (0..runs.len().saturating_sub(1)).rev() {
            let d = runs[n + 1].0;
            conjoined_after[n] =
                conjoined_after[n + 1] || matches!(tok_text(text, &tokens[d - 1]), "and" | "but");
        }
        for (n, &(c0, c1)) in runs.iter().enumerate() {
            let strong_cue =
                (c0..=c1).any(|k| strong.binary_search(&k).is_ok() && (keep.may_be_strong)(k));
            if !near_range((c0, c1), tokens.len()).any(near) && !strong_cue {
                continue;
            }
            // "said “…” and called him ...": the later cue takes this one's source.
            if (c0..=c1).any(keep.settled) && !conjoined_after[n] {
                continue;
            }
            // The window labelled: the sentence, or its tokens within `MAX_REACH` of the cue
            // when it is longer (a text with no sentence end would otherwise be labelled once
            // per cue, in time quadratic in its length).
            let (ws, we) = (
                s.max(c0.saturating_sub(MAX_REACH)),
                e.min(c1 + 1 + MAX_REACH),
            );
            let win = CueWindow {
                s: ws,
                e: we,
                c0,
                c1,
                others: &cues,
            };
            label(w, &info, &win, &mut scratch);
            let content = chunks(&scratch.tags, B_CON, ws);
            let (Some(first), Some(last)) = (content.first(), content.last()) else {
                continue;
            };
            let (mut first, mut last) = (first.0, last.1);
            // Content chunks on both sides of the cue ("The clip | has faced ridicule | online
            // since ..."): one report cannot hold the cue, so it keeps the larger side.
            if first < c0 && last > c1 {
                let size = |keep: &dyn Fn(&(usize, usize)) -> bool| -> usize {
                    content
                        .iter()
                        .filter(|c| keep(c))
                        .map(|c| c.1 + 1 - c.0)
                        .sum()
                };
                if size(&|c| c.1 < c0) >= size(&|c| c.0 > c1) {
                    last = content
                        .iter()
                        .rev()
                        .find(|c| c.1 < c0)
                        .map_or(last, |c| c.1);
                } else {
                    first = content.iter().find(|c| c.0 > c1).map_or(first, |c| c.0);
                }
            }
            let is_punct = |i: usize| {
                matches!(
                    tok_text(text, &tokens[i]),
                    "." | "!" | "?" | "," | ";" | ":"
                ) || info[i].flags & IS_QUOTE != 0
            };
            // A content after its cue that stops at another cue was cut short by a nested
            // attribution ("said Republicans are convinced the department mishandled it"): the
            // outer content runs on to the end of the sentence (or of the window labelled).
            // (Or past a comma and a repeated adverb: "that he really|, really wants to …".)
            let repeated = last + 3 < we
                && tok_text(text, &tokens[last + 1]) == ","
                && tok_text(text, &tokens[last + 2]).ends_with("ly")
                && tok_text(text, &tokens[last + 2]) == tok_text(text, &tokens[last])
                && cues.binary_search(&(last + 3)).is_ok();
            if first > c1
                && last + 1 < we
                && ((last.saturating_sub(1)..=last + 1)
                    .any(|k| k > c1 && cues.binary_search(&k).is_ok())
                    || repeated)
            {
                let mut l = we - 1;
                while l > last && is_punct(l) {
                    l -= 1;
                }
                last = l;
            }
            if first > c1 {
                // A second report after a conjunction ends the first: "praised the work but also
                // warned that ...".
                let stop = (first + 1..=last).find(|&k| {
                    matches!(tok_text(text, &tokens[k]), "and" | "but")
                        && (k + 1..(k + 4).min(e)).any(|j| cues.binary_search(&j).is_ok())
                        || (k > first + 2
                            && tok_text(text, &tokens[k]) == ","
                            && cues.binary_search(&(k + 1)).is_ok()
                            && tok_text(text, &tokens[k + 1]).ends_with("ing"))
                });
                if let Some(k) = stop {
                    let mut l = k - 1;
                    while l > first && is_punct(l) {
                        l -= 1;
                    }
                    last = l;
                }
            }
            // A cue and its source set off by commas inside the sentence report the whole
            // sentence around them: "The truth, the senator said, was that ...".
            // (Within the window labelled: a text with no sentence ends would otherwise report
            // all of it for every such cue.)
            if let Some((f, l)) = parenthetical(text, tokens, &info, (ws, we), (c0, c1)) {
                first = f;
                last = l;
            }
            // "X is expected to Y": PolNeAR's content is X and "to Y" (62 of the 67 in train),
            // reported as one span from the subject to the end, with no source.
            let passive = first > c1 && passive_subject(text, tokens, (s, e), (c0, c1));
            if let Some(f) = passive
                .then(|| passive_start(text, tokens, &is_punct, s, c0))
                .flatten()
            {
                first = f;
            }
            let passive = passive && first < c0;
            // A content before its cue starts the sentence ("The plan will fail, he said."), or
            // the window labelled.
            if last < c0
                && first > ws
                && !scratch.tags[..first.saturating_sub(ws)]
                    .iter()
                    .any(|&t| t == B_SRC || t == I_SRC)
            {
                let mut f = ws;
                while f < first && is_punct(f) {
                    f += 1;
                }
                first = f;
            }
            // A content inside a quotation that opens or closes in another sentence runs to its
            // marks. Quotations do not overlap and are in text order: the only one that can hold
            // a token is the last that opens before it.
            let holding = |k: usize, opens_before: usize| {
                quotes[..quotes.partition_point(|&(o, _)| o < opens_before)]
                    .last()
                    .filter(|&&(_, c)| k <= c)
            };
            if let Some(&(open, _)) = holding(first, s.min(first)) {
                first = open;
            }
            if let Some(&(_, close)) = holding(last, last + 1).filter(|&&(_, c)| c >= e && last < c)
            {
                last = close;
            }
            // The tagger is not trained on edge punctuation (see `train::close_enough`).
            let edge = |i: usize| matches!(tok_text(text, &tokens[i]), "." | "," | ";" | ":");
            while first < last && edge(last) {
                last -= 1;
            }
            while first < last && edge(first) {
                first += 1;
            }
            let Some(content) = token_span(tokens, first, last, text.len()) else {
                continue;
            };
            let sources = if passive {
                Vec::new()
            } else {
                chunks(&scratch.tags, B_SRC, ws)
            };
            let source = sources
                .into_iter()
                .min_by_key(|&(a, b)| if b < c0 { c0 - b } else { a.saturating_sub(c1) })
                .and_then(|(a, b)| token_span(tokens, a, b, text.len()))
                // "X called it ... and warned that ...": a coordinated cue shares the subject
                // of the report before it in the sentence.
                .or_else(|| {
                    let sentence_start = tokens[s].span.start;
                    (c0 > s && matches!(tok_text(text, &tokens[c0 - 1]), "and" | "but"))
                        .then(|| out.last())
                        .flatten()
                        .filter(|a: &&Attribution| a.cue.is_some_and(|c| c.start >= sentence_start))
                        .and_then(|a| a.source)
                });
            // "according" reads better as "according to".
            let mut c1 = c1;
            if c1 + 1 < e
                && tok_text(text, &tokens[c1]).eq_ignore_ascii_case("according")
                && tok_text(text, &tokens[c1 + 1]) == "to"
            {
                c1 += 1;
            }
            let cue = token_span(tokens, c0, c1, text.len());
            if !on_boundary(content)
                || !cue.is_none_or(on_boundary)
                || !source.is_none_or(on_boundary)
            {
                continue;
            }
            out.push(Attribution {
                content,
                cue,
                source,
                strong_cue,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
