//! `aqor score`: scores of assessments and whole campaigns.

pub(crate) mod explain;

use super::input::{InputArgs, Inputs};
use super::say::OrSay;
use aqor::assessment::{Answer, Assessment, Structure};
use aqor::i18n::Message;
use aqor::i18n::{COMMON, tr};
use aqor::recognition::{self, Verdict};
use aqor::report::{self, Align, Format, Table, Tone};
use aqor::score::{self, Score, Totals, percent};
use chrono::NaiveDate;
use indexmap::IndexMap;
use serde::Serialize;
use std::io::{self, IsTerminal, Seek, Write};
use std::process::ExitCode;
use tempfile::SpooledData;

/// Version of the `--format json` document; raised when a field changes meaning or goes.
pub const SCHEMA_VERSION: u32 = 1;

/// Output is held in memory up to this size, then in a temporary file.
const SPOOL_BYTES: usize = 16 << 20;

/// Score assessments or whole campaigns: overall, each criterion, coverage.
///
/// Nothing is printed when any input has a problem (all problems are listed,
/// exit 1), unless --skip-invalid.
///
/// Example: aqor score examples/aqor-campaign-2025.csv --format markdown
///
/// Example: aqor score examples/ --grid aqor --explain=cio-blois --lang en
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format (xlsx: a workbook, written to -o FILE)
    #[arg(long, value_enum, default_value_t = OutFormat::Table)]
    pub format: OutFormat,
    /// CSV for French Excel: `;`, a byte-order mark, decimal commas
    #[arg(long)]
    pub excel: bool,
    /// Write to FILE (atomically) instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
    /// Language of headers and grid texts [default: the grid's default language]
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Show how one structure's scores were computed and what each indicator at
    /// target would add; `--explain=ID` when the inputs hold several structures
    #[arg(long, value_name = "STRUCTURE_ID", num_args = 0..=1, require_equals = true, default_missing_value = "")]
    pub explain: Option<String>,
}

