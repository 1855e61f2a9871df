//! A campaign read by three stages on their own threads: records are parsed;
//! batches of them are built (and mapped), one per builder thread in turn; built
//! batches are checked and handed over in input order. A few batches are all that
//! is held in memory; threads wait on channels, none spins.

use super::campaigns::{WORDS, Who};
use super::pass::{Admit, Pass};
use super::source::{Source, worded};
use super::{Error, Input, Inputs};
use crate::assessment::Assessment;
use crate::campaign::{self, Batch, CampaignError, Place, Record, RowBuilder};
use crate::i18n::Arg;
use crate::msg;
use crate::score::Accumulator;
use crate::workbook::Sheet;
use std::sync::mpsc;

/// Campaign rows parsed, built and handed over together: small enough to keep memory flat.
pub(super) const BATCH: usize = 1024;

/// Bytes after which a batch is handed over with fewer rows (rows of long comments).
pub(super) const BATCH_BYTES: usize = 1 << 20;

/// What the rows of a batch are built with: an accumulator to score with, reused from
/// row to row, and one buffer their output may go to (no allocation per row).
pub(super) struct Scratch {
    pub acc: Accumulator,
    pub bytes: Vec<u8>,
}

/// A built batch: its scratch bytes and its rows.
type Built<T> = (Vec<u8>, Vec<Made<(Who, T)>>);

/// What a campaign row came to, made on a worker thread.
pub(super) struct Made<T> {
    pub number: u64,
    pub result: Result<T, Vec<campaign::Problem>>,
    pub warnings: Warned,
}

pub(super) enum Warned {
    Listed(Vec<campaign::Problem>),
    /// The fast path only counts them.
    Counted(usize),
}

impl<T> Made<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Made<U> {
        Made {
            number: self.number,
            result: self.result.map(f),
            warnings: self.warnings,
        }
    }
}

/// A record built in full, its campaign settled, its assessment mapped with `map`.
pub(super) fn full<T>(
    options: &super::Options,
    builder: &RowBuilder,
    rec: Record,
    map: impl FnOnce(&Assessment) -> T,
) -> Made<(Assessment, T)> {
    let row = builder.build(rec);
    Made {
        number: row.number,
        result: row.assessment.map(|mut a| {
            options.settle(&mut a, builder.file_campaign());
            let t = map(&a);
            (a, t)
        }),
        warnings: Warned::Listed(row.warnings),
    }
}

