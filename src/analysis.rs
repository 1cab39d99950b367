//! The plain types every stage produces: mentions, entities, quotes and warnings.
//!
//! All spans are byte spans into the analyzed text. [`crate::report`] turns an [`Analysis`] into
//! the versioned JSON schema with offsets in the caller's unit.

use crate::sentence::Sentence;
use crate::text::Span;
use crate::token::Token;

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Person,
    Organization,
    Location,
    /// Nationalities, religious and political groups ("North Koreans", "Russian").
    Group,
    /// Events, products, works and other names.
    Misc,
    Date,
    Time,
    Money,
    Percent,
    Quantity,
}

impl EntityKind {
    /// Every kind, in schema order.
    pub const ALL: [EntityKind; 10] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Location,
        EntityKind::Group,
        EntityKind::Misc,
        EntityKind::Date,
        EntityKind::Time,
        EntityKind::Money,
        EntityKind::Percent,
        EntityKind::Quantity,
    ];

    /// The name used in the result schema.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Group => "group",
            EntityKind::Misc => "misc",
            EntityKind::Date => "date",
            EntityKind::Time => "time",
            EntityKind::Money => "money",
            EntityKind::Percent => "percent",
            EntityKind::Quantity => "quantity",
        }
    }

    /// True for names (the kinds a tagger finds), false for numeric and temporal kinds.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            EntityKind::Person
                | EntityKind::Organization
                | EntityKind::Location
                | EntityKind::Group
                | EntityKind::Misc
        )
    }
}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityKind,
}

/// Likely gender of a person, from first-name statistics. `Unknown` when unsure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    Unknown,
}

impl Gender {
    /// The name used in the result schema.
    pub fn name(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unknown => "unknown",
        }
    }
}

/// One real-world thing and all its mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    /// Canonical name: the longest full form seen ("Sergey Lavrov" for "Lavrov").
    pub name: String,
    /// Role or title seen with the name ("foreign minister"), if any.
    pub role: Option<String>,
    /// Persons only.
    pub gender: Option<Gender>,
    /// In text order.
    pub mentions: Vec<Span>,
}

/// Kinds of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// A whole quoted utterance.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// Reported speech without quotation marks ("Moscow said that ...").
    Indirect,
    /// Marked words that are nobody's speech ("Nazis").
    Scare,
}

impl QuoteKind {
    /// The name used in the result schema.
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Scare => "scare",
        }
    }
}

/// Who a quote is attributed to.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The mention in the text the quote is attributed to ("Lavrov", "he", "a senior official").
    pub span: Span,
    /// Index into [`Analysis::entities`], when resolved.
    pub entity: Option<usize>,
    /// True for unnamed sources ("a senior official", "people familiar with the matter").
    pub is_anonymous: bool,
}

/// One quotation or piece of reported speech.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub kind: QuoteKind,
    /// What was said, without the quotation marks. For a quote over several paragraphs, from
    /// its first word to its last.
    pub span: Span,
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    /// A medium that reported the quote ("according to Moscow’s TASS"), if any.
    pub via: Option<Speaker>,
}

/// Something an editor should look at.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// Stable machine-readable code: `unbalanced-quote`, `possible-misspelling`, `no-speaker`,
    /// `anonymous-source`.
    pub code: &'static str,
    pub message: String,
    pub span: Span,
}

/// Everything the pipeline found in one text.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
    /// Quotes in text order.
    pub quotes: Vec<Quote>,
    pub warnings: Vec<Warning>,
}
