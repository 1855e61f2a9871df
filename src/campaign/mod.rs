//! Campaign CSVs ([docs/score.md, "Campaign CSV format"](../../docs/score.md#campaign-csv-format)): one row per assessment, as spreadsheets export them.
//!
//! [`Reader`] streams: it holds one record at a time, so memory does not grow with
//! the number of rows. Each row comes out as an [`Assessment`] or as the list of
//! everything wrong with it, each [`Problem`] naming the file, row and column.
//!
//! Rows are numbered the way a spreadsheet shows them: the header is row 1, the
//! first data row is row 2, and a record whose quoted cell spans several lines
//! still counts as one row. Empty lines (which spreadsheets never write) are not
//! counted; rows whose cells are all empty (`;;;;`) are counted and skipped.

mod header;
mod period;
mod quick;
mod records;
mod seen;
mod sniff;
mod write;

pub use crate::date::parse as parse_date;
pub use header::{Column, grid_cell, template};
pub use period::Period;
pub use quick::{Disagreement, ScoredRow};
pub use records::{Batch, Record, Records, Text};
pub use seen::{MEMORY_KEYS, Place, Seen, campaign_hash, fingerprint, fingerprint_in};
pub use sniff::{Encoding, SAMPLE_BYTES, Sniffed, sniff};
pub use write::write;

use crate::assessment::{
    self, ActionStatus, Answer, Assessment, Choice, PlannedAction, Role, Structure,
};
use crate::diagnostic::{Severity, did_you_mean};
use crate::grid::Grid;
use crate::i18n::{Arg, Message};
use crate::msg;
use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;
use std::io::{self, Read};

/// Between a level id and its label in a workbook's drop-down lists ("2 · Partly
/// met"): a level cell is read up to it.
pub const LEVEL_SEPARATOR: &str = " · ";

/// Something wrong in a campaign file, at a row (0: the file as a whole) and column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub file: String,
    pub row: u64,
    pub column: Option<String>,
    /// What is wrong, without its place.
    pub message: Message,
}

impl Problem {
    pub fn at(file: &str, row: u64, column: &str, message: Message) -> Self {
        Problem {
            file: file.to_string(),
            row,
            column: Some(column.to_string()),
            message,
        }
    }

    pub fn row(file: &str, row: u64, message: Message) -> Self {
        Problem {
            file: file.to_string(),
            row,
            column: None,
            message,
        }
    }

    /// `campaign.csv row 3, column A.1: "4" is not a level …`, said later in the
    /// reader's language.
    pub fn sentence(&self) -> Message {
        let place = match self.row {
            0 => Arg::from(&self.file),
            row => row_of(&self.file, row).into(),
        };
        self.placed(place)
    }

    /// The problem's column and message after `place` (a file and row, or a
    /// workbook's cell).
    pub fn placed(&self, place: impl Into<Arg>) -> Message {
        let text = self.message.clone();
        match &self.column {
            Some(c) => msg!(
                WORDS,
                "placed_column",
                place = place,
                column = c,
                text = text
            ),
            None => msg!(WORDS, "placed", place = place, text = text),
        }
    }
}

/// `campaign.csv row 3`: where an assessment of a campaign file was read.
pub fn row_of(file: &str, row: u64) -> Message {
    msg!(WORDS, "file_row", file = file, row = row.to_string())
}

/// `file: …`: a sentence about a whole input.
pub fn about_file(file: &str, text: Message) -> Message {
    msg!(WORDS, "placed", place = file, text = text)
}

impl fmt::Display for Problem {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.sentence().fmt(f)
    }
}

/// Why a campaign file cannot be read at all.
#[derive(Debug)]
pub enum CampaignError {
    Io {
        file: String,
        source: io::Error,
    },
    /// Not a CSV aqor can read (UTF-16, no delimiter found, empty).
    Format {
        file: String,
        message: Message,
    },
    /// The header names columns the grid does not have, or lacks required ones.
    Header(Vec<Problem>),
}

impl CampaignError {
    /// What went wrong, said later in the reader's language (an I/O error's own words
    /// come after it, from its source).
    pub fn message(&self) -> Message {
        match self {
            CampaignError::Io { file, .. } => msg!(WORDS, "cannot_read", file = file),
            CampaignError::Format { file, message } => about_file(file, message.clone()),
            CampaignError::Header(p) => msg!(
                WORDS,
                "header_problems",
                file = p.first().map_or("", |p| p.file.as_str()),
                n = p.len()
            ),
        }
    }
}

impl fmt::Display for CampaignError {
    /// In English; an I/O error's words after it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)?;
        match self {
            CampaignError::Io { source, .. } => write!(f, ": {source}"),
            _ => Ok(()),
        }
    }
}

impl std::error::Error for CampaignError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CampaignError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// One data row: the assessment it holds, or everything wrong with it.
#[derive(Debug)]
pub struct Row {
    /// Spreadsheet row number (the header is row 1).
    pub number: u64,
    pub assessment: Result<Assessment, Vec<Problem>>,
    /// Worth fixing but not blocking (an `na` without a comment, …).
    pub warnings: Vec<Problem>,
}

