//! UI words in the languages aqor speaks (fr, en, it, es, pl); grid texts come from grids.
//!
//! Each part of aqor keeps its own small catalogue next to its code (a `Catalogue`
//! constant) and looks words up through `tr`, so adding a word never touches another
//! part's file. Unknown languages fall back to English.

/// The languages aqor's own words are written in, in catalogue column order.
pub const LANGUAGES: [&str; 5] = ["en", "fr", "it", "es", "pl"];

/// Rows of (key, [en, fr, it, es, pl]).
pub type Catalogue = &'static [(&'static str, [&'static str; 5])];

/// The word for `key` in `lang` (English when the language is unknown; empty when
/// the key is, which each catalogue's tests catch).
pub fn tr(catalogue: Catalogue, key: &str, lang: &str) -> &'static str {
    let column = LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0);
    catalogue
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, words)| words[column])
}

/// A part's word: its own catalogue first, then the words every report shares.
pub fn word(own: Catalogue, key: &str, lang: &str) -> &'static str {
    match tr(own, key, lang) {
        "" => tr(COMMON, key, lang),
        w => w,
    }
}

/// Words every report shares.
pub const COMMON: Catalogue = &[
    (
        "structure",
        [
            "Structure",
            "Structure",
            "Struttura",
            "Estructura",
            "Podmiot",
        ],
    ),
    (
        "structure_id",
        [
            "Structure id",
            "Identifiant",
            "Identificativo",
            "Identificador",
            "Identyfikator",
        ],
    ),
    ("network", ["Network", "Réseau", "Rete", "Red", "Sieć"]),
    ("date", ["Date", "Date", "Data", "Fecha", "Data"]),
    (
        "assessor",
        [
            "Assessor",
            "Évaluateur",
            "Valutatore",
            "Evaluador",
            "Oceniający",
        ],
    ),
    (
        "overall",
        ["Overall", "Global", "Complessivo", "Global", "Ogółem"],
    ),
    (
        "coverage",
        [
            "Coverage",
            "Couverture",
            "Copertura",
            "Cobertura",
            "Pokrycie",
        ],
    ),
    (
        "criterion",
        ["Criterion", "Critère", "Criterio", "Criterio", "Kryterium"],
    ),
    (
        "indicator",
        [
            "Indicator",
            "Indicateur",
            "Indicatore",
            "Indicador",
            "Wskaźnik",
        ],
    ),
    ("level", ["Level", "Niveau", "Livello", "Nivel", "Poziom"]),
    (
        "target",
        ["Target", "Cible", "Obiettivo", "Objetivo", "Cel"],
    ),
    ("gap", ["Gap", "Écart", "Scarto", "Brecha", "Luka"]),
    (
        "priority",
        ["Priority", "Priorité", "Priorità", "Prioridad", "Priorytet"],
    ),
    (
        "score",
        ["Score", "Score", "Punteggio", "Puntuación", "Wynik"],
    ),
    (
        "recognition",
        [
            "Recognition",
            "Reconnaissance",
            "Riconoscimento",
            "Reconocimiento",
            "Uznanie",
        ],
    ),
    (
        "met",
        ["met", "atteint", "raggiunto", "alcanzado", "spełnione"],
    ),
    (
        "not_met",
        [
            "not met",
            "non atteint",
            "non raggiunto",
            "no alcanzado",
            "niespełnione",
        ],
    ),
    (
        "na",
        [
            "not applicable",
            "non applicable",
            "non applicabile",
            "no aplicable",
            "nie dotyczy",
        ],
    ),
    (
        "unanswered",
        [
            "unanswered",
            "sans réponse",
            "senza risposta",
            "sin respuesta",
            "bez odpowiedzi",
        ],
    ),
    ("mean", ["Mean", "Moyenne", "Media", "Media", "Średnia"]),
    (
        "median",
        ["Median", "Médiane", "Mediana", "Mediana", "Mediana"],
    ),
    ("min", ["Min", "Min", "Min", "Mín", "Min"]),
    ("max", ["Max", "Max", "Max", "Máx", "Maks"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_and_falls_back_to_english() {
        assert_eq!(tr(COMMON, "coverage", "pl"), "Pokrycie");
        assert_eq!(tr(COMMON, "coverage", "de"), "Coverage");
        assert_eq!(tr(COMMON, "no-such-key", "fr"), "");
    }
}
