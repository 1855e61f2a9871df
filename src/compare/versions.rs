//! Comparing assessments made with earlier versions of a grid, through `replaces`.

use crate::assessment::{Answer, Located};
use crate::grid::Grid;
use crate::grid::diff::successor;
use indexmap::IndexMap;

/// Whether an assessment of `grid.id` at `version` is older than `grid`, so its
/// answers can be carried over rather than refused.
pub fn is_older(grid: &Grid, version: &str) -> bool {
    semver::Version::parse(version).is_ok_and(|v| v < grid.version)
}

/// The assessment's answers under `grid`'s ids: an answer to an indicator that a
/// newer one `replaces` moves to the newer id; answers to indicators the grid no
/// longer has (nor replaces) are dropped and returned. Level ids are kept as they
/// are, so the usual check still reports a level the new scale lacks.
pub fn carry(grid: &Grid, located: &Located) -> (Located, Vec<String>) {
    let old = &located.assessment;
    let mut answers: IndexMap<String, Answer> = IndexMap::new();
    let mut answer_at = std::collections::HashMap::new();
    let mut dropped = Vec::new();
    for (id, answer) in &old.answers {
        match successor(grid, id) {
            // A newer indicator answered directly wins over the one it replaces.
            Some((_, i)) if i.id == *id || !answers.contains_key(&i.id) => {
                if let Some(at) = located.answer_at.get(id) {
                    answer_at.insert(i.id.clone(), *at);
                }
                answers.insert(i.id.clone(), answer.clone());
            }
            Some(_) => {}
            None => dropped.push(id.clone()),
        }
    }
    let mut assessment = old.clone();
    assessment.answers = answers;
    assessment.grid.version = grid.version.to_string();
    assessment.grid.sha256 = None;
    (
        Located {
            assessment,
            answer_at,
        },
        dropped,
    )
}
