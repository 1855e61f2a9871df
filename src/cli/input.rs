//! INPUT… and GRID on the command line, handed to the library's input engine
//! ([`aqor::input`]).
//!
//! INPUT… are assessment YAML files, campaign CSVs, folders (searched recursively
//! for `*.yaml`, `*.yml` and `*.csv`, in name order, skipping hidden entries and
//! grid files), `-` or pipes (stdin and pipes are copied to a temporary file; YAML or
//! CSV is told from the first line).
//!
//! For a command that reads assessments:
//! ```ignore
//! #[command(flatten)]
//! input: input::InputArgs,          // INPUT…, --grid, --skip-invalid, --delimiter
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
//! [`MAX_WARNINGS`] warnings of the first pass are shown, the rest counted. Two
//! environment variables set engine options for tests: `AQOR_NO_FAST_PATH` (build
//! every campaign row in full) and `AQOR_SEEN_MEMORY_KEYS` (a small duplicate check
//! in memory, to test very large inputs on small ones).

use super::CheckFailed;
use anyhow::Context;
use aqor::assessment::{self, Assessment};
use aqor::campaign;
use aqor::grid::{self, Grid, GridError};
<<<<<<< HEAD
use aqor::input::{Input, Kind, Options, Sink};
use std::fmt::Display;
=======
use aqor::score::{self, Accumulator, Totals};
use aqor::workbook::{self, Sheet, WorkbookError};
use chrono::NaiveDate;
use std::cell::Cell;
>>>>>>> h17
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

pub use aqor::input::Inputs;

/// Warnings shown before the rest are only counted.
const MAX_WARNINGS: usize = 20;

/// GRID is a built-in grid id (`aqor`) or a path to a grid file.
///
/// Findings of an invalid grid file are printed to stderr; the error then says how many.
pub fn grid(spec: &str) -> anyhow::Result<Grid> {
    let grid = read_grid(spec)?;
    super::say::follow_grid(grid.default_language());
    Ok(grid)
}

fn read_grid(spec: &str) -> anyhow::Result<Grid> {
    if let Some(g) = grid::builtin::get(spec) {
        return Ok(g);
    }
    let path = Path::new(spec);
    if !path.exists() {
        anyhow::bail!(
            "no grid `{spec}`: not a built-in grid ({}) nor an existing file",
            builtin_ids().join(", ")
        );
    }
    grid::load_file(path)
        .inspect_err(|e| {
            if let GridError::Invalid { findings, .. } = e {
                for f in findings {
                    eprintln!("{f}");
                }
            }
        })
        .map_err(Into::into)
}

/// The language to show texts in: `--lang`, else the grid's default. A language the
/// grid lacks is allowed (aqor's own words may exist in it) but said once on stderr.
pub fn language(grid: &Grid, lang: Option<&str>) -> String {
    let lang = lang.unwrap_or(grid.default_language()).to_string();
    if !grid.languages.contains(&lang) {
        eprintln!(
            "note: grid {} is not written in `{lang}` ({}); its texts are shown in {}",
            grid.label(),
            grid.languages.join(", "),
            grid.default_language()
        );
    }
    lang
}

fn builtin_ids() -> Vec<&'static str> {
    grid::builtin::SOURCES
        .iter()
        .map(|(id, _, _)| *id)
        .collect()
}

/// Command-line flags of every command that reads assessments.
#[derive(clap::Args, Debug)]
pub struct InputArgs {
    /// Assessment YAML files, campaign CSVs, folders of them, or `-` for stdin
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Grid: a built-in id or a grid file [default: the grid the inputs name]
    #[arg(long, value_name = "GRID")]
    pub grid: Option<String>,
    /// Use the valid rows and list the invalid ones on stderr, instead of failing
    #[arg(long)]
    pub skip_invalid: bool,
    /// Campaign CSV delimiter, when detecting `,` `;` or tab guesses wrong
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// The sheet of workbook inputs (.xlsx, .xlsm, .xls, .ods) to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

/// `;`, `,`, `tab` or `\t`, or any other single ASCII character.
pub fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() => Ok(s.as_bytes()[0]),
        _ => Err(format!(
            "`{s}` is not a delimiter; use one character such as `;` or `,`, or `tab`"
        )),
    }
}

<<<<<<< HEAD
=======
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Assessment,
    Campaign,
    /// A campaign sheet (or a form) of a workbook.
    Workbook,
}

struct Input {
    path: PathBuf,
    /// As problems name it.
    name: Arc<str>,
    kind: Kind,
}

