//! Scores quote attribution against PolNeAR (brat standoff) annotations.
//!
//! The matching rules, also documented in the README:
//! - Gold: every event whose trigger is `Attribution` or `Attribution-no-source`, in the
//!   alphabetically first `.ann` file of each article. Its content may be discontinuous (pieces).
//! - Predicted: every quote except `scare` quotes.
//! - Spans are compared after trimming whitespace, quotation marks and edge punctuation (`,.:;`)
//!   from both ends, since the product reports content without its marks.
//! - A predicted quote is *linked* to a gold content when at least half of its characters lie
//!   inside the gold content. A gold content is *found* (overlap match) when the predicted quotes
//!   linked to it cover at least 80% of its characters; a predicted quote is correct when it is
//!   linked to a found gold content. Exact match: every piece of the gold content equals a linked
//!   quote's span.
//! - Source accuracy: over found gold contents that have a source, the share where a linked
//!   quote's speaker span overlaps the gold source span, or where the speaker was resolved to an
//!   entity one of whose mentions overlaps it (gold "Sen. Claire McCaskill", predicted "she"
//!   resolved to the entity Claire McCaskill).
//! - Cue F1: the cues of predicted quotes against gold cue spans, a match being any overlap.
//! - Direct: the same scores over gold contents that start with a quotation mark, against
//!   predicted quotes that were inside marks (`direct` and `partial`), leaving out predictions
//!   that lie mostly inside a gold content that does not start with a mark (a quoted fragment
//!   inside reported speech belongs to that reported speech).

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::Path;

use crate::analysis::{Analysis, Quote, QuoteKind, Speaker};
use crate::text::Span;
use crate::token::is_quote_char;

/// One gold attribution.
#[derive(Clone, Debug)]
struct Gold {
    content: Vec<Span>,
    source: Vec<Span>,
    cue: Vec<Span>,
    is_direct: bool,
}

/// Counts behind one set of scores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    /// Gold contents found by overlap.
    pub gold_found: usize,
    /// Predicted quotes linked to a found gold content.
    pub predicted_correct: usize,
    pub gold_exact: usize,
    pub predicted_exact: usize,
    /// Found gold contents that have a source.
    pub with_source: usize,
    pub source_correct: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Counts {
    pub fn overlap_precision(&self) -> f64 {
        pct(self.predicted_correct, self.predicted)
    }
    pub fn overlap_recall(&self) -> f64 {
        pct(self.gold_found, self.gold)
    }
    pub fn overlap_f1(&self) -> f64 {
        f1(self.overlap_precision(), self.overlap_recall())
    }
    pub fn exact_f1(&self) -> f64 {
        f1(
            pct(self.predicted_exact, self.predicted),
            pct(self.gold_exact, self.gold),
        )
    }
    pub fn source_accuracy(&self) -> f64 {
        pct(self.source_correct, self.with_source)
    }
}

/// Scores over a PolNeAR split.
#[derive(Clone, Debug, Default)]
pub struct PolnearScores {
    /// Articles scored (for [`eval_agreement`], article and annotator pairs).
    pub articles: usize,
    pub all: Counts,
    pub direct: Counts,
    pub cue_gold: usize,
    pub cue_predicted: usize,
    pub cue_gold_found: usize,
    pub cue_predicted_correct: usize,
}

impl PolnearScores {
    pub fn cue_f1(&self) -> f64 {
        f1(
            pct(self.cue_predicted_correct, self.cue_predicted),
            pct(self.cue_gold_found, self.cue_gold),
        )
    }
}

impl fmt::Display for PolnearScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // (The counts behind the overlap scores too: "found" gold contents and "right"
        // predictions, so a score printed as 75.00 can be told from 74.995.)
        writeln!(
            f,
            "{:<7} {:>6} {:>6} {:>6} {:>6} {:>8} {:>8} {:>8} {:>8} {:>8}",
            "set",
            "gold",
            "found",
            "pred",
            "right",
            "ovl-P",
            "ovl-R",
            "ovl-F1",
            "exact-F1",
            "source"
        )?;
        for (name, c) in [("all", &self.all), ("direct", &self.direct)] {
            writeln!(
                f,
                "{:<7} {:>6} {:>6} {:>6} {:>6} {:>8.2} {:>8.2} {:>8.2} {:>8.2} {:>8.2}",
                name,
                c.gold,
                c.gold_found,
                c.predicted,
                c.predicted_correct,
                c.overlap_precision(),
                c.overlap_recall(),
                c.overlap_f1(),
                c.exact_f1(),
                c.source_accuracy()
            )?;
        }
        writeln!(
            f,
            "cue F1 {:.2} (P {:.2}, R {:.2}; {} gold, {} predicted)",
            self.cue_f1(),
            pct(self.cue_predicted_correct, self.cue_predicted),
            pct(self.cue_gold_found, self.cue_gold),
            self.cue_gold,
            self.cue_predicted
        )
    }
}

