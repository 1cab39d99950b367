//! Text spans and offset conversion.
//!
//! Inside the crate every offset is a byte offset into the original text. Callers outside Rust
//! count differently: JavaScript strings and DOM ranges count UTF-16 code units, Python counts
//! Unicode scalar values. [`OffsetMap`] converts byte offsets to those units once, at the boundary.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the original text, always on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not exceed `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no text.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// The unit in which offsets are reported outside Rust.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: what JavaScript's `String.slice` and DOM `Range` use.
    #[default]
    Utf16,
    /// Unicode scalar values: what Python's `str` indexing uses.
    Chars,
    /// UTF-8 bytes.
    Bytes,
}

impl OffsetUnit {
    /// Parses `utf16`, `chars` or `bytes`.
    pub fn parse(name: &str) -> Option<OffsetUnit> {
        match name {
            "utf16" | "utf-16" => Some(OffsetUnit::Utf16),
            "chars" | "char" | "codepoints" => Some(OffsetUnit::Chars),
            "bytes" | "byte" | "utf8" | "utf-8" => Some(OffsetUnit::Bytes),
            _ => None,
        }
    }

    /// The name used in the result schema.
    pub fn name(self) -> &'static str {
        match self {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Chars => "chars",
            OffsetUnit::Bytes => "bytes",
        }
    }
}

/// Converts byte offsets into one text to another [`OffsetUnit`].
///
/// Built in one pass over the text; each conversion is then a binary search over the
/// non-ASCII characters only, so pure-ASCII text costs nothing.
pub struct OffsetMap {
    unit: OffsetUnit,
    /// Byte offset of each non-ASCII char, with the extra units it adds beyond its first
    /// (bytes-1 for chars, bytes-units for UTF-16), cumulated up to and including it.
    wide: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Prepares conversions of byte offsets into `text` to `unit`.
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        let mut wide = Vec::new();
        if unit != OffsetUnit::Bytes {
            let mut shrink = 0usize;
            for (i, c) in text.char_indices() {
                let bytes = c.len_utf8();
                if bytes > 1 {
                    let units = match unit {
                        OffsetUnit::Utf16 => c.len_utf16(),
                        _ => 1,
                    };
                    shrink += bytes - units;
                    wide.push((i, shrink));
                }
            }
        }
        OffsetMap { unit, wide }
    }

    /// The unit this map converts to.
    pub fn unit(&self) -> OffsetUnit {
        self.unit
    }

    /// Converts a byte offset that lies on a char boundary.
    pub fn convert(&self, byte: usize) -> usize {
        // Characters that start strictly before `byte` have all their bytes before it.
        let n = self.wide.partition_point(|&(at, _)| at < byte);
        if n == 0 {
            byte
        } else {
            byte - self.wide[n - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_against_std_counts() {
        let text = "a😀b é\u{301} 中文\r\nz";
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
            let map = OffsetMap::new(text, unit);
            for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let prefix = &text[..i];
                let want = match unit {
                    OffsetUnit::Utf16 => prefix.encode_utf16().count(),
                    OffsetUnit::Chars => prefix.chars().count(),
                    OffsetUnit::Bytes => prefix.len(),
                };
                assert_eq!(map.convert(i), want, "{unit:?} at byte {i}");
            }
        }
    }
}
