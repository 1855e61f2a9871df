//! A campaign sheet of a workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`), read with
//! calamine and turned into the campaign CSV the campaign reader already knows,
//! with the place of every cell kept so that messages name `Sheet!H7`.
//!
//! Cells read as the CSV reader would see them exported: a number `2` or `2.0` is
//! `2`, a date cell is `2025-03-14`, a formula is its computed value. What has no
//! CSV equivalent (a formula without a computed value, an error value, merged
//! cells) is a [`WorkbookError::Cells`] that names each cell: the sheet is not used.
//!
//! A sheet whose column A starts `structure_id`, `structure_name` (one value per
//! line) is a form of one structure (see [`super::template::form`]): it becomes a
//! campaign of one row.

use super::column_letters;
use super::template::{FORM_COLUMNS, FORM_FIELDS};
use crate::campaign::Problem;
use crate::i18n::{Catalogue, Message};
use crate::msg;
use calamine::{Data, Range, Reader, Sheets};
use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

/// Bytes a workbook's parts may unpack to; more is refused as a zip bomb.
pub const MAX_UNPACKED: u64 = 1 << 30;

/// What kind of file the first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Magic {
    /// A zip: `.xlsx`, `.xlsm` or `.ods`.
    Zip,
    /// An OLE compound file: `.xls`, or an encrypted (password-protected) `.xlsx`.
    Ole,
    /// Anything else: text (CSV, YAML).
    Other,
}

/// The kind of the file whose first bytes are `head`.
pub fn magic(head: &[u8]) -> Magic {
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        Magic::Zip
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Magic::Ole
    } else {
        Magic::Other
    }
}

/// File name endings read as workbooks when walking a folder.
pub const EXTENSIONS: [&str; 4] = ["xlsx", "xlsm", "xls", "ods"];

/// Why a workbook cannot be used.
#[derive(Debug)]
pub enum WorkbookError {
    /// Not usable at all (corrupt, password-protected, a zip bomb, no such sheet):
    /// nothing in it was checked.
    Unreadable(Message),
    /// Read, but the sheet is empty or has cells with no CSV equivalent (a formula
    /// without value, an error value, merged cells): each worded with its place.
    Cells(Vec<Message>),
}

