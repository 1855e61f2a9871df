//! The scoring engine (SPEC "Scores"): pure functions over a grid and an assessment.
//!
//! Scores are kept unrounded, indicator scores on 0..1 and criterion / overall /
//! coverage as percentages; reports round to one decimal when they show them.

use crate::assessment::{Answer, Assessment, Choice};
use crate::grid::{Criterion, Grid, Indicator};
use serde::Serialize;

/// Where one indicator stands for one structure.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// The structure's profiles exclude it: neither scored nor counted in coverage.
    OutOfScope,
    Unanswered,
    /// Answered "not applicable": counts in coverage, not in scores.
    NotApplicable,
    /// `value` is the level's normalized score, 0..1.
    Scored {
        level: String,
        value: f64,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorScore {
    pub id: String,
    pub criterion: String,
    #[serde(flatten)]
    pub status: Status,
    pub weight: f64,
    /// The target level's normalized score, 0..1.
    pub target_value: f64,
    /// target − score, for answered indicators below their target only.
    pub gap: Option<f64>,
    /// gap × indicator weight × criterion weight (× importance / 2).
    pub priority: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionScore {
    pub id: String,
    /// Percentage; `None` when no indicator of it was scored.
    pub score: Option<f64>,
    pub weight: f64,
    /// Indicators of this criterion in the structure's scope.
    pub in_scope: usize,
    /// Of those, answered (a level or `na`).
    pub answered: usize,
}

/// Every number SPEC defines for one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Percentage; `None` when no criterion was scored.
    pub overall: Option<f64>,
    /// Percentage of in-scope indicators answered (levels and `na`); `None` if none is in scope.
    pub coverage: Option<f64>,
    pub criteria: Vec<CriterionScore>,
    /// In grid order.
    pub indicators: Vec<IndicatorScore>,
}

/// Scores one assessment against the grid it answers.
///
/// Answers naming unknown indicators or levels are ignored here: the readers
/// reject them before scoring, so this stays total and never panics.
pub fn score(grid: &Grid, assessment: &Assessment) -> Score {
    let profiles = &assessment.structure.profiles;
    let mut indicators = Vec::new();
    let mut criteria = Vec::new();
    for criterion in &grid.criteria {
        let (mut sum, mut weights, mut in_scope, mut answered) = (0.0, 0.0, 0, 0);
        for indicator in &criterion.indicators {
            let s = indicator_score(grid, assessment, criterion, indicator, profiles);
            match &s.status {
                Status::OutOfScope => {}
                Status::Unanswered => in_scope += 1,
                Status::NotApplicable => {
                    in_scope += 1;
                    answered += 1;
                }
                Status::Scored { value, .. } => {
                    in_scope += 1;
                    answered += 1;
                    sum += value * indicator.weight;
                    weights += indicator.weight;
                }
            }
            indicators.push(s);
        }
        criteria.push(CriterionScore {
            id: criterion.id.clone(),
            score: (weights > 0.0).then(|| 100.0 * sum / weights),
            weight: criterion.weight,
            in_scope,
            answered,
        });
    }
    let (sum, weights) = criteria
        .iter()
        .filter_map(|c| c.score.map(|s| (s * c.weight, c.weight)))
        .fold((0.0, 0.0), |(s, w), (cs, cw)| (s + cs, w + cw));
    let (in_scope, answered) = criteria
        .iter()
        .fold((0, 0), |(i, a), c| (i + c.in_scope, a + c.answered));
    Score {
        overall: (weights > 0.0).then(|| sum / weights),
        coverage: (in_scope > 0).then(|| 100.0 * answered as f64 / in_scope as f64),
        criteria,
        indicators,
    }
}

fn indicator_score(
    grid: &Grid,
    assessment: &Assessment,
    criterion: &Criterion,
    indicator: &Indicator,
    profiles: &[String],
) -> IndicatorScore {
    let scale = grid.scale_of(indicator);
    let target_value = scale
        .level(&indicator.target)
        .map(|l| scale.normalized(l))
        .unwrap_or(1.0);
    let answer = assessment.answers.get(&indicator.id);
    let status = if !indicator.applies(profiles) {
        Status::OutOfScope
    } else {
        match answer.map(|a| &a.level) {
            None => Status::Unanswered,
            Some(Choice::Na) if scale.allow_na => Status::NotApplicable,
            Some(Choice::Na) => Status::Unanswered,
            Some(Choice::Level(id)) => match scale.level(id) {
                Some(level) => Status::Scored {
                    level: id.clone(),
                    value: scale.normalized(level),
                },
                None => Status::Unanswered,
            },
        }
    };
    let gap = match &status {
        Status::Scored { value, .. } if *value < target_value => Some(target_value - value),
        _ => None,
    };
    let importance = answer
        .and_then(|a| a.importance)
        .map_or(1.0, |i| f64::from(i) / 2.0);
    IndicatorScore {
        id: indicator.id.clone(),
        criterion: criterion.id.clone(),
        priority: gap.map(|g| g * indicator.weight * criterion.weight * importance),
        status,
        weight: indicator.weight,
        target_value,
        gap,
    }
}

impl IndicatorScore {
    pub fn is_answered(&self) -> bool {
        matches!(self.status, Status::Scored { .. } | Status::NotApplicable)
    }

    /// Scored at or above its target.
    pub fn at_target(&self) -> bool {
        matches!(self.status, Status::Scored { value, .. } if value >= self.target_value)
    }
}

impl Score {
    /// Indicators below target, highest priority first; ties keep grid order.
    pub fn priorities(&self) -> Vec<&IndicatorScore> {
        let mut below: Vec<&IndicatorScore> = self
            .indicators
            .iter()
            .filter(|i| i.priority.is_some())
            .collect();
        below.sort_by(|a, b| {
            b.priority
                .unwrap_or(0.0)
                .total_cmp(&a.priority.unwrap_or(0.0))
        });
        below
    }

    pub fn criterion(&self, id: &str) -> Option<&CriterionScore> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&IndicatorScore> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// Points the overall score would gain if `indicator` reached its target
/// (`None` if it does not apply to the structure or the grid lacks it).
pub fn gain_at_target(grid: &Grid, assessment: &Assessment, indicator: &str) -> Option<f64> {
    let (_, ind) = grid.indicator(indicator)?;
    let before = score(grid, assessment);
    let current = before.indicator(indicator)?;
    if current.status == Status::OutOfScope {
        return None;
    }
    if current.at_target() {
        return Some(0.0);
    }
    let mut raised = assessment.clone();
    let target = Choice::Level(ind.target.clone());
    raised
        .answers
        .entry(indicator.to_string())
        .and_modify(|a| a.level = target.clone())
        .or_insert_with(|| Answer::new(target));
    Some(score(grid, &raised).overall.unwrap_or(0.0) - before.overall.unwrap_or(0.0))
}

/// A percentage as reports show it: one decimal.
pub fn percent(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.1}")).unwrap_or_default()
}
