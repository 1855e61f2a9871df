//! `aqor template`: what to fill in for a grid: the campaign CSV header, a campaign
//! workbook with drop-down levels, or one structure's form.

use super::input::{self, parse_delimiter};
use aqor::campaign;
use aqor::i18n::Catalogue;
use aqor::msg;
use aqor::workbook::template;
use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

/// Print the campaign CSV header of a grid, or write a workbook to fill in.
///
/// Columns: structure_id, structure_name, network, date (YYYY-MM-DD,
/// DD/MM/YYYY or DD.MM.YYYY), profiles (when the grid has some), grid (fill in
/// the grid id and version, e.g. aqor@1.0.0, so later commands need no --grid),
/// then one column per indicator holding a level id or label, `na`, or nothing. Indicator titles are in
/// `aqor grid show GRID`.
///
/// `--format xlsx` writes a campaign workbook (one row per structure, a drop-down
/// list of levels in every indicator cell, the grid and a "how to fill" sheet);
/// `--form` writes the form of one structure (one indicator per row). A folder of
/// returned forms is read as a campaign: aqor score returns/
///
/// Example: aqor template aqor --delimiter ';' --comments > campaign-2026.csv
///
/// Example: aqor template aqor --format xlsx --lang fr -o campagne-2026.xlsx
///
/// Example: aqor template aqor --form --structure-id cio-blois --structure-name "CIO de Blois" -o cio-blois.xlsx
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A built-in grid id or a grid file
    pub grid: String,
    /// What to write: the CSV header (to stdout) or a workbook (to -o FILE)
    #[arg(long, value_enum, default_value_t = Kind::Csv)]
    pub format: Kind,
    /// Column delimiter: `,` (default), `;` for French spreadsheets, or `tab`
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// CSV for French Excel: `;`, a byte-order mark (so accents show right)
    #[arg(long, conflicts_with = "delimiter")]
    pub excel: bool,
    /// Language of the hint and of the workbook's texts [default: the grid's]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Also the <id>:comment, <id>:evidence and <id>:importance column of each indicator
    #[arg(long)]
    pub comments: bool,
    /// Also the <id>:action, <id>:owner, <id>:due (a date) and <id>:status (todo, doing
    /// or done) column of each indicator: what the structure plans, carried to its plan
    #[arg(long)]
    pub actions: bool,
    /// Write the form of one structure (a workbook, one indicator per row)
    #[arg(long, requires_all = ["structure_id", "output"])]
    pub form: bool,
    /// The form's structure id
    #[arg(long, value_name = "ID", requires = "form")]
    pub structure_id: Option<String>,
    /// The form's structure name
    #[arg(long, value_name = "NAME", requires = "form")]
    pub structure_name: Option<String>,
    /// The workbook to write (never overwritten without --force)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// The campaign CSV header
    Csv,
    /// A campaign workbook
    Xlsx,
}

const WORDS: Catalogue = &[
    (
        "hint",
        [
            "{grid}: one row per structure; levels: {scales}",
            "{grid}\u{202f}: une ligne par structure\u{202f}; niveaux\u{202f}: {scales}",
            "{grid}: una riga per struttura; livelli: {scales}",
            "{grid}: una fila por estructura; niveles: {scales}",
            "{grid}: jeden wiersz na podmiot; poziomy: {scales}",
        ],
    ),
    (
        "needs_output",
        [
            "a workbook is written to a file: give -o FILE.xlsx",
            "un classeur s’écrit dans un fichier\u{202f}: indiquez -o FICHIER.xlsx",
            "una cartella di lavoro si scrive in un file: indicate -o FILE.xlsx",
            "un libro se escribe en un archivo: indiquen -o ARCHIVO.xlsx",
            "skoroszyt zapisuje się do pliku: podajcie -o PLIK.xlsx",
        ],
    ),
];

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let grid = input::grid(&args.grid)?;
    if args.form || args.format == Kind::Xlsx {
        let lang = input::language(&grid, args.lang.as_deref());
        let Some(path) = &args.output else {
            return Err(super::say::fail(msg!(WORDS, "needs_output")));
        };
        let bytes = if args.form {
            let id = args.structure_id.as_deref().unwrap_or_default();
            let name = args.structure_name.as_deref().unwrap_or(id);
            template::form(&grid, &lang, id, name)?
        } else {
            template::campaign(&grid, &lang, args.comments, args.actions)?
        };
        super::write_file(path, &bytes, args.force)?;
        super::say::line(msg!(super::say::WORDS, "wrote", file = path));
        return Ok(ExitCode::SUCCESS);
    }
    let mut w = aqor::report::csv::Writer::new(Vec::new(), args.delimiter);
    w.row(campaign::template(&grid, args.comments, args.actions))?;
    let mut bytes = w.finish()?;
    if args.excel {
        bytes = aqor::report::csv::excel(&bytes)?;
    }
    match &args.output {
        Some(path) => super::write_file(path, &bytes, args.force)?,
        None => super::print_out(bytes)?,
    }
    if io::stderr().is_terminal() {
        let mut scales: Vec<String> = grid
            .scales
            .iter()
            .map(|s| format!("{} ({})", s.id, s.choices()))
            .collect();
        scales.dedup();
        let m = msg!(
            WORDS,
            "hint",
            grid = grid.label(),
            scales = scales.join(aqor::typography::semicolon(super::say::lang()))
        );
        super::say::line(m);
    }
    Ok(ExitCode::SUCCESS)
}