/// Byte offset of each char offset (brat offsets count Unicode scalar values).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// One annotated attribution as the brat file writes it: byte spans, untrimmed, content pieces
/// in text order.
#[derive(Clone, Debug, Default)]
pub(crate) struct BratAttribution {
    pub content: Vec<Span>,
    pub source: Vec<Span>,
    pub cue: Vec<Span>,
}

/// Reads the `Attribution` and `Attribution-no-source` events of a brat standoff file whose
/// character offsets point into `text`. Empty and out-of-range pieces are dropped.
pub(crate) fn read_brat(ann: &str, text: &str) -> Vec<BratAttribution> {
    let c2b = char_to_byte(text);
    let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let (_, ranges) = body.split_once(' ').unwrap_or((body, ""));
            let pieces = ranges
                .split(';')
                .filter_map(|r| {
                    let (s, e) = r.trim().split_once(' ')?;
                    let (s, e): (usize, usize) = (s.parse().ok()?, e.parse().ok()?);
                    let (s, e) = (*c2b.get(s)?, *c2b.get(e)?);
                    (s < e).then(|| Span::new(s, e))
                })
                .collect();
            spans.insert(id, pieces);
        } else if id.starts_with('E') {
            events.push(body);
        }
    }
    let mut out = Vec::new();
    for event in events {
        let mut found = BratAttribution::default();
        let mut is_attribution = false;
        for arg in event.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            let Some(pieces) = spans.get(id) else {
                continue;
            };
            match role {
                "Attribution" | "Attribution-no-source" => is_attribution = true,
                r if r.starts_with("Content") => found.content.extend(pieces),
                r if r.starts_with("Source") => found.source.extend(pieces),
                r if r.starts_with("Cue") => found.cue.extend(pieces),
                _ => {}
            }
        }
        if is_attribution {
            found.content.sort();
            out.push(found);
        }
    }
    out
}

/// The scored form of each annotated attribution: contents trimmed, direct ones marked.
fn parse_ann(ann: &str, text: &str) -> Vec<Gold> {
    read_brat(ann, text)
        .into_iter()
        .filter_map(|a| {
            let first = *a.content.first()?;
            let is_direct = first.slice(text).trim_start().starts_with(is_quote_char);
            let content: Vec<Span> = a
                .content
                .iter()
                .map(|&s| trim(text, s))
                .filter(|s| !s.is_empty())
                .collect();
            (!content.is_empty()).then_some(Gold {
                content,
                source: a.source,
                cue: a.cue,
                is_direct,
            })
        })
        .collect()
}

/// Trims whitespace, quotation marks and edge punctuation.
fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let edge = |c: char| {
        c.is_whitespace() || is_quote_char(c) || matches!(c, ',' | '.' | ':' | ';' | '—' | '―')
    };
    let start_trim = s.len() - s.trim_start_matches(edge).len();
    let rest = &s[start_trim..];
    let kept = rest.trim_end_matches(edge).len();
    Span::new(span.start + start_trim, span.start + start_trim + kept)
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Characters of `pieces` covered by the union of `covers`.
fn covered(pieces: &[Span], covers: &[Span]) -> usize {
    pieces
        .iter()
        .map(|p| {
            let mut ranges: Vec<Span> = covers
                .iter()
                .filter(|c| c.overlaps(*p))
                .map(|c| Span::new(c.start.max(p.start), c.end.min(p.end)))
                .collect();
            ranges.sort();
            let (mut total, mut reach) = (0, p.start);
            for r in ranges {
                if r.end > reach {
                    total += r.end - r.start.max(reach);
                    reach = r.end;
                }
            }
            total
        })
        .sum()
}

