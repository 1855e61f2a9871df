//! Carrying an assessment to a newer version of its grid.
//!
//! Each answer follows its indicator to the new version (same id, else the indicator
//! that `replaces` it). Where the indicator's scale changed, a level mapping says what
//! each old level becomes; without one the migration is refused rather than guessed.

use crate::assessment::{Answer, Assessment, Choice, GridRef, NA};
use crate::grid::diff::{Carry, Kind, carry, scale_change};
use crate::grid::{Grid, Scale};
use indexmap::IndexMap;
use serde::Serialize;
use std::collections::HashMap;

/// A level map's NEW that drops the answer instead of carrying it.
pub const DROP: &str = "-";

/// Old level -> new level, for indicators whose scale changed.
///
/// Written `OLD=NEW,…` for every such indicator, or `ID:OLD=NEW` for one indicator
/// (old or new id), which wins over the general pairs. NEW `-` drops the answer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LevelMap {
    general: HashMap<String, String>,
    by_indicator: HashMap<(String, String), String>,
}

impl LevelMap {
    /// Reads `0=no,1=no,C2.2:2=yes`; adds to pairs already read (the option may repeat).
    pub fn add(&mut self, spec: &str) -> Result<(), MigrateError> {
        for pair in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (from, to) = pair
                .split_once('=')
                .filter(|(f, t)| !f.trim().is_empty() && !t.trim().is_empty())
                .ok_or_else(|| {
                    MigrateError::BadLevelMap(format!(
                        "`{pair}` is not OLD=NEW (e.g. 2=yes, or C2.2:2=yes for one indicator)"
                    ))
                })?;
            let (from, to) = (from.trim(), to.trim().to_string());
            match from.split_once(':') {
                Some((id, level)) => {
                    self.by_indicator
                        .insert((id.to_string(), level.to_string()), to);
                }
                None => {
                    self.general.insert(from.to_string(), to);
                }
            }
        }
        Ok(())
    }

    fn get(&self, ids: [&str; 2], level: &str) -> Option<&str> {
        ids.iter()
            .find_map(|id| self.by_indicator.get(&(id.to_string(), level.to_string())))
            .or_else(|| self.general.get(level))
            .map(String::as_str)
    }
}

/// An answer that moved to the new grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Carried {
    pub from: String,
    pub to: String,
    pub level_from: String,
    pub level_to: String,
}

/// An answer left behind, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dropped {
    pub id: String,
    pub level: String,
    pub reason: String,
}

/// A new indicator with no answer (`added`: it did not exist in the old grid).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unanswered {
    pub id: String,
    pub added: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Migration {
    pub assessment: Assessment,
    pub carried: Vec<Carried>,
    pub dropped: Vec<Dropped>,
    pub unanswered: Vec<Unanswered>,
}

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("{0}")]
    WrongGrid(String),
    #[error("bad --level-map: {0}")]
    BadLevelMap(String),
    /// Answers on a changed scale with no mapping; one line each, and a suggested mapping.
    #[error(
        "the scale changed for {} answer(s) and the level map does not say what they become:\n{}\ngive the mapping with --level-map, e.g. --level-map {}",
        .lines.len(), .lines.join("\n"), .suggestion
    )]
    NeedsLevelMap {
        lines: Vec<String>,
        suggestion: String,
    },
}

