//! The grid the inputs name, when `--grid` does not say it: how grids are named is
//! the command line's business, not the engine's.

use super::{WORDS, grid};
use crate::cli::say;
use aqor::assessment;
use aqor::campaign;
use aqor::grid::{self as grids, Grid};
use aqor::input::{Input, Kind};
use aqor::msg;
use std::fs::File;

pub(super) fn builtin_ids() -> Vec<&'static str> {
    grids::builtin::SOURCES
        .iter()
        .map(|(id, _, _)| *id)
        .collect()
}

/// The grid the inputs name (see the module doc), or an error asking for `--grid`.
pub(super) fn named_grid(
    files: &[Input],
    delimiter: Option<u8>,
    sheet: Option<&str>,
) -> anyhow::Result<Grid> {
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
            Err(say::fail(msg!(
                WORDS,
                "which_grid",
                ids = builtin_ids().join(", ")
            )))
        }
        [(id, _)] => grid(id),
        several => {
            let list: Vec<String> = several.iter().map(|(g, f)| format!("{f}: {g}")).collect();
            Err(say::fail(msg!(
                WORDS,
                "several_grids",
                list = list.join(", ")
            )))
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
            say::finding(&finding);
            broken += 1;
        }
    }
    if broken > 0 {
        return Err(say::check_failed(msg!(
            WORDS,
            "unreadable_assessments",
            n = broken
        )));
    }
    Ok(())
}

fn grid_named_by(input: &Input, delimiter: Option<u8>, sheet: Option<&str>) -> Option<String> {
    let from_content = match input.kind() {
        Kind::Workbook => input
            .sheet(sheet)
            .ok()
            .and_then(|s| s.grid.clone())
            .and_then(|g| g.split([' ', '@']).next().map(String::from)),
        Kind::Campaign => File::open(input.path())
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
