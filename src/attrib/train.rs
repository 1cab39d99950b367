//! Training and evaluation of the attribution model on PolNeAR (native only).
//!
//! Reproducible: instances are shuffled each epoch by a fixed-seed generator and everything else
//! is deterministic. Each article is tokenized and split by the product's own tokenizer and
//! sentence splitter, exactly as at run time, and the gold spans (brat character offsets,
//! converted to bytes) are projected onto those tokens. The cue vocabulary is every lower-case
//! word that is part of a gold cue at least `vocab_min_count` times and in at least
//! `vocab_min_ratio` of its occurrences. After every epoch the averaged weights are scored on dev
//! with the matching rules of [`crate::quote::eval`]; the best epoch's weights are pruned,
//! quantized and written.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::features::{
    cue_features, span_features, token_info, word_hash, CueWindow, IS_QUOTE, SPAN_FEATURES,
};
use super::model::{Model, Weights, NUM_TAGS};
use super::{find_with, viterbi, Attribution, B_CON, B_SRC, EDGE};
use crate::analysis::{Analysis, Quote, QuoteKind, Speaker};
use crate::quote::eval::{eval_polnear, PolnearScores};
use crate::sentence::{split_sentences, Sentence};
use crate::text::Span;
use crate::token::{is_quote_char, tokenize, Token, TokenKind};

