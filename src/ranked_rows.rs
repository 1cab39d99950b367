//! Sparse weight rows of a hashed feature table, shared by both models.
//!
//! Of the `2^bits` buckets features hash into, only a few percent have a non-zero row. The rows
//! that exist are stored one after another in bucket order, and a bit per bucket says whether it
//! has one. A bucket's row is found by counting the rows before it: those of earlier blocks of 64
//! buckets, kept with each block, plus the set bits before it in its own block. For 2^19 buckets
//! the blocks take 128 KB, and the lookups stay in cache where a dense table of rows would not.

/// 64 buckets: which have a row, and how many rows come before them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Block {
    bits: u64,
    before: u32,
}

/// The rows (`R`) of the buckets that have one, for a table of `2^bits` buckets.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct RankedRows<R> {
    blocks: Vec<Block>,
    rows: Vec<R>,
    /// The highest bucket with a row.
    last: Option<u32>,
}

impl<R> RankedRows<R> {
    /// An empty table of `2^bits` buckets (at least 64), with room for `capacity` rows.
    pub(crate) fn new(bits: u8, capacity: usize) -> RankedRows<R> {
        RankedRows {
            blocks: vec![Block::default(); (1usize << bits.max(6)) / 64],
            rows: Vec::with_capacity(capacity),
            last: None,
        }
    }

    /// Sets the row of `bucket`, above every bucket set before; false (and nothing set) when it
    /// is not, or out of range.
    pub(crate) fn push(&mut self, bucket: u32, row: R) -> bool {
        let Some(block) = self.blocks.get_mut(bucket as usize / 64) else {
            return false;
        };
        if self.last.is_some_and(|l| bucket <= l) {
            return false;
        }
        if block.bits == 0 {
            block.before = self.rows.len() as u32;
        }
        block.bits |= 1 << (bucket % 64);
        self.rows.push(row);
        self.last = Some(bucket);
        true
    }

    /// The row of `bucket`, if it has one.
    #[inline]
    pub(crate) fn get(&self, bucket: u32) -> Option<&R> {
        let block = self.blocks.get(bucket as usize / 64)?;
        let bit = 1u64 << (bucket % 64);
        if block.bits & bit == 0 {
            return None;
        }
        let rank = (block.bits & (bit - 1)).count_ones();
        self.rows.get(block.before as usize + rank as usize)
    }

    /// Buckets with a row.
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    /// Every row with its bucket, in bucket order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, &R)> + '_ {
        self.blocks
            .iter()
            .enumerate()
            .flat_map(|(k, b)| {
                (0..64u32)
                    .filter(move |i| b.bits & (1 << i) != 0)
                    .map(move |i| k as u32 * 64 + i)
            })
            .zip(&self.rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows come back by bucket across block edges, in order, and only in bucket order.
    #[test]
    fn rows_by_rank() {
        let buckets = [0u32, 3, 63, 64, 65, 200, 255];
        let mut t = RankedRows::new(8, 0);
        for &b in &buckets {
            assert!(t.push(b, b * 10));
        }
        for b in 0..256u32 {
            assert_eq!(
                t.get(b).copied(),
                buckets.contains(&b).then_some(b * 10),
                "{b}"
            );
        }
        assert_eq!(t.get(256), None);
        assert_eq!(t.len(), buckets.len());
        let back: Vec<(u32, u32)> = t.iter().map(|(b, &r)| (b, r)).collect();
        assert_eq!(back, buckets.map(|b| (b, b * 10)));
        assert!(!t.push(255, 1) && !t.push(100, 1) && !t.push(256, 1));
        assert_eq!(t.len(), buckets.len());
    }
}