/// `--format`: the report formats, and a workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutFormat {
    /// Aligned columns for a terminal
    Table,
    /// A GitHub-flavoured markdown table
    Markdown,
    /// Comma-separated values, one row per item (`--excel` for French Excel)
    Csv,
    /// One JSON document with a `schema_version`
    Json,
    /// A workbook (needs -o FILE)
    Xlsx,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(path) = &args.output
        && !args.force
        && path.exists()
    {
        return Err(super::say::fail(aqor::msg!(
            super::say::WORDS,
            "exists_use_force",
            file = path
        )));
    }
    if args.excel && args.format != OutFormat::Csv {
        return Err(super::say::fail(Message::new(
            super::say::WORDS,
            "excel_needs_csv",
        )));
    }
    let inputs = args.input.open()?;
    let stored = inputs.stored_language();
    let lang = super::input::language(&inputs.grid, args.lang.as_deref().or(stored.as_deref()));
    let format = match args.format {
        OutFormat::Table => Format::Table,
        OutFormat::Markdown => Format::Markdown,
        OutFormat::Csv => Format::Csv,
        OutFormat::Json => Format::Json,
        OutFormat::Xlsx => {
            if args.explain.is_some() {
                return Err(explain::not_format("xlsx"));
            }
            let Some(path) = &args.output else {
                return Err(super::say::fail(Message::new(
                    super::say::WORDS,
                    "xlsx_needs_output",
                )));
            };
            let bytes = workbook(&inputs, &lang)?;
            super::write_file(path, &bytes, args.force)?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    if let Some(id) = &args.explain {
        let output = args.output.as_deref();
        return explain::run(&inputs, id, format, &lang, output, args.force);
    }
    let mut spool = tempfile::spooled_tempfile(SPOOL_BYTES);
    match format {
        Format::Csv => write_csv(&inputs, &mut spool)?,
        Format::Json => write_json(&inputs, &lang, &mut spool)?,
        Format::Table | Format::Markdown => {
            let colour = args.output.is_none()
                && io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            let text = table(&inputs, &lang, format, colour)?;
            spool.write_all(text.as_bytes())?;
        }
    }
    super::input::note_carried(&inputs);
    if (args.excel && format == Format::Csv) || args.output.is_some() {
        let mut bytes = Vec::new();
        spool.rewind()?;
        io::Read::read_to_end(&mut spool, &mut bytes)?;
        if args.excel && format == Format::Csv {
            bytes = report::csv::excel(&bytes)?;
        }
        match &args.output {
            Some(path) => super::write_file(path, &bytes, args.force)?,
            None => super::print_out(bytes)?,
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = io::stdout().lock();
    match spool.into_inner() {
        SpooledData::InMemory(bytes) => out.write_all(bytes.get_ref()),
        SpooledData::OnDisk(mut file) => file
            .rewind()
            .and_then(|()| io::copy(&mut io::BufReader::with_capacity(1 << 20, file), &mut out))
            .map(drop),
    }
    .and_then(|()| out.flush())
    .or_say(|| Message::new(super::say::WORDS, "cannot_write_stdout"))?;
    Ok(ExitCode::SUCCESS)
}

/// docs/score.md (csv output, which scripts rely on): fixed English column names, one decimal.
fn write_csv(inputs: &Inputs, out: &mut impl Write) -> anyhow::Result<()> {
    let grid = &inputs.grid;
    let header = csv_header(grid);
    let labelled = grid.recognition.is_some();
    if !labelled {
        // Only the totals are shown: campaign rows take the fast path, and rows are
        // formatted on several threads.
        let mut out = io::BufWriter::new(out);
        out.write_all(&report::csv::line(header, b','))?;
        inputs.for_each_totals(
            |r, bytes| {
                let start = bytes.len();
                let t = &r.totals;
                report::csv::push_cell(bytes, &r.structure_id, b',');
                bytes.push(b',');
                report::csv::push_cell(bytes, &r.structure_name, b',');
                // The date and numbers need no quoting.
                bytes.push(b',');
                aqor::date::push_iso(bytes, r.date);
                let numbers = std::iter::once(t.overall)
                    .chain(t.criteria.iter().map(|c| c.score))
                    .chain([t.coverage]);
                for n in numbers {
                    bytes.push(b',');
                    score::push_percent_bytes(bytes, n);
                }
                bytes.push(b'\n');
                start..bytes.len()
            },
            |range, bytes| anyhow::Ok(out.write_all(&bytes[range])?),
        )?;
        out.flush()?;
        return Ok(());
    }
    let mut w = report::csv::Writer::new(io::BufWriter::new(out), b',');
    w.row(header)?;
    // Scoring runs on several threads; rows are written in input order.
    inputs.for_each_mapped(
        |grid, a| csv_cells(grid, a, &score::score(grid, a)),
        |a, cells| {
            let id = [a.structure.id.as_str(), a.structure.name.as_str()];
            w.row(id.into_iter().chain(cells.iter().map(String::as_str)))?;
            anyhow::Ok(())
        },
    )?;
    w.finish()?.flush()?;
    Ok(())
}

/// The columns of the scores CSV (also `aqor report`'s scores.csv).
pub(crate) fn csv_header(grid: &aqor::grid::Grid) -> Vec<&str> {
    let mut header = vec!["structure_id", "structure_name", "date", "overall"];
    header.extend(grid.criteria.iter().map(|c| c.id.as_str()));
    header.push("coverage");
    if grid.recognition.is_some() {
        header.push("recognition");
    }
    header
}

/// The cells after the structure's id and name in a scores CSV row.
pub(crate) fn csv_cells(grid: &aqor::grid::Grid, a: &Assessment, s: &Score) -> Vec<String> {
    let mut cells = Vec::with_capacity(grid.criteria.len() + 6);
    cells.extend([a.date.to_string(), percent(s.overall)]);
    cells.extend(s.criteria.iter().map(|c| percent(c.score)));
    cells.push(percent(s.coverage));
    if let Some(v) = recognition::evaluate(grid, a, s) {
        cells.push(if v.met { "met" } else { "not met" }.to_string());
    }
    cells
}

#[derive(Serialize)]
struct JsonHead<'a> {
    schema_version: u32,
    grid: JsonGrid<'a>,
}

#[derive(Serialize)]
struct JsonGrid<'a> {
    id: &'a str,
    version: String,
    sha256: &'a str,
    language: &'a str,
    criteria: Vec<JsonCriterion<'a>>,
}

#[derive(Serialize)]
struct JsonCriterion<'a> {
    id: &'a str,
    title: &'a str,
    weight: f64,
}

/// One element of `assessments` in the JSON document.
#[derive(Serialize)]
struct JsonAssessment<'a> {
    structure: &'a Structure,
    date: NaiveDate,
    #[serde(flatten)]
    score: &'a Score,
    /// What the structure wrote: level, comment, evidence, importance, action.
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    answers: &'a IndexMap<String, Answer>,
    /// Only when the grid defines a label.
    #[serde(skip_serializing_if = "Option::is_none")]
    recognition: Option<Verdict>,
}

fn json_head<'a>(grid: &'a aqor::grid::Grid, lang: &'a str) -> JsonHead<'a> {
    JsonHead {
        schema_version: SCHEMA_VERSION,
        grid: JsonGrid {
            id: &grid.id,
            version: grid.version.to_string(),
            sha256: &grid.sha256,
            language: lang,
            criteria: grid
                .criteria
                .iter()
                .map(|c| JsonCriterion {
                    id: &c.id,
                    title: grid.text(&c.title, lang),
                    weight: c.weight,
                })
                .collect(),
        },
    }
}

fn write_json(inputs: &Inputs, lang: &str, out: &mut impl Write) -> anyhow::Result<()> {
    let head = json_head(&inputs.grid, lang);
    let mut w = report::json::ArrayWriter::begin(io::BufWriter::new(out), &head, "assessments")?;
    inputs.for_each_mapped(
        |grid, a| {
            let s = score::score(grid, a);
            let v = recognition::evaluate(grid, a, &s);
            (s, v)
        },
        |a, (s, recognition)| {
            w.item(&JsonAssessment {
                structure: &a.structure,
                date: a.date,
                score: &s,
                answers: &a.answers,
                recognition,
            })?;
            anyhow::Ok(())
        },
    )?;
    w.finish()?.flush()?;
    Ok(())
}

