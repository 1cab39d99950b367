//! Training: an averaged structured perceptron on CoNLL-2003, tuned on its dev split.
//!
//! Reproducible: documents are shuffled each epoch by a fixed-seed generator and everything else
//! is deterministic. Each document is tokenized and split by the product's own tokenizer and
//! sentence splitter, exactly as at run time, and the gold entities are projected onto those
//! tokens as BILOU tags. After every epoch the averaged weights are scored on dev (exact-span F1
//! through the product tokenizer). Each of `runs` runs (different shuffles) keeps its best epoch;
//! their weights are averaged, which is both more accurate and sparser than one run, then
//! pruned, quantized and written.

use std::path::PathBuf;
use std::time::Instant;

use super::conll::{read_conll, ConllDoc};
use super::doc::{DocFeatures, Memory};
use super::eval::{score_docs, ConllScores};
use super::features::{
    has_capital_or_digit, lower_into, normalize, NameWords, FEATURE_SET_VERSION,
};
use super::model::{Model, SparseRows};
use super::tag::{split, tag, viterbi, Pos, EDGE, NUM_TAGS, O};
use super::{tag_ranges, Scorer};
use crate::sentence::{split_sentences, Sentence};
use crate::text::Span;
use crate::token::{tokenize, Token};

/// What to train on and how.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// CoNLL training file.
    pub train: PathBuf,
    /// CoNLL dev file (for choosing the epoch and reporting).
    pub dev: PathBuf,
    /// Where to write the model file.
    pub out: PathBuf,
    pub epochs: usize,
    /// Independent runs (different shuffles) whose best weights are averaged.
    pub runs: usize,
    pub seed: u64,
    /// Features hash into `2^hash_bits` buckets.
    pub hash_bits: u8,
    /// Weights with a smaller magnitude are dropped.
    pub prune: f32,
    /// The largest weight is stored as this integer (at most 127).
    pub quant_max: i8,
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
            epochs: 15,
            runs: 5,
            seed: 0x5EED_0003,
            // 2^19 buckets: the same dev F1 as 2^20 and 2^21 within run-to-run noise (94.18,
            // 93.94, 94.05 for the tagger alone), a bitmap of 128 KB instead of 512 KB, and
            // 2% faster in wasm.
            hash_bits: 19,
            prune: 1.0,
            quant_max: 127,
            verbose: true,
        }
    }
}

/// What a training run did.
#[derive(Clone, Debug)]
pub struct TrainReport {
    /// Dev micro F1 of the averaged (unquantized) weights after each epoch.
    pub epoch_f1: Vec<f64>,
    /// 1-based epoch whose weights were kept.
    pub best_epoch: usize,
    /// Dev scores of the written (pruned, quantized) model.
    pub dev: ConllScores,
    pub model_bytes: usize,
    pub model_rows: usize,
    pub seconds: f64,
}

pub use crate::model_file::TrainError;

/// A document prepared for training: the product's tokens and sentences, gold BILOU tags.
struct Prepared {
    doc: ConllDoc,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    tags: Vec<u8>,
}

fn prepare(doc: ConllDoc) -> Prepared {
    let tokens = tokenize(&doc.text);
    let sentences = split_sentences(&doc.text, &tokens);
    let mut tags = vec![O; tokens.len()];
    for &(span, ty) in &doc.gold {
        let inside: Vec<usize> = (0..tokens.len())
            .filter(|&i| span.contains(tokens[i].span))
            .collect();
        let idx = if inside.is_empty() {
            (0..tokens.len())
                .filter(|&i| span.overlaps(tokens[i].span))
                .collect()
        } else {
            inside
        };
        let n = idx.len();
        for (k, &i) in idx.iter().enumerate() {
            let pos = match (n, k) {
                (1, _) => Pos::Unit,
                (_, 0) => Pos::Begin,
                (_, k) if k == n - 1 => Pos::Last,
                _ => Pos::Inside,
            };
            tags[i] = tag(ty, pos);
        }
    }
    // An entity the sentence splitter cut in two ("A." "Smith" after an initial the tokenizer
    // did not keep) becomes one entity per sentence, so that every sentence's gold tags are a
    // sequence the decoder can produce.
    for s in &sentences {
        repair(&mut tags[s.tokens.clone()]);
    }
    Prepared {
        doc,
        tokens,
        sentences,
        tags,
    }
}

