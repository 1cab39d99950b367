//! Sentence and paragraph splitting over tokens.
//!
//! A line break starts a new paragraph (news copy uses both blank lines and single newlines),
//! except inside hard-wrapped prose, where a line that does not end a sentence is followed by one
//! that starts in lower case. Inside a paragraph a sentence ends at `.`, `!`, `?` or an ellipsis,
//! together with any closing quotation marks and brackets after it (`...forces."`), when what
//! follows can start a sentence. Abbreviations (`Mr.`, `Jan.`) and initials (`J.`) do not end
//! sentences; an initialism like `U.S.` ends one only before a word that usually starts one.

use std::ops::Range;

use crate::text::Span;
use crate::token::{Token, TokenKind};

/// One sentence: its span, its tokens and the paragraph it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Indices into the token list.
    pub tokens: Range<usize>,
    /// 0-based paragraph number.
    pub paragraph: usize,
}

/// `sentences` with each sentence that [`split_sentences`] cut inside a phrase joined to the
/// next one of its paragraph:
/// - at a court case's "v." ("… overturn Roe v." — the period right after "v", itself after a
///   capitalized word);
/// - inside a state's abbreviation that the tokenizer splits ("Sen. Joe Manchin (D-W." —
///   "Va.) said …": a period with no space on either side, then a capitalized abbreviation
///   with its own period).
///
/// [`split_sentences`] ends a sentence there, as when the attribution model was trained (its
/// training instances are those sentences, and `train attrib` must rebuild the committed
/// model); the quote stage reads the whole sentence ("overturn Roe v. Wade" as one statement,
/// Manchin as the one who said it).
pub fn join_cut_sentences(text: &str, tokens: &[Token], sentences: Vec<Sentence>) -> Vec<Sentence> {
    let cut = |s: &Sentence| {
        let e = s.tokens.end.min(tokens.len());
        if e < s.tokens.start + 3 || tokens[e - 1].text(text) != "." || tokens[e - 1].space_before {
            return false;
        }
        let case = tokens[e - 2].text(text) == "v"
            && tokens[e - 3].text(text).starts_with(char::is_uppercase);
        let abbreviation = tokens.get(e).is_some_and(|next| {
            let w = next.text(text);
            !next.space_before
                && next.kind == TokenKind::Word
                && (3..=5).contains(&w.len())
                && w.ends_with('.')
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w[1..w.len() - 1].bytes().all(|b| b.is_ascii_lowercase())
        });
        case || abbreviation
    };
    if !sentences.iter().any(cut) {
        return sentences;
    }
    let mut out: Vec<Sentence> = Vec::with_capacity(sentences.len());
    let mut join_next = false;
    for s in sentences {
        let ends = cut(&s);
        match out.last_mut() {
            Some(last) if join_next && last.paragraph == s.paragraph => {
                last.span = Span::new(last.span.start, s.span.end);
                last.tokens = last.tokens.start..s.tokens.end;
            }
            _ => out.push(s),
        }
        join_next = ends;
    }
    out
}

/// Dotted abbreviations of US states and Canadian provinces, as wire and Canadian Press style
/// write them after a place ("Nanaimo, B.C.", "Fort Mill, S.C.").
const PLACE_ABBREVIATIONS: &[&str] = &[
    "B.C.", "N.S.", "N.B.", "N.L.", "P.E.I.", "N.W.T.", "D.C.", "N.Y.", "N.J.", "N.C.", "S.C.",
    "N.H.", "N.M.", "N.D.", "S.D.", "R.I.",
];

/// `sentences` with each one that [`split_sentences`] ran on past a place's abbreviation or the
/// platform X cut there ([`ends_place`]). The analysis reads these sentences; the attribution
/// model was trained on [`split_sentences`]'s (its training instances are those sentences, and
/// `train attrib` must rebuild the committed model: retrained on these, it scored 74.77 against
/// 75.09 on PolNeAR dev, all overlap F1, from the epoch choice, with four train articles cut
/// differently).
pub fn split_after_places(text: &str, tokens: &[Token], sentences: Vec<Sentence>) -> Vec<Sentence> {
    let any = sentences.iter().any(|s| {
        let e = s.tokens.end.min(tokens.len());
        (s.tokens.start..e.saturating_sub(1)).any(|k| ends_place(text, tokens, k))
    });
    if !any {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len() + 1);
    for s in sentences {
        let e = s.tokens.end.min(tokens.len());
        let mut start = s.tokens.start;
        for k in s.tokens.start..e.saturating_sub(1) {
            if ends_place(text, tokens, k) {
                out.push(Sentence {
                    span: Span::new(tokens[start].span.start, tokens[k].span.end),
                    tokens: start..k + 1,
                    paragraph: s.paragraph,
                });
                start = k + 1;
            }
        }
        out.push(Sentence {
            span: Span::new(tokens[start].span.start, s.span.end),
            tokens: start..s.tokens.end,
            paragraph: s.paragraph,
        });
    }
    out
}

