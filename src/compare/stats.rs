//! Summaries of many scores in memory that does not grow with their number.
//!
//! Means, minima and maxima are exact. Medians come from histograms:
//! - indicator scores take a few discrete values (one per level), so a count per level
//!   gives the exact median;
//! - criterion / overall / coverage percentages fall in bins 0.05 points wide whose
//!   edges are multiples of 0.05, so every bin lies inside one "rounds to x.x" cell.
//!   Each bin also keeps the lowest and highest value it received. The middle value
//!   (odd count) is known to its bin, hence to one decimal; for an even count, two
//!   middle values in one bin give a mean inside that bin, and in two bins they are the
//!   first bin's highest and the second's lowest value, exactly. Medians are therefore
//!   exact to the one decimal reports show, and are returned rounded to it.

use serde::Serialize;

/// Bins per point of percentage (0.05-point resolution).
const BINS_PER_POINT: f64 = 20.0;
/// 0..=100 inclusive at that resolution.
const BINS: usize = 100 * 20 + 1;

/// A percentage rounded to the one decimal reports show.
pub fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

#[derive(Debug, Clone, Copy)]
struct Bin {
    count: u64,
    low: f64,
    high: f64,
}

/// Percentages (0..100) summarised: count, mean, exact min/max, median to 0.1.
#[derive(Debug, Clone, Default)]
pub struct Percentages {
    count: u64,
    sum: f64,
    min: f64,
    max: f64,
    /// Allocated on the first value, `BINS` long.
    bins: Vec<Bin>,
}

/// What reports show of a set of percentages.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Summary {
    pub count: u64,
    pub mean: f64,
    /// Exact to one decimal and rounded to it.
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

impl Percentages {
    pub fn add(&mut self, v: f64) {
        let v = v.clamp(0.0, 100.0);
        if self.bins.is_empty() {
            self.bins = vec![
                Bin {
                    count: 0,
                    low: f64::INFINITY,
                    high: f64::NEG_INFINITY,
                };
                BINS
            ];
            self.min = v;
            self.max = v;
        }
        let bin = &mut self.bins[((v * BINS_PER_POINT).floor() as usize).min(BINS - 1)];
        bin.count += 1;
        bin.low = bin.low.min(v);
        bin.high = bin.high.max(v);
        self.count += 1;
        self.sum += v;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    /// `None` when nothing was added.
    pub fn summary(&self) -> Option<Summary> {
        (self.count > 0).then(|| Summary {
            count: self.count,
            mean: self.sum / self.count as f64,
            median: round1(self.median()),
            min: self.min,
            max: self.max,
        })
    }

    /// The index of the bin holding the `k`-th smallest value (0-based).
    fn bin_of(&self, k: u64) -> usize {
        let mut seen = 0;
        for (i, b) in self.bins.iter().enumerate() {
            seen += b.count;
            if seen > k {
                return i;
            }
        }
        BINS - 1
    }

    fn median(&self) -> f64 {
        let n = self.count;
        let upper = self.bin_of(n / 2);
        let lower = if n.is_multiple_of(2) {
            self.bin_of(n / 2 - 1)
        } else {
            upper
        };
        if lower == upper {
            // Anywhere in the bin rounds the same; its values' midpoint is closest.
            let b = self.bins[upper];
            (b.low + b.high) / 2.0
        } else {
            (self.bins[lower].high + self.bins[upper].low) / 2.0
        }
    }
}

/// Answers to one indicator: a count per level of its scale, plus `na`, unanswered
/// and out-of-scope counts. Its median is exact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Levels {
    /// Normalized score (0..1) of each level, lowest first.
    #[serde(skip)]
    values: Vec<f64>,
    /// Answers per level, lowest first.
    pub counts: Vec<u64>,
    pub na: u64,
    pub unanswered: u64,
    pub out_of_scope: u64,
}

impl Levels {
    pub fn new(values: Vec<f64>) -> Self {
        Levels {
            counts: vec![0; values.len()],
            values,
            na: 0,
            unanswered: 0,
            out_of_scope: 0,
        }
    }

    pub fn add_level(&mut self, position: usize) {
        self.counts[position] += 1;
    }

    /// Answers at a level (na excluded).
    pub fn scored(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// Scores as percentages (0..100); `None` when no level was given.
    pub fn summary(&self) -> Option<Summary> {
        let n = self.scored();
        if n == 0 {
            return None;
        }
        let sum: f64 = self
            .counts
            .iter()
            .zip(&self.values)
            .map(|(c, v)| *c as f64 * v)
            .sum();
        let present = || {
            self.counts
                .iter()
                .zip(&self.values)
                .filter(|(c, _)| **c > 0)
                .map(|(_, v)| *v)
        };
        let median = if !n.is_multiple_of(2) {
            self.kth(n / 2)
        } else {
            (self.kth(n / 2 - 1) + self.kth(n / 2)) / 2.0
        };
        Some(Summary {
            count: n,
            mean: 100.0 * sum / n as f64,
            median: round1(100.0 * median),
            min: 100.0 * present().next().unwrap_or(0.0),
            max: 100.0 * present().next_back().unwrap_or(0.0),
        })
    }

    /// The `k`-th smallest score (0-based), 0..1.
    fn kth(&self, k: u64) -> f64 {
        let mut seen = 0;
        for (c, v) in self.counts.iter().zip(&self.values) {
            seen += c;
            if seen > k {
                return *v;
            }
        }
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The median as one would compute it keeping every value.
    fn naive_median(values: &mut [f64]) -> f64 {
        values.sort_by(f64::total_cmp);
        let n = values.len();
        if !n.is_multiple_of(2) {
            values[n / 2]
        } else {
            (values[n / 2 - 1] + values[n / 2]) / 2.0
        }
    }

    #[test]
    fn median_matches_the_exact_one_to_one_decimal() {
        // Values on a fine lattice, many landing near rounding edges.
        let mut state = 12345u64;
        for n in [1usize, 2, 3, 4, 7, 10, 101, 1000] {
            let mut values = Vec::new();
            let mut p = Percentages::default();
            for _ in 0..n {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let v = ((state >> 33) % 100_001) as f64 / 1000.0;
                values.push(v);
                p.add(v);
            }
            let s = p.summary().unwrap();
            let exact = naive_median(&mut values);
            assert_eq!(format!("{:.1}", s.median), format!("{:.1}", exact), "n={n}");
            assert_eq!(s.min, values[0]);
            assert_eq!(s.max, values[n - 1]);
        }
    }

    #[test]
    fn even_count_across_bins_is_exact() {
        let mut p = Percentages::default();
        for v in [10.0, 20.04, 20.16, 90.0] {
            p.add(v);
        }
        // (20.04 + 20.16) / 2 = 20.1; a bin midpoint would say 20.0 or 20.2.
        assert_eq!(p.summary().unwrap().median, 20.1);
    }

    #[test]
    fn level_counts_give_exact_medians() {
        let mut l = Levels::new(vec![0.0, 1.0 / 3.0, 2.0 / 3.0, 1.0]);
        for pos in [0, 2, 3, 3] {
            l.add_level(pos);
        }
        let s = l.summary().unwrap();
        assert_eq!(s.median, round1(100.0 * (2.0 / 3.0 + 1.0) / 2.0));
        assert_eq!(s.mean, 100.0 * (0.0 + 2.0 / 3.0 + 2.0) / 4.0);
        assert_eq!((s.min, s.max), (0.0, 100.0));
        assert_eq!(Levels::new(vec![0.0, 1.0]).summary(), None);
    }
}