/// Makes a sentence's tags a valid BILOU sequence, closing and opening entities at the edges.
fn repair(tags: &mut [u8]) {
    let n = tags.len();
    for k in 0..n {
        if let Some((ty, pos @ (Pos::Inside | Pos::Last))) = split(tags[k]) {
            let continues = k > 0
                && matches!(split(tags[k - 1]), Some((t, Pos::Begin | Pos::Inside)) if t == ty);
            if !continues {
                tags[k] = tag(
                    ty,
                    if pos == Pos::Inside {
                        Pos::Begin
                    } else {
                        Pos::Unit
                    },
                );
            }
        }
    }
    for k in (0..n).rev() {
        if let Some((ty, pos @ (Pos::Begin | Pos::Inside))) = split(tags[k]) {
            let continues = k + 1 < n
                && matches!(split(tags[k + 1]), Some((t, Pos::Inside | Pos::Last)) if t == ty);
            if !continues {
                tags[k] = tag(
                    ty,
                    if pos == Pos::Begin {
                        Pos::Unit
                    } else {
                        Pos::Last
                    },
                );
            }
        }
    }
}

/// Dense weights with lazy averaging (`avg = w - acc / steps`).
struct Dense {
    bits: u8,
    w: Vec<f32>,
    trans: Vec<f32>,
    names: NameWords,
}

impl Scorer for Dense {
    fn hash_bits(&self) -> u8 {
        self.bits
    }
    fn transitions(&self) -> &[f32] {
        &self.trans
    }
    fn score(&self, feats: &[u32], scores: &mut [f32; NUM_TAGS]) {
        for &f in feats {
            let row = &self.w[f as usize * NUM_TAGS..(f as usize + 1) * NUM_TAGS];
            for (s, &w) in scores.iter_mut().zip(row) {
                *s += w;
            }
        }
    }
    fn name_words(&self) -> &NameWords {
        &self.names
    }
}

struct Perceptron {
    cur: Dense,
    acc: Vec<f32>,
    acc_trans: Vec<f32>,
    steps: f32,
}

impl Perceptron {
    fn new(bits: u8, names: &NameWords) -> Perceptron {
        let size = (1usize << bits) * NUM_TAGS;
        let tsize = (NUM_TAGS + 1) * (NUM_TAGS + 1);
        Perceptron {
            cur: Dense {
                bits,
                w: vec![0.0; size],
                trans: vec![0.0; tsize],
                names: names.clone(),
            },
            acc: vec![0.0; size],
            acc_trans: vec![0.0; tsize],
            steps: 1.0,
        }
    }

