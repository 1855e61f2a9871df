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
pub use quick::ScoredRow;
pub use records::{Batch, Record, Records, Text};
pub use seen::{MEMORY_KEYS, Place, Seen, campaign_hash, fingerprint, fingerprint_in};
pub use sniff::{Encoding, SAMPLE_BYTES, Sniffed, sniff};
pub use write::write;

use crate::assessment::{
    self, ActionStatus, Answer, Assessment, Choice, PlannedAction, Role, Structure,
};
use crate::diagnostic::{Severity, did_you_mean};
use crate::grid::Grid;
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
    pub message: String,
}

impl Problem {
    pub fn at(file: &str, row: u64, column: &str, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            row,
            column: Some(column.to_string()),
            message: message.into(),
        }
    }

    pub fn row(file: &str, row: u64, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            row,
            column: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    /// `campaign.csv row 3, column A.1: "4" is not a level of scale lvl4 (0, 1, 2, 3, na)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.row > 0 {
            write!(f, " row {}", self.row)?;
        }
        if let Some(c) = &self.column {
            write!(f, ", column {c}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Why a campaign file cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum CampaignError {
    #[error("cannot read {file}: {source}")]
    Io {
        file: String,
        #[source]
        source: io::Error,
    },
    /// Not a CSV aqor can read (UTF-16, no delimiter found, empty).
    #[error("{file}: {message}")]
    Format { file: String, message: String },
    /// The header names columns the grid does not have, or lacks required ones.
    #[error("{} has {} problem(s) in its header", .0[0].file, .0.len())]
    Header(Vec<Problem>),
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
    carried: (Vec<String>, Vec<String>),
}

/// A campaign file is one campaign, named after the file (`aqor-campaign-2026.csv` →
/// `aqor-campaign-2026`); stdin has no name (its rows fall in their date's period).
pub fn campaign_of_file(file: &str) -> Option<String> {
    let name = std::path::Path::new(file).file_stem()?.to_str()?;
    (!file.starts_with('<') && !name.is_empty()).then(|| name.to_string())
}

/// The warning for an assessment dated after today.
pub fn future(date: NaiveDate) -> String {
    crate::assessment::fill(WORDS, "future_date", &[("date", date.to_string().as_str())])
}

/// Messages of campaign files (en, fr, it, es, pl).
pub const WORDS: crate::i18n::Catalogue = &[
    (
        "column_carried",
        [
            "column {old} of an older version is read as {new} ({new} replaces {old} in {grid})",
            "la colonne {old} d'une version antérieure est lue comme {new} ({new} remplace {old} dans {grid})",
            "la colonna {old} di una versione precedente è letta come {new} ({new} sostituisce {old} in {grid})",
            "la columna {old} de una versión anterior se lee como {new} ({new} sustituye a {old} en {grid})",
            "kolumna {old} ze starszej wersji jest czytana jako {new} ({new} zastępuje {old} w {grid})",
        ],
    ),
    (
        "column_merged",
        [
            "column {old} of an older version is left out: {grid} merges it into {new}, which keeps the answers of {kept}",
            "la colonne {old} d'une version antérieure est écartée\u{202f}: {grid} la fusionne dans {new}, qui garde les réponses de {kept}",
            "la colonna {old} di una versione precedente è esclusa: {grid} la fonde in {new}, che tiene le risposte di {kept}",
            "la columna {old} de una versión anterior se descarta: {grid} la fusiona en {new}, que conserva las respuestas de {kept}",
            "kolumna {old} ze starszej wersji jest pominięta: {grid} łączy ją z {new}, który zachowuje odpowiedzi {kept}",
        ],
    ),
    (
        "future_date",
        [
            "{date} is in the future; is the year right?",
            "{date} est dans le futur\u{202f}; l'année est-elle juste\u{202f}?",
            "{date} è nel futuro; l'anno è giusto?",
            "{date} está en el futuro; ¿es correcto el año?",
            "{date} to data w przyszłości; czy rok jest poprawny?",
        ],
    ),
    (
        "other_grid",
        [
            "{unknown} of {all} columns are not in {grid}: this looks like a campaign of the built-in grid `{other}`; read it with `--grid {other}`",
            "{unknown} colonnes sur {all} ne sont pas dans {grid}\u{202f}: cela ressemble à une campagne de la grille intégrée `{other}`\u{202f}; lisez-la avec `--grid {other}`",
            "{unknown} colonne su {all} non sono in {grid}: sembra una campagna della griglia integrata `{other}`; leggila con `--grid {other}`",
            "{unknown} de {all} columnas no están en {grid}: parece una campaña de la rejilla integrada `{other}`; léala con `--grid {other}`",
            "{unknown} z {all} kolumn nie należy do {grid}: to wygląda na kampanię wbudowanej siatki `{other}`; wczytaj ją z `--grid {other}`",
        ],
    ),
    (
        "bad_status",
        [
            "status \"{typed}\" is not todo, doing or done",
            "le statut « {typed} » n'est pas todo, doing ou done",
            "lo stato \"{typed}\" non è todo, doing o done",
            "el estado \"{typed}\" no es todo, doing o done",
            "status „{typed}” nie jest todo, doing ani done",
        ],
    ),
    (
        "bad_role",
        [
            "role \"{typed}\" is not team, management, partner or user",
            "le rôle « {typed} » n'est pas team, management, partner ou user",
            "il ruolo \"{typed}\" non è team, management, partner o user",
            "el rol \"{typed}\" no es team, management, partner ni user",
            "rola „{typed}” nie jest team, management, partner ani user",
        ],
    ),
    (
        "role_without_respondent",
        [
            "a role without a respondent; write whose answers these are in the respondent column",
            "un rôle sans répondant\u{202f}; indiquez dans la colonne respondent de qui sont ces réponses",
            "un ruolo senza rispondente; scrivi nella colonna respondent di chi sono queste risposte",
            "un rol sin encuestado; escriba en la columna respondent de quién son estas respuestas",
            "rola bez respondenta; wpisz w kolumnie respondent, czyje to odpowiedzi",
        ],
    ),
    (
        "action_without_level",
        [
            "an action, owner, due date or status without a level; give the indicator's level too",
            "une action, un responsable, une échéance ou un statut sans niveau\u{202f}; indiquez aussi le niveau de l'indicateur",
            "un'azione, un responsabile, una scadenza o uno stato senza livello; indica anche il livello dell'indicatore",
            "una acción, responsable, fecha límite o estado sin nivel; indique también el nivel del indicador",
            "działanie, osoba odpowiedzialna, termin lub status bez poziomu; podaj też poziom wskaźnika",
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
    let format_err = |message: String| CampaignError::Format {
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
        return Err(format_err(
            "the file is empty; a campaign starts with a header row (see `aqor template GRID`)"
                .into(),
        ));
    };
    let names = header
        .iter()
        .map(|b| {
            sniffed
                .encoding
                .decode(b)
                .map(|s| s.trim().to_string())
                .ok_or_else(|| format_err("the header is not valid UTF-8 text".into()))
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
    pub fn carried_columns(&self) -> (&[String], &[String]) {
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
                    "this cell holds an invisible byte-order mark (were two files joined?); remove it",
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
                    "this cell is not valid UTF-8 though the file starts as UTF-8; save the whole file again as \"CSV UTF-8\"",
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
            problems.push(Problem::row(
                file,
                row,
                format!(
                    "has {got} cells but the header has {}; a `{}` inside a cell needs quotes around the cell",
                    self.names.len(),
                    if d == '\t' { "tab".to_string() } else { d.to_string() }
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
                "missing structure_id; every row needs the structure's id",
            ));
        }
        let date = match self.fixed(rec, Column::Date, &mut problems) {
            None => {
                problems.push(Problem::at(
                    file,
                    row,
                    "date",
                    "missing date; write YYYY-MM-DD or DD/MM/YYYY",
                ));
                None
            }
            Some(d) => crate::date::parse(&d)
                .map_err(|m| problems.push(Problem::at(file, row, "date", m)))
                .ok(),
        };
        if let Some(d) = date.filter(|d| *d > self.today) {
            warnings.push(Problem::at(file, row, "date", future(d)));
        }
        let profiles: Vec<String> = self
            .fixed(rec, Column::Profiles, &mut problems)
            .map(|p| p.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        for p in &profiles {
            if !self.grid.profiles.iter().any(|q| &q.id == p) {
                let ids = self.grid.profiles.iter().map(|q| q.id.as_str());
                let hint = did_you_mean(p, ids.clone())
                    .map(|c| format!("did you mean `{c}`?"))
                    .unwrap_or_else(|| {
                        format!(
                            "profiles of {}: {}",
                            self.grid.id,
                            ids.collect::<Vec<_>>().join(", ")
                        )
                    });
                problems.push(Problem::at(
                    file,
                    row,
                    "profiles",
                    format!("unknown profile `{p}`; {hint}"),
                ));
            }
        }
        if let Some(g) = self.fixed(rec, Column::Grid, &mut problems) {
            self.check_grid_cell(row, &g, &mut problems);
        }
        let mut answers = indexmap::IndexMap::with_capacity(self.cells.len());
        for ((_, indicator), at) in self.grid.indicators().zip(&self.cells) {
            if let Some(answer) = self.answer(rec, indicator, at, &mut problems) {
                for f in
                    assessment::check_indicator_answer(self.grid, indicator, &answer, &profiles)
                {
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
                    crate::assessment::fill(WORDS, "action_without_level", &[]),
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
                    format!("importance \"{imp}\" is not 1, 2, 3 or 4"),
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
                    crate::assessment::fill(WORDS, "bad_status", &[("typed", s.as_str())]),
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
                    crate::assessment::fill(WORDS, "bad_role", &[("typed", r.as_str())]),
                ));
            }
            role
        });
        if role.is_some() && name.is_none() {
            problems.push(Problem::at(
                &self.file,
                rec.row,
                "respondent",
                crate::assessment::fill(WORDS, "role_without_respondent", &[]),
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
                format!(
                    "this row is for grid `{cell}` but the campaign is read with {}; score each grid's rows separately",
                    self.grid.label()
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
