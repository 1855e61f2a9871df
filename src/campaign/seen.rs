//! Catching the same structure assessed twice in one campaign, in bounded memory.
//!
//! A campaign may hold millions of rows; remembering each pair as text would make
//! memory grow with them. [`Seen`] keeps a 128-bit fingerprint and the place of each
//! pair in a table of at most [`MEMORY_KEYS`] entries (about 6 MB). When it is full
//! the table is sorted into a temporary file (a run) and emptied. A pair read again
//! while its first reading is in the table is caught at once; one whose first
//! reading went to a run is caught by [`Seen::finish`], which merges the runs.
//! Campaigns of fewer rows than the table holds (every real network's) never spill.

use std::collections::BinaryHeap;
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};

/// Pairs found by [`Seen::finish`] that it gives back (it counts them all).
pub const LATE_SHOWN: usize = 1000;

/// Entries held in memory before a run is written: the most a table of 2^18 slots
/// (24 bytes each) takes; sorting them for a run takes as much again.
pub const MEMORY_KEYS: usize = 229_376;

/// Where an assessment was read: input file (by index) and spreadsheet row (0 for a YAML file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    pub file: u32,
    pub row: u64,
}

/// The fingerprint of a (structure, campaign) pair: the 128-bit XXH3 of the id,
/// seeded with the campaign's 64-bit XXH3 (one short hash more a row: this runs for
/// every row of a campaign).
pub fn fingerprint(structure_id: &str, campaign: &str) -> u128 {
    fingerprint_in(structure_id, campaign_hash(campaign))
}

/// [`fingerprint`] for a campaign whose [`campaign_hash`] is at hand.
pub fn fingerprint_in(structure_id: &str, campaign_hash: u64) -> u128 {
    xxhash_rust::xxh3::xxh3_128_with_seed(structure_id.as_bytes(), campaign_hash)
}

/// The 64-bit XXH3 of a campaign label: how a pass tells campaigns apart.
pub fn campaign_hash(campaign: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(campaign.as_bytes())
}

/// A fingerprint as the table holds it: two words (aligned on 8 bytes, not 16).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key(u64, u64);

impl From<u128> for Key {
    /// The all-zero key marks an empty slot: the one fingerprint of 2^128 that is
    /// zero is taken as one.
    fn from(k: u128) -> Self {
        let k = k.max(1);
        Key((k >> 64) as u64, k as u64)
    }
}

/// An open-addressing table of keys and packed places (linear probing on the key's
/// low word, which is a hash already); slots of 24 bytes, an all-zero key is empty.
/// Its own rather than a `HashMap`: [`Table::warm`] loads a key's slot ahead.
#[derive(Debug)]
struct Table {
    slots: Vec<[u64; 3]>,
    len: usize,
}

impl Table {
    fn with_slots(n: usize) -> Self {
        // Zeros written, not memory asked zeroed: pages mapped lazily would be read
        // first by `warm` (mapping the zero page) and then copied on the first
        // write, a second fault and a TLB flush on every core.
        let mut slots = Vec::with_capacity(n.next_power_of_two());
        slots.resize(slots.capacity(), [0; 3]);
        Table { slots, len: 0 }
    }

    fn home(&self, k: Key) -> usize {
        k.1 as usize & (self.slots.len() - 1)
    }

    /// The slot holding `k`, or the empty one where it would go.
    fn find(&self, k: Key) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let [a, b, _] = self.slots[i];
            if (a == k.0 && b == k.1) || (a == 0 && b == 0) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    fn warm(&self, k: Key) {
        std::hint::black_box(self.slots[self.home(k)][0]);
    }

    /// The place recorded for `k`, or `None` after recording `place`.
    fn insert(&mut self, k: Key, place: u64) -> Option<u64> {
        // At most 7/8 full, so that probes stay short.
        if 8 * (self.len + 1) > 7 * self.slots.len() {
            self.resize(2 * self.slots.len());
        }
        let i = self.find(k);
        let slot = &mut self.slots[i];
        if slot[0] != 0 || slot[1] != 0 {
            return Some(slot[2]);
        }
        *slot = [k.0, k.1, place];
        self.len += 1;
        None
    }

    fn get(&self, k: Key) -> Option<u64> {
        let [a, b, place] = self.slots[self.find(k)];
        (a != 0 || b != 0).then_some(place)
    }

