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
pub(crate) mod words;
mod yaml;

pub use load::{fingerprint, parse};
pub use model::*;
pub use raw::json_schema;

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{Catalogue, Message};
use crate::msg;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum GridError {
    #[error("{}", self.message())]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", self.message())]
    Invalid {
        file: String,
        findings: Vec<Diagnostic>,
    },
}

impl GridError {
    /// What went wrong, said later in the reader's language (an I/O error's own words
    /// come after it, from its source).
    pub fn message(&self) -> Message {
        match self {
            GridError::Io { path, .. } => msg!(WORDS, "cannot_read_grid", file = path),
            GridError::Invalid { file, findings } => msg!(
                WORDS,
                "grid_has_errors",
                file = file,
                n = findings.iter().filter(|d| d.is_error()).count()
            ),
        }
    }
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
            Diagnostic::said(
                Severity::Error,
                &file,
                crate::diagnostic::Pos::new(line as u32, col as u32),
                msg!(WORDS, "not_utf8"),
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

/// What is wrong with a grid file as a whole (en, fr, it, es, pl).
const WORDS: Catalogue = &[
    (
        "cannot_read_grid",
        [
            "cannot read grid {file}",
            "impossible de lire la grille {file}",
            "impossibile leggere la griglia {file}",
            "no se puede leer el referencial {file}",
            "nie można odczytać siatki {file}",
        ],
    ),
    (
        "grid_has_errors",
        [
            "{file} has {n} {n|error|errors}",
            "{file} contient {n} {n|erreur|erreurs}",
            "{file} contiene {n} {n|errore|errori}",
            "{file} tiene {n} {n|error|errores}",
            "{file} zawiera {n} {n|błąd|błędy|błędów}",
        ],
    ),
    (
        "not_utf8",
        [
            "not UTF-8 text (invalid byte here); save the grid as UTF-8",
            "ce n’est pas du texte UTF-8 (octet invalide ici)\u{202f}; enregistrez la grille en UTF-8",
            "non è testo UTF-8 (byte non valido qui); salvate la griglia in UTF-8",
            "no es texto UTF-8 (byte no válido aquí); guarden el referencial en UTF-8",
            "to nie jest tekst UTF-8 (tu nieprawidłowy bajt); zapiszcie siatkę w UTF-8",
        ],
    ),
];
