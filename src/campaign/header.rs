//! What each column of a campaign header means, checked against the grid.

use super::{Problem, WORDS};
use crate::diagnostic::did_you_mean;
use crate::grid::Grid;
use crate::i18n::Message;
use crate::msg;

/// The meaning of one column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    StructureId,
    StructureName,
    Network,
    Territory,
    Assessor,
    Date,
    Profiles,
    Grid,
    /// The campaign the row belongs to (`2025-2026`).
    Campaign,
    /// Who answered, when a group self-assesses (docs/consensus.md), and in which role.
    Respondent,
    Role,
    /// The level of the grid's n-th indicator (grid order).
    Level(usize),
    Comment(usize),
    Evidence(usize),
    Importance(usize),
    /// What the structure plans for the n-th indicator: the action, who, when, how far.
    Action(usize),
    Owner(usize),
    Due(usize),
    Status(usize),
    /// A column without a name (trailing delimiters): ignored.
    Unnamed,
}

const FIXED: [(&str, Column); 11] = [
    ("structure_id", Column::StructureId),
    ("structure_name", Column::StructureName),
    ("network", Column::Network),
    ("territory", Column::Territory),
    ("assessor", Column::Assessor),
    ("date", Column::Date),
    ("profiles", Column::Profiles),
    ("grid", Column::Grid),
    ("campaign", Column::Campaign),
    ("respondent", Column::Respondent),
    ("role", Column::Role),
];

const SUFFIXES: [&str; 3] = ["comment", "evidence", "importance"];
const ACTION_SUFFIXES: [&str; 4] = ["action", "owner", "due", "status"];

/// The columns a campaign for `grid` may have, in template order; `details` adds
/// the `:comment`, `:evidence` and `:importance` column of each indicator, `actions`
/// its `:action`, `:owner`, `:due` and `:status` columns.
pub fn template(grid: &Grid, details: bool, actions: bool) -> Vec<String> {
    let mut out: Vec<String> = ["structure_id", "structure_name", "network", "date"]
        .map(String::from)
        .to_vec();
    if !grid.profiles.is_empty() {
        out.push("profiles".into());
    }
    out.push("grid".into());
    for (_, i) in grid.indicators() {
        out.push(i.id.clone());
        if details {
            out.extend(SUFFIXES.iter().map(|s| format!("{}:{s}", i.id)));
        }
        if actions {
            out.extend(ACTION_SUFFIXES.iter().map(|s| format!("{}:{s}", i.id)));
        }
    }
    out
}

/// The `grid` cell the template fills in: id and version (`aqor@1.2.0`).
pub fn grid_cell(grid: &Grid) -> String {
    format!("{}@{}", grid.id, grid.version)
}

/// A header's columns, and what was said about columns of an older grid version.
#[derive(Debug, Default)]
pub struct Header {
    pub columns: Vec<Column>,
    /// Columns of an older version read as their successor's.
    pub notes: Vec<Message>,
    /// Columns of an older version whose answers are left out (merged away).
    pub warnings: Vec<Message>,
}

/// Maps header names to columns; every problem is reported at `row 1`. Ids of an
/// older version of the grid are read as the indicators that replace them, by the
/// one rule of carrying answers (docs/grids.md, "Carrying answers").
pub fn map(names: &[String], grid: &Grid, file: &str) -> Result<Header, Vec<Problem>> {
    let ids: Vec<&str> = grid.indicators().map(|(_, i)| i.id.as_str()).collect();
    let older = older_ids(names, grid, &ids);
    let mut header = Header::default();
    let mut problems = Vec::new();
    let mut columns = Vec::with_capacity(names.len());
    for name in names {
        let found = column(name, &ids).or_else(|| {
            let (base, suffix) = split(name);
            let (_, to) = older.iter().find(|(old, _)| old == base)?;
            let said = |out: &Vec<Message>, m: &Message| out.contains(m);
            match to {
                Ok(new) => {
                    let m = msg!(
                        WORDS,
                        "column_carried",
                        old = base,
                        new = new,
                        grid = grid.label()
                    );
                    if !said(&header.notes, &m) {
                        header.notes.push(m);
                    }
                    column(&format!("{new}{suffix}"), &ids)
                }
                Err(m) => {
                    if !said(&header.warnings, m) {
                        header.warnings.push(m.clone());
                    }
                    Some(Column::Unnamed)
                }
            }
        });
        match found {
            Some(c) => {
                if c != Column::Unnamed && columns.contains(&c) {
                    problems.push(Problem::at(file, 1, name, msg!(WORDS, "column_twice")));
                }
                columns.push(c);
            }
            None => {
                problems.push(Problem::at(file, 1, name, unknown(name, grid, &ids)));
                columns.push(Column::Unnamed);
            }
        }
    }
    let unknown: Vec<&String> = names
        .iter()
        .zip(&columns)
        .filter(|(n, c)| **c == Column::Unnamed && !n.trim().is_empty())
        .map(|(n, _)| n)
        .collect();
    if unknown.len() * 2 > names.len()
        && let Some(other) = other_grid(&unknown, grid)
    {
        return Err(vec![Problem::row(
            file,
            1,
            msg!(
                WORDS,
                "other_grid",
                unknown = unknown.len(),
                all = names.len(),
                grid = grid.label(),
                other = other
            ),
        )]);
    }
    for (need, what) in [
        (Column::StructureId, "structure_id"),
        (Column::Date, "date"),
    ] {
        if !columns.contains(&need) {
            problems.push(Problem::row(
                file,
                1,
                msg!(WORDS, "no_required_column", what = what, grid = &grid.id),
            ));
        }
    }
    if problems.is_empty() {
        header.columns = columns;
        Ok(header)
    } else {
        Err(problems)
    }
}

