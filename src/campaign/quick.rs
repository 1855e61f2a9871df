//! The fast path of campaign rows whose output needs only the numbers: a raw record
//! scored straight into [`Totals`], without building an [`Assessment`](crate::assessment::Assessment).
//!
//! A [`Plan`] is made once per file: per indicator its level column, its criterion,
//! its weight and the bytes of each level with its normalized value. [`RowBuilder::quick`]
//! gives up (`None`) on anything it is not sure the full builder would accept without a
//! word: the caller then builds the row the usual way, so messages stay the same.

use super::{Column, Encoding, Record, RowBuilder};
use crate::grid::Grid;
use crate::score::{Accumulator, Counted, Tally, Totals};
use chrono::NaiveDate;
use std::borrow::Cow;

/// One valid row, scored by the fast path (its texts borrowed from the record) or
/// from a whole assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredRow<'r> {
    pub structure_id: Cow<'r, str>,
    pub structure_name: Cow<'r, str>,
    pub date: NaiveDate,
    /// The row's `campaign` cell (the input engine settles a row without one).
    pub campaign: Option<Cow<'r, str>>,
    pub totals: Totals,
    /// Warnings the full builder would give (`na` without a comment); rebuild the row to word them.
    pub warnings: usize,
}

/// What the fast path needs of one indicator.
#[derive(Debug)]
pub(super) struct Cell {
    weight: f64,
    level: Option<usize>,
    comment: Option<usize>,
    importance: Option<usize>,
    /// Asked of every structure (no `applies_to`).
    everyone: bool,
    /// Asked of everyone and without an importance column: an answer needs no other look.
    simple: bool,
    allow_na: bool,
    /// Each level's id, with its normalized value.
    levels: Vec<(LevelKey, f64)>,
    /// Index in `levels` of each one-byte id (`NONE` for the others): a cell of one
    /// byte, the usual one, is matched without a search whose exit branch the
    /// random answers of a campaign keep mispredicting.
    by_byte: Box<[u8; 256]>,
}

const NONE: u8 = u8::MAX;

impl Cell {
    /// The normalized value of the level a cell's trimmed bytes name.
    #[inline]
    fn value(&self, level: &[u8]) -> Option<f64> {
        if let [b] = level {
            let i = self.by_byte[usize::from(*b)];
            if i != NONE {
                return Some(self.levels[usize::from(i)].1);
            }
        }
        let packed = pack(level);
        self.levels
            .iter()
            .find(|(id, _)| id.is(packed, level))
            .map(|(_, v)| *v)
    }
}

/// A level id as a cell holds it: ids of up to seven bytes (most) packed in a
/// number, so that matching a cell is an integer compare.
#[derive(Debug)]
enum LevelKey {
    Short(u64),
    Long(Box<[u8]>),
}

impl LevelKey {
    /// `None` for an id that is not plain ASCII: cells of such levels take the full path,
    /// which decodes and trims them as text.
    fn of(id: &str) -> Option<Self> {
        let bytes = id.as_bytes();
        if !id.is_ascii() || bytes.iter().any(|b| b.is_ascii_whitespace() || *b == 0x0b) {
            return None;
        }
        Some(match pack(bytes) {
            Some(k) => LevelKey::Short(k),
            None => LevelKey::Long(bytes.into()),
        })
    }

    /// Whether a cell's `bytes` (`packed` when short) are this id.
    #[inline]
    fn is(&self, packed: Option<u64>, bytes: &[u8]) -> bool {
        match (self, packed) {
            (LevelKey::Short(k), Some(p)) => *k == p,
            (LevelKey::Long(id), None) => **id == *bytes,
            _ => false,
        }
    }
}

/// Up to seven bytes and their count in one number (built in registers: a copy
/// through memory stalls the load that follows it).
fn pack(bytes: &[u8]) -> Option<u64> {
    (bytes.len() < 8).then(|| {
        bytes
            .iter()
            .fold(bytes.len() as u64, |k, &b| (k << 8) | u64::from(b))
    })
}

/// The columns and lookups of one campaign file, made once.
#[derive(Debug)]
pub(super) struct Plan {
    /// In grid order: the cells of criterion `c` are `cells[criteria[c].clone()]`.
    cells: Vec<Cell>,
    criteria: Vec<std::ops::Range<usize>>,
    id: Option<usize>,
    name: Option<usize>,
    date: Option<usize>,
    profiles: Option<usize>,
    grid_cell: Option<usize>,
    campaign: Option<usize>,
    /// The columns the full builder decodes as text, but the levels and those the
    /// fast path decodes itself (id, name, date).
    text: Vec<usize>,
    /// Action, owner, due date, status, respondent and role columns: a row with any
    /// of them filled takes the full path, which checks and keeps them.
    actions: Vec<usize>,
}

