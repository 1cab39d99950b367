//! Pairs quotation marks into quoted spans.

use crate::analysis::Warning;
use crate::sentence::Sentence;
use crate::text::Span;
use crate::token::{Token, TokenKind};

/// A quoted stretch of text: token indices of its marks and its content span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, or `None` when the quote was left open (recovered at
    /// the end of its paragraph).
    pub close: Option<usize>,
    /// From the first token inside the marks to the last (over paragraphs, when it continues).
    pub content: Span,
    /// Token index range of the content.
    pub first: usize,
    pub last: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
}

fn classify(tokens: &[Token], i: usize, text: &str) -> Option<(Family, Side)> {
    let tok = &tokens[i];
    if tok.kind != TokenKind::Quote {
        return None;
    }
    let glued_after = tokens.get(i + 1).is_some_and(|n| !n.space_before);
    let glued_before = !tok.space_before && i > 0;
    let by_context = || match (glued_before, glued_after) {
        (false, true) => Side::Open,
        (true, false) => Side::Close,
        _ => Side::Either,
    };
    // Feet and inches: `6’2”` (a digit, an apostrophe, a digit, then the mark) measures.
    let digit = |k: usize| tokens[k].text(text).bytes().all(|b| b.is_ascii_digit());
    if glued_before
        && i >= 3
        && matches!(tok.text(text), "”" | "\"" | "″")
        && digit(i - 1)
        && matches!(tokens[i - 2].text(text), "’" | "'" | "′")
        && !tokens[i - 1].space_before
        && !tokens[i - 2].space_before
        && digit(i - 3)
    {
        return None;
    }
    Some(match tok.text(text) {
        "“" | "„" | "«" | "‟" => (
            Family::Double,
            if tok.text(text) == "“" {
                by_context_curly(glued_before, glued_after)
            } else {
                Side::Open
            },
        ),
        // A closing curly mark set off before a word and glued to it is a typo for an opening
        // one: `aides ”get close to Ben …”`.
        "”" if !glued_before && glued_after && i > 0 => (Family::Double, Side::Either),
        "”" | "»" => (Family::Double, Side::Close),
        "\"" | "＂" | "''" | "’’" => (Family::Double, by_context()),
        "``" | "‘‘" => (Family::Double, Side::Open),
        "‘" | "‚" | "‹" | "‛" => (Family::Single, Side::Open),
        "›" => (Family::Single, Side::Close),
        "’" | "'" | "`" if elides_article(tokens, i, text) => return None,
        "’" | "'" | "`" => (Family::Single, by_context()),
        _ => return None,
    })
}

/// An apostrophe that stands for the rest of a word before a lone `t`, `s` or `n` (Sophie in
/// 't Veld, 's-Hertogenbosch, rock 'n roll): no single quotation opens there.
fn elides_article(tokens: &[Token], i: usize, text: &str) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    tokens[i].space_before
        && !next.space_before
        && matches!(next.text(text), "t" | "s" | "n")
        && tokens
            .get(i + 2)
            .is_none_or(|after| after.space_before || after.text(text) == "-")
}

/// “ opens in English, but closes a German „quote“: glued to the word before and not after.
fn by_context_curly(glued_before: bool, glued_after: bool) -> Side {
    if glued_before && !glued_after {
        Side::Either
    } else {
        Side::Open
    }
}