/// The inputs of one command run, their grid resolved, ready to be read.
pub struct Inputs {
    pub grid: Grid,
    files: Vec<Input>,
    skip_invalid: bool,
    delimiter: Option<u8>,
    sheet: Option<String>,
    /// Warnings are shown on the first pass only.
    warned: Cell<bool>,
    /// Keeps the copies of stdin and of pipes alive while they are read.
    _spooled: Vec<tempfile::NamedTempFile>,
    /// With `bridge_versions`: assessments of older grid versions carried, by version.
    carried: Option<std::cell::RefCell<std::collections::BTreeMap<String, usize>>>,
}

/// What one pass over the inputs found.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub assessments: usize,
    /// Rows or files with problems (skipped with `--skip-invalid`).
    pub invalid: usize,
}

>>>>>>> h17
impl InputArgs {
    /// Lists the input files (folders expanded, stdin spooled) and resolves the grid.
    pub fn open(&self) -> anyhow::Result<Inputs> {
        let mut files = Vec::new();
        let mut stdin = false;
        for path in &self.inputs {
            // Stdin, and pipes such as `<(zcat campaign.csv.gz)`, can be read only once:
            // they are copied to a temporary file first (kind, grid and rows read it).
            let pipe = path.as_os_str() != "-"
                && std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
            if pipe {
                let name = path.display().to_string();
                let f = File::open(path).with_context(|| format!("cannot read {name}"))?;
                files.push(Input::spooled(spool(f, &name)?, &name)?);
            } else if path.as_os_str() == "-" {
                anyhow::ensure!(!stdin, "`-` (stdin) is given twice");
                stdin = true;
                files.push(Input::spooled(
                    spool(io::stdin().lock(), "stdin")?,
                    "<stdin>",
                )?);
            } else if path.is_dir() {
                let before = files.len();
                walk(path, &mut files)?;
                anyhow::ensure!(
                    files.len() > before,
                    "no assessment (*.yaml, *.yml) nor campaign (*.csv, *.xlsx, *.xlsm, *.xls, *.ods) in folder {}",
                    path.display()
                );
            } else {
<<<<<<< HEAD
                files.push(Input::file(path.clone())?);
=======
                let kind = kind_of(path)?;
                files.push(Input {
                    name: path.display().to_string().into(),
                    path: path.clone(),
                    kind,
                });
>>>>>>> h17
            }
        }
        let grid = match &self.grid {
            Some(spec) => grid(spec)?,
            None => named_grid(&files, self.delimiter, self.sheet.as_deref())?,
        };
        let options = Options {
            skip_invalid: self.skip_invalid,
            delimiter: self.delimiter,
<<<<<<< HEAD
            no_fast_path: std::env::var_os("AQOR_NO_FAST_PATH").is_some(),
            seen_memory_keys: std::env::var("AQOR_SEEN_MEMORY_KEYS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(campaign::MEMORY_KEYS),
        };
        let mut inputs = Inputs::new(grid, files, options, Box::<Stderr>::default());
        // Every command carries older versions' answers by the one rule (docs/grids.md).
        inputs.bridge_versions();
        Ok(inputs)
=======
            sheet: self.sheet.clone(),
            warned: Cell::new(false),
            _spooled: spooled,
            carried: None,
        })
>>>>>>> h17
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

<<<<<<< HEAD
/// Says on stderr how many assessments of older grid versions were carried over.
pub fn note_carried(inputs: &Inputs) {
    for (old, n) in inputs.carried() {
        eprintln!(
            "note: {n} assessment(s) of {} {old} carried to {} through `replaces`",
            inputs.grid.id,
            inputs.grid.label()
        );
    }
}

/// Problems and warnings on stderr, as the engine finds them; warnings are shown
/// on the first pass only, the first [`MAX_WARNINGS`] of it.
#[derive(Default)]
struct Stderr {
=======
impl Inputs {
    /// Accepts assessment files of older versions of the grid, their answers carried
    /// over through `replaces` (see `aqor::compare::versions`); `carried` counts them.
    pub fn bridge_versions(&mut self) {
        self.carried = Some(Default::default());
    }

    /// Assessments carried over by `bridge_versions`, per older version.
    pub fn carried(&self) -> std::collections::BTreeMap<String, usize> {
        self.carried
            .as_ref()
            .map(|c| c.borrow().clone())
            .unwrap_or_default()
    }

