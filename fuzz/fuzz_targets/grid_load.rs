#![no_main]
//! Any text given as a grid file: findings or a grid that scores, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(grid) = aqor::grid::parse(text, "fuzz.yaml") {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid date");
        let empty = aqor::assessment::Assessment::new(&grid, Default::default(), date);
        let _ = aqor::score::score(&grid, &empty);
    }
});