const WORDS: Catalogue = &[
    (
        "unreadable",
        [
            "{file}: cannot be read as a workbook ({reason}); open it in a spreadsheet and save it again as .xlsx or .ods",
            "{file}\u{202f}: ne se lit pas comme un classeur ({reason})\u{202f}; ouvrez-le dans un tableur et enregistrez-le à nouveau en .xlsx ou .ods",
            "{file}: non si legge come cartella di lavoro ({reason}); apritelo in un foglio di calcolo e salvatelo di nuovo in .xlsx o .ods",
            "{file}: no se puede leer como libro ({reason}); ábranlo en una hoja de cálculo y guárdenlo de nuevo como .xlsx u .ods",
            "{file}: nie da się odczytać jako skoroszytu ({reason}); otwórzcie go w arkuszu kalkulacyjnym i zapiszcie ponownie jako .xlsx lub .ods",
        ],
    ),
    (
        "password",
        [
            "{file}: is protected by a password; save a copy without password and give that one",
            "{file}\u{202f}: est protégé par un mot de passe\u{202f}; enregistrez une copie sans mot de passe et donnez celle-ci",
            "{file}: è protetto da password; salvate una copia senza password e date quella",
            "{file}: está protegido con contraseña; guarden una copia sin contraseña y usen esa",
            "{file}: jest chroniony hasłem; zapiszcie kopię bez hasła i podajcie ją",
        ],
    ),
    (
        "too_big",
        [
            "{file}: unpacks to more than {limit} MB ({size} MB announced); this is not a campaign workbook",
            "{file}\u{202f}: se décompresse en plus de {limit} Mo ({size} Mo annoncés)\u{202f}; ce n’est pas un classeur de campagne",
            "{file}: si decomprime in più di {limit} MB ({size} MB annunciati); non è una cartella di campagna",
            "{file}: se descomprime en más de {limit} MB ({size} MB anunciados); no es un libro de campaña",
            "{file}: po rozpakowaniu ma ponad {limit} MB (zapowiedziane {size} MB); to nie jest skoroszyt kampanii",
        ],
    ),
    (
        "no_sheet",
        [
            "{file}: has no sheet {sheet:q}; its sheets: {sheets}",
            "{file}\u{202f}: n’a pas de feuille {sheet:q}\u{202f}; ses feuilles\u{202f}: {sheets}",
            "{file}: non ha il foglio {sheet:q}; i suoi fogli: {sheets}",
            "{file}: no tiene la hoja {sheet:q}; sus hojas: {sheets}",
            "{file}: nie ma arkusza {sheet:q}; jego arkusze: {sheets}",
        ],
    ),
    (
        "empty",
        [
            "{place}: is empty; the header row (structure_id, …) goes in row 1, or give the right sheet with --sheet NAME",
            "{place}\u{202f}: est vide\u{202f}; la ligne d’en-tête (structure_id, …) va en ligne 1, ou indiquez la bonne feuille avec --sheet NOM",
            "{place}: è vuoto; la riga d’intestazione (structure_id, …) va nella riga 1, o indicate il foglio giusto con --sheet NOME",
            "{place}: está vacía; la fila de encabezado (structure_id, …) va en la fila 1, o indiquen la hoja correcta con --sheet NOMBRE",
            "{place}: jest pusty; wiersz nagłówka (structure_id, …) to wiersz 1, albo wskażcie właściwy arkusz przez --sheet NAZWA",
        ],
    ),
    (
        "formula",
        [
            "{place}: has a formula ({formula}) but no computed value; open the file in a spreadsheet, let it compute and save it",
            "{place}\u{202f}: porte une formule ({formula}) sans valeur calculée\u{202f}; ouvrez le fichier dans un tableur, laissez-le calculer et enregistrez-le",
            "{place}: ha una formula ({formula}) senza valore calcolato; aprite il file in un foglio di calcolo, lasciatelo calcolare e salvatelo",
            "{place}: tiene una fórmula ({formula}) sin valor calculado; abran el archivo en una hoja de cálculo, dejen que calcule y guárdenlo",
            "{place}: ma formułę ({formula}) bez obliczonej wartości; otwórzcie plik w arkuszu kalkulacyjnym, pozwólcie mu przeliczyć i zapiszcie",
        ],
    ),
    (
        "error_value",
        [
            "{place}: holds the error value {value}; correct the cell",
            "{place}\u{202f}: contient la valeur d’erreur {value}\u{202f}; corrigez la cellule",
            "{place}: contiene il valore di errore {value}; correggete la cella",
            "{place}: contiene el valor de error {value}; corrijan la celda",
            "{place}: zawiera wartość błędu {value}; poprawcie komórkę",
        ],
    ),
    (
        "merged",
        [
            "{place}: cells {range} are merged; unmerge them and fill each cell",
            "{place}\u{202f}: les cellules {range} sont fusionnées\u{202f}; défusionnez-les et remplissez chaque cellule",
            "{place}: le celle {range} sono unite; separatele e compilate ogni cella",
            "{place}: las celdas {range} están combinadas; sepárenlas y rellenen cada celda",
            "{place}: komórki {range} są scalone; rozdzielcie je i wypełnijcie każdą",
        ],
    ),
    (
        "not_used",
        [
            "{file}: no row of it is used until these cells are fixed",
            "{file}\u{202f}: aucune de ses lignes n’est utilisée tant que ces cellules ne sont pas corrigées",
            "{file}: nessuna sua riga è usata finché queste celle non sono corrette",
            "{file}: ninguna de sus filas se usa hasta que se corrijan estas celdas",
            "{file}: żaden jego wiersz nie zostanie użyty, dopóki te komórki nie zostaną poprawione",
        ],
    ),
    (
        "form_no_table",
        [
            "{place}: looks like a form (structure_id, structure_name in column A) but has no row of column ids (criterion, indicator, …); start again from `aqor template GRID --form`",
            "{place}\u{202f}: ressemble à un questionnaire (structure_id, structure_name en colonne A) mais n’a pas de ligne d’identifiants de colonnes (criterion, indicator, …)\u{202f}; repartez de `aqor template GRILLE --form`",
            "{place}: sembra un questionario (structure_id, structure_name nella colonna A) ma non ha la riga degli identificativi di colonna (criterion, indicator, …); ripartite da `aqor template GRIGLIA --form`",
            "{place}: parece un cuestionario (structure_id, structure_name en la columna A) pero no tiene la fila de identificadores de columna (criterion, indicator, …); partan de `aqor template REFERENCIAL --form`",
            "{place}: wygląda na kwestionariusz (structure_id, structure_name w kolumnie A), ale nie ma wiersza identyfikatorów kolumn (criterion, indicator, …); zacznijcie od `aqor template SIATKA --form`",
        ],
    ),
    (
        "hidden",
        [
            "{place}: hidden rows ({rows}) are read like the others",
            "{place}\u{202f}: les lignes masquées ({rows}) sont lues comme les autres",
            "{place}: le righe nascoste ({rows}) sono lette come le altre",
            "{place}: las filas ocultas ({rows}) se leen como las demás",
            "{place}: ukryte wiersze ({rows}) są czytane jak pozostałe",
        ],
    ),
    (
        "form_twice",
        [
            "{place}: indicator {id} is already in row {first}; keep one row per indicator",
            "{place}\u{202f}: l’indicateur {id} est déjà en ligne {first}\u{202f}; gardez une ligne par indicateur",
            "{place}: l’indicatore {id} è già alla riga {first}; tenete una riga per indicatore",
            "{place}: el indicador {id} ya está en la fila {first}; dejen una fila por indicador",
            "{place}: wskaźnik {id} jest już w wierszu {first}; zostawcie jeden wiersz na wskaźnik",
        ],
    ),
];

