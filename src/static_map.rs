//! Read-only string → `u16` hash tables compiled from the word lists by `build.rs`, so that the
//! large lists (40,000 cluster words, 20,000 first names, 11,000 common words) cost nothing at
//! start-up: the browser's first analysis would otherwise spend most of its time building maps.
//!
//! Layout (little-endian): `u32` bucket count `m` (a power of two), `u32` entry count; `m + 1`
//! `u32` offsets where each bucket's entries start in the body (the last one is the body's
//! length); then the body: per entry, key length `u8`, value `u16`, key bytes. A key's bucket is
//! `fnv1a64(key) & (m - 1)`. Buckets hold two to four keys on average, and the body is about the
//! size of the word list itself, so the table adds little to the wasm.

use crate::tagger::hash::Fnv;

/// A table made by `build.rs` (see the module docs).
pub(crate) struct StaticMap {
    bytes: &'static [u8],
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    let b = b.get(at..at + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

impl StaticMap {
    /// A view of `bytes`, which `build.rs` wrote.
    pub(crate) const fn new(bytes: &'static [u8]) -> StaticMap {
        StaticMap { bytes }
    }

    /// Number of entries.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        u32_at(self.bytes, 4).unwrap_or(0)
    }

    /// The value of `key`, if the table has it.
    pub(crate) fn get(&self, key: &str) -> Option<u16> {
        let b = self.bytes;
        let m = u32_at(b, 0)?;
        let bucket = Fnv::empty().bytes(key.as_bytes()).finish() as usize & m.wrapping_sub(1);
        let body = 8 + 4 * (m + 1);
        let mut at = body + u32_at(b, 8 + 4 * bucket)?;
        let end = body + u32_at(b, 8 + 4 * (bucket + 1))?;
        let key = key.as_bytes();
        while at < end {
            let len = usize::from(*b.get(at)?);
            let start = at + 3;
            if len == key.len() && b.get(start..start + len)? == key {
                return Some(u16::from_le_bytes([b[at + 1], b[at + 2]]));
            }
            at = start + len;
        }
        None
    }
}