/// A column name's indicator id and suffix: `C1.2:comment` → (`C1.2`, `:comment`).
fn split(name: &str) -> (&str, &str) {
    let name = name.trim();
    match name.find(':') {
        Some(at) => (name[..at].trim(), &name[at..]),
        None => (name, ""),
    }
}

/// Ids of the header that an indicator of `grid` replaces, in file order, each with
/// the id it is read as, or why its answers are left out.
fn older_ids(
    names: &[String],
    grid: &Grid,
    ids: &[&str],
) -> Vec<(String, Result<String, Message>)> {
    use crate::grid::diff::{Carry, carry, successor};
    let mut bases: Vec<&str> = Vec::new();
    for name in names {
        let (base, _) = split(name);
        let known = ids.contains(&base) || successor(grid, base).is_some();
        if known && !bases.contains(&base) {
            bases.push(base);
        }
    }
    carry(grid, bases)
        .into_iter()
        .filter(|(old, _)| !ids.contains(old))
        .filter_map(|(old, to)| {
            let to = match to {
                Carry::To(i) => Ok(i.id.clone()),
                Carry::Merged { into, kept } => Err(msg!(
                    WORDS,
                    "column_merged",
                    old = old,
                    new = into,
                    kept = kept,
                    grid = grid.label()
                )),
                // Not met: only ids with a successor are carried.
                Carry::Removed => return None,
            };
            Some((old.to_string(), to))
        })
        .collect()
}

/// The built-in grid (other than `grid`) whose indicators most of the `unknown`
/// columns name, when one names more than half of them.
fn other_grid(unknown: &[&String], grid: &Grid) -> Option<String> {
    crate::grid::builtin::all()
        .into_iter()
        .filter(|g| g.id != grid.id)
        .map(|g| {
            let ids: Vec<&str> = g.indicators().map(|(_, i)| i.id.as_str()).collect();
            let known = unknown.iter().filter(|n| column(n, &ids).is_some()).count();
            (known, g.id)
        })
        .filter(|(known, _)| known * 2 > unknown.len())
        .max_by_key(|(known, _)| *known)
        .map(|(_, id)| id)
}

/// An unknown column, with what its author probably meant.
fn unknown(name: &str, grid: &Grid, ids: &[&str]) -> Message {
    if let Some((id, _)) = name
        .rsplit_once(':')
        .filter(|(id, _)| ids.contains(&id.trim()))
    {
        return msg!(WORDS, "unknown_suffix", name = name, id = id);
    }
    let known = template(grid, true, true);
    let mut candidates: Vec<&str> = known.iter().map(String::as_str).collect();
    candidates.extend([
        "territory",
        "assessor",
        "grid",
        "campaign",
        "respondent",
        "role",
    ]);
    let same_letters = candidates
        .iter()
        .find(|c| c.eq_ignore_ascii_case(name))
        .copied();
    match same_letters.or_else(|| did_you_mean(name, candidates.iter().copied())) {
        Some(c) => msg!(WORDS, "unknown_column_close", name = name, close = c),
        None => msg!(
            WORDS,
            "unknown_column",
            name = name,
            grid = grid.label(),
            id = &grid.id
        ),
    }
}

fn column(name: &str, ids: &[&str]) -> Option<Column> {
    let name = name.trim();
    if name.is_empty() {
        return Some(Column::Unnamed);
    }
    if let Some((_, c)) = FIXED.iter().find(|(f, _)| f.eq_ignore_ascii_case(name)) {
        return Some(*c);
    }
    if let Some(n) = ids.iter().position(|i| *i == name) {
        return Some(Column::Level(n));
    }
    let (id, suffix) = name.rsplit_once(':')?;
    let n = ids.iter().position(|i| *i == id.trim())?;
    match suffix.trim().to_ascii_lowercase().as_str() {
        "comment" => Some(Column::Comment(n)),
        "evidence" => Some(Column::Evidence(n)),
        "importance" => Some(Column::Importance(n)),
        "action" => Some(Column::Action(n)),
        "owner" => Some(Column::Owner(n)),
        "due" => Some(Column::Due(n)),
        "status" => Some(Column::Status(n)),
        _ => None,
    }
}