/// Pairs the marks in `tokens`; returns quoted spans in text order (outer quotes only; single
/// quotes inside double ones are part of the outer content).
pub fn pair_marks(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    warnings: &mut Vec<Warning>,
) -> Vec<Quoted> {
    let paragraph_of = paragraph_index(tokens, sentences);
    // Marks that quote nothing: an excerpt's flags and a markup tag's attribute delimiters.
    let mut skipped = excerpt_marks(text, tokens, &paragraph_of);
    skipped.extend(markup_marks(text, tokens));
    skipped.sort_unstable();
    let mut out = Vec::new();
    let mut open: Option<(usize, Family)> = None;
    let mut nested = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        // A paragraph boundary inside an open quote: the quote continues when the new paragraph
        // opens with a mark; otherwise it was never closed, and is recovered at the boundary.
        if let Some((o, _)) = open {
            if i > o && paragraph_of[i] != paragraph_of[i - 1] {
                let continues = classify(tokens, i, text)
                    .is_some_and(|(f, s)| f == Family::Double && s != Side::Close);
                if continues {
                    i += 1;
                    continue;
                }
                unclosed(&mut out, text, tokens, o, i, warnings);
                open = None;
                nested = 0;
            }
        }
        if skipped.binary_search(&i).is_ok() {
            i += 1;
            continue;
        }
        let Some((family, side)) = classify(tokens, i, text) else {
            i += 1;
            continue;
        };
        match open {
            None => {
                // A closing curly mark glued to the first word of a paragraph is a typo for an
                // opening one (”Fear. I am ...” ― Name).
                let starts_paragraph = i == 0 || paragraph_of[i] != paragraph_of[i - 1];
                let glued_after = tokens.get(i + 1).is_some_and(|n| !n.space_before);
                // (Or before an ellipsis: `” … they are so not like him,” she said`.)
                let ellipsis_after = tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.text(text), "…" | "..."));
                let opens = side == Side::Open
                    || (side == Side::Either && family == Family::Double)
                    || (family == Family::Double
                        && starts_paragraph
                        && (glued_after || ellipsis_after));
                if opens {
                    open = Some((i, family));
                } else if family == Family::Double {
                    warnings.push(Warning {
                        code: "unbalanced-quote",
                        message: "closing quotation mark with no opening mark".into(),
                        span: tokens[i].span,
                    });
                }
            }
            Some((_, fam)) if fam == family && side != Side::Open && nested > 0 => nested -= 1,
            Some((o, fam)) if fam == family && side != Side::Open => {
                push(&mut out, text, tokens, o, Some(i));
                open = None;
            }
            Some((o, fam)) if fam == family => {
                // An opening mark inside a quote: nested when it comes mid-sentence (“…calls “hell”
                // than…”); otherwise the first quote was never closed.
                let prev = tokens[i - 1].text(text);
                if !matches!(prev, "." | "!" | "?" | "…") && !prev.ends_with(['.', '!', '?']) {
                    nested += 1;
                } else {
                    unclosed(&mut out, text, tokens, o, i, warnings);
                    open = Some((i, family));
                }
            }
            Some(_) => {} // a single mark inside a double quote, or the reverse
        }
        i += 1;
    }
    if let Some((o, _)) = open {
        unclosed(&mut out, text, tokens, o, tokens.len(), warnings);
    }
    out
}

/// Marks that delimit attribute values inside a markup tag (`<tweet author="…" tweet_id="…">`,
/// `<a href='…'>`), which a draft copied from a CMS or a web page may hold: they quote no one.
/// A tag is `<`, a name of ASCII letters, digits, `-` or `:`, a space, and attributes up to a
/// `>` outside their values, on one line within 1,000 bytes, with at least one value opened
/// by `="` or `='`; no other quotation mark, `<` or curly mark outside the values (so
/// `“If a<b, then b=c,” she said` and `"a<b" and "b=c"` hold no tag). Token indices, sorted.
fn markup_marks(text: &str, tokens: &[Token]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut tags: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    // (`str::find` of one ASCII character runs a word-at-a-time search; a loop over the bytes
    // cost the quote stage 2% of its instructions on the PolNeAR dev articles.)
    while let Some(k) = text.get(at..).and_then(|rest| rest.find('<')) {
        let start = at + k;
        at = start + 1;
        if let Some(end) = tag_end(bytes, start) {
            tags.push((start, end));
            at = end;
        }
    }
    if tags.is_empty() {
        return Vec::new();
    }
    tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Quote)
        .filter(|(_, t)| {
            let n = tags.partition_point(|&(s, _)| s < t.span.start);
            n > 0 && t.span.end <= tags[n - 1].1
        })
        .map(|(i, _)| i)
        .collect()
}

/// The end (after its `>`) of the markup tag that opens at `start`, if one does (see
/// [`markup_marks`]).
fn tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut j = start + 1;
    if !bytes.get(j)?.is_ascii_alphabetic() {
        return None;
    }
    while bytes
        .get(j)
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':'))
    {
        j += 1;
    }
    if !matches!(bytes.get(j)?, b' ' | b'\t') {
        return None;
    }
    let limit = bytes.len().min(start + 1000);
    let (mut value, mut attributes) = (None, false);
    while j < limit {
        let c = bytes[j];
        match value {
            Some(mark) if c == mark => value = None,
            Some(_) if c == b'\n' => return None,
            Some(_) => {}
            None => match c {
                b'>' => return attributes.then_some(j + 1),
                b'"' | b'\'' if bytes[j - 1] == b'=' => {
                    value = Some(c);
                    attributes = true;
                }
                // Another mark, a line end, a second `<`, or the first byte of a curly mark,
                // guillemet or dash: prose, not markup.
                b'"' | b'\'' | b'\n' | b'<' | 0xC2 | 0xE2 => return None,
                _ => {}
            },
        }
        j += 1;
    }
    None
}

