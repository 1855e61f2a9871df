//! What a grid's YAML gets wrong, in our words (the plumbing every reader shares is
//! [`crate::yaml`]).

use crate::diagnostic::{Diagnostic, Pos};
use crate::yaml::{original, yaml_error};

/// Larger grid files are refused before parsing: real grids are a few hundred KB.
pub const MAX_GRID_BYTES: usize = 8 * 1024 * 1024;

/// serde's first structural error, or every unknown and duplicate key when it is one of those.
pub(crate) fn structural_errors(
    e: &serde_saphyr::Error,
    source: &str,
    file: &str,
) -> Vec<Diagnostic> {
    use serde_saphyr::Error as E;
    if matches!(
        original(e),
        E::SerdeUnknownField { .. } | E::SerdeUnknownVariant { .. } | E::DuplicateMappingKey { .. }
    ) {
        let all = super::keys::problems(source, file);
        if !all.is_empty() {
            return all;
        }
    }
    vec![yaml_error(e, file)]
}

/// The finding for a file over `MAX_GRID_BYTES` (`truncated`: only the start was read).
pub(crate) fn too_large(file: &str, len: usize, truncated: bool) -> Diagnostic {
    let size = if truncated {
        "larger than".to_string()
    } else {
        format!("{len} bytes, more than")
    };
    Diagnostic::error(
        file,
        Pos::default(),
        format!(
            "file is {size} the {MAX_GRID_BYTES} bytes a grid may have; is this really a grid?"
        ),
    )
}