    fn resize(&mut self, slots: usize) {
        let old = std::mem::replace(self, Table::with_slots(slots));
        for (k, place) in old.entries() {
            let i = self.find(k);
            self.slots[i] = [k.0, k.1, place];
            self.len += 1;
        }
    }

    fn entries(&self) -> impl Iterator<Item = (Key, u64)> + '_ {
        self.slots
            .iter()
            .filter(|s| s[0] != 0 || s[1] != 0)
            .map(|s| (Key(s[0], s[1]), s[2]))
    }
}

/// A place in one word: the file in the top 24 bits, the row in the other 40.
fn pack(p: Place) -> u64 {
    (u64::from(p.file) << 40) | (p.row & ((1 << 40) - 1))
}

fn unpack(v: u64) -> Place {
    Place {
        file: (v >> 40) as u32,
        row: v & ((1 << 40) - 1),
    }
}

/// The pairs read so far; see the module doc.
pub struct Seen {
    table: Table,
    runs: Vec<std::fs::File>,
    capacity: usize,
}

impl Default for Seen {
    fn default() -> Self {
        Seen::with_capacity(MEMORY_KEYS)
    }
}

/// A run's entry: the fingerprint's two words and the packed place.
const RECORD: usize = 24;

impl Seen {
    /// A `Seen` holding at most `capacity` entries in memory (tests use small ones).
    pub fn with_capacity(capacity: usize) -> Self {
        Seen {
            table: Table::with_slots(1024),
            runs: Vec::new(),
            capacity: capacity.max(1),
        }
    }

    /// Records the pair of fingerprint `key` as read at `at`; if it is in memory
    /// already, gives the place of its first reading.
    pub fn first_seen(&mut self, key: u128, at: Place) -> io::Result<Result<(), Place>> {
        let key = Key::from(key);
        if self.table.len == self.capacity {
            if let Some(first) = self.table.get(key) {
                return Ok(Err(unpack(first)));
            }
            self.spill()?;
        }
        Ok(match self.table.insert(key, pack(at)) {
            Some(first) => Err(unpack(first)),
            None => Ok(()),
        })
    }

    /// Loads the table slot of `key` without recording it: called for a batch of
    /// keys before they are recorded, it has their slots fetched from memory together
    /// rather than one cache miss after the other.
    pub fn warm(&self, key: u128) {
        self.table.warm(Key::from(key));
    }

    /// Makes room at once for about `more` pairs (as many as memory may hold at
    /// most): a table grown step by step costs rehashing and page faults.
    pub fn expect(&mut self, more: usize) {
        let entries = (self.table.len + more).min(self.capacity);
        if 8 * entries > 7 * self.table.slots.len() {
            self.table.resize((8 * entries).div_ceil(7));
        }
    }

    /// Whether some entries went to runs (so [`Seen::finish`] may find more pairs).
    #[cfg(test)]
    fn spilled(&self) -> bool {
        !self.runs.is_empty()
    }

    fn spill(&mut self) -> io::Result<()> {
        let mut entries: Vec<(Key, u64)> = self.table.entries().collect();
        self.table = Table::with_slots(self.table.slots.len());
        entries.sort_unstable();
        let mut file = tempfile::tempfile()?;
        let mut w = BufWriter::new(&mut file);
        for (Key(high, low), place) in entries {
            w.write_all(&high.to_le_bytes())?;
            w.write_all(&low.to_le_bytes())?;
            w.write_all(&place.to_le_bytes())?;
        }
        w.flush()?;
        drop(w);
        file.rewind()?;
        self.runs.push(file);
        Ok(())
    }