/// Straight double marks that only flag an excerpted paragraph: in a text quoting with curly
/// marks, a straight mark opening a paragraph that holds no other straight double mark (a long
/// excerpt whose every paragraph opens with `"`, curly quotations inside). Token indices, sorted.
fn excerpt_marks(text: &str, tokens: &[Token], paragraph_of: &[usize]) -> Vec<usize> {
    let straight = |t: &Token| t.kind == TokenKind::Quote && t.text(text) == "\"";
    if !tokens
        .iter()
        .any(|t| t.kind == TokenKind::Quote && matches!(t.text(text), "“" | "”"))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i + 1;
        while end < tokens.len() && paragraph_of[end] == paragraph_of[i] {
            end += 1;
        }
        // (Not when the paragraph's first curly mark closes: `"You know, …,” he said.` is one
        // quotation in mixed marks.)
        let closes_first = || {
            tokens[i + 1..end]
                .iter()
                .find(|t| t.kind == TokenKind::Quote && matches!(t.text(text), "“" | "”"))
                .is_some_and(|t| t.text(text) == "”")
        };
        // (Nor when a straight mark closes the next paragraph, a byline that opens with no
        // mark of its own: `"…⏎Josh Bivens, Economic Policy Institute."`.)
        let closed_later = || {
            let next_end = (end..tokens.len())
                .find(|&j| paragraph_of[j] != paragraph_of[end])
                .unwrap_or(tokens.len());
            end < tokens.len()
                && tokens[end].kind != TokenKind::Quote
                && (end..next_end)
                    .find(|&j| straight(&tokens[j]))
                    .is_some_and(|j| {
                        classify(tokens, j, text).is_some_and(|(_, side)| side == Side::Close)
                    })
        };
        // (Nor when the next paragraph opens with a straight mark and a straight mark closes
        // it: the usual quotation over paragraphs, each opened and only the last closed, as
        // in `The Times reports:⏎"In an illustration …⏎"Without this …."`.)
        // (Not for a transcript's labelled turn, `"CONWAY: …`, whose marks the turns read.)
        let labelled = || {
            let w = tokens.get(i + 1).map_or("", |t| t.text(text));
            w.len() > 1
                && w.chars().all(|c| c.is_ascii_uppercase())
                && (i + 2..(i + 7).min(end)).any(|k| tokens[k].text(text) == ":")
        };
        let continued_later = || {
            let next_end = (end..tokens.len())
                .find(|&j| paragraph_of[j] != paragraph_of[end])
                .unwrap_or(tokens.len());
            end < tokens.len()
                && straight(&tokens[end])
                && (end + 1..next_end)
                    .rfind(|&j| straight(&tokens[j]))
                    .is_some_and(|j| {
                        classify(tokens, j, text).is_some_and(|(_, side)| side == Side::Close)
                    })
        };
        // (Each paragraph is read a bounded number of times: the checks run only for a
        // paragraph that opens with a straight mark.)
        if straight(&tokens[i])
            && !tokens[i + 1..end].iter().any(straight)
            && !closes_first()
            && !closed_later()
            && (labelled() || !continued_later())
        {
            out.push(i);
        }
        i = end;
    }
    out
}

fn paragraph_index(tokens: &[Token], sentences: &[Sentence]) -> Vec<usize> {
    let mut out = vec![0; tokens.len()];
    for s in sentences {
        for i in s.tokens.clone() {
            out[i] = s.paragraph;
        }
    }
    out
}

fn push(out: &mut Vec<Quoted>, text: &str, tokens: &[Token], open: usize, close: Option<usize>) {
    let last_excl = close.unwrap_or(tokens.len());
    if open + 1 >= last_excl {
        return;
    }
    let (first, mut last) = (open + 1, last_excl - 1);
    // Leave out quotation marks of continued paragraphs at the edges, but not the mark that
    // closes a quotation inside this one: `“One woman told me, ‘They threw it out,’” she said`.
    while last > first
        && tokens[last].kind == TokenKind::Quote
        && !closes_inner(text, tokens, first, last)
    {
        last -= 1;
    }
    let content = Span::new(tokens[first].span.start, tokens[last].span.end);
    out.push(Quoted {
        open,
        close,
        content,
        first,
        last,
    });
}

/// True when the single mark at `last` closes a single quotation that opened inside the content
/// `first..last`.
fn closes_inner(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    matches!(classify(tokens, last, text), Some((Family::Single, side)) if side != Side::Open)
        && (first..last).any(|k| classify(tokens, k, text) == Some((Family::Single, Side::Open)))
}

