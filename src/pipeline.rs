//! The pipeline: text → tokens → sentences → entities → quotes.

use crate::analysis::Analysis;
use crate::report::Report;
use crate::sentence::{split_after_places, split_sentences};
use crate::text::OffsetUnit;
use crate::token::tokenize;
use crate::{entity, quote};

/// Options for one analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Unit of the offsets in the report.
    pub offsets: OffsetUnit,
}

/// Loads the word lists and both models now rather than on the first analysis, and reports
/// whether the models are usable. A page calls it while it is still loading.
pub fn prepare() -> bool {
    let _ = crate::lexicon::lexicon();
    let tagger = crate::tagger::model().is_ok();
    let attrib = crate::attrib::model().is_ok();
    tagger && attrib
}

/// Analyzes `text`. Never fails and never panics, whatever the input.
#[inline(never)]
pub fn analyze(text: &str) -> Analysis {
    let tokens = tokenize(text);
    // (Cut after "Nanaimo, B.C." and "on X." too, where the model's training sentences run on.)
    let sentences = split_after_places(text, &tokens, split_sentences(text, &tokens));
    let mut analysis = Analysis {
        tokens,
        sentences,
        ..Analysis::default()
    };
    entity::find_entities(text, &mut analysis);
    quote::find_quotes(text, &mut analysis);
    analysis
}

/// Analyzes `text` and builds the report in the schema, with offsets as `options` asks.
#[inline(never)]
pub fn analyze_to_report(text: &str, options: &Options) -> Report {
    Report::new(text, &analyze(text), options.offsets)
}