    /// One pass over the documents in `order`. Returns (sentences wrong, sentences).
    fn epoch(
        &mut self,
        train: &[Prepared],
        features: &[DocFeatures],
        order: &[usize],
    ) -> (usize, usize) {
        let (mut errors, mut sentences) = (0, 0);
        let mut emissions = Vec::new();
        let mut pred = Vec::new();
        let mut memory_feats = Vec::new();
        for &d in order {
            let (doc, feats) = (&train[d], &features[d]);
            let mut memory = Memory::default();
            for r in &feats.sentences {
                let gold = &doc.tags[r.clone()];
                feats.emissions(&self.cur, r.clone(), &mut emissions);
                memory_feats.clear();
                for (k, i) in r.clone().enumerate() {
                    memory_feats.push(feats.add_memory(&self.cur, &memory, i, &mut emissions[k]));
                }
                viterbi(&emissions, &self.cur.trans, &mut pred);
                sentences += 1;
                if pred.as_slice() != gold {
                    errors += 1;
                    for (k, i) in r.clone().enumerate() {
                        if gold[k] != pred[k] {
                            let mf: &[u32] = memory_feats[k].as_ref().map_or(&[], |f| f.as_slice());
                            for fs in [feats.token_feats(i), mf] {
                                self.update_feats(fs, gold[k], 1.0);
                                self.update_feats(fs, pred[k], -1.0);
                            }
                        }
                    }
                    let mut gp = EDGE;
                    let mut pp = EDGE;
                    for i in 0..=gold.len() {
                        let (g, q) = if i < gold.len() {
                            (usize::from(gold[i]), usize::from(pred[i]))
                        } else {
                            (EDGE, EDGE)
                        };
                        if (gp, g) != (pp, q) {
                            self.update_trans(gp, g, 1.0);
                            self.update_trans(pp, q, -1.0);
                        }
                        gp = g;
                        pp = q;
                    }
                }
                self.steps += 1.0;
                feats.remember_sentence(&mut memory, r.clone(), &pred);
            }
        }
        (errors, sentences)
    }

    fn update_feats(&mut self, feats: &[u32], tag: u8, d: f32) {
        let c = self.steps;
        for &f in feats {
            let j = f as usize * NUM_TAGS + usize::from(tag);
            self.cur.w[j] += d;
            self.acc[j] += c * d;
        }
    }
    fn update_trans(&mut self, p: usize, q: usize, d: f32) {
        let j = p * (NUM_TAGS + 1) + q;
        self.cur.trans[j] += d;
        self.acc_trans[j] += self.steps * d;
    }
    fn averaged(&self) -> Dense {
        let c = self.steps.max(1.0);
        Dense {
            bits: self.cur.bits,
            w: self
                .cur
                .w
                .iter()
                .zip(&self.acc)
                .map(|(w, a)| w - a / c)
                .collect(),
            trans: self
                .cur
                .trans
                .iter()
                .zip(&self.acc_trans)
                .map(|(w, a)| w - a / c)
                .collect(),
            names: self.cur.names.clone(),
        }
    }
}

/// A small fixed-seed generator (SplitMix64) for shuffling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

fn score_with<S: Scorer>(scorer: &S, docs: &[Prepared]) -> ConllScores {
    let mut k = 0;
    let scores = score_docs(
        &docs
            .iter()
            .map(|p| ConllDoc {
                text: String::new(),
                gold: p.doc.gold.clone(),
            })
            .collect::<Vec<_>>(),
        |_| {
            let p = &docs[k];
            k += 1;
            tag_ranges(
                scorer,
                &p.doc.text,
                &p.tokens,
                p.sentences.iter().map(|s| s.tokens.clone()),
            )
            .into_iter()
            .map(|(r, ty)| {
                (
                    Span::new(p.tokens[r.start].span.start, p.tokens[r.end - 1].span.end),
                    ty,
                )
            })
            .collect()
        },
    );
    scores
}

/// Prunes and quantizes averaged weights into a model.
fn quantize(dense: &Dense, prune: f32, quant_max: i8) -> Model {
    let max = dense.w.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
    let scale = max / f32::from(quant_max.max(1));
    let mut rows: SparseRows = Vec::new();
    for (bucket, row) in dense.w.chunks(NUM_TAGS).enumerate() {
        let entries: Vec<(u8, i8)> = row
            .iter()
            .enumerate()
            .filter(|(_, w)| w.abs() >= prune)
            .map(|(t, w)| (t as u8, (w / scale).round().clamp(-128.0, 127.0) as i8))
            .filter(|(_, q)| *q != 0)
            .collect();
        if !entries.is_empty() {
            rows.push((bucket as u32, entries));
        }
    }
    Model::from_parts(
        FEATURE_SET_VERSION,
        dense.bits,
        scale,
        dense.trans.clone(),
        dense.names.clone(),
        &rows,
    )
}

