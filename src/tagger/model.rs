//! The model file: a header, transition scores and pruned, quantized feature weights.
//!
//! Layout (all integers little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 8 | magic `b"AANERMDL"` |
//! | 2 | format version ([`FORMAT_VERSION`]) |
//! | 2 | feature-set version (the feature extractor the weights were trained with) |
//! | 1 | `hash_bits`: features hash into `2^hash_bits` buckets |
//! | 1 + … | tag set: count, then each tag name as a length byte and ASCII |
//! | 4 | `scale`: f32; a weight is its stored integer times `scale` |
//! | 4·(T+1)² | transition scores, f32, row = previous tag (last row: start), column = next tag (last column: end) |
//! | 2 + … | words without capitals or digits that may be part of a name (see `NameWords`): count, then each as a length byte and UTF-8, sorted |
//! | 4 | number of weight rows |
//! | … | rows in increasing bucket order: bucket delta (LEB128), entry count (1 byte), then per entry the tag (1 byte) and its quantized weight, −128…127 (zigzag LEB128) |
//! | 8 | FNV-1a 64 checksum of every byte before it |

use super::features::NameWords;
use super::hash::Fnv;
use super::tag::{NUM_TAGS, TAG_NAMES};

/// Magic bytes at the start of every model file.
pub const MAGIC: &[u8; 8] = b"AANERMDL";
/// The version of the file layout this build reads and writes.
pub const FORMAT_VERSION: u16 = 2;

use crate::model_file::Reader;
pub use crate::model_file::{ModelError, ModelErrorKind};
use crate::ranked_rows::RankedRows;

/// The model's name in error messages.
const MODEL: &str = "tagger";

/// 64-bit words of weights per table entry: one byte per tag.
const WORDS: usize = NUM_TAGS.div_ceil(8);

const BIAS: i32 = 128;

/// Bytes 0, 2, 4, 6 of a word, as 16-bit lanes.
const EVEN: u64 = 0x00FF_00FF_00FF_00FF;

#[cfg_attr(target_arch = "wasm32", allow(dead_code))] // the trainer's and tests' models
fn pack(weights: &[i8; NUM_TAGS]) -> [u64; WORDS] {
    let mut p = [0u64; WORDS];
    for (j, &w) in weights.iter().enumerate() {
        p[j / 8] |= ((i32::from(w) + BIAS) as u64) << (8 * (j % 8));
    }
    p
}

/// Sums of biased weight bytes: the even bytes of each word in 16-bit lanes, then the odd ones.
/// A lane holds up to 257 rows without overflow; [`Model::add_weights`] sums 256 at a time.
type Sums = [[u64; WORDS]; 2];

/// Tag `j`'s sum in `sums`, less the bias of `rows` rows.
#[inline]
fn lane(sums: &Sums, j: usize, rows: i32) -> i32 {
    let (word, byte) = (j / 8, j % 8);
    ((sums[byte % 2][word] >> (16 * (byte / 2))) & 0xFFFF) as i32 - BIAS * rows
}

/// A loaded model: transition scores and quantized per-tag weights (a stored integer times
/// `scale`) for the buckets that have any.
///
/// The rows are [`RankedRows`]: a bitmap of the buckets that have one, and the rows in bucket
/// order, so a lookup is one load and one popcount, and most features, which have no row, cost
/// that one load. Loading a model is one pass over its file in order, with no hashing and no
/// random writes, which matters in the browser, where it runs before the first result.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub(crate) feature_set_version: u16,
    pub(crate) hash_bits: u8,
    pub(crate) scale: f32,
    /// `(NUM_TAGS + 1)²` scores; see the module docs.
    pub(crate) transitions: Vec<f32>,
    pub(crate) name_words: NameWords,
    /// The rows, one byte per tag holding `weight + BIAS`.
    table: RankedRows<[u64; WORDS]>,
}

/// Largest `hash_bits` a model may have: the bitmap then takes 4 MB.
const MAX_HASH_BITS: u8 = 24;

/// Sparse rows as the trainer produces them: `(bucket, [(tag, quantized weight)])`.
pub(crate) type SparseRows = Vec<(u32, Vec<(u8, i8)>)>;

