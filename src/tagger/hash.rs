//! The feature hash, written here so that it never changes between Rust releases.
//!
//! Strings (a token's lower-case form, its shape, an affix) are hashed once per token with 64-bit
//! FNV-1a, closed by the byte `0xFF` (which never occurs in UTF-8). A feature is a [`Key`]: its
//! template number and small numbers, then those string hashes, mixed in by multiplication; its
//! bucket is the key folded to 32 bits and masked to the model's `hash_bits`. FNV-1a also
//! checksums model files.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a 64 hasher that is built up by value, without allocating.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Fnv {
    /// A hasher at the FNV offset basis.
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

    pub(crate) fn finish(self) -> u64 {
        self.0
    }
}

/// A feature key built from whole-part hashes: a template number, then parts that are either
/// small integers or the [`Fnv`] hash of a string computed once per token ("the lower-case form
/// of token 3"), so that a feature costs a few multiplications however long its strings are.
///
/// Each part is mixed in as `x = (h ^ part) * K; h = x ^ (x >> 29)`: order-sensitive, and the
/// shift brings the well-mixed high bits of the product down to the bucket bits.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Key(u64);

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl Key {
    /// A key for a feature of template `template`.
    #[inline]
    pub(crate) const fn new(template: u8) -> Key {
        Key(OFFSET).part(template as u64)
    }

    /// A key for a feature of template `template` with two small numbers (an offset and a flag
    /// number, say), in one mixing step.
    #[inline]
    pub(crate) fn with(template: u8, a: u8, b: u8) -> Key {
        Key(OFFSET).part(u64::from(template) | u64::from(a) << 8 | u64::from(b) << 16 | 1 << 63)
    }

    /// Adds one part.
    #[inline]
    pub(crate) const fn part(self, part: u64) -> Key {
        let x = (self.0 ^ part).wrapping_mul(MIX);
        Key(x ^ (x >> 29))
    }

    /// The mixed key, for a caller with its own bucketing (the attribution model's).
    #[inline]
    pub(crate) fn finish(self) -> u64 {
        self.0
    }

    /// The feature bucket for a table of `2^bits` rows.
    #[inline]
    pub(crate) fn bucket(self, bits: u8) -> u32 {
        let x = self.0.wrapping_mul(MIX);
        let folded = ((x >> 32) ^ x) as u32;
        folded & ((1u32 << bits) - 1)
    }
}

/// The [`Fnv`] hash of a string, as a [`Key`] part.
#[inline]
pub(crate) fn str_part(s: &str) -> u64 {
    Fnv::empty().str(s).finish()
}

/// [`str_part`] at compile time.
pub(crate) const fn const_str_part(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(PRIME);
        i += 1;
    }
    (h ^ 0xFF).wrapping_mul(PRIME)
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
    /// A 64-bit key (the word hashes the attribution model's cue vocabulary is kept as) is
    /// well mixed already: one step instead of eight byte steps.
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(PRIME);
    }
}

/// Hash-map state using [`FnvHasher`].
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<FnvHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_every_part_and_its_order() {
        let a = str_part("lavrov");
        let b = str_part("said");
        let k = |parts: &[u64]| parts.iter().fold(Key::new(2), |k, &p| k.part(p)).bucket(21);
        assert_ne!(k(&[a, b]), k(&[b, a]));
        assert_ne!(k(&[a]), k(&[b]));
        assert_eq!(const_str_part("<S>"), str_part("<S>"));
        assert_ne!(
            Key::new(2).part(a).bucket(21),
            Key::new(3).part(a).bucket(21)
        );
        assert_ne!(Key::with(8, 1, 2).bucket(21), Key::with(8, 2, 1).bucket(21));
        assert_ne!(Key::with(8, 1, 2).bucket(21), Key::with(9, 1, 2).bucket(21));
        // Buckets spread: 4096 distinct one-part keys fill most of 4096 buckets of 2^16.
        let mut seen = std::collections::HashSet::new();
        for n in 0..4096u64 {
            seen.insert(Key::new(9).part(n).bucket(16));
        }
        assert!(seen.len() > 3900, "{} distinct buckets", seen.len());
    }

    #[test]
    fn matches_reference_fnv1a_64() {
        // Reference values of FNV-1a 64 (draft-eastlake-fnv test vectors).
        assert_eq!(Fnv::empty().finish(), 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fnv::empty().bytes(b"a").finish(), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(
            Fnv::empty().bytes(b"foobar").finish(),
            0x8594_4171_f739_67e8
        );
    }
}
