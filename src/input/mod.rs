//! The input engine: INPUT files turned into assessments and totals, with every
//! problem reported.
//!
//! The caller (the `aqor` binary) lists the files (folders walked, stdin and pipes
//! copied to temporary files), names the grid, and gives a [`Sink`] for problems
//! and warnings; [`Inputs`] then reads them, as many times as asked:
//! ```no_run
//! use aqor::input::{Collected, Input, Inputs, Options};
//! # fn main() -> Result<(), aqor::input::Error> {
//! let grid = aqor::grid::builtin::get("aqor").unwrap();
//! let files = vec![Input::file("examples/aqor-campaign-2025.csv".into())?];
//! let inputs = Inputs::new(grid, files, Options::default(), Box::new(Collected::default()));
//! // all at once: every valid assessment
//! let all = inputs.read_all::<aqor::input::Error>()?;
//! // streaming: memory stays flat whatever the number of rows
//! inputs.for_each(|grid, assessment| -> Result<(), aqor::input::Error> { Ok(()) })?;
//! # Ok(()) }
//! ```
//!
//! Checking without holding everything in memory: a pass reads each input once and
//! reports every problem to the sink as it meets it; when it is done it returns
//! [`Error::Failed`] if any input had one. It may have handed over valid
//! assessments before meeting a bad row, so a caller must not publish results as
//! it goes: `aqor score` writes into a spool and copies it out only when the pass
//! returned Ok. The same structure and date read twice is mostly caught at once, but
//! in inputs of more than [`Options::seen_memory_keys`] structures and dates it may
//! be found only at the end of the pass (see [`crate::campaign::Seen`]). With
//! [`Options::skip_invalid`] problems are reported, the rows are skipped and the
//! pass returns Ok.
//!
//! Campaign rows go through a pipeline of threads (see [`pipeline`]): parsed,
//! built and mapped in batches, handed over in input order.

mod assessment_file;
mod campaigns;
mod carry;
mod error;
mod kind;
mod median;
mod pass;
mod pipeline;
mod respondents;
mod sink;
mod source;
#[cfg(test)]
mod tests;

pub use campaigns::WORDS;
pub use error::Error;
pub use kind::{Kind, is_grid_file, is_respondent_file};
pub use respondents::Respondents;
pub use sink::{Collected, Sink};

use crate::assessment::Assessment;
use crate::campaign::{self, ScoredRow};
use crate::grid::Grid;
use crate::score::{self, Totals};
use crate::workbook::{self, Sheet, WorkbookError};
use campaigns::Who;
use pass::Pass;
use pipeline::{Made, Warned, full};
use respondents::individual;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// One input file, as problems name it.
pub struct Input {
    path: PathBuf,
    name: Arc<str>,
    kind: Kind,
    /// The kind its name claims, when its bytes say another (a zip named `.csv`).
    misnamed: Option<Kind>,
    /// A workbook's sheet as read last, with the `--sheet` asked: naming the grid and
    /// each pass read it, and a large sheet costs more to unpack than to score.
    sheet: Mutex<Option<(Option<String>, Arc<Sheet>)>>,
    /// A copy of stdin or of a pipe, kept alive while it is read.
    _spool: Option<tempfile::NamedTempFile>,
}

impl Input {
    /// A file named by its path; its kind from its first bytes and its extension
    /// ([`Kind::of_file`]).
    pub fn file(path: PathBuf) -> Result<Input, Error> {
        let (kind, misnamed) = Kind::of_file(&path)?;
        Ok(Input {
            misnamed,
            ..Input::new(path, kind)
        })
    }

    /// A file whose kind the caller knows (a folder walk goes by extension).
    pub fn new(path: PathBuf, kind: Kind) -> Input {
        Input {
            name: path.display().to_string().into(),
            path,
            kind,
            misnamed: None,
            sheet: Mutex::default(),
            _spool: None,
        }
    }

