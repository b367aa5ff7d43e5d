//! Tallying, for every pair of nodes, the statements they co-signed: one pass over the
//! (statement, pair) incidences, with a hash table keyed by the pair.

use super::select::Selection;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// What a pair of nodes did together.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tally {
    /// Statements co-signed.
    pub(crate) count: u32,
    /// Sum of `1 / (n - 1)` over those statements (Newman-Fowler).
    pub(crate) newman: f64,
    /// First date (index into the selection's dates), `u32::MAX` when none is known.
    pub(crate) first: u32,
    /// Last date (index into the selection's dates).
    pub(crate) last: u32,
}

impl Tally {
    const EMPTY: Self = Self {
        count: 0,
        newman: 0.0,
        first: u32::MAX,
        last: 0,
    };

    /// The first and last date indices, when a date is known.
    pub(crate) fn dates(&self) -> Option<(u32, u32)> {
        (self.first != u32::MAX).then_some((self.first, self.last))
    }
}

/// A multiplicative hasher for the pair keys (packed into one `u64`).
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

/// Every pair (smaller index first) that co-signed at least one statement, sorted.
pub(crate) fn tally(selection: &Selection) -> Vec<((u32, u32), Tally)> {
    let mut table: HashMap<u64, Tally, BuildHasherDefault<PairHasher>> = HashMap::default();
    for st in &selection.statements {
        let share = if st.size > 1 {
            1.0 / (st.size - 1) as f64
        } else {
            0.0
        };
        for (i, &a) in st.members.iter().enumerate() {
            for &b in &st.members[i + 1..] {
                let t = table
                    .entry((u64::from(a) << 32) | u64::from(b))
                    .or_insert(Tally::EMPTY);
                t.count += 1;
                t.newman += share;
                if let Some(d) = st.date {
                    t.first = t.first.min(d);
                    t.last = t.last.max(d);
                }
            }
        }
    }
    let mut pairs: Vec<((u32, u32), Tally)> = table
        .into_iter()
        .map(|(k, t)| (((k >> 32) as u32, k as u32), t))
        .collect();
    pairs.sort_unstable_by_key(|p| p.0);
    pairs
}
