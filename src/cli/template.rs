//! `aqor template`: the campaign CSV header for a grid, ready for a spreadsheet.

use super::input::{self, parse_delimiter};
use aqor::campaign;
use aqor::i18n::Catalogue;
use aqor::msg;
use std::io::{self, IsTerminal};
use std::process::ExitCode;

/// Print the campaign CSV header of a grid: one row per structure to fill in.
///
/// Columns: structure_id, structure_name, network, date (YYYY-MM-DD,
/// DD/MM/YYYY or DD.MM.YYYY), profiles (when the grid has some), grid (fill in
/// the grid id and version, e.g. aqor@1.0.0, so later commands need no --grid),
/// then one column per indicator holding a level id or label, `na`, or nothing. Indicator titles are in
/// `aqor grid show GRID`.
///
/// Example: aqor template aqor --delimiter ';' --comments > campaign-2026.csv
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A built-in grid id or a grid file
    pub grid: String,
    /// Column delimiter: `,` (default), `;` for French spreadsheets, or `tab`
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// Language of the hint printed on a terminal [default: the grid's]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Also the <id>:comment, <id>:evidence and <id>:importance column of each indicator
    #[arg(long)]
    pub comments: bool,
    /// Also the <id>:action, <id>:owner, <id>:due (a date) and <id>:status (todo, doing
    /// or done) column of each indicator: what the structure plans, carried to its plan
    #[arg(long)]
    pub actions: bool,
}

const WORDS: Catalogue = &[(
    "hint",
    [
        "{grid}: one row per structure; levels: {scales}",
        "{grid}\u{202f}: une ligne par structure\u{202f}; niveaux\u{202f}: {scales}",
        "{grid}: una riga per struttura; livelli: {scales}",
        "{grid}: una fila por estructura; niveles: {scales}",
        "{grid}: jeden wiersz na podmiot; poziomy: {scales}",
    ],
)];

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let grid = input::grid(&args.grid)?;
    let mut w = aqor::report::csv::Writer::new(Vec::new(), args.delimiter);
    w.row(campaign::template(&grid, args.comments, args.actions))?;
    super::print_out(w.finish()?)?;
    if io::stderr().is_terminal() {
        let lang = args.lang.as_deref().unwrap_or(grid.default_language());
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
            scales = scales.join("; ")
        );
        eprintln!("{}", m.say(lang));
    }
    Ok(ExitCode::SUCCESS)
}
