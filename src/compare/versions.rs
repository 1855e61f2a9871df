//! Comparing assessments made with earlier versions of a grid, through `replaces`.

use crate::assessment::{Answer, Located};
use crate::grid::Grid;
use crate::grid::diff::{self, Carry};
use indexmap::IndexMap;

/// Whether an assessment of `grid.id` at `version` is older than `grid`, so its
/// answers can be carried over rather than refused.
pub fn is_older(grid: &Grid, version: &str) -> bool {
    semver::Version::parse(version).is_ok_and(|v| v < grid.version)
}

/// The assessment's answers under `grid`'s ids, by the one carry rule
/// ([`crate::grid::diff::carry`]); level ids are kept as they are, so the usual check
/// still reports a level the new scale lacks. Answers left behind come back with why.
pub fn carry(grid: &Grid, located: &Located) -> (Located, Vec<Left>) {
    let old = &located.assessment;
    let mut answers: IndexMap<String, Answer> = IndexMap::new();
    let mut answer_at = std::collections::HashMap::new();
    let mut left = Vec::new();
    for (id, fate) in diff::carry(grid, old.answers.keys().map(String::as_str)) {
        match fate {
            Carry::To(i) => {
                if let Some(at) = located.answer_at.get(id) {
                    answer_at.insert(i.id.clone(), *at);
                }
                answers.insert(i.id.clone(), old.answers[id].clone());
            }
            Carry::Merged { into, kept } => left.push(Left {
                id: id.to_string(),
                merged: Some((into.to_string(), kept)),
            }),
            Carry::Removed => left.push(Left {
                id: id.to_string(),
                merged: None,
            }),
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
        left,
    )
}

/// An answer not carried: its indicator was removed, or merged into one that keeps
/// another answer (`(into, kept)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Left {
    pub id: String,
    pub merged: Option<(String, String)>,
}
