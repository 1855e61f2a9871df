#![no_main]
//! Any text given as an assessment: read, checked against a built-in grid and scored without panicking.
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// Parsed once: parsing the 140 kB built-in grid on every input made this target slow.
fn grid() -> &'static aqor::grid::Grid {
    static GRID: OnceLock<aqor::grid::Grid> = OnceLock::new();
    GRID.get_or_init(|| aqor::grid::builtin::get("aqor").expect("built-in grid"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(located) = aqor::assessment::parse(text, "fuzz.yaml") else {
        return;
    };
    let grid = grid();
    let findings = aqor::assessment::check(&located, grid, "fuzz.yaml");
    let score = aqor::score::score(grid, &located.assessment);
    let _ = (findings.len(), score.overall);
    let again = aqor::assessment::to_yaml(&located.assessment);
    let _ = aqor::assessment::parse(&again, "again.yaml");
});
