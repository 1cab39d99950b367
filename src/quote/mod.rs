//! Quote stage: finds quotations and reported speech and attributes them to speakers.
//!
//! Two passes. [`marks`] pairs quotation marks into quoted spans (straight, curly, low-9 and
//! guillemets, single inside double, quotes running over paragraphs, unbalanced marks recovered
//! locally and reported). [`attribute`] finds each quote's cue verb and speaker, classifies it
//! (direct, partial, scare) and finds reported speech without marks (indirect).

mod attribute;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
mod marks;

use crate::analysis::{Analysis, EntityKind};
use crate::text::Span;

/// Finds quotes and reported speech in `text` and attributes them; adds warnings for unbalanced
/// marks, quotes without a speaker and anonymous sources. Leaves `analysis.sentences` as this
/// stage reads them: a sentence cut at a court case's "v." or inside "W.Va." joined to the next
/// ([`crate::sentence::join_cut_sentences`]).
pub fn find_quotes(text: &str, analysis: &mut Analysis) {
    // The quote stage reads a court case's "v." and "W.Va." as inside their sentence.
    let sentences = std::mem::take(&mut analysis.sentences);
    analysis.sentences = crate::sentence::join_cut_sentences(text, &analysis.tokens, sentences);
    let mut quoted = marks::pair_marks(
        text,
        &analysis.tokens,
        &analysis.sentences,
        &mut analysis.warnings,
    );
    // A nickname in marks inside a person's name (`Robert "Bob" Casey`) is no quotation.
    let mut names: Vec<Span> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    names.sort_unstable_by_key(|m| m.start);
    quoted.retain(|q| {
        let n = names.partition_point(|m| m.start < q.content.start);
        n == 0 || names[n - 1].end <= q.content.end
    });
    attribute::attribute(text, analysis, &quoted);
}
