//! Assessments of an older version of the grid, carried to the version read.

use super::{Inputs, Sink, WORDS};
use crate::assessment::Located;
use crate::compare::versions;
use crate::msg;

impl Inputs {
    /// With `bridge_versions`, an assessment of an older version of the grid comes
    /// back with its answers carried over (answers left out are noted); else as is.
    pub(super) fn bridge(&self, located: Located, name: &str, sink: &mut dyn Sink) -> Located {
        let Some(carried) = &self.carried else {
            return located;
        };
        let version = located.assessment.grid.version.clone();
        if located.assessment.grid.id != self.grid.id || !versions::is_older(&self.grid, &version) {
            return located;
        }
        let (moved, left) = versions::carry(&self.grid, &located);
        for l in left {
            let grid = self.grid.label();
            sink.note(&match &l.merged {
                None => msg!(
                    WORDS,
                    "answer_left_out",
                    file = name,
                    id = &l.id,
                    grid = grid
                ),
                Some((into, kept)) => msg!(
                    WORDS,
                    "answer_merged",
                    file = name,
                    id = &l.id,
                    into = into,
                    kept = kept,
                    grid = grid
                ),
            });
        }
        *carried.borrow_mut().entry(version).or_default() += 1;
        moved
    }
}
