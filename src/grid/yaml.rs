//! What a grid's YAML gets wrong, in our words (the plumbing every reader shares is
//! [`crate::yaml`]).

use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::i18n::Catalogue;
use crate::yaml::{yaml_error, yaml_options};

/// What this module says in the reader's language.
const WORDS: Catalogue = &[(
    "not_one_document",
    [
        "a grid is one YAML document whose keys are words",
        "une grille est un seul document YAML dont les clés sont des mots",
        "una griglia è un solo documento YAML le cui chiavi sono parole",
        "una cuadrícula es un solo documento YAML cuyas claves son palabras",
        "siatka to jeden dokument YAML, którego klucze są słowami",
    ],
)];

/// Larger grid files are refused before parsing: real grids are a few hundred KB.
pub const MAX_GRID_BYTES: usize = 8 * 1024 * 1024;

/// What is wrong with a file whose YAML cannot be read as a tree: a syntax error, or
/// more YAML than aqor reads.
///
/// Mistakes authors often make (a tab in the indentation, `0,5` for a number, a
/// fraction where a count goes) are looked for in the text first and worded in the
/// author's terms at their own line and column: the parser would report them later,
/// elsewhere, or as something else.
pub(crate) fn syntax_errors(source: &str, file: &str) -> Vec<Diagnostic> {
    let authors = author_mistakes(source, file);
    if !authors.is_empty() {
        return authors;
    }
    match serde_saphyr::from_str_with_options::<serde::de::IgnoredAny>(source, yaml_options()) {
        Err(e) => vec![yaml_error(&e, file)],
        // YAML the tree does not take (a list as a key, several documents).
        Ok(_) => vec![
            Diagnostic::said(
                Severity::Error,
                file,
                Pos::new(1, 1),
                crate::msg!(WORDS, "not_one_document"),
            )
            .with_code("yaml"),
        ],
    }
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
    .with_code("too-large")
}

/// Keys whose value is a decimal number, and keys whose value is a whole number.
const DECIMAL_KEYS: [&str; 5] = [
    "weight",
    "score",
    "min_overall",
    "min_criterion",
    "min_coverage",
];
const WHOLE_KEYS: [&str; 2] = ["max_below_target", "count"];

/// Tabs in indentation, decimal commas and fractional counts, each at its place.
fn author_mistakes(source: &str, file: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let line_no = n as u32 + 1;
        let indent: String = line
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        if let Some(tab) = indent.chars().position(|c| c == '\t') {
            out.push(
                Diagnostic::error(
                    file,
                    Pos::new(line_no, tab as u32 + 1),
                    "a tab cannot indent YAML; indent with spaces (two per level)",
                )
                .with_code("tab"),
            );
            continue;
        }
        // Block style only: `key: value` with nothing else on the line.
        let body = line.trim_start().trim_start_matches("- ");
        let Some((key, value)) = body.split_once(':') else {
            continue;
        };
        let value_text = value.split(" #").next().unwrap_or("").trim();
        let col = (line.len() - value.trim_start().len()) as u32 + 1;
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let key = key.trim();
        if DECIMAL_KEYS.contains(&key)
            && let Some((int, frac)) = value_text.trim_start_matches('-').split_once(',')
            && digits(int)
            && digits(frac)
        {
            out.push(
                Diagnostic::error(
                    file,
                    Pos::new(line_no, col),
                    format!(
                        "a decimal number is written with a dot: {}",
                        value_text.replace(',', ".")
                    ),
                )
                .with_code("decimal-comma"),
            );
        }
        if WHOLE_KEYS.contains(&key)
            && !value_text.starts_with('-')
            && !digits(value_text)
            && value_text.parse::<f64>().is_ok()
        {
            out.push(
                Diagnostic::error(
                    file,
                    Pos::new(line_no, col),
                    format!("`{key}` is a count: expected a whole number, not {value_text}"),
                )
                .with_code("wrong-type"),
            );
        }
    }
    out
}
