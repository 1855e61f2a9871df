//! The guide's and the form's own words (columns en, fr, it, es, pl); shared ones come
//! from `i18n::COMMON`. `{name}` marks a value filled in by `content`.

use crate::i18n::Catalogue;

pub const GUIDE: Catalogue = &[
    (
        "guide",
        [
            "Self-assessment guide",
            "Guide de l’auto-évaluation",
            "Guida all’autovalutazione",
            "Guía de la autoevaluación",
            "Przewodnik samooceny",
        ],
    ),
    (
        "form",
        [
            "Self-assessment form",
            "Formulaire d’auto-évaluation",
            "Modulo di autovalutazione",
            "Formulario de autoevaluación",
            "Formularz samooceny",
        ],
    ),
    (
        "grid",
        ["Grid", "Grille", "Griglia", "Referencial", "Siatka"],
    ),
    (
        "version",
        ["Version", "Version", "Versione", "Versión", "Wersja"],
    ),
    (
        "fingerprint",
        [
            "Fingerprint (SHA-256)",
            "Empreinte (SHA-256)",
            "Impronta (SHA-256)",
            "Huella (SHA-256)",
            "Odcisk (SHA-256)",
        ],
    ),
    (
        "languages",
        ["Languages", "Langues", "Lingue", "Idiomas", "Języki"],
    ),
    ("source", ["Source", "Source", "Fonte", "Fuente", "Źródło"]),
    (
        "contents",
        ["Contents", "Sommaire", "Indice", "Índice", "Spis treści"],
    ),
    ("page", ["page", "page", "pagina", "página", "strona"]),
    (
        "how",
        [
            "How a self-assessment runs",
            "Comment se déroule une auto-évaluation",
            "Come si svolge un’autovalutazione",
            "Cómo se desarrolla una autoevaluación",
            "Jak przebiega samoocena",
        ],
    ),
    (
        "about_grid",
        [
            "About this grid",
            "À propos de cette grille",
            "Questa griglia",
            "Sobre este referencial",
            "O tej siatce",
        ],
    ),
    (
        "steps",
        ["The steps", "Les étapes", "Le tappe", "Las etapas", "Etapy"],
    ),
    (
        "who_lead",
        [
            "Who takes part",
            "Qui participe",
            "Chi partecipa",
            "Quién participa",
            "Kto bierze udział",
        ],
    ),
    (
        "who",
        [
            "The people who receive, inform and counsel the public, their manager and, when possible, a partner or a user. Name one person to lead the meetings and keep the answers.",
            "Les personnes qui accueillent, informent et conseillent le public, leur responsable et, si possible, un partenaire ou un usager. Une personne anime les réunions et tient les réponses.",
            "Le persone che accolgono, informano e consigliano il pubblico, il loro responsabile e, se possibile, un partner o un utente. Una persona conduce gli incontri e raccoglie le risposte.",
            "Las personas que acogen, informan y asesoran al público, su responsable y, si es posible, una entidad colaboradora o una persona usuaria. Una persona dirige las reuniones y guarda las respuestas.",
            "Osoby, które przyjmują, informują i doradzają, ich przełożony oraz, jeśli to możliwe, partner lub użytkownik. Jedna osoba prowadzi spotkania i zapisuje odpowiedzi.",
        ],
    ),
    (
        "answers_lead",
        [
            "Individual answers, then consensus",
            "Réponses individuelles, puis consensus",
            "Risposte individuali, poi consenso",
            "Respuestas individuales y después consenso",
            "Najpierw odpowiedzi indywidualne, potem uzgodnienie",
        ],
    ),
    (
        "answers",
        [
            "Each person first fills in the form alone, one level per indicator. The group then meets, compares the answers and agrees on one level for the structure; a disagreement is settled by the evidence, and what was said goes into the comment.",
            "Chacun remplit d’abord seul le formulaire, un niveau par indicateur. Le groupe se réunit ensuite, compare les réponses et s’accorde sur un niveau pour la structure\u{202f}; un désaccord se tranche par les preuves, et ce qui a été dit va dans le commentaire.",
            "Ognuno compila prima da solo il modulo, un livello per indicatore. Poi il gruppo si riunisce, confronta le risposte e concorda un livello per la struttura; un disaccordo si risolve con le evidenze e quanto detto va nel commento.",
            "Cada persona rellena primero sola el formulario, un nivel por indicador. Después el grupo se reúne, compara las respuestas y acuerda un nivel para la estructura; un desacuerdo se resuelve con las evidencias y lo dicho se anota en el comentario.",
            "Każdy najpierw samodzielnie wypełnia formularz, wybierając jeden poziom dla każdego wskaźnika. Następnie grupa porównuje odpowiedzi i uzgadnia jeden poziom dla placówki; spór rozstrzygają dowody, a to, co powiedziano, trafia do komentarza.",
        ],
    ),
    (
        "evidence_lead",
        ["Evidence", "Preuves", "Evidenze", "Evidencias", "Dowody"],
    ),
    (
        "evidence_how",
        [
            "A level is worth what shows it: a document, a figure, a user’s view. Note for each indicator where the evidence can be found; the evidence ideas of this guide are examples, not a list to complete.",
            "Un niveau vaut ce qui le montre\u{202f}: un document, un chiffre, l’avis d’un usager. Notez pour chaque indicateur où trouver les preuves\u{202f}; les idées de preuves de ce guide sont des exemples, pas une liste à compléter.",
            "Un livello vale quanto ciò che lo dimostra: un documento, un dato, il parere di un utente. Annotate per ogni indicatore dove si trovano le evidenze; gli spunti di questa guida sono esempi, non un elenco da completare.",
            "Un nivel vale lo que lo demuestra: un documento, una cifra, la opinión de una persona usuaria. Anoten en cada indicador dónde están las evidencias; las ideas de esta guía son ejemplos, no una lista que completar.",
            "Poziom jest wart tyle, ile to, co go potwierdza: dokument, liczba, opinia użytkownika. Przy każdym wskaźniku zapiszcie, gdzie są dowody; propozycje w tym przewodniku to przykłady, a nie lista do wypełnienia.",
        ],
    ),
    (
        "plan_lead",
        [
            "Action plan",
            "Plan d’action",
            "Piano d’azione",
            "Plan de acción",
            "Plan działania",
        ],
    ),
    (
        "plan",
        [
            "Every indicator below its target calls for an action: what will be done, by whom and by when. The suggested actions below are a starting point; aqor plan turns the answers into a ranked action plan.",
            "Tout indicateur sous sa cible appelle une action\u{202f}: quoi, par qui et pour quand. Les actions suggérées ci-dessous sont un point de départ\u{202f}; aqor plan fait des réponses un plan d’action classé par priorité.",
            "Ogni indicatore sotto l’obiettivo richiede un’azione: che cosa, chi e entro quando. Le azioni suggerite qui sotto sono un punto di partenza; aqor plan trasforma le risposte in un piano d’azione ordinato per priorità.",
            "Cada indicador por debajo de su objetivo pide una acción: qué, quién y para cuándo. Las acciones sugeridas más abajo son un punto de partida; aqor plan convierte las respuestas en un plan de acción ordenado por prioridad.",
            "Każdy wskaźnik poniżej celu wymaga działania: co, kto i do kiedy. Proponowane niżej działania są punktem wyjścia; aqor plan zamienia odpowiedzi w plan działania uporządkowany według priorytetów.",
        ],
    ),
    (
        "recognition_how",
        [
            "When the grid has a label, its rules (at the end of this guide) say when a structure earns it. Recognition rewards a sound self-assessment and steady progress; it is checked again at each campaign.",
            "Quand la grille a un label, ses règles (en fin de guide) disent quand une structure l’obtient. La reconnaissance salue une auto-évaluation sérieuse et un progrès suivi\u{202f}; elle se vérifie à chaque campagne.",
            "Quando la griglia prevede un marchio, le sue regole (alla fine della guida) dicono quando una struttura lo ottiene. Il riconoscimento premia un’autovalutazione seria e un progresso costante; si verifica a ogni campagna.",
            "Cuando el referencial tiene un sello, sus reglas (al final de la guía) indican cuándo lo obtiene una estructura. El reconocimiento premia una autoevaluación rigurosa y un progreso constante; se comprueba en cada campaña.",
            "Jeśli siatka przewiduje wyróżnienie, jej reguły (na końcu przewodnika) określają, kiedy placówka je otrzymuje. Wyróżnienie nagradza rzetelną samoocenę i stały postęp; sprawdza się je w każdej kampanii.",
        ],
    ),
    (
        "profiles",
        ["Profiles", "Profils", "Profili", "Perfiles", "Profile"],
    ),
    (
        "profiles_how",
        [
            "Some indicators concern only structures with a given profile; the others are out of scope for them.",
            "Certains indicateurs ne concernent que les structures d’un profil donné\u{202f}; pour les autres, ils sont hors champ.",
            "Alcuni indicatori riguardano solo le strutture con un dato profilo; per le altre sono fuori ambito.",
            "Algunos indicadores solo afectan a las estructuras con un perfil dado; para las demás quedan fuera de alcance.",
            "Niektóre wskaźniki dotyczą tylko placówek o danym profilu; dla pozostałych są poza zakresem.",
        ],
    ),
    (
        "indicators_count",
        [
            "{n} {n|indicator|indicators}, weight {w}",
            "{n} {n|indicateur|indicateurs}, poids {w}",
            "{n} {n|indicatore|indicatori}, peso {w}",
            "{n} {n|indicador|indicadores}, peso {w}",
            "{n} {n|wskaźnik|wskaźniki|wskaźników}, waga {w}",
        ],
    ),
    ("weight", ["Weight", "Poids", "Peso", "Peso", "Waga"]),
    (
        "applies_to",
        [
            "Only for",
            "Seulement pour",
            "Solo per",
            "Solo para",
            "Tylko dla",
        ],
    ),
    (
        "guidance",
        [
            "What to look at",
            "Ce qu’il faut regarder",
            "Che cosa osservare",
            "Qué observar",
            "Na co zwrócić uwagę",
        ],
    ),
    (
        "evidence",
        [
            "Evidence ideas",
            "Idées de preuves",
            "Spunti di evidenze",
            "Ideas de evidencias",
            "Przykładowe dowody",
        ],
    ),
    (
        "levels",
        ["Levels", "Niveaux", "Livelli", "Niveles", "Poziomy"],
    ),
    (
        "description",
        [
            "Description",
            "Description",
            "Descrizione",
            "Descripción",
            "Opis",
        ],
    ),
    (
        "is_target",
        ["target", "cible", "obiettivo", "objetivo", "cel"],
    ),
    (
        "actions",
        [
            "Suggested actions",
            "Actions suggérées",
            "Azioni suggerite",
            "Acciones sugeridas",
            "Proponowane działania",
        ],
    ),
    (
        "below",
        [
            "Below {level}",
            "Sous {level}",
            "Sotto {level}",
            "Por debajo de {level}",
            "Poniżej poziomu {level}",
        ],
    ),
    (
        "rules",
        [
            "The label is earned when every rule holds:",
            "Le label est obtenu quand toutes les règles sont respectées\u{202f}:",
            "Il marchio si ottiene quando tutte le regole sono rispettate:",
            "El sello se obtiene cuando se cumplen todas las reglas:",
            "Wyróżnienie przyznaje się, gdy spełnione są wszystkie reguły:",
        ],
    ),
    (
        "rules_scope",
        [
            "Indicators outside a structure’s profiles, or answered “not applicable”, do not count against it.",
            "Les indicateurs hors des profils d’une structure, ou répondus « sans objet », ne comptent pas contre elle.",
            "Gli indicatori fuori dai profili di una struttura, o con risposta «non pertinente», non contano a suo sfavore.",
            "Los indicadores ajenos a los perfiles de una estructura, o respondidos «no aplicable», no cuentan en su contra.",
            "Wskaźniki spoza profili placówki lub z odpowiedzią „nie dotyczy” nie działają na jej niekorzyść.",
        ],
    ),
    (
        "no_label",
        [
            "This grid has no label: its scores serve progress only.",
            "Cette grille n’a pas de label\u{202f}: ses scores servent seulement au progrès.",
            "Questa griglia non prevede un marchio: i punteggi servono solo al miglioramento.",
            "Este referencial no tiene sello: sus puntuaciones solo sirven para mejorar.",
            "Ta siatka nie przewiduje wyróżnienia: wyniki służą tylko doskonaleniu.",
        ],
    ),
    (
        "min_overall",
        [
            "an overall score of at least {min} %",
            "un score global d’au moins {min} %",
            "un punteggio complessivo di almeno il {min} %",
            "una puntuación global de al menos el {min} %",
            "wynik ogólny co najmniej {min} %",
        ],
    ),
    (
        "min_criterion",
        [
            "every criterion at {min} % or more",
            "chaque critère à {min} % ou plus",
            "ogni criterio al {min} % o più",
            "cada criterio al {min} % o más",
            "każde kryterium na poziomie co najmniej {min} %",
        ],
    ),
    (
        "min_coverage",
        [
            "at least {min} % of the indicators that apply answered",
            "au moins {min} % des indicateurs applicables renseignés",
            "almeno il {min} % degli indicatori pertinenti con risposta",
            "al menos el {min} % de los indicadores aplicables respondidos",
            "odpowiedź na co najmniej {min} % wskaźników, które mają zastosowanie",
        ],
    ),
    (
        "max_below_target",
        [
            "at most {max} {max|indicator|indicators} below {max|its|their} target",
            "au plus {max} {max|indicateur|indicateurs} sous {max|sa|leur} cible",
            "al massimo {max} {max|indicatore|indicatori} sotto l’obiettivo",
            "como máximo {max} {max|indicador|indicadores} por debajo de su objetivo",
            "najwyżej {max} {max|wskaźnik|wskaźniki|wskaźników} poniżej celu",
        ],
    ),
    (
        "no_level",
        [
            "no indicator answered at {levels}",
            "aucun indicateur au niveau {levels}",
            "nessun indicatore al livello {levels}",
            "ningún indicador en el nivel {levels}",
            "żaden wskaźnik na poziomie {levels}",
        ],
    ),
    (
        "max_level_count",
        [
            "at most {count} {count|answer|answers} at {level}",
            "au plus {count} {count|réponse|réponses} au niveau {level}",
            "al massimo {count} {count|risposta|risposte} al livello {level}",
            "como máximo {count} {count|respuesta|respuestas} en el nivel {level}",
            "najwyżej {count} {count|odpowiedź|odpowiedzi|odpowiedzi} na poziomie {level}",
        ],
    ),
    (
        "at_target",
        [
            "these indicators at their target: {ids}",
            "ces indicateurs à leur cible\u{202f}: {ids}",
            "questi indicatori al loro obiettivo: {ids}",
            "estos indicadores en su objetivo: {ids}",
            "te wskaźniki na poziomie celu: {ids}",
        ],
    ),
    (
        "glossary",
        [
            "Glossary of levels",
            "Glossaire des niveaux",
            "Glossario dei livelli",
            "Glosario de niveles",
            "Słowniczek poziomów",
        ],
    ),
    ("scale", ["Scale", "Échelle", "Scala", "Escala", "Skala"]),
    (
        "na_how",
        [
            "The indicator does not concern the structure; it is left out of its scores.",
            "L’indicateur ne concerne pas la structure\u{202f}; il est exclu de ses scores.",
            "L’indicatore non riguarda la struttura; è escluso dai suoi punteggi.",
            "El indicador no afecta a la estructura; queda fuera de sus puntuaciones.",
            "Wskaźnik nie dotyczy placówki; nie wlicza się go do jej wyników.",
        ],
    ),
    (
        "respondent",
        [
            "Who answers",
            "Qui répond",
            "Chi compila",
            "Quién responde",
            "Kto wypełnia",
        ],
    ),
    (
        "tick_one",
        [
            "Level (tick one)",
            "Niveau (cocher une case)",
            "Livello (barrate una casella)",
            "Nivel (marquen una casilla)",
            "Poziom (zaznaczcie jedno pole)",
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
        "evidence_field",
        ["Evidence", "Preuves", "Evidenze", "Evidencias", "Dowody"],
    ),
    (
        "importance",
        [
            "Importance for the public (1 low … 4 high)",
            "Importance pour le public (1 faible … 4 forte)",
            "Importanza per il pubblico (1 bassa … 4 alta)",
            "Importancia para el público (1 baja … 4 alta)",
            "Znaczenie dla odbiorców (1 małe … 4 duże)",
        ],
    ),
    (
        "action",
        [
            "Action (what, who, by when)",
            "Action (quoi, qui, pour quand)",
            "Azione (che cosa, chi, entro quando)",
            "Acción (qué, quién, para cuándo)",
            "Działanie (co, kto, do kiedy)",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_written_in_every_language() {
        for (key, words) in GUIDE {
            for w in words {
                assert!(!w.trim().is_empty(), "{key}");
            }
            // The values named, plural places counted once whatever their forms.
            let vars = crate::i18n::places;
            for w in &words[1..] {
                assert_eq!(vars(w), vars(words[0]), "{key}: {w}");
            }
        }
    }
}
