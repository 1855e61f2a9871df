//! `aqor compare`: structures side by side, campaigns over time, the network as a whole.

use super::input;
use super::say;
use aqor::msg;

use aqor::compare::render::{self, Options, Terminal, View};
use aqor::compare::{Builder, By, anonymize, words::word};

use aqor::fsutil::Access;
use std::io::IsTerminal;
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
            word("carried", &lang)
                .replace("{n}", &n.to_string())
                .replace("{old}", &format!("{} {old}", grid.id))
                .replace("{new}", &grid.label())
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
        Format::Table => render::table(&comparison, opts, terminal(args.output.is_none())),
        Format::Markdown => render::markdown(&comparison, opts),
        Format::Csv => render::csv(&comparison, opts)?,
        Format::Json => render::json(&comparison),
        Format::Html => aqor::compare::html::html(&comparison, opts),
    };
    match &args.output {
        Some(path) => write_file(path, report.as_bytes(), args.force, Access::Shared)?,
        None => super::print_out(report)?,
    }
    if let (Some(key), Some(path)) = (key, &args.key_out) {
        let mut w = aqor::report::csv::Writer::new(Vec::new(), b',');
        w.row(["code", "structure_id", "structure_name"])?;
        for k in &key {
            w.row([&k.code, &k.id, &k.name])?;
        }
        write_file(path, &w.finish()?, args.force, Access::Private)?;
        say::line(msg!(WORDS, "key_written", n = key.len(), file = path));
    }
    Ok(ExitCode::SUCCESS)
}

/// The terminal a table is shown on, if stdout is one (colour unless NO_COLOR).
fn terminal(to_stdout: bool) -> Option<Terminal> {
    (to_stdout && std::io::stdout().is_terminal()).then(|| Terminal {
        width: comfy_table::Table::new().width().unwrap_or(100),
        colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    })
}

fn write_file(path: &Path, bytes: &[u8], force: bool, access: Access) -> anyhow::Result<()> {
    aqor::fsutil::write_atomic_as(path, bytes, force, access).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            say::fail(msg!(say::WORDS, "exists_use_force", file = path))
        } else {
            say::over(e, msg!(say::WORDS, "cannot_write", file = path))
        }
    })
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
