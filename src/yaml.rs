//! YAML plumbing shared by every aqor YAML reader (grids, assessments): bounds that
//! make hostile files cheap to refuse, and serde-saphyr errors turned into findings.

use crate::diagnostic::{Diagnostic, Pos, did_you_mean};

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

/// The error itself, under the layers serde-saphyr wraps it in (snippet, alias).
pub(crate) fn original(mut e: &serde_saphyr::Error) -> &serde_saphyr::Error {
    use serde_saphyr::Error as E;
    while let E::WithSnippet { error, .. } | E::AliasError { error, .. } = e {
        e = error;
    }
    e
}
