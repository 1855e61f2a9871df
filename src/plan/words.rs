//! The plan's own words (columns en, fr, it, es, pl); shared ones come from `i18n::COMMON`.

use crate::i18n::Catalogue;

pub const PLAN: Catalogue = &[
    (
        "unprintable",
        [
            "{structure}: {place} holds characters the PDF font lacks ({chars}); the plan shows � in their place",
            "{structure}\u{202f}: {place} contient des caractères absents de la police du PDF ({chars})\u{202f}; le plan affiche � à leur place",
            "{structure}: {place} contiene caratteri assenti dal font del PDF ({chars}); il piano mostra � al loro posto",
            "{structure}: {place} contiene caracteres que la fuente del PDF no tiene ({chars}); el plan muestra � en su lugar",
            "{structure}: {place} zawiera znaki, których brak w czcionce PDF ({chars}); plan pokazuje w ich miejscu �",
        ],
    ),
    (
        "title",
        [
            "Action plan",
            "Plan d’action",
            "Piano d’azione",
            "Plan de acción",
            "Plan działania",
        ],
    ),
    (
        "grid",
        ["Grid", "Grille", "Griglia", "Referencial", "Siatka"],
    ),
    (
        "version",
        ["version", "version", "versione", "versión", "wersja"],
    ),
    (
        "summary",
        ["Summary", "Synthèse", "Sintesi", "Resumen", "Podsumowanie"],
    ),
    (
        "by_criterion",
        [
            "Scores by criterion",
            "Scores par critère",
            "Punteggi per criterio",
            "Puntuaciones por criterio",
            "Wyniki według kryteriów",
        ],
    ),
    (
        "at_target",
        [
            "Score with targets reached",
            "Score si cibles atteintes",
            "Punteggio a obiettivi raggiunti",
            "Puntuación con objetivos alcanzados",
            "Wynik po osiągnięciu celów",
        ],
    ),
    (
        "network_mean",
        [
            "Network mean",
            "Moyenne du réseau",
            "Media della rete",
            "Media de la red",
            "Średnia sieci",
        ],
    ),
    (
        "actions",
        [
            "Indicators below target, by priority",
            "Indicateurs sous la cible, par priorité",
            "Indicatori sotto l’obiettivo, per priorità",
            "Indicadores por debajo del objetivo, por prioridad",
            "Wskaźniki poniżej celu według priorytetu",
        ],
    ),
    (
        "current",
        ["Current", "Actuel", "Attuale", "Actual", "Obecnie"],
    ),
    (
        "suggested",
        ["Actions", "Actions", "Azioni", "Acciones", "Działania"],
    ),
    (
        "owner",
        [
            "Owner",
            "Responsable",
            "Responsabile",
            "Responsable",
            "Odpowiedzialny",
        ],
    ),
    ("due", ["Due", "Échéance", "Scadenza", "Plazo", "Termin"]),
    ("status", ["Status", "Statut", "Stato", "Estado", "Status"]),
    (
        "todo",
        ["to do", "à faire", "da fare", "por hacer", "do zrobienia"],
    ),
    (
        "doing",
        ["in progress", "en cours", "in corso", "en curso", "w toku"],
    ),
    ("done", ["done", "fait", "fatto", "hecho", "wykonane"]),
    (
        "none_below",
        [
            "No answered indicator is below its target.",
            "Aucun indicateur renseigné n’est sous sa cible.",
            "Nessun indicatore valutato è sotto l’obiettivo.",
            "Ningún indicador respondido está por debajo de su objetivo.",
            "Żaden oceniony wskaźnik nie jest poniżej celu.",
        ],
    ),
    (
        "more_below",
        [
            "more indicators below target are not listed here.",
            "autres indicateurs sous la cible ne sont pas listés ici.",
            "altri indicatori sotto l’obiettivo non sono elencati qui.",
            "indicadores más por debajo del objetivo no se listan aquí.",
            "kolejnych wskaźników poniżej celu nie wymieniono tutaj.",
        ],
    ),
    (
        "below_target",
        [
            "Below target",
            "Sous la cible",
            "Sotto l’obiettivo",
            "Bajo el objetivo",
            "Poniżej celu",
        ],
    ),
    (
        "strengths_short",
        [
            "At target",
            "À la cible",
            "All’obiettivo",
            "En el objetivo",
            "Cel osiągnięty",
        ],
    ),
    (
        "strengths",
        [
            "Strengths (at or above target)",
            "Points forts (à la cible ou au-delà)",
            "Punti di forza (all’obiettivo o oltre)",
            "Fortalezas (en el objetivo o por encima)",
            "Mocne strony (cel osiągnięty lub przekroczony)",
        ],
    ),
    (
        "not_applicable",
        [
            "Not applicable: indicators and why",
            "Non applicables\u{202f}: indicateurs et raisons",
            "Non applicabili: indicatori e motivi",
            "No aplicables: indicadores y motivos",
            "Nie dotyczy: wskaźniki i powody",
        ],
    ),
    ("reason", ["Reason", "Raison", "Motivo", "Motivo", "Powód"]),
    (
        "no_reason",
        [
            "(no reason given)",
            "(aucune raison donnée)",
            "(nessun motivo indicato)",
            "(sin motivo indicado)",
            "(nie podano powodu)",
        ],
    ),
    (
        "comment",
        [
            "Comment",
            "Commentaire",
            "Commento",
            "Comentario",
            "Komentarz",
        ],
    ),
    (
        "evidence",
        ["Evidence", "Preuves", "Evidenze", "Evidencias", "Dowody"],
    ),
    (
        "importance",
        [
            "Importance",
            "Importance",
            "Importanza",
            "Importancia",
            "Waga",
        ],
    ),
    (
        "planned_action",
        [
            "Planned action",
            "Action prévue",
            "Azione prevista",
            "Acción prevista",
            "Planowane działanie",
        ],
    ),
    (
        "change",
        ["Change", "Évolution", "Variazione", "Cambio", "Zmiana"],
    ),
    (
        "previous",
        [
            "Previous",
            "Précédent",
            "Precedente",
            "Anterior",
            "Poprzednio",
        ],
    ),
    (
        "to_answer",
        [
            "To complete: indicators not answered yet",
            "À compléter\u{202f}: indicateurs sans réponse",
            "Da completare: indicatori senza risposta",
            "Por completar: indicadores sin respuesta",
            "Do uzupełnienia: wskaźniki bez odpowiedzi",
        ],
    ),
    (
        "towards_label",
        [
            "Towards the label",
            "Vers le label",
            "Verso il marchio",
            "Hacia el sello",
            "Na drodze do znaku jakości",
        ],
    ),
    (
        "steps_to_label",
        [
            "To earn the label, bring these indicators to their target:",
            "Pour obtenir le label, amener ces indicateurs à leur cible\u{202f}:",
            "Per ottenere il marchio, portate questi indicatori all’obiettivo:",
            "Para obtener el sello, lleven estos indicadores a su objetivo:",
            "Aby uzyskać znak jakości, doprowadźcie te wskaźniki do celu:",
        ],
    ),
    (
        "steps_not_enough",
        [
            "Reaching every target is not enough for some rules: see the reasons above.",
            "Atteindre toutes les cibles ne suffit pas pour certaines règles\u{202f}: voir les raisons ci-dessus.",
            "Raggiungere tutti gli obiettivi non basta per alcune regole: vedete i motivi sopra.",
            "Alcanzar todos los objetivos no basta para algunas reglas: vean los motivos arriba.",
            "Osiągnięcie wszystkich celów nie wystarczy dla niektórych reguł: zob. powody powyżej.",
        ],
    ),
    ("page", ["page", "page", "pagina", "página", "strona"]),
];

/// A plan word in `lang`: the plan's catalogue first, then the shared one.
pub fn word(key: &str, lang: &str) -> &'static str {
    crate::i18n::word(PLAN, key, lang)
}

/// A planned action's status in words (`à faire`), for every document that shows one.
pub fn status(s: crate::assessment::ActionStatus, lang: &str) -> &'static str {
    use crate::assessment::ActionStatus;
    let key = match s {
        ActionStatus::Todo => "todo",
        ActionStatus::Doing => "doing",
        ActionStatus::Done => "done",
    };
    word(key, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LANGUAGES;

    #[test]
    fn every_word_is_written_in_every_language() {
        for (key, words) in PLAN {
            assert!(
                words.iter().all(|w| !w.is_empty()),
                "{key} has an empty translation"
            );
        }
        for lang in LANGUAGES {
            assert!(!word("coverage", lang).is_empty());
        }
        assert_eq!(word("due", "pl"), "Termin");
        assert_eq!(word("title", "xx"), "Action plan");
    }
}
