//! Assessments of an older version of the grid, carried to the version read.

use super::{Inputs, Sink};
use crate::assessment::Located;
use crate::compare::versions;

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
            match &l.merged {
                None => sink.note(&format_args!(
                    "{name}: {} is not in {} (nor replaced by one of its indicators); its answer is left out",
                    l.id,
                    self.grid.label()
                )),
                Some((into, kept)) => sink.note(&format_args!(
                    "{name}: {} is merged into {into} in {}, which keeps the answer of {kept}; its answer is left out",
                    l.id,
                    self.grid.label()
                )),
            }
        }
        *carried.borrow_mut().entry(version).or_default() += 1;
        moved
    }
}
