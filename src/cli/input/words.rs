//! Words of reading INPUT… and GRID.

use aqor::i18n::Catalogue;

/// What reading INPUT… and GRID says (en, fr, it, es, pl).
pub(super) const WORDS: Catalogue = &[
    (
        "no_grid",
        [
            "no grid {spec:q}: not a built-in grid ({ids}) nor an existing file",
            "pas de grille {spec:q}\u{202f}: ce n’est ni une grille intégrée ({ids}) ni un fichier existant",
            "nessuna griglia {spec:q}: non è una griglia integrata ({ids}) né un file esistente",
            "no hay referencial {spec:q}: no es un referencial integrado ({ids}) ni un archivo existente",
            "brak siatki {spec:q}: to ani siatka wbudowana ({ids}), ani istniejący plik",
        ],
    ),
    (
        "grid_lacks_language",
        [
            "grid {grid} is not written in {lang:q} ({languages}); its texts are shown in {default}",
            "la grille {grid} n’est pas écrite en {lang:q} ({languages})\u{202f}; ses textes sont montrés en {default}",
            "la griglia {grid} non è scritta in {lang:q} ({languages}); i suoi testi sono mostrati in {default}",
            "la referencial {grid} no está escrito en {lang:q} ({languages}); sus textos se muestran en {default}",
            "siatka {grid} nie jest napisana w {lang:q} ({languages}); jej teksty są pokazane w {default}",
        ],
    ),
    (
        "bad_delimiter",
        [
            "{typed:q} is not a delimiter; use one character such as `;` or `,`, or `tab`",
            "{typed:q} n’est pas un séparateur\u{202f}; donnez un seul caractère, comme le point-virgule ou la virgule, ou `tab`",
            "{typed:q} non è un separatore; usate un solo carattere, come il punto e virgola o la virgola, oppure `tab`",
            "{typed:q} no es un separador; usen un solo carácter, como el punto y coma o la coma, o `tab`",
            "{typed:q} nie jest separatorem; podajcie jeden znak, np. średnik lub przecinek, albo `tab`",
        ],
    ),
    (
        "stdin_twice",
        [
            "`-` (stdin) is given twice",
            "`-` (l’entrée standard) est donné deux fois",
            "`-` (l’input standard) è indicato due volte",
            "`-` (la entrada estándar) se indica dos veces",
            "`-` (standardowe wejście) podano dwa razy",
        ],
    ),
    (
        "empty_folder",
        [
            "no assessment (*.yaml, *.yml) nor campaign (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) in folder {dir}",
            "ni évaluation (*.yaml, *.yml) ni campagne (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) dans le dossier {dir}",
            "nessuna valutazione (*.yaml, *.yml) né campagna (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) nella cartella {dir}",
            "ninguna evaluación (*.yaml, *.yml) ni campaña (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) en la carpeta {dir}",
            "brak oceny (*.yaml, *.yml) i kampanii (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) w folderze {dir}",
        ],
    ),
    (
        "carried",
        [
            "{n} {n|assessment|assessments} of {id} {old} carried to {grid} through `replaces`",
            "{n} {n|évaluation|évaluations} de {id} {old} {n|reportée|reportées} vers {grid} par `replaces`",
            "{n} {n|valutazione|valutazioni} di {id} {old} {n|riportata|riportate} a {grid} tramite `replaces`",
            "{n} {n|evaluación|evaluaciones} de {id} {old} {n|trasladada|trasladadas} a {grid} mediante `replaces`",
            "{n} {n|ocena|oceny|ocen} {id} {old} {n|przeniesiona|przeniesione|przeniesionych} do {grid} przez `replaces`",
        ],
    ),
    (
        "more_warnings",
        [
            "… and {n} more {n|warning|warnings} not shown",
            "… et {n} {n|autre avertissement non montré|autres avertissements non montrés}",
            "… e altri {n} {n|avviso non mostrato|avvisi non mostrati}",
            "… y {n} {n|aviso más no mostrado|avisos más no mostrados}",
            "… i {n} {n|kolejne ostrzeżenie niepokazane|kolejne ostrzeżenia niepokazane|kolejnych ostrzeżeń niepokazanych}",
        ],
    ),
    (
        "cannot_create_temp",
        [
            "cannot create a temporary file",
            "impossible de créer un fichier temporaire",
            "impossibile creare un file temporaneo",
            "no se puede crear un archivo temporal",
            "nie można utworzyć pliku tymczasowego",
        ],
    ),
    (
        "cannot_read_folder",
        [
            "cannot read folder {dir}",
            "impossible de lire le dossier {dir}",
            "impossibile leggere la cartella {dir}",
            "no se puede leer la carpeta {dir}",
            "nie można odczytać folderu {dir}",
        ],
    ),
    (
        "which_grid",
        [
            "which grid? give --grid GRID (a built-in id: {ids}, or a grid file), start the file name with the grid id (e.g. aqor-campaign-2025.csv), or add a `grid` column",
            "quelle grille\u{202f}? donnez --grid GRILLE (un identifiant intégré\u{202f}: {ids}, ou un fichier de grille), commencez le nom du fichier par l’identifiant de la grille (p. ex. aqor-campaign-2025.csv), ou ajoutez une colonne `grid`",
            "quale griglia? indicate --grid GRIGLIA (un identificativo integrato: {ids}, o un file di griglia), iniziate il nome del file con l’identificativo della griglia (es. aqor-campaign-2025.csv), o aggiungete una colonna `grid`",
            "¿qué referencial? indiquen --grid REFERENCIAL (un identificador integrado: {ids}, o un archivo de referencial), empiecen el nombre del archivo con el identificador del referencial (p. ej. aqor-campaign-2025.csv), o añadan una columna `grid`",
            "która siatka? podajcie --grid SIATKA (identyfikator wbudowany: {ids} lub plik siatki), zacznijcie nazwę pliku od identyfikatora siatki (np. aqor-campaign-2025.csv) albo dodajcie kolumnę `grid`",
        ],
    ),
    (
        "several_grids",
        [
            "the inputs name different grids ({list}); score each grid's inputs separately, or give --grid",
            "les entrées nomment des grilles différentes ({list})\u{202f}; évaluez séparément les entrées de chaque grille, ou donnez --grid",
            "gli input nominano griglie diverse ({list}); calcolate separatamente i punteggi degli input di ogni griglia, o indicate --grid",
            "las entradas nombran referenciales distintos ({list}); puntúen por separado las entradas de cada referencial, o indiquen --grid",
            "wejścia wskazują różne siatki ({list}); oceniajcie wejścia każdej siatki osobno albo podajcie --grid",
        ],
    ),
    (
        "unreadable_assessments",
        [
            "{n} assessment {n|file|files} could not be read",
            "{n} {n|fichier d’évaluation n’a pu être lu|fichiers d’évaluation n’ont pu être lus}",
            "{n} {n|file di valutazione non è stato letto|file di valutazione non sono stati letti}",
            "{n} {n|archivo de evaluación no se pudo leer|archivos de evaluación no se pudieron leer}",
            "{n} {n|pliku oceny nie udało się odczytać|plików oceny nie udało się odczytać|plików oceny nie udało się odczytać}",
        ],
    ),
    (
        "median_here",
        [
            "--respondents median is for score, compare, plan and report; `aqor consensus` always brings the respondents' answers together",
            "--respondents median est pour score, compare, plan et report\u{202f}; `aqor consensus` rassemble toujours les réponses des répondants",
            "--respondents median è per score, compare, plan e report; `aqor consensus` riunisce sempre le risposte dei rispondenti",
            "--respondents median es para score, compare, plan y report; `aqor consensus` siempre reúne las respuestas de los encuestados",
            "--respondents median służy do score, compare, plan i report; `aqor consensus` zawsze zbiera odpowiedzi respondentów",
        ],
    ),
    (
        "anonymize_needs_median",
        [
            "--anonymize-respondents names respondents whose answers are used: give --respondents median too (or use `aqor consensus`)",
            "--anonymize-respondents nomme des répondants dont les réponses sont utilisées\u{202f}: donnez aussi --respondents median (ou utilisez `aqor consensus`)",
            "--anonymize-respondents nomina rispondenti le cui risposte sono usate: date anche --respondents median (o usate `aqor consensus`)",
            "--anonymize-respondents nombra encuestados cuyas respuestas se usan: den también --respondents median (o usen `aqor consensus`)",
            "--anonymize-respondents dotyczy respondentów, których odpowiedzi są używane: podajcie też --respondents median (lub użyjcie `aqor consensus`)",
        ],
    ),
    (
        "walk_left",
        [
            "{n} {n|file|files} of one respondent each in {dir} left out ({first}…): bring a group's answers together with `aqor consensus`",
            "{n} {n|fichier|fichiers} d’un seul répondant dans {dir} laissés de côté ({first}…)\u{202f}: rassemblez les réponses d’un groupe avec `aqor consensus`",
            "{n} {n|file|file} di un solo rispondente in {dir} lasciati da parte ({first}…): riunite le risposte di un gruppo con `aqor consensus`",
            "{n} {n|archivo|archivos} de un solo encuestado en {dir} dejados de lado ({first}…): reúnan las respuestas de un grupo con `aqor consensus`",
            "{n} {n|plik|pliki|plików} pojedynczych respondentów w {dir} pominięto ({first}…): zbierzcie odpowiedzi grupy poleceniem `aqor consensus`",
        ],
    ),
];
