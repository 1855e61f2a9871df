//! The words of recognition reasons, in the languages aqor speaks.

use crate::i18n::Catalogue;

/// Reason templates: (key, [en, fr, it, es, pl]). Polish phrasing avoids count agreement.
pub(super) const WORDS: Catalogue = &[
    (
        "overall",
        [
            "overall {value} % < {min} %",
            "score global {value} % < {min} %",
            "punteggio complessivo {value} % < {min} %",
            "puntuación global {value} % < {min} %",
            "wynik ogólny {value} % < {min} %",
        ],
    ),
    (
        "overall_none",
        [
            "no overall score (nothing scored), minimum {min} %",
            "aucun score global (rien n’est évalué), minimum {min} %",
            "nessun punteggio complessivo (nulla è valutato), minimo {min} %",
            "sin puntuación global (nada evaluado), mínimo {min} %",
            "brak wyniku ogólnego (nic nie oceniono), minimum {min} %",
        ],
    ),
    (
        "criterion",
        [
            "criterion {id} at {value} % < {min} %",
            "critère {id} à {value} % < {min} %",
            "criterio {id} al {value} % < {min} %",
            "criterio {id} al {value} % < {min} %",
            "kryterium {id}: {value} % < {min} %",
        ],
    ),
    (
        "coverage",
        [
            "coverage {value} % < {min} % (answers still needed: {missing})",
            "couverture {value} % < {min} % (réponses encore nécessaires : {missing})",
            "copertura {value} % < {min} % (risposte ancora necessarie: {missing})",
            "cobertura {value} % < {min} % (respuestas aún necesarias: {missing})",
            "pokrycie {value} % < {min} % (brakujące odpowiedzi: {missing})",
        ],
    ),
    (
        "coverage_none",
        [
            "no indicator applies to this structure (check its profiles), minimum coverage {min} %",
            "aucun indicateur ne s’applique à cette structure (vérifiez ses profils), couverture minimale {min} %",
            "nessun indicatore si applica a questa struttura (verificarne i profili), copertura minima {min} %",
            "ningún indicador se aplica a esta estructura (revise sus perfiles), cobertura mínima {min} %",
            "żaden wskaźnik nie dotyczy tego podmiotu (sprawdź jego profile), minimalne pokrycie {min} %",
        ],
    ),
    (
        "below_target_one",
        [
            "1 indicator below target, at most {max}: {ids}",
            "1 indicateur sous la cible, au plus {max} : {ids}",
            "1 indicatore sotto l’obiettivo, al massimo {max}: {ids}",
            "1 indicador por debajo del objetivo, como máximo {max}: {ids}",
            "wskaźniki poniżej celu: 1, najwyżej {max} ({ids})",
        ],
    ),
    (
        "below_target_many",
        [
            "{count} indicators below target, at most {max}: {ids}",
            "{count} indicateurs sous la cible, au plus {max} : {ids}",
            "{count} indicatori sotto l’obiettivo, al massimo {max}: {ids}",
            "{count} indicadores por debajo del objetivo, como máximo {max}: {ids}",
            "wskaźniki poniżej celu: {count}, najwyżej {max} ({ids})",
        ],
    ),
    (
        "no_level_one",
        [
            "1 answer at {level}: {ids}",
            "1 réponse au niveau {level} : {ids}",
            "1 risposta al livello {level}: {ids}",
            "1 respuesta en el nivel {level}: {ids}",
            "odpowiedzi na poziomie {level}: 1 ({ids})",
        ],
    ),
    (
        "no_level_many",
        [
            "{count} answers at {level}: {ids}",
            "{count} réponses au niveau {level} : {ids}",
            "{count} risposte al livello {level}: {ids}",
            "{count} respuestas en el nivel {level}: {ids}",
            "odpowiedzi na poziomie {level}: {count} ({ids})",
        ],
    ),
    (
        "level_count_one",
        [
            "1 answer at {level}, at most {max}: {ids}",
            "1 réponse au niveau {level}, au plus {max} : {ids}",
            "1 risposta al livello {level}, al massimo {max}: {ids}",
            "1 respuesta en el nivel {level}, como máximo {max}: {ids}",
            "odpowiedzi na poziomie {level}: 1, najwyżej {max} ({ids})",
        ],
    ),
    (
        "level_count_many",
        [
            "{count} answers at {level}, at most {max}: {ids}",
            "{count} réponses au niveau {level}, au plus {max} : {ids}",
            "{count} risposte al livello {level}, al massimo {max}: {ids}",
            "{count} respuestas en el nivel {level}, como máximo {max}: {ids}",
            "odpowiedzi na poziomie {level}: {count}, najwyżej {max} ({ids})",
        ],
    ),
    (
        "not_at_target",
        [
            "{id} at level {level}, target {target}",
            "{id} au niveau {level}, cible {target}",
            "{id} al livello {level}, obiettivo {target}",
            "{id} en el nivel {level}, objetivo {target}",
            "{id} na poziomie {level}, cel {target}",
        ],
    ),
    (
        "unanswered_target",
        [
            "{id} unanswered, target {target}",
            "{id} sans réponse, cible {target}",
            "{id} senza risposta, obiettivo {target}",
            "{id} sin respuesta, objetivo {target}",
            "{id} bez odpowiedzi, cel {target}",
        ],
    ),
];
