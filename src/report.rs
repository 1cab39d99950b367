//! The versioned result schema shared by the CLI and JavaScript.
//!
//! [`Report::new`] turns an [`Analysis`] (byte spans) into plain serializable structs with
//! offsets in the caller's [`OffsetUnit`], each span carrying its `text` so that every result is
//! self-checking: `input.slice(start, end) === text`.

use serde::Serialize;

use crate::analysis::{Analysis, Speaker};
use crate::text::{OffsetMap, OffsetUnit, Span};

/// Version of the result schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A span in the output unit, with its text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpanOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityOut {
    pub id: String,
    pub kind: &'static str,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<&'static str>,
    pub mentions: Vec<SpanOut>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakerOut {
    /// Entity id, or null when the speaker mention is not resolved to an entity.
    pub entity: Option<String>,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub anonymous: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteOut {
    pub id: String,
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<SpeakerOut>,
    pub cue: Option<SpanOut>,
    /// The medium that reported the quote, when it is not the speaker ("according to TASS").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<SpeakerOut>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WarningOut {
    pub code: &'static str,
    pub message: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The whole result, as serialized to JSON and to JavaScript objects.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub schema: u32,
    /// The unit of every `start`/`end`: `utf16`, `chars` or `bytes`.
    pub offsets: &'static str,
    pub entities: Vec<EntityOut>,
    pub quotes: Vec<QuoteOut>,
    pub warnings: Vec<WarningOut>,
}

impl Report {
    /// Builds the report for `analysis` of `text`, converting offsets to `unit`.
    #[inline(never)]
    pub fn new(text: &str, analysis: &Analysis, unit: OffsetUnit) -> Report {
        let map = OffsetMap::new(text, unit);
        let span = |s: Span| SpanOut {
            start: map.convert(s.start),
            end: map.convert(s.end),
            text: s.slice(text).to_string(),
        };
        let entity_id = |i: usize| format!("e{}", i + 1);
        let speaker = |s: &Speaker| {
            let out = span(s.span);
            SpeakerOut {
                entity: s.entity.map(entity_id),
                start: out.start,
                end: out.end,
                text: out.text,
                anonymous: s.is_anonymous,
            }
        };
        let entities = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| EntityOut {
                id: entity_id(i),
                kind: e.kind.name(),
                name: e.name.clone(),
                role: e.role.clone(),
                gender: e.gender.map(|g| g.name()),
                mentions: e.mentions.iter().map(|&m| span(m)).collect(),
            })
            .collect();
        let quotes = analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let body = span(q.span);
                QuoteOut {
                    id: format!("q{}", i + 1),
                    kind: q.kind.name(),
                    start: body.start,
                    end: body.end,
                    text: body.text,
                    speaker: q.speaker.as_ref().map(speaker),
                    cue: q.cue.map(span),
                    via: q.via.as_ref().map(speaker),
                }
            })
            .collect();
        let warnings = analysis
            .warnings
            .iter()
            .map(|w| {
                let s = span(w.span);
                WarningOut {
                    code: w.code,
                    message: w.message.clone(),
                    start: s.start,
                    end: s.end,
                    text: s.text,
                }
            })
            .collect();
        Report {
            schema: SCHEMA_VERSION,
            offsets: unit.name(),
            entities,
            quotes,
            warnings,
        }
    }
}
