//! The feature hash: 64-bit FNV-1a, written here so that it never changes between Rust releases.
//!
//! A feature is hashed from its template number followed by its string parts, each part closed by
//! the byte `0xFF` (which never occurs in UTF-8). Its bucket is the hash folded to 32 bits
//! (`h ^ (h >> 32)`) and masked to the model's `hash_bits`. The same hash checksums model files.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a 64 hasher that is built up by value, without allocating.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Fnv {
    /// A hasher for a feature of template `template`.
    pub(crate) fn new(template: u8) -> Fnv {
        Fnv(OFFSET).byte(template)
    }

    /// A hasher with no template byte (for checksums).
    pub(crate) fn empty() -> Fnv {
        Fnv(OFFSET)
    }

    #[inline]
    pub(crate) fn byte(self, b: u8) -> Fnv {
        Fnv((self.0 ^ u64::from(b)).wrapping_mul(PRIME))
    }

    #[inline]
    pub(crate) fn bytes(self, bytes: &[u8]) -> Fnv {
        // Unrolled by four: the same byte-at-a-time hash with less loop overhead.
        let mut h = self.0;
        let mut quads = bytes.chunks_exact(4);
        for q in &mut quads {
            h = (h ^ u64::from(q[0])).wrapping_mul(PRIME);
            h = (h ^ u64::from(q[1])).wrapping_mul(PRIME);
            h = (h ^ u64::from(q[2])).wrapping_mul(PRIME);
            h = (h ^ u64::from(q[3])).wrapping_mul(PRIME);
        }
        for &b in quads.remainder() {
            h = (h ^ u64::from(b)).wrapping_mul(PRIME);
        }
        Fnv(h)
    }

    /// Adds one string part and its `0xFF` terminator.
    #[inline]
    pub(crate) fn str(self, s: &str) -> Fnv {
        self.bytes(s.as_bytes()).byte(0xFF)
    }

    /// Adds one string part lower-cased (curly apostrophes straightened), as [`Fnv::str`] would
    /// add `features::lower(s)`, without allocating.
    #[inline]
    pub(crate) fn str_lower(mut self, s: &str) -> Fnv {
        let mut buf = [0u8; 4];
        for c in s.chars() {
            if matches!(c, '’' | '‘' | 'ʼ') {
                self = self.byte(b'\'');
            } else if c.is_ascii() {
                self = self.byte(c.to_ascii_lowercase() as u8);
            } else {
                for l in c.to_lowercase() {
                    self = self.bytes(l.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
        self.byte(0xFF)
    }

    pub(crate) fn finish(self) -> u64 {
        self.0
    }

    /// The feature bucket for a table of `2^bits` rows.
    #[inline]
    pub(crate) fn bucket(self, bits: u8) -> u32 {
        let folded = (self.0 ^ (self.0 >> 32)) as u32;
        folded & ((1u32 << bits) - 1)
    }
}

/// FNV-1a as a [`std::hash::Hasher`], for the tagger's own hash maps of short strings (fixed word
/// lists and one document's words, where SipHash's flooding protection buys nothing).
#[derive(Clone, Copy, Debug)]
pub(crate) struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> FnvHasher {
        FnvHasher(OFFSET)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        // Fold the high bits in: hashbrown takes its control bits from the top and its index
        // from the bottom.
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = Fnv(self.0).bytes(bytes).0;
    }
}

/// Hash-map state using [`FnvHasher`].
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<FnvHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_reference_fnv1a_64() {
        // Reference values of FNV-1a 64 (draft-eastlake-fnv test vectors).
        assert_eq!(Fnv::empty().finish(), 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fnv::empty().bytes(b"a").finish(), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(
            Fnv::empty().bytes(b"foobar").finish(),
            0x8594_4171_f739_67e8
        );
        assert_eq!(
            Fnv::empty().str_lower("People’S Ärmy").finish(),
            Fnv::empty().str("people's ärmy").finish()
        );
    }
}
