//! Tagging speed: `cargo run --release --example bench_ner -- [CONLL_FILE]`.
//!
//! Rebuilds each CoNLL document as text (tokens joined by spaces, sentences by newlines) and
//! times tokenizing, sentence splitting and name tagging, in MB of text per second on one core;
//! "tagging alone" subtracts the time of tokenizing and splitting.

use std::time::Instant;

use article_analyzer::sentence::split_sentences;
use article_analyzer::tagger::tag_names;
use article_analyzer::token::tokenize;

fn main() {
    let data =
        std::env::var("ARTICLE_ANALYZER_DATA").unwrap_or_else(|_| "../shared/data".to_string());
    let path = std::env::args()
        .nth(1)
        .unwrap_or(format!("{data}/conll2003/dev.txt"));
    let raw = std::fs::read_to_string(&path).expect("read CoNLL file");
    let mut docs = Vec::new();
    for block in raw.split("-DOCSTART-") {
        let sentences: Vec<String> = block
            .split("\n\n")
            .map(|s| {
                s.lines()
                    .filter_map(|l| l.split_whitespace().next())
                    .filter(|w| *w != "-X-")
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|s| !s.is_empty())
            .collect();
        if !sentences.is_empty() {
            docs.push(sentences.join("\n"));
        }
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    // Warm up the lexicon, clusters and model.
    let _ = tag_names("Warm up.", &tokenize("Warm up."), &[]);
    let mut mentions = 0;
    let rounds = 20;
    let start = Instant::now();
    for _ in 0..rounds {
        for text in &docs {
            let tokens = tokenize(text);
            std::hint::black_box(split_sentences(text, &tokens));
        }
    }
    let split_secs = start.elapsed().as_secs_f64();
    let start = Instant::now();
    for _ in 0..rounds {
        for text in &docs {
            let tokens = tokenize(text);
            let sentences = split_sentences(text, &tokens);
            mentions += tag_names(text, &tokens, &sentences).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} documents, {:.2} MB: tokenize+split+tag {:.2} MB/s; tagging alone {:.2} MB/s ({} mentions per round)",
        docs.len(),
        bytes as f64 / 1e6,
        mb / secs,
        mb / (secs - split_secs).max(1e-9),
        mentions / rounds,
    );
}