    fn bridge(&self, located: Located, name: &str) -> Located {
        use aqor::compare::versions;
        let Some(carried) = &self.carried else {
            return located;
        };
        let version = located.assessment.grid.version.clone();
        if located.assessment.grid.id != self.grid.id || !versions::is_older(&self.grid, &version) {
            return located;
        }
        let (moved, dropped) = versions::carry(&self.grid, &located);
        for id in dropped {
            eprintln!(
                "{name}: {id} is not in {} (nor replaced by one of its indicators); its answer is left out",
                self.grid.label()
            );
        }
        *carried.borrow_mut().entry(version).or_default() += 1;
        moved
    }

    /// Reads every input once, calling `f` with each valid assessment in input order.
    ///
    /// Problems go to stderr as they are found; at the end any problem gives
    /// `CheckFailed`, unless `--skip-invalid`. See the module doc: `f` may run
    /// before a later problem is found, so it must not print results itself.
    pub fn for_each(
        &self,
        mut f: impl FnMut(&Grid, Assessment) -> anyhow::Result<()>,
    ) -> anyhow::Result<Summary> {
        self.for_each_mapped(|_, _| (), |a, ()| f(&self.grid, a))
    }

    /// `for_each` for heavy per-assessment work: `map` runs on several threads
    /// (campaign rows are built and mapped in batches), then `sink` gets each valid
    /// assessment with what `map` made of it, in input order.
    pub fn for_each_mapped<T: Send>(
        &self,
        map: impl Fn(&Grid, &Assessment) -> T + Sync,
        mut sink: impl FnMut(Assessment, T) -> anyhow::Result<()>,
    ) -> anyhow::Result<Summary> {
        let grid = &self.grid;
        self.pass(|input, pass| match input.kind {
            Kind::Assessment => self.read_assessment(input, pass, &map, &mut sink),
            Kind::Campaign | Kind::Workbook => self.read_campaign(
                input,
                pass,
                &|b, rec, _| {
                    full(b, rec, |a| map(grid, a))
                        .map(|(a, t)| (fingerprint(&a.structure.id, a.date), (a, t)))
                },
                &mut |(a, t), _| sink(a, t),
            ),
        })
    }

    /// `for_each` for outputs that need only the totals (overall, criteria, coverage):
    /// campaign rows take the fast path ([`campaign::RowBuilder::quick`]) and are built
    /// in full only when it gives up, so problems and warnings read the same. `map`
    /// runs on several threads (formatting a row costs as much as scoring it); it may
    /// write bytes into the buffer it is given and return where they are: `sink` gets,
    /// in input order, what it made of each valid row and that buffer.
    pub fn for_each_totals<U: Send>(
        &self,
        map: impl Fn(&ScoredRow, &mut Vec<u8>) -> U + Sync,
        mut sink: impl FnMut(U, &[u8]) -> anyhow::Result<()>,
    ) -> anyhow::Result<Summary> {
        let grid = &self.grid;
        let totals = |grid: &Grid, a: &Assessment| Totals::from(&score::score(grid, a));
        let scored = |a: Assessment, totals| ScoredRow {
            structure_id: a.structure.id.into(),
            structure_name: a.structure.name.into(),
            date: a.date,
            totals,
            warnings: 0,
        };
        let keyed = |r: &ScoredRow, bytes: &mut Vec<u8>| {
            (fingerprint(&r.structure_id, r.date), map(r, bytes))
        };
        let slow = std::env::var_os("AQOR_NO_FAST_PATH").is_some();
        self.pass(|input, pass| match input.kind {
            Kind::Assessment => self.read_assessment(input, pass, &totals, &mut |a, t| {
                let mut bytes = Vec::new();
                let u = map(&scored(a, t), &mut bytes);
                sink(u, &bytes)
            }),
            Kind::Campaign | Kind::Workbook => self.read_campaign(
                input,
                pass,
                &|b, rec, s| match b.quick(rec, &mut s.acc).filter(|_| !slow) {
                    Some(row) => Made {
                        number: rec.row,
                        warnings: Warned::Counted(row.warnings),
                        result: Ok(keyed(&row, &mut s.bytes)),
                    },
                    None => full(b, rec, |a| totals(grid, a))
                        .map(|(a, t)| keyed(&scored(a, t), &mut s.bytes)),
                },
                &mut sink,
            ),
        })
    }

