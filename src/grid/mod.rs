//! Grids: the model, reading and checking files, and the grids aqor ships.

pub mod builtin;
pub mod check;
pub mod diff;
pub mod load;
mod model;
mod node_de;
mod raw;
pub mod rules;
mod shape;
mod tree;
mod yaml;

pub use load::{fingerprint, parse};
pub use model::*;
pub use raw::json_schema;

use crate::diagnostic::Diagnostic;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum GridError {
    #[error("cannot read grid {path}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{} has {} error(s)", .file, .findings.iter().filter(|d| d.is_error()).count())]
    Invalid {
        file: String,
        findings: Vec<Diagnostic>,
    },
}

/// Reads and checks a grid file.
pub fn load_file(path: &Path) -> Result<Grid, GridError> {
    let text = read_file(path)?;
    let file = path.display().to_string();
    parse(&text, &file).map_err(|findings| GridError::Invalid { file, findings })
}

/// A grid file's text: refused when unreadable, too large or not UTF-8.
pub fn read_file(path: &Path) -> Result<String, GridError> {
    let file = path.display().to_string();
    let bytes = read_limited(path).map_err(|source| GridError::Io {
        path: file.clone(),
        source,
    })?;
    let invalid = |d: Diagnostic| GridError::Invalid {
        file: file.clone(),
        findings: vec![d],
    };
    if bytes.len() > load::MAX_GRID_BYTES {
        return Err(invalid(load::too_large(&file, bytes.len(), true)));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let col = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        invalid(
            Diagnostic::error(
                &file,
                crate::diagnostic::Pos::new(line as u32, col as u32),
                "not UTF-8 text (invalid byte here); save the grid as UTF-8",
            )
            .with_code("not-utf8"),
        )
    })?;
    Ok(text)
}

/// Reads at most one byte more than a grid may hold, so a huge file never fills memory.
fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(load::MAX_GRID_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}
