#![no_main]
//! Any bytes given as a campaign CSV: rows or problems, never a panic; and wherever the
//! fast path (`RowBuilder::quick`) takes a row, it gives what the full builder and
//! `score()` give.
//!
//! Inputs that name aqor's first indicator (`C1.1`) are read against the built-in aqor
//! grid, the others against the small grid of the score tests, so that most headers
//! match a grid: a header of unknown columns costs a spelling hint per column, which
//! made this target slow and kept it away from the rows.
use aqor::campaign::{Batch, Reader};
use aqor::grid::Grid;
use aqor::score::{Accumulator, score};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn aqor_grid() -> &'static Grid {
    static GRID: OnceLock<Grid> = OnceLock::new();
    GRID.get_or_init(|| aqor::grid::builtin::get("aqor").expect("built-in grid"))
}

fn demo_grid() -> &'static Grid {
    static GRID: OnceLock<Grid> = OnceLock::new();
    GRID.get_or_init(|| {
        let src = include_str!("../../tests/fixtures/score/grid.yaml");
        aqor::grid::parse(src, "grid.yaml").expect("the score tests' grid")
    })
}

fuzz_target!(|data: &[u8]| {
    let grid = if data.windows(4).any(|w| w == b"C1.1") {
        aqor_grid()
    } else {
        demo_grid()
    };
    let Ok(mut reader) = Reader::new(data, "fuzz.csv", grid, None) else {
        return;
    };
    let mut batch = Batch::default();
    // One accumulator for every row, as the score workers keep one.
    let mut acc = Accumulator::new(grid.criteria.len());
    for _ in 0..1000 {
        let Ok(Some(rec)) = reader.next_record(&mut batch) else {
            break;
        };
        let b = reader.builder();
        match b.check_quick(rec, &mut acc) {
            Err(e) => panic!("{e}"),
            Ok(true) => {}
            // Not on the fast path: the full builder's row is still scored.
            Ok(false) => {
                if let Ok(a) = &b.build(rec).assessment {
                    let _ = score(grid, a);
                }
            }
        }
    }
});