/// Scores predictions against `golds`. Predictions that lie mostly inside one of `elsewhere`
/// (gold contents of the other category, for the direct-only scores) are left out: a quoted
/// fragment inside reported speech is neither right nor wrong as a direct quote.
fn score(
    text: &str,
    golds: &[&Gold],
    elsewhere: &[&Gold],
    analysis: &Analysis,
    quoted_only: bool,
    counts: &mut Counts,
) {
    let inside =
        |p: Span, g: &Gold| 2 * g.content.iter().map(|&c| overlap(p, c)).sum::<usize>() >= p.len();
    let preds: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|q| {
            q.kind != QuoteKind::Scare
                && (!quoted_only || matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
        })
        .map(|q| (trim(text, q.span), q))
        .filter(|(s, _)| !s.is_empty())
        .filter(|(s, _)| {
            !elsewhere.iter().any(|g| inside(*s, g)) || golds.iter().any(|g| inside(*s, g))
        })
        .collect();
    counts.gold += golds.len();
    counts.predicted += preds.len();
    let mut pred_correct = vec![false; preds.len()];
    let mut pred_exact = vec![false; preds.len()];
    for g in golds {
        let linked: Vec<usize> = (0..preds.len())
            .filter(|&i| inside(preds[i].0, g))
            .collect();
        let spans: Vec<Span> = linked.iter().map(|&i| preds[i].0).collect();
        let total: usize = g.content.iter().map(Span::len).sum();
        let found = total > 0 && 10 * covered(&g.content, &spans) >= 8 * total;
        if !found {
            continue;
        }
        counts.gold_found += 1;
        linked.iter().for_each(|&i| pred_correct[i] = true);
        if g.content.iter().all(|c| spans.contains(c)) {
            counts.gold_exact += 1;
            linked
                .iter()
                .filter(|&&i| g.content.contains(&preds[i].0))
                .for_each(|&i| pred_exact[i] = true);
        }
        if !g.source.is_empty() {
            counts.with_source += 1;
            // Right when the speaker mention overlaps the gold source, or when the speaker was
            // resolved to an entity that the gold source names ("she" → McCaskill).
            let ok = linked.iter().any(|&i| {
                preds[i].1.speaker.as_ref().is_some_and(|s| {
                    let mentions = s
                        .entity
                        .map_or(&[][..], |e| analysis.entities[e].mentions.as_slice());
                    g.source.iter().any(|src| {
                        src.overlaps(s.span) || mentions.iter().any(|m| src.overlaps(*m))
                    })
                })
            });
            if ok {
                counts.source_correct += 1;
            }
        }
    }
    counts.predicted_correct += pred_correct.iter().filter(|&&b| b).count();
    counts.predicted_exact += pred_exact.iter().filter(|&&b| b).count();
}

/// The `.ann` files of the split in `dir`, grouped by article in file-name order: the first of
/// each group is the alphabetically first annotator's.
fn annotations_by_article(dir: &Path) -> io::Result<Vec<(String, Vec<std::path::PathBuf>)>> {
    let mut anns: Vec<_> = fs::read_dir(dir.join("attributions"))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    anns.sort();
    let mut out: Vec<(String, Vec<std::path::PathBuf>)> = Vec::new();
    for ann in anns {
        let name = ann.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some((article, _annotator)) = name.rsplit_once('_') else {
            continue;
        };
        match out.last_mut() {
            Some((a, files)) if a == article => files.push(ann),
            _ => out.push((article.to_string(), vec![ann])),
        }
    }
    Ok(out)
}

