//! YAML plumbing shared by every aqor YAML reader (grids, assessments): bounds that
//! make hostile files cheap to refuse, and serde-saphyr errors turned into findings.

use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::grid::words::hint;
use crate::i18n::Catalogue;
use crate::msg;

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
    let (code, words) = match inner {
        E::SerdeUnknownField {
            field, expected, ..
        }
        | E::SerdeUnknownVariant {
            variant: field,
            expected,
            ..
        } => (
            "unknown-key",
            msg!(
                WORDS,
                "unknown_key",
                key = field.to_string(),
                hint = hint(field, expected.iter().copied()),
                keys = expected.join(", ")
            ),
        ),
        E::DuplicateMappingKey { key, .. } => (
            "duplicate-key",
            match key {
                Some(k) => msg!(WORDS, "duplicate_key_named", key = k.to_string()),
                None => msg!(WORDS, "duplicate_key"),
            },
        ),
        _ => {
            // The parser's own words (English), worded in ours where we can: the text
            // may quote the file, so no control characters reach the terminal.
            let words: String = serde_saphyr::DefaultMessageFormatter
                .format_message(inner)
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            if matches!(inner, E::Budget { .. }) || words.contains("limit exceeded") {
                ("too-large", msg!(WORDS, "too_large", words = words))
            } else {
                ("yaml", msg!(WORDS, "parser", words = words))
            }
        }
    };
    Diagnostic::said(Severity::Error, file, at, words).with_code(code)
}

/// The error itself, under the layers serde-saphyr wraps it in (snippet, alias).
pub(crate) fn original(mut e: &serde_saphyr::Error) -> &serde_saphyr::Error {
    use serde_saphyr::Error as E;
    while let E::WithSnippet { error, .. } | E::AliasError { error, .. } = e {
        e = error;
    }
    e
}

/// What the YAML plumbing says (en, fr, it, es, pl); `{words}` are the parser's own,
/// in English.
const WORDS: Catalogue = &[
    (
        "unknown_key",
        [
            "unknown key `{key}`; {hint}keys here: {keys}",
            "clé inconnue `{key}`\u{202f}; {hint}clés possibles ici\u{202f}: {keys}",
            "chiave sconosciuta `{key}`; {hint}chiavi possibili qui: {keys}",
            "clave desconocida `{key}`; {hint}claves posibles aquí: {keys}",
            "nieznany klucz `{key}`; {hint}możliwe klucze: {keys}",
        ],
    ),
    (
        "duplicate_key_named",
        [
            "duplicate key `{key}`; a key may appear only once here",
            "clé `{key}` en double\u{202f}; une clé ne peut figurer qu’une fois ici",
            "chiave `{key}` duplicata; qui una chiave può comparire una sola volta",
            "clave `{key}` duplicada; aquí una clave solo puede aparecer una vez",
            "powtórzony klucz `{key}`; klucz może tu wystąpić tylko raz",
        ],
    ),
    (
        "duplicate_key",
        [
            "duplicate key; a key may appear only once here",
            "clé en double\u{202f}; une clé ne peut figurer qu’une fois ici",
            "chiave duplicata; qui una chiave può comparire una sola volta",
            "clave duplicada; aquí una clave solo puede aparecer una vez",
            "powtórzony klucz; klucz może tu wystąpić tylko raz",
        ],
    ),
    (
        "too_large",
        [
            "{words}; aqor refuses YAML this large, aliased or deeply nested",
            "YAML refusé ({words})\u{202f}: aqor refuse un YAML aussi volumineux, aussi riche en alias ou aussi imbriqué",
            "YAML rifiutato ({words}): aqor rifiuta YAML così grande, con tanti alias o così annidato",
            "YAML rechazado ({words}): aqor rechaza un YAML tan grande, con tantos alias o tan anidado",
            "odrzucony YAML ({words}): aqor odrzuca YAML tak duży, z tyloma aliasami lub tak głęboko zagnieżdżony",
        ],
    ),
    (
        "parser",
        [
            "{words}",
            "YAML illisible\u{202f}: {words}",
            "YAML illeggibile: {words}",
            "YAML ilegible: {words}",
            "nieczytelny YAML: {words}",
        ],
    ),
];
