//! Pieces the grid findings share (en, fr, it, es, pl): "did you mean", lists, the
//! names of a grid's parts in the forms sentences need.

use crate::diagnostic::did_you_mean;
use crate::i18n::{Arg, Catalogue, Message};
use crate::msg;

/// "did you mean `x`? " before a list of what is there, when `name` is close to one of
/// `candidates`; nothing otherwise.
pub(crate) fn hint<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Arg {
    meant(did_you_mean(name, candidates))
}

/// [`hint`] for a candidate already found.
pub(crate) fn meant(candidate: Option<&str>) -> Arg {
    match candidate {
        Some(c) => msg!(WORDS, "did_you_mean", name = c).into(),
        None => Arg::Text(String::new()),
    }
}

/// Names joined with ", ", or "none" when there are none.
pub(crate) fn or_none(names: &[&str]) -> Arg {
    if names.is_empty() {
        msg!(WORDS, "none").into()
    } else {
        names.join(", ").into()
    }
}

/// Sentences joined with ", " in the reader's language.
pub(crate) fn joined(items: Vec<Message>) -> Message {
    let mut items = items.into_iter();
    let first = items.next().unwrap_or_else(|| msg!(WORDS, "none"));
    items.fold(first, |a, b| msg!(WORDS, "comma", a = a, b = b))
}

/// Alternatives joined with "or" in the reader's language.
pub(crate) fn either(items: Vec<Message>) -> Message {
    let mut items = items.into_iter();
    let first = items.next().unwrap_or_else(|| msg!(WORDS, "none"));
    items.fold(first, |a, b| msg!(WORDS, "or", a = a, b = b))
}

/// A part of a grid (`indicator`, `scale`… as the schema's definitions name them;
/// `grid` for the grid, `mapping` for a mapping of no known kind) in one of the forms
/// sentences need: `A` (subject: "an indicator"), `IN` ("in an indicator"), `OF` (what
/// something belongs to: "an indicator", "d’un indicateur", "wskaźnika").
pub(crate) fn thing(form: Catalogue, name: &str) -> Message {
    let key = THING_KEYS
        .iter()
        .find(|k| **k == name)
        .copied()
        .unwrap_or("mapping");
    Message::new(form, key)
}

const THING_KEYS: &[&str] = &[
    "grid",
    "action",
    "criterion",
    "indicator",
    "level",
    "profile",
    "recognition",
    "rule",
    "ruleset",
    "scale",
    "text",
    "mapping",
];

/// Shared words (en, fr, it, es, pl).
pub(crate) const WORDS: Catalogue = &[
    (
        "did_you_mean",
        [
            "did you mean `{name}`? ",
            "vouliez-vous dire `{name}`\u{202f}? ",
            "intendevate `{name}`? ",
            "¿querían decir `{name}`? ",
            "czy chodziło o `{name}`? ",
        ],
    ),
    ("none", ["none", "aucun", "nessuno", "ninguno", "brak"]),
    (
        "comma",
        ["{a}, {b}", "{a}, {b}", "{a}, {b}", "{a}, {b}", "{a}, {b}"],
    ),
    (
        "or",
        [
            "{a} or {b}",
            "{a} ou {b}",
            "{a} o {b}",
            "{a} o {b}",
            "{a} lub {b}",
        ],
    ),
];

/// A part of a grid as a subject or as what is expected ("an indicator").
pub(crate) const A: Catalogue = &[
    (
        "grid",
        [
            "the grid",
            "la grille",
            "la griglia",
            "el referencial",
            "siatka",
        ],
    ),
    (
        "action",
        [
            "an action",
            "une action",
            "un’azione",
            "una acción",
            "działanie",
        ],
    ),
    (
        "criterion",
        [
            "a criterion",
            "un critère",
            "un criterio",
            "un criterio",
            "kryterium",
        ],
    ),
    (
        "indicator",
        [
            "an indicator",
            "un indicateur",
            "un indicatore",
            "un indicador",
            "wskaźnik",
        ],
    ),
    (
        "level",
        ["a level", "un niveau", "un livello", "un nivel", "poziom"],
    ),
    (
        "profile",
        [
            "a profile",
            "un profil",
            "un profilo",
            "un perfil",
            "profil",
        ],
    ),
    (
        "recognition",
        [
            "a recognition",
            "une reconnaissance",
            "un riconoscimento",
            "un reconocimiento",
            "uznanie",
        ],
    ),
    (
        "rule",
        ["a rule", "une règle", "una regola", "una regla", "reguła"],
    ),
    (
        "ruleset",
        [
            "a ruleset",
            "un ensemble de règles",
            "un insieme di regole",
            "un conjunto de reglas",
            "zestaw reguł",
        ],
    ),
    (
        "scale",
        ["a scale", "une échelle", "una scala", "una escala", "skala"],
    ),
    (
        "text",
        ["a text", "un texte", "un testo", "un texto", "tekst"],
    ),
    (
        "mapping",
        [
            "this mapping",
            "ce bloc",
            "questo blocco",
            "este bloque",
            "ten blok",
        ],
    ),
];

