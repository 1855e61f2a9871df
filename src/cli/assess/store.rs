//! The assessment file: refused unless it is ours, created once, then rewritten
//! atomically after every answer so a crash never leaves half a file.

use crate::cli::CheckFailed;
use aqor::assessment::{self, Assessment};
use aqor::fsutil::write_atomic;
use aqor::grid::Grid;
use std::path::Path;

/// The assessment already in `path` (to resume), or `None` when there is no file yet.
///
/// A file that is not an assessment is never touched; one for another grid or
/// version fails `check`, whose findings say why (and suggest `aqor migrate`).
pub fn open(path: &Path, grid: &Grid) -> anyhow::Result<Option<Assessment>> {
    let file = path.display().to_string();
    if !path.exists() {
        return Ok(None);
    }
    let not_ours = |why: String| {
        anyhow::anyhow!(
            "{why}\n{file} exists and is not an aqor assessment; aqor assess leaves it as it is: choose another -o FILE"
        )
    };
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read {file}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| not_ours(format!("{file}: not UTF-8 text")))?;
    let located = assessment::parse(&text, &file).map_err(|d| not_ours(d.to_string()))?;
    let findings = assessment::check(&located, grid, &file);
    for f in &findings {
        eprintln!("{f}");
    }
    let errors = findings.iter().filter(|f| f.is_error()).count();
    if errors > 0 {
        return Err(CheckFailed(format!(
            "{file} cannot be resumed with grid {} ({errors} error(s) above); aqor assess leaves it as it is",
            grid.label()
        ))
        .into());
    }
    Ok(Some(located.assessment))
}

/// Writes a new file; fails rather than replace one that appeared meanwhile.
pub fn create(path: &Path, a: &Assessment) -> anyhow::Result<()> {
    write_atomic(path, assessment::to_yaml(a).as_bytes(), false)
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", path.display()))
}

/// Replaces the file with the assessment as it now stands.
pub fn save(path: &Path, a: &Assessment) -> anyhow::Result<()> {
    write_atomic(path, assessment::to_yaml(a).as_bytes(), true)
        .map_err(|e| anyhow::anyhow!("cannot save {}: {e}", path.display()))
}