impl WorkbookError {
    /// Whether the file was read but fails a check (exit 1) rather than unreadable (exit 2).
    pub fn is_check(&self) -> bool {
        matches!(self, WorkbookError::Cells(_))
    }

    /// The closing line of a [`WorkbookError::Cells`] list.
    pub fn not_used(file: &str) -> Message {
        msg!(WORDS, "not_used", file = file)
    }

    fn unreadable(file: &str, reason: impl fmt::Display) -> Self {
        WorkbookError::Unreadable(msg!(
            WORDS,
            "unreadable",
            file = file,
            reason = reason.to_string()
        ))
    }
}

impl fmt::Display for WorkbookError {
    /// In English, one line per message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkbookError::Unreadable(m) => write!(f, "{m}"),
            WorkbookError::Cells(lines) => {
                for (i, m) in lines.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n")?;
                    }
                    write!(f, "{m}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for WorkbookError {}

/// One sheet of a workbook as a campaign CSV, with where each of its cells came from.
#[derive(Debug)]
pub struct Sheet {
    /// `campagne.xlsx, Feuil1`: what messages about the whole sheet name.
    pub name: String,
    /// The sheet's name alone.
    pub sheet: String,
    /// The campaign CSV (`,`-delimited, UTF-8): header row first.
    pub csv: Vec<u8>,
    /// Column names of the CSV header, to place a problem by its column.
    header: Vec<String>,
    layout: Layout,
    /// Rows hidden in the sheet (1-based): read like the others, and said so.
    pub hidden: Vec<u32>,
    /// The first filled `grid` cell, a template's pre-filled rows included: it names
    /// the grid even before a structure is typed in.
    pub grid: Option<String>,
}

#[derive(Debug)]
enum Layout {
    /// CSV row `n` is sheet row `first_row + n`, CSV column `j` sheet column `first_col + j`.
    Table { first_row: u32, first_col: u32 },
    /// A form: each CSV column of its one data row comes from one cell.
    Form { cells: HashMap<String, (u32, u32)> },
}

impl Sheet {
    /// The note on the sheet's hidden rows, if it has some (first 20 listed).
    pub fn hidden_note(&self) -> Option<Message> {
        if self.hidden.is_empty() {
            return None;
        }
        let mut rows: Vec<String> = self.hidden.iter().take(20).map(u32::to_string).collect();
        if self.hidden.len() > 20 {
            rows.push(format!("… (+{})", self.hidden.len() - 20));
        }
        Some(msg!(
            WORDS,
            "hidden",
            place = &self.name,
            rows = rows.join(", ")
        ))
    }

    /// `Feuil1!H7`: the cell a campaign problem at `row`, `column` is about.
    pub fn cell(&self, row: u64, column: &str) -> Option<String> {
        let (r, c) = match &self.layout {
            Layout::Table {
                first_row,
                first_col,
            } => {
                let j = self.header.iter().position(|h| h == column)?;
                (
                    u64::from(*first_row) + row - 1,
                    u64::from(*first_col) + j as u64,
                )
            }
            Layout::Form { cells } => cells
                .get(column)
                .map(|&(r, c)| (u64::from(r), u64::from(c)))?,
        };
        Some(format!(
            "{}!{}{}",
            quote_sheet(&self.sheet),
            column_letters(c as u32),
            r + 1
        ))
    }

    /// A campaign problem about this sheet, worded with its cell:
    /// `campagne.xlsx, Feuil1!H7, column C1.3: …`.
    pub fn word(&self, p: &Problem) -> Message {
        let file = self.name.split_once(", ").map_or(&*self.name, |(f, _)| f);
        let place: crate::i18n::Arg = match (&self.layout, p.row, &p.column) {
            (_, 0, _) => self.name.as_str().into(),
            (_, row, Some(c)) => match self.cell(row, c) {
                Some(cell) => format!("{file}, {cell}").into(),
                None => crate::campaign::row_of(&self.name, row).into(),
            },
            (Layout::Table { first_row, .. }, row, None) => {
                crate::campaign::row_of(&self.name, u64::from(*first_row) + row).into()
            }
            (Layout::Form { .. }, _, None) => self.name.as_str().into(),
        };
        p.placed(place)
    }
}

/// `'My sheet'` when a sheet name needs quotes in a cell reference.
fn quote_sheet(name: &str) -> String {
    if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// Reads sheet `sheet` (the first when `None`) of the workbook at `path`, named
/// `file` in messages.
pub fn open(path: &Path, file: &str, sheet: Option<&str>) -> Result<Sheet, WorkbookError> {
    let mut book = open_book(path, file)?;
    let names = book.sheet_names();
    let empty = |sheet: &str| {
        WorkbookError::Cells(vec![msg!(
            WORDS,
            "empty",
            place = format!("{file}, {sheet}")
        )])
    };
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| *n == s)
            .or_else(|| names.iter().find(|n| n.eq_ignore_ascii_case(s)))
            .cloned()
            .ok_or_else(|| {
                WorkbookError::Unreadable(msg!(
                    WORDS,
                    "no_sheet",
                    file = file,
                    sheet = s,
                    sheets = names.join(", ")
                ))
            })?,
        None => names.first().cloned().ok_or_else(|| empty(""))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| WorkbookError::unreadable(file, e))?;
    let label = format!("{file}, {name}");
    if range.start().is_none() {
        return Err(empty(&name));
    }
    // Formulas are read again only when the sheet has some, and either a cell
    // without a value (where a formula's missing value would pass for an empty
    // cell) or a workbook whose stored formula values are not results.
    let scan = match &book {
        Sheets::Xlsx(_) => scan_xlsx(path, &name),
        _ => Scan {
            formulas: true,
            uncomputed: false,
            hidden: Vec::new(),
            merged: None,
        },
    };
    let formulas = if scan.formulas && (scan.uncomputed || has_blank_inside(&range)) {
        book.worksheet_formula(&name).ok()
    } else {
        None
    };
    let place = |r: u32, c: u32| {
        format!(
            "{file}, {}!{}{}",
            quote_sheet(&name),
            column_letters(c),
            r + 1
        )
    };
    let formulas = formulas.as_ref().map(|f| (f, scan.uncomputed));
    let merged = match scan.merged {
        Some(m) => m,
        None => merged(&mut book, &name),
    };
    let cells = unusable_cells(&range, formulas, &merged, place);
    if !cells.is_empty() {
        return Err(WorkbookError::Cells(cells));
    }
    let mut sheet = if is_form(&range) {
        form_sheet(&range, label, name, file)?
    } else {
        table_sheet(&range, label, name)
    };
    sheet.hidden = scan.hidden;
    Ok(sheet)
}

/// The workbook at `path` opened by calamine, its format told by its first bytes.
fn open_book(path: &Path, file: &str) -> Result<Sheets<BufReader<File>>, WorkbookError> {
    let unreadable = |e: &dyn fmt::Display| WorkbookError::unreadable(file, e);
    let password = || WorkbookError::Unreadable(msg!(WORDS, "password", file = file));
    let mut f = File::open(path).map_err(|e| unreadable(&e))?;
    let mut head = [0u8; 8];
    let n = f.read(&mut head).map_err(|e| unreadable(&e))?;
    f.rewind().map_err(|e| unreadable(&e))?;
    let f = BufReader::new(f);
    Ok(match magic(&head[..n]) {
        Magic::Zip if check_zip(path, file)? => Sheets::Ods(
            calamine::open_workbook_from_rs::<calamine::Ods<_>, _>(f).map_err(|e| match e {
                calamine::OdsError::Password => password(),
                e => unreadable(&e),
            })?,
        ),
        Magic::Zip => Sheets::Xlsx(
            calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(f)
                .map_err(|e| unreadable(&e))?,
        ),
        Magic::Ole => match calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(f) {
            // An encrypted .xlsx is an OLE file holding an `EncryptedPackage`.
            Err(calamine::XlsxError::Password) => return Err(password()),
            _ => {
                let f = BufReader::new(File::open(path).map_err(|e| unreadable(&e))?);
                Sheets::Xls(
                    calamine::open_workbook_from_rs::<calamine::Xls<_>, _>(f).map_err(
                        |e| match e {
                            calamine::XlsError::Password => password(),
                            e => unreadable(&e),
                        },
                    )?,
                )
            }
        },
        Magic::Other => return Err(unreadable(&"not a zip nor an OLE file")),
    })
}

/// A rectangle of cells: top left and bottom right, 0-based (row, column).
type Span = ((u32, u32), (u32, u32));

/// Cells with no CSV equivalent, each worded at its `place`: merged regions, error
/// values, formulas without a computed value (every formula of an `uncomputed`
/// workbook).
fn unusable_cells(
    range: &Range<Data>,
    formulas: Option<(&Range<String>, bool)>,
    merged: &[Span],
    place: impl Fn(u32, u32) -> String,
) -> Vec<Message> {
    let mut cells = Vec::new();
    for &(from, to) in merged {
        let span = format!(
            "{}{}:{}{}",
            column_letters(from.1),
            from.0 + 1,
            column_letters(to.1),
            to.0 + 1
        );
        cells.push(msg!(
            WORDS,
            "merged",
            place = format!(
                "{}:{}{}",
                place(from.0, from.1),
                column_letters(to.1),
                to.0 + 1
            ),
            range = span
        ));
    }
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    for (r, c, d) in range.used_cells() {
        if let Data::Error(e) = d {
            let (r, c) = (first_row + r as u32, first_col + c as u32);
            cells.push(msg!(
                WORDS,
                "error_value",
                place = place(r, c),
                value = e.to_string()
            ));
        }
    }
    if let Some((formulas, uncomputed)) = formulas {
        let (fr, fc) = formulas.start().unwrap_or((0, 0));
        for (r, c, f) in formulas.used_cells() {
            let (r, c) = (fr + r as u32, fc + c as u32);
            let no_value =
                uncomputed || matches!(range.get_value((r, c)), None | Some(Data::Empty));
            if !f.is_empty() && no_value {
                cells.push(msg!(
                    WORDS,
                    "formula",
                    place = place(r, c),
                    formula = format!("={f}")
                ));
            }
        }
    }
    cells
}

/// A campaign sheet as CSV, row for row and column for column.
fn table_sheet(range: &Range<Data>, label: String, name: String) -> Sheet {
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut csv = Vec::with_capacity(range.get_size().0 * range.get_size().1 * 4);
    let mut header = Vec::new();
    let mut text = String::new();
    let mut grid_col = None;
    let mut grid = None;
    for (i, row) in range.rows().enumerate() {
        if i == 0 {
            header = row
                .iter()
                .map(|d| cell_text(d, &mut text).to_string())
                .collect();
            grid_col = header.iter().position(|h| h.trim() == "grid");
        }
        if i > 0
            && grid.is_none()
            && let Some(d) = grid_col.and_then(|g| row.get(g))
        {
            grid = Some(cell_text(d, &mut text).trim().to_string()).filter(|g| !g.is_empty());
        }
        // A template's pre-filled `grid` cell alone is not a structure: an empty row.
        let only_grid = i > 0
            && grid_col.is_some_and(|g| {
                row.iter()
                    .enumerate()
                    .all(|(j, d)| j == g || matches!(d, Data::Empty))
            });
        for (j, d) in row.iter().enumerate() {
            if j > 0 {
                csv.push(b',');
            }
            if !only_grid {
                push_cell(&mut csv, cell_text(d, &mut text));
            }
        }
        csv.push(b'\n');
    }
    Sheet {
        name: label,
        sheet: name,
        csv,
        header,
        layout: Layout::Table {
            first_row,
            first_col,
        },
        hidden: Vec::new(),
        grid,
    }
}

/// What one look at a sheet's XML tells: whether it has formulas, which rows are hidden.
struct Scan {
    formulas: bool,
    /// The workbook asks to compute every formula on opening (`fullCalcOnLoad`): it
    /// was written by a program that does not compute, and the values stored with
    /// its formulas (`0` for rust_xlsxwriter and XlsxWriter) are not results.
    uncomputed: bool,
    /// 1-based numbers of hidden rows.
    hidden: Vec<u32>,
    /// Merged regions, when the scan found the sheet (calamine would parse the
    /// whole sheet again to give them).
    merged: Option<Vec<Span>>,
}

/// Scans the XML of sheet `name` of an `.xlsx` (found through the workbook's
/// relationships); when anything is missing, formulas are assumed.
fn scan_xlsx(path: &Path, name: &str) -> Scan {
    let unsure = Scan {
        formulas: true,
        uncomputed: false,
        hidden: Vec::new(),
        merged: None,
    };
    let Ok(f) = File::open(path) else {
        return unsure;
    };
    let Ok(mut zip) = zip::ZipArchive::new(BufReader::new(f)) else {
        return unsure;
    };
    let mut part = |p: &str| -> Option<String> {
        let mut s = String::new();
        zip.by_name(p).ok()?.read_to_string(&mut s).ok()?;
        Some(s)
    };
    let (Some(book), Some(rels)) = (part("xl/workbook.xml"), part("xl/_rels/workbook.xml.rels"))
    else {
        return unsure;
    };
    let escaped = name
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    let id = book
        .split("<sheet ")
        .skip(1)
        .find(|s| s.contains(&format!("name=\"{escaped}\"")))
        .and_then(|s| attr(s, "r:id"));
    let target = id.and_then(|id| {
        rels.split("<Relationship ")
            .skip(1)
            .find(|r| attr(r, "Id") == Some(id))
            .and_then(|r| attr(r, "Target"))
    });
    let Some(target) = target else {
        return unsure;
    };
    let target = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("xl/{target}"),
    };
    let Some(xml) = part(&target) else {
        return unsure;
    };
    let hidden = xml
        .split("<row ")
        .skip(1)
        .filter_map(|r| {
            let tag = &r[..r.find('>').unwrap_or(r.len())];
            matches!(attr(tag, "hidden"), Some("1" | "true"))
                .then(|| attr(tag, "r")?.parse().ok())
                .flatten()
        })
        .collect();
    Scan {
        formulas: xml.contains("<f>") || xml.contains("<f "),
        uncomputed: book.contains("fullCalcOnLoad=\"1\"")
            || book.contains("fullCalcOnLoad=\"true\""),
        hidden,
        merged: Some(
            xml.split("<mergeCell ")
                .skip(1)
                .filter_map(|m| span(attr(m, "ref")?))
                .collect(),
        ),
    }
}