impl Model {
    /// Builds a model from trained parts. `rows` must be sorted by bucket without duplicates.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by the trainer and tests
    pub(crate) fn from_parts(
        feature_set_version: u16,
        hash_bits: u8,
        scale: f32,
        transitions: Vec<f32>,
        name_words: NameWords,
        rows: &SparseRows,
    ) -> Model {
        let mut model = Model::empty(
            feature_set_version,
            hash_bits,
            scale,
            transitions,
            name_words,
            rows.len(),
        );
        for (bucket, entries) in rows {
            let mut weights = [0i8; NUM_TAGS];
            for &(tag, w) in entries {
                weights[usize::from(tag)] = w;
            }
            let added = model.insert(*bucket, &weights);
            debug_assert!(added, "rows out of bucket order at {bucket}");
        }
        model
    }

    /// A model without rows, with room for `rows` rows; `hash_bits` at most [`MAX_HASH_BITS`].
    fn empty(
        feature_set_version: u16,
        hash_bits: u8,
        scale: f32,
        transitions: Vec<f32>,
        name_words: NameWords,
        rows: usize,
    ) -> Model {
        Model {
            feature_set_version,
            hash_bits,
            scale,
            transitions,
            name_words,
            table: RankedRows::new(hash_bits.min(MAX_HASH_BITS), rows),
        }
    }

    /// Adds the row of `bucket`, which must be above every bucket added before and below
    /// `2^hash_bits`; false (and nothing added) otherwise.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))] // used by from_parts
    fn insert(&mut self, bucket: u32, weights: &[i8; NUM_TAGS]) -> bool {
        self.insert_packed(bucket, pack(weights))
    }

    /// [`Model::insert`] with the weights already packed.
    fn insert_packed(&mut self, bucket: u32, weights: [u64; WORDS]) -> bool {
        self.table.push(bucket, weights)
    }

    /// The packed weights of `bucket`, if the model has a row for it.
    #[inline]
    fn find(&self, bucket: u32) -> Option<&[u64; WORDS]> {
        self.table.get(bucket)
    }

    /// The quantized weights of `bucket`, if the model has a row for it.
    pub(crate) fn row(&self, bucket: u32) -> Option<[i8; NUM_TAGS]> {
        let p = self.find(bucket)?;
        Some(std::array::from_fn(|j| {
            ((p[j / 8] >> (8 * (j % 8))) & 0xFF) as i32 as i8 ^ i8::MIN
        }))
    }

    /// Adds the quantized weights of the buckets `feats` to `sum`, per tag.
    #[inline]
    pub(crate) fn add_weights(&self, feats: &[u32], sum: &mut [i32; NUM_TAGS]) {
        for chunk in feats.chunks(256) {
            let mut acc: Sums = [[0; WORDS]; 2];
            let mut hits = 0;
            for &f in chunk {
                if let Some(p) = self.find(f) {
                    for (k, &w) in p.iter().enumerate() {
                        acc[0][k] += w & EVEN;
                        acc[1][k] += (w >> 8) & EVEN;
                    }
                    hits += 1;
                }
            }
            for (j, s) in sum.iter_mut().enumerate() {
                *s += lane(&acc, j, hits);
            }
        }
    }

    /// Number of stored weight rows.
    pub fn rows(&self) -> usize {
        self.table.len()
    }