impl Plan {
    pub(super) fn new(grid: &Grid, columns: &[Column], at: &[[Option<usize>; 8]]) -> Self {
        let find = |col: Column| columns.iter().position(|c| *c == col);
        let mut cells = Vec::with_capacity(at.len());
        let mut criteria = Vec::with_capacity(grid.criteria.len());
        for c in &grid.criteria {
            let first = cells.len();
            for i in &c.indicators {
                let scale = grid.scale_of(i);
                let cols = at[cells.len()];
                cells.push(Cell {
                    weight: i.weight,
                    level: cols[0],
                    comment: cols[1],
                    importance: cols[3],
                    everyone: i.applies_to.is_empty(),
                    simple: i.applies_to.is_empty() && cols[3].is_none(),
                    allow_na: scale.allow_na,
                    levels: scale
                        .levels
                        .iter()
                        .filter_map(|l| Some((LevelKey::of(&l.id)?, scale.normalized(l))))
                        .collect(),
                    by_byte: {
                        let mut t = Box::new([NONE; 256]);
                        let ids = scale.levels.iter().filter_map(|l| LevelKey::of(&l.id));
                        for (i, id) in ids.enumerate().take(usize::from(NONE)) {
                            if let LevelKey::Short(k) = id
                                && k >> 8 == 1
                            {
                                t[(k & 0xff) as usize] = i as u8;
                            }
                        }
                        t
                    },
                });
            }
            criteria.push(first..cells.len());
        }
        Plan {
            cells,
            criteria,
            id: find(Column::StructureId),
            name: find(Column::StructureName),
            date: find(Column::Date),
            profiles: find(Column::Profiles),
            grid_cell: find(Column::Grid),
            campaign: find(Column::Campaign),
            text: (0..columns.len())
                .filter(|&at| {
                    let own = [Column::StructureId, Column::StructureName, Column::Date];
                    !matches!(columns[at], Column::Level(_)) && !own.contains(&columns[at])
                })
                .collect(),
            actions: (0..columns.len())
                .filter(|&at| {
                    matches!(
                        columns[at],
                        Column::Action(_)
                            | Column::Owner(_)
                            | Column::Due(_)
                            | Column::Status(_)
                            | Column::Respondent
                            | Column::Role
                    )
                })
                .collect(),
        }
    }
}