/// `A1:B2` as (top left, bottom right), 0-based (row, column).
fn span(range: &str) -> Option<Span> {
    let cell = |r: &str| -> Option<(u32, u32)> {
        let digits = r.find(|c: char| c.is_ascii_digit())?;
        let (letters, row) = r.split_at(digits);
        let col = letters
            .bytes()
            .try_fold(0u32, |n, b| {
                b.is_ascii_uppercase()
                    .then(|| n * 26 + u32::from(b - b'A') + 1)
            })?
            .checked_sub(1)?;
        Some((row.parse::<u32>().ok()?.checked_sub(1)?, col))
    };
    let (from, to) = range.split_once(':')?;
    Some((cell(from)?, cell(to)?))
}

/// The value of attribute `key` in the start of a tag.
fn attr<'a>(tag: &'a str, key: &str) -> Option<&'a str> {
    let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
    let at = tag
        .find(&format!(" {key}=\""))
        .map(|i| i + 1)
        .or_else(|| tag.starts_with(&format!("{key}=\"")).then_some(0))?;
    let rest = &tag[at + key.len() + 2..];
    Some(&rest[..rest.find('"')?])
}

/// Whether a row has an empty cell left of a filled one (where a formula without value hides).
fn has_blank_inside(range: &Range<Data>) -> bool {
    range.rows().any(|row| {
        let last = row.iter().rposition(|d| !matches!(d, Data::Empty));
        last.is_some_and(|l| row[..l].iter().any(|d| matches!(d, Data::Empty)))
    })
}