/// The records of a file whose header row was read: what `Reader` and `peek_grid` start from.
type Opened<R> = (Records<R>, Sniffed, Vec<String>);

/// A campaign CSV opened for one grid, read row by row.
pub struct Reader<'g, R: Read> {
    records: Records<R>,
    builder: RowBuilder<'g>,
    batch: Batch,
}

/// Turns one raw record of a campaign into a [`Row`]. Shared (`Sync`), so callers
/// may build the rows of a batch of records on several threads.
pub struct RowBuilder<'g> {
    grid: &'g Grid,
    file: String,
    sniffed: Sniffed,
    names: Vec<String>,
    columns: Vec<Column>,
    /// Column index of each indicator's level, comment, evidence, importance, action,
    /// owner, due date and status (grid order).
    cells: Vec<[Option<usize>; 8]>,
    /// What every row's assessment starts from (the grid reference made once).
    blank: Assessment,
    /// Columns and level lookups of the fast path ([`RowBuilder::quick`]).
    plan: quick::Plan,
    /// Dates after it get a warning.
    today: NaiveDate,
    /// The campaign of rows without a `campaign` cell: the file's own name.
    file_campaign: Option<String>,
    /// What the header's columns of an older grid version came to: notes, warnings.
    carried: (Vec<Message>, Vec<Message>),
}

/// A campaign file is one campaign, named after the file (`aqor-campaign-2026.csv` →
/// `aqor-campaign-2026`); stdin has no name (its rows fall in their date's period).
pub fn campaign_of_file(file: &str) -> Option<String> {
    let name = std::path::Path::new(file).file_stem()?.to_str()?;
    (!file.starts_with('<') && !name.is_empty()).then(|| name.to_string())
}

