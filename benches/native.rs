//! Native throughput of the full analysis (`cargo bench --bench native`).
//!
//! Measures characters and bytes per second on the seed article and on a ~1 MB text made of
//! it and the project's other test article, single-threaded, median of repeated runs; on ~1 MB
//! of one short quoted paragraph repeated (a layout that once made the pairing of quotation
//! marks quadratic); on the same sentences on one line (once quadratic in the entity stage);
//! and on ~1 MB of stories about thousands of different people (once quadratic in the
//! misspelling check). Checks the answer first, so that a fast wrong result fails instead of
//! being reported.
//!
//! Then times the quote stage against the rest of the analysis, stage by stage through the
//! public API (issue 4: attribution may add at most a third to the analysis time), on the same
//! texts and, when `ARTICLE_ANALYZER_DATA` names the data folder, on the PolNeAR dev articles.

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
    time(name, text, runs);
}

/// Prints the median time of `runs` analyses of `text`, with its throughput.
fn time(name: &str, text: &str, runs: usize) {
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

/// Median time of tokens + sentences + entities, and of the quote stage after them, over `runs`
/// passes over `texts`.
fn stage_share(name: &str, texts: &[String], runs: usize) {
    use article_analyzer::{entity, quote, sentence, token, Analysis};
    let (mut rest, mut quotes) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (mut r, mut q) = (0.0, 0.0);
        for text in texts {
            let text = std::hint::black_box(text.as_str());
            let t = Instant::now();
            let tokens = token::tokenize(text);
            let sentences = sentence::split_sentences(text, &tokens);
            let mut a = Analysis {
                tokens,
                sentences,
                ..Analysis::default()
            };
            entity::find_entities(text, &mut a);
            let mid = Instant::now();
            quote::find_quotes(text, &mut a);
            let end = Instant::now();
            std::hint::black_box(&a);
            r += (mid - t).as_secs_f64();
            q += (end - mid).as_secs_f64();
        }
        rest.push(r);
        quotes.push(q);
    }
    let (r, q) = (median(rest), median(quotes));
    println!(
        "| {name} | {:.3} ms | {:.3} ms | {:.1}% |",
        r * 1e3,
        q * 1e3,
        100.0 * q / r
    );
}

/// The PolNeAR dev articles, when the data folder is known.
fn polnear_dev() -> Option<Vec<String>> {
    let dir =
        std::path::Path::new(&std::env::var_os("ARTICLE_ANALYZER_DATA")?).join("polnear/dev/text");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| Some(e.ok()?.path()))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// About `bytes` of two-sentence stories, each about a different made-up person ("Kalodel
/// Vorsentaka, a teacher from Brimarne, said the plan would help. Vorsentaka added …"), the
/// names drawn from syllables by a fixed-seed generator; with `surname`, everyone has it.
fn distinct_people(bytes: usize, surname: Option<&str>) -> String {
    const SYLLABLES: [&str; 20] = [
        "ka", "lo", "mi", "ran", "del", "vor", "sen", "ta", "bri", "gor", "lin", "mar", "ne",
        "qui", "sto", "wel", "zan", "har", "pe", "dus",
    ];
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut name = || {
        let mut out = String::new();
        for k in 0..4 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            if k == 3 && state % 2 == 0 {
                break;
            }
            out.push_str(SYLLABLES[(state >> 32) as usize % SYLLABLES.len()]);
        }
        let mut chars = out.chars();
        let first = chars.next().unwrap_or('x').to_ascii_uppercase();
        format!("{first}{}", chars.as_str())
    };
    let mut text = String::new();
    while text.len() < bytes {
        let (first, last, town) = (name(), name(), name());
        let last = surname.map_or(last, str::to_string);
        text.push_str(&format!(
            "{first} {last}, a teacher from {town}, said the plan would help. {last} added that \
             the vote was close.\n\n"
        ));
    }
    text
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
    // A layout that once made the pairing of quotation marks quadratic (each paragraph's
    // checks read on through the rest of the text): a short quoted paragraph, over and over.
    // And the same sentences on one line: the dateline check once read back to the line's start
    // for every name (10.9 s for 4 MB in session 20).
    for (name, sentence) in [
        (
            "~1 MB of one-sentence quoted paragraphs",
            "“We will win,” she said.\n\n",
        ),
        (
            "~1 MB of quoted sentences on one line",
            "“We will win,” she said. ",
        ),
    ] {
        let text = sentence.repeat(1_000_000 / 30);
        let a = article_analyzer::analyze(&text);
        assert_eq!(
            a.quotes.len(),
            1_000_000 / 30,
            "wrong answer: one quotation per sentence"
        );
        time(name, &text, 9);
    }
    // Thousands of different people, each named in full and then by surname: the misspelling
    // check once compared every capitalized word with every name part (1.8 s for 1 MB).
    let people = distinct_people(1_000_000, None);
    let a = article_analyzer::analyze(&people);
    // (Made-up names share surnames by chance; a surname then stays with the first person, as
    // in news, where it means the story's main figure, not a relative named later.)
    let named: Vec<_> = a
        .entities
        .iter()
        .filter(|e| e.kind == article_analyzer::EntityKind::Person && e.name.contains(' '))
        .collect();
    assert!(
        named.len() > 5_000
            && named.iter().filter(|e| e.mentions.len() >= 2).count() * 5 > named.len() * 4,
        "wrong answer: a person's full name and surname are one entity"
    );
    time("~1 MB of distinct people, two mentions each", &people, 9);
    // The same with one surname for all: each new full name once compared every person named
    // before with it (6.7 s for 1 MB in session 28). Every name is a person's mention (the bare
    // surname stays with the first person, as in news, where it means the story's main figure).
    let family = distinct_people(1_000_000, Some("Smithson"));
    let a = article_analyzer::analyze(&family);
    let people = || {
        a.entities
            .iter()
            .filter(|e| e.kind == article_analyzer::EntityKind::Person)
    };
    let stories = family.matches(" added that").count();
    let surnames: usize = people()
        .map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.slice(&family).ends_with("Smithson"))
                .count()
        })
        .sum();
    assert!(
        people().count() > 5_000 && surnames == 2 * stories,
        "wrong answer: every full name and surname a person's mention"
    );
    time(
        "~1 MB of people with one surname, two mentions each",
        &family,
        9,
    );

    println!(
        "\n| text | tokens, sentences, entities | quotes and attribution | quotes / rest |\n|---|---|---|---|"
    );
    stage_share("seed article", &[seed.to_string()], 400);
    stage_share("~1 MB (seed + city-council repeated)", &[big], 31);
    match polnear_dev() {
        Some(texts) => stage_share(
            &format!("PolNeAR dev, {} articles", texts.len()),
            &texts,
            21,
        ),
        None => println!("(PolNeAR dev skipped: set ARTICLE_ANALYZER_DATA to the data folder)"),
    }
}
