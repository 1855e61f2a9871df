#![no_main]
//! Any bytes given as a campaign CSV for the built-in aqor grid: rows or problems, never a panic.
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn grid() -> &'static aqor::grid::Grid {
    static GRID: OnceLock<aqor::grid::Grid> = OnceLock::new();
    GRID.get_or_init(|| aqor::grid::builtin::get("aqor").expect("built-in grid"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(reader) = aqor::campaign::Reader::new(data, "fuzz.csv", grid(), None) else {
        return;
    };
    for row in reader.take(1000) {
        let Ok(row) = row else { break };
        if let Ok(a) = row.assessment {
            let _ = aqor::score::score(grid(), &a);
        }
    }
});