/// Messages of campaign files (en, fr, it, es, pl).
pub const WORDS: crate::i18n::Catalogue = &[
    (
        "column_carried",
        [
            "column {old} of an older version is read as {new} ({new} replaces {old} in {grid})",
            "la colonne {old} d’une version antérieure est lue comme {new} ({new} remplace {old} dans {grid})",
            "la colonna {old} di una versione precedente è letta come {new} ({new} sostituisce {old} in {grid})",
            "la columna {old} de una versión anterior se lee como {new} ({new} sustituye a {old} en {grid})",
            "kolumna {old} ze starszej wersji jest czytana jako {new} ({new} zastępuje {old} w {grid})",
        ],
    ),
    (
        "column_merged",
        [
            "column {old} of an older version is left out: {grid} merges it into {new}, which keeps the answers of {kept}",
            "la colonne {old} d’une version antérieure est écartée\u{202f}: {grid} la fusionne dans {new}, qui garde les réponses de {kept}",
            "la colonna {old} di una versione precedente è esclusa: {grid} la fonde in {new}, che tiene le risposte di {kept}",
            "la columna {old} de una versión anterior se descarta: {grid} la fusiona en {new}, que conserva las respuestas de {kept}",
            "kolumna {old} ze starszej wersji jest pominięta: {grid} łączy ją z {new}, który zachowuje odpowiedzi {kept}",
        ],
    ),
    (
        "other_grid",
        [
            "{unknown} of {all} columns are not in {grid}: this looks like a campaign of the built-in grid {other:q}; read it with `--grid {other}`",
            "{unknown} colonnes sur {all} ne sont pas dans {grid}\u{202f}: cela ressemble à une campagne de la grille intégrée {other:q}\u{202f}; lisez-la avec `--grid {other}`",
            "{unknown} colonne su {all} non sono in {grid}: sembra una campagna della griglia integrata {other:q}; leggetela con `--grid {other}`",
            "{unknown} de {all} columnas no están en {grid}: parece una campaña del referencial integrado {other:q}; léanla con `--grid {other}`",
            "{unknown} z {all} kolumn nie należy do {grid}: to wygląda na kampanię wbudowanej siatki {other:q}; wczytajcie ją z `--grid {other}`",
        ],
    ),
    (
        "bad_status",
        [
            "status {typed:q} is not todo, doing or done",
            "le statut {typed:q} n’est pas todo, doing ou done",
            "lo stato {typed:q} non è todo, doing o done",
            "el estado {typed:q} no es todo, doing o done",
            "status {typed:q} nie jest todo, doing ani done",
        ],
    ),
    (
        "bad_role",
        [
            "role {typed:q} is not team, management, partner or user",
            "le rôle {typed:q} n’est pas team, management, partner ou user",
            "il ruolo {typed:q} non è team, management, partner o user",
            "el rol {typed:q} no es team, management, partner ni user",
            "rola {typed:q} nie jest team, management, partner ani user",
        ],
    ),
    (
        "role_without_respondent",
        [
            "a role without a respondent; write whose answers these are in the respondent column",
            "un rôle sans répondant\u{202f}; indiquez dans la colonne respondent de qui sont ces réponses",
            "un ruolo senza rispondente; scrivete nella colonna respondent di chi sono queste risposte",
            "un rol sin encuestado; escriban en la columna respondent de quién son estas respuestas",
            "rola bez respondenta; wpiszcie w kolumnie respondent, czyje to odpowiedzi",
        ],
    ),
    (
        "action_without_level",
        [
            "an action, owner, due date or status without a level; give the indicator's level too",
            "une action, un responsable, une échéance ou un statut sans niveau\u{202f}; indiquez aussi le niveau de l’indicateur",
            "un’azione, un responsabile, una scadenza o uno stato senza livello; indicate anche il livello dell’indicatore",
            "una acción, responsable, fecha límite o estado sin nivel; indiquen también el nivel del indicador",
            "działanie, osoba odpowiedzialna, termin lub status bez poziomu; podajcie też poziom wskaźnika",
        ],
    ),
    (
        "placed",
        [
            "{place}: {text}",
            "{place}\u{202f}: {text}",
            "{place}: {text}",
            "{place}: {text}",
            "{place}: {text}",
        ],
    ),
    (
        "placed_column",
        [
            "{place}, column {column}: {text}",
            "{place}, colonne {column}\u{202f}: {text}",
            "{place}, colonna {column}: {text}",
            "{place}, columna {column}: {text}",
            "{place}, kolumna {column}: {text}",
        ],
    ),
    (
        "file_row",
        [
            "{file} row {row}",
            "{file} ligne {row}",
            "{file} riga {row}",
            "{file} fila {row}",
            "{file} wiersz {row}",
        ],
    ),
    (
        "cannot_read",
        [
            "cannot read {file}",
            "impossible de lire {file}",
            "impossibile leggere {file}",
            "no se puede leer {file}",
            "nie można odczytać {file}",
        ],
    ),
    (
        "header_problems",
        [
            "{file} has {n} {n|problem|problems} in its header",
            "{file} a {n} {n|problème|problèmes} dans son en-tête",
            "{file} ha {n} {n|problema|problemi} nell’intestazione",
            "{file} tiene {n} {n|problema|problemas} en su encabezado",
            "{file} ma {n} {n|problem|problemy|problemów} w nagłówku",
        ],
    ),
    (
        "empty_file",
        [
            "the file is empty; a campaign starts with a header row (see `aqor template GRID`)",
            "le fichier est vide\u{202f}; une campagne commence par une ligne d’en-tête (voir `aqor template GRILLE`)",
            "il file è vuoto; una campagna inizia con una riga di intestazione (vedete `aqor template GRIGLIA`)",
            "el archivo está vacío; una campaña empieza con una fila de encabezado (vean `aqor template REFERENCIAL`)",
            "plik jest pusty; kampania zaczyna się od wiersza nagłówka (zob. `aqor template SIATKA`)",
        ],
    ),
    (
        "header_not_utf8",
        [
            "the header is not valid UTF-8 text",
            "l’en-tête n’est pas un texte UTF-8 valide",
            "l’intestazione non è un testo UTF-8 valido",
            "el encabezado no es texto UTF-8 válido",
            "nagłówek nie jest poprawnym tekstem UTF-8",
        ],
    ),
    (
        "bom_in_cell",
        [
            "this cell holds an invisible byte-order mark (were two files joined?); remove it",
            "cette cellule contient une marque d’ordre des octets invisible (deux fichiers ont-ils été joints\u{202f}?)\u{202f}; supprimez-la",
            "questa cella contiene un indicatore invisibile dell’ordine dei byte (sono stati uniti due file?); rimuovetelo",
            "esta celda contiene una marca invisible de orden de bytes (¿se unieron dos archivos?); quítenla",
            "ta komórka zawiera niewidoczny znacznik kolejności bajtów (czy połączono dwa pliki?); usuńcie go",
        ],
    ),
    (
        "cell_not_utf8",
        [
            "this cell is not valid UTF-8 though the file starts as UTF-8; save the whole file again as \"CSV UTF-8\"",
            "cette cellule n’est pas en UTF-8 valide alors que le fichier commence en UTF-8\u{202f}; enregistrez de nouveau tout le fichier en «\u{202f}CSV UTF-8\u{202f}»",
            "questa cella non è UTF-8 valido benché il file inizi in UTF-8; salvate di nuovo l’intero file come «CSV UTF-8»",
            "esta celda no es UTF-8 válido aunque el archivo empieza en UTF-8; guarden de nuevo todo el archivo como «CSV UTF-8»",
            "ta komórka nie jest poprawnym UTF-8, choć plik zaczyna się jako UTF-8; zapiszcie cały plik ponownie jako „CSV UTF-8”",
        ],
    ),
    (
        "tab",
        ["tab", "tabulation", "tabulazione", "tabulador", "tabulator"],
    ),
    (
        "cell_count",
        [
            "has {got} cells but the header has {want}; a {delimiter:q} inside a cell needs quotes around the cell",
            "a {got} {got|cellule|cellules} mais l’en-tête en a {want}\u{202f}; un {delimiter:q} dans une cellule demande des guillemets autour de la cellule",
            "ha {got} {got|cella|celle} ma l’intestazione ne ha {want}; un {delimiter:q} dentro una cella richiede le virgolette attorno alla cella",
            "tiene {got} {got|celda|celdas} pero el encabezado tiene {want}; un {delimiter:q} dentro de una celda necesita comillas alrededor de la celda",
            "ma {got} {got|komórkę|komórki|komórek}, a nagłówek ma {want}; {delimiter:q} wewnątrz komórki wymaga cudzysłowów wokół komórki",
        ],
    ),
    (
        "no_structure_id",
        [
            "missing structure_id; every row needs the structure's id",
            "structure_id manquant\u{202f}; chaque ligne a besoin de l’identifiant de la structure",
            "structure_id mancante; ogni riga richiede l’identificativo della struttura",
            "falta structure_id; cada fila necesita el identificador de la estructura",
            "brak structure_id; każdy wiersz potrzebuje identyfikatora podmiotu",
        ],
    ),
    (
        "no_date",
        [
            "missing date; write YYYY-MM-DD or DD/MM/YYYY",
            "date manquante\u{202f}; écrivez AAAA-MM-JJ ou JJ/MM/AAAA",
            "data mancante; scrivete AAAA-MM-GG o GG/MM/AAAA",
            "falta la fecha; escriban AAAA-MM-DD o DD/MM/AAAA",
            "brak daty; wpiszcie RRRR-MM-DD lub DD/MM/RRRR",
        ],
    ),
    (
        "bad_importance",
        [
            "importance {typed:q} is not 1, 2, 3 or 4",
            "l’importance {typed:q} n’est pas 1, 2, 3 ou 4",
            "l’importanza {typed:q} non è 1, 2, 3 o 4",
            "la importancia {typed:q} no es 1, 2, 3 ni 4",
            "ważność {typed:q} nie jest równa 1, 2, 3 ani 4",
        ],
    ),
    (
        "row_of_other_grid",
        [
            "this row is for grid {cell:q} but the campaign is read with {grid}; score each grid's rows separately",
            "cette ligne est pour la grille {cell:q} mais la campagne est lue avec {grid}\u{202f}; évaluez séparément les lignes de chaque grille",
            "questa riga è per la griglia {cell:q} ma la campagna è letta con {grid}; calcolate separatamente i punteggi delle righe di ogni griglia",
            "esta fila es para el referencial {cell:q} pero la campaña se lee con {grid}; puntúen por separado las filas de cada referencial",
            "ten wiersz dotyczy siatki {cell:q}, a kampania jest czytana z {grid}; oceniajcie wiersze każdej siatki osobno",
        ],
    ),
    (
        "utf16",
        [
            "the file is UTF-16 (\"Unicode text\"); save it as \"CSV UTF-8\" or plain CSV",
            "le fichier est en UTF-16 («\u{202f}Texte Unicode\u{202f}»)\u{202f}; enregistrez-le en «\u{202f}CSV UTF-8\u{202f}» ou en CSV simple",
            "il file è in UTF-16 («Testo Unicode»); salvatelo come «CSV UTF-8» o come CSV semplice",
            "el archivo está en UTF-16 («Texto Unicode»); guárdenlo como «CSV UTF-8» o como CSV sencillo",
            "plik jest w UTF-16 („Tekst Unicode”); zapiszcie go jako „CSV UTF-8” lub zwykły CSV",
        ],
    ),
    (
        "no_delimiter",
        [
            "cannot tell the delimiter: no `;`, `,` or tab splits the header and the rows into the same number of columns; give --delimiter",
            "impossible de deviner le séparateur\u{202f}: ni le point-virgule, ni la virgule, ni la tabulation ne découpent l’en-tête et les lignes en un même nombre de colonnes\u{202f}; donnez --delimiter",
            "impossibile capire il separatore: né il punto e virgola, né la virgola, né la tabulazione dividono l’intestazione e le righe nello stesso numero di colonne; indicate --delimiter",
            "no se puede saber el separador: ni el punto y coma, ni la coma, ni el tabulador dividen el encabezado y las filas en el mismo número de columnas; indiquen --delimiter",
            "nie można ustalić separatora: ani średnik, ani przecinek, ani tabulator nie dzielą nagłówka i wierszy na tę samą liczbę kolumn; podajcie --delimiter",
        ],
    ),
    (
        "column_twice",
        [
            "this column appears twice; keep one",
            "cette colonne apparaît deux fois\u{202f}; gardez-en une",
            "questa colonna compare due volte; tenetene una",
            "esta columna aparece dos veces; dejen una",
            "ta kolumna występuje dwa razy; zostawcie jedną",
        ],
    ),
    (
        "unknown_suffix",
        [
            "unknown column {name:q}; after `{id}:` write comment, evidence, importance, action, owner, due or status",
            "colonne inconnue {name:q}\u{202f}; après `{id}:` écrivez comment, evidence, importance, action, owner, due ou status",
            "colonna sconosciuta {name:q}; dopo `{id}:` scrivete comment, evidence, importance, action, owner, due o status",
            "columna desconocida {name:q}; después de `{id}:` escriban comment, evidence, importance, action, owner, due o status",
            "nieznana kolumna {name:q}; po `{id}:` wpiszcie comment, evidence, importance, action, owner, due lub status",
        ],
    ),
    (
        "unknown_column_close",
        [
            "unknown column {name:q}; did you mean {close:q}?",
            "colonne inconnue {name:q}\u{202f}; vouliez-vous dire {close:q}\u{202f}?",
            "colonna sconosciuta {name:q}; forse intendevate {close:q}?",
            "columna desconocida {name:q}; ¿querían decir {close:q}?",
            "nieznana kolumna {name:q}; czy chodziło o {close:q}?",
        ],
    ),
    (
        "unknown_column",
        [
            "unknown column {name:q}; columns are structure_id, structure_name, network, date, profiles, grid, campaign, respondent, role, the indicator ids of {grid} and <id>:comment, <id>:evidence, <id>:importance, <id>:action, <id>:owner, <id>:due, <id>:status (see `aqor template {id}`)",
            "colonne inconnue {name:q}\u{202f}; les colonnes sont structure_id, structure_name, network, date, profiles, grid, campaign, respondent, role, les identifiants des indicateurs de {grid} et <id>:comment, <id>:evidence, <id>:importance, <id>:action, <id>:owner, <id>:due, <id>:status (voir `aqor template {id}`)",
            "colonna sconosciuta {name:q}; le colonne sono structure_id, structure_name, network, date, profiles, grid, campaign, respondent, role, gli identificativi degli indicatori di {grid} e <id>:comment, <id>:evidence, <id>:importance, <id>:action, <id>:owner, <id>:due, <id>:status (vedete `aqor template {id}`)",
            "columna desconocida {name:q}; las columnas son structure_id, structure_name, network, date, profiles, grid, campaign, respondent, role, los identificadores de los indicadores de {grid} y <id>:comment, <id>:evidence, <id>:importance, <id>:action, <id>:owner, <id>:due, <id>:status (vean `aqor template {id}`)",
            "nieznana kolumna {name:q}; kolumny to structure_id, structure_name, network, date, profiles, grid, campaign, respondent, role, identyfikatory wskaźników {grid} oraz <id>:comment, <id>:evidence, <id>:importance, <id>:action, <id>:owner, <id>:due, <id>:status (zob. `aqor template {id}`)",
        ],
    ),
    (
        "no_required_column",
        [
            "no `{what}` column; every campaign needs structure_id and date (see `aqor template {grid}`)",
            "aucune colonne `{what}`\u{202f}; toute campagne a besoin de structure_id et de date (voir `aqor template {grid}`)",
            "nessuna colonna `{what}`; ogni campagna richiede structure_id e date (vedete `aqor template {grid}`)",
            "ninguna columna `{what}`; toda campaña necesita structure_id y date (vean `aqor template {grid}`)",
            "brak kolumny `{what}`; każda kampania potrzebuje structure_id i date (zob. `aqor template {grid}`)",
        ],
    ),
];