/// True when the word token `k` (with its period) ends a place or names the platform X, and
/// the token after it starts a new sentence though it is no usual opener: "… near Nanaimo, B.C.
/// | Cpl. Janelle Fortier told reporters …", "… at a rally in Binghamton, N.Y. | “Secretary
/// Clinton …", "… wrote on X. | “We are done,” …". (An initialism ends a sentence otherwise
/// only before a usual opener: "U.S. Air Force" and "J.J. Goldberg" go on.)
fn ends_place(text: &str, tokens: &[Token], k: usize) -> bool {
    let (Some(tok), Some(next)) = (tokens.get(k), tokens.get(k + 1)) else {
        return false;
    };
    let w = tok.text(text);
    let before = |s: &[&str]| k > 0 && s.contains(&tokens[k - 1].text(text));
    let place = PLACE_ABBREVIATIONS.contains(&w) && before(&[","]);
    let platform = w == "X." && before(&["on", "via"]);
    (place || platform)
        && next.space_before
        && (next.kind == TokenKind::Quote
            || next.kind == TokenKind::Word && next.text(text).starts_with(char::is_uppercase))
}

/// Capitalized words that, after an initialism such as `U.S.`, signal a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "But",
    "And",
    "So",
    "Yet",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Meanwhile",
    "However",
    "For",
    "Since",
    "Still",
    "Some",
    "Many",
    "Most",
    "No",
    "Not",
];

/// Titles and other abbreviations that never end a sentence.
const NEVER_FINAL: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.",
    "Adm.", "Sgt.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Pres.", "St.", "Mt.", "Ft.", "No.",
    "vs.", "Messrs.", "Amb.", "Atty.", "Det.", "Supt.", "Insp.", "Coun.", "Const.", "Cst.", "Cpl.",
    "Pvt.",
];

fn is_closer(text: &str) -> bool {
    matches!(
        text,
        "\"" | "'" | "”" | "’" | "»" | "›" | ")" | "]" | "}" | "“"
    )
}

fn starts_sentence(tok: &Token, text: &str) -> bool {
    let s = tok.text(text);
    let first = s.chars().next().unwrap_or(' ');
    match tok.kind {
        TokenKind::Quote => true,
        TokenKind::Number => true,
        TokenKind::Punct => matches!(s, "(" | "[" | "—" | "–" | "-" | "¿" | "¡" | "$" | "£" | "€"),
        _ => first.is_uppercase() || first.is_numeric() || !first.is_alphabetic(),
    }
}

/// True when the line break before `next` (after `last`) is a paragraph break rather than a
/// hard wrap inside a paragraph.
fn is_paragraph_break(last: &Token, next: &Token, text: &str) -> bool {
    if next.newlines_before >= 2 {
        return true;
    }
    let ends_sentence = matches!(
        last.text(text),
        "." | "!" | "?" | "…" | ":" | "\"" | "”" | "’" | "'" | ")"
    ) || last.text(text).ends_with(['.', '!', '?']);
    let lower_start = next.text(text).starts_with(|c: char| c.is_lowercase());
    ends_sentence || !lower_start
}