/// The table (or markdown) of every structure, then a legend of the criteria.
fn table(inputs: &Inputs, lang: &str, format: Format, colour: bool) -> anyhow::Result<String> {
    let grid = &inputs.grid;
    let word = |k| tr(COMMON, k, lang).to_string();
    let mut header = vec![
        word("structure_id"),
        word("structure"),
        word("date"),
        word("overall"),
    ];
    header.extend(grid.criteria.iter().map(|c| c.id.clone()));
    header.push(word("coverage"));
    if grid.recognition.is_some() {
        header.push(word("recognition"));
    }
    let mut align = vec![Align::Left; 3];
    align.resize(header.len(), Align::Right);
    if grid.recognition.is_some() {
        align[header.len() - 1] = Align::Left;
    }
    let mut t = Table::new(header, align);
    if grid.recognition.is_none() {
        // Only the totals are shown: campaign rows take the fast path.
        inputs.for_each_totals(
            |r, _| {
                let (id, name) = (r.structure_id.to_string(), r.structure_name.to_string());
                line(id, name, r.date, &r.totals)
            },
            |row, _| {
                t.push(row);
                anyhow::Ok(())
            },
        )?;
    } else {
        table_labelled(inputs, &mut t, lang)?;
    }
    let mut out = match format {
        Format::Markdown => t.to_markdown(),
        _ => t.to_text(colour),
    };
    out.push('\n');
    for c in &grid.criteria {
        let item = if format == Format::Markdown { "- " } else { "" };
        out += &format!("{item}{}: {}\n", c.id, grid.text(&c.title, lang));
    }
    Ok(out)
}

fn line(id: String, name: String, date: NaiveDate, s: &Totals) -> Vec<(String, Tone)> {
    let plain = |t: String| (t, Tone::Plain);
    let mut row = vec![
        plain(id),
        plain(name),
        plain(date.to_string()),
        (percent(s.overall), Tone::of_percent(s.overall)),
    ];
    row.extend(
        s.criteria
            .iter()
            .map(|c| (percent(c.score), Tone::of_percent(c.score))),
    );
    row.push(plain(percent(s.coverage)));
    row
}

/// Table rows with the recognition verdict, which needs each assessment in full.
fn table_labelled(inputs: &Inputs, t: &mut Table, lang: &str) -> anyhow::Result<()> {
    inputs.for_each(|grid, a| {
        let s = score::score(grid, &a);
        let mut row = line(
            a.structure.id.clone(),
            a.structure.name.clone(),
            a.date,
            &Totals::from(&s),
        );
        if let Some(v) = recognition::evaluate(grid, &a, &s) {
            let (key, tone) = if v.met {
                ("met", Tone::Good)
            } else {
                ("not_met", Tone::Poor)
            };
            row.push((tr(COMMON, key, lang).to_string(), tone));
        }
        t.push(row);
        anyhow::Ok(())
    })?;
    Ok(())
}

/// The scores as a workbook: one sheet, numbers as numbers, scores coloured.
fn workbook(inputs: &Inputs, lang: &str) -> anyhow::Result<Vec<u8>> {
    use aqor::workbook::table::{Cell, Table as Sheet};
    let grid = &inputs.grid;
    let word = |k| tr(COMMON, k, lang).to_string();
    let mut header = vec![
        word("structure_id"),
        word("structure"),
        word("date"),
        word("overall"),
    ];
    header.extend(
        grid.criteria
            .iter()
            .map(|c| format!("{} {}", c.id, grid.text(&c.title, lang))),
    );
    header.push(word("coverage"));
    let labelled = grid.recognition.is_some();
    if labelled {
        header.push(word("recognition"));
    }
    let mut sheet = Sheet {
        name: tr(COMMON, "overall", lang).to_string(),
        scores: (3..4 + grid.criteria.len()).collect(),
        frozen_columns: 2,
        header,
        rows: Vec::new(),
    };
    inputs.for_each_mapped(
        |grid, a| {
            let s = score::score(grid, a);
            let met = recognition::evaluate(grid, a, &s).map(|v| v.met);
            (Totals::from(&s), met)
        },
        |a, (t, met)| {
            let mut row: Vec<Cell> = vec![
                a.structure.id.into(),
                a.structure.name.into(),
                a.date.to_string().into(),
                t.overall.into(),
            ];
            row.extend(t.criteria.iter().map(|c| Cell::from(c.score)));
            row.push(t.coverage.into());
            if let Some(met) = met {
                row.push(word(if met { "met" } else { "not_met" }).into());
            }
            sheet.rows.push(row);
            Ok::<(), anyhow::Error>(())
        },
    )?;
    Ok(aqor::workbook::table::workbook(&[sheet])?)
}