    /// One pass over every input with `read`, then the summary SPEC asks for.
    fn pass(
        &self,
        mut read: impl FnMut(&Input, &mut Pass) -> anyhow::Result<()>,
    ) -> anyhow::Result<Summary> {
        let mut pass = Pass {
            seen: Seen::with_capacity(seen_capacity()),
            file: 0,
            summary: Summary::default(),
            warnings: 0,
            show_warnings: !self.warned.replace(true),
        };
        for (i, input) in self.files.iter().enumerate() {
            pass.file = i as u32;
            read(input, &mut pass)?;
        }
        let (late, shown) = std::mem::take(&mut pass.seen)
            .finish()
            .context("cannot read back the temporary file of structures and dates")?;
        if late > 0 {
            self.report_twice(&shown)?;
            if late > shown.len() {
                eprintln!(
                    "… and {} more assessment(s) read twice, not listed",
                    late - shown.len()
                );
            }
            pass.summary.invalid += late;
            pass.summary.assessments -= late;
            if self.skip_invalid {
                return Err(CheckFailed(format!(
                    "{late} assessment(s) read twice were found only after the whole input was scored (it has over {} structures and dates); remove them and run again",
                    seen_capacity()
                ))
                .into());
            }
        }
        if pass.show_warnings && pass.warnings > MAX_WARNINGS {
            eprintln!(
                "… and {} more warning(s) not shown",
                pass.warnings - MAX_WARNINGS
            );
        }
        let s = pass.summary;
        if s.invalid > 0 {
            if !self.skip_invalid {
                return Err(CheckFailed(format!(
                    "{} invalid row(s) or file(s); fix them, or use --skip-invalid to leave them out",
                    s.invalid
                ))
                .into());
            }
            eprintln!(
                "skipped {} invalid row(s) or file(s); used {} assessment(s)",
                s.invalid, s.assessments
            );
        }
        Ok(s)
    }

    /// What a second assessment of a structure at the same date, read in `name` at
    /// `row` (0 for a YAML file), is told: the line to print.
    fn twice(&self, name: &str, row: u64, id: &str, date: NaiveDate, first: Place) -> String {
        let file = &self.files[first.file as usize].name;
        let place = if first.row > 0 {
            format!("{file} row {}", first.row)
        } else {
            file.to_string()
        };
        let m = format!("`{id}` already has an assessment dated {date} ({place}); keep one");
        if row > 0 {
            campaign::Problem::at(name, row, "structure_id", m).to_string()
        } else {
            format!("{name}: {m}")
        }
    }

    /// Reports the pairs read twice that were found at the end of a pass (inputs of
    /// more structures and dates than [`Seen`] keeps in memory), reading their rows again.
    fn report_twice(&self, late: &[(Place, Place)]) -> anyhow::Result<()> {
        for (file, input) in self.files.iter().enumerate() {
            let here: std::collections::HashMap<u64, Place> = late
                .iter()
                .filter(|(_, again)| again.file == file as u32)
                .map(|&(first, again)| (again.row, first))
                .collect();
            if here.is_empty() {
                continue;
            }
            let name = &*input.name;
            let mut keys = Vec::new();
            if input.kind == Kind::Assessment {
                let text = std::fs::read_to_string(&input.path)
                    .with_context(|| format!("cannot read {name} again"))?;
                if let Ok(l) = assessment::parse(text.trim_start_matches('\u{feff}'), name) {
                    let a = l.assessment;
                    keys.push((0, a.structure.id, a.date));
                }
            } else {
                let Ok(opened) = self.open_campaign(input)? else {
                    continue;
                };
                let name = &*opened.name;
                let mut reader =
                    campaign::Reader::new(opened.read, name, &self.grid, opened.delimiter)?;
                let mut batch = Batch::default();
                // Only the rows to report are built.
                while let Some(rec) = reader.next_record(&mut batch)? {
                    if here.contains_key(&rec.row)
                        && let Ok(a) = reader.builder().build(rec).assessment
                    {
                        keys.push((rec.row, a.structure.id, a.date));
                    }
                }
            }
            for (row, id, date) in keys {
                let Some(first) = here.get(&row) else {
                    continue;
                };
                eprintln!("{}", self.twice(name, row, &id, date, *first));
            }
        }
        Ok(())
    }

    fn read_assessment<T>(
        &self,
        input: &Input,
        pass: &mut Pass,
        map: &impl Fn(&Grid, &Assessment) -> T,
        sink: &mut impl FnMut(Assessment, T) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let name = &*input.name;
        let text =
            std::fs::read_to_string(&input.path).with_context(|| format!("cannot read {name}"))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let located = match assessment::parse(text, name) {
            Ok(l) => self.bridge(l, name),
            Err(d) => {
                eprintln!("{d}");
                pass.summary.invalid += 1;
                return Ok(());
            }
        };
        let findings = assessment::check(&located, &self.grid, name);
        let mut ok = true;
        for d in findings {
            if d.is_error() {
                ok = false;
                eprintln!("{d}");
            } else {
                pass.warn(&d);
            }
        }
        let a = located.assessment;
        let at = Place {
            file: pass.file,
            row: 0,
        };
        if let Err(first) = pass.first_seen(fingerprint(&a.structure.id, a.date), at)? {
            eprintln!("{}", self.twice(name, 0, &a.structure.id, a.date, first));
            ok = false;
        }
        if ok {
            pass.summary.assessments += 1;
            let t = map(&self.grid, &a);
            sink(a, t)
        } else {
            pass.summary.invalid += 1;
            Ok(())
        }
    }

