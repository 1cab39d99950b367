//! Trains the name tagger: `cargo run --release --example train_ner -- TRAIN DEV OUT [EPOCHS]`.
//!
//! Defaults: ../shared/data/conll2003/{train,dev}.txt and src/tagger/ner.model.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data =
        std::env::var("ARTICLE_ANALYZER_DATA").unwrap_or_else(|_| "../shared/data".to_string());
    let arg = |i: usize, default: String| args.get(i).cloned().unwrap_or(default);
    let mut opts = article_analyzer::tagger::train::TrainOptions::new(
        arg(0, format!("{data}/conll2003/train.txt")),
        arg(1, format!("{data}/conll2003/dev.txt")),
        arg(2, "src/tagger/ner.model".to_string()),
    );
    if let Some(e) = args.get(3).and_then(|e| e.parse().ok()) {
        opts.epochs = e;
    }
    if let Ok(p) = std::env::var("NER_PRUNE") {
        opts.prune = p.parse().expect("NER_PRUNE");
    }
    if let Ok(q) = std::env::var("NER_QUANT") {
        opts.quant_max = q.parse().expect("NER_QUANT");
    }
    if let Ok(b) = std::env::var("NER_HASH_BITS") {
        opts.hash_bits = b.parse().expect("NER_HASH_BITS");
    }
    if let Ok(v) = std::env::var("NER_RUNS") {
        opts.runs = v.parse().expect("NER_RUNS");
    }
    if let Ok(v) = std::env::var("NER_SEED") {
        opts.seed = v.parse().expect("NER_SEED");
    }
    match article_analyzer::tagger::train::train(&opts) {
        Ok(report) => eprintln!(
            "done in {:.1}s: dev F1 {:.2} (epoch {})",
            report.seconds,
            report.dev.micro.f1(),
            report.best_epoch
        ),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
