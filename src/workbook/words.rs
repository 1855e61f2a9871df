//! Words written into workbooks (sheet names, headings, the "how to fill" sheet).

use crate::i18n::Catalogue;

pub const WORDS: Catalogue = &[
    (
        "campaign",
        ["Campaign", "Campagne", "Campagna", "Campaña", "Kampania"],
    ),
    (
        "grid",
        ["Grid", "Grille", "Griglia", "Referencial", "Siatka"],
    ),
    (
        "howto",
        [
            "How to fill",
            "Mode d’emploi",
            "Istruzioni",
            "Instrucciones",
            "Instrukcja",
        ],
    ),
    (
        "form",
        [
            "Questionnaire",
            "Questionnaire",
            "Questionario",
            "Cuestionario",
            "Kwestionariusz",
        ],
    ),
    (
        "criterion",
        ["Criterion", "Critère", "Criterio", "Criterio", "Kryterium"],
    ),
    (
        "indicator",
        [
            "Indicator",
            "Indicateur",
            "Indicatore",
            "Indicador",
            "Wskaźnik",
        ],
    ),
    ("title", ["Title", "Intitulé", "Titolo", "Título", "Tytuł"]),
    (
        "guidance",
        ["Guidance", "Aide", "Guida", "Orientación", "Wskazówki"],
    ),
    (
        "evidence",
        ["Evidence", "Preuves", "Evidenze", "Evidencias", "Dowody"],
    ),
    (
        "levels",
        ["Levels", "Niveaux", "Livelli", "Niveles", "Poziomy"],
    ),
    ("level", ["Level", "Niveau", "Livello", "Nivel", "Poziom"]),
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
        "importance",
        [
            "Importance (1-4)",
            "Importance (1-4)",
            "Importanza (1-4)",
            "Importancia (1-4)",
            "Waga (1-4)",
        ],
    ),
    (
        "action",
        ["Action", "Action", "Azione", "Acción", "Działanie"],
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
    (
        "due",
        ["Due date", "Échéance", "Scadenza", "Fecha límite", "Termin"],
    ),
    (
        "not_a_level",
        [
            "Not a level",
            "Niveau inconnu",
            "Livello sconosciuto",
            "Nivel desconocido",
            "Nieznany poziom",
        ],
    ),
    (
        "pick_level",
        [
            "Choose a level from the list, or na when the indicator does not apply.",
            "Choisissez un niveau dans la liste, ou na si l’indicateur ne s’applique pas.",
            "Scegliete un livello dall’elenco, o na se l’indicatore non si applica.",
            "Elijan un nivel de la lista, o na si el indicador no se aplica.",
            "Wybierzcie poziom z listy albo na, gdy wskaźnik nie dotyczy podmiotu.",
        ],
    ),
    (
        "pick_importance",
        [
            "A whole number from 1 to 4.",
            "Un nombre entier de 1 à 4.",
            "Un numero intero da 1 a 4.",
            "Un número entero de 1 a 4.",
            "Liczba całkowita od 1 do 4.",
        ],
    ),
    (
        "status",
        ["Status", "Avancement", "Stato", "Estado", "Stan"],
    ),
    (
        "pick_status",
        [
            "todo, doing or done.",
            "todo (à faire), doing (en cours) ou done (fait).",
            "todo (da fare), doing (in corso) o done (fatto).",
            "todo (pendiente), doing (en curso) o done (hecho).",
            "todo (do zrobienia), doing (w toku) lub done (zrobione).",
        ],
    ),
    (
        "howto_rows",
        [
            "One row per structure, from row 2 on; row 1 holds the column ids: leave it as it is.",
            "Une ligne par structure, à partir de la ligne 2\u{202f}; la ligne 1 porte les identifiants des colonnes\u{202f}: ne la modifiez pas.",
            "Una riga per struttura, dalla riga 2; la riga 1 contiene gli identificativi delle colonne: non modificatela.",
            "Una fila por estructura, desde la fila 2; la fila 1 lleva los identificadores de las columnas: no la modifiquen.",
            "Jeden wiersz na podmiot, od wiersza 2; wiersz 1 zawiera identyfikatory kolumn: nie zmieniaj go.",
        ],
    ),
    (
        "howto_ids",
        [
            "structure_id: a short id that stays the same from one campaign to the next; date: the day of the assessment.",
            "structure_id\u{202f}: un identifiant court, le même d’une campagne à l’autre\u{202f}; date\u{202f}: le jour de l’évaluation.",
            "structure_id: un identificativo breve, lo stesso da una campagna all’altra; date: il giorno della valutazione.",
            "structure_id: un identificador corto, el mismo de una campaña a otra; date: el día de la evaluación.",
            "structure_id: krótki identyfikator, ten sam w kolejnych kampaniach; date: dzień oceny.",
        ],
    ),
    (
        "howto_levels",
        [
            "Each indicator column takes a level from its drop-down list, or na when the indicator does not apply; the note on each id gives its title.",
            "Chaque colonne d’indicateur prend un niveau de sa liste déroulante, ou na si l’indicateur ne s’applique pas\u{202f}; la note de chaque identifiant donne son intitulé.",
            "Ogni colonna di indicatore prende un livello dal suo elenco a discesa, o na se l’indicatore non si applica; la nota di ogni identificativo ne dà il titolo.",
            "Cada columna de indicador toma un nivel de su lista desplegable, o na si el indicador no se aplica; la nota de cada identificador da su título.",
            "Każda kolumna wskaźnika przyjmuje poziom z listy rozwijanej albo na, gdy wskaźnik nie dotyczy; notatka przy identyfikatorze podaje jego tytuł.",
        ],
    ),
    (
        "howto_grid",
        [
            "The grid sheet lists the criteria, indicators, guidance, evidence and what each level means.",
            "La feuille de la grille liste les critères, indicateurs, aides, preuves et ce que signifie chaque niveau.",
            "Il foglio della griglia elenca criteri, indicatori, guide, evidenze e il significato di ogni livello.",
            "La hoja del referencial lista los criterios, indicadores, orientaciones, evidencias y el significado de cada nivel.",
            "Arkusz siatki wymienia kryteria, wskaźniki, wskazówki, dowody i znaczenie każdego poziomu.",
        ],
    ),
    (
        "howto_score",
        [
            "Save the workbook and score it: aqor score FILE.xlsx",
            "Enregistrez le classeur puis calculez les scores\u{202f}: aqor score FICHIER.xlsx",
            "Salvate la cartella e calcolate i punteggi: aqor score FILE.xlsx",
            "Guarden el libro y calculen las puntuaciones: aqor score ARCHIVO.xlsx",
            "Zapiszcie skoroszyt i obliczcie wyniki: aqor score PLIK.xlsx",
        ],
    ),
    ("role", ["Role", "Rôle", "Ruolo", "Rol", "Rola"]),
    (
        "pick_role",
        [
            "Pick the respondent's role from the list: team, management, partner or user.",
            "Choisissez le rôle du répondant dans la liste\u{202f}: team (équipe), management (direction), partner (partenaire) ou user (usager).",
            "Scegliete il ruolo del rispondente dall’elenco: team (équipe), management (direzione), partner o user (utente).",
            "Elijan el rol del encuestado en la lista: team (equipo), management (dirección), partner (socio) o user (usuario).",
            "Wybierzcie rolę respondenta z listy: team (zespół), management (kierownictwo), partner lub user (użytkownik).",
        ],
    ),
    (
        "howto_respondents",
        [
            "A group self-assessment: each respondent answers on a row of their own, with their name in respondent and their role (team, management, partner, user); bring the answers together with aqor consensus FILE.xlsx --out-dir DIR. Leave both empty otherwise.",
            "Une autoévaluation en groupe\u{202f}: chaque répondant répond sur sa propre ligne, avec son nom dans respondent et son rôle (team, management, partner, user)\u{202f}; rassemblez les réponses avec aqor consensus FICHIER.xlsx --out-dir DOSSIER. Sinon, laissez les deux vides.",
            "Un’autovalutazione di gruppo: ogni rispondente risponde su una riga propria, con il nome in respondent e il ruolo (team, management, partner, user); riunite le risposte con aqor consensus FILE.xlsx --out-dir CARTELLA. Altrimenti lasciate vuote le due colonne.",
            "Una autoevaluación en grupo: cada encuestado responde en su propia fila, con su nombre en respondent y su rol (team, management, partner, user); reúnan las respuestas con aqor consensus ARCHIVO.xlsx --out-dir CARPETA. Si no, dejen ambas vacías.",
            "Samoocena grupowa: każdy respondent odpowiada we własnym wierszu, z imieniem w respondent i rolą (team, management, partner, user); zbierzcie odpowiedzi poleceniem aqor consensus PLIK.xlsx --out-dir FOLDER. W przeciwnym razie zostawcie obie puste.",
        ],
    ),
    (
        "howto_form",
        [
            "Fill the structure details at the top, then one level per indicator (drop-down list), and what you want to add; return the file as it is.",
            "Remplissez la structure en haut, puis un niveau par indicateur (liste déroulante) et ce que vous voulez ajouter\u{202f}; renvoyez le fichier tel quel.",
            "Compilate i dati della struttura in alto, poi un livello per indicatore (elenco a discesa) e ciò che volete aggiungere; rinviate il file così com’è.",
            "Rellenen los datos de la estructura arriba, luego un nivel por indicador (lista desplegable) y lo que quieran añadir; devuelvan el archivo tal cual.",
            "Uzupełnij dane podmiotu u góry, potem jeden poziom na wskaźnik (lista rozwijana) i uwagi; odeślij plik bez zmian układu.",
        ],
    ),
];

#[cfg(test)]
mod tests {
    #[test]
    fn every_word_in_every_language() {
        for (key, words) in super::WORDS {
            assert!(words.iter().all(|w| !w.is_empty()), "{key}");
        }
    }
}
