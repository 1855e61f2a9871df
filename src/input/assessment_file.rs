//! One assessment YAML file: parsed, carried to the grid's version, checked.

use super::pass::{Admit, Pass};
use super::{Error, Input, Inputs};
use crate::assessment::{self, Assessment};
use crate::campaign::Place;
use crate::grid::Grid;

impl Inputs {
    pub(super) fn read_assessment<T, E: From<Error>>(
        &self,
        input: &Input,
        pass: &mut Pass,
        map: &impl Fn(&Grid, &Assessment) -> T,
        sink: &mut impl FnMut(Assessment, T) -> Result<(), E>,
    ) -> Result<(), E> {
        let name = &*input.name;
        let text = std::fs::read_to_string(&input.path).map_err(Error::read(name))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let located = match assessment::parse(text, name) {
            Ok(l) => self.bridge(l, name, &mut *pass.sink),
            Err(d) => {
                pass.problem(&d.sentence());
                pass.summary.invalid += 1;
                return Ok(());
            }
        };
        let mut ok = true;
        for d in assessment::check(&located, &self.grid, name) {
            if d.is_error() {
                ok = false;
                pass.problem(&d.sentence());
            } else {
                pass.warn(&d.sentence());
            }
        }
        let mut a = located.assessment;
        if let Some(m) = super::respondents::respondent_problem(self.options.respondents, &a) {
            pass.problem(&crate::campaign::about_file(name, m));
            ok = false;
        }
        if !ok {
            pass.summary.invalid += 1;
            return Ok(());
        }
        self.options.settle(&mut a, None);
        let at = Place {
            file: pass.file,
            row: 0,
        };
        let label = || a.campaign.clone().unwrap_or_default();
        match pass.admit(&self.options.who(&a), at, label)? {
            Admit::New => {
                pass.summary.assessments += 1;
                let t = map(&self.grid, &a);
                sink(a, t)
            }
            Admit::Held => Ok(()),
            Admit::Left(kept) => {
                pass.sink.note(&self.left_out(&a, at, kept));
                Ok(())
            }
            Admit::Twice(first) => {
                pass.problem(&self.twice(name, 0, &a, first).sentence());
                pass.summary.invalid += 1;
                Ok(())
            }
        }
    }
}
