//! Reading CoNLL-2003 files into documents as the product sees them.
//!
//! A document is a `-DOCSTART-` block. Its text is its tokens joined by single spaces and its
//! sentences joined by newlines; gold entities (IOB1 or IOB2) become byte spans into that text.

use std::io;
use std::path::Path;

use crate::text::Span;

/// One document: its text and gold entities as `(span, type index into TYPES)`.
pub(crate) struct ConllDoc {
    pub(crate) text: String,
    pub(crate) gold: Vec<(Span, usize)>,
}

fn type_index(name: &str) -> Option<usize> {
    super::tag::TYPES.iter().position(|t| *t == name)
}

/// Reads a CoNLL file (token first column, NER tag last column).
pub(crate) fn read_conll(path: &Path) -> io::Result<Vec<ConllDoc>> {
    let data = std::fs::read_to_string(path)?;
    Ok(parse_conll(&data))
}

pub(crate) fn parse_conll(data: &str) -> Vec<ConllDoc> {
    let mut docs = Vec::new();
    let mut doc = ConllDoc {
        text: String::new(),
        gold: Vec::new(),
    };
    let mut open: Option<(usize, usize, usize)> = None; // (start, end, type)
    let mut sentence_open = false;
    let close = |doc: &mut ConllDoc, open: &mut Option<(usize, usize, usize)>| {
        if let Some((s, e, t)) = open.take() {
            doc.gold.push((Span::new(s, e), t));
        }
    };
    for line in data.lines() {
        let line = line.trim_end();
        if line.starts_with("-DOCSTART-") {
            close(&mut doc, &mut open);
            if !doc.text.is_empty() {
                docs.push(std::mem::replace(
                    &mut doc,
                    ConllDoc {
                        text: String::new(),
                        gold: Vec::new(),
                    },
                ));
            }
            sentence_open = false;
            continue;
        }
        if line.is_empty() {
            close(&mut doc, &mut open);
            sentence_open = false;
            continue;
        }
        let mut cols = line.split_whitespace();
        let (Some(word), Some(tag)) = (cols.next(), line.split_whitespace().next_back()) else {
            continue;
        };
        if !doc.text.is_empty() {
            doc.text.push(if sentence_open { ' ' } else { '\n' });
        }
        sentence_open = true;
        let start = doc.text.len();
        doc.text.push_str(word);
        let end = doc.text.len();
        let (prefix, ty) = match tag.split_once('-') {
            Some((p, t)) => (p, type_index(t)),
            None => ("O", None),
        };
        match ty {
            Some(ty) if prefix == "I" && open.is_some_and(|(_, _, t)| t == ty) => {
                if let Some(o) = open.as_mut() {
                    o.1 = end;
                }
            }
            Some(ty) => {
                close(&mut doc, &mut open);
                open = Some((start, end, ty));
            }
            None => close(&mut doc, &mut open),
        }
    }
    close(&mut doc, &mut open);
    if !doc.text.is_empty() {
        docs.push(doc);
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_documents() {
        let data = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nNew I-LOC\nYork I-LOC\n";
        let docs = parse_conll(data);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "EU rejects German\nPeter Blackburn");
        let got: Vec<_> = docs[0]
            .gold
            .iter()
            .map(|(s, t)| (s.slice(&docs[0].text), *t))
            .collect();
        assert_eq!(got, [("EU", 1), ("German", 3), ("Peter Blackburn", 0)]);
        assert_eq!(docs[1].gold[0].0.slice(&docs[1].text), "New York");
    }
}
