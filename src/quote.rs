//! Quote stage.
use crate::analysis::Analysis;

/// Finds quotes and reported speech and attributes them.
pub fn find_quotes(_text: &str, _analysis: &mut Analysis) {}
