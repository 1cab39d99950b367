//! Lists the name tagger's errors on a CoNLL file, by class:
//! `cargo run --release --example ner_errors -- [CONLL_FILE]`.
//!
//! Classes: `type` (right span, wrong type), `span` (overlapping, wrong boundaries), `missed`
//! (no overlapping prediction), `spurious` (no overlapping gold entity).

use std::collections::BTreeMap;

use article_analyzer::sentence::split_sentences;
use article_analyzer::tagger::eval::conll_type;
use article_analyzer::tagger::tag_names;
use article_analyzer::token::tokenize;

fn main() {
    let data =
        std::env::var("ARTICLE_ANALYZER_DATA").unwrap_or_else(|_| "../shared/data".to_string());
    let path = std::env::args()
        .nth(1)
        .unwrap_or(format!("{data}/conll2003/dev.txt"));
    let raw = std::fs::read_to_string(&path).expect("read CoNLL file");
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for block in raw.split("-DOCSTART- -X- -X- O") {
        let mut text = String::new();
        let mut gold: Vec<(usize, usize, String)> = Vec::new();
        for sentence in block.split("\n\n").filter(|s| !s.trim().is_empty()) {
            if !text.is_empty() {
                text.push('\n');
            }
            let mut first = true;
            for line in sentence.lines().filter(|l| !l.trim().is_empty()) {
                let cols: Vec<&str> = line.split_whitespace().collect();
                if !first {
                    text.push(' ');
                }
                first = false;
                let start = text.len();
                text.push_str(cols[0]);
                let tag = cols[cols.len() - 1];
                match tag.split_once('-') {
                    Some(("I", ty))
                        if gold.last().is_some_and(|g| g.2 == ty && g.1 + 1 == start) =>
                    {
                        gold.last_mut().unwrap().1 = text.len()
                    }
                    Some((_, ty)) => gold.push((start, text.len(), ty.to_string())),
                    None => {}
                }
            }
        }
        let tokens = tokenize(&text);
        let sentences = split_sentences(&text, &tokens);
        let pred: Vec<(usize, usize, String)> = tag_names(&text, &tokens, &sentences)
            .into_iter()
            .filter_map(|m| Some((m.span.start, m.span.end, conll_type(m.kind)?.to_string())))
            .collect();
        let context = |s: usize, e: usize| {
            let a = text[..s].rfind('\n').map_or(0, |i| i + 1);
            let b = text[e..].find('\n').map_or(text.len(), |i| e + i);
            text[a..b].chars().take(160).collect::<String>()
        };
        let mut report = |class: &str, detail: String, s: usize, e: usize| {
            *counts.entry(class.to_string()).or_default() += 1;
            println!("{class}\t{detail}\t{}", context(s, e));
        };
        for g in &gold {
            if pred.contains(g) {
                continue;
            }
            if let Some(p) = pred.iter().find(|p| p.0 == g.0 && p.1 == g.1) {
                report(
                    "type",
                    format!("{} {}→{}", &text[g.0..g.1], g.2, p.2),
                    g.0,
                    g.1,
                );
            } else if let Some(p) = pred.iter().find(|p| p.0 < g.1 && g.0 < p.1) {
                report(
                    "span",
                    format!(
                        "{} {} / pred {} {}",
                        &text[g.0..g.1],
                        g.2,
                        &text[p.0..p.1],
                        p.2
                    ),
                    g.0,
                    g.1,
                );
            } else {
                report("missed", format!("{} {}", &text[g.0..g.1], g.2), g.0, g.1);
            }
        }
        for p in &pred {
            if !gold.iter().any(|g| p.0 < g.1 && g.0 < p.1) {
                report("spurious", format!("{} {}", &text[p.0..p.1], p.2), p.0, p.1);
            }
        }
    }
    eprintln!("{counts:?}");
}
