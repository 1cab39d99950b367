//! article-analyzer: who and what a news article mentions, and who said what.
//!
//! The core is pure Rust: [`analyze`] runs the whole pipeline on any `&str` and never fails;
//! [`Report`] is the versioned result schema with offsets in the caller's unit. The `wasm`
//! module (wasm32 only) is the JavaScript binding.
//!
//! Stage functions are marked `#[inline(never)]`: inlined into each other they made wasm
//! functions of 20–26 KB, which V8's optimizing compiler takes 80–150 ms each to compile on the
//! page's first analyses (`node --trace-wasm-compilation-times`). Kept apart, they cost nothing
//! in steady-state speed.

pub mod analysis;
pub mod attrib;
pub mod entity;
pub mod lexicon;
pub mod model_file;
pub mod pipeline;
pub mod quote;
mod ranked_rows;
pub mod report;
pub mod sentence;
mod static_map;
pub mod tagger;
pub mod text;
pub mod token;
mod viterbi;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::{Analysis, Entity, EntityKind, Mention, Quote, QuoteKind, Speaker, Warning};
pub use pipeline::{analyze, analyze_to_report, prepare, Options};
pub use report::{Report, SCHEMA_VERSION};
pub use text::{OffsetUnit, Span};
