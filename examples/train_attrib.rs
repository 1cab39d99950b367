//! Trains the attribution model: `cargo run --release --example train_attrib -- TRAIN DEV OUT [EPOCHS]`.
//!
//! Defaults: ../shared/data/polnear/{train,dev} and src/attrib/attrib.model. Environment
//! overrides: `ATTRIB_PRUNE`, `ATTRIB_CUE_BITS`, `ATTRIB_SPAN_BITS`, `ATTRIB_SEED`,
//! `ATTRIB_VOCAB_RATIO`, `ATTRIB_NEGATIVE_SPANS`, `ATTRIB_RUNS`. With `--eval DIR` it scores the compiled-in model on DIR instead.

use article_analyzer::attrib::train::{eval_model, train, TrainOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data =
        std::env::var("ARTICLE_ANALYZER_DATA").unwrap_or_else(|_| "../shared/data".to_string());
    if args.first().map(String::as_str) == Some("--eval") {
        let dir = args
            .get(1)
            .cloned()
            .unwrap_or(format!("{data}/polnear/dev"));
        match eval_model(&dir) {
            Ok(scores) => print!("{scores}"),
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        }
        return;
    }
    if args.first().map(String::as_str) == Some("--diagnose") {
        let dir = args
            .get(1)
            .cloned()
            .unwrap_or(format!("{data}/polnear/dev"));
        let model = args
            .get(2)
            .cloned()
            .unwrap_or("src/attrib/attrib.model".to_string());
        if let Err(e) = article_analyzer::attrib::train::diagnose(dir.as_ref(), model.as_ref()) {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
        return;
    }
    if args.first().map(String::as_str) == Some("--speed") {
        speed(
            &args
                .get(1)
                .cloned()
                .unwrap_or(format!("{data}/polnear/dev")),
        );
        return;
    }
    let arg = |i: usize, default: String| args.get(i).cloned().unwrap_or(default);
    let mut opts = TrainOptions::new(
        arg(0, format!("{data}/polnear/train")),
        arg(1, format!("{data}/polnear/dev")),
        arg(2, "src/attrib/attrib.model".to_string()),
    );
    if let Some(e) = args.get(3).and_then(|e| e.parse().ok()) {
        opts.epochs = e;
    }
    let env = |name: &str| std::env::var(name).ok();
    if let Some(v) = env("ATTRIB_PRUNE") {
        opts.prune = v.parse().expect("ATTRIB_PRUNE");
    }
    if let Some(v) = env("ATTRIB_CUE_BITS") {
        opts.cue_bits = v.parse().expect("ATTRIB_CUE_BITS");
    }
    if let Some(v) = env("ATTRIB_SPAN_BITS") {
        opts.span_bits = v.parse().expect("ATTRIB_SPAN_BITS");
    }
    if let Some(v) = env("ATTRIB_SEED") {
        opts.seed = v.parse().expect("ATTRIB_SEED");
    }
    if let Some(v) = env("ATTRIB_RUNS") {
        opts.runs = v.parse().expect("ATTRIB_RUNS");
    }
    if let Some(v) = env("ATTRIB_NEGATIVE_SPANS") {
        opts.negative_spans = v.parse().expect("ATTRIB_NEGATIVE_SPANS");
    }
    if let Some(v) = env("ATTRIB_VOCAB_RATIO") {
        opts.vocab_min_ratio = v.parse().expect("ATTRIB_VOCAB_RATIO");
    }
    match train(&opts) {
        Ok(report) => eprintln!(
            "done in {:.1}s: dev all overlap F1 {:.2} (epoch {}), model {} bytes",
            report.seconds,
            report.dev.all.overlap_f1(),
            report.best_epoch,
            report.model_bytes
        ),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}

/// Times `find_attributions` alone (tokens and sentences prepared beforehand) on every text of
/// a PolNeAR split, and the whole `analyze` for comparison.
fn speed(dir: &str) {
    use article_analyzer::sentence::split_sentences;
    use article_analyzer::token::tokenize;
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(format!("{dir}/text"))
        .expect("text folder")
        .flatten()
    {
        texts.push(std::fs::read_to_string(entry.path()).expect("text"));
    }
    let prepared: Vec<_> = texts
        .iter()
        .map(|t| {
            let tokens = tokenize(t);
            let sentences = split_sentences(t, &tokens);
            (t, tokens, sentences)
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut found = 0;
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = std::time::Instant::now();
        found = prepared
            .iter()
            .map(|(t, tok, s)| article_analyzer::attrib::find_attributions(t, tok, s).len())
            .sum();
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mut best_all = f64::MAX;
    for _ in 0..3 {
        let start = std::time::Instant::now();
        for t in &texts {
            std::hint::black_box(article_analyzer::analyze(t));
        }
        best_all = best_all.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} texts, {bytes} bytes, {found} attributions: find_attributions {:.1} ms ({:.1} MB/s); analyze {:.1} ms ({:.2} MB/s)",
        texts.len(),
        best * 1e3,
        bytes as f64 / best / 1e6,
        best_all * 1e3,
        bytes as f64 / best_all / 1e6
    );
}
