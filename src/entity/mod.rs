//! Entity stage: finds mentions and groups them into entities.
use crate::analysis::Analysis;

/// Finds entity mentions in `text` and groups them into `analysis.entities`.
pub fn find_entities(_text: &str, _analysis: &mut Analysis) {}