/// A decoded cell without blanks around it; `None` when nothing is left.
fn trim(text: Cow<'_, str>) -> Option<Cow<'_, str>> {
    match text {
        Cow::Borrowed(c) => Some(Cow::Borrowed(c.trim())),
        Cow::Owned(c) => Some(Cow::Owned(c.trim().to_string())),
    }
    .filter(|s| !s.is_empty())
}

/// A cell's bytes without ASCII blanks around them; `None` unless plain ASCII
/// (where byte and text trimming agree).
#[inline]
fn ascii(bytes: &[u8]) -> Option<&[u8]> {
    let t = bytes.trim_ascii();
    (t.is_ascii() && !t.contains(&0x0b)).then_some(t)
}

impl RowBuilder<'_> {
    /// Scores a record straight into totals when nothing about it is unusual; `None`
    /// means "build it with [`RowBuilder::build`]" (problems, profiles, importance, …).
    /// `acc` is scratch, reused from row to row (every criterion of it is set before
    /// the totals are taken, so a row given up half-way leaves nothing behind).
    pub fn quick<'r>(&self, r: Record<'r>, acc: &mut Accumulator) -> Option<ScoredRow<'r>> {
        let plan = &self.plan;
        if r.len() != self.names.len() {
            return None;
        }
        // Every text cell must decode, with no stray byte-order mark. Level cells need
        // no look: only ASCII ids are matched, and bytes equal to one are plain text.
        // A UTF-8 record is checked whole, once.
        let whole = match self.sniffed.encoding {
            Encoding::Utf8 => r.text().filter(|t| !t.as_str().contains('\u{feff}')),
            Encoding::Windows1252 => None,
        };
        if whole.is_none()
            && !plan.text.iter().all(|&at| {
                let c = r.get(at).unwrap_or_default();
                c.is_ascii()
                    || self
                        .sniffed
                        .encoding
                        .decode(c)
                        .is_some_and(|s| !s.contains('\u{feff}'))
            })
        {
            return None;
        }
        let decode = |at: usize| -> Option<Cow<'r, str>> {
            match whole {
                Some(w) => w.cell(at).map(Cow::Borrowed),
                None => self.sniffed.encoding.decode(r.get(at)?),
            }
        };
        let text = |at: Option<usize>| trim(decode(at?)?);
        // A text the full builder takes without a word (`Some`), or `None` to let it speak.
        let clean = |at: Option<usize>| -> Option<Option<Cow<'r, str>>> {
            let Some(at) = at else {
                return Some(None);
            };
            let t = decode(at)?;
            if whole.is_none() && t.contains('\u{feff}') {
                return None;
            }
            Some(trim(t))
        };
        let blank = |at: Option<usize>| {
            at.and_then(|a| r.get(a))
                .is_none_or(|c| c.iter().all(u8::is_ascii_whitespace))
        };
        // `text(at).is_some()` without making the string.
        let has_text = |at: Option<usize>| match at.and_then(|a| r.get(a)) {
            None => false,
            Some(c) if c.is_ascii() => !c.iter().all(|b| b.is_ascii_whitespace() || *b == 0x0b),
            Some(_) => text(at).is_some(),
        };
        if !blank(plan.profiles)
            || !blank(plan.grid_cell) && self.grid_cell_problem(r)
            || !plan.actions.iter().all(|&at| blank(Some(at)))
        {
            return None;
        }
        let structure_id = clean(plan.id)??;
        let structure_name = clean(plan.name)?.unwrap_or_default();
        let campaign = clean(plan.campaign)?;
        let date = crate::date::parse_ascii(ascii(r.get(plan.date?)?)?)?;
        if date > self.today {
            return None;
        }
        let mut warnings = 0;
        for (criterion, cells) in plan.criteria.iter().enumerate() {
            let mut tally = Tally::default();
            for cell in &plan.cells[cells.clone()] {
                let c = cell.level.and_then(|at| r.get(at)).unwrap_or_default();
                // One byte naming a level of a simple indicator: most cells of a campaign.
                if let ([b], true) = (c, cell.simple) {
                    let i = cell.by_byte[usize::from(*b)];
                    if i != NONE {
                        let value = cell.levels[usize::from(i)].1;
                        tally.add(cell.weight, Counted::Scored(value));
                        continue;
                    }
                }
                let level = c.trim_ascii();
                if level.is_empty() {
                    let counted = if cell.everyone {
                        Counted::Unanswered
                    } else {
                        Counted::OutOfScope
                    };
                    tally.add(cell.weight, counted);
                    continue;
                }
                // An answer to an indicator not asked, or with an importance to check: full path.
                if !cell.everyone || !blank(cell.importance) {
                    return None;
                }
                let counted = if level.eq_ignore_ascii_case(b"na") {
                    if !cell.allow_na {
                        return None;
                    }
                    if !has_text(cell.comment) {
                        warnings += 1;
                    }
                    Counted::NotApplicable
                } else {
                    Counted::Scored(cell.value(level)?)
                };
                tally.add(cell.weight, counted);
            }
            acc.set(criterion, tally);
        }
        Some(ScoredRow {
            structure_id,
            structure_name,
            date,
            campaign,
            totals: acc.totals(self.grid.criteria.iter().map(|c| c.weight)),
            warnings,
        })
    }

    fn grid_cell_problem(&self, rec: Record) -> bool {
        let mut problems = Vec::new();
        match self.fixed(rec, Column::Grid, &mut problems) {
            Some(g) => self.check_grid_cell(rec.row, &g, &mut problems),
            None => return false,
        }
        !problems.is_empty()
    }
}

impl RowBuilder<'_> {
    /// Checks the fast path's promise on one record: where [`RowBuilder::quick`] takes
    /// it, the full builder accepts it and `score()` gives the same totals, texts, date
    /// and warning count. `Ok(true)` when it was taken; `Err` says what differs. For the
    /// tests and the fuzz target.
    pub fn check_quick(&self, rec: Record, acc: &mut Accumulator) -> Result<bool, Disagreement> {
        let Some(q) = self.quick(rec, acc) else {
            return Ok(false);
        };
        let row = self.build(rec);
        let a = row.assessment.as_ref().map_err(|p| Disagreement::Refused {
            row: rec.row,
            problems: p.iter().map(ToString::to_string).collect(),
        })?;
        let totals = Totals::from(&crate::score::score(self.grid, a));
        let texts = (
            a.structure.id.as_str(),
            a.structure.name.as_str(),
            a.date,
            a.campaign.as_deref(),
        );
        let quick = (
            &*q.structure_id,
            &*q.structure_name,
            q.date,
            q.campaign.as_deref(),
        );
        if q.totals != totals || quick != texts || q.warnings != row.warnings.len() {
            return Err(Disagreement::Differs {
                row: rec.row,
                quick: format!("{:?}, {quick:?}, {}", q.totals, q.warnings),
                full: format!("{totals:?}, {texts:?}, {}", row.warnings.len()),
            });
        }
        Ok(true)
    }
}

/// Where the fast path and the full builder disagree on a row ([`RowBuilder::check_quick`]):
/// a bug in aqor, for the tests and the fuzz target to show a developer (no user reads it).
#[derive(Debug)]
pub enum Disagreement {
    /// Taken by the fast path, refused by the full builder with these problems.
    Refused { row: u64, problems: Vec<String> },
    /// Totals, texts, date and warning count of each.
    Differs {
        row: u64,
        quick: String,
        full: String,
    },
}

impl std::fmt::Display for Disagreement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}
