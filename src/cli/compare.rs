//! `aqor compare`: structures side by side, campaigns over time, the network as a whole.

use super::CheckFailed;
use super::input;
use aqor::assessment::{self, Located};
use aqor::compare::render::{self, Options, Terminal, View};
use aqor::compare::{Builder, By, anonymize, versions, words::word};
use aqor::grid::Grid;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Compare structures side by side, over time and against the whole network.
///
/// A campaign is a calendar year: assessments dated the same year are compared
/// together; a structure assessed on several dates gets its change in points.
///
/// Example: aqor compare answers/2025/ answers/2026/ --grid aqor --format html -o network.html
///
/// Example: aqor compare answers/ --anonymize --key-out key.csv --format csv -o funders.csv
#[derive(clap::Args)]
pub struct Args {
    /// Assessment files (YAML) or folders holding them.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Grid to compare against: a built-in id or a file (default: the grid the assessments name).
    #[arg(long, value_name = "GRID")]
    grid: Option<String>,
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
            anyhow::bail!("{} exists; use --force to overwrite it", path.display());
        }
    }
    let files = assessment_files(&args.inputs)?;
    let grid = match &args.grid {
        Some(spec) => input::grid(spec)?,
        None => grid_named_by(&files)?,
    };
    let lang = args
        .lang
        .clone()
        .unwrap_or_else(|| grid.default_language().to_string());
    let view = match args.view {
        ViewArg::All => View::All,
        ViewArg::Side => View::Side,
        ViewArg::Trend => View::Trend,
        ViewArg::Network => View::Network,
    };
    let mut builder = Builder::new(&grid, &lang, view != View::Network);
    let notes = add_checked(&grid, &lang, &files, &mut builder)?;
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
        Some(path) => write_file(path, report.as_bytes(), args.force)?,
        None => std::io::stdout().lock().write_all(report.as_bytes())?,
    }
    if let (Some(key), Some(path)) = (key, &args.key_out) {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["code", "structure_id", "structure_name"])?;
        for k in &key {
            w.write_record([&k.code, &k.id, &k.name])?;
        }
        write_file(
            path,
            &w.into_inner().map_err(|e| e.into_error())?,
            args.force,
        )?;
        eprintln!("key of {} code(s) written to {}", key.len(), path.display());
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

fn write_file(path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    aqor::fsutil::write_atomic(path, bytes, force).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::anyhow!("{} exists; use --force to overwrite it", path.display())
        } else {
            anyhow::anyhow!("cannot write {}: {e}", path.display())
        }
    })
}

/// Files named on the command line, and the `.yaml`/`.yml` files of named folders (sorted).
fn assessment_files(inputs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .map_err(|e| anyhow::anyhow!("cannot read folder {}: {e}", input.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && p.extension().is_some_and(|x| {
                            x.eq_ignore_ascii_case("yaml") || x.eq_ignore_ascii_case("yml")
                        })
                })
                .collect();
            found.sort();
            if found.is_empty() {
                anyhow::bail!("folder {} holds no .yaml assessment", input.display());
            }
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    Ok(files)
}

/// Reads and parses one assessment file (unreadable: exit 2; not an assessment: exit 1).
fn read(path: &Path) -> anyhow::Result<(String, Located)> {
    let name = path.display().to_string();
    let src =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("cannot read {name}: {e}"))?;
    match assessment::parse(&src, &name) {
        Ok(l) => Ok((name, l)),
        Err(d) => {
            eprintln!("{d}");
            Err(CheckFailed(format!("{name} could not be read as an assessment")).into())
        }
    }
}

/// Without --grid: the built-in grid the first assessment names.
fn grid_named_by(files: &[PathBuf]) -> anyhow::Result<Grid> {
    let Some(first) = files.first() else {
        anyhow::bail!("no assessment given");
    };
    let (file, l) = read(first)?;
    let id = &l.assessment.grid.id;
    input::grid(id).map_err(|_| {
        anyhow::anyhow!(
            "{file} answers grid `{id}`, which is not built in; give its file with --grid"
        )
    })
}

/// Reads, checks (carrying older grid versions over) and adds each assessment in
/// turn, so memory does not hold them all; prints findings as they come. Any error
/// means nothing is compared. Assessments of another grid are refused (exit 1).
fn add_checked(
    grid: &Grid,
    lang: &str,
    files: &[PathBuf],
    builder: &mut Builder,
) -> anyhow::Result<Vec<String>> {
    let mut carried: std::collections::BTreeMap<String, usize> = Default::default();
    let mut errors = 0;
    for path in files {
        let (file, mut l) = match read(path) {
            Ok(x) => x,
            Err(e) if e.is::<CheckFailed>() => {
                errors += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        if l.assessment.grid.id != grid.id {
            return Err(CheckFailed(format!(
                "cannot compare assessments of different grids: {file} answers `{}`, not `{}`; compare each grid separately",
                l.assessment.grid.id, grid.id
            ))
            .into());
        }
        let version = l.assessment.grid.version.clone();
        if versions::is_older(grid, &version) {
            let (moved, dropped) = versions::carry(grid, &l);
            for id in dropped {
                eprintln!(
                    "{file}: {id} is not in {} (nor replaced); its answer is left out",
                    grid.label()
                );
            }
            l = moved;
            *carried.entry(version).or_default() += 1;
        }
        let found = assessment::check(&l, grid, &file);
        for f in &found {
            eprintln!("{f}");
        }
        let bad = found.iter().filter(|d| d.is_error()).count();
        errors += bad;
        if bad == 0 && errors == 0 {
            builder.add(&l.assessment);
        }
    }
    if errors > 0 {
        return Err(CheckFailed(format!(
            "{errors} error(s) in the assessments; nothing was compared"
        ))
        .into());
    }
    let notes = carried
        .into_iter()
        .map(|(old, n)| {
            word("carried", lang)
                .replace("{n}", &n.to_string())
                .replace("{old}", &format!("{} {old}", grid.id))
                .replace("{new}", &grid.label())
        })
        .collect();
    for n in &notes {
        eprintln!("note: {n}");
    }
    Ok(notes)
}