impl Inputs {
    pub(super) fn read_campaign<T: Send, E: From<Error>>(
        &self,
        input: &Input,
        pass: &mut Pass,
        make: &(impl Fn(&RowBuilder, Record, &mut Scratch) -> Made<(Who, T)> + Sync),
        sink: &mut impl FnMut(T, &[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        let name = &*input.name;
        let Some(Source {
            read,
            delimiter,
            size,
            sheet,
        }) = self.open_campaign(input, pass.sink)?
        else {
            pass.summary.invalid += 1;
            return Ok(());
        };
        let sheet = sheet.as_deref();
        if let Some(note) = sheet.and_then(Sheet::hidden_note) {
            pass.warn(&note);
        }
        let reader = match campaign::Reader::new(read, name, &self.grid, delimiter) {
            Ok(r) => r,
            Err(CampaignError::Io { file, source }) => {
                return Err(Error::Read { name: file, source }.into());
            }
            Err(CampaignError::Header(problems)) => {
                let place = sheet.map_or(name, |s| &s.name);
                problems
                    .iter()
                    .for_each(|p| pass.problem(&worded(p, sheet)));
                pass.problem(&msg!(WORDS, "header_blocks", place = place));
                pass.summary.invalid += 1;
                return Ok(());
            }
            Err(e) => {
                pass.problem(&e.message());
                pass.summary.invalid += 1;
                return Ok(());
            }
        };
        let (mut records, builder) = reader.split();
        let (notes, warnings) = builder.carried_columns();
        notes
            .iter()
            .for_each(|n| pass.sink.note(&campaign::about_file(name, n.clone())));
        warnings
            .iter()
            .for_each(|w| pass.warn(&campaign::about_file(name, w.clone())));
        let missing = builder.missing_levels();
        if !missing.is_empty() && self.options.strict {
            let m = msg!(WORDS, "no_column_strict", ids = self.ids(&missing));
            pass.problem(&worded(&campaign::Problem::row(name, 1, m), sheet));
            pass.summary.invalid += 1;
            return Ok(());
        }
        let before = pass.summary.assessments;
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
        let mut take = |batch: &Batch, (bytes, made): &mut Built<T>| -> Result<(), E> {
            if std::mem::take(&mut first) && batch.byte_len() > 0 {
                // As many more rows as the file has, judging by its first ones.
                let more = batch.len() * (size / batch.byte_len() + 1);
                pass.seen.expect(more);
            }
            for m in made.iter() {
                if let Ok((who, _)) = &m.result {
                    pass.seen.warm(who.key);
                }
            }
            // A row's record is looked at only to word what the fast path only counted.
            for (i, m) in made.drain(..).enumerate() {
                let rec = || batch.get(i).expect("a record for each row built");
                match m.warnings {
                    Warned::Listed(ws) => ws.iter().for_each(|w| pass.warn(&worded(w, sheet))),
                    // Counted by the fast path: worded by the full builder while they are shown.
                    Warned::Counted(k) if k > 0 && pass.sink.shows_warnings() => builder
                        .build(rec())
                        .warnings
                        .iter()
                        .for_each(|w| pass.warn(&worded(w, sheet))),
                    Warned::Counted(k) => pass.sink.unworded(k),
                }
                let at = Place {
                    file: pass.file,
                    row: m.number,
                };
                match m.result {
                    Ok((who, t)) => {
                        // Rare: the row is built again to word it.
                        let again = || {
                            builder.build(rec()).assessment.map(|mut a| {
                                self.options.settle(&mut a, builder.file_campaign());
                                a
                            })
                        };
                        let label = || again().ok().and_then(|a| a.campaign).unwrap_or_default();
                        match pass.admit(&who, at, label)? {
                            Admit::New => {
                                pass.summary.assessments += 1;
                                sink(t, bytes)?;
                            }
                            Admit::Held => {}
                            Admit::Left(kept) => {
                                if let Ok(a) = again() {
                                    pass.sink.note(&self.left_out(&a, at, kept));
                                }
                            }
                            Admit::Twice(first) => {
                                match again() {
                                    Ok(a) => {
                                        pass.problem(&worded(
                                            &self.twice(name, m.number, &a, first),
                                            sheet,
                                        ));
                                    }
                                    Err(problems) => problems
                                        .iter()
                                        .for_each(|p| pass.problem(&worded(p, sheet))),
                                }
                                pass.summary.invalid += 1;
                            }
                        }
                        continue;
                    }
                    Err(problems) => problems
                        .iter()
                        .for_each(|p| pass.problem(&worded(p, sheet))),
                }
                pass.summary.invalid += 1;
            }
            Ok(())
        };
        let builders = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        let read: Result<(), E> = std::thread::scope(|scope| {
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
                let (mut made, batch) = built.map_err(Error::from)?;
                take(&batch, &mut made)?;
                let _ = spent.send(batch);
                let _ = give_back[turn].send(made);
            }
            Ok(())
        });
        read?;
        if !missing.is_empty() {
            let n = pass.summary.assessments - before;
            // Coverage of a structure asked only the indicators everyone is asked.
            let everyone: Vec<bool> = self
                .grid
                .indicators()
                .map(|(_, i)| i.applies_to.is_empty())
                .collect();
            let total = everyone.iter().filter(|e| **e).count().max(1);
            let lost = missing.iter().filter(|&&n| everyone[n]).count();
            let coverage = 100.0 * (total - lost) as f64 / total as f64;
            let m = msg!(
                WORDS,
                "no_column",
                ids = self.ids(&missing),
                n = n,
                coverage = Arg::Percent(coverage, 1)
            );
            pass.warn(&campaign::about_file(name, m));
        }
        Ok(())
    }

    /// Indicator ids by grid index: `C2.4, C3.1`.
    fn ids(&self, at: &[usize]) -> String {
        let ids: Vec<&str> = self.grid.indicators().map(|(_, i)| i.id.as_str()).collect();
        at.iter().map(|&n| ids[n]).collect::<Vec<_>>().join(", ")
    }
}
