//! INPUT… and GRID on the command line, handed to the library's input engine
//! ([`aqor::input`]).
//!
//! INPUT… are assessment YAML files, campaign CSVs, workbooks (`.xlsx`, `.xlsm`,
//! `.xls`, `.ods`: the first sheet or `--sheet NAME`), folders (searched recursively
//! for those, in name order, skipping hidden entries, Excel's `~$` lock files and
//! grid files), `-` or pipes (stdin and pipes are copied to a temporary file; what
//! they hold is told from their first bytes).
//!
//! For a command that reads assessments:
//! ```ignore
//! #[command(flatten)]
//! input: input::InputArgs,          // INPUT…, --grid, --skip-invalid, --delimiter, --sheet
//!
//! // all at once (compare, plan): every valid assessment, or a CheckFailed error
//! let (grid, assessments) = args.input.read_all()?;
//!
//! // streaming (score): memory stays flat whatever the number of rows
//! let inputs = args.input.open()?;  // resolves the grid, lists the files
//! inputs.for_each(|grid, assessment| { /* … */ anyhow::Ok(()) })?;
//! ```
//! The grid is `--grid`, else the one the inputs name: a `grid` column or an
//! assessment's `grid.id`, else a file name starting with a built-in id followed by
//! `-`, `_` or `.` (`aqor-campaign-2025.csv` → `aqor`). All inputs must agree.
//!
//! Problems go to stderr as the engine finds them ([`Stderr`]); the first
//! [`stderr::MAX_WARNINGS`] warnings of the first pass are shown, the rest counted. Two
//! environment variables set engine options for tests: `AQOR_NO_FAST_PATH` (build
//! every campaign row in full) and `AQOR_SEEN_MEMORY_KEYS` (a small duplicate check
//! in memory, to test very large inputs on small ones).

mod args;
mod naming;
mod stderr;
mod words;

use super::say::{self, OrSay};
use aqor::assessment::Assessment;
use aqor::campaign;
use aqor::grid::{self, Grid, GridError};
use aqor::input::{Input, Kind, Options, Respondents};
use aqor::msg;
use naming::{builtin_ids, named_grid};
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use words::WORDS;

pub use aqor::input::Inputs;
use args::KeepArg;
pub use args::{InputArgs, parse_delimiter};
pub(crate) use stderr::Stderr;

/// GRID is a built-in grid id (`aqor`) or a path to a grid file.
///
/// Findings of an invalid grid file are printed to stderr; the error then says how many.
pub fn grid(spec: &str) -> anyhow::Result<Grid> {
    let grid = read_grid(spec)?;
    say::follow_grid(grid.default_language());
    Ok(grid)
}

fn read_grid(spec: &str) -> anyhow::Result<Grid> {
    if let Some(g) = grid::builtin::get(spec) {
        return Ok(g);
    }
    let path = Path::new(spec);
    if !path.exists() {
        return Err(say::fail(msg!(
            WORDS,
            "no_grid",
            spec = spec,
            ids = builtin_ids().join(", ")
        )));
    }
    grid::load_file(path)
        .inspect_err(|e| {
            if let GridError::Invalid { findings, .. } = e {
                findings.iter().for_each(say::finding);
            }
        })
        .map_err(Into::into)
}

/// The language to show texts in: `--lang`, else the grid's default. A language the
/// grid lacks is allowed (aqor's own words may exist in it) but said once on stderr.
pub fn language(grid: &Grid, lang: Option<&str>) -> String {
    let lang = lang.unwrap_or(grid.default_language()).to_string();
    if !grid.languages.contains(&lang) {
        say::note(msg!(
            WORDS,
            "grid_lacks_language",
            grid = grid.label(),
            lang = &lang,
            languages = grid.languages.join(", "),
            default = grid.default_language()
        ));
    }
    lang
}

