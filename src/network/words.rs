//! The committee report's own words (columns en, fr, it, es, pl); shared ones come from
//! `i18n::COMMON`.

use crate::i18n::Catalogue;

pub const WORDS: Catalogue = &[
    (
        "report_title",
        [
            "Network report",
            "Rapport de réseau",
            "Rapporto di rete",
            "Informe de la red",
            "Raport sieci",
        ],
    ),
    (
        "nothing",
        [
            "No assessment to report on.",
            "Aucune évaluation à présenter.",
            "Nessuna valutazione da presentare.",
            "Ninguna evaluación que presentar.",
            "Brak ocen do przedstawienia.",
        ],
    ),
    (
        "campaign",
        ["Campaign", "Campagne", "Campagna", "Campaña", "Kampania"],
    ),
    ("page", ["page", "page", "pagina", "página", "strona"]),
    (
        "structures",
        [
            "Structures",
            "Structures",
            "Strutture",
            "Estructuras",
            "Podmioty",
        ],
    ),
    (
        "network_score",
        [
            "Network score (mean)",
            "Score du réseau (moyenne)",
            "Punteggio della rete (media)",
            "Puntuación de la red (media)",
            "Wynik sieci (średnia)",
        ],
    ),
    (
        "label_met",
        [
            "Label met",
            "Label obtenu",
            "Marchio ottenuto",
            "Sello obtenido",
            "Znak jakości uzyskany",
        ],
    ),
    (
        "changed",
        [
            "What changed since {from}",
            "Ce qui a changé depuis {from}",
            "Cosa è cambiato dal {from}",
            "Qué ha cambiado desde {from}",
            "Co się zmieniło od {from}",
        ],
    ),
    (
        "rules_failed",
        [
            "Label rules failed most often",
            "Règles du label les plus souvent manquées",
            "Regole del marchio mancate più spesso",
            "Reglas del sello incumplidas con más frecuencia",
            "Najczęściej niespełnione reguły znaku jakości",
        ],
    ),
    (
        "no_rule_failed",
        [
            "Every structure meets every rule.",
            "Chaque structure respecte chaque règle.",
            "Ogni struttura rispetta ogni regola.",
            "Cada estructura cumple cada regla.",
            "Każdy podmiot spełnia każdą regułę.",
        ],
    ),
    ("rule", ["Rule", "Règle", "Regola", "Regla", "Reguła"]),
    ("pts", ["pts", "pts", "pti", "ptos", "pkt"]),
    (
        "moved",
        [
            "Of {n} structures assessed in both: {up} improved, {down} declined.",
            "Sur {n} structures évaluées les deux fois\u{202f}: {up} en progrès, {down} en recul.",
            "Su {n} strutture valutate entrambe le volte: {up} migliorate, {down} peggiorate.",
            "De {n} estructuras evaluadas ambas veces: {up} mejoran, {down} retroceden.",
            "Z {n} podmiotów ocenionych w obu kampaniach: {up} z poprawą, {down} ze spadkiem.",
        ],
    ),
    (
        "by_criterion",
        [
            "Network mean by criterion",
            "Moyenne du réseau par critère",
            "Media della rete per criterio",
            "Media de la red por criterio",
            "Średnia sieci według kryteriów",
        ],
    ),
    (
        "no_score",
        [
            "no score",
            "pas de score",
            "nessun punteggio",
            "sin puntuación",
            "brak wyniku",
        ],
    ),
    (
        "by_structure",
        [
            "Scores by structure and criterion",
            "Scores par structure et critère",
            "Punteggi per struttura e criterio",
            "Puntuaciones por estructura y criterio",
            "Wyniki według podmiotu i kryterium",
        ],
    ),
    ("label", ["Label", "Label", "Marchio", "Sello", "Znak"]),
    (
        "against_mean",
        [
            "Each structure against the network mean (points)",
            "Chaque structure face à la moyenne du réseau (points)",
            "Ogni struttura rispetto alla media della rete (punti)",
            "Cada estructura frente a la media de la red (puntos)",
            "Każdy podmiot wobec średniej sieci (punkty)",
        ],
    ),
    (
        "trend",
        [
            "Overall score over the campaigns",
            "Score global au fil des campagnes",
            "Punteggio complessivo nelle campagne",
            "Puntuación global a lo largo de las campañas",
            "Wynik ogólny w kolejnych kampaniach",
        ],
    ),
    (
        "weakest_five",
        [
            "The five weakest indicators",
            "Les cinq indicateurs les plus faibles",
            "I cinque indicatori più deboli",
            "Los cinco indicadores más débiles",
            "Pięć najsłabszych wskaźników",
        ],
    ),
    (
        "weakest_levels",
        [
            "Weakest indicators and how answers spread over levels",
            "Indicateurs les plus faibles et répartition des réponses par niveau",
            "Indicatori più deboli e distribuzione delle risposte per livello",
            "Indicadores más débiles y reparto de las respuestas por nivel",
            "Najsłabsze wskaźniki i rozkład odpowiedzi według poziomów",
        ],
    ),
    ("mean", ["Mean", "Moyenne", "Media", "Media", "Średnia"]),
    (
        "at_target_share",
        [
            "Share at target",
            "Part à la cible",
            "Quota all’obiettivo",
            "Proporción en el objetivo",
            "Odsetek u celu",
        ],
    ),
    (
        "levels",
        ["Levels", "Niveaux", "Livelli", "Niveles", "Poziomy"],
    ),
];

/// A report word in `lang`: this catalogue first, then the shared one.
pub fn word(key: &str, lang: &str) -> &'static str {
    crate::i18n::word(WORDS, key, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_written_in_every_language() {
        for (key, words) in WORDS {
            assert!(words.iter().all(|w| !w.is_empty()), "{key}");
        }
        let used = include_str!("mod.rs");
        for key in used
            .split("w(\"")
            .skip(1)
            .chain(used.split("word(\"").skip(1))
        {
            let key = &key[..key.find('"').unwrap_or(0)];
            assert!(!word(key, "pl").is_empty(), "no word for {key}");
        }
    }
}