fn unclosed(
    out: &mut Vec<Quoted>,
    text: &str,
    tokens: &[Token],
    open: usize,
    until: usize,
    warnings: &mut Vec<Warning>,
) {
    warnings.push(Warning {
        code: "unbalanced-quote",
        message: "opening quotation mark that is never closed".into(),
        span: tokens[open].span,
    });
    let mut q = Vec::new();
    push(&mut q, text, tokens, open, Some(until));
    for mut quoted in q {
        quoted.close = None;
        out.push(quoted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence::split_sentences;
    use crate::token::tokenize;

    fn quoted(text: &str) -> (Vec<&str>, usize) {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let mut warnings = Vec::new();
        let q = pair_marks(text, &tokens, &sentences, &mut warnings);
        (
            q.iter().map(|q| q.content.slice(text)).collect(),
            warnings.len(),
        )
    }

    #[test]
    fn pairs_marks() {
        let cases: &[(&str, &[&str], usize)] = &[
            ("“We won,” he said.", &["We won,"], 0),
            ("\"We won,\" he said.", &["We won,"], 0),
            ("He said: „Ja“ and «oui».", &["Ja", "oui"], 0),
            (
                "“He called it ‘absurd’ today,” she said.",
                &["He called it ‘absurd’ today,"],
                0,
            ),
            ("Russia’s ’90s and rock ’n’ roll “fine”", &["fine"], 0),
            // A quotation that ends with one inside it keeps the inner closing mark.
            (
                "“One woman told me, ‘They threw it in the garbage,’” Cardinal said.",
                &["One woman told me, ‘They threw it in the garbage,’"],
                0,
            ),
            (
                "\"She told me, 'Go home.'\" he said.",
                &["She told me, 'Go home.'"],
                0,
            ),
            ("the girls’ team said “yes”", &["yes"], 0),
            // A markup tag's attribute values quote no one; a `<` that opens no tag is text.
            (
                "<tweet author=\"jdoe\" tweet_id=\"778\">“Rigged,” he wrote.</tweet>",
                &["Rigged,"],
                0,
            ),
            (
                "<a href='https://example.com'>here</a> “fine”",
                &["fine"],
                0,
            ),
            ("if x < y = \"true\" > z", &["true"], 0),
            // Comparisons and arrows are no tags, and a `>` inside a value does not end one.
            (
                "“If a<b, then b=c,” the teacher said, “so c>a.”",
                &["If a<b, then b=c,", "so c>a."],
                0,
            ),
            (
                "The fix was \"a<b\" and the test \"b=c\" -> both pass.",
                &["a<b", "b=c"],
                0,
            ),
            (
                "He posted <a title=\"1 > 0\">a chart</a>, “fine.”",
                &["fine."],
                0,
            ),
            (
                "“First paragraph.\n“Second paragraph,” he said.",
                &["First paragraph.\n“Second paragraph,"],
                0,
            ),
            (
                "“Never closed.\nNext paragraph “ok” here.",
                &["Never closed.", "ok"],
                1,
            ),
            ("Stray” mark and “fine”.", &["fine"], 1),
            (
                "“I’d rather live in what he calls “hell” than here.” ― A",
                &["I’d rather live in what he calls “hell” than here."],
                0,
            ),
            ("''Fine,'' he said.", &["Fine,"], 0),
            (
                "\"An excerpt, “quoted” inside.\n\"More of it.\n“Fine,” she said.",
                &["quoted", "Fine,"],
                0,
            ),
            // The usual quotation over paragraphs in such a text: each paragraph opens with a
            // straight mark and the last closes (PolNeAR dev, a newspaper's excerpt).
            (
                "The Times reports:\n\"Only 24 percent gave less.\n\"Without it, she is made to \
                 continue.\"\nClinton called them “deplorables.”",
                &[
                    "Only 24 percent gave less.\n\"Without it, she is made to continue.",
                    "deplorables.",
                ],
                0,
            ),
            (
                "”Typo mark opens.” ― A\n“Proper one.” ― B",
                &["Typo mark opens.", "Proper one."],
                0,
            ),
            // Mixed marks in a text that quotes with curly ones (PolNeAR train).
            (
                "“Fine,” she said.\n\"You know, we learned a lot,” he said.",
                &["Fine,", "You know, we learned a lot,"],
                0,
            ),
            // Closing curly marks typed for opening ones.
            (
                "Aides wanted policy staff to ”get close to Ben.” Fine.",
                &["get close to Ben."],
                0,
            ),
            (
                "“Yes.”\n\n” … they are not like him,” she said.",
                &["Yes.", "… they are not like him,"],
                0,
            ),
            // A straight quotation closed by a straight mark after a byline line, in a text
            // that quotes with curly marks: the quotation is recovered at its line's end, not
            // taken for an excerpt's flag.
            (
                "“Fine,” he said.\n\"We need stimulus.\nDean Baker, an economist.\"",
                &["Fine,", "We need stimulus."],
                2,
            ),
            // Feet and inches inside a quotation.
            (
                "“I admit, he’s taller than me; he’s like 6’2”,” Rubio said.",
                &["I admit, he’s taller than me; he’s like 6’2”,"],
                0,
            ),
            // An elided Dutch article is no opening mark.
            (
                "In 't Veld agreed. \"I see the same populism,\" she said.",
                &["I see the same populism,"],
                0,
            ),
        ];
        for (text, want, warns) in cases {
            assert_eq!(quoted(text), (want.to_vec(), *warns), "in {text:?}");
        }
    }
}
