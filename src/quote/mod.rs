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

use crate::analysis::Analysis;

/// Finds quotes and reported speech in `text` and attributes them; adds warnings for unbalanced
/// marks, quotes without a speaker and anonymous sources.
pub fn find_quotes(text: &str, analysis: &mut Analysis) {
    let quoted = marks::pair_marks(
        text,
        &analysis.tokens,
        &analysis.sentences,
        &mut analysis.warnings,
    );
    attribute::attribute(text, analysis, &quoted);
}