/// A part of a grid as where something is ("in an indicator").
pub(crate) const IN: Catalogue = &[
    (
        "grid",
        [
            "in the grid",
            "dans la grille",
            "nella griglia",
            "en el referencial",
            "w siatce",
        ],
    ),
    (
        "action",
        [
            "in an action",
            "dans une action",
            "in un’azione",
            "en una acción",
            "w działaniu",
        ],
    ),
    (
        "criterion",
        [
            "in a criterion",
            "dans un critère",
            "in un criterio",
            "en un criterio",
            "w kryterium",
        ],
    ),
    (
        "indicator",
        [
            "in an indicator",
            "dans un indicateur",
            "in un indicatore",
            "en un indicador",
            "we wskaźniku",
        ],
    ),
    (
        "level",
        [
            "in a level",
            "dans un niveau",
            "in un livello",
            "en un nivel",
            "w poziomie",
        ],
    ),
    (
        "profile",
        [
            "in a profile",
            "dans un profil",
            "in un profilo",
            "en un perfil",
            "w profilu",
        ],
    ),
    (
        "recognition",
        [
            "in a recognition",
            "dans une reconnaissance",
            "in un riconoscimento",
            "en un reconocimiento",
            "w uznaniu",
        ],
    ),
    (
        "rule",
        [
            "in a rule",
            "dans une règle",
            "in una regola",
            "en una regla",
            "w regule",
        ],
    ),
    (
        "ruleset",
        [
            "in a ruleset",
            "dans un ensemble de règles",
            "in un insieme di regole",
            "en un conjunto de reglas",
            "w zestawie reguł",
        ],
    ),
    (
        "scale",
        [
            "in a scale",
            "dans une échelle",
            "in una scala",
            "en una escala",
            "w skali",
        ],
    ),
    (
        "text",
        [
            "in a text",
            "dans un texte",
            "in un testo",
            "en un texto",
            "w tekście",
        ],
    ),
    (
        "mapping",
        [
            "in this mapping",
            "dans ce bloc",
            "in questo blocco",
            "en este bloque",
            "w tym bloku",
        ],
    ),
];

/// A part of a grid as what something belongs to: the sentence puts "of"/"to" in
/// English, the form carries it elsewhere ("d’un indicateur", "wskaźnika").
pub(crate) const OF: Catalogue = &[
    (
        "grid",
        [
            "the grid",
            "de la grille",
            "della griglia",
            "del referencial",
            "siatki",
        ],
    ),
    (
        "action",
        [
            "an action",
            "d’une action",
            "di un’azione",
            "de una acción",
            "działania",
        ],
    ),
    (
        "criterion",
        [
            "a criterion",
            "d’un critère",
            "di un criterio",
            "de un criterio",
            "kryterium",
        ],
    ),
    (
        "indicator",
        [
            "an indicator",
            "d’un indicateur",
            "di un indicatore",
            "de un indicador",
            "wskaźnika",
        ],
    ),
    (
        "level",
        [
            "a level",
            "d’un niveau",
            "di un livello",
            "de un nivel",
            "poziomu",
        ],
    ),
    (
        "profile",
        [
            "a profile",
            "d’un profil",
            "di un profilo",
            "de un perfil",
            "profilu",
        ],
    ),
    (
        "recognition",
        [
            "a recognition",
            "d’une reconnaissance",
            "di un riconoscimento",
            "de un reconocimiento",
            "uznania",
        ],
    ),
    (
        "rule",
        [
            "a rule",
            "d’une règle",
            "di una regola",
            "de una regla",
            "reguły",
        ],
    ),
    (
        "ruleset",
        [
            "a ruleset",
            "d’un ensemble de règles",
            "di un insieme di regole",
            "de un conjunto de reglas",
            "zestawu reguł",
        ],
    ),
    (
        "scale",
        [
            "a scale",
            "d’une échelle",
            "di una scala",
            "de una escala",
            "skali",
        ],
    ),
    (
        "text",
        [
            "a text",
            "d’un texte",
            "di un testo",
            "de un texto",
            "tekstu",
        ],
    ),
    (
        "mapping",
        [
            "this mapping",
            "de ce bloc",
            "di questo blocco",
            "de este bloque",
            "tego bloku",
        ],
    ),
];