/// Splits tokenized `text` into sentences, in order, covering every token exactly once.
#[inline(never)]
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut paragraph = 0;
    let mut i = 0;
    let push = |sentences: &mut Vec<Sentence>, range: Range<usize>, paragraph: usize| {
        if !range.is_empty() {
            let span = Span::new(
                tokens[range.start].span.start,
                tokens[range.end - 1].span.end,
            );
            sentences.push(Sentence {
                span,
                tokens: range,
                paragraph,
            });
        }
    };
    while i < tokens.len() {
        let tok = &tokens[i];
        if i > start && tok.newlines_before > 0 && is_paragraph_break(&tokens[i - 1], tok, text) {
            push(&mut sentences, start..i, paragraph);
            paragraph += 1;
            start = i;
        }
        let s = tok.text(text);
        let is_terminal = matches!(tok.kind, TokenKind::Punct)
            && (s.starts_with(['.', '!', '?']) || s == "…")
            || (tok.kind == TokenKind::Word
                && s.ends_with('.')
                && s.len() > 1
                && !NEVER_FINAL.contains(&s));
        if !is_terminal {
            i += 1;
            continue;
        }
        // Absorb closing quotes and brackets: `forces."` or `(sic.)`.
        let mut end = i + 1;
        while end < tokens.len() && !tokens[end].space_before && is_closer(tokens[end].text(text)) {
            end += 1;
        }
        // A closing mark separated by a space still closes when nothing follows it on the line.
        if end < tokens.len()
            && is_closer(tokens[end].text(text))
            && tokens[end].kind == TokenKind::Quote
        {
            let after = tokens.get(end + 1);
            if after.is_none_or(|a| a.newlines_before > 0) {
                end += 1;
            }
        }
        let Some(next) = tokens.get(end) else {
            i = end;
            continue;
        };
        let breaks = if next.newlines_before > 0 {
            false // the paragraph rule above decides
        } else if tok.kind == TokenKind::Word {
            // An abbreviation or initialism with its period: only before a usual sentence opener.
            SENTENCE_STARTERS.contains(&next.text(text))
        } else {
            // `?"` or `!"` followed by a lower-case word continues the sentence: "Why?" he asked.
            starts_sentence(next, text)
        };
        if breaks {
            push(&mut sentences, start..end, paragraph);
            start = end;
        }
        i = end;
    }
    push(&mut sentences, start..tokens.len(), paragraph);
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// After a place's abbreviation set off by its comma, or after "on X.", a capitalized word
    /// or an opening mark starts a sentence; after other initialisms it does not.
    #[test]
    fn places_and_the_platform_x_end_sentences() {
        let text = "The crash happened near Nanaimo, B.C. Cpl. Janelle Fortier told reporters \
                    so. He spoke in Fort Mill, S.C. \"It seems odd,\" he said. Carl Brandt \
                    wrote on X. “We are done,” the company said. His friend, J.J. Goldberg, \
                    agreed with the U.S. Air Force.";
        let tokens = tokenize(text);
        let sentences = split_after_places(text, &tokens, split_sentences(text, &tokens));
        let got: Vec<&str> = sentences.iter().map(|s| s.span.slice(text)).collect();
        assert_eq!(
            got,
            [
                "The crash happened near Nanaimo, B.C.",
                "Cpl. Janelle Fortier told reporters so.",
                "He spoke in Fort Mill, S.C.",
                "\"It seems odd,\" he said.",
                "Carl Brandt wrote on X.",
                "“We are done,” the company said.",
                "His friend, J.J. Goldberg, agreed with the U.S. Air Force.",
            ]
        );
        // The sentences cover every token once, in order.
        let covered: Vec<usize> = sentences.iter().flat_map(|s| s.tokens.clone()).collect();
        assert_eq!(covered, (0..tokens.len()).collect::<Vec<_>>());
    }

    fn split(text: &str) -> Vec<(&str, usize)> {
        let tokens = tokenize(text);
        split_sentences(text, &tokens)
            .iter()
            .map(|s| (s.span.slice(text), s.paragraph))
            .collect()
    }

    #[test]
    fn news_sentences() {
        let cases: &[(&str, &[(&str, usize)])] = &[
            (
                "He left. She stayed.",
                &[("He left.", 0), ("She stayed.", 0)],
            ),
            (
                "Mr. Smith went to Washington. He won.",
                &[("Mr. Smith went to Washington.", 0), ("He won.", 0)],
            ),
            (
                "He moved to the U.S. The move paid.",
                &[("He moved to the U.S.", 0), ("The move paid.", 0)],
            ),
            ("The U.S. Army said so.", &[("The U.S. Army said so.", 0)]),
            // A court case's "v." ends a sentence, as it did when the attribution model was
            // trained (its training instances are these sentences; the entity stage joins the
            // case's parties across the break), and so does a list's last letter.
            (
                "The justices revisited Brown v. Board of Education. It stood.",
                &[
                    ("The justices revisited Brown v.", 0),
                    ("Board of Education.", 0),
                    ("It stood.", 0),
                ],
            ),
            (
                "Pick a, b or v. The board chose.",
                &[("Pick a, b or v.", 0), ("The board chose.", 0)],
            ),
            (
                "\"We won,\" he said. \"Again.\"",
                &[("\"We won,\" he said.", 0), ("\"Again.\"", 0)],
            ),
            (
                "“Why?” she asked. Nobody knew.",
                &[("“Why?” she asked.", 0), ("Nobody knew.", 0)],
            ),
            (
                "...the forces.\" Then he left.",
                &[("...the forces.\"", 0), ("Then he left.", 0)],
            ),
            (
                "Headline here\nBody starts. Ends.",
                &[("Headline here", 0), ("Body starts.", 1), ("Ends.", 1)],
            ),
            ("One.\n\nTwo.", &[("One.", 0), ("Two.", 1)]),
            ("One.\r\n\r\nTwo.", &[("One.", 0), ("Two.", 1)]),
            (
                "a hard wrapped\nline goes on.",
                &[("a hard wrapped\nline goes on.", 0)],
            ),
            (
                "J. R. Smith spoke. Then",
                &[("J. R. Smith spoke.", 0), ("Then", 0)],
            ),
            (
                "It rose 3.4 percent. Wow!",
                &[("It rose 3.4 percent.", 0), ("Wow!", 0)],
            ),
            ("On Jan. 5 it fell.", &[("On Jan. 5 it fell.", 0)]),
            ("Wait... What now?", &[("Wait...", 0), ("What now?", 0)]),
        ];
        for (text, want) in cases {
            assert_eq!(&split(text), want, "splitting {text:?}");
        }
    }

    #[test]
    fn seed_article_paragraphs() {
        let text = include_str!("../tests/data/seed-article.txt");
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let paragraphs = sentences.last().map_or(0, |s| s.paragraph + 1);
        assert_eq!(
            paragraphs,
            text.lines().filter(|l| !l.trim().is_empty()).count()
        );
        assert!(sentences.iter().any(|s| s
            .span
            .slice(text)
            .starts_with("Russia often compares Ukraine to the “Nazis.”")));
        let covered: usize = sentences.iter().map(|s| s.tokens.len()).sum();
        assert_eq!(covered, tokens.len());
    }
}