    fn sparse_rows(&self) -> SparseRows {
        let buckets = self.table.iter().map(|(bucket, _)| bucket);
        buckets
            .map(|bucket| {
                let weights = self.row(bucket).unwrap_or([0; NUM_TAGS]);
                let entries = weights
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| **w != 0)
                    .map(|(t, &w)| (t as u8, w))
                    .collect();
                (bucket, entries)
            })
            .collect()
    }

    /// Serializes the model in the file layout described in the module docs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&self.feature_set_version.to_le_bytes());
        out.push(self.hash_bits);
        out.push(NUM_TAGS as u8);
        for name in TAG_NAMES {
            out.push(name.len() as u8);
            out.extend_from_slice(name.as_bytes());
        }
        out.extend_from_slice(&self.scale.to_le_bytes());
        for t in &self.transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let words = self.name_words.words();
        out.extend_from_slice(&(words.len() as u16).to_le_bytes());
        for w in words {
            out.push(w.len() as u8);
            out.extend_from_slice(w.as_bytes());
        }
        let rows = self.sparse_rows();
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for (bucket, entries) in &rows {
            write_uleb(&mut out, u64::from(bucket - prev));
            prev = *bucket;
            out.push(entries.len() as u8);
            for &(tag, w) in entries {
                out.push(tag);
                write_uleb(&mut out, zigzag(w));
            }
        }
        let sum = Fnv::empty().bytes(&out).finish();
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Loads a model written by [`Model::to_bytes`].
    ///
    /// # Errors
    ///
    /// A [`ModelError`] when the bytes are not a model file, come from another format or feature
    /// set version, are truncated or fail the checksum.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        Model::from_bytes_for(bytes, super::features::FEATURE_SET_VERSION)
    }

    pub(crate) fn from_bytes_for(
        bytes: &[u8],
        feature_set_version: u16,
    ) -> Result<Model, ModelError> {
        use ModelErrorKind::*;
        let err = |kind| ModelError::new(MODEL, kind);
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(err(if MAGIC.starts_with(bytes) {
                Truncated
            } else {
                BadMagic
            }));
        }
        let mut r = Reader::new(MODEL, bytes, MAGIC.len());
        let format = r.u16()?;
        if format != FORMAT_VERSION {
            return Err(err(FormatVersion {
                found: format,
                expected: FORMAT_VERSION,
            }));
        }
        let features = r.u16()?;
        if features != feature_set_version {
            return Err(err(FeatureSetVersion {
                found: features,
                expected: feature_set_version,
            }));
        }
        // Verify the checksum before trusting any size field.
        if bytes.len() < r.pos + 8 {
            return Err(err(Truncated));
        }
        let body = &bytes[..bytes.len() - 8];
        let stored = u64::from_le_bytes(bytes[bytes.len() - 8..].try_into().unwrap_or([0; 8]));
        let checksum_ok = Fnv::empty().bytes(body).finish() == stored;
        let mut r = Reader::new(MODEL, body, r.pos);
        let parsed = (|| {
            let hash_bits = r.u8()?;
            if !(8..=MAX_HASH_BITS).contains(&hash_bits) {
                return Err(err(Corrupt("hash_bits out of range")));
            }
            let ntags = usize::from(r.u8()?);
            if ntags != NUM_TAGS {
                return Err(err(TagSet));
            }
            for name in TAG_NAMES {
                let len = usize::from(r.u8()?);
                if r.take(len)? != name.as_bytes() {
                    return Err(err(TagSet));
                }
            }
            let scale = r.f32()?;
            let mut transitions = Vec::with_capacity((NUM_TAGS + 1) * (NUM_TAGS + 1));
            for _ in 0..(NUM_TAGS + 1) * (NUM_TAGS + 1) {
                transitions.push(r.f32()?);
            }
            let nwords = usize::from(r.u16()?);
            let mut words = Vec::with_capacity(nwords.min(body.len()));
            for _ in 0..nwords {
                let len = usize::from(r.u8()?);
                let w = std::str::from_utf8(r.take(len)?)
                    .map_err(|_| err(Corrupt("name word is not UTF-8")))?;
                words.push(w.to_string());
            }
            let name_words = NameWords::new(words);
            let nrows = r.u32()? as usize;
            if nrows > body.len() {
                return Err(err(Corrupt("row count larger than the file")));
            }
            let mut model =
                Model::empty(features, hash_bits, scale, transitions, name_words, nrows);
            let mut bucket = 0u64;
            for i in 0..nrows {
                let delta = r.uleb()?;
                if i > 0 && delta == 0 {
                    return Err(err(Corrupt("duplicate bucket")));
                }
                bucket += delta;
                if bucket >= 1u64 << hash_bits {
                    return Err(err(Corrupt("bucket out of range")));
                }
                let n = usize::from(r.u8()?);
                if n > NUM_TAGS {
                    return Err(err(Corrupt("too many entries in a row")));
                }
                // Straight into the row's biased bytes.
                let mut row = [BIAS as u8; 8 * WORDS];
                for _ in 0..n {
                    let tag = usize::from(r.u8()?);
                    let q =
                        unzigzag(r.uleb()?).ok_or_else(|| err(Corrupt("weight out of range")))?;
                    if tag >= NUM_TAGS {
                        return Err(err(Corrupt("tag out of range")));
                    }
                    row[tag] = (i32::from(q) + BIAS) as u8;
                }
                let packed = std::array::from_fn(|k| {
                    u64::from_le_bytes(row[8 * k..8 * k + 8].try_into().unwrap_or([0; 8]))
                });
                if !model.insert_packed(bucket as u32, packed) {
                    return Err(err(Corrupt("bucket out of range")));
                }
            }
            if r.pos != body.len() {
                return Err(err(Corrupt("trailing bytes")));
            }
            Ok(model)
        })();
        if checksum_ok {
            return parsed;
        }
        // A cut-off file parses up to its end and no further; anything else is damage.
        match parsed {
            Err(e) if *e.kind() == Truncated => Err(err(Truncated)),
            _ => Err(err(Corrupt("checksum mismatch"))),
        }
    }
}

