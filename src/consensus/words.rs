//! The consensus meeting document's words (columns en, fr, it, es, pl).

use crate::i18n::Catalogue;

pub fn word(key: &str, lang: &str) -> &'static str {
    crate::i18n::word(WORDS, key, lang)
}

pub const WORDS: Catalogue = &[
    (
        "title",
        [
            "Consensus meeting",
            "Réunion de consensus",
            "Riunione di consenso",
            "Reunión de consenso",
            "Spotkanie konsensusowe",
        ],
    ),
    (
        "method",
        [
            "Each respondent answered alone. The draft takes the median level (the lower middle one for an even count); the split indicators come first: the meeting decides them.",
            "Chaque répondant a répondu seul. Le brouillon retient le niveau médian (le plus bas des deux du milieu pour un nombre pair)\u{202f}; les indicateurs partagés viennent d’abord\u{202f}: la réunion les tranche.",
            "Ogni rispondente ha risposto da solo. La bozza prende il livello mediano (il più basso dei due centrali per un numero pari); gli indicatori divisi vengono prima: la riunione li decide.",
            "Cada encuestado respondió solo. El borrador toma el nivel mediano (el más bajo de los dos centrales para un número par); los indicadores divididos van primero: la reunión los decide.",
            "Każdy respondent odpowiadał sam. Projekt przyjmuje poziom środkowy (niższy z dwóch środkowych przy parzystej liczbie); rozbieżne wskaźniki są pierwsze: rozstrzyga je spotkanie.",
        ],
    ),
    (
        "campaign",
        ["Campaign", "Campagne", "Campagna", "Campaña", "Kampania"],
    ),
    (
        "respondents",
        [
            "Respondents",
            "Répondants",
            "Rispondenti",
            "Encuestados",
            "Respondenci",
        ],
    ),
    (
        "respondent",
        [
            "Respondent",
            "Répondant",
            "Rispondente",
            "Encuestado",
            "Respondent",
        ],
    ),
    (
        "split",
        [
            "Split: to discuss",
            "Partagés\u{202f}: à discuter",
            "Divisi: da discutere",
            "Divididos: a discutir",
            "Rozbieżne: do omówienia",
        ],
    ),
    (
        "close",
        [
            "Close: within one level",
            "Proches\u{202f}: à un niveau près",
            "Vicini: entro un livello",
            "Cercanos: a un nivel",
            "Bliskie: w granicach jednego poziomu",
        ],
    ),
    (
        "unanimous",
        [
            "Unanimous",
            "Unanimes",
            "Unanimi",
            "Unánimes",
            "Jednomyślne",
        ],
    ),
    (
        "class_split",
        ["split", "partagé", "diviso", "dividido", "rozbieżny"],
    ),
    (
        "class_close",
        ["close", "proche", "vicino", "cercano", "bliski"],
    ),
    (
        "class_unanimous",
        ["unanimous", "unanime", "unanime", "unánime", "jednomyślny"],
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
        ["Evidence", "Preuve", "Evidenza", "Evidencia", "Dowód"],
    ),
    (
        "action",
        [
            "Proposed action",
            "Action proposée",
            "Azione proposta",
            "Acción propuesta",
            "Proponowane działanie",
        ],
    ),
    (
        "spread",
        [
            "Spread (levels)",
            "Écart (niveaux)",
            "Scarto (livelli)",
            "Dispersión (niveles)",
            "Rozrzut (poziomy)",
        ],
    ),
    (
        "counts",
        [
            "Answers per level",
            "Réponses par niveau",
            "Risposte per livello",
            "Respuestas por nivel",
            "Odpowiedzi na poziom",
        ],
    ),
    ("weight", ["Weight", "Poids", "Peso", "Peso", "Waga"]),
    (
        "agreed",
        [
            "Agreed level",
            "Niveau retenu",
            "Livello concordato",
            "Nivel acordado",
            "Uzgodniony poziom",
        ],
    ),
    ("why", ["Why", "Pourquoi", "Perché", "Por qué", "Dlaczego"]),
    ("none", ["None.", "Aucun.", "Nessuno.", "Ninguno.", "Brak."]),
    (
        "importance",
        [
            "importance",
            "importance",
            "importanza",
            "importancia",
            "ważność",
        ],
    ),
    ("page", ["page", "page", "pagina", "página", "strona"]),
    (
        "network_title",
        [
            "Agreement across the network",
            "L’accord dans le réseau",
            "L’accordo nella rete",
            "El acuerdo en la red",
            "Zgodność w sieci",
        ],
    ),
    (
        "network_intro",
        [
            "{n} groups (a structure in a campaign). Per indicator, in how many the respondents were split, close or unanimous, the most often split first: where a network's people read an indicator differently, a shared understanding is to build, a need as telling as a low score.",
            "{n} groupes (une structure dans une campagne). Par indicateur, dans combien les répondants étaient partagés, proches ou unanimes, les plus souvent partagés d’abord\u{202f}: là où les équipes d’un réseau lisent un indicateur différemment, une compréhension commune est à construire, un besoin aussi parlant qu’un score bas.",
            "{n} gruppi (una struttura in una campagna). Per indicatore, in quanti i rispondenti erano divisi, vicini o unanimi, i più spesso divisi prima: dove le persone di una rete leggono un indicatore in modo diverso, va costruita una comprensione comune, un bisogno eloquente quanto un punteggio basso.",
            "{n} grupos (una estructura en una campaña). Por indicador, en cuántos los encuestados estaban divididos, cercanos o unánimes, los más a menudo divididos primero: donde las personas de una red leen un indicador de forma distinta, hay que construir una comprensión común, una necesidad tan elocuente como una puntuación baja.",
            "{n} grup (podmiot w kampanii). Dla każdego wskaźnika: w ilu grupach respondenci byli rozbieżni, bliscy lub jednomyślni, najczęściej rozbieżne najpierw: tam, gdzie ludzie sieci różnie rozumieją wskaźnik, trzeba zbudować wspólne rozumienie — potrzeba równie wymowna jak niski wynik.",
        ],
    ),
    ("team", ["team", "équipe", "gruppo", "equipo", "zespół"]),
    (
        "management",
        [
            "management",
            "direction",
            "direzione",
            "dirección",
            "kierownictwo",
        ],
    ),
    (
        "partner",
        ["partner", "partenaire", "partner", "socio", "partner"],
    ),
    (
        "user",
        ["user", "usager", "utente", "usuario", "użytkownik"],
    ),
];
