//! The words compare reports use beyond `i18n::COMMON` (en, fr, it, es, pl).

use crate::i18n::Catalogue;

pub const WORDS: Catalogue = &[
    (
        "heading_grid",
        [
            "Grid: {title} ({id} {version})",
            "Grille\u{202f}: {title} ({id} {version})",
            "Griglia: {title} ({id} {version})",
            "Referencial: {title} ({id} {version})",
            "Siatka: {title} ({id} {version})",
        ],
    ),
    (
        "heatmap_indicator",
        [
            "Scores by structure and indicator",
            "Scores par structure et indicateur",
            "Punteggi per struttura e indicatore",
            "Puntuaciones por estructura e indicador",
            "Wyniki według podmiotu i wskaźnika",
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
        "improved",
        ["improved", "en progrès", "migliorata", "mejora", "poprawa"],
    ),
    (
        "declined",
        ["declined", "en recul", "peggiorata", "retroceso", "spadek"],
    ),
    (
        "steady",
        ["steady", "stable", "stabile", "estable", "bez zmian"],
    ),
    (
        "at_or_above_mean",
        [
            "at or above the network mean",
            "au niveau de la moyenne du réseau ou au-dessus",
            "pari o sopra la media della rete",
            "igual o por encima de la media de la red",
            "na poziomie średniej sieci lub powyżej",
        ],
    ),
    (
        "below_mean",
        [
            "below the network mean",
            "sous la moyenne du réseau",
            "sotto la media della rete",
            "por debajo de la media de la red",
            "poniżej średniej sieci",
        ],
    ),
    (
        "comments",
        [
            "What the structures wrote, by indicator",
            "Ce qu’ont écrit les structures, par indicateur",
            "Che cosa hanno scritto le strutture, per indicatore",
            "Lo que escribieron las estructuras, por indicador",
            "Co napisały podmioty, według wskaźników",
        ],
    ),
    ("rule", ["rule", "règle", "regola", "regla", "reguła"]),
    (
        "failed",
        [
            "failed by",
            "non respectée par",
            "non rispettata da",
            "incumplida por",
            "niespełniona przez",
        ],
    ),
    (
        "failing_rules",
        [
            "Label rules failed most often",
            "Règles du label les plus souvent non respectées",
            "Regole del marchio più spesso non rispettate",
            "Reglas del sello incumplidas con más frecuencia",
            "Najczęściej niespełniane reguły znaku",
        ],
    ),
    (
        "side_by_side",
        [
            "Side by side",
            "Côte à côte",
            "A confronto",
            "Lado a lado",
            "Zestawienie",
        ],
    ),
    (
        "campaign",
        ["campaign", "campagne", "campagna", "campaña", "kampania"],
    ),
    (
        "assessments",
        [
            "assessments",
            "évaluations",
            "valutazioni",
            "evaluaciones",
            "ocen",
        ],
    ),
    (
        "over_time",
        [
            "Over time",
            "Dans le temps",
            "Nel tempo",
            "En el tiempo",
            "W czasie",
        ],
    ),
    (
        "network_over_time",
        [
            "The network over time",
            "Le réseau dans le temps",
            "La rete nel tempo",
            "La red en el tiempo",
            "Sieć w czasie",
        ],
    ),
    (
        "change",
        ["Change", "Évolution", "Variazione", "Cambio", "Zmiana"],
    ),
    (
        "network_criteria",
        [
            "The network by criterion",
            "Le réseau par critère",
            "La rete per criterio",
            "La red por criterio",
            "Sieć według kryteriów",
        ],
    ),
    (
        "network_indicators",
        [
            "The network by indicator, weakest first (training needs)",
            "Le réseau par indicateur, les plus faibles d’abord (besoins de formation)",
            "La rete per indicatore, i più deboli prima (fabbisogni formativi)",
            "La red por indicador, los más débiles primero (necesidades de formación)",
            "Sieć według wskaźników, najsłabsze najpierw (potrzeby szkoleniowe)",
        ],
    ),
    (
        "quartile",
        ["Quartile", "Quartile", "Quartile", "Cuartil", "Kwartyl"],
    ),
    (
        "answered",
        [
            "Answered",
            "Réponses",
            "Risposte",
            "Respuestas",
            "Odpowiedzi",
        ],
    ),
    (
        "at_target",
        [
            "At target",
            "À la cible",
            "All’obiettivo",
            "En el objetivo",
            "Na poziomie celu",
        ],
    ),
    (
        "levels",
        ["Levels", "Niveaux", "Livelli", "Niveles", "Poziomy"],
    ),
    ("title", ["Title", "Intitulé", "Titolo", "Título", "Tytuł"]),
    (
        "grid",
        ["Grid", "Grille", "Griglia", "Referencial", "Siatka"],
    ),
    (
        "no_assessment",
        [
            "No assessment to compare.",
            "Aucune évaluation à comparer.",
            "Nessuna valutazione da confrontare.",
            "Ninguna evaluación que comparar.",
            "Brak ocen do porównania.",
        ],
    ),
    (
        "heatmap",
        [
            "Scores by structure and criterion",
            "Scores par structure et critère",
            "Punteggi per struttura e criterio",
            "Puntuaciones por estructura y criterio",
            "Wyniki według podmiotu i kryterium",
        ],
    ),
    (
        "against_network",
        [
            "Each structure against the network mean",
            "Chaque structure face à la moyenne du réseau",
            "Ogni struttura rispetto alla media della rete",
            "Cada estructura frente a la media de la red",
            "Każdy podmiot wobec średniej sieci",
        ],
    ),
    (
        "network_mean",
        [
            "network mean",
            "moyenne du réseau",
            "media della rete",
            "media de la red",
            "średnia sieci",
        ],
    ),
    (
        "trend_lines",
        [
            "Overall score over time",
            "Score global dans le temps",
            "Punteggio complessivo nel tempo",
            "Puntuación global en el tiempo",
            "Wynik ogólny w czasie",
        ],
    ),
    (
        "carried",
        [
            "{n} {n|assessment|assessments} of {old} compared with {new} through `replaces`",
            "{n} {n|évaluation|évaluations} de {old} {n|comparée|comparées} avec {new} grâce à `replaces`",
            "{n} {n|valutazione|valutazioni} di {old} {n|confrontata|confrontate} con {new} tramite `replaces`",
            "{n} {n|evaluación|evaluaciones} de {old} {n|comparada|comparadas} con {new} mediante `replaces`",
            "{n} {n|ocenę|oceny|ocen} {old} porównano z {new} dzięki `replaces`",
        ],
    ),
    (
        "most_split",
        [
            "Indicators most often split across the network",
            "Indicateurs les plus souvent partagés dans le réseau",
            "Indicatori più spesso divisi nella rete",
            "Indicadores más a menudo divididos en la red",
            "Wskaźniki najczęściej rozbieżne w sieci",
        ],
    ),
    (
        "group_assessments",
        [
            "group self-assessments",
            "autoévaluations en groupe",
            "autovalutazioni di gruppo",
            "autoevaluaciones en grupo",
            "samoocen grupowych",
        ],
    ),
];

/// A word of `WORDS`, else of `i18n::COMMON`.
pub fn word(key: &str, lang: &str) -> &'static str {
    crate::i18n::word(WORDS, key, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_in_every_language() {
        for (key, words) in WORDS {
            assert!(words.iter().all(|w| !w.is_empty()), "{key}");
        }
        assert_eq!(word("median", "fr"), "Médiane");
    }
}
