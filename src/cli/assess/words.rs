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
            "Current answer: {answer}",
            "Réponse actuelle\u{202f}: {answer}",
            "Risposta attuale: {answer}",
            "Respuesta actual: {answer}",
            "Obecna odpowiedź: {answer}",
        ],
    ),
    (
        "your_level",
        [
            "your level?",
            "votre niveau\u{202f}?",
            "il vostro livello?",
            "¿su nivel?",
            "wasz poziom?",
        ],
    ),
    (
        "help_select",
        [
            "↑↓ then Enter, or type a key",
            "↑↓ puis Entrée, ou tapez une touche",
            "↑↓ poi Invio, o premete un tasto",
            "↑↓ e Intro, o pulsen una tecla",
            "↑↓ i Enter albo wpiszcie klawisz",
        ],
    ),
    (
        "nav_back",
        [
            "back to the previous indicator",
            "revenir à l’indicateur précédent",
            "tornare all’indicatore precedente",
            "volver al indicador anterior",
            "wróćcie do poprzedniego wskaźnika",
        ],
    ),
    (
        "nav_skip",
        [
            "skip (leave unanswered)",
            "passer (laisser sans réponse)",
            "saltare (lasciare senza risposta)",
            "saltar (dejar sin respuesta)",
            "pomińcie (bez odpowiedzi)",
        ],
    ),
    (
        "nav_goto",
        [
            "go to an indicator…",
            "aller à un indicateur…",
            "andare a un indicatore…",
            "ir a un indicador…",
            "przejdź do wskaźnika…",
        ],
    ),
    (
        "nav_review",
        [
            "review all answers",
            "relire toutes les réponses",
            "rivedere tutte le risposte",
            "revisar todas las respuestas",
            "przejrzyjcie wszystkie odpowiedzi",
        ],
    ),
    (
        "nav_finish",
        [
            "finish and show the scores",
            "terminer et voir les scores",
            "terminare e mostrare i punteggi",
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
            "Pourquoi ne s’applique-t-il pas\u{202f}?",
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
            "1 faible … 4 forte\u{202f}; elle pondère la priorité de l’action · Entrée pour passer",
            "1 bassa … 4 alta; pesa la priorità dell’azione · Invio per saltare",
            "1 baja … 4 alta; pondera la prioridad de la acción · Intro para omitir",
            "1 niskie … 4 wysokie; waży priorytet działania · Enter, aby pominąć",
        ],
    ),
    (
        "help_due",
        [
            "YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY · Enter to skip",
            "AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA · Entrée pour passer",
            "AAAA-MM-GG, GG/MM/AAAA o GG.MM.AAAA · Invio per saltare",
            "AAAA-MM-DD, DD/MM/AAAA o DD.MM.AAAA · Intro para omitir",
            "RRRR-MM-DD, DD/MM/RRRR lub DD.MM.RRRR · Enter, aby pominąć",
        ],
    ),
    (
        "err_reason",
        [
            "Say in a few words why it does not apply.",
            "Dites en quelques mots pourquoi il ne s’applique pas.",
            "Spiegate in poche parole perché non si applica.",
            "Digan en pocas palabras por qué no se aplica.",
            "Napiszcie krótko, dlaczego nie dotyczy.",
        ],
    ),
    (
        "err_importance",
        [
            "importance is a number from 1 to 4",
            "l’importance est un nombre de 1 à 4",
            "l’importanza è un numero da 1 a 4",
            "la importancia es un número del 1 al 4",
            "znaczenie to liczba od 1 do 4",
        ],
    ),
    (
        "err_date",
        [
            "not a date; write 2027-03-31, 31/03/2027 or 31.03.2027",
            "pas une date\u{202f}; écrivez 2027-03-31, 31/03/2027 ou 31.03.2027",
            "non è una data; scrivete 2027-03-31, 31/03/2027 o 31.03.2027",
            "no es una fecha; escriban 2027-03-31, 31/03/2027 o 31.03.2027",
            "to nie data; wpiszcie 2027-03-31, 31/03/2027 lub 31.03.2027",
        ],
    ),
    (
        "err_date_past",
        [
            "is before the assessment date",
            "est avant la date de l’évaluation",
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
            "Aller à l’indicateur (identifiant)",
            "Andare all’indicatore (id)",
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
            "pas d’indicateur de ce nom\u{202f}; vouliez-vous dire",
            "nessun indicatore con questo id; forse intendevate",
            "no existe ese indicador; ¿querían decir",
            "nie ma takiego wskaźnika; czy chodziło o",
        ],
    ),
    (
        "no_such_indicator",
        [
            "no such indicator in this grid",
            "pas d’indicateur de ce nom dans la grille",
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
            "↑↓ poi Invio, o digitate un id",
            "↑↓ e Intro, o escriban un id",
            "↑↓ i Enter albo wpiszcie id",
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
            "Tapez une touche ou un texte, puis Entrée. Entrée seule garde la valeur entre [crochets]\u{202f}; < revient en arrière\u{202f}; - vide un texte\u{202f}; la fin de l’entrée arrête (les réponses sont gardées).",
            "Premete un tasto o scrivete un testo, poi Invio. Invio da solo tiene il valore tra [parentesi]; < torna indietro; - svuota un testo; la fine dell’input interrompe (le risposte restano).",
            "Pulsen una tecla o escriban un texto y luego Intro. Intro solo mantiene el valor entre [corchetes]; < vuelve atrás; - vacía un texto; el fin de la entrada detiene (las respuestas se conservan).",
            "Wpiszcie klawisz lub tekst i naciśnijcie Enter. Sam Enter zostawia wartość w [nawiasach]; < cofa; - czyści tekst; koniec wejścia przerywa (odpowiedzi zostają).",
        ],
    ),
    (
        "to_earn_it",
        [
            "To earn it:",
            "Pour l’obtenir\u{202f}:",
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
            "tapez l’un de\u{202f}:",
            "digitate uno tra:",
            "escriban uno de:",
            "wpiszcie jedno z:",
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
            "Espace coche, Entrée valide\u{202f}; les indicateurs d’autres profils ne sont pas posés",
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
            "Per riprendere, rilanciate:",
            "Para continuar, vuelvan a ejecutar:",
            "Aby wznowić, uruchomcie ponownie:",
        ],
    ),
    (
        "nothing_written",
        [
            "Stopped; nothing was written.",
            "Arrêt\u{202f}; rien n’a été écrit.",
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
            "nessuna: ogni indicatore con risposta raggiunge l’obiettivo",
            "ninguna: cada indicador respondido alcanza su objetivo",
            "brak: każdy wskaźnik z odpowiedzią osiąga cel",
        ],
    ),
    (
        "unanswered_left",
        [
            "{n} {n|indicator|indicators} left unanswered; run the same command again to complete {n|it|them}.",
            "{n} {n|indicateur|indicateurs} sans réponse\u{202f}; relancez la même commande pour {n|le compléter|les compléter}.",
            "{n} {n|indicatore|indicatori} senza risposta; rilanciate lo stesso comando per {n|completarlo|completarli}.",
            "{n} {n|indicador|indicadores} sin respuesta; vuelvan a ejecutar el mismo comando para {n|completarlo|completarlos}.",
            "{n} {n|wskaźnik|wskaźniki|wskaźników} bez odpowiedzi; uruchomcie to samo polecenie, aby {n|go|je|je} uzupełnić.",
        ],
    ),
    (
        "plan_hint",
        [
            "The PDF action plan:",
            "Le plan d’action en PDF\u{202f}:",
            "Il piano d’azione in PDF:",
            "El plan de acción en PDF:",
            "Plan działań w PDF:",
        ],
    ),
    (
        "read_only",
        [
            "{file} is read-only: aqor assess could not save your answers in it. Make it writable (chmod u+w {file}) or choose another -o FILE.",
            "{file} est en lecture seule\u{202f}: aqor assess ne pourrait pas y enregistrer vos réponses. Rendez-le modifiable (chmod u+w {file}) ou choisissez un autre -o FICHIER.",
            "{file} è in sola lettura: aqor assess non potrebbe salvarvi le risposte. Rendetelo scrivibile (chmod u+w {file}) o scegliete un altro -o FILE.",
            "{file} es de solo lectura: aqor assess no podría guardar en él sus respuestas. Háganlo modificable (chmod u+w {file}) o elijan otro -o ARCHIVO.",
            "{file} jest tylko do odczytu: aqor assess nie mógłby w nim zapisać odpowiedzi. Zezwólcie na zapis (chmod u+w {file}) albo wybierzcie inny -o PLIK.",
        ],
    ),
    (
        "lock_taken",
        [
            "{file} is already open in another aqor assess session (process {pid} on {host}, since {started}). Two sessions on one file would overwrite each other's answers, so this one does not start.\nFinish or stop the other session first. If it is surely gone (another computer switched off), delete {lock} and run the command again.",
            "{file} est déjà ouvert dans une autre session aqor assess (processus {pid} sur {host}, depuis {started}). Deux sessions sur un même fichier effaceraient les réponses l’une de l’autre\u{202f}: celle-ci ne démarre pas.\nTerminez ou arrêtez d’abord l’autre session. Si elle n’existe plus à coup sûr (autre ordinateur éteint), supprimez {lock} et relancez la commande.",
            "{file} è già aperto in un’altra sessione aqor assess (processo {pid} su {host}, dalle {started}). Due sessioni sullo stesso file cancellerebbero le risposte l’una dell’altra: questa non parte.\nTerminate o fermate prima l’altra sessione. Se non esiste più di sicuro (altro computer spento), cancellate {lock} e rilanciate il comando.",
            "{file} ya está abierto en otra sesión de aqor assess (proceso {pid} en {host}, desde {started}). Dos sesiones sobre un mismo archivo borrarían las respuestas de la otra: esta no empieza.\nTerminen o detengan primero la otra sesión. Si están seguros de que ya no existe (otro ordenador apagado), borren {lock} y vuelvan a lanzar la orden.",
            "{file} jest już otwarty w innej sesji aqor assess (proces {pid} na {host}, od {started}). Dwie sesje na jednym pliku nadpisałyby sobie odpowiedzi, więc ta się nie rozpoczyna.\nNajpierw zakończcie lub zatrzymajcie tamtą sesję. Jeśli na pewno już jej nie ma (inny komputer wyłączony), usuńcie {lock} i uruchomcie polecenie ponownie.",
        ],
    ),
    (
        "lock_stale",
        [
            "Note: a session started {started} (process {pid}) stopped without closing; its lock {lock} is taken over. Its answers were saved as it went.",
            "Note\u{202f}: une session commencée le {started} (processus {pid}) s’est arrêtée sans se fermer\u{202f}; son verrou {lock} est repris. Ses réponses ont été enregistrées au fur et à mesure.",
            "Nota: una sessione iniziata il {started} (processo {pid}) si è fermata senza chiudersi; il suo blocco {lock} viene ripreso. Le sue risposte sono state salvate man mano.",
            "Nota: una sesión iniciada el {started} (proceso {pid}) se detuvo sin cerrarse; se retoma su bloqueo {lock}. Sus respuestas se guardaron sobre la marcha.",
            "Uwaga: sesja rozpoczęta {started} (proces {pid}) zatrzymała się bez zamknięcia; jej blokada {lock} zostaje przejęta. Jej odpowiedzi zapisywano na bieżąco.",
        ],
    ),
    (
        "lock_io",
        [
            "cannot create the lock file {lock} ({error}): aqor assess needs to write next to {file}; choose a folder you can write to.",
            "impossible de créer le fichier de verrou {lock} ({error})\u{202f}: aqor assess doit écrire à côté de {file}\u{202f}; choisissez un dossier où vous pouvez écrire.",
            "impossibile creare il file di blocco {lock} ({error}): aqor assess deve scrivere accanto a {file}; scegliete una cartella scrivibile.",
            "no se puede crear el archivo de bloqueo {lock} ({error}): aqor assess necesita escribir junto a {file}; elijan una carpeta donde puedan escribir.",
            "nie można utworzyć pliku blokady {lock} ({error}): aqor assess musi pisać obok {file}; wybierzcie folder z prawem zapisu.",
        ],
    ),
    (
        "changed_behind",
        [
            "{file} was changed by something else during this session (edited by hand, or another program): aqor assess does not overwrite it.\nYour answers, this last one included, are in {rescue}. Compare the two files, keep what is right in {file}, then run the command again.",
            "{file} a été modifié par autre chose pendant cette session (à la main, ou par un autre programme)\u{202f}: aqor assess ne l’écrase pas.\nVos réponses, y compris la dernière, sont dans {rescue}. Comparez les deux fichiers, gardez ce qui est juste dans {file}, puis relancez la commande.",
            "{file} è stato modificato da altro durante questa sessione (a mano, o da un altro programma): aqor assess non lo sovrascrive.\nLe vostre risposte, compresa l’ultima, sono in {rescue}. Confrontate i due file, tenete in {file} ciò che è giusto, poi rilanciate il comando.",
            "{file} fue modificado por otra cosa durante esta sesión (a mano, u otro programa): aqor assess no lo sobrescribe.\nSus respuestas, incluida la última, están en {rescue}. Comparen los dos archivos, dejen en {file} lo correcto y vuelvan a lanzar la orden.",
            "{file} został zmieniony przez coś innego w trakcie tej sesji (ręcznie lub przez inny program): aqor assess go nie nadpisuje.\nOdpowiedzi, łącznie z ostatnią, są w {rescue}. Porównajcie oba pliki, zostawcie w {file} to, co właściwe, i uruchomcie polecenie ponownie.",
        ],
    ),
    (
        "cannot_save",
        [
            "cannot save {file}: {error}.\nYour answers, this last one included, are in {rescue}. Free some space or fix the folder, copy that file over {file}, then run the command again.",
            "impossible d’enregistrer {file}\u{202f}: {error}.\nVos réponses, y compris la dernière, sont dans {rescue}. Libérez de la place ou réparez le dossier, copiez ce fichier sur {file}, puis relancez la commande.",
            "impossibile salvare {file}: {error}.\nLe vostre risposte, compresa l’ultima, sono in {rescue}. Liberate spazio o sistemate la cartella, copiate quel file su {file}, poi rilanciate il comando.",
            "no se puede guardar {file}: {error}.\nSus respuestas, incluida la última, están en {rescue}. Liberen espacio o arreglen la carpeta, copien ese archivo sobre {file} y vuelvan a lanzar la orden.",
            "nie można zapisać {file}: {error}.\nOdpowiedzi, łącznie z ostatnią, są w {rescue}. Zwolnijcie miejsce lub naprawcie folder, skopiujcie ten plik na {file} i uruchomcie polecenie ponownie.",
        ],
    ),
    (
        "rescue_above",
        [
            "the YAML printed above (no file could be written)",
            "le YAML affiché ci-dessus (aucun fichier n’a pu être écrit)",
            "lo YAML stampato qui sopra (nessun file ha potuto essere scritto)",
            "el YAML mostrado arriba (no se pudo escribir ningún archivo)",
            "YAML wypisany powyżej (nie udało się zapisać żadnego pliku)",
        ],
    ),
    (
        "needs_terminal",
        [
            "aqor assess asks its questions in a terminal, and stdin or stdout is not one.\nTo collect answers without a terminal, fill in the campaign spreadsheet:\n  aqor template {grid} > answers.csv\nthen score it with `aqor score answers.csv --grid {grid}`; or answer line by line with\n  aqor assess {grid} -o {file} --plain",
            "aqor assess pose ses questions dans un terminal, et l’entrée ou la sortie standard n’en est pas un.\nPour recueillir des réponses sans terminal, remplissez le tableur de campagne\u{202f}:\n  aqor template {grid} > reponses.csv\npuis calculez ses scores avec `aqor score reponses.csv --grid {grid}`\u{202f}; ou répondez ligne par ligne avec\n  aqor assess {grid} -o {file} --plain",
            "aqor assess fa le sue domande in un terminale, e stdin o stdout non lo è.\nPer raccogliere le risposte senza terminale, compilate il foglio di campagna:\n  aqor template {grid} > risposte.csv\npoi calcolatene i punteggi con `aqor score risposte.csv --grid {grid}`; oppure rispondete riga per riga con\n  aqor assess {grid} -o {file} --plain",
            "aqor assess hace sus preguntas en un terminal, y stdin o stdout no lo es.\nPara recoger respuestas sin terminal, rellenen la hoja de campaña:\n  aqor template {grid} > respuestas.csv\ny puntúenla con `aqor score respuestas.csv --grid {grid}`; o respondan línea por línea con\n  aqor assess {grid} -o {file} --plain",
            "aqor assess zadaje pytania w terminalu, a stdin lub stdout nim nie jest.\nAby zebrać odpowiedzi bez terminala, wypełnijcie arkusz kampanii:\n  aqor template {grid} > odpowiedzi.csv\ni policzcie wyniki poleceniem `aqor score odpowiedzi.csv --grid {grid}`; albo odpowiadajcie wiersz po wierszu:\n  aqor assess {grid} -o {file} --plain",
        ],
    ),
    (
        "no_folder",
        [
            "cannot write {file}: folder {folder} does not exist",
            "impossible d’écrire {file}\u{202f}: le dossier {folder} n’existe pas",
            "impossibile scrivere {file}: la cartella {folder} non esiste",
            "no se puede escribir {file}: la carpeta {folder} no existe",
            "nie można zapisać {file}: folder {folder} nie istnieje",
        ],
    ),
    (
        "other_structure",
        [
            "{file} is the assessment of {had:q}, not {asked:q}; drop --structure-id or choose another -o FILE",
            "{file} est l’auto-évaluation de {had:q}, pas de {asked:q}\u{202f}; retirez --structure-id ou choisissez un autre -o FICHIER",
            "{file} è l’autovalutazione di {had:q}, non di {asked:q}; togliete --structure-id o scegliete un altro -o FILE",
            "{file} es la autoevaluación de {had:q}, no de {asked:q}; quiten --structure-id o elijan otro -o ARCHIVO",
            "{file} to samoocena {had:q}, nie {asked:q}; usuńcie --structure-id albo wybierzcie inny -o PLIK",
        ],
    ),
    (
        "no_profiles",
        [
            "--profile {typed}: grid {grid} has no profiles",
            "--profile {typed}\u{202f}: la grille {grid} n’a pas de profils",
            "--profile {typed}: la griglia {grid} non ha profili",
            "--profile {typed}: el referencial {grid} no tiene perfiles",
            "--profile {typed}: siatka {grid} nie ma profili",
        ],
    ),
    (
        "no_such_profile",
        [
            "--profile {typed}: grid {grid} has no such profile; its profiles: {known}",
            "--profile {typed}\u{202f}: la grille {grid} n’a pas ce profil\u{202f}; ses profils\u{202f}: {known}",
            "--profile {typed}: la griglia {grid} non ha questo profilo; i suoi profili: {known}",
            "--profile {typed}: el referencial {grid} no tiene ese perfil; sus perfiles: {known}",
            "--profile {typed}: siatka {grid} nie ma takiego profilu; jej profile: {known}",
        ],
    ),
    (
        "no_such_profile_near",
        [
            "--profile {typed}: grid {grid} has no such profile; did you mean {near:q}? Its profiles: {known}",
            "--profile {typed}\u{202f}: la grille {grid} n’a pas ce profil\u{202f}; vouliez-vous dire {near:q}\u{202f}? Ses profils\u{202f}: {known}",
            "--profile {typed}: la griglia {grid} non ha questo profilo; forse {near:q}? I suoi profili: {known}",
            "--profile {typed}: el referencial {grid} no tiene ese perfil; ¿querían decir {near:q}? Sus perfiles: {known}",
            "--profile {typed}: siatka {grid} nie ma takiego profilu; czy chodziło o {near:q}? Jej profile: {known}",
        ],
    ),
    (
        "not_ours",
        [
            "{why}\n{file} exists and is not an aqor assessment; aqor assess leaves it as it is: choose another -o FILE",
            "{why}\n{file} existe et n’est pas une auto-évaluation aqor\u{202f}; aqor assess le laisse tel quel\u{202f}: choisissez un autre -o FICHIER",
            "{why}\n{file} esiste e non è un’autovalutazione aqor; aqor assess lo lascia com’è: scegliete un altro -o FILE",
            "{why}\n{file} existe y no es una autoevaluación de aqor; aqor assess lo deja como está: elijan otro -o ARCHIVO",
            "{why}\n{file} istnieje i nie jest samooceną aqor; aqor assess zostawia go bez zmian: wybierzcie inny -o PLIK",
        ],
    ),
    (
        "not_utf8",
        [
            "{file}: not UTF-8 text",
            "{file}\u{202f}: ce n’est pas du texte UTF-8",
            "{file}: non è testo UTF-8",
            "{file}: no es texto UTF-8",
            "{file}: to nie jest tekst UTF-8",
        ],
    ),
    (
        "cannot_read_file",
        [
            "cannot read {file}: {error}",
            "impossible de lire {file}\u{202f}: {error}",
            "impossibile leggere {file}: {error}",
            "no se puede leer {file}: {error}",
            "nie można odczytać {file}: {error}",
        ],
    ),
    (
        "cannot_resume",
        [
            "{file} cannot be resumed with grid {grid} ({n} {n|error|errors} above); aqor assess leaves it as it is",
            "{file} ne peut pas être repris avec la grille {grid} ({n} {n|erreur|erreurs} ci-dessus)\u{202f}; aqor assess le laisse tel quel",
            "{file} non può essere ripreso con la griglia {grid} ({n} {n|errore|errori} qui sopra); aqor assess lo lascia com’è",
            "{file} no puede retomarse con el referencial {grid} ({n} {n|error|errores} arriba); aqor assess lo deja como está",
            "{file} nie może zostać wznowiony z siatką {grid} ({n} {n|błąd|błędy|błędów} powyżej); aqor assess zostawia go bez zmian",
        ],
    ),
    (
        "enter_no_answer",
        [
            "Enter alone does not answer: type a level's key (or na), or > to skip this indicator.",
            "Entrée seule ne répond pas\u{202f}: tapez la touche d’un niveau (ou na), ou > pour passer cet indicateur.",
            "Invio da solo non risponde: digitate il tasto di un livello (o na), o > per saltare questo indicatore.",
            "Intro solo no responde: pulsen la tecla de un nivel (o na), o > para saltar este indicador.",
            "Sam Enter nie jest odpowiedzią: wpiszcie klawisz poziomu (albo na) lub >, aby pominąć ten wskaźnik.",
        ],
    ),
    (
        "choose_level",
        [
            "(no answer yet: type a level's key, or ↑↓)",
            "(pas encore de réponse\u{202f}: tapez la touche d’un niveau, ou ↑↓)",
            "(ancora nessuna risposta: digitate il tasto di un livello, o ↑↓)",
            "(aún sin respuesta: pulsen la tecla de un nivel, o ↑↓)",
            "(brak odpowiedzi: wpiszcie klawisz poziomu albo ↑↓)",
        ],
    ),
    (
        "nav_next_keep",
        [
            "next (keep this answer)",
            "suivant (garder cette réponse)",
            "avanti (tenere questa risposta)",
            "siguiente (mantener esta respuesta)",
            "dalej (zachowaj tę odpowiedź)",
        ],
    ),
    (
        "nav_more",
        [
            "full guidance, evidence ideas, level descriptions",
            "repères complets, idées de preuves, description des niveaux",
            "indicazioni complete, idee di evidenze, descrizione dei livelli",
            "orientaciones completas, ideas de evidencias, descripción de niveles",
            "pełne wskazówki, przykłady dowodów, opisy poziomów",
        ],
    ),
    (
        "more_below",
        [
            "… (i: read all)",
            "… (i\u{202f}: tout lire)",
            "… (i: leggere tutto)",
            "… (i: leer todo)",
            "… (i: czytaj całość)",
        ],
    ),
    (
        "enter_to_go_back",
        [
            "Enter to go back to the question",
            "Entrée pour revenir à la question",
            "Invio per tornare alla domanda",
            "Intro para volver a la pregunta",
            "Enter, aby wrócić do pytania",
        ],
    ),
    (
        "q_status",
        [
            "Status of the action",
            "État de l’action",
            "Stato dell’azione",
            "Estado de la acción",
            "Stan działania",
        ],
    ),
    (
        "q_status_reached",
        [
            "Target reached: the action stays. Mark it done?",
            "Cible atteinte\u{202f}: l’action est gardée. La marquer faite\u{202f}?",
            "Obiettivo raggiunto: l’azione resta. Segnarla come fatta?",
            "Objetivo alcanzado: la acción se mantiene. ¿Marcarla como hecha?",
            "Cel osiągnięty: działanie zostaje. Oznaczyć jako wykonane?",
        ],
    ),
    (
        "status_todo",
        ["to do", "à faire", "da fare", "por hacer", "do zrobienia"],
    ),
    (
        "status_doing",
        ["under way", "en cours", "in corso", "en curso", "w toku"],
    ),
    (
        "status_done",
        ["done", "faite", "fatta", "hecha", "wykonane"],
    ),
    (
        "status_remove",
        [
            "remove this action (its owner and date too)",
            "supprimer cette action (responsable et échéance aussi)",
            "eliminare questa azione (anche responsabile e scadenza)",
            "eliminar esta acción (también responsable y fecha)",
            "usuńcie to działanie (także osobę i termin)",
        ],
    ),
    (
        "q_pick_action",
        [
            "An action: pick one the grid suggests (then edit it), or write your own",
            "Une action\u{202f}: choisissez-en une proposée par la grille (puis modifiez-la), ou écrivez la vôtre",
            "Un’azione: sceglietene una suggerita dalla griglia (poi modificatela), o scrivete la vostra",
            "Una acción: elijan una que sugiere el referencial (y edítenla), o escriban la suya",
            "Działanie: wybierzcie jedno z siatki (i poprawcie) albo wpiszcie własne",
        ],
    ),
    (
        "own_action",
        [
            "write my own",
            "écrire la mienne",
            "scrivere la nostra",
            "escribir la nuestra",
            "wpiszę własne",
        ],
    ),
    (
        "no_action",
        [
            "no action for now",
            "pas d’action pour l’instant",
            "nessuna azione per ora",
            "ninguna acción por ahora",
            "na razie bez działania",
        ],
    ),
    (
        "action_now",
        [
            "Action: {text}",
            "Action\u{202f}: {text}",
            "Azione: {text}",
            "Acción: {text}",
            "Działanie: {text}",
        ],
    ),
    (
        "err_structure_id",
        [
            "an id uses letters, digits, - and _ only (no spaces)",
            "un identifiant n’a que des lettres, chiffres, - et _ (pas d’espace)",
            "un identificativo ha solo lettere, cifre, - e _ (niente spazi)",
            "un identificador solo lleva letras, cifras, - y _ (sin espacios)",
            "identyfikator to tylko litery, cyfry, - i _ (bez spacji)",
        ],
    ),
    (
        "id_suggested",
        [
            "suggested from the name",
            "proposé d’après le nom",
            "proposto dal nome",
            "sugerido a partir del nombre",
            "zaproponowany na podstawie nazwy",
        ],
    ),
    (
        "score_hint",
        [
            "The scores, indicator by indicator:",
            "Les scores, indicateur par indicateur\u{202f}:",
            "I punteggi, indicatore per indicatore:",
            "Las puntuaciones, indicador por indicador:",
            "Wyniki, wskaźnik po wskaźniku:",
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
