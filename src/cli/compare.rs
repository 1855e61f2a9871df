//! `aqor compare`: structures side by side, campaigns over time, the network as a whole.

use super::input;
use super::say;
use aqor::msg;

use aqor::compare::render::{self, Options, View};
use aqor::compare::{Builder, By, anonymize};

use aqor::fsutil::Access;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Compare structures side by side, over time and against the whole network.
///
/// A campaign is the one an assessment names (a `campaign` column or key), else the
/// period of its date: the calendar year, or the school year (1 September to 31
/// August) with --period school. Campaigns are ordered by their dates; a structure
/// assessed on several dates gets its change in points.
/// Assessments of older versions of the grid are carried over through `replaces`.
///
/// Example: aqor compare examples/aqor-campaign-2025.csv examples/aqor-campaign-2026.csv --format html -o network.html
///
/// Example: aqor compare answers/ --anonymize --key-out key.csv --format csv -o funders.csv
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: input::InputArgs,
    /// Columns of the side-by-side view.
    #[arg(long, value_enum, default_value_t = ByArg::Criterion)]
    by: ByArg,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Part to show (csv shows one table: side-by-side unless trend or network is asked).
    #[arg(long, value_enum, default_value_t = ViewArg::All)]
    view: ViewArg,
    /// Language of texts (default: the grid's default language).
    #[arg(long, value_name = "L")]
    lang: Option<String>,
    /// Replace structure names and ids by S01, S02… (the key goes to --key-out).
    #[arg(long, requires = "key_out")]
    anonymize: bool,
    /// File receiving the key (code, structure id, name) of --anonymize, as CSV.
    #[arg(long, value_name = "FILE", requires = "anonymize")]
    key_out: Option<PathBuf>,
    /// Write the report to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Overwrite existing -o / --key-out files.
    #[arg(long)]
    force: bool,
    /// CSV for French Excel (report and key): `;`, a byte-order mark, decimal commas.
    #[arg(long)]
    excel: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ByArg {
    Criterion,
    Indicator,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Table,
    Markdown,
    Csv,
    Json,
    Html,
    /// A workbook, a sheet per view (needs -o FILE)
    Xlsx,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ViewArg {
    All,
    Side,
    Trend,
    Network,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    for path in [&args.output, &args.key_out].into_iter().flatten() {
        if !args.force && path.exists() {
            return Err(say::fail(msg!(say::WORDS, "exists_use_force", file = path)));
        }
    }
    if args.excel && args.format != Format::Csv && args.key_out.is_none() {
        return Err(say::fail(msg!(say::WORDS, "excel_needs_csv")));
    }
    let inputs = args.input.open()?;
    let grid = &inputs.grid;
    let lang = input::language(grid, args.lang.as_deref());
    let view = match args.view {
        ViewArg::All => View::All,
        ViewArg::Side => View::Side,
        ViewArg::Trend => View::Trend,
        ViewArg::Network => View::Network,
    };
    // Only the network view keeps nothing per assessment: memory fixed by the grid.
    let mut builder = Builder::new(grid, &lang, view != View::Network).period(args.input.period());
    inputs.for_each(|_, a| {
        builder.add(&a);
        anyhow::Ok(())
    })?;
    let notes: Vec<String> = inputs
        .carried()
        .into_iter()
        .map(|(old, n)| {
            let old = format!("{} {old}", grid.id);
            msg!(
                aqor::compare::words::WORDS,
                "carried",
                n = n,
                old = old,
                new = grid.label()
            )
            .say(&lang)
        })
        .collect();
    for n in &notes {
        say::note(n);
    }
    let mut comparison = builder.finish(notes);
    let key = args
        .anonymize
        .then(|| anonymize::anonymize(&mut comparison));
    let opts = Options {
        by: match args.by {
            ByArg::Criterion => By::Criterion,
            ByArg::Indicator => By::Indicator,
        },
        view,
    };
    let report = match args.format {
        Format::Table => render::table(&comparison, opts, super::terminal(args.output.is_none())),
        Format::Markdown => render::markdown(&comparison, opts),
        Format::Csv => render::csv(&comparison, opts)?,
        Format::Json => render::json(&comparison),
        Format::Html => aqor::compare::html::html(&comparison, opts),
        Format::Xlsx => {
            let Some(path) = &args.output else {
                return Err(say::fail(aqor::i18n::Message::new(
                    say::WORDS,
                    "xlsx_needs_output",
                )));
            };
            super::write_file(path, &workbook(&comparison, opts)?, args.force)?;
            String::new()
        }
    };
    let report = if args.excel && args.format == Format::Csv {
        String::from_utf8(aqor::report::csv::excel(report.as_bytes())?)?
    } else {
        report
    };
    match &args.output {
        _ if args.format == Format::Xlsx => {}
        Some(path) => super::write_file(path, report.as_bytes(), args.force)?,
        None => super::print_out(report)?,
    }
    if let (Some(key), Some(path)) = (key, &args.key_out) {
        write_key(&key, path, args.force, args.excel)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the key of `--anonymize` (code, structure id, name) as a private CSV file
/// (for Excel with `excel`), and says so.
pub(super) fn write_key(
    key: &[anonymize::KeyEntry],
    path: &Path,
    force: bool,
    excel: bool,
) -> anyhow::Result<()> {
    let mut w = aqor::report::csv::Writer::new(Vec::new(), b',');
    w.row(["code", "structure_id", "structure_name"])?;
    for k in key {
        w.row([&k.code, &k.id, &k.name])?;
    }
    let mut csv = w.finish()?;
    if excel {
        csv = aqor::report::csv::excel(&csv)?;
    }
    super::write_file_as(path, &csv, force, Access::Private)?;
    say::line(msg!(WORDS, "key_written", n = key.len(), file = path));
    Ok(())
}

/// What `aqor compare` says on the terminal (its reports' words are in the library).
const WORDS: aqor::i18n::Catalogue = &[(
    "key_written",
    [
        "key of {n} {n|code|codes} written to {file}",
        "clé de {n} {n|code|codes} écrite dans {file}",
        "chiave di {n} {n|codice|codici} scritta in {file}",
        "clave de {n} {n|código|códigos} escrita en {file}",
        "zapisano klucz ({n} {n|kod|kody|kodów}) w {file}",
    ],
)];

/// The comparison as a workbook: the CSV of each view (side by side by criterion
/// and by indicator, trends, network) as a sheet, numbers as numbers.
fn workbook(c: &aqor::compare::Comparison, opts: Options) -> anyhow::Result<Vec<u8>> {
    use aqor::workbook::table::{Cell, Table};
    let views = [
        ("side", View::Side, By::Criterion),
        ("side-indicators", View::Side, By::Indicator),
        ("trend", View::Trend, opts.by),
        ("network", View::Network, opts.by),
    ];
    let mut sheets = Vec::new();
    for (name, view, by) in views {
        if !matches!(opts.view, View::All) && !same_view(opts.view, view) {
            continue;
        }
        let csv = render::csv(c, Options { by, view })?;
        let mut rows = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(csv.as_bytes())
            .into_records();
        let header: Vec<String> = match rows.next() {
            Some(h) => h?.iter().map(String::from).collect(),
            None => continue,
        };
        // Percentages: criterion or indicator ids, overall, coverage, first/last.
        let scores = header
            .iter()
            .enumerate()
            .filter(|(_, h)| {
                c.criteria.iter().chain(&c.indicators).any(|k| k.id == **h)
                    || ["overall", "coverage", "overall_first", "overall_last"]
                        .contains(&h.as_str())
                    || h.starts_with("mean")
                    || h.starts_with("median")
            })
            .map(|(i, _)| i)
            .collect();
        let mut table = Table {
            name: name.into(),
            header,
            scores,
            frozen_columns: 2,
            rows: Vec::new(),
        };
        for r in rows {
            table.rows.push(
                // Ids and names stay text, whatever they look like.
                r?.iter()
                    .enumerate()
                    .map(|(i, cell)| match cell.parse::<f64>() {
                        Ok(n) if i > 1 && n.is_finite() => Cell::Number(n),
                        _ if cell.is_empty() => Cell::Empty,
                        _ => Cell::Text(aqor::report::csv::restore(cell).to_string()),
                    })
                    .collect(),
            );
        }
        sheets.push(table);
    }
    Ok(aqor::workbook::table::workbook(&sheets)?)
}

fn same_view(a: View, b: View) -> bool {
    matches!(
        (a, b),
        (View::Side, View::Side) | (View::Trend, View::Trend) | (View::Network, View::Network)
    )
}
