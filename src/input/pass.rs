//! One pass over the inputs: the duplicate check, the counts, the closing verdict.

use super::campaigns::{Dates, WORDS, Who};
use super::source::worded;
use super::{Error, Inputs, Kind, Options, Sink, Summary};
use crate::assessment;
use crate::campaign::{self, Batch, Place, Seen};
use crate::i18n::{Arg, Message};
use crate::msg;
use std::collections::HashMap;

pub(super) struct Pass<'s> {
    pub seen: Seen,
    /// Index of the input being read.
    pub file: u32,
    pub summary: Summary,
    pub sink: &'s mut dyn Sink,
    dates: Dates,
    latest: Latest,
}

/// With `--keep latest` the inputs are read twice: the first pass finds the latest
/// assessment of each structure and campaign (by date, then input order), the
/// second uses only those.
pub(super) enum Latest {
    Off,
    Finding(HashMap<u128, (chrono::NaiveDate, Place)>),
    Found(HashMap<u128, (chrono::NaiveDate, Place)>),
}

/// What becomes of an assessment met in a pass.
pub(super) enum Admit {
    /// Used.
    New,
    /// Its structure was met in its campaign before, here.
    Twice(Place),
    /// `--keep latest` uses the one read here instead.
    Left(Place),
    /// First pass of `--keep latest`: only looked at.
    Held,
}

impl<'s> Pass<'s> {
    pub fn new(options: &Options, sink: &'s mut dyn Sink, latest: Latest) -> Self {
        Pass {
            seen: Seen::with_capacity(options.seen_memory_keys),
            file: 0,
            summary: Summary::default(),
            sink,
            dates: Dates::default(),
            latest,
        }
    }

    /// Whether `who`, read at `at`, is used; when it is, its date is counted in its
    /// campaign (`label` names the campaign the first time it is met).
    pub fn admit(
        &mut self,
        who: &Who,
        at: Place,
        label: impl FnOnce() -> String,
    ) -> Result<Admit, Error> {
        let admit = match &mut self.latest {
            Latest::Off => match self.first_seen(who.key, at)? {
                Ok(()) => Admit::New,
                Err(first) => Admit::Twice(first),
            },
            Latest::Finding(latest) => {
                let e = latest.entry(who.key).or_insert((who.date, at));
                *e = (*e).max((who.date, at));
                Admit::Held
            }
            Latest::Found(latest) => match latest.get(&who.key) {
                Some(&(_, kept)) if kept != at => Admit::Left(kept),
                _ => Admit::New,
            },
        };
        if let Admit::New = admit {
            self.dates.add(who, at, label);
        }
        Ok(admit)
    }

    /// The first pass of `--keep latest` hands over what it found.
    pub fn into_latest(self) -> Latest {
        match self.latest {
            Latest::Finding(l) => Latest::Found(l),
            other => other,
        }
    }

    /// `Err(first)` when `key` was met before, at `first`.
    pub fn first_seen(&mut self, key: u128, at: Place) -> Result<Result<(), Place>, Error> {
        self.seen
            .first_seen(key, at)
            .map_err(|source| Error::Spill {
                reading: false,
                source,
            })
    }

    pub fn problem(&mut self, p: &Message) {
        self.sink.problem(p);
    }

    pub fn warn(&mut self, w: &Message) {
        self.sink.warning(w);
    }

