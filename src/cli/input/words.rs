//! Words of reading INPUT… and GRID.

use aqor::i18n::Catalogue;

/// What reading INPUT… and GRID says (en, fr, it, es, pl).
pub(super) const WORDS: Catalogue = &[
    (
        "no_grid",
        [
            "no grid `{spec}`: not a built-in grid ({ids}) nor an existing file",
            "pas de grille `{spec}`\u{202f}: ce n’est ni une grille intégrée ({ids}) ni un fichier existant",
            "nessuna griglia `{spec}`: non è una griglia integrata ({ids}) né un file esistente",
            "no hay rejilla `{spec}`: no es una rejilla integrada ({ids}) ni un archivo existente",
            "brak siatki `{spec}`: to ani siatka wbudowana ({ids}), ani istniejący plik",
        ],
    ),
    (
        "grid_lacks_language",
        [
            "grid {grid} is not written in `{lang}` ({languages}); its texts are shown in {default}",
            "la grille {grid} n’est pas écrite en `{lang}` ({languages})\u{202f}; ses textes sont montrés en {default}",
            "la griglia {grid} non è scritta in `{lang}` ({languages}); i suoi testi sono mostrati in {default}",
            "la rejilla {grid} no está escrita en `{lang}` ({languages}); sus textos se muestran en {default}",
            "siatka {grid} nie jest napisana w `{lang}` ({languages}); jej teksty są pokazane w {default}",
        ],
    ),
    (
        "bad_delimiter",
        [
            "`{typed}` is not a delimiter; use one character such as `;` or `,`, or `tab`",
            "`{typed}` n’est pas un séparateur\u{202f}; donnez un seul caractère, comme le point-virgule ou la virgule, ou `tab`",
            "`{typed}` non è un separatore; usa un solo carattere, come il punto e virgola o la virgola, oppure `tab`",
            "`{typed}` no es un separador; use un solo carácter, como el punto y coma o la coma, o `tab`",
            "`{typed}` nie jest separatorem; podaj jeden znak, np. średnik lub przecinek, albo `tab`",
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
            "{n} assessment(s) of {id} {old} carried to {grid} through `replaces`",
            "{n} {n|évaluation|évaluations} de {id} {old} {n|reportée|reportées} vers {grid} par `replaces`",
            "{n} {n|valutazione|valutazioni} di {id} {old} {n|riportata|riportate} a {grid} tramite `replaces`",
            "{n} {n|evaluación|evaluaciones} de {id} {old} {n|trasladada|trasladadas} a {grid} mediante `replaces`",
            "{n} {n|ocena|oceny|ocen} {id} {old} {n|przeniesiona|przeniesione|przeniesionych} do {grid} przez `replaces`",
        ],
    ),
    (
        "more_warnings",
        [
            "… and {n} more warning(s) not shown",
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
            "quale griglia? indica --grid GRIGLIA (un identificativo integrato: {ids}, o un file di griglia), inizia il nome del file con l’identificativo della griglia (es. aqor-campaign-2025.csv), o aggiungi una colonna `grid`",
            "¿qué rejilla? indique --grid REJILLA (un identificador integrado: {ids}, o un archivo de rejilla), empiece el nombre del archivo con el identificador de la rejilla (p. ej. aqor-campaign-2025.csv), o añada una columna `grid`",
            "która siatka? podaj --grid SIATKA (identyfikator wbudowany: {ids} lub plik siatki), zacznij nazwę pliku od identyfikatora siatki (np. aqor-campaign-2025.csv) albo dodaj kolumnę `grid`",
        ],
    ),
    (
        "several_grids",
        [
            "the inputs name different grids ({list}); score each grid's inputs separately, or give --grid",
            "les entrées nomment des grilles différentes ({list})\u{202f}; évaluez séparément les entrées de chaque grille, ou donnez --grid",
            "gli input nominano griglie diverse ({list}); calcola separatamente gli input di ogni griglia, o indica --grid",
            "las entradas nombran rejillas distintas ({list}); puntúe por separado las entradas de cada rejilla, o indique --grid",
            "wejścia wskazują różne siatki ({list}); oceniaj wejścia każdej siatki osobno albo podaj --grid",
        ],
    ),
    (
        "unreadable_assessments",
        [
            "{n} assessment file(s) could not be read",
            "{n} {n|fichier d’évaluation n’a pu être lu|fichiers d’évaluation n’ont pu être lus}",
            "{n} {n|file di valutazione non è stato letto|file di valutazione non sono stati letti}",
            "{n} {n|archivo de evaluación no se pudo leer|archivos de evaluación no se pudieron leer}",
            "{n} {n|pliku oceny nie udało się odczytać|plików oceny nie udało się odczytać|plików oceny nie udało się odczytać}",
        ],
    ),
];
