use article_analyzer::{entity, quote, sentence, token, Analysis};
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let passes: usize = std::env::args()
        .nth(2)
        .map(|s| s.parse().unwrap())
        .unwrap_or(2);
    let mut texts = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().map_or(false, |x| x == "txt") {
            texts.push(std::fs::read_to_string(p).unwrap());
        }
    }
    texts.sort();
    let mut n = 0;
    for _ in 0..passes {
        for text in &texts {
            let tokens = token::tokenize(text);
            let sentences = sentence::split_sentences(text, &tokens);
            let mut a = Analysis {
                tokens,
                sentences,
                ..Analysis::default()
            };
            entity::find_entities(text, &mut a);
            quote::find_quotes(text, &mut a);
            n += a.quotes.len();
        }
    }
    println!("{n}");
}