    /// Late duplicates, the warnings' end, then Ok or why the pass fails.
    pub fn finish(mut self, inputs: &Inputs) -> Result<Summary, Error> {
        for (campaign, date, n, at, middle) in self.dates.far() {
            let more: Arg = match n {
                1 => "".into(),
                n => msg!(WORDS, "far_more", n = n - 1).into(),
            };
            // A calendar year that cuts a school year in two: say where it would fall.
            let by_year = inputs.options.period == campaign::Period::Calendar
                && campaign == campaign::Period::Calendar.label(date);
            let school: Arg = if by_year {
                let school = campaign::Period::School.label(date);
                msg!(WORDS, "far_school", school = school).into()
            } else {
                "".into()
            };
            let m = msg!(
                WORDS,
                "far_date",
                date = date.to_string(),
                campaign = campaign,
                middle = middle.to_string(),
                more = more,
                school = school
            );
            let name = &inputs.files[at.file as usize].name;
            let w = match at.row {
                0 => campaign::about_file(name, m),
                row => campaign::Problem::at(name, row, "date", m).sentence(),
            };
            self.sink.warning(&w);
        }
        let (late, shown) =
            std::mem::take(&mut self.seen)
                .finish()
                .map_err(|source| Error::Spill {
                    reading: true,
                    source,
                })?;
        let skip_invalid = inputs.options.skip_invalid;
        if late > 0 {
            inputs.report_twice(&shown, self.sink)?;
            if late > shown.len() {
                self.sink
                    .note(&msg!(WORDS, "more_twice", n = late - shown.len()));
            }
            self.summary.invalid += late;
            self.summary.assessments -= late;
            if skip_invalid {
                return Err(Error::Failed(msg!(
                    WORDS,
                    "late_twice",
                    n = late,
                    keys = inputs.options.seen_memory_keys
                )));
            }
        }
        self.sink.warnings_done();
        let s = self.summary;
        if s.invalid > 0 {
            if !skip_invalid {
                return Err(Error::Failed(msg!(WORDS, "invalid", n = s.invalid)));
            }
            self.sink
                .note(&msg!(WORDS, "skipped", n = s.invalid, used = s.assessments));
        }
        Ok(s)
    }
}

impl Inputs {
    /// Where an assessment was read, as messages name it: `file row 3` or `file`.
    pub(super) fn place(&self, at: Place) -> Arg {
        let file = &*self.files[at.file as usize].name;
        match at.row {
            0 => file.into(),
            row => campaign::row_of(file, row).into(),
        }
    }

    /// What a second assessment of a structure in one campaign, read in `name` at
    /// `row` (0 for a YAML file), is told.
    pub(super) fn twice(
        &self,
        name: &str,
        row: u64,
        a: &assessment::Assessment,
        first: Place,
    ) -> campaign::Problem {
        let campaign = self
            .options
            .campaign_of(a.campaign.as_deref(), None, a.date);
        let (m, column) = match &a.respondent {
            Some(r) => (
                msg!(
                    super::respondents::WORDS,
                    "respondent_twice",
                    respondent = r,
                    id = &a.structure.id,
                    campaign = &*campaign,
                    place = self.place(first)
                ),
                "respondent",
            ),
            None => (
                msg!(
                    WORDS,
                    "twice",
                    id = &a.structure.id,
                    campaign = &*campaign,
                    first = self.place(first)
                ),
                "structure_id",
            ),
        };
        if row > 0 {
            campaign::Problem::at(name, row, column, m)
        } else {
            campaign::Problem::row(name, 0, m)
        }
    }

    /// What an assessment left out by `--keep latest` is told.
    pub(super) fn left_out(&self, a: &assessment::Assessment, here: Place, kept: Place) -> Message {
        let campaign = self
            .options
            .campaign_of(a.campaign.as_deref(), None, a.date);
        msg!(
            WORDS,
            "left_out",
            here = self.place(here),
            id = &a.structure.id,
            campaign = &*campaign,
            kept = self.place(kept)
        )
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
            let mut keys = Vec::new();
            let mut sheet = None;
            if input.kind == Kind::Assessment {
                let text = std::fs::read_to_string(&input.path).map_err(Error::read(name))?;
                if let Ok(l) = assessment::parse(text.trim_start_matches('\u{feff}'), name) {
                    let mut a = l.assessment;
                    self.options.settle(&mut a, None);
                    keys.push((0, a));
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
                        && let Ok(mut a) = reader.builder().build(rec).assessment
                    {
                        self.options
                            .settle(&mut a, reader.builder().file_campaign());
                        keys.push((rec.row, a));
                    }
                }
            }
            for (row, a) in keys {
                if let Some(first) = here.get(&row) {
                    let p = self.twice(name, row, &a, *first);
                    sink.problem(&worded(&p, sheet.as_deref()));
                }
            }
        }
        Ok(())
    }
}
