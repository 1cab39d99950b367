//! Native throughput of the full analysis (`cargo bench --bench native`).
//!
//! Measures characters and bytes per second on the seed article and on a ~1 MB text made of
//! it and the project's other test article, single-threaded, median of repeated runs. Checks the
//! answer first, so that a fast wrong result fails instead of being reported.

use std::time::Instant;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    xs[xs.len() / 2]
}

fn bench(name: &str, text: &str, runs: usize) {
    let a = article_analyzer::analyze(text);
    assert!(
        a.entities.iter().any(|e| e.name == "Sergey Lavrov"),
        "wrong answer: no Sergey Lavrov"
    );
    assert!(!a.quotes.is_empty(), "wrong answer: no quotes");
    let mut secs = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let a = article_analyzer::analyze(std::hint::black_box(text));
        std::hint::black_box(&a);
        secs.push(t.elapsed().as_secs_f64());
    }
    let s = median(secs);
    let chars = text.chars().count() as f64;
    println!(
        "| {name} | {} | {:.3} ms | {:.2} M chars/s | {:.2} MB/s |",
        text.len(),
        s * 1e3,
        chars / s / 1e6,
        text.len() as f64 / s / 1e6
    );
}

fn main() {
    let seed = include_str!("../tests/data/seed-article.txt");
    let other = include_str!("../tests/data/city-council.txt");
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(seed);
        big.push_str("\n\n");
        big.push_str(other);
        big.push_str("\n\n");
    }
    // Warm the lexicons and the model once.
    let _ = article_analyzer::analyze(seed);
    println!("| text | bytes | median time | chars/s | bytes/s |\n|---|---|---|---|---|");
    bench("seed article", seed, 400);
    bench("~1 MB (seed + city-council repeated)", &big, 9);
}