    /// The pairs read twice that [`Seen::first_seen`] could not tell at once: how
    /// many, and the first [`LATE_SHOWN`] of them as (first reading, later reading)
    /// in the order of the later reading (a file given twice repeats every row).
    pub fn finish(mut self) -> io::Result<(usize, Vec<(Place, Place)>)> {
        if self.runs.is_empty() {
            return Ok((0, Vec::new()));
        }
        self.spill()?;
        let mut runs: Vec<_> = self
            .runs
            .into_iter()
            .map(|f| BufReader::with_capacity(16 * 1024, f))
            .collect();
        let mut heap = BinaryHeap::new();
        for (i, run) in runs.iter_mut().enumerate() {
            if let Some(e) = next(run)? {
                heap.push(std::cmp::Reverse((e, i)));
            }
        }
        // The earliest later readings, by a heap that drops the latest.
        let mut twice = BinaryHeap::new();
        let mut count = 0;
        let mut last: Option<(Key, u64)> = None;
        while let Some(std::cmp::Reverse(((key, place), i))) = heap.pop() {
            if let Some(e) = next(&mut runs[i])? {
                heap.push(std::cmp::Reverse((e, i)));
            }
            match last {
                // Sorted by key, then place: the first of a key is its first reading.
                Some((k, first)) if k == key => {
                    count += 1;
                    twice.push((place, first));
                    if twice.len() > LATE_SHOWN {
                        twice.pop();
                    }
                }
                _ => last = Some((key, place)),
            }
        }
        let mut shown: Vec<(Place, Place)> = twice
            .into_iter()
            .map(|(again, first)| (unpack(first), unpack(again)))
            .collect();
        shown.sort_by_key(|&(_, again)| again);
        Ok((count, shown))
    }
}

/// The next entry of a run, `None` at its end.
fn next(run: &mut impl Read) -> io::Result<Option<(Key, u64)>> {
    let mut b = [0u8; RECORD];
    match run.read_exact(&mut b) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let word = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"));
    Ok(Some((Key(word(0), word(8)), word(16))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> String {
        format!("campaign-{d}")
    }

    fn at(row: u64) -> Place {
        Place { file: 0, row }
    }

    /// The table grows from its first 1,024 slots, warmed or not, keys colliding on
    /// their low word or not (the zero key included), and keeps every first place.
    #[test]
    fn the_table_grows_and_keeps_every_pair() {
        let mut seen = Seen::with_capacity(MEMORY_KEYS);
        let key = |i: u64| {
            if i.is_multiple_of(7) {
                u128::from(i) << 64 // low word 0: all in one probe run
            } else {
                fingerprint(&format!("s{i}"), &day(1))
            }
        };
        for i in 0..20_000 {
            seen.warm(key(i));
            assert_eq!(seen.first_seen(key(i), at(i)).unwrap(), Ok(()));
        }
        for i in 0..20_000 {
            assert_eq!(seen.first_seen(key(i), at(i + 1)).unwrap(), Err(at(i)));
        }
        assert!(!seen.spilled());
        seen.expect(500_000);
        assert_eq!(
            seen.table.slots.len(),
            1 << 18,
            "no more than memory may hold"
        );
        assert_eq!(seen.first_seen(key(5), at(9)).unwrap(), Err(at(5)));
    }

    #[test]
    fn in_memory_twice_is_caught_at_once() {
        let mut seen = Seen::default();
        let k = fingerprint("cio-blois", &day(1));
        assert_eq!(seen.first_seen(k, at(2)).unwrap(), Ok(()));
        assert_ne!(k, fingerprint("cio-blois", &day(2)));
        assert_ne!(k, fingerprint("cio-blois2", &day(1)));
        assert_eq!(seen.first_seen(k, at(9)).unwrap(), Err(at(2)));
        assert!(!seen.spilled());
        assert_eq!(seen.finish().unwrap(), (0, Vec::new()));
    }

    #[test]
    fn spilled_twice_is_caught_at_the_end_in_order() {
        let mut seen = Seen::with_capacity(3);
        let mut late = Vec::new();
        for row in 2..40u64 {
            // Structure s(row % 10): every structure comes back every 10 rows.
            let k = fingerprint(&format!("s{}", row % 10), &day(1));
            if let Err(first) = seen.first_seen(k, at(row)).unwrap() {
                late.push((first, at(row)));
            }
        }
        assert!(seen.spilled());
        let (count, found) = seen.finish().unwrap();
        assert_eq!(count, found.len());
        late.extend(found);
        late.sort_by_key(|&(_, again)| again);
        // Every later reading is reported once, against an earlier reading of its structure.
        let again: Vec<u64> = late.iter().map(|(_, a)| a.row).collect();
        assert_eq!(again, (12..40).collect::<Vec<_>>());
        for (first, again) in late {
            assert!(first.row < again.row && first.row % 10 == again.row % 10);
        }
    }
}