/// The words without a capital letter or digit that the gold tags put inside a name, by their
/// lower-case form (see [`NameWords`]).
fn name_words(docs: &[Prepared]) -> NameWords {
    let mut words = Vec::new();
    let mut lower = String::new();
    for d in docs {
        for (t, &tag) in d.tokens.iter().zip(&d.tags) {
            let word = normalize(t.text(&d.doc.text));
            if tag != O && !has_capital_or_digit(&word) {
                lower_into(&word, &mut lower);
                words.push(lower.clone());
            }
        }
    }
    // The possessive of "Korean People’s Army" is one token in running text but two ("'", "s")
    // in CoNLL's space-separated text.
    if words.iter().any(|w| w == "'") && words.iter().any(|w| w == "s") {
        words.push("'s".to_string());
    }
    NameWords::new(words)
}

/// Takes the closed tokens out of the gold names of `doc` (a name-word with no capitalized
/// neighbour: "Europe/Radio" split oddly by the tokenizer), leaving valid BILOU tags: the
/// decoder can only put `O` on a closed token. Returns the number of tokens taken out.
fn close_gold(doc: &mut Prepared, names: &NameWords) -> usize {
    let mut taken = 0;
    for s in &doc.sentences {
        let r = s.tokens.clone();
        if doc.tags[r.clone()].iter().all(|&t| t == O) {
            continue;
        }
        let words: Vec<_> = doc.tokens[r.clone()]
            .iter()
            .map(|t| normalize(t.text(&doc.doc.text)))
            .collect();
        let words: Vec<&str> = words.iter().map(|w| &**w).collect();
        let closed = names.closed_tokens(&words);
        let tags = &mut doc.tags[r];
        for (tag, closed) in tags.iter_mut().zip(closed) {
            if closed && *tag != O {
                *tag = O;
                taken += 1;
            }
        }
        repair(tags);
    }
    taken
}