fn zigzag(w: i8) -> u64 {
    let w = i64::from(w);
    ((w << 1) ^ (w >> 63)) as u64
}

fn unzigzag(v: u64) -> Option<i8> {
    let w = ((v >> 1) as i64) ^ -((v & 1) as i64);
    i8::try_from(w).ok()
}

fn write_uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Model {
        let transitions = (0..(NUM_TAGS + 1) * (NUM_TAGS + 1))
            .map(|i| i as f32 * 0.5 - 3.0)
            .collect();
        let rows = vec![
            (3, vec![(0, 5), (4, -128)]),
            (17, vec![(16, 1)]),
            (1 << 19, vec![(2, -1), (9, 127)]),
        ];
        Model::from_parts(
            super::super::features::FEATURE_SET_VERSION,
            20,
            0.01,
            transitions,
            NameWords::new(["of".to_string(), "van".to_string()]),
            &rows,
        )
    }

    #[test]
    fn round_trips() {
        let model = sample();
        let bytes = model.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.to_bytes(), bytes);
        assert_eq!(back.row(3).unwrap()[4], -128);
        assert_eq!(back.row(1 << 19).unwrap()[9], 127);
        assert!(back.row(4).is_none());
        assert_eq!(back.rows(), 3);
    }

    #[test]
    fn finds_every_row_among_many() {
        // Buckets spread over the bitmap, several per 64-bit word and long gaps between words.
        let buckets: Vec<u32> = (0..3000u32)
            .map(|i| i * 97 + (i % 7) * 3)
            .chain((400_000..400_600).step_by(3))
            .chain([1 << 19, (1 << 20) - 1])
            .collect();
        let rows: SparseRows = buckets
            .iter()
            .map(|&b| (b, vec![((b % 17) as u8, (b % 251) as i32 as u8 as i8)]))
            .collect();
        let transitions = vec![0.0; (NUM_TAGS + 1) * (NUM_TAGS + 1)];
        let model = Model::from_parts(
            super::super::features::FEATURE_SET_VERSION,
            20,
            0.01,
            transitions,
            NameWords::new(["of".to_string(), "van".to_string()]),
            &rows,
        );
        let back = Model::from_bytes(&model.to_bytes()).unwrap();
        for m in [&model, &back] {
            assert_eq!(m.rows(), buckets.len());
            for &b in &buckets {
                let row = m.row(b).unwrap();
                for (tag, &w) in row.iter().enumerate() {
                    let want = if tag as u32 == b % 17 {
                        (b % 251) as u8 as i8
                    } else {
                        0
                    };
                    assert_eq!(w, want, "bucket {b} tag {tag}");
                }
            }
            for b in [1, 2, 96, 98, 400_001, 400_599, (1 << 19) + 1, (1 << 20) - 2] {
                assert!(m.row(b).is_none(), "bucket {b}");
            }
        }
    }

    #[test]
    fn rejects_bad_files() {
        let bytes = sample().to_bytes();
        let code = |b: &[u8]| Model::from_bytes(b).unwrap_err().code();
        assert_eq!(code(b""), "truncated");
        assert_eq!(code(b"AANER"), "truncated");
        assert_eq!(code(b"PK\x03\x04 not a model"), "bad-magic");
        for cut in [9, 12, 40, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(code(&bytes[..cut]), "truncated", "cut at {cut}");
        }
        let mut stale = bytes.clone();
        stale[10] ^= 0x01; // feature-set version
        assert_eq!(code(&stale), "feature-set-version");
        let mut future = bytes.clone();
        future[8] = 99; // format version
        assert_eq!(code(&future), "format-version");
        let mut flipped = bytes.clone();
        let mid = bytes.len() - 12;
        flipped[mid] ^= 0x40;
        assert_eq!(code(&flipped), "corrupt");
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(code(&longer), "corrupt");
        assert!(Model::from_bytes(&stale)
            .unwrap_err()
            .to_string()
            .contains("retrain"));
    }
}
