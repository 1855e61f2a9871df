//! The words `aqor assess` says, in en, fr, it, es, pl (grid texts come from the grid).

use aqor::i18n::Catalogue;

/// The word for `key` in `lang`: this catalogue first, then the words every report shares.
pub fn w(key: &str, lang: &str) -> &'static str {
    let word = aqor::i18n::word(WORDS, key, lang);
    debug_assert!(!word.is_empty(), "no word `{key}`");
    word
}

/// Rows of (key, [en, fr, it, es, pl]).
pub const WORDS: Catalogue = &[
    (
        "answered",
        [
            "answered",
            "répondus",
            "con risposta",
            "respondidos",
            "z odpowiedzią",
        ],
    ),
    (
        "evidence_examples",
        [
            "Examples of evidence:",
            "Exemples de preuves\u{202f}:",
            "Esempi di evidenze:",
            "Ejemplos de evidencias:",
            "Przykłady dowodów:",
        ],
    ),
    (
        "levels",
        [
            "Levels:",
            "Niveaux\u{202f}:",
            "Livelli:",
            "Niveles:",
            "Poziomy:",
        ],
    ),
    (
        "target_word",
        ["target", "cible", "obiettivo", "objetivo", "cel"],
    ),
    (
        "current_answer",
        [
            "Current answer",
            "Réponse actuelle",
            "Risposta attuale",
            "Respuesta actual",
            "Obecna odpowiedź",
        ],
    ),
    (
        "your_level",
        [
            "your level?",
            "votre niveau\u{202f}?",
            "il tuo livello?",
            "¿tu nivel?",
            "twój poziom?",
        ],
    ),
    (
        "help_select",
        [
            "↑↓ then Enter, or type a key",
            "↑↓ puis Entrée, ou tapez une touche",
            "↑↓ poi Invio, o digita un tasto",
            "↑↓ e Intro, o escribe una tecla",
            "↑↓ i Enter albo wpisz klawisz",
        ],
    ),
    (
        "nav_back",
        [
            "back to the previous indicator",
            "revenir à l'indicateur précédent",
            "torna all'indicatore precedente",
            "volver al indicador anterior",
            "wróć do poprzedniego wskaźnika",
        ],
    ),
    (
        "nav_skip",
        [
            "skip (leave unanswered)",
            "passer (laisser sans réponse)",
            "salta (lascia senza risposta)",
            "saltar (dejar sin respuesta)",
            "pomiń (bez odpowiedzi)",
        ],
    ),
    (
        "nav_goto",
        [
            "go to an indicator…",
            "aller à un indicateur…",
            "vai a un indicatore…",
            "ir a un indicador…",
            "przejdź do wskaźnika…",
        ],
    ),
    (
        "nav_review",
        [
            "review all answers",
            "relire toutes les réponses",
            "rivedi tutte le risposte",
            "revisar todas las respuestas",
            "przejrzyj wszystkie odpowiedzi",
        ],
    ),
    (
        "nav_finish",
        [
            "finish and show the scores",
            "terminer et voir les scores",
            "termina e mostra i punteggi",
            "terminar y ver las puntuaciones",
            "zakończ i pokaż wyniki",
        ],
    ),
    (
        "suggested_actions",
        [
            "Actions the grid suggests:",
            "Actions proposées par la grille\u{202f}:",
            "Azioni suggerite dalla griglia:",
            "Acciones que sugiere el referencial:",
            "Działania proponowane w siatce:",
        ],
    ),
    (
        "q_reason",
        [
            "Why does it not apply?",
            "Pourquoi ne s'applique-t-il pas\u{202f}?",
            "Perché non si applica?",
            "¿Por qué no se aplica?",
            "Dlaczego nie dotyczy?",
        ],
    ),
    (
        "q_comment",
        [
            "Comment",
            "Commentaire",
            "Commento",
            "Comentario",
            "Komentarz",
        ],
    ),
    (
        "q_evidence",
        ["Evidence", "Preuves", "Evidenze", "Evidencias", "Dowody"],
    ),
    (
        "q_importance",
        [
            "Importance for the public (1–4)",
            "Importance pour le public (1–4)",
            "Importanza per il pubblico (1–4)",
            "Importancia para el público (1–4)",
            "Znaczenie dla odbiorców (1–4)",
        ],
    ),
    (
        "q_action",
        [
            "Action to take",
            "Action à mener",
            "Azione da svolgere",
            "Acción a realizar",
            "Działanie do podjęcia",
        ],
    ),
    (
        "q_owner",
        [
            "Who is in charge?",
            "Qui en est chargé\u{202f}?",
            "Chi se ne occupa?",
            "¿Quién se encarga?",
            "Kto odpowiada?",
        ],
    ),
    (
        "q_due",
        ["Due date", "Échéance", "Scadenza", "Fecha límite", "Termin"],
    ),
    (
        "help_optional",
        [
            "optional · Enter to go on",
            "facultatif · Entrée pour continuer",
            "facoltativo · Invio per continuare",
            "opcional · Intro para seguir",
            "opcjonalne · Enter, aby przejść dalej",
        ],
    ),
    (
        "help_reason",
        [
            "a few words, kept as the comment",
            "quelques mots, gardés comme commentaire",
            "poche parole, tenute come commento",
            "unas palabras, guardadas como comentario",
            "kilka słów, zapisanych jako komentarz",
        ],
    ),
    (
        "help_importance",
        [
            "1 low … 4 high; it weighs the action's priority · Enter to skip",
            "1 faible … 4 forte\u{202f}; elle pondère la priorité de l'action · Entrée pour passer",
            "1 bassa … 4 alta; pesa la priorità dell'azione · Invio per saltare",
            "1 baja … 4 alta; pondera la prioridad de la acción · Intro para omitir",
            "1 niskie … 4 wysokie; waży priorytet działania · Enter, aby pominąć",
        ],
    ),
    (
        "help_due",
        [
            "YYYY-MM-DD or DD/MM/YYYY · Enter to skip",
            "AAAA-MM-JJ ou JJ/MM/AAAA · Entrée pour passer",
            "AAAA-MM-GG o GG/MM/AAAA · Invio per saltare",
            "AAAA-MM-DD o DD/MM/AAAA · Intro para omitir",
            "RRRR-MM-DD lub DD/MM/RRRR · Enter, aby pominąć",
        ],
    ),
    (
        "err_reason",
        [
            "Say in a few words why it does not apply.",
            "Dites en quelques mots pourquoi il ne s'applique pas.",
            "Spiega in poche parole perché non si applica.",
            "Di en pocas palabras por qué no se aplica.",
            "Napisz krótko, dlaczego nie dotyczy.",
        ],
    ),
    (
        "err_importance",
        [
            "importance is a number from 1 to 4",
            "l'importance est un nombre de 1 à 4",
            "l'importanza è un numero da 1 a 4",
            "la importancia es un número del 1 al 4",
            "znaczenie to liczba od 1 do 4",
        ],
    ),
    (
        "err_date",
        [
            "not a date; write 2027-03-31 or 31/03/2027",
            "pas une date\u{202f}; écrivez 2027-03-31 ou 31/03/2027",
            "non è una data; scrivi 2027-03-31 o 31/03/2027",
            "no es una fecha; escribe 2027-03-31 o 31/03/2027",
            "to nie data; wpisz 2027-03-31 lub 31/03/2027",
        ],
    ),
    (
        "err_date_past",
        [
            "is before the assessment date",
            "est avant la date de l'évaluation",
            "è prima della data della valutazione",
            "es anterior a la fecha de la evaluación",
            "jest przed datą oceny",
        ],
    ),
    (
        "err_required",
        [
            "This one is needed.",
            "Celle-ci est nécessaire.",
            "Questo è necessario.",
            "Este dato es necesario.",
            "To pole jest wymagane.",
        ],
    ),
    (
        "goto_question",
        [
            "Go to indicator (id)",
            "Aller à l'indicateur (identifiant)",
            "Vai all'indicatore (id)",
            "Ir al indicador (id)",
            "Przejdź do wskaźnika (id)",
        ],
    ),
    (
        "help_goto",
        [
            "e.g. {id}",
            "par ex. {id}",
            "ad es. {id}",
            "p. ej. {id}",
            "np. {id}",
        ],
    ),
    (
        "out_of_scope",
        [
            "does not apply to this structure's profiles",
            "ne concerne pas les profils de cette structure",
            "non riguarda i profili di questa struttura",
            "no corresponde a los perfiles de esta estructura",
            "nie dotyczy profili tego podmiotu",
        ],
    ),
    (
        "did_you_mean",
        [
            "no such indicator; did you mean",
            "pas d'indicateur de ce nom\u{202f}; vouliez-vous dire",
            "nessun indicatore con questo id; forse",
            "no existe ese indicador; ¿querías decir",
            "nie ma takiego wskaźnika; czy chodziło o",
        ],
    ),
    (
        "no_such_indicator",
        [
            "no such indicator in this grid",
            "pas d'indicateur de ce nom dans la grille",
            "nessun indicatore con questo id nella griglia",
            "no existe ese indicador en el referencial",
            "nie ma takiego wskaźnika w siatce",
        ],
    ),
    (
        "review_title",
        ["Review", "Relecture", "Revisione", "Revisión", "Przegląd"],
    ),
    (
        "review_question",
        [
            "Change an answer, or finish",
            "Modifier une réponse, ou terminer",
            "Modificare una risposta, o terminare",
            "Cambiar una respuesta, o terminar",
            "Zmień odpowiedź albo zakończ",
        ],
    ),
    (
        "help_review",
        [
            "↑↓ then Enter, or type an id",
            "↑↓ puis Entrée, ou tapez un identifiant",
            "↑↓ poi Invio, o digita un id",
            "↑↓ e Intro, o escribe un id",
            "↑↓ i Enter albo wpisz id",
        ],
    ),
    (
        "esc_back",
        [
            "Esc: back",
            "Échap\u{202f}: retour",
            "Esc: indietro",
            "Esc: atrás",
            "Esc: wstecz",
        ],
    ),
    (
        "plain_intro",
        [
            "Type a key or a text, then Enter. Enter alone keeps the value in [brackets]; < goes back; - empties a text; the end of input stops (answers are kept).",
            "Tapez une touche ou un texte, puis Entrée. Entrée seule garde la valeur entre [crochets]\u{202f}; < revient en arrière\u{202f}; - vide un texte\u{202f}; la fin de l'entrée arrête (les réponses sont gardées).",
            "Digita un tasto o un testo, poi Invio. Invio da solo tiene il valore tra [parentesi]; < torna indietro; - svuota un testo; la fine dell'input interrompe (le risposte restano).",
            "Escribe una tecla o un texto y pulsa Intro. Intro solo mantiene el valor entre [corchetes]; < vuelve atrás; - vacía un texto; el fin de la entrada detiene (las respuestas se conservan).",
            "Wpisz klawisz lub tekst i naciśnij Enter. Sam Enter zostawia wartość w [nawiasach]; < cofa; - czyści tekst; koniec wejścia przerywa (odpowiedzi zostają).",
        ],
    ),
    (
        "to_earn_it",
        [
            "To earn it:",
            "Pour l'obtenir\u{202f}:",
            "Per ottenerlo:",
            "Para obtenerlo:",
            "Aby je uzyskać:",
        ],
    ),
    (
        "steps_not_enough",
        [
            " (not enough on their own)",
            " (pas suffisant à lui seul)",
            " (non basta da solo)",
            " (no basta por sí solo)",
            " (samo to nie wystarczy)",
        ],
    ),
    (
        "keep_or_clear",
        [
            "Enter keeps it, - empties it",
            "Entrée la garde, - la vide",
            "Invio lo tiene, - lo svuota",
            "Intro lo mantiene, - lo vacía",
            "Enter zostawia, - czyści",
        ],
    ),
    (
        "type_one_of",
        [
            "type one of:",
            "tapez l'un de\u{202f}:",
            "digita uno tra:",
            "escribe uno de:",
            "wpisz jedno z:",
        ],
    ),
    (
        "q_structure_id",
        [
            "Structure id",
            "Identifiant de la structure",
            "Identificativo della struttura",
            "Identificador de la estructura",
            "Identyfikator podmiotu",
        ],
    ),
    (
        "help_structure_id",
        [
            "short and stable, e.g. careers-leeds",
            "court et stable, par ex. cio-blois",
            "breve e stabile, ad es. cpi-torino",
            "corto y estable, p. ej. orienta-sevilla",
            "krótki i stały, np. ppp-lodz",
        ],
    ),
    (
        "q_structure_name",
        [
            "Structure name",
            "Nom de la structure",
            "Nome della struttura",
            "Nombre de la estructura",
            "Nazwa podmiotu",
        ],
    ),
    ("q_network", ["Network", "Réseau", "Rete", "Red", "Sieć"]),
    (
        "q_assessor",
        [
            "Who answers?",
            "Qui répond\u{202f}?",
            "Chi risponde?",
            "¿Quién responde?",
            "Kto odpowiada na pytania?",
        ],
    ),
    (
        "q_profiles",
        [
            "Which profiles does the structure have?",
            "Quels profils a la structure\u{202f}?",
            "Quali profili ha la struttura?",
            "¿Qué perfiles tiene la estructura?",
            "Jakie profile ma podmiot?",
        ],
    ),
    (
        "help_profiles",
        [
            "Space ticks, Enter confirms; indicators for other profiles are not asked",
            "Espace coche, Entrée valide\u{202f}; les indicateurs d'autres profils ne sont pas posés",
            "Spazio seleziona, Invio conferma; gli indicatori di altri profili non sono chiesti",
            "Espacio marca, Intro confirma; no se preguntan indicadores de otros perfiles",
            "Spacja zaznacza, Enter zatwierdza; wskaźniki innych profili są pomijane",
        ],
    ),
    (
        "saved_as_you_go",
        [
            "Every answer is saved at once in",
            "Chaque réponse est enregistrée aussitôt dans",
            "Ogni risposta è salvata subito in",
            "Cada respuesta se guarda al momento en",
            "Każda odpowiedź jest od razu zapisywana w",
        ],
    ),
    (
        "resuming",
        [
            "Resuming",
            "Reprise de",
            "Ripresa di",
            "Se reanuda",
            "Wznowienie",
        ],
    ),
    (
        "continuing_at",
        [
            "continuing at",
            "suite à",
            "si continua da",
            "se sigue en",
            "dalej od",
        ],
    ),
    (
        "all_answered",
        [
            "every indicator is answered: here is the review.",
            "tous les indicateurs ont une réponse\u{202f}: voici la relecture.",
            "tutti gli indicatori hanno una risposta: ecco la revisione.",
            "todos los indicadores tienen respuesta: esta es la revisión.",
            "wszystkie wskaźniki mają odpowiedź: oto przegląd.",
        ],
    ),
    (
        "stopped_saved",
        [
            "Stopped. Every answer given is saved in",
            "Arrêt. Toutes les réponses données sont enregistrées dans",
            "Interrotto. Tutte le risposte date sono salvate in",
            "Detenido. Todas las respuestas dadas están guardadas en",
            "Przerwano. Wszystkie udzielone odpowiedzi są zapisane w",
        ],
    ),
    (
        "resume_hint",
        [
            "To resume, run again:",
            "Pour reprendre, relancez\u{202f}:",
            "Per riprendere, rilancia:",
            "Para continuar, vuelve a ejecutar:",
            "Aby wznowić, uruchom ponownie:",
        ],
    ),
    (
        "nothing_written",
        [
            "Stopped; nothing was written.",
            "Arrêt\u{202f}; rien n'a été écrit.",
            "Interrotto; nulla è stato scritto.",
            "Detenido; no se ha escrito nada.",
            "Przerwano; nic nie zapisano.",
        ],
    ),
    (
        "summary_title",
        ["Scores", "Scores", "Punteggi", "Puntuaciones", "Wyniki"],
    ),
    (
        "priorities",
        [
            "Highest priorities:",
            "Priorités les plus fortes\u{202f}:",
            "Priorità più alte:",
            "Prioridades más altas:",
            "Najwyższe priorytety:",
        ],
    ),
    (
        "no_priorities",
        [
            "none: every answered indicator is at its target",
            "aucune\u{202f}: chaque indicateur répondu atteint sa cible",
            "nessuna: ogni indicatore con risposta raggiunge l'obiettivo",
            "ninguna: cada indicador respondido alcanza su objetivo",
            "brak: każdy wskaźnik z odpowiedzią osiąga cel",
        ],
    ),
    (
        "unanswered_left",
        [
            "indicator(s) left unanswered; run the same command again to complete them.",
            "indicateur(s) sans réponse\u{202f}; relancez la même commande pour les compléter.",
            "indicatore/i senza risposta; rilancia lo stesso comando per completarli.",
            "indicador(es) sin respuesta; vuelve a ejecutar el mismo comando para completarlos.",
            "wskaźnik(i) bez odpowiedzi; uruchom to samo polecenie, aby je uzupełnić.",
        ],
    ),
    (
        "plan_hint",
        [
            "The PDF action plan:",
            "Le plan d'action en PDF\u{202f}:",
            "Il piano d'azione in PDF:",
            "El plan de acción en PDF:",
            "Plan działań w PDF:",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use aqor::i18n::{COMMON, tr};

    #[test]
    fn every_word_exists_in_every_language_once() {
        for (i, (key, words)) in WORDS.iter().enumerate() {
            assert!(words.iter().all(|w| !w.is_empty()), "{key}");
            assert!(!WORDS[..i].iter().any(|(k, _)| k == key), "{key} twice");
            assert!(
                tr(COMMON, key, "en").is_empty(),
                "{key} is in COMMON already"
            );
        }
        assert_eq!(w("coverage", "fr"), "Couverture");
        assert_eq!(w("answered", "de"), "answered");
    }
}