/// Trains a model on `opts.train`, picks the epoch with the best dev F1, and writes the pruned,
/// quantized model to `opts.out`.
///
/// # Errors
///
/// A [`TrainError`] when a corpus file cannot be read or the model cannot be written.
pub fn train(opts: &TrainOptions) -> Result<TrainReport, TrainError> {
    let started = Instant::now();
    let log = |msg: String| {
        if opts.verbose {
            eprintln!("[{:7.1}s] {msg}", started.elapsed().as_secs_f64());
        }
    };
    let train_docs =
        read_conll(&opts.train).map_err(|e| TrainError::io("reading", &opts.train, e))?;
    let dev_docs = read_conll(&opts.dev).map_err(|e| TrainError::io("reading", &opts.dev, e))?;
    let train: Vec<Prepared> = train_docs.into_iter().map(prepare).collect();
    let dev: Vec<Prepared> = dev_docs.into_iter().map(prepare).collect();
    log(format!(
        "{} train documents ({} tokens), {} dev documents",
        train.len(),
        train.iter().map(|p| p.tokens.len()).sum::<usize>(),
        dev.len()
    ));
    let bits = opts.hash_bits.clamp(8, 28);
    let mut rng = Rng(opts.seed);
    let mut epoch_f1 = Vec::new();
    let mut train = train;
    let names = name_words(&train);
    let taken: usize = train.iter_mut().map(|d| close_gold(d, &names)).sum();
    log(format!(
        "{} words without capitals or digits occur inside names: {}; {taken} gold name tokens \
         without a capitalized neighbour taken out",
        names.words().len(),
        names.words().join(" ")
    ));
    let features: Vec<DocFeatures> = train
        .iter()
        .map(|d| {
            DocFeatures::build(
                &d.doc.text,
                &d.tokens,
                d.sentences.iter().map(|s| s.tokens.clone()),
                &names,
                bits,
            )
        })
        .collect();
    log(format!(
        "extracted {} features",
        features.iter().map(|f| f.len()).sum::<usize>()
    ));

    let mut soup: Option<Dense> = None;
    let mut best_epoch = 0;
    for run in 0..opts.runs.max(1) {
        let mut p = Perceptron::new(bits, &names);
        let mut order: Vec<usize> = (0..train.len()).collect();
        let mut best: Option<(f64, usize, Dense)> = None;
        for epoch in 1..=opts.epochs.max(1) {
            rng.shuffle(&mut order);
            let (errors, sentences) = p.epoch(&train, &features, &order);
            let avg = p.averaged();
            let scores = score_with(&avg, &dev);
            let f1 = scores.micro.f1();
            log(format!(
                "run {} epoch {epoch:2}: {errors}/{sentences} train sentences wrong; dev F1 {f1:.2} (PER {:.2} ORG {:.2} LOC {:.2} MISC {:.2})",
                run + 1,
                scores.types[0].f1(),
                scores.types[1].f1(),
                scores.types[2].f1(),
                scores.types[3].f1()
            ));
            if run == 0 {
                epoch_f1.push(f1);
            }
            if best.as_ref().is_none_or(|(b, _, _)| f1 > *b) {
                best = Some((f1, epoch, avg));
            }
        }
        let Some((_, epoch, weights)) = best else {
            unreachable!("at least one epoch runs")
        };
        if run == 0 {
            best_epoch = epoch;
        }
        match soup.as_mut() {
            None => soup = Some(weights),
            Some(s) => {
                for (a, b) in s.w.iter_mut().zip(&weights.w) {
                    *a += b;
                }
                for (a, b) in s.trans.iter_mut().zip(&weights.trans) {
                    *a += b;
                }
            }
        }
    }
    let Some(mut weights) = soup else {
        unreachable!("at least one run")
    };
    let runs = opts.runs.max(1) as f32;
    weights
        .w
        .iter_mut()
        .chain(weights.trans.iter_mut())
        .for_each(|w| *w /= runs);
    let model = quantize(&weights, opts.prune, opts.quant_max);
    drop(weights);
    let bytes = model.to_bytes();
    let model = Model::from_bytes(&bytes)
        .map_err(|e| TrainError::message(format!("model does not round-trip: {e}")))?;
    let dev_scores = score_with(&model, &dev);
    std::fs::write(&opts.out, &bytes).map_err(|e| TrainError::io("writing", &opts.out, e))?;
    log(format!(
        "kept epoch {best_epoch}; wrote {} ({} bytes, {} rows); quantized model dev F1 {:.2}\n{dev_scores}",
        opts.out.display(),
        bytes.len(),
        model.rows(),
        dev_scores.micro.f1()
    ));
    Ok(TrainReport {
        epoch_f1,
        best_epoch,
        dev: dev_scores,
        model_bytes: bytes.len(),
        model_rows: model.rows(),
        seconds: started.elapsed().as_secs_f64(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::tag::TAG_NAMES;

    #[test]
    fn repairs_cut_entities() {
        let names = |tags: &[u8]| {
            tags.iter()
                .map(|&t| TAG_NAMES[usize::from(t)])
                .collect::<Vec<_>>()
        };
        let parse = |s: &str| {
            s.split(' ')
                .map(|n| TAG_NAMES.iter().position(|t| *t == n).unwrap() as u8)
                .collect::<Vec<_>>()
        };
        let cases = [
            ("B-PER I-PER", "B-PER L-PER"),
            ("I-PER L-PER O", "B-PER L-PER O"),
            ("L-ORG O B-LOC", "U-ORG O U-LOC"),
            ("O I-MISC O", "O U-MISC O"),
            ("B-PER L-PER U-LOC", "B-PER L-PER U-LOC"),
        ];
        for (input, want) in cases {
            let mut tags = parse(input);
            repair(&mut tags);
            assert_eq!(names(&tags), names(&parse(want)), "{input}");
        }
    }
}