/// Opens the records and reads the header row, before any grid is known.
fn open_csv<R: Read>(
    mut input: R,
    file: &str,
    delimiter: Option<u8>,
) -> Result<Opened<R>, CampaignError> {
    let io_err = |source| CampaignError::Io {
        file: file.to_string(),
        source,
    };
    let format_err = |message: Message| CampaignError::Format {
        file: file.to_string(),
        message,
    };
    let mut sample = Vec::with_capacity(SAMPLE_BYTES);
    (&mut input)
        .take(SAMPLE_BYTES as u64)
        .read_to_end(&mut sample)
        .map_err(io_err)?;
    let whole = sample.len() < SAMPLE_BYTES;
    let sniffed = sniff(&sample, whole, delimiter).map_err(format_err)?;
    let mut records = Records::new(input, sample, sniffed.bom, sniffed.delimiter, file);
    let mut batch = Batch::default();
    let Some(header) = records.header(&mut batch)? else {
        return Err(format_err(msg!(WORDS, "empty_file")));
    };
    let names = header
        .iter()
        .map(|b| {
            sniffed
                .encoding
                .decode(b)
                .map(|s| s.trim().to_string())
                .ok_or_else(|| format_err(msg!(WORDS, "header_not_utf8")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((records, sniffed, names))
}

/// The first non-empty cell of the `grid` column, looking at the first data rows only.
///
/// Lets a campaign name its grid before the grid is known (`aqor score` without `--grid`).
pub fn peek_grid<R: Read>(
    input: R,
    file: &str,
    delimiter: Option<u8>,
) -> Result<Option<String>, CampaignError> {
    let (mut records, sniffed, names) = open_csv(input, file, delimiter)?;
    let Some(col) = names.iter().position(|n| n.eq_ignore_ascii_case("grid")) else {
        return Ok(None);
    };
    let mut batch = Batch::default();
    for _ in 0..100 {
        let Ok(Some(record)) = records.next_into(&mut batch) else {
            break;
        };
        let cell = record.get(col).and_then(|b| sniffed.encoding.decode(b));
        if let Some(c) = cell.filter(|c| !c.trim().is_empty()) {
            return Ok(Some(c.trim().to_string()));
        }
    }
    Ok(None)
}

impl<'g, R: Read> Reader<'g, R> {
    /// Reads the header of `input` (named `file` in problems) and checks it against `grid`.
    pub fn new(
        input: R,
        file: &str,
        grid: &'g Grid,
        delimiter: Option<u8>,
    ) -> Result<Self, CampaignError> {
        let (records, sniffed, names) = open_csv(input, file, delimiter)?;
        let header::Header {
            columns,
            notes,
            warnings,
        } = header::map(&names, grid, file).map_err(CampaignError::Header)?;
        let mut cells = vec![[None; 8]; grid.indicators().count()];
        for (at, c) in columns.iter().enumerate() {
            match *c {
                Column::Level(n) => cells[n][0] = Some(at),
                Column::Comment(n) => cells[n][1] = Some(at),
                Column::Evidence(n) => cells[n][2] = Some(at),
                Column::Importance(n) => cells[n][3] = Some(at),
                Column::Action(n) => cells[n][4] = Some(at),
                Column::Owner(n) => cells[n][5] = Some(at),
                Column::Due(n) => cells[n][6] = Some(at),
                Column::Status(n) => cells[n][7] = Some(at),
                _ => {}
            }
        }
        let plan = quick::Plan::new(grid, &columns, &cells);
        Ok(Reader {
            records,
            builder: RowBuilder {
                plan,
                grid,
                file: file.to_string(),
                sniffed,
                names,
                columns,
                cells,
                blank: Assessment::new(grid, Structure::default(), NaiveDate::default()),
                today: crate::date::today(),
                file_campaign: campaign_of_file(file),
                carried: (notes, warnings),
            },
            batch: Batch::default(),
        })
    }

    /// The encoding and delimiter the file was read with.
    pub fn sniffed(&self) -> Sniffed {
        self.builder.sniffed
    }

    pub fn builder(&self) -> &RowBuilder<'g> {
        &self.builder
    }

    /// Reads the next data record into `batch` without building it, skipping rows
    /// whose cells are all blank; `None` at the end of the file.
    pub fn next_record<'b>(
        &mut self,
        batch: &'b mut Batch,
    ) -> Result<Option<Record<'b>>, CampaignError> {
        self.records.next_into(batch)
    }

    /// The records, to read on another thread, and the builder of their rows.
    pub fn split(self) -> (Records<R>, RowBuilder<'g>) {
        (self.records, self.builder)
    }
}

impl RowBuilder<'_> {
    /// The campaign of rows without a `campaign` cell: the file's name (none for stdin).
    pub fn file_campaign(&self) -> Option<&str> {
        self.file_campaign.as_deref()
    }

    /// Columns of an older grid version read as their successor's (notes) and those
    /// whose answers are left out (warnings).
    pub fn carried_columns(&self) -> (&[Message], &[Message]) {
        (&self.carried.0, &self.carried.1)
    }

    /// Indicators (grid order) the header has no level column for, among those its
    /// rows may be asked: an indicator of some profiles only counts when the file has
    /// a `profiles` column.
    pub fn missing_levels(&self) -> Vec<usize> {
        let profiles = self.columns.contains(&Column::Profiles);
        self.grid
            .indicators()
            .enumerate()
            .filter(|(n, (_, i))| {
                self.cells[*n][0].is_none() && (profiles || i.applies_to.is_empty())
            })
            .map(|(n, _)| n)
            .collect()
    }

    fn cell(&self, rec: Record, at: usize, problems: &mut Vec<Problem>) -> Option<String> {
        self.cell_text(rec, at, problems).map(Cow::into_owned)
    }

    /// A cell's trimmed text, borrowed from the record when it is UTF-8; `None` when empty.
    fn cell_text<'r>(
        &self,
        rec: Record<'r>,
        at: usize,
        problems: &mut Vec<Problem>,
    ) -> Option<Cow<'r, str>> {
        let bytes = rec.get(at)?;
        match self.sniffed.encoding.decode(bytes) {
            Some(s) if s.contains('\u{feff}') => {
                problems.push(Problem::at(
                    &self.file,
                    rec.row,
                    &self.names[at],
                    msg!(WORDS, "bom_in_cell"),
                ));
                Some(s.replace('\u{feff}', "").trim().to_string())
                    .filter(|s| !s.is_empty())
                    .map(Cow::Owned)
            }
            Some(Cow::Borrowed(s)) => Some(s.trim()).filter(|s| !s.is_empty()).map(Cow::Borrowed),
            Some(Cow::Owned(s)) => Some(s.trim())
                .filter(|s| !s.is_empty())
                .map(|s| Cow::Owned(s.to_string())),
            None => {
                problems.push(Problem::at(
                    &self.file,
                    rec.row,
                    &self.names[at],
                    msg!(WORDS, "cell_not_utf8"),
                ));
                None
            }
        }
    }

    fn fixed(&self, rec: Record, column: Column, problems: &mut Vec<Problem>) -> Option<String> {
        let at = self.columns.iter().position(|c| *c == column)?;
        self.cell(rec, at, problems)
    }

    /// Builds a record's assessment, or gathers all its problems.
    pub fn build(&self, rec: Record) -> Row {
        let mut problems = Vec::new();
        let mut warnings = Vec::new();
        let (file, row) = (self.file.as_str(), rec.row);
        let got = rec.len();
        if got != self.names.len() {
            let d = self.sniffed.delimiter as char;
            let delimiter = match d {
                '\t' => Arg::from(msg!(WORDS, "tab")),
                d => Arg::from(d.to_string()),
            };
            problems.push(Problem::row(
                file,
                row,
                msg!(
                    WORDS,
                    "cell_count",
                    got = got,
                    want = self.names.len(),
                    delimiter = delimiter
                ),
            ));
            return Row {
                number: row,
                assessment: Err(problems),
                warnings,
            };
        }
        let id = self.fixed(rec, Column::StructureId, &mut problems);
        if id.is_none() {
            problems.push(Problem::at(
                file,
                row,
                "structure_id",
                msg!(WORDS, "no_structure_id"),
            ));
        }
        let date = match self.fixed(rec, Column::Date, &mut problems) {
            None => {
                problems.push(Problem::at(file, row, "date", msg!(WORDS, "no_date")));
                None
            }
            Some(d) => crate::date::parse(&d)
                .map_err(|m| problems.push(Problem::at(file, row, "date", m)))
                .ok(),
        };
        if let Some(d) = date.filter(|d| *d > self.today) {
            warnings.push(Problem::at(file, row, "date", crate::date::future(d)));
        }
        let profiles: Vec<String> = self
            .fixed(rec, Column::Profiles, &mut problems)
            .map(|p| p.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        for p in &profiles {
            if !self.grid.profiles.iter().any(|q| &q.id == p) {
                let ids = self.grid.profiles.iter().map(|q| q.id.as_str());
                let m = match did_you_mean(p, ids.clone()) {
                    Some(close) => msg!(
                        assessment::WORDS,
                        "unknown_profile_close",
                        profile = p,
                        close = close
                    ),
                    None => assessment::unknown_profile(self.grid, p),
                };
                problems.push(Problem::at(file, row, "profiles", m));
            }
        }
        let scope = assessment::out_of_scope(self.grid, &profiles, "nothing_applies_row");
        let checked_profiles = scope.is_none().then_some(profiles.as_slice());
        if let Some(m) = scope {
            problems.push(Problem::at(file, row, "profiles", m));
        }
        if let Some(g) = self.fixed(rec, Column::Grid, &mut problems) {
            self.check_grid_cell(row, &g, &mut problems);
        }
        let mut answers = indexmap::IndexMap::with_capacity(self.cells.len());
        for ((_, indicator), at) in self.grid.indicators().zip(&self.cells) {
            if let Some(answer) = self.answer(rec, indicator, at, &mut problems) {
                for f in assessment::check_indicator_answer(
                    self.grid,
                    indicator,
                    &answer,
                    checked_profiles,
                ) {
                    let p = Problem::at(file, row, &f.indicator, f.message);
                    match f.severity {
                        Severity::Error => problems.push(p),
                        Severity::Warning => warnings.push(p),
                    }
                }
                answers.insert(indicator.id.clone(), answer);
            }
        }
        let assessment = match (id, date) {
            (Some(id), Some(date)) if problems.is_empty() => {
                let structure = Structure {
                    id,
                    name: self
                        .fixed(rec, Column::StructureName, &mut problems)
                        .unwrap_or_default(),
                    network: self.fixed(rec, Column::Network, &mut problems),
                    territory: self.fixed(rec, Column::Territory, &mut problems),
                    profiles,
                };
                let mut a = self.blank.clone();
                (a.structure, a.date) = (structure, date);
                a.assessor = self.fixed(rec, Column::Assessor, &mut problems);
                (a.respondent, a.role) = self.respondent(rec, &mut problems);
                a.campaign = self.fixed(rec, Column::Campaign, &mut problems);
                a.answers = answers;
                if problems.is_empty() {
                    Ok(a)
                } else {
                    Err(problems)
                }
            }
            _ => Err(problems),
        };
        Row {
            number: row,
            assessment,
            warnings,
        }
    }

    /// The answer in an indicator's cells; `None` when its level cell is empty.
    fn answer(
        &self,
        rec: Record,
        indicator: &crate::grid::Indicator,
        at: &[Option<usize>; 8],
        problems: &mut Vec<Problem>,
    ) -> Option<Answer> {
        let text =
            |i: usize, problems: &mut Vec<Problem>| at[i].and_then(|c| self.cell(rec, c, problems));
        let Some(level) = at[0].and_then(|c| self.cell_text(rec, c, problems)) else {
            if (4..8).any(|i| text(i, &mut Vec::new()).is_some()) {
                problems.push(Problem::at(
                    &self.file,
                    rec.row,
                    &indicator.id,
                    msg!(WORDS, "action_without_level"),
                ));
            }
            return None;
        };
        // A workbook's drop-down gives "2 · Partly met": the level is its id.
        let level = match level.split_once(LEVEL_SEPARATOR) {
            Some((id, _)) => Cow::Owned(id.to_string()),
            None => level,
        };
        let scale = self.grid.scale_of(indicator);
        let choice = assessment::read_level(scale, &level).unwrap_or_else(|| Choice::parse(&level));
        let mut answer = Answer::new(choice);
        answer.comment = text(1, problems);
        answer.evidence = text(2, problems);
        if let Some(imp) = text(3, problems) {
            match imp.parse::<u8>() {
                Ok(i) if (1..=4).contains(&i) => answer.importance = Some(i),
                _ => problems.push(Problem::at(
                    &self.file,
                    rec.row,
                    &format!("{}:importance", indicator.id),
                    msg!(WORDS, "bad_importance", typed = imp),
                )),
            }
        }
        answer.action = self.action(rec, indicator, at, problems);
        Some(answer)
    }

    /// The action planned in an indicator's `:action`, `:owner`, `:due` and `:status`
    /// cells, checked as in assessment files; `None` when they are all empty.
    fn action(
        &self,
        rec: Record,
        indicator: &crate::grid::Indicator,
        at: &[Option<usize>; 8],
        problems: &mut Vec<Problem>,
    ) -> Option<PlannedAction> {
        let text =
            |i: usize, problems: &mut Vec<Problem>| at[i].and_then(|c| self.cell(rec, c, problems));
        let mut action = PlannedAction {
            text: text(4, problems),
            owner: text(5, problems),
            ..PlannedAction::default()
        };
        let column = |suffix: &str| format!("{}:{suffix}", indicator.id);
        let due = text(6, problems);
        if let Some(d) = &due {
            match crate::date::parse(d) {
                Ok(d) => action.due = Some(d),
                Err(m) => problems.push(Problem::at(&self.file, rec.row, &column("due"), m)),
            }
        }
        let status = text(7, problems);
        if let Some(s) = &status {
            match ActionStatus::parse(s) {
                Some(s) => action.status = Some(s),
                None => problems.push(Problem::at(
                    &self.file,
                    rec.row,
                    &column("status"),
                    msg!(WORDS, "bad_status", typed = s),
                )),
            }
        }
        (action.text.is_some() || action.owner.is_some() || due.is_some() || status.is_some())
            .then_some(action)
    }

    /// The `respondent` and `role` cells: a role must be one of [`Role::ALL`] and
    /// name whose role it is.
    fn respondent(
        &self,
        rec: Record,
        problems: &mut Vec<Problem>,
    ) -> (Option<String>, Option<Role>) {
        let name = self.fixed(rec, Column::Respondent, problems);
        let role = self.fixed(rec, Column::Role, problems).and_then(|r| {
            let role = Role::parse(&r);
            if role.is_none() {
                problems.push(Problem::at(
                    &self.file,
                    rec.row,
                    "role",
                    msg!(WORDS, "bad_role", typed = &r),
                ));
            }
            role
        });
        if role.is_some() && name.is_none() {
            problems.push(Problem::at(
                &self.file,
                rec.row,
                "respondent",
                msg!(WORDS, "role_without_respondent"),
            ));
        }
        (name, role)
    }

    fn check_grid_cell(&self, row: u64, cell: &str, problems: &mut Vec<Problem>) {
        let mut parts = cell.splitn(2, [' ', '@']);
        let id = parts.next().unwrap_or_default();
        let version = parts.next().map(str::trim);
        let same = id == self.grid.id
            && version.is_none_or(|v| v.trim_start_matches('v') == self.grid.version.to_string());
        if !same {
            problems.push(Problem::at(
                &self.file,
                row,
                "grid",
                msg!(
                    WORDS,
                    "row_of_other_grid",
                    cell = cell,
                    grid = self.grid.label()
                ),
            ));
        }
    }
}

impl<R: Read> Iterator for Reader<'_, R> {
    type Item = Result<Row, CampaignError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut batch = std::mem::take(&mut self.batch);
        let row = match self.records.next_into(&mut batch) {
            Ok(Some(rec)) => Some(Ok(self.builder.build(rec))),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        };
        self.batch = batch;
        row
    }
}

#[cfg(test)]
mod tests;
