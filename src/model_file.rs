//! What the trained model files (`tagger`, `attrib`) share: why one could not be loaded.
//!
//! Every model file starts with magic bytes, a format version and the version of the feature set
//! its weights were trained with, and ends with a checksum, so that a stale or damaged file fails
//! loudly with one of these errors instead of tagging garbage.

use std::fmt;

/// Why a model file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    /// Which model: `tagger` or `attribution`.
    model: &'static str,
    kind: ModelErrorKind,
}

/// The kinds of [`ModelError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ModelErrorKind {
    /// The file does not start with the model's magic bytes.
    BadMagic,
    /// The file layout version is not the one this build reads.
    FormatVersion { found: u16, expected: u16 },
    /// The weights were trained for another version of the feature extractor.
    FeatureSetVersion { found: u16, expected: u16 },
    /// The tag set differs from the one this build decodes.
    TagSet,
    /// The file ends early.
    Truncated,
    /// The checksum does not match or a field is out of range.
    Corrupt(&'static str),
}

impl ModelError {
    pub(crate) fn new(model: &'static str, kind: ModelErrorKind) -> ModelError {
        ModelError { model, kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ModelErrorKind {
        &self.kind
    }

    /// A stable machine-readable code (`bad-magic`, `format-version`, `feature-set-version`,
    /// `tag-set`, `truncated`, `corrupt`).
    pub fn code(&self) -> &'static str {
        match self.kind {
            ModelErrorKind::BadMagic => "bad-magic",
            ModelErrorKind::FormatVersion { .. } => "format-version",
            ModelErrorKind::FeatureSetVersion { .. } => "feature-set-version",
            ModelErrorKind::TagSet => "tag-set",
            ModelErrorKind::Truncated => "truncated",
            ModelErrorKind::Corrupt(_) => "corrupt",
        }
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let model = self.model;
        match &self.kind {
            ModelErrorKind::BadMagic => write!(f, "not a {model} model file (bad magic bytes)"),
            ModelErrorKind::FormatVersion { found, expected } => {
                write!(f, "{model} model file format version {found}, this build reads version {expected}")
            }
            ModelErrorKind::FeatureSetVersion { found, expected } => write!(
                f,
                "{model} model trained for feature set version {found}, this build extracts version {expected}: retrain the model"
            ),
            ModelErrorKind::TagSet => write!(f, "{model} model tag set differs from this build's"),
            ModelErrorKind::Truncated => write!(f, "{model} model file is truncated"),
            ModelErrorKind::Corrupt(what) => write!(f, "{model} model file is corrupt: {what}"),
        }
    }
}

impl std::error::Error for ModelError {}
