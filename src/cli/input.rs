//! Input handling every command shares: resolving GRID, reading assessments.

use aqor::grid::{self, Grid, GridError};
use std::path::Path;

/// GRID is a built-in grid id (`aqor`) or a path to a grid file.
///
/// Findings of an invalid grid file are printed to stderr; the error then says how many.
pub fn grid(spec: &str) -> anyhow::Result<Grid> {
    if let Some(g) = grid::builtin::get(spec) {
        return Ok(g);
    }
    let path = Path::new(spec);
    if !path.exists() {
        let ids: Vec<&str> = grid::builtin::SOURCES
            .iter()
            .map(|(id, _, _)| *id)
            .collect();
        anyhow::bail!(
            "no grid `{spec}`: not a built-in grid ({}) nor an existing file",
            ids.join(", ")
        );
    }
    grid::load_file(path)
        .inspect_err(|e| {
            if let GridError::Invalid { findings, .. } = e {
                for f in findings {
                    eprintln!("{f}");
                }
            }
        })
        .map_err(Into::into)
}