thread_local! {
    /// A model being trained, used by [`super::find_attributions`] in place of the compiled-in
    /// one while the trainer scores the whole pipeline with it (this thread only).
    static CANDIDATE: std::cell::RefCell<Option<Model>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` with the candidate model when the trainer has set one on this thread.
pub(crate) fn with_candidate<T>(f: impl FnOnce(&Model) -> T) -> Option<T> {
    CANDIDATE.with(|c| c.borrow().as_ref().map(f))
}

/// Scores the whole product (`crate::analyze`) on `dir` with `model` in place of the compiled-in
/// attribution model.
fn eval_pipeline_with(model: &Model, dir: &Path) -> io::Result<PolnearScores> {
    CANDIDATE.with(|c| *c.borrow_mut() = Some(model.clone()));
    let scores = eval_polnear(dir, crate::analyze);
    CANDIDATE.with(|c| *c.borrow_mut() = None);
    scores
}

/// What to train on and how.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// PolNeAR training split (with `text/` and `attributions/`).
    pub train: PathBuf,
    /// PolNeAR dev split (for choosing the epoch and reporting).
    pub dev: PathBuf,
    /// Where to write the model file.
    pub out: PathBuf,
    pub epochs: usize,
    pub seed: u64,
    /// The cue table has `2^cue_bits` rows, the span table `2^span_bits`.
    pub cue_bits: u8,
    pub span_bits: u8,
    /// Weights whose magnitude is below this share of the table's largest are dropped.
    pub prune: f32,
    /// Cue vocabulary: minimum count as part of a cue, and minimum share of occurrences.
    pub vocab_min_count: usize,
    pub vocab_min_ratio: f64,
    /// Perceptron runs with different shuffles whose averaged weights are averaged.
    pub runs: usize,
    /// Every `negative_spans`-th cue candidate that is not a gold cue is also a span instance
    /// with nothing labelled (0: none).
    pub negative_spans: usize,
    /// Print progress to stderr.
    pub verbose: bool,
}

impl TrainOptions {
    /// The options used for the committed model.
    pub fn new(
        train: impl Into<PathBuf>,
        dev: impl Into<PathBuf>,
        out: impl Into<PathBuf>,
    ) -> TrainOptions {
        TrainOptions {
            train: train.into(),
            dev: dev.into(),
            out: out.into(),
            epochs: 10,
            seed: 0xA77_0001,
            cue_bits: 18,
            span_bits: 19,
            // Dev, all overlap F1, mean of the per-epoch bests: 71.83 at 0.03 and at 0.06 (model
            // 244 KB and 130 KB), 71.73 at 0.08, 71.37 at 0.1.
            prune: 0.06,
            vocab_min_count: 2,
            vocab_min_ratio: 0.05,
            runs: 5,
            negative_spans: 0,
            verbose: true,
        }
    }
}

/// True when the predicted tags of a span instance would count as right under the matching rules
/// of [`crate::quote::eval`]: the cover of the predicted content chunks holds 80% of the gold
/// content tokens and lies at least half inside them, and the predicted source overlaps the gold
/// one (or neither has a source). The span perceptron does not update on such an instance: the
/// annotators' content boundaries vary ("said he would leave[, as ...]"), and chasing each of
/// them costs more on dev than it teaches (dev, all overlap F1, best of the ten epochs and eight
/// thresholds: 71.47 updating on every difference, 71.66 with this; mean of the per-epoch bests
/// 70.97 and 71.41).
fn close_enough(pred: &[u8], gold: &[u8]) -> bool {
    let is_con = |t: u8| t == B_CON || t == B_CON + 1;
    let is_src = |t: u8| t == B_SRC || t == B_SRC + 1;
    let cover = |v: &[u8]| -> Option<(usize, usize)> {
        Some((
            v.iter().position(|&t| is_con(t))?,
            v.iter().rposition(|&t| is_con(t))?,
        ))
    };
    let (Some(p), Some(_)) = (cover(pred), cover(gold)) else {
        return false;
    };
    let gold_tokens = gold.iter().filter(|&&t| is_con(t)).count();
    let inside = (p.0..=p.1).filter(|&k| is_con(gold[k])).count();
    let content_ok = 10 * inside >= 8 * gold_tokens && 2 * inside >= p.1 + 1 - p.0;
    let source_ok = if gold.iter().any(|&t| is_src(t)) {
        pred.iter().zip(gold).any(|(&a, &b)| is_src(a) && is_src(b))
    } else {
        !pred.iter().any(|&t| is_src(t))
    };
    content_ok && source_ok
}

/// What a training run did.
#[derive(Clone, Debug)]
pub struct TrainReport {
    /// Dev content overlap F1 (all attributions) of the whole product with the quantized weights
    /// after each epoch, at the best cue threshold.
    pub epoch_f1: Vec<f64>,
    /// 1-based epoch whose weights were kept.
    pub best_epoch: usize,
    /// Dev scores of the written (pruned, quantized) model alone.
    pub dev: PolnearScores,
    /// Dev scores of the whole product with the written model.
    pub pipeline: PolnearScores,
    pub vocab_size: usize,
    /// Share of train gold cues with at least one vocabulary word.
    pub cue_coverage: f64,
    pub model_bytes: usize,
    pub seconds: f64,
}

pub use crate::model_file::TrainError;

/// One gold attribution: byte spans, possibly discontinuous.
type Gold = crate::quote::eval::BratAttribution;

/// One article with the product's tokens and sentences.
struct Doc {
    text: String,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    golds: Vec<Gold>,
}

/// The annotated attributions of one article that have a content and a cue.
fn parse_ann(ann: &str, text: &str) -> Vec<Gold> {
    crate::quote::eval::read_brat(ann, text)
        .into_iter()
        .filter(|g| !g.content.is_empty() && !g.cue.is_empty())
        .collect()
}

/// Reads a split: the alphabetically first annotation file of each article.
fn read_split(dir: &Path) -> Result<Vec<Doc>, TrainError> {
    let ann_dir = dir.join("attributions");
    let mut anns: Vec<PathBuf> = fs::read_dir(&ann_dir)
        .map_err(|e| TrainError::io("reading", &ann_dir, e))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut seen = HashSet::new();
    let mut docs = Vec::new();
    for ann in anns {
        let name = ann.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some((article, _)) = name.rsplit_once('_') else {
            continue;
        };
        if !seen.insert(article.to_string()) {
            continue;
        }
        let text_path = dir.join("text").join(format!("{article}.txt"));
        let text =
            fs::read_to_string(&text_path).map_err(|e| TrainError::io("reading", &text_path, e))?;
        let ann_text = fs::read_to_string(&ann).map_err(|e| TrainError::io("reading", &ann, e))?;
        let golds = parse_ann(&ann_text, &text);
        let tokens = tokenize(&text);
        let sentences = split_sentences(&text, &tokens);
        docs.push(Doc {
            text,
            tokens,
            sentences,
            golds,
        });
    }
    Ok(docs)
}

/// The lower-case key of a word, as [`word_hash`] hashes it.
fn lower_key(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '’' | '‘' | 'ʼ') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Tokens overlapping any of `spans`.
fn tokens_in(tokens: &[Token], spans: &[Span]) -> Vec<usize> {
    (0..tokens.len())
        .filter(|&i| spans.iter().any(|s| s.overlaps(tokens[i].span)))
        .collect()
}

/// A cue candidate: features and whether it is part of a gold cue.
struct CueInstance {
    feats: Vec<u32>,
    is_cue: bool,
}

/// A span instance: features per token (flattened) and gold tags.
struct SpanInstance {
    feats: Vec<u32>,
    tags: Vec<u8>,
}

/// Prepared training material for one split.
struct Prepared {
    cues: Vec<CueInstance>,
    spans: Vec<SpanInstance>,
    /// Gold cues, and those with a vocabulary word.
    gold_cues: usize,
    covered_cues: usize,
}

fn sentence_of(tokens: &[Token], sentences: &[Sentence]) -> Vec<usize> {
    let mut of = vec![usize::MAX; tokens.len()];
    for (n, s) in sentences.iter().enumerate() {
        for i in s.tokens.clone() {
            if let Some(x) = of.get_mut(i) {
                *x = n;
            }
        }
    }
    of
}

fn prepare(
    docs: &[Doc],
    vocab: &HashSet<u64>,
    cue_share: &HashMap<u64, f64>,
    opts: &TrainOptions,
) -> Prepared {
    let mut p = Prepared {
        cues: Vec::new(),
        spans: Vec::new(),
        gold_cues: 0,
        covered_cues: 0,
    };
    let mut negatives = 0usize;
    for doc in docs {
        let info = token_info(&doc.text, &doc.tokens, &doc.sentences);
        let of = sentence_of(&doc.tokens, &doc.sentences);
        let all_cues: Vec<Span> = doc
            .golds
            .iter()
            .flat_map(|g| g.cue.iter().copied())
            .collect();
        let is_cue: Vec<bool> = doc
            .tokens
            .iter()
            .map(|t| all_cues.iter().any(|c| c.overlaps(t.span)))
            .collect();
        let is_cand = |i: usize| vocab.contains(&info[i].lower);
        // The head of each gold cue: its candidate with the highest share of occurrences inside
        // a cue in train ("said" in "has said", "accused" in "also accused"). Only heads are
        // positive cue instances; the other candidates of a gold cue ("has", "also") are no
        // instances at all, and a span instance is built around the head alone. Dev, all overlap
        // F1, best epoch and threshold: 71.80 with every cue token positive and span instances
        // around the run of candidates, 72.09 with heads (mean of per-epoch bests 71.61, 71.83).
        let mut is_head = vec![false; doc.tokens.len()];
        for c in &all_cues {
            let share = |i: usize| cue_share.get(&info[i].lower).copied().unwrap_or(0.0);
            let head = tokens_in(&doc.tokens, std::slice::from_ref(c))
                .into_iter()
                .filter(|&i| is_cand(i))
                .max_by(|&x, &y| share(x).total_cmp(&share(y)));
            if let Some(h) = head {
                is_head[h] = true;
            }
        }
        for s in &doc.sentences {
            let (a, b) = (s.tokens.start, s.tokens.end);
            let has_quotes = info[a..b].iter().any(|t| t.flags & IS_QUOTE != 0);
            for i in (a..b).filter(|&i| is_cand(i) && (is_head[i] || !is_cue[i])) {
                let mut feats = Vec::new();
                cue_features(&info, a, b, i, has_quotes, opts.cue_bits, &mut feats);
                p.cues.push(CueInstance {
                    feats,
                    is_cue: is_cue[i],
                });
                // A candidate that is no cue teaches the span stage to label nothing, so that it
                // can reject what the cue classifier wrongly accepts.
                if !is_cue[i] && opts.negative_spans > 0 && negatives % opts.negative_spans == 0 {
                    let win = CueWindow {
                        s: a,
                        e: b,
                        c0: i,
                        c1: i,
                        others: &[],
                    };
                    let mut feats = Vec::new();
                    span_features(&info, &win, opts.span_bits, &mut feats);
                    p.spans.push(SpanInstance {
                        feats,
                        tags: vec![0; b - a],
                    });
                }
                negatives += usize::from(!is_cue[i]);
            }
        }
        for g in &doc.golds {
            let cue_toks = tokens_in(&doc.tokens, &g.cue);
            let Some(&first) = cue_toks.first() else {
                continue;
            };
            p.gold_cues += 1;
            let n = of[first];
            let Some(sent) = doc.sentences.get(n) else {
                continue;
            };
            let (s, e) = (sent.tokens.start, sent.tokens.end);
            let cands: Vec<usize> = cue_toks
                .iter()
                .copied()
                .filter(|&i| of[i] == n && is_cand(i))
                .collect();
            let (c0, c1) = if let Some(&h) = cands.iter().find(|&&i| is_head[i]) {
                p.covered_cues += 1;
                (h, h)
            } else if let Some(&c0) = cands.first() {
                p.covered_cues += 1;
                let mut c1 = c0;
                while cands.contains(&(c1 + 1)) {
                    c1 += 1;
                }
                (c0, c1)
            } else {
                let in_sent: Vec<usize> =
                    cue_toks.iter().copied().filter(|&i| of[i] == n).collect();
                (in_sent[0], *in_sent.last().unwrap_or(&in_sent[0]))
            };
            let others: Vec<usize> = (s..e).filter(|&i| is_head[i]).collect();
            let win = CueWindow {
                s,
                e,
                c0,
                c1,
                others: &others,
            };
            let mut feats = Vec::new();
            span_features(&info, &win, opts.span_bits, &mut feats);
            let mut tags = vec![0u8; e - s];
            for (kind, spans) in [(B_SRC, &g.source), (B_CON, &g.content)] {
                for i in s..e {
                    if (c0..=c1).contains(&i)
                        || !spans.iter().any(|x| x.overlaps(doc.tokens[i].span))
                    {
                        continue;
                    }
                    let inside = i > s && (tags[i - s - 1] == kind || tags[i - s - 1] == kind + 1);
                    tags[i - s] = if inside { kind + 1 } else { kind };
                }
            }
            p.spans.push(SpanInstance { feats, tags });
        }
    }
    p
}

/// Float weights with perceptron averaging (`avg = w - acc / c`).
struct Avg {
    w: Vec<f32>,
    acc: Vec<f32>,
}

impl Avg {
    fn new(n: usize) -> Avg {
        Avg {
            w: vec![0.0; n],
            acc: vec![0.0; n],
        }
    }
    fn add(&mut self, i: usize, delta: f32, c: f32) {
        self.w[i] += delta;
        self.acc[i] += c * delta;
    }
    fn averaged(&self, c: f32) -> Vec<f32> {
        self.w
            .iter()
            .zip(&self.acc)
            .map(|(w, a)| w - a / c)
            .collect()
    }
}

/// The trainer's float weights.
struct FloatWeights {
    cue_bits: u8,
    span_bits: u8,
    vocab: HashSet<u64>,
    cue: Vec<f32>,
    span: Vec<f32>,
    transitions: Vec<f32>,
}

impl Weights for FloatWeights {
    fn cue_bits(&self) -> u8 {
        self.cue_bits
    }
    fn span_bits(&self) -> u8 {
        self.span_bits
    }
    fn cue_threshold(&self) -> f32 {
        0.0
    }
    fn is_candidate(&self, word: u64) -> bool {
        self.vocab.contains(&word)
    }
    fn cue_score(&self, feats: &[u32]) -> f32 {
        feats.iter().map(|&f| self.cue[f as usize]).sum()
    }
    fn span_score(&self, feats: &[u32], out: &mut [f32; NUM_TAGS]) {
        *out = [0.0; NUM_TAGS];
        for &f in feats {
            let row = &self.span[f as usize * NUM_TAGS..(f as usize + 1) * NUM_TAGS];
            for (o, w) in out.iter_mut().zip(row) {
                *o += w;
            }
        }
    }
    fn transitions(&self) -> &[f32] {
        &self.transitions
    }
}

/// One of several perceptron runs trained side by side on differently shuffled instances.
struct Run {
    cue: Avg,
    span: Avg,
    trans: Avg,
    rng: Rng,
    c: f32,
    cue_order: Vec<usize>,
    span_order: Vec<usize>,
}

/// A small fixed-seed generator (xorshift64*) for shuffling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// The attributions of `find` turned into quotes, so that [`eval_polnear`] can score them: a
/// content that starts with a quotation mark counts as direct, any other as indirect.
fn as_analysis(text: &str, atts: &[Attribution]) -> Analysis {
    let quotes = atts
        .iter()
        .map(|a| Quote {
            kind: if a.content.slice(text).starts_with(is_quote_char) {
                QuoteKind::Direct
            } else {
                QuoteKind::Indirect
            },
            span: a.content,
            speaker: a.source.map(|span| Speaker {
                span,
                entity: None,
                is_anonymous: false,
            }),
            cue: a.cue,
            via: None,
        })
        .collect();
    Analysis {
        quotes,
        ..Analysis::default()
    }
}

fn eval_with<W: Weights>(w: &W, dir: &Path) -> io::Result<PolnearScores> {
    eval_polnear(dir, |text| {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        as_analysis(text, &find_with(w, text, &tokens, &sentences))
    })
}

/// Scores the compiled-in model alone on the PolNeAR split in `dir`, with the matching rules
/// of [`crate::quote::eval`].
///
/// # Errors
/// The I/O error if the folder cannot be read; `InvalidData` if the compiled-in model is unusable.
pub fn eval_model(dir: impl AsRef<Path>) -> io::Result<PolnearScores> {
    let m =
        super::model().map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
    eval_with(m, dir.as_ref())
}

/// Quantizes `w` to i8 with the largest magnitude at 127, dropping weights below `prune` of it.
fn quantize(w: &[f32], prune: f32) -> (Vec<i8>, f32) {
    let max = w.iter().fold(0f32, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return (vec![0; w.len()], 1.0);
    }
    let scale = max / 127.0;
    let q = w
        .iter()
        .map(|&x| {
            if x.abs() < prune * max {
                0
            } else {
                (x / scale).round().clamp(-127.0, 127.0) as i8
            }
        })
        .collect();
    (q, scale)
}

/// Cue thresholds tried after each epoch.
const CUE_THRESHOLDS: [f32; 8] = [-6.0, -4.0, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0];

/// The float weights pruned and quantized into a model (cue threshold 0).
fn quantized(w: &FloatWeights, vocab: &[String], prune: f32) -> Model {
    let (cue_q, cue_scale) = quantize(&w.cue, prune);
    let (span_q, span_scale) = quantize(&w.span, prune);
    Model::new(
        w.cue_bits,
        w.span_bits,
        cue_scale,
        span_scale,
        0.0,
        vocab.to_vec(),
        w.transitions.clone(),
        cue_q,
        span_q,
    )
}

/// Trains the attribution model and writes it to `opts.out`.
///
/// # Errors
/// A [`TrainError`] when a split cannot be read or the model cannot be written.
pub fn train(opts: &TrainOptions) -> Result<TrainReport, TrainError> {
    let started = Instant::now();
    let log = |msg: String| {
        if opts.verbose {
            eprintln!("{msg}");
        }
    };
    let docs = read_split(&opts.train)?;
    // Cue vocabulary.
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for doc in &docs {
        let cues: Vec<Span> = doc
            .golds
            .iter()
            .flat_map(|g| g.cue.iter().copied())
            .collect();
        for t in &doc.tokens {
            if !matches!(t.kind, TokenKind::Word | TokenKind::Punct) {
                continue;
            }
            let e = counts.entry(lower_key(t.text(&doc.text))).or_default();
            e.0 += 1;
            if cues.iter().any(|c| c.overlaps(t.span)) {
                e.1 += 1;
            }
        }
    }
    let mut vocab: Vec<String> = counts
        .iter()
        .filter(|(w, &(all, cue))| {
            cue >= opts.vocab_min_count
                && cue as f64 >= opts.vocab_min_ratio * all as f64
                && w.len() < 256
        })
        .map(|(w, _)| w.clone())
        .collect();
    vocab.sort();
    let vocab_hashes: HashSet<u64> = vocab.iter().map(|w| word_hash(w)).collect();
    let cue_share: HashMap<u64, f64> = counts
        .iter()
        .map(|(w, &(all, cue))| (word_hash(w), cue as f64 / all.max(1) as f64))
        .collect();
    let prepared = prepare(&docs, &vocab_hashes, &cue_share, opts);
    let cue_coverage = prepared.covered_cues as f64 / prepared.gold_cues.max(1) as f64;
    log(format!(
        "attrib: {} train articles, {} gold attributions; cue vocabulary {} words covering {:.1}% of gold cues; {} cue candidates ({} positive), {} span instances; {:.1}s",
        docs.len(),
        prepared.gold_cues,
        vocab.len(),
        100.0 * cue_coverage,
        prepared.cues.len(),
        prepared.cues.iter().filter(|c| c.is_cue).count(),
        prepared.spans.len(),
        started.elapsed().as_secs_f64()
    ));
    drop(docs);

    let mut runs: Vec<Run> = (0..opts.runs.max(1) as u64)
        .map(|r| Run {
            cue: Avg::new(1 << opts.cue_bits),
            span: Avg::new((1 << opts.span_bits) * NUM_TAGS),
            trans: Avg::new((NUM_TAGS + 1) * (NUM_TAGS + 1)),
            rng: Rng((opts.seed.wrapping_add(r.wrapping_mul(0x9E37_79B9))) | 1),
            c: 1.0,
            cue_order: (0..prepared.cues.len()).collect(),
            span_order: (0..prepared.spans.len()).collect(),
        })
        .collect();
    let mut epoch_f1 = Vec::new();
    let mut best: Option<(f64, usize, Model)> = None;
    let mut emissions = Vec::new();
    let mut pred = Vec::new();
    for epoch in 1..=opts.epochs {
        let (mut cue_errors, mut span_errors) = (0, 0);
        for run in &mut runs {
            run.rng.shuffle(&mut run.cue_order);
            run.rng.shuffle(&mut run.span_order);

            for &n in &run.cue_order {
                let inst = &prepared.cues[n];
                let score: f32 = inst.feats.iter().map(|&f| run.cue.w[f as usize]).sum();
                let y = if inst.is_cue { 1.0 } else { -1.0 };
                if y * score <= 0.0 {
                    cue_errors += 1;
                    for &f in &inst.feats {
                        run.cue.add(f as usize, y, run.c);
                    }
                }
                run.c += 1.0;
            }

            for &n in &run.span_order {
                let inst = &prepared.spans[n];
                emissions.clear();
                for chunk in inst.feats.chunks(SPAN_FEATURES) {
                    let mut row = [0f32; NUM_TAGS];
                    for &f in chunk {
                        for (t, r) in row.iter_mut().enumerate() {
                            *r += run.span.w[f as usize * NUM_TAGS + t];
                        }
                    }
                    emissions.push(row);
                }
                viterbi(&emissions, &run.trans.w, &mut pred);
                if pred != inst.tags && !close_enough(&pred, &inst.tags) {
                    span_errors += 1;
                    const W: usize = NUM_TAGS + 1;
                    let mut prev_g = EDGE;
                    let mut prev_p = EDGE;
                    for (k, chunk) in inst.feats.chunks(SPAN_FEATURES).enumerate() {
                        let (g, p) = (usize::from(inst.tags[k]), usize::from(pred[k]));
                        if g != p {
                            for &f in chunk {
                                run.span.add(f as usize * NUM_TAGS + g, 1.0, run.c);
                                run.span.add(f as usize * NUM_TAGS + p, -1.0, run.c);
                            }
                        }
                        if g != p || prev_g != prev_p {
                            run.trans.add(prev_g * W + g, 1.0, run.c);
                            run.trans.add(prev_p * W + p, -1.0, run.c);
                        }
                        prev_g = g;
                        prev_p = p;
                    }
                    if prev_g != prev_p {
                        run.trans.add(prev_g * W + EDGE, 1.0, run.c);
                        run.trans.add(prev_p * W + EDGE, -1.0, run.c);
                    }
                }
                run.c += 1.0;
            }
        }
        // The runs' averaged weights, averaged again: less dependent on one shuffle.
        let mean = |get: &dyn Fn(&Run) -> Vec<f32>| -> Vec<f32> {
            let mut sum = get(&runs[0]);
            for run in &runs[1..] {
                for (s, x) in sum.iter_mut().zip(get(run)) {
                    *s += x;
                }
            }
            let n = runs.len() as f32;
            sum.iter_mut().for_each(|s| *s /= n);
            sum
        };
        let weights = FloatWeights {
            cue_bits: opts.cue_bits,
            span_bits: opts.span_bits,
            vocab: vocab_hashes.clone(),
            cue: mean(&|r| r.cue.averaged(r.c)),
            span: mean(&|r| r.span.averaged(r.c)),
            transitions: mean(&|r| r.trans.averaged(r.c)),
        };
        let mut model = quantized(&weights, &vocab, opts.prune);
        let mut epoch_best = f64::MIN;
        // Chosen by the whole product's score: the model fills what the quotation-mark rules leave.
        for t in CUE_THRESHOLDS {
            model.cue_threshold = t;
            let scores = eval_pipeline_with(&model, &opts.dev)
                .map_err(|e| TrainError::io("scoring", &opts.dev, e))?;
            let f1 = scores.all.overlap_f1();
            epoch_best = epoch_best.max(f1);
            log(format!(
                "epoch {epoch} threshold {t}: cue errors {cue_errors}/{}, span errors {span_errors}/{}; dev end to end all overlap F1 {f1:.2} (P {:.2} R {:.2}) source {:.2} cue F1 {:.2}; {:.1}s",
                prepared.cues.len(),
                prepared.spans.len(),
                scores.all.overlap_precision(),
                scores.all.overlap_recall(),
                scores.all.source_accuracy(),
                scores.cue_f1(),
                started.elapsed().as_secs_f64()
            ));
            if !matches!(&best, Some((b, _, _)) if f1 <= *b) {
                best = Some((f1, epoch, model.clone()));
            }
        }
        epoch_f1.push(epoch_best);
    }
    let Some((_, best_epoch, model)) = best else {
        return Err(TrainError::message("no epochs to train"));
    };
    let bytes = model.to_bytes();
    fs::write(&opts.out, &bytes).map_err(|e| TrainError::io("writing", &opts.out, e))?;
    let dev = eval_with(&model, &opts.dev).map_err(|e| TrainError::io("scoring", &opts.dev, e))?;
    let pipeline = eval_pipeline_with(&model, &opts.dev)
        .map_err(|e| TrainError::io("scoring", &opts.dev, e))?;
    let seconds = started.elapsed().as_secs_f64();
    log(format!(
        "best epoch {best_epoch}, cue threshold {}; quantized model: {} bytes, {} non-zero weights; dev, model alone:\n{dev}dev, whole product:\n{pipeline}trained in {seconds:.1}s",
        model.cue_threshold,
        bytes.len(),
        model.nonzero_weights()
    ));
    Ok(TrainReport {
        epoch_f1,
        best_epoch,
        dev,
        pipeline,
        vocab_size: vocab.len(),
        cue_coverage,
        model_bytes: bytes.len(),
        seconds,
    })
}

/// Prints where a model's attributions miss the gold ones on the split in `dir` (a development
/// aid): gold attributions whose cue was not found, whose content was too short or too long,
/// or that cross the cue's sentence.
///
/// # Errors
/// A [`TrainError`] when the split or the model file cannot be read.
#[doc(hidden)]
pub fn diagnose(dir: &Path, model_path: &Path) -> Result<(), TrainError> {
    let bytes = fs::read(model_path).map_err(|e| TrainError::io("reading", model_path, e))?;
    let model = Model::from_bytes(&bytes).map_err(|e| TrainError::message(e.to_string()))?;
    let docs = read_split(dir)?;
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    let mut missed_cues: HashMap<String, usize> = HashMap::new();
    let mut false_cues: HashMap<String, usize> = HashMap::new();
    let verbose = std::env::var("ATTRIB_DIAG_VERBOSE").is_ok();
    for doc in &docs {
        let atts = find_with(&model, &doc.text, &doc.tokens, &doc.sentences);
        let of = sentence_of(&doc.tokens, &doc.sentences);
        for g in &doc.golds {
            let total: usize = g.content.iter().map(Span::len).sum();
            let cue_toks = tokens_in(&doc.tokens, &g.cue);
            let content_toks = tokens_in(&doc.tokens, &g.content);
            let crosses = cue_toks
                .first()
                .is_some_and(|&c| content_toks.iter().any(|&t| of[t] != of[c]));
            *counts
                .entry(if crosses {
                    "gold content crosses cue sentence"
                } else {
                    "gold content in cue sentence"
                })
                .or_default() += 1;
            let Some(a) = atts
                .iter()
                .find(|a| a.cue.is_some_and(|c| g.cue.iter().any(|x| x.overlaps(c))))
            else {
                *counts.entry("cue missed").or_default() += 1;
                let cue_text: String = g
                    .cue
                    .iter()
                    .map(|s| s.slice(&doc.text))
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                *missed_cues.entry(cue_text).or_default() += 1;
                continue;
            };
            let inside: usize = g
                .content
                .iter()
                .map(|c| {
                    a.content
                        .end
                        .min(c.end)
                        .saturating_sub(a.content.start.max(c.start))
                })
                .sum();
            let key = if 10 * inside < 8 * total {
                if crosses {
                    "cue found, content short (crosses sentence)"
                } else {
                    "cue found, content short"
                }
            } else if 2 * inside < a.content.len() {
                "cue found, content too long"
            } else {
                "cue found, content ok"
            };
            *counts.entry(key).or_default() += 1;
            if verbose && key != "cue found, content ok" {
                let gold: Vec<&str> = g.content.iter().map(|s| s.slice(&doc.text)).collect();
                eprintln!(
                    "{key}\n  gold {gold:?}\n  pred {:?}",
                    a.content.slice(&doc.text)
                );
            }
        }
        for a in &atts {
            if !doc
                .golds
                .iter()
                .any(|g| a.cue.is_some_and(|c| g.cue.iter().any(|x| x.overlaps(c))))
            {
                *counts.entry("predicted cue not gold").or_default() += 1;
                *false_cues
                    .entry(
                        a.cue
                            .map(|c| c.slice(&doc.text).to_lowercase())
                            .unwrap_or_default(),
                    )
                    .or_default() += 1;
            }
        }
    }
    if std::env::var("ATTRIB_DIAG_PIPELINE").is_ok() {
        diagnose_pipeline(&docs, &model, &mut counts, verbose);
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort();
    for (k, v) in counts {
        eprintln!("{v:6}  {k}");
    }
    for (name, map) in [("missed cues", missed_cues), ("false cues", false_cues)] {
        let mut v: Vec<_> = map.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let top: Vec<String> = v.iter().take(40).map(|(w, n)| format!("{w}:{n}")).collect();
        eprintln!("{name}: {}", top.join(", "));
    }
    Ok(())
}

/// End-to-end error classes: gold contents the whole product misses and its wrong quotes, by
/// whether they came from the model or the rules.
fn diagnose_pipeline(
    docs: &[Doc],
    model: &Model,
    counts: &mut HashMap<&'static str, usize>,
    verbose: bool,
) {
    let ov = |a: Span, b: Span| a.end.min(b.end).saturating_sub(a.start.max(b.start));
    for doc in docs {
        CANDIDATE.with(|c| *c.borrow_mut() = Some(model.clone()));
        let analysis = crate::analyze(&doc.text);
        CANDIDATE.with(|c| *c.borrow_mut() = None);
        let atts = find_with(model, &doc.text, &doc.tokens, &doc.sentences);
        let from_model = |q: &Quote| {
            q.kind == QuoteKind::Indirect && atts.iter().any(|a| a.cue.is_some() && a.cue == q.cue)
        };
        let quotes: Vec<&Quote> = analysis
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Scare)
            .collect();
        for g in &doc.golds {
            let total: usize = g.content.iter().map(Span::len).sum();
            let linked: Vec<&&Quote> = quotes
                .iter()
                .filter(|q| {
                    2 * g.content.iter().map(|&c| ov(q.span, c)).sum::<usize>() >= q.span.len()
                })
                .collect();
            let covered: usize = g
                .content
                .iter()
                .map(|&c| linked.iter().map(|q| ov(q.span, c)).max().unwrap_or(0))
                .sum();
            let key = if 10 * covered >= 8 * total {
                "e2e gold found"
            } else if linked.is_empty() {
                if quotes
                    .iter()
                    .any(|q| g.content.iter().any(|&c| ov(q.span, c) > 0))
                {
                    "e2e gold missed, overlapped by a longer quote"
                } else {
                    "e2e gold missed, nothing overlaps"
                }
            } else {
                "e2e gold missed, covered short"
            };
            *counts.entry(key).or_default() += 1;
            if verbose && key != "e2e gold found" {
                let gold: Vec<&str> = g.content.iter().map(|s| s.slice(&doc.text)).collect();
                let cue: Vec<&str> = g.cue.iter().map(|s| s.slice(&doc.text)).collect();
                eprintln!("{key}\n  cue {cue:?} gold {gold:?}");
                for q in quotes
                    .iter()
                    .filter(|q| g.content.iter().any(|&c| ov(q.span, c) > 0))
                {
                    eprintln!(
                        "  pred {:?} {:?}",
                        if from_model(q) { "model" } else { "rules" },
                        q.span.slice(&doc.text)
                    );
                }
            }
        }
        for q in &quotes {
            let hits = doc
                .golds
                .iter()
                .any(|g| g.content.iter().any(|&c| ov(q.span, c) > 0));
            let key = match (from_model(q), hits) {
                (true, true) => "e2e pred model, overlaps gold",
                (true, false) => "e2e pred model, no gold",
                (false, true) => "e2e pred rules, overlaps gold",
                (false, false) => "e2e pred rules, no gold",
            };
            *counts.entry(key).or_default() += 1;
            if verbose && !hits {
                eprintln!("{key}\n  pred {:?}", q.span.slice(&doc.text));
            }
        }
    }
}