    /// A copy of stdin or of a pipe, named `name` in problems; its kind from its first line.
    pub fn spooled(file: tempfile::NamedTempFile, name: &str) -> Result<Input, Error> {
        Ok(Input {
            kind: Kind::of_content(file.path())?,
            path: file.path().to_path_buf(),
            name: name.into(),
            misnamed: None,
            sheet: Mutex::default(),
            _spool: Some(file),
        })
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// Sheet `name` (the first when `None`) of a workbook input, read once.
    pub fn sheet(&self, name: Option<&str>) -> Result<Arc<Sheet>, WorkbookError> {
        let mut read = self.sheet.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((asked, sheet)) = &*read
            && asked.as_deref() == name
        {
            return Ok(sheet.clone());
        }
        let sheet = Arc::new(workbook::open(&self.path, &self.name, name)?);
        *read = Some((name.map(String::from), sheet.clone()));
        Ok(sheet)
    }
}

/// How a pass reads: set by the caller (the CLI maps flags and test knobs onto it).
#[derive(Debug, Clone)]
pub struct Options {
    /// Use the valid rows and report the invalid ones, instead of failing.
    pub skip_invalid: bool,
    /// Campaign CSV delimiter, when detection guesses wrong.
    pub delimiter: Option<u8>,
    /// The sheet of workbook inputs to read (the first when `None`).
    pub sheet: Option<String>,
    /// Build every campaign row in full, never the fast path (tests hold both to one result).
    pub no_fast_path: bool,
    /// Structures and campaigns the duplicate check keeps in memory (small in tests
    /// of very large inputs).
    pub seen_memory_keys: usize,
    /// One respondent's answers: refused by default, so that a structure is never
    /// counted once per respondent; required when a group's answers are brought
    /// together (`aqor consensus`); or brought together at their median
    /// (`--respondents median`). See docs/consensus.md.
    pub respondents: Respondents,
    /// How assessments that name no campaign (and are not in a campaign file) are
    /// grouped: by calendar or school year.
    pub period: campaign::Period,
    /// The campaign of every assessment that names none (`--campaign`).
    pub campaign: Option<String>,
    /// A structure assessed twice in one campaign: use its latest assessment (by
    /// date, then input order) and leave the others out with a note, instead of failing.
    pub keep_latest: bool,
    /// A campaign file without a column for some indicator is refused (else a warning).
    pub strict: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            skip_invalid: false,
            delimiter: None,
            sheet: None,
            no_fast_path: false,
            seen_memory_keys: campaign::MEMORY_KEYS,
            respondents: Respondents::Refused,
            period: campaign::Period::default(),
            campaign: None,
            keep_latest: false,
            strict: false,
        }
    }
}

/// What one pass over the inputs found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub assessments: usize,
    /// Rows or files with problems (skipped with `skip_invalid`).
    pub invalid: usize,
}

/// The inputs of one run, their grid resolved, ready to be read.
pub struct Inputs {
    pub grid: Grid,
    files: Vec<Input>,
    options: Options,
    sink: RefCell<Box<dyn Sink>>,
    /// With `bridge_versions`: assessments of older grid versions carried, by version.
    carried: Option<RefCell<BTreeMap<String, usize>>>,
}

impl Inputs {
    /// Notes to `sink` the files whose name claims another kind than they hold.
    pub fn new(grid: Grid, files: Vec<Input>, options: Options, mut sink: Box<dyn Sink>) -> Inputs {
        for f in &files {
            if f.misnamed.is_some() {
                sink.note(&f.kind.misnamed(&f.name));
            }
        }
        Inputs {
            grid,
            files,
            options,
            sink: RefCell::new(sink),
            carried: None,
        }
    }

    pub fn files(&self) -> &[Input] {
        &self.files
    }

    /// The language the assessment files were given in, when they all say the same
    /// (`aqor assess` stores it): the default of commands that speak to their author.
    pub fn stored_language(&self) -> Option<String> {
        let mut langs = self
            .files
            .iter()
            .filter(|f| f.kind == Kind::Assessment)
            .map(|f| {
                std::fs::read_to_string(&f.path)
                    .ok()
                    .and_then(|t| crate::assessment::peek_language(&t))
            });
        let first = langs.next()??;
        langs.all(|l| l.as_ref() == Some(&first)).then_some(first)
    }

    /// Accepts assessment files of older versions of the grid, their answers carried
    /// over through `replaces` (see [`crate::compare::versions`]); `carried` counts them.
    pub fn bridge_versions(&mut self) {
        self.carried = Some(Default::default());
    }

    /// Assessments carried over by `bridge_versions`, per older version.
    pub fn carried(&self) -> BTreeMap<String, usize> {
        self.carried
            .as_ref()
            .map(|c| c.borrow().clone())
            .unwrap_or_default()
    }

    /// Every valid assessment, in input order; any problem gives [`Error::Failed`]
    /// (unless `skip_invalid`).
    pub fn read_all<E: From<Error>>(&self) -> Result<Vec<Assessment>, E> {
        let mut all = Vec::new();
        self.for_each(|_, a| {
            all.push(a);
            Ok::<(), E>(())
        })?;
        Ok(all)
    }

    /// Reads every input once, calling `f` with each valid assessment in input order.
    ///
    /// See the module doc: `f` may run before a later problem is found, so it must
    /// not publish results itself.
    pub fn for_each<E: From<Error>>(
        &self,
        mut f: impl FnMut(&Grid, Assessment) -> Result<(), E>,
    ) -> Result<Summary, E> {
        self.for_each_mapped(|_, _| (), |a, ()| f(&self.grid, a))
    }