/// Merged regions of the sheet, as (top left, bottom right) 0-based (row, column).
fn merged(book: &mut Sheets<BufReader<File>>, name: &str) -> Vec<Span> {
    let dims = match book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        _ => Vec::new(),
    };
    dims.iter().map(|d| (d.start, d.end)).collect()
}

/// Refuses a zip whose parts announce more than [`MAX_UNPACKED`] bytes (a zip bomb);
/// true when it is an OpenDocument file (`.ods`).
fn check_zip(path: &Path, file: &str) -> Result<bool, WorkbookError> {
    let unreadable = |e: &dyn fmt::Display| WorkbookError::unreadable(file, e);
    let f = File::open(path).map_err(|e| unreadable(&e))?;
    let mut zip = zip::ZipArchive::new(BufReader::new(f)).map_err(|e| unreadable(&e))?;
    let mut total: u64 = 0;
    let mut ods = false;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| unreadable(&e))?;
        total = total.saturating_add(entry.size());
        if entry.name().is_ok_and(|n| n == "mimetype") {
            ods = true;
        }
    }
    if total > MAX_UNPACKED {
        return Err(WorkbookError::Unreadable(msg!(
            WORDS,
            "too_big",
            file = file,
            limit = MAX_UNPACKED >> 20,
            size = total >> 20
        )));
    }
    Ok(ods)
}

