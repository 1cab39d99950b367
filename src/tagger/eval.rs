//! CoNLL-2003 evaluation through the product's own tokenizer: exact-span precision, recall and F1.
//!
//! Each `-DOCSTART-` block becomes one text (tokens joined by single spaces, sentences by
//! newlines) that is tagged like any article; predicted mentions are compared with the gold
//! entities by byte offsets, as `conlleval` compares them by tokens. Kinds map to CoNLL types as
//! person→PER, organization→ORG, location→LOC, group and misc→MISC; numeric and temporal kinds
//! are ignored.

use std::collections::HashSet;
use std::fmt;
use std::io;
use std::path::Path;

use super::conll::{read_conll, ConllDoc};
use super::tag::TYPES;
use crate::analysis::{EntityKind, Mention};
use crate::text::Span;

/// Counts for one entity type (or all of them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypeScore {
    /// `PER`, `ORG`, `LOC`, `MISC`, or `all` for the micro average.
    pub name: &'static str,
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl TypeScore {
    /// Precision in percent.
    pub fn precision(&self) -> f64 {
        pct(self.correct, self.predicted)
    }
    /// Recall in percent.
    pub fn recall(&self) -> f64 {
        pct(self.correct, self.gold)
    }
    /// F1 in percent.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Scores per CoNLL type and micro-averaged over all four.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConllScores {
    /// PER, ORG, LOC, MISC.
    pub types: [TypeScore; 4],
    pub micro: TypeScore,
    pub documents: usize,
}

impl fmt::Display for ConllScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<5} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}",
            "type", "prec", "recall", "F1", "gold", "pred", "ok"
        )?;
        for s in self.types.iter().chain(std::iter::once(&self.micro)) {
            writeln!(
                f,
                "{:<5} {:>7.2} {:>7.2} {:>7.2} {:>6} {:>6} {:>6}",
                s.name,
                s.precision(),
                s.recall(),
                s.f1(),
                s.gold,
                s.predicted,
                s.correct
            )?;
        }
        Ok(())
    }
}

/// The CoNLL type index of a mention kind: person→PER, organization→ORG, location→LOC, group
/// and misc→MISC; `None` for numeric and temporal kinds.
pub fn conll_type(kind: EntityKind) -> Option<&'static str> {
    Some(match kind {
        EntityKind::Person => "PER",
        EntityKind::Organization => "ORG",
        EntityKind::Location => "LOC",
        EntityKind::Group | EntityKind::Misc => "MISC",
        _ => return None,
    })
}

/// Scores the library's name tagger ([`super::tag_names`]) on a CoNLL file.
///
/// # Errors
///
/// The I/O error if `path` cannot be read.
pub fn eval_conll(path: impl AsRef<Path>) -> io::Result<ConllScores> {
    eval_conll_with(path, |text| {
        let tokens = crate::token::tokenize(text);
        let sentences = crate::sentence::split_sentences(text, &tokens);
        super::tag_names(text, &tokens, &sentences)
    })
}

/// Scores any tagger (`text` → mentions, e.g. the full pipeline) on a CoNLL file.
///
/// # Errors
///
/// The I/O error if `path` cannot be read.
pub fn eval_conll_with(
    path: impl AsRef<Path>,
    tag: impl Fn(&str) -> Vec<Mention>,
) -> io::Result<ConllScores> {
    let docs = read_conll(path.as_ref())?;
    Ok(score_docs(&docs, |doc| {
        tag(&doc.text)
            .into_iter()
            .filter_map(|m| {
                Some((
                    m.span,
                    TYPES.iter().position(|t| Some(*t) == conll_type(m.kind))?,
                ))
            })
            .collect()
    }))
}

/// Scores predicted `(span, type)` lists against the documents' gold entities.
pub(crate) fn score_docs(
    docs: &[ConllDoc],
    mut predict: impl FnMut(&ConllDoc) -> Vec<(Span, usize)>,
) -> ConllScores {
    let mut scores = ConllScores::default();
    for (s, name) in scores.types.iter_mut().zip(TYPES) {
        s.name = name;
    }
    scores.micro.name = "all";
    for doc in docs {
        let gold: HashSet<(Span, usize)> = doc.gold.iter().copied().collect();
        let predicted: HashSet<(Span, usize)> = predict(doc).into_iter().collect();
        for &(_, t) in &gold {
            scores.types[t].gold += 1;
        }
        for p in &predicted {
            scores.types[p.1].predicted += 1;
            if gold.contains(p) {
                scores.types[p.1].correct += 1;
            }
        }
        scores.documents += 1;
    }
    for s in scores.types.clone() {
        scores.micro.gold += s.gold;
        scores.micro.predicted += s.predicted;
        scores.micro.correct += s.correct;
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::conll::parse_conll;

    /// The shared data folder, or `None` (with a message) when it is not on this machine.
    fn data_dir() -> Option<std::path::PathBuf> {
        let candidates = [
            std::env::var_os("ARTICLE_ANALYZER_DATA").map(std::path::PathBuf::from),
            Some(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")),
            Some("/work/shared/data".into()),
        ];
        let found = candidates
            .into_iter()
            .flatten()
            .find(|d| d.join("conll2003/dev.txt").is_file());
        if found.is_none() {
            eprintln!("skipped: CoNLL-2003 data not found (set ARTICLE_ANALYZER_DATA to the shared data folder)");
        }
        found
    }

    #[test]
    fn compiled_model_meets_dev_targets() {
        let Some(dir) = data_dir() else { return };
        let scores = eval_conll(dir.join("conll2003/dev.txt")).unwrap();
        eprintln!("{scores}");
        assert!(
            scores.micro.f1() >= 92.0,
            "dev micro F1 {:.2}",
            scores.micro.f1()
        );
        assert!(
            scores.types[0].f1() >= 95.0,
            "dev PER F1 {:.2}",
            scores.types[0].f1()
        );
    }

    #[test]
    fn exact_span_scoring() {
        let docs =
            parse_conll("-DOCSTART- -X- -X- O\n\nPeter B-PER\nBlackburn I-PER\nin O\nBonn B-LOC\n");
        // "Peter Blackburn" right, "Bonn" typed wrong, plus a spurious "in".
        let scores = score_docs(&docs, |_| {
            vec![
                (Span::new(0, 15), 0),
                (Span::new(19, 23), 1),
                (Span::new(16, 18), 3),
            ]
        });
        assert_eq!(
            (
                scores.micro.gold,
                scores.micro.predicted,
                scores.micro.correct
            ),
            (2, 3, 1)
        );
        assert_eq!(scores.types[0].f1(), 100.0);
        assert!((scores.micro.f1() - 40.0).abs() < 1e-9);
        assert_eq!(conll_type(EntityKind::Group), Some("MISC"));
        assert_eq!(conll_type(EntityKind::Date), None);
    }
}
