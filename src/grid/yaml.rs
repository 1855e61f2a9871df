//! Reading YAML safely and saying what is wrong with it in our words.
//!
//! Shared by every aqor YAML reader (grids, assessments): bounds that make hostile
//! files cheap to refuse, and serde-saphyr errors turned into findings.

use super::load::MAX_GRID_BYTES;
use crate::diagnostic::{Diagnostic, Pos, did_you_mean};

/// serde's first structural error, or every unknown and duplicate key when it is one of those.
///
/// Mistakes authors often make (a tab in the indentation, `0,5` for a number, a
/// fraction where a count goes) are looked for in the text first and worded in the
/// author's terms at their own line and column: the parser would report them later,
/// elsewhere, or as something else.
pub(crate) fn structural_errors(
    e: &serde_saphyr::Error,
    source: &str,
    file: &str,
) -> Vec<Diagnostic> {
    use serde_saphyr::Error as E;
    let authors = author_mistakes(source, file);
    if !authors.is_empty() {
        return authors;
    }
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

/// The error itself, under the layers serde-saphyr wraps it in (snippet, alias).
fn original(mut e: &serde_saphyr::Error) -> &serde_saphyr::Error {
    use serde_saphyr::Error as E;
    while let E::WithSnippet { error, .. } | E::AliasError { error, .. } = e {
        e = error;
    }
    e
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

/// YAML reading limits shared by every aqor YAML reader: no alias bombs, no deep nesting.
///
/// A real grid has a few thousand nodes and few aliases; these bounds keep a hostile
/// file's cost to milliseconds.
pub(crate) fn yaml_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_nodes: 250_000,
            max_depth: 64,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 20_000,
        },
    }
}

/// Turns a YAML-level error into a finding with its position, in our words where they help.
pub(crate) fn yaml_error(e: &serde_saphyr::Error, file: &str) -> Diagnostic {
    use serde_saphyr::{Error as E, MessageFormatter};
    let at = e
        .location()
        .map(|l| Pos::new(l.line() as u32, l.column() as u32))
        .unwrap_or_default();
    let inner = original(e);
    let message = match inner {
        E::SerdeUnknownField {
            field, expected, ..
        }
        | E::SerdeUnknownVariant {
            variant: field,
            expected,
            ..
        } => {
            let hint = did_you_mean(field, expected.iter().copied())
                .map(|c| format!("did you mean `{c}`? "))
                .unwrap_or_default();
            format!(
                "unknown key `{field}`; {hint}keys here: {}",
                expected.join(", ")
            )
        }
        E::DuplicateMappingKey { key, .. } => format!(
            "duplicate key{}; a key may appear only once here",
            key.as_ref().map(|k| format!(" `{k}`")).unwrap_or_default()
        ),
        _ => {
            // The text may quote the file: no control characters reach the terminal.
            let words: String = serde_saphyr::DefaultMessageFormatter
                .format_message(inner)
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            if matches!(inner, E::Budget { .. }) || words.contains("limit exceeded") {
                format!("{words}; aqor refuses YAML this large, aliased or deeply nested")
            } else {
                words
            }
        }
    };
    let code = match inner {
        E::SerdeUnknownField { .. } | E::SerdeUnknownVariant { .. } => "unknown-key",
        E::DuplicateMappingKey { .. } => "duplicate-key",
        _ if message.contains("aqor refuses YAML") => "too-large",
        _ => "yaml",
    };
    Diagnostic::error(file, at, message).with_code(code)
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
