//! The words of recognition reasons, rules and steps, in the languages aqor speaks.

use crate::i18n::Catalogue;

/// Reasons, steps and rules in sentences: (key, [en, fr, it, es, pl]). `{value}` and
/// `{min}` come as percentages written the language's way, `{level:q}` as a level's
/// label in quotation marks.
pub(super) const WORDS: Catalogue = &[
    (
        "overall",
        [
            "overall {value} < {min}",
            "score global {value} < {min}",
            "punteggio complessivo {value} < {min}",
            "puntuación global {value} < {min}",
            "wynik ogólny {value} < {min}",
        ],
    ),
    (
        "overall_none",
        [
            "no overall score (nothing scored), minimum {min}",
            "aucun score global (rien n’est évalué), minimum {min}",
            "nessun punteggio complessivo (nulla è valutato), minimo {min}",
            "sin puntuación global (nada evaluado), mínimo {min}",
            "brak wyniku ogólnego (nic nie oceniono), minimum {min}",
        ],
    ),
    (
        "criterion",
        [
            "criterion {id} at {value} < {min}",
            "critère {id} à {value} < {min}",
            "criterio {id} al {value} < {min}",
            "criterio {id} al {value} < {min}",
            "kryterium {id}: {value} < {min}",
        ],
    ),
    (
        "coverage",
        [
            "coverage {value} < {min} (answers still needed: {missing})",
            "couverture {value} < {min} (réponses encore nécessaires\u{202f}: {missing})",
            "copertura {value} < {min} (risposte ancora necessarie: {missing})",
            "cobertura {value} < {min} (respuestas aún necesarias: {missing})",
            "pokrycie {value} < {min} (brakujące odpowiedzi: {missing})",
        ],
    ),
    (
        "coverage_none",
        [
            "no indicator applies to this structure (check its profiles), minimum coverage {min}",
            "aucun indicateur ne s’applique à cette structure (vérifiez ses profils), couverture minimale {min}",
            "nessun indicatore si applica a questa struttura (verificatene i profili), copertura minima {min}",
            "ningún indicador se aplica a esta estructura (revisen sus perfiles), cobertura mínima {min}",
            "żaden wskaźnik nie dotyczy tego podmiotu (sprawdźcie jego profile), minimalne pokrycie {min}",
        ],
    ),
    (
        "below_target",
        [
            "{count} {count|indicator|indicators} below target, at most {max}: {ids}",
            "{count} {count|indicateur|indicateurs} sous la cible, au plus {max}\u{202f}: {ids}",
            "{count} {count|indicatore|indicatori} sotto l’obiettivo, al massimo {max}: {ids}",
            "{count} {count|indicador|indicadores} por debajo del objetivo, como máximo {max}: {ids}",
            "{count} {count|wskaźnik|wskaźniki|wskaźników} poniżej celu, najwyżej {max}: {ids}",
        ],
    ),
    (
        "no_level",
        [
            "{count} {count|answer|answers} at level {level:q}: {ids}",
            "{count} {count|réponse|réponses} au niveau {level:q}\u{202f}: {ids}",
            "{count} {count|risposta|risposte} al livello {level:q}: {ids}",
            "{count} {count|respuesta|respuestas} en el nivel {level:q}: {ids}",
            "{count} {count|odpowiedź|odpowiedzi|odpowiedzi} na poziomie {level:q}: {ids}",
        ],
    ),
    (
        "level_count",
        [
            "{count} {count|answer|answers} at level {level:q}, at most {max}: {ids}",
            "{count} {count|réponse|réponses} au niveau {level:q}, au plus {max}\u{202f}: {ids}",
            "{count} {count|risposta|risposte} al livello {level:q}, al massimo {max}: {ids}",
            "{count} {count|respuesta|respuestas} en el nivel {level:q}, como máximo {max}: {ids}",
            "{count} {count|odpowiedź|odpowiedzi|odpowiedzi} na poziomie {level:q}, najwyżej {max}: {ids}",
        ],
    ),
    (
        "not_at_target",
        [
            "{id} at level {level:q}, target {target:q}",
            "{id} au niveau {level:q}, cible {target:q}",
            "{id} al livello {level:q}, obiettivo {target:q}",
            "{id} en el nivel {level:q}, objetivo {target:q}",
            "{id} na poziomie {level:q}, cel {target:q}",
        ],
    ),
    (
        "unanswered_target",
        [
            "{id} unanswered, target {target:q}",
            "{id} sans réponse, cible {target:q}",
            "{id} senza risposta, obiettivo {target:q}",
            "{id} sin respuesta, objetivo {target:q}",
            "{id} bez odpowiedzi, cel {target:q}",
        ],
    ),
    (
        "step",
        [
            "{id}: {from} → {to}",
            "{id}\u{202f}: {from} → {to}",
            "{id}: {from} → {to}",
            "{id}: {from} → {to}",
            "{id}: {from} → {to}",
        ],
    ),
    (
        "rule_min_overall",
        [
            "overall score at least {min}",
            "score global d’au moins {min}",
            "punteggio complessivo di almeno {min}",
            "puntuación global de al menos {min}",
            "wynik ogólny co najmniej {min}",
        ],
    ),
    (
        "rule_min_criterion",
        [
            "every criterion at least {min}",
            "chaque critère à au moins {min}",
            "ogni criterio ad almeno {min}",
            "cada criterio al menos al {min}",
            "każde kryterium co najmniej {min}",
        ],
    ),
    (
        "rule_min_coverage",
        [
            "coverage at least {min}",
            "couverture d’au moins {min}",
            "copertura di almeno {min}",
            "cobertura de al menos {min}",
            "pokrycie co najmniej {min}",
        ],
    ),
    (
        "rule_max_below_target",
        [
            "at most {max} {max|indicator|indicators} below target",
            "au plus {max} {max|indicateur|indicateurs} sous la cible",
            "al massimo {max} {max|indicatore|indicatori} sotto l’obiettivo",
            "como máximo {max} {max|indicador|indicadores} por debajo del objetivo",
            "najwyżej {max} {max|wskaźnik|wskaźniki|wskaźników} poniżej celu",
        ],
    ),
    (
        "rule_no_level",
        [
            "no indicator at level {levels}",
            "aucun indicateur au niveau {levels}",
            "nessun indicatore al livello {levels}",
            "ningún indicador en el nivel {levels}",
            "żaden wskaźnik na poziomie {levels}",
        ],
    ),
    (
        "rule_max_level_count",
        [
            "at most {max} {max|indicator|indicators} at level {level:q}",
            "au plus {max} {max|indicateur|indicateurs} au niveau {level:q}",
            "al massimo {max} {max|indicatore|indicatori} al livello {level:q}",
            "como máximo {max} {max|indicador|indicadores} en el nivel {level:q}",
            "najwyżej {max} {max|wskaźnik|wskaźniki|wskaźników} na poziomie {level:q}",
        ],
    ),
    (
        "rule_at_target",
        [
            "at their target: {ids}",
            "à leur cible\u{202f}: {ids}",
            "all’obiettivo: {ids}",
            "en su objetivo: {ids}",
            "na poziomie celu: {ids}",
        ],
    ),
    ("or", ["or", "ou", "o", "o", "lub"]),
];