/// Carries `a` (an assessment of `old`) to `new`.
pub fn migrate(
    old: &Grid,
    new: &Grid,
    a: &Assessment,
    map: &LevelMap,
) -> Result<Migration, MigrateError> {
    if a.grid.id != old.id || a.grid.version != old.version.to_string() {
        return Err(MigrateError::WrongGrid(format!(
            "the assessment answers {} {}, not {}",
            a.grid.id,
            a.grid.version,
            old.label()
        )));
    }
    if new.id != old.id {
        return Err(MigrateError::WrongGrid(format!(
            "{} is not a version of grid `{}`; migrate carries answers between versions of one grid",
            new.label(),
            old.id
        )));
    }
    if new.version <= old.version {
        return Err(MigrateError::WrongGrid(format!(
            "{} is not newer than {}",
            new.label(),
            old.label()
        )));
    }
    let mut answers: HashMap<String, (String, Answer)> = HashMap::new();
    let (mut carried, mut dropped, mut unmapped) = (Vec::new(), Vec::new(), Vec::new());
    let mut suggestions: Vec<String> = Vec::new();
    let fates: HashMap<&str, Carry> = carry(new, a.answers.keys().map(String::as_str))
        .into_iter()
        .collect();
    for (old_id, answer) in &a.answers {
        let level = answer.level.as_str().to_string();
        let drop = |reason: String| Dropped {
            id: old_id.clone(),
            level: level.clone(),
            reason,
        };
        let Some((_, oi)) = old.indicator(old_id) else {
            dropped.push(drop(format!("not an indicator of {}", old.label())));
            continue;
        };
        let ni = match &fates[old_id.as_str()] {
            Carry::To(ni) => *ni,
            Carry::Removed => {
                dropped.push(drop(format!("removed in {}", new.label())));
                continue;
            }
            Carry::Merged { into, kept } => {
                dropped.push(drop(format!(
                    "merged into {into}, which keeps the answer of {kept}"
                )));
                continue;
            }
        };
        let (os, ns) = (old.scale_of(oi), new.scale_of(ni));
        let mut answer = answer.clone();
        if scale_change(os, ns).is_some_and(|(k, _, _)| k == Kind::ScaleChanged)
            && !(answer.level == Choice::Na && ns.allow_na)
        {
            match map.get([old_id, &ni.id], &level) {
                Some(DROP) => {
                    dropped.push(drop("the level map drops it".into()));
                    continue;
                }
                Some(to) => answer.level = checked_level(ns, &ni.id, to)?,
                None => {
                    let id = if *old_id == ni.id {
                        ni.id.clone()
                    } else {
                        format!("{old_id} -> {}", ni.id)
                    };
                    unmapped.push(format!(
                        "  {id}: answer `{level}` on {} ({}), new scale {} ({})",
                        os.id,
                        os.choices(),
                        ns.id,
                        ns.choices()
                    ));
                    let s = suggestion(os, ns);
                    if !suggestions.contains(&s) {
                        suggestions.push(s);
                    }
                    continue;
                }
            }
        }
        carried.push(Carried {
            from: old_id.clone(),
            to: ni.id.clone(),
            level_from: level,
            level_to: answer.level.as_str().to_string(),
        });
        answers.insert(ni.id.clone(), (old_id.clone(), answer));
    }
    if !unmapped.is_empty() {
        return Err(MigrateError::NeedsLevelMap {
            lines: unmapped,
            suggestion: suggestions.join(","),
        });
    }
    let mut ordered = IndexMap::new();
    let mut unanswered = Vec::new();
    for (_, i) in new.indicators() {
        match answers.remove(&i.id) {
            Some((_, answer)) => {
                ordered.insert(i.id.clone(), answer);
            }
            None if i.applies(&a.structure.profiles) => unanswered.push(Unanswered {
                id: i.id.clone(),
                added: old.indicator(&i.id).is_none()
                    && !i.replaces.iter().any(|r| old.indicator(r).is_some()),
            }),
            None => {}
        }
    }
    let assessment = Assessment {
        grid: GridRef {
            id: new.id.clone(),
            version: new.version.to_string(),
            sha256: Some(new.sha256.clone()),
        },
        answers: ordered,
        ..a.clone()
    };
    Ok(Migration {
        assessment,
        carried,
        dropped,
        unanswered,
    })
}

fn checked_level(scale: &Scale, id: &str, to: &str) -> Result<Choice, MigrateError> {
    let choice = Choice::parse(to);
    let ok = match &choice {
        Choice::Na => scale.allow_na,
        Choice::Level(l) => scale.level(l).is_some(),
    };
    if ok {
        Ok(choice)
    } else {
        Err(MigrateError::BadLevelMap(format!(
            "`{to}` is not an answer on scale {} of {id} ({})",
            scale.id,
            scale.choices()
        )))
    }
}

/// Each old level to the new level of nearest relative score: `0=no,1=no,2=yes,3=yes`.
fn suggestion(old: &Scale, new: &Scale) -> String {
    let mut pairs: Vec<String> = old
        .levels
        .iter()
        .map(|l| {
            let x = old.normalized(l);
            let nearest = new
                .levels
                .iter()
                .min_by(|a, b| {
                    (new.normalized(a) - x)
                        .abs()
                        .total_cmp(&(new.normalized(b) - x).abs())
                })
                .map_or("", |n| n.id.as_str());
            format!("{}={nearest}", l.id)
        })
        .collect();
    if old.allow_na && !new.allow_na {
        pairs.push(format!("{NA}={DROP}"));
    }
    pairs.join(",")
}