fn read_text(path: &Path) -> io::Result<String> {
    fs::read_to_string(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

/// Adds one article's scores: `analysis` of `text` against `golds`.
fn score_article(text: &str, golds: &[Gold], analysis: &Analysis, scores: &mut PolnearScores) {
    let all: Vec<&Gold> = golds.iter().collect();
    let (direct, indirect): (Vec<&Gold>, Vec<&Gold>) = golds.iter().partition(|g| g.is_direct);
    score(text, &all, &[], analysis, false, &mut scores.all);
    score(text, &direct, &indirect, analysis, true, &mut scores.direct);
    // Cues.
    let gold_cues: Vec<Span> = golds.iter().flat_map(|g| g.cue.iter().copied()).collect();
    let mut pred_cues: Vec<Span> = analysis
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Scare)
        .filter_map(|q| q.cue)
        .collect();
    pred_cues.sort();
    pred_cues.dedup();
    scores.cue_gold += gold_cues.len();
    scores.cue_predicted += pred_cues.len();
    scores.cue_gold_found += gold_cues
        .iter()
        .filter(|g| pred_cues.iter().any(|p| p.overlaps(**g)))
        .count();
    scores.cue_predicted_correct += pred_cues
        .iter()
        .filter(|p| gold_cues.iter().any(|g| g.overlaps(**p)))
        .count();
    scores.articles += 1;
}

/// Scores `analyze` on the PolNeAR split in `dir` (with `text/` and `attributions/`).
///
/// # Errors
/// The I/O error if the folder cannot be read.
pub fn eval_polnear(
    dir: impl AsRef<Path>,
    analyze: impl Fn(&str) -> Analysis,
) -> io::Result<PolnearScores> {
    let dir = dir.as_ref();
    let mut scores = PolnearScores::default();
    for (article, anns) in annotations_by_article(dir)? {
        let text = read_text(&dir.join("text").join(format!("{article}.txt")))?;
        // Several annotators: the alphabetically first file counts.
        let golds = parse_ann(&fs::read_to_string(&anns[0])?, &text);
        score_article(&text, &golds, &analyze(&text), &mut scores);
    }
    Ok(scores)
}

/// How far the annotators agree by the same matching rules: on every article of `dir` with
/// several `.ann` files, each other annotator's attributions scored as predictions against the
/// first one's (contents as quotes — direct when they open with a quotation mark —, the first
/// source piece as the speaker, the first cue piece as the cue). A ceiling for the scores of
/// [`eval_polnear`], whose gold is that first file.
///
/// # Errors
/// The I/O error if the folder cannot be read.
pub fn eval_agreement(dir: impl AsRef<Path>) -> io::Result<PolnearScores> {
    let dir = dir.as_ref();
    let mut scores = PolnearScores::default();
    for (article, anns) in annotations_by_article(dir)? {
        if anns.len() < 2 {
            continue;
        }
        let text = read_text(&dir.join("text").join(format!("{article}.txt")))?;
        let golds = parse_ann(&fs::read_to_string(&anns[0])?, &text);
        let text = text.as_str();
        for other in &anns[1..] {
            let quotes = read_brat(&fs::read_to_string(other)?, text)
                .into_iter()
                .flat_map(|a| {
                    let (speaker, cue) = (a.source.first().copied(), a.cue.first().copied());
                    a.content.into_iter().map(move |span| Quote {
                        kind: if span.slice(text).trim_start().starts_with(is_quote_char) {
                            QuoteKind::Direct
                        } else {
                            QuoteKind::Indirect
                        },
                        span,
                        speaker: speaker.map(|span| Speaker {
                            span,
                            entity: None,
                            is_anonymous: false,
                        }),
                        cue,
                        via: None,
                    })
                })
                .collect();
            let analysis = Analysis {
                quotes,
                ..Analysis::default()
            };
            score_article(text, &golds, &analysis, &mut scores);
        }
    }
    Ok(scores)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_brat_and_trims() {
        let text = "Lavrov said: “We won,” and “they lost.” — é";
        let ann = "T1\tSource 0 6\tLavrov\nT2\tCue 7 11\tsaid\nT3\tContent 13 22;27 39\t“We won,” “they lost.”\nT4\tAttribution 7 11\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
        let golds = parse_ann(ann, text);
        assert_eq!(golds.len(), 1);
        assert!(golds[0].is_direct);
        let pieces: Vec<&str> = golds[0].content.iter().map(|s| s.slice(text)).collect();
        assert_eq!(pieces, ["We won", "they lost"]);
        assert_eq!(golds[0].source[0].slice(text), "Lavrov");
        assert_eq!(
            covered(&golds[0].content, &[golds[0].content[0]]),
            "We won".len()
        );
    }

    /// A split of one article, annotated by `anns` (file suffix, brat text) in a fresh folder.
    fn split(name: &str, text: &str, anns: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("aa-eval-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("text")).unwrap();
        fs::create_dir_all(dir.join("attributions")).unwrap();
        fs::write(dir.join("text/story.txt"), text).unwrap();
        for (who, ann) in anns {
            fs::write(dir.join(format!("attributions/story_{who}.ann")), ann).unwrap();
        }
        dir
    }

    #[test]
    fn agreement_scores_the_other_annotators_against_the_first() {
        let text = "Lavrov said the talks failed. Moscow says it will respond.";
        // Annotator a: both reports. Annotator b: the first, cut short; no second. Annotator c:
        // the same as a.
        let both = "T1\tSource 0 6\tLavrov\nT2\tCue 7 11\tsaid\nT3\tContent 12 28\tthe talks failed\n\
                    E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n\
                    T4\tSource 30 36\tMoscow\nT5\tCue 37 41\tsays\nT6\tContent 42 57\tit will respond\n\
                    E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n";
        let short = "T1\tSource 0 6\tLavrov\nT2\tCue 7 11\tsaid\nT3\tContent 12 21\tthe talks\n\
                     E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        let dir = split("agree", text, &[("a", both), ("b", short), ("c", both)]);
        let scores = eval_agreement(&dir).unwrap();
        // Pairs (a, b) and (a, c): 4 gold contents; b finds none (9 of 16 characters), c both.
        assert_eq!(scores.articles, 2);
        assert_eq!((scores.all.gold, scores.all.predicted), (4, 3));
        assert_eq!(
            (scores.all.gold_found, scores.all.predicted_correct),
            (2, 2)
        );
        assert_eq!((scores.all.with_source, scores.all.source_correct), (2, 2));
        let _ = fs::remove_dir_all(&dir);
        // A single annotator's article is no pair; the product's score uses the first file.
        let dir = split("single", text, &[("a", both)]);
        assert_eq!(eval_agreement(&dir).unwrap().articles, 0);
        let scores = eval_polnear(&dir, |_| Analysis::default()).unwrap();
        assert_eq!(
            (scores.articles, scores.all.gold, scores.all.gold_found),
            (1, 2, 0)
        );
        let _ = fs::remove_dir_all(&dir);
    }
}