    /// A campaign input's bytes as CSV and the name its problems give: the file
    /// itself, or the sheet of a workbook turned into CSV (with its cells' places).
    /// A workbook that cannot be used is an error (unreadable: exit 2) or, when
    /// its cells are at fault, `Ok(Err(…))` for the caller to list.
    fn open_campaign(&self, input: &Input) -> anyhow::Result<Result<Opened, WorkbookError>> {
        if input.kind == Kind::Workbook {
            return match workbook::open(&input.path, &input.name, self.sheet.as_deref()) {
                Ok(sheet) => Ok(Ok(Opened {
                    read: Box::new(io::Cursor::new(sheet.csv.clone())),
                    name: sheet.name.clone().into(),
                    delimiter: Some(b','),
                    sheet: Some(sheet),
                })),
                Err(e) if e.is_check() => Ok(Err(e)),
                Err(e) => Err(anyhow::anyhow!("{e}")),
            };
        }
        let file =
            File::open(&input.path).with_context(|| format!("cannot read {}", input.name))?;
        Ok(Ok(Opened {
            read: Box::new(file),
            name: input.name.clone(),
            delimiter: self.delimiter,
            sheet: None,
        }))
    }

    /// Reads a campaign's records in batches whose rows `make` turns into values in
    /// parallel (a few batches are all that is held in memory), each with the
    /// [`fingerprint`] of its structure and date; `sink` gets valid values in order.
    /// `make` gets the [`Scratch`] of the chunk of rows it builds; `sink` gets its bytes.
    fn read_campaign<T: Send>(
        &self,
        input: &Input,
        pass: &mut Pass,
        make: &(impl Fn(&RowBuilder, Record, &mut Scratch) -> Made<(u128, T)> + Sync),
        sink: &mut impl FnMut(T, &[u8]) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let Opened {
            read: file,
            name,
            delimiter,
            sheet,
        } = match self.open_campaign(input)? {
            Ok(opened) => opened,
            Err(e) => {
                eprintln!("{e}");
                if matches!(e, WorkbookError::Cells(_)) {
                    eprintln!("{}", WorkbookError::not_used(&input.name, "en"));
                }
                pass.summary.invalid += 1;
                return Ok(());
            }
        };
        let name = &*name;
        if let Some(note) = sheet.as_ref().and_then(|s| s.hidden_note("en")) {
            pass.warn(&note);
        }
        let size = match &sheet {
            Some(s) => s.csv.len(),
            None => std::fs::metadata(&input.path).map_or(0, |m| m.len() as usize),
        };
        // Problems of a workbook name their cell (`Feuil1!H7`).
        let say = |p: &campaign::Problem| match &sheet {
            Some(s) => s.word(p),
            None => p.to_string(),
        };
        let reader = match campaign::Reader::new(file, name, &self.grid, delimiter) {
            Ok(r) => r,
            Err(CampaignError::Io { file, source }) => {
                return Err(source).with_context(|| format!("cannot read {file}"));
            }
            Err(CampaignError::Header(problems)) => {
                problems.iter().for_each(|p| eprintln!("{}", say(p)));
                eprintln!("{name}: no row of it is used until its header is fixed");
                pass.summary.invalid += 1;
                return Ok(());
            }
            Err(e) => {
                eprintln!("{e}");
                pass.summary.invalid += 1;
                return Ok(());
            }
        };
        let (mut records, builder) = reader.split();
        // Builds a batch's records, sharing one scratch.
        let criteria = self.grid.criteria.len();
        // The containers of a batch handed over before are filled again: big buffers
        // made anew for each batch cost more in page faults than the batch's work.
        let build = |batch: &Batch, (mut bytes, mut made): Built<T>| -> Built<T> {
            bytes.clear();
            made.clear();
            let mut scratch = Scratch {
                acc: Accumulator::new(criteria),
                bytes,
            };
            made.extend(batch.iter().map(|rec| make(&builder, rec, &mut scratch)));
            (scratch.bytes, made)
        };
        // Checks and hands over a built batch's rows, in order.
        let mut first = true;
        let mut take = |batch: &Batch, (bytes, made): &mut Built<T>| -> anyhow::Result<()> {
            if std::mem::take(&mut first) && batch.byte_len() > 0 {
                // As many more rows as the file has, judging by its first ones.
                let more = batch.len() * (size / batch.byte_len() + 1);
                pass.seen.expect(more);
            }
            for m in made.iter() {
                if let Ok((fp, _)) = &m.result {
                    pass.seen.warm(*fp);
                }
            }
            // A row's record is looked at only to word what the fast path only counted.
            for (i, m) in made.drain(..).enumerate() {
                let rec = || batch.get(i).expect("a record for each row built");
                match m.warnings {
                    Warned::Listed(ws) => ws.iter().for_each(|w| pass.warn(&say(w))),
                    // Counted by the fast path: worded by the full builder while they are shown.
                    Warned::Counted(k) if k > 0 && pass.shows_more() => builder
                        .build(rec())
                        .warnings
                        .iter()
                        .for_each(|w| pass.warn(&say(w))),
                    Warned::Counted(k) => pass.warnings += k,
                }
                let at = Place {
                    file: pass.file,
                    row: m.number,
                };
                let problems = match m.result {
                    Ok((fp, t)) => match pass.first_seen(fp, at)? {
                        Ok(()) => {
                            pass.summary.assessments += 1;
                            sink(t, bytes)?;
                            continue;
                        }
                        // Rare: the row is built again to word it.
                        Err(first) => match builder.build(rec()).assessment {
                            Ok(a) => {
                                vec![self.twice(name, m.number, &a.structure.id, a.date, first)]
                            }
                            Err(problems) => problems.iter().map(say).collect(),
                        },
                    },
                    Err(problems) => problems.iter().map(say).collect(),
                };
                problems.iter().for_each(|p| eprintln!("{p}"));
                pass.summary.invalid += 1;
            }
            Ok(())
        };
        // Three stages on their own threads: records are parsed; batches are built,
        // one per builder thread in turn; built batches are checked and handed over in
        // order. Threads wait on channels, none spins.
        let builders = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        std::thread::scope(|scope| {
            let (spent, reuse) = mpsc::channel::<Batch>();
            let (mut to_build, mut from_build, mut give_back) =
                (Vec::new(), Vec::new(), Vec::new());
            for _ in 0..builders {
                let (batch, batches) = mpsc::sync_channel::<Result<Batch, CampaignError>>(1);
                let (done, built) = mpsc::sync_channel(1);
                let (back, again) = mpsc::channel::<Built<T>>();
                let build = &build;
                scope.spawn(move || {
                    for b in batches {
                        let old = again.try_recv().unwrap_or_default();
                        if done.send(b.map(|b| (build(&b, old), b))).is_err() {
                            return;
                        }
                    }
                });
                to_build.push(batch);
                from_build.push(built);
                give_back.push(back);
            }
            scope.spawn(move || {
                for turn in (0..builders).cycle() {
                    let mut batch = reuse.try_recv().unwrap_or_default();
                    let filled = records.fill(&mut batch, BATCH, BATCH_BYTES);
                    let more = matches!(filled, Ok(true));
                    if to_build[turn].send(filled.map(|_| batch)).is_err() || !more {
                        return;
                    }
                }
            });
            // A builder with nothing more to give has ended: so has the file.
            for turn in (0..builders).cycle() {
                let Ok(built) = from_build[turn].recv() else {
                    return Ok(());
                };
                let (mut made, batch) = built?;
                take(&batch, &mut made)?;
                let _ = spent.send(batch);
                let _ = give_back[turn].send(made);
            }
            Ok(())
        })
    }
}

/// A campaign input opened: its CSV bytes, the name its problems give, the
/// delimiter to read it with and, for a workbook, the sheet its cells came from.
struct Opened {
    read: Box<dyn Read + Send>,
    name: Arc<str>,
    delimiter: Option<u8>,
    sheet: Option<Sheet>,
}

/// Entries of the duplicate check held in memory: [`campaign::MEMORY_KEYS`], or
/// `AQOR_SEEN_MEMORY_KEYS` (for tests of very large inputs on small ones).
fn seen_capacity() -> usize {
    std::env::var("AQOR_SEEN_MEMORY_KEYS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(campaign::MEMORY_KEYS)
}

/// What the rows of a batch are built with: an accumulator to score with, reused from
/// row to row, and one buffer their output may go to (no allocation per row).
struct Scratch {
    acc: Accumulator,
    bytes: Vec<u8>,
}

/// A built batch: its scratch bytes and its rows.
type Built<T> = (Vec<u8>, Vec<Made<(u128, T)>>);

/// What a campaign row came to, made on a worker thread.
struct Made<T> {
    number: u64,
    result: Result<T, Vec<campaign::Problem>>,
    warnings: Warned,
}

enum Warned {
    Listed(Vec<campaign::Problem>),
    /// The fast path only counts them.
    Counted(usize),
}

impl<T> Made<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Made<U> {
        Made {
            number: self.number,
            result: self.result.map(f),
            warnings: self.warnings,
        }
    }
}

/// A record built in full, its assessment mapped with `map`.
fn full<T>(
    builder: &RowBuilder,
    rec: Record,
    map: impl FnOnce(&Assessment) -> T,
) -> Made<(Assessment, T)> {
    let row = builder.build(rec);
    Made {
        number: row.number,
        result: row.assessment.map(|a| {
            let t = map(&a);
            (a, t)
        }),
        warnings: Warned::Listed(row.warnings),
    }
}

struct Pass {
    seen: Seen,
    /// Index of the input being read.
    file: u32,
    summary: Summary,
>>>>>>> h17
    warnings: usize,
    /// Passes over: later ones have shown their warnings already.
    passes: usize,
}

impl Sink for Stderr {
    fn problem(&mut self, text: &dyn Display) {
        eprintln!("{text}");
    }

