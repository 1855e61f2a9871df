//! One pass over the inputs: the duplicate check, the counts, the closing verdict.

use super::source::Worded;
use super::{Error, Inputs, Kind, Options, Sink, Summary};
use crate::assessment;
use crate::campaign::{self, Batch, Place, Seen};
use chrono::NaiveDate;
use std::collections::HashMap;

pub(super) struct Pass<'s> {
    pub seen: Seen,
    /// Index of the input being read.
    pub file: u32,
    pub summary: Summary,
    pub sink: &'s mut dyn Sink,
}

impl<'s> Pass<'s> {
    pub fn new(options: &Options, sink: &'s mut dyn Sink) -> Self {
        Pass {
            seen: Seen::with_capacity(options.seen_memory_keys),
            file: 0,
            summary: Summary::default(),
            sink,
        }
    }

    /// `Err(first)` when `key` was met before, at `first`.
    pub fn first_seen(&mut self, key: u128, at: Place) -> Result<Result<(), Place>, Error> {
        self.seen
            .first_seen(key, at)
            .map_err(|source| Error::Spill {
                doing: "write",
                source,
            })
    }

    pub fn problem(&mut self, p: &dyn std::fmt::Display) {
        self.sink.problem(p);
    }

    pub fn warn(&mut self, w: &dyn std::fmt::Display) {
        self.sink.warning(w);
    }

    /// Late duplicates, the warnings' end, then Ok or why the pass fails.
    pub fn finish(mut self, inputs: &Inputs) -> Result<Summary, Error> {
        let (late, shown) =
            std::mem::take(&mut self.seen)
                .finish()
                .map_err(|source| Error::Spill {
                    doing: "read back",
                    source,
                })?;
        let skip_invalid = inputs.options.skip_invalid;
        if late > 0 {
            inputs.report_twice(&shown, self.sink)?;
            if late > shown.len() {
                self.sink.note(&format_args!(
                    "… and {} more assessment(s) read twice, not listed",
                    late - shown.len()
                ));
            }
            self.summary.invalid += late;
            self.summary.assessments -= late;
            if skip_invalid {
                return Err(Error::Failed(format!(
                    "{late} assessment(s) read twice were found only after the whole input was scored (it has over {} structures and dates); remove them and run again",
                    inputs.options.seen_memory_keys
                )));
            }
        }
        self.sink.warnings_done();
        let s = self.summary;
        if s.invalid > 0 {
            if !skip_invalid {
                return Err(Error::Failed(format!(
                    "{} invalid row(s) or file(s); fix them, or use --skip-invalid to leave them out",
                    s.invalid
                )));
            }
            self.sink.note(&format_args!(
                "skipped {} invalid row(s) or file(s); used {} assessment(s)",
                s.invalid, s.assessments
            ));
        }
        Ok(s)
    }
}

impl Inputs {
    /// What a second assessment of a structure at the same date, read in `name` at
    /// `row` (0 for a YAML file), is told.
    pub(super) fn twice(
        &self,
        name: &str,
        row: u64,
        id: &str,
        date: NaiveDate,
        first: Place,
    ) -> campaign::Problem {
        let file = &self.files[first.file as usize].name;
        let place = if first.row > 0 {
            format!("{file} row {}", first.row)
        } else {
            file.to_string()
        };
        let m = format!("`{id}` already has an assessment dated {date} ({place}); keep one");
        if row > 0 {
            campaign::Problem::at(name, row, "structure_id", m)
        } else {
            campaign::Problem::row(name, 0, m)
        }
    }

    /// Reports the pairs read twice that were found at the end of a pass (inputs of
    /// more structures and dates than [`Seen`] keeps in memory), reading their rows again.
    fn report_twice(&self, late: &[(Place, Place)], sink: &mut dyn Sink) -> Result<(), Error> {
        for (file, input) in self.files.iter().enumerate() {
            let here: HashMap<u64, Place> = late
                .iter()
                .filter(|(_, again)| again.file == file as u32)
                .map(|&(first, again)| (again.row, first))
                .collect();
            if here.is_empty() {
                continue;
            }
            let name = &*input.name;
            let again = || format!("{name} again");
            let mut keys = Vec::new();
            let mut sheet = None;
            if input.kind == Kind::Assessment {
                let text = std::fs::read_to_string(&input.path).map_err(Error::read(&again()))?;
                if let Ok(l) = assessment::parse(text.trim_start_matches('\u{feff}'), name) {
                    let a = l.assessment;
                    keys.push((0, a.structure.id, a.date));
                }
            } else {
                // Opened as on the pass that found them, which reported its problems.
                let Some(source) = self.open_campaign(input, &mut super::Collected::default())?
                else {
                    continue;
                };
                sheet = source.sheet;
                let mut reader =
                    campaign::Reader::new(source.read, name, &self.grid, source.delimiter)?;
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
                if let Some(first) = here.get(&row) {
                    let p = self.twice(name, row, &id, date, *first);
                    sink.problem(&Worded(&p, sheet.as_deref()));
                }
            }
        }
        Ok(())
    }
}