    /// `for_each` for heavy per-assessment work: `map` runs on several threads
    /// (campaign rows are built and mapped in batches), then `sink` gets each valid
    /// assessment with what `map` made of it, in input order.
    pub fn for_each_mapped<T: Send, E: From<Error>>(
        &self,
        map: impl Fn(&Grid, &Assessment) -> T + Sync,
        mut sink: impl FnMut(Assessment, T) -> Result<(), E>,
    ) -> Result<Summary, E> {
        if let Respondents::Median { anonymize } = self.options.respondents {
            return self.for_each_median(anonymize, |a| {
                let t = map(&self.grid, &a);
                sink(a, t)
            });
        }
        self.read_mapped(map, sink)
    }

    /// `for_each_mapped` as the inputs hold them (respondents not brought together).
    fn read_mapped<T: Send, E: From<Error>>(
        &self,
        map: impl Fn(&Grid, &Assessment) -> T + Sync,
        mut sink: impl FnMut(Assessment, T) -> Result<(), E>,
    ) -> Result<Summary, E> {
        let (grid, options) = (&self.grid, &self.options);
        let allowed = options.respondents;
        self.pass(|input, pass| match input.kind {
            Kind::Assessment => self.read_assessment(input, pass, &map, &mut sink),
            Kind::Campaign | Kind::Workbook => self.read_campaign(
                input,
                pass,
                &|b, rec, _| {
                    individual(
                        allowed,
                        &input.name,
                        full(options, b, rec, |a| map(grid, a)),
                    )
                    .map(|(a, t)| (options.who(&a), (a, t)))
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
    pub fn for_each_totals<U: Send, E: From<Error>>(
        &self,
        map: impl Fn(&ScoredRow, &mut Vec<u8>) -> U + Sync,
        mut sink: impl FnMut(U, &[u8]) -> Result<(), E>,
    ) -> Result<Summary, E> {
        let (grid, options) = (&self.grid, &self.options);
        let totals = |grid: &Grid, a: &Assessment| Totals::from(&score::score(grid, a));
        let scored = |a: Assessment, totals| ScoredRow {
            structure_id: a.structure.id.into(),
            structure_name: a.structure.name.into(),
            date: a.date,
            campaign: a.campaign.map(Into::into),
            totals,
            warnings: 0,
        };
        let keyed = |file: Option<&str>, r: &ScoredRow, bytes: &mut Vec<u8>| {
            let campaign = options.campaign_of(r.campaign.as_deref(), file, r.date);
            (Who::new(&r.structure_id, &campaign, r.date), map(r, bytes))
        };
        if let Respondents::Median { anonymize } = self.options.respondents {
            return self.for_each_median(anonymize, |a| {
                let t = totals(grid, &a);
                let mut bytes = Vec::new();
                let u = map(&scored(a, t), &mut bytes);
                sink(u, &bytes)
            });
        }
        let slow = self.options.no_fast_path;
        let allowed = self.options.respondents;
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
                        result: Ok(keyed(b.file_campaign(), &row, &mut s.bytes)),
                    },
                    None => individual(
                        allowed,
                        &input.name,
                        full(options, b, rec, |a| totals(grid, a)),
                    )
                    .map(|(a, t)| keyed(None, &scored(a, t), &mut s.bytes)),
                },
                &mut sink,
            ),
        })
    }

    /// One pass over every input with `read`, then the summary and the verdict
    /// (with `keep_latest`, after a first pass that finds the latest assessments).
    fn pass<E: From<Error>>(
        &self,
        mut read: impl FnMut(&Input, &mut Pass) -> Result<(), E>,
    ) -> Result<Summary, E> {
        let mut latest = pass::Latest::Off;
        if self.options.keep_latest {
            let mut quiet = Collected::default();
            let mut first = Pass::new(
                &self.options,
                &mut quiet,
                pass::Latest::Finding(Default::default()),
            );
            self.read_each(&mut first, &mut read)?;
            latest = first.into_latest();
        }
        let mut sink = self.sink.borrow_mut();
        let mut pass = Pass::new(&self.options, &mut **sink, latest);
        self.read_each(&mut pass, &mut read)?;
        Ok(pass.finish(self)?)
    }

    fn read_each<E>(
        &self,
        pass: &mut Pass,
        read: &mut impl FnMut(&Input, &mut Pass) -> Result<(), E>,
    ) -> Result<(), E> {
        for (i, input) in self.files.iter().enumerate() {
            pass.file = i as u32;
            read(input, pass)?;
        }
        Ok(())
    }
}