/// A cell as text, the way a CSV export shows it (`2.0` → `2`; dates as `YYYY-MM-DD`).
fn cell_text<'d>(d: &'d Data, buf: &'d mut String) -> &'d str {
    use std::fmt::Write;
    buf.clear();
    match d {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => return s,
        Data::Empty => return "",
        Data::Int(i) => {
            let _ = write!(buf, "{i}");
        }
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                let _ = write!(buf, "{}", *f as i64);
            } else {
                let _ = write!(buf, "{f}");
            }
        }
        Data::Bool(b) => buf.push_str(if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, mo, da, h, mi, s, _) = dt.to_ymd_hms_milli();
            let _ = write!(buf, "{y:04}-{mo:02}-{da:02}");
            if (h, mi, s) != (0, 0, 0) {
                let _ = write!(buf, " {h:02}:{mi:02}:{s:02}");
            }
        }
        Data::DateTime(dt) => {
            let _ = write!(buf, "{}", dt.as_f64());
        }
        // Refused before any row is turned into text.
        Data::Error(e) => {
            let _ = write!(buf, "{e}");
        }
    }
    buf
}

/// Appends a cell to a `,`-delimited record, quoted when it must be (no formula
/// neutralising: these are inputs, read back as they are).
fn push_cell(out: &mut Vec<u8>, cell: &str) {
    if cell
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
    {
        out.push(b'"');
        for b in cell.bytes() {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(cell.as_bytes());
    }
}

fn text_at(range: &Range<Data>, r: usize, c: usize) -> String {
    let mut buf = String::new();
    range
        .get((r, c))
        .map(|d| cell_text(d, &mut buf).trim().to_string())
        .unwrap_or_default()
}

/// Column A starts with `structure_id`, `structure_name`: a form.
fn is_form(range: &Range<Data>) -> bool {
    text_at(range, 0, 0) == FORM_FIELDS[0] && text_at(range, 1, 0) == FORM_FIELDS[1]
}

/// A form as a campaign of one row: its top block's fields, then for each
/// indicator row its level, comment, evidence, importance (and action, owner, due
/// when any is filled).
fn form_sheet(
    range: &Range<Data>,
    label: String,
    name: String,
    file: &str,
) -> Result<Sheet, WorkbookError> {
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let abs = |r: usize, c: usize| (r0 + r as u32, c0 + c as u32);
    let (height, width) = range.get_size();
    let mut header = Vec::new();
    let mut values = Vec::new();
    let mut cells = HashMap::new();
    let mut r = 0;
    // The top block: `key | value` lines until the table's id row.
    let table = loop {
        if r >= height {
            return Err(WorkbookError::Cells(vec![msg!(
                WORDS,
                "form_no_table",
                place = label
            )]));
        }
        let key = text_at(range, r, 0);
        if key == FORM_COLUMNS[0] && text_at(range, r, 1) == FORM_COLUMNS[1] {
            break r;
        }
        let known = FORM_FIELDS.contains(&key.as_str())
            || key == "profiles"
            || key == "territory"
            || key == "assessor";
        if known {
            header.push(key.clone());
            values.push(text_at(range, r, 1));
            cells.insert(key, abs(r, 1));
        }
        r += 1;
    };
    // The id row says which column is which.
    let columns: Vec<String> = (0..width).map(|c| text_at(range, table, c)).collect();
    let col = |id: &str| columns.iter().position(|c| c == id);
    let indicator = col("indicator").unwrap_or(1);
    let parts: Vec<(usize, &str)> = [
        ("level", ""),
        ("comment", ":comment"),
        ("evidence", ":evidence"),
        ("importance", ":importance"),
        ("action", ":action"),
        ("owner", ":owner"),
        ("due", ":due"),
    ]
    .iter()
    .filter_map(|(id, suffix)| col(id).map(|c| (c, *suffix)))
    .collect();
    let rows: Vec<usize> = (table + 1..height)
        .filter(|&r| !text_at(range, r, indicator).is_empty())
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut twice = Vec::new();
    for (c, suffix) in &parts {
        // Action columns only when something is in them: a campaign reader without
        // them still reads the rest, and anything written there is never dropped.
        let optional = matches!(*suffix, ":action" | ":owner" | ":due");
        if optional && rows.iter().all(|&r| text_at(range, r, *c).is_empty()) {
            continue;
        }
        for &r in &rows {
            let id = text_at(range, r, indicator);
            if suffix.is_empty()
                && let Some(first) = seen.insert(id.clone(), r)
            {
                twice.push(msg!(
                    WORDS,
                    "form_twice",
                    place = format!(
                        "{file}, {}!{}{}",
                        quote_sheet(&name),
                        column_letters(abs(r, indicator).1),
                        abs(r, 0).0 + 1
                    ),
                    id = &id,
                    first = (abs(first, 0).0 + 1).to_string()
                ));
            }
            let column = format!("{id}{suffix}");
            let value = text_at(range, r, *c);
            cells.insert(column.clone(), abs(r, *c));
            header.push(column);
            values.push(value);
        }
    }
    if !twice.is_empty() {
        return Err(WorkbookError::Cells(twice));
    }
    let mut csv = Vec::new();
    for line in [&header, &values] {
        for (j, cell) in line.iter().enumerate() {
            if j > 0 {
                csv.push(b',');
            }
            push_cell(&mut csv, cell);
        }
        csv.push(b'\n');
    }
    let grid = header
        .iter()
        .position(|h| h == "grid")
        .map(|i| values[i].clone())
        .filter(|g| !g.is_empty());
    Ok(Sheet {
        name: label,
        sheet: name,
        csv,
        header,
        layout: Layout::Form { cells },
        hidden: Vec::new(),
        grid,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_a_csv_export_shows_them() {
        let mut b = String::new();
        assert_eq!(cell_text(&Data::Float(2.0), &mut b), "2");
        assert_eq!(cell_text(&Data::Float(2.5), &mut b), "2.5");
        assert_eq!(cell_text(&Data::Int(3), &mut b), "3");
        let date =
            calamine::ExcelDateTime::new(45730.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(date), &mut b), "2025-03-14");
        let mut out = Vec::new();
        push_cell(&mut out, "a, \"b\"");
        assert_eq!(span("A1:B1"), Some(((0, 0), (0, 1))));
        assert_eq!(span("Z10:AB12"), Some(((9, 25), (11, 27))));
        assert_eq!(span("A0:B1"), None);
        assert_eq!(out, b"\"a, \"\"b\"\"\"");
    }

    #[test]
    fn magic_tells_zip_ole_and_text() {
        assert_eq!(magic(b"PK\x03\x04rest"), Magic::Zip);
        assert_eq!(
            magic(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
            Magic::Ole
        );
        assert_eq!(magic(b"structure_id,"), Magic::Other);
    }
}