impl InputArgs {
    /// Lists the input files (folders expanded, stdin spooled) and resolves the grid.
    pub fn open(&self) -> anyhow::Result<Inputs> {
        let respondents = self.respondents()?;
        let mut files = Vec::new();
        let mut stdin = false;
        for path in &self.inputs {
            // Stdin, and pipes such as `<(zcat campaign.csv.gz)`, can be read only once:
            // they are copied to a temporary file first (kind, grid and rows read it).
            let pipe = path.as_os_str() != "-"
                && std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
            if pipe {
                let name = path.display().to_string();
                let f =
                    File::open(path).or_say(|| msg!(say::WORDS, "cannot_read", file = &name))?;
                files.push(Input::spooled(spool(f, &name)?, &name)?);
            } else if path.as_os_str() == "-" {
                if stdin {
                    return Err(say::fail(msg!(WORDS, "stdin_twice")));
                }
                stdin = true;
                files.push(Input::spooled(
                    spool(io::stdin().lock(), "stdin")?,
                    "<stdin>",
                )?);
            } else if path.is_dir() {
                let before = files.len();
                let mut left = Vec::new();
                let group = respondents != Respondents::Refused;
                walk(path, &mut files, &mut left, group)?;
                if !left.is_empty() {
                    say::note(msg!(
                        WORDS,
                        "walk_left",
                        n = left.len(),
                        dir = path.as_path(),
                        first = left[0].as_path()
                    ));
                }
                if files.len() == before {
                    return Err(say::fail(msg!(WORDS, "empty_folder", dir = path)));
                }
            } else {
                files.push(Input::file(path.clone())?);
            }
        }
        let grid = match &self.grid {
            Some(spec) => grid(spec)?,
            None => named_grid(&files, self.delimiter, self.sheet.as_deref())?,
        };
        let options = Options {
            skip_invalid: self.skip_invalid,
            delimiter: self.delimiter,
            sheet: self.sheet.clone(),
            no_fast_path: std::env::var_os("AQOR_NO_FAST_PATH").is_some(),
            seen_memory_keys: std::env::var("AQOR_SEEN_MEMORY_KEYS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(campaign::MEMORY_KEYS),
            respondents,
            period: self.period(),
            campaign: self.campaign.clone(),
            keep_latest: matches!(self.keep, Some(KeepArg::Latest)),
            strict: self.strict,
        };
        let mut inputs = Inputs::new(grid, files, options, Box::<Stderr>::default());
        // Every command carries older versions' answers by the one rule (docs/grids.md).
        inputs.bridge_versions();
        Ok(inputs)
    }

    /// Every valid assessment of the inputs, in input order, with their grid.
    ///
    /// Any problem is printed and gives `CheckFailed` (unless `--skip-invalid`).
    pub fn read_all(&self) -> anyhow::Result<(Grid, Vec<Assessment>)> {
        let inputs = self.open()?;
        let all = inputs.read_all::<anyhow::Error>()?;
        note_carried(&inputs);
        Ok((inputs.grid, all))
    }
}

/// Says on stderr how many assessments of older grid versions were carried over.
pub fn note_carried(inputs: &Inputs) {
    for (old, n) in inputs.carried() {
        say::note(msg!(
            WORDS,
            "carried",
            n = n,
            id = &inputs.grid.id,
            old = old,
            grid = inputs.grid.label()
        ));
    }
}

/// A copy of `input` (named `name` in errors) in a temporary file.
fn spool(mut input: impl Read, name: &str) -> anyhow::Result<tempfile::NamedTempFile> {
    let mut tmp = tempfile::NamedTempFile::new().or_say(|| msg!(WORDS, "cannot_create_temp"))?;
    io::copy(&mut input, &mut tmp).or_say(|| msg!(say::WORDS, "cannot_read", file = name))?;
    Ok(tmp)
}

/// The inputs in `dir`; one respondent's files (unless `group`) go to `left`, for a note.
fn walk(
    dir: &Path,
    out: &mut Vec<Input>,
    left: &mut Vec<PathBuf>,
    group: bool,
) -> anyhow::Result<()> {
    let cannot = || msg!(WORDS, "cannot_read_folder", dir = dir);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .or_say(cannot)?
        .collect::<io::Result<_>>()
        .or_say(cannot)?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        // `~$name.xlsx` is the lock file Excel leaves beside an open workbook.
        if e.file_name().to_string_lossy().starts_with(['.', '~']) {
            continue;
        }
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, out, left, group)?;
            continue;
        }
        if Kind::of_extension(&path).is_none() || !path.is_file() {
            continue;
        }
        // Its bytes say what it holds, whatever its name says.
        let input = Input::file(path)?;
        let yaml = input.kind() == Kind::Assessment;
        if yaml && !group && aqor::input::is_respondent_file(input.path()) {
            left.push(input.path().to_path_buf());
        } else if !(yaml && aqor::input::is_grid_file(input.path())) {
            out.push(input);
        }
    }
    Ok(())
}
