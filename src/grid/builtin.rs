//! The grids shipped inside the binary (from `grids/`).

use super::Grid;

/// (id, file name, YAML source) of every built-in grid.
pub const SOURCES: &[(&str, &str, &str)] = &[
    (
        "aqor",
        "grids/aqor.yaml",
        include_str!("../../grids/aqor.yaml"),
    ),
    (
        "qualiopi",
        "grids/qualiopi.yaml",
        include_str!("../../grids/qualiopi.yaml"),
    ),
    (
        "services-publics-plus",
        "grids/services-publics-plus.yaml",
        include_str!("../../grids/services-publics-plus.yaml"),
    ),
    (
        "spro-rhone-alpes",
        "grids/spro-rhone-alpes.yaml",
        include_str!("../../grids/spro-rhone-alpes.yaml"),
    ),
];

/// A built-in grid by id. Built-in grids are checked by the test suite, so they parse.
pub fn get(id: &str) -> Option<Grid> {
    SOURCES
        .iter()
        .find(|(gid, _, _)| *gid == id)
        .map(|(_, file, src)| super::parse(src, file).expect("built-in grids are valid"))
}

/// Every built-in grid, in shipping order.
pub fn all() -> Vec<Grid> {
    SOURCES.iter().filter_map(|(id, _, _)| get(id)).collect()
}
