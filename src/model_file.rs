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

/// Reads a model file's little-endian fields in order; errors name the model.
pub(crate) struct Reader<'b> {
    model: &'static str,
    pub(crate) bytes: &'b [u8],
    pub(crate) pos: usize,
}

impl<'b> Reader<'b> {
    /// A reader of `bytes` from `pos`, for the model named `model` in errors.
    pub(crate) fn new(model: &'static str, bytes: &'b [u8], pos: usize) -> Reader<'b> {
        Reader { model, bytes, pos }
    }

    fn truncated(&self) -> ModelError {
        ModelError::new(self.model, ModelErrorKind::Truncated)
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&'b [u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| self.truncated())?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub(crate) fn u8(&mut self) -> Result<u8, ModelError> {
        let b = *self.bytes.get(self.pos).ok_or_else(|| self.truncated())?;
        self.pos += 1;
        Ok(b)
    }

    pub(crate) fn u16(&mut self) -> Result<u16, ModelError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    pub(crate) fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(crate) fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }

    /// A LEB128 integer.
    pub(crate) fn uleb(&mut self) -> Result<u64, ModelError> {
        uleb_at(self.model, self.bytes, &mut self.pos)
    }
}

/// A LEB128 integer at `bytes[*pos..]`; advances `pos` (for tight loops over a [`Reader`]'s
/// bytes).
#[inline]
pub(crate) fn uleb_at(
    model: &'static str,
    bytes: &[u8],
    pos: &mut usize,
) -> Result<u64, ModelError> {
    let mut v = 0u64;
    let mut shift = 0;
    while shift < 64 {
        let b = *bytes
            .get(*pos)
            .ok_or_else(|| ModelError::new(model, ModelErrorKind::Truncated))?;
        *pos += 1;
        v |= u64::from(b & 0x7F) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
        shift += 7;
    }
    Err(ModelError::new(
        model,
        ModelErrorKind::Corrupt("integer too long"),
    ))
}

/// Why training a model failed: a file that could not be read or written (named in the message),
/// or a run that could not produce a model.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug)]
pub struct TrainError {
    message: String,
    source: Option<std::io::Error>,
}

#[cfg(not(target_arch = "wasm32"))]
impl TrainError {
    /// `what` ("reading", "writing", "scoring") failed on `path`.
    pub(crate) fn io(what: &str, path: &std::path::Path, e: std::io::Error) -> TrainError {
        TrainError {
            message: format!("{what} {}: {e}", path.display()),
            source: Some(e),
        }
    }

    /// A failure with no underlying I/O error.
    pub(crate) fn message(message: impl Into<String>) -> TrainError {
        TrainError {
            message: message.into(),
            source: None,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl fmt::Display for TrainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl std::error::Error for TrainError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_ref().map(|e| e as _)
    }
}
