//! What a grid's YAML gets wrong, in our words (the plumbing every reader shares is
//! [`crate::yaml`]).

use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::i18n::Catalogue;
use crate::yaml::{yaml_error, yaml_options};

/// What this module says in the reader's language.
pub(super) const WORDS: Catalogue = &[
    (
        "not_one_document",
        [
            "a grid is one YAML document whose keys are words",
            "une grille est un seul document YAML dont les clés sont des mots",
            "una griglia è un solo documento YAML le cui chiavi sono parole",
            "un referencial es un solo documento YAML cuyas claves son palabras",
            "siatka to jeden dokument YAML, którego klucze są słowami",
        ],
    ),
    (
        "too_large",
        [
            "file is larger than the {max} bytes a grid may have; is this really a grid?",
            "le fichier dépasse les {max} octets qu’une grille peut avoir\u{202f}; est-ce vraiment une grille\u{202f}?",
            "il file supera i {max} byte che una griglia può avere; è davvero una griglia?",
            "el archivo supera los {max} bytes que puede tener un referencial; ¿es realmente un referencial?",
            "plik jest większy niż {max} bajtów, które może mieć siatka; czy to na pewno siatka?",
        ],
    ),
    (
        "too_large_len",
        [
            "file is {len} bytes, more than the {max} bytes a grid may have; is this really a grid?",
            "le fichier fait {len} octets, plus que les {max} octets qu’une grille peut avoir\u{202f}; est-ce vraiment une grille\u{202f}?",
            "il file è di {len} byte, più dei {max} byte che una griglia può avere; è davvero una griglia?",
            "el archivo tiene {len} bytes, más que los {max} bytes que puede tener un referencial; ¿es realmente un referencial?",
            "plik ma {len} bajtów, więcej niż {max} bajtów, które może mieć siatka; czy to na pewno siatka?",
        ],
    ),
    (
        "tab",
        [
            "a tab cannot indent YAML; indent with spaces (two per level)",
            "une tabulation ne peut pas indenter du YAML\u{202f}; indentez avec des espaces (deux par niveau)",
            "una tabulazione non può indentare YAML; indentate con spazi (due per livello)",
            "un tabulador no puede sangrar YAML; sangren con espacios (dos por nivel)",
            "tabulator nie może wcinać YAML; wcinajcie spacjami (dwie na poziom)",
        ],
    ),
    (
        "decimal_comma",
        [
            "a decimal number is written with a dot: {number}",
            "un nombre décimal s’écrit avec un point\u{202f}: {number}",
            "un numero decimale si scrive con il punto: {number}",
            "un número decimal se escribe con punto: {number}",
            "liczbę dziesiętną zapisuje się z kropką: {number}",
        ],
    ),
    (
        "not_whole",
        [
            "`{key}` is a count: expected a whole number, not {value}",
            "`{key}` est un nombre d’éléments\u{202f}: un nombre entier est attendu, pas {value}",
            "`{key}` è un conteggio: ci vuole un numero intero, non {value}",
            "`{key}` es un recuento: se espera un número entero, no {value}",
            "`{key}` to liczebność: oczekiwano liczby całkowitej, a nie {value}",
        ],
    ),
];

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
    let max = MAX_GRID_BYTES.to_string();
    let words = if truncated {
        crate::msg!(WORDS, "too_large", max = max)
    } else {
        crate::msg!(WORDS, "too_large_len", len = len.to_string(), max = max)
    };
    Diagnostic::said(Severity::Error, file, Pos::default(), words).with_code("too-large")
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
                Diagnostic::said(
                    Severity::Error,
                    file,
                    Pos::new(line_no, tab as u32 + 1),
                    crate::msg!(WORDS, "tab"),
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
                Diagnostic::said(
                    Severity::Error,
                    file,
                    Pos::new(line_no, col),
                    crate::msg!(
                        WORDS,
                        "decimal_comma",
                        number = value_text.replace(',', ".")
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
                Diagnostic::said(
                    Severity::Error,
                    file,
                    Pos::new(line_no, col),
                    crate::msg!(WORDS, "not_whole", key = key, value = value_text),
                )
                .with_code("wrong-type"),
            );
        }
    }
    out
}