    fn warning(&mut self, text: &dyn Display) {
        self.warnings += 1;
        if self.passes == 0 && self.warnings <= MAX_WARNINGS {
            let text = text.to_string();
            if text.contains(": warning: ") {
                eprintln!("{text}");
            } else {
                super::say::warning(text);
            }
        }
    }

    fn shows_warnings(&self) -> bool {
        self.passes == 0 && self.warnings < MAX_WARNINGS
    }

<<<<<<< HEAD
    fn unworded(&mut self, count: usize) {
        self.warnings += count;
    }

    fn note(&mut self, text: &dyn Display) {
        eprintln!("{text}");
    }

    fn warnings_done(&mut self) {
        if self.passes == 0 && self.warnings > MAX_WARNINGS {
            eprintln!(
                "… and {} more warning(s) not shown",
                self.warnings - MAX_WARNINGS
            );
        }
        self.passes += 1;
        self.warnings = 0;
=======
/// What a file holds, from its first bytes whatever its name says: a workbook (a
/// zip or OLE file), else an assessment or a campaign from the first meaningful
/// line (YAML starts with `key:` or `---`). A name that says otherwise is noted.
fn kind_of(path: &Path) -> anyhow::Result<Kind> {
    let mut head = Vec::new();
    File::open(path)
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .with_context(|| format!("cannot read {}", path.display()))?;
    let kind = kind_of_bytes(&head);
    let named = match extension(path).as_deref() {
        Some("csv") => Some(Kind::Campaign),
        Some("yaml" | "yml") => Some(Kind::Assessment),
        Some(e) if workbook::read::EXTENSIONS.contains(&e) => Some(Kind::Workbook),
        _ => None,
    };
    match named {
        // A YAML file that is not YAML says so itself when parsed; a CSV whose first
        // line looks like `key: value` is still a campaign.
        Some(n @ (Kind::Assessment | Kind::Campaign)) if kind != Kind::Workbook => Ok(n),
        Some(n) if n != kind => {
            let what = match kind {
                Kind::Workbook => "a workbook",
                Kind::Campaign => "a CSV campaign",
                Kind::Assessment => "a YAML assessment",
            };
            eprintln!(
                "note: {} is {what} despite its name; it is read as one",
                path.display()
            );
            Ok(kind)
        }
        _ => Ok(kind),
    }
}

fn kind_of_bytes(head: &[u8]) -> Kind {
    if workbook::read::magic(head) != workbook::read::Magic::Other {
        return Kind::Workbook;
    }
    let text = String::from_utf8_lossy(head);
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let key = first.split_once(':').map_or("", |(k, _)| k);
    let yaml_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && first[key.len() + 1..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace);
    if first == "---" || yaml_key {
        Kind::Assessment
    } else {
        Kind::Campaign
>>>>>>> h17
    }
}

/// A copy of `input` (named `name` in errors) in a temporary file.
fn spool(mut input: impl Read, name: &str) -> anyhow::Result<tempfile::NamedTempFile> {
    let mut tmp = tempfile::NamedTempFile::new().context("cannot create a temporary file")?;
    io::copy(&mut input, &mut tmp).with_context(|| format!("cannot read {name}"))?;
    Ok(tmp)
}

fn walk(dir: &Path, out: &mut Vec<Input>) -> anyhow::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read folder {}", dir.display()))?
        .collect::<io::Result<_>>()
        .with_context(|| format!("cannot read folder {}", dir.display()))?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        // `~$name.xlsx` is the lock file Excel leaves beside an open workbook.
        if e.file_name().to_string_lossy().starts_with(['.', '~']) {
            continue;
        }
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&path, out)?;
            continue;
        }
<<<<<<< HEAD
        let Some(kind) = Kind::of_extension(&path) else {
            continue;
        };
        if path.is_file() && !(kind == Kind::Assessment && aqor::input::is_grid_file(&path)) {
            out.push(Input::new(path, kind));
=======
        let known = match extension(&path).as_deref() {
            Some("csv" | "yaml" | "yml") => true,
            Some(e) => workbook::read::EXTENSIONS.contains(&e),
            None => false,
        };
        if !known || !path.is_file() {
            continue;
        }
        let kind = kind_of(&path)?;
        if !(kind == Kind::Assessment && is_grid_file(&path)) {
            out.push(Input {
                name: path.display().to_string().into(),
                path,
                kind,
            });
>>>>>>> h17
        }
    }
    Ok(())
}

/// The grid the inputs name (see the module doc), or an error asking for `--grid`.
fn named_grid(files: &[Input], delimiter: Option<u8>, sheet: Option<&str>) -> anyhow::Result<Grid> {
    let mut named: Vec<(String, &str)> = Vec::new();
    for input in files {
        if let Some(id) = grid_named_by(input, delimiter, sheet)
            && !named.iter().any(|(g, _)| *g == id)
        {
            named.push((id, input.name()));
        }
    }
    match named.as_slice() {
        [] => {
            unreadable_assessments(files)?;
            anyhow::bail!(
                "which grid? give --grid GRID (a built-in id: {}, or a grid file), start the file name with the grid id (e.g. aqor-campaign-2025.csv), or add a `grid` column",
                builtin_ids().join(", ")
            )
        }
        [(id, _)] => grid(id),
        several => {
            let list: Vec<String> = several.iter().map(|(g, f)| format!("{f}: {g}")).collect();
            anyhow::bail!(
                "the inputs name different grids ({}); score each grid's inputs separately, or give --grid",
                list.join(", ")
            )
        }
    }
}

/// When no grid could be named, a YAML file that does not parse says why itself.
fn unreadable_assessments(files: &[Input]) -> anyhow::Result<()> {
    let mut broken = 0;
    for input in files.iter().filter(|i| i.kind() == Kind::Assessment) {
        let Ok(text) = std::fs::read_to_string(input.path()) else {
            continue;
        };
        if let Err(finding) = assessment::parse(&text, input.name()) {
            eprintln!("{finding}");
            broken += 1;
        }
    }
    if broken > 0 {
        return Err(CheckFailed(format!("{broken} assessment file(s) could not be read")).into());
    }
    Ok(())
}

<<<<<<< HEAD
fn grid_named_by(input: &Input, delimiter: Option<u8>) -> Option<String> {
    let from_content = match input.kind() {
        Kind::Campaign => File::open(input.path())
=======
fn grid_named_by(input: &Input, delimiter: Option<u8>, sheet: Option<&str>) -> Option<String> {
    let from_content = match input.kind {
        Kind::Workbook => workbook::open(&input.path, &input.name, sheet)
            .ok()
            .and_then(|s| {
                campaign::peek_grid(s.csv.as_slice(), &s.name, Some(b','))
                    .ok()
                    .flatten()
            })
            .and_then(|g| g.split([' ', '@']).next().map(String::from)),
        Kind::Campaign => File::open(&input.path)
>>>>>>> h17
            .ok()
            .and_then(|f| {
                campaign::peek_grid(f, input.name(), delimiter)
                    .ok()
                    .flatten()
            })
            .and_then(|g| g.split([' ', '@']).next().map(String::from)),
        Kind::Assessment => std::fs::read_to_string(input.path())
            .ok()
            .and_then(|t| assessment::peek_grid_id(&t)),
    };
    from_content.or_else(|| {
        let file = input.path().file_name()?.to_string_lossy().into_owned();
        let mut ids = builtin_ids();
        ids.sort_by_key(|id| std::cmp::Reverse(id.len()));
        ids.into_iter()
            .find(|id| {
                file.strip_prefix(id)
                    .is_some_and(|rest| rest.starts_with(['-', '_', '.']))
            })
            .map(String::from)
    })
}
