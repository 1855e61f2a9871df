//! Recognition: does a structure earn the grid's label, and what stands in the way?
//!
//! Every rule of the grid's `recognition` block is checked against the structure's
//! score. Comparisons use the unrounded scores, with a tolerance of `EPSILON` so that
//! floating-point noise never turns an exact 70 % into a failure; when a failing value
//! would round to the threshold ("70.0 % < 70 %"), the reason shows more decimals
//! ("69.96 % < 70 %").
//!
//! Missing steps are found greedily (see `missing_steps`): not always the shortest
//! list, but short, explainable and checked by re-scoring with the steps applied.

use crate::assessment::{Answer, Assessment, Choice};
use crate::grid::{Grid, RuleKind};
use crate::i18n::{COMMON, tr};
use crate::msg;
use crate::score::{self, IndicatorScore, Score, Status};
use crate::text::Text;
use crate::typography;
use serde::Serialize;
use words::WORDS;

/// Percentages within this of a threshold count as reaching it (floating-point noise).
const EPSILON: f64 = 1e-9;

/// Whether one structure earns the label, and if not, why and what would fix it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub label: Text,
    pub met: bool,
    /// One per failed rule, in the grid's rule order.
    pub failures: Vec<Failure>,
    /// Indicators to raise to their target (or answer) so that every rule holds.
    pub steps: Vec<Step>,
    /// Whether applying `steps` makes every rule hold (false when some rule cannot
    /// be met by reaching targets, e.g. a target below a required overall score).
    pub steps_suffice: bool,
}

/// A rule the structure fails, with the numbers that show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failure {
    pub rule: RuleKind,
    pub facts: FailureFacts,
}

/// What was found, per kind of rule (percentages unrounded).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FailureFacts {
    /// `value` is `None` when nothing was scored.
    Overall {
        value: Option<f64>,
        min: f64,
    },
    /// The criteria below the minimum, in grid order.
    Criteria {
        below: Vec<CriterionShortfall>,
        min: f64,
    },
    /// `missing`: how many more indicators must be answered; `value` is `None`
    /// when no indicator applies to the structure (its profiles select none).
    Coverage {
        value: Option<f64>,
        min: f64,
        missing: u32,
    },
    BelowTarget {
        count: u32,
        max: u32,
        indicators: Vec<String>,
    },
    /// For `no_level`: the forbidden levels that were answered, each with its indicators.
    Levels {
        hits: Vec<LevelHits>,
    },
    LevelCount {
        level: String,
        count: u32,
        max: u32,
        indicators: Vec<String>,
    },
    NotAtTarget {
        indicators: Vec<Shortfall>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionShortfall {
    pub id: String,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelHits {
    pub level: String,
    pub indicators: Vec<String>,
}

/// An indicator that must reach its target and does not.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shortfall {
    pub indicator: String,
    /// The level answered; `None` when unanswered.
    pub level: Option<String>,
    pub target: String,
}

/// Raise one indicator to its target (or answer it at its target).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub indicator: String,
    /// The level answered now; `None` when unanswered.
    pub from: Option<String>,
    pub to: String,
}

/// Checks the grid's recognition rules; `None` when the grid defines no label.
pub fn evaluate(grid: &Grid, assessment: &Assessment, score: &Score) -> Option<Verdict> {
    let recognition = grid.recognition.as_ref()?;
    let profiles = &assessment.structure.profiles;
    let rules: Vec<&RuleKind> = recognition
        .rules
        .iter()
        .filter(|r| r.applies(profiles))
        .map(|r| &r.kind)
        .collect();
    let failures = failures(grid, &rules, score);
    let (steps, steps_suffice) = if failures.is_empty() {
        (Vec::new(), true)
    } else {
        let steps = missing_steps(grid, &rules, score);
        let suffice = failures_after(grid, &rules, assessment, &steps).is_empty();
        (steps, suffice)
    };
    Some(Verdict {
        label: recognition.label.clone(),
        met: failures.is_empty(),
        failures,
        steps,
        steps_suffice,
    })
}

fn failures(grid: &Grid, rules: &[&RuleKind], score: &Score) -> Vec<Failure> {
    rules
        .iter()
        .filter_map(|rule| {
            check(grid, rule, score).map(|facts| Failure {
                rule: (*rule).clone(),
                facts,
            })
        })
        .collect()
}

/// The facts of a rule's failure, or `None` when it holds.
fn check(grid: &Grid, rule: &RuleKind, score: &Score) -> Option<FailureFacts> {
    let ids = |it: &mut dyn Iterator<Item = &IndicatorScore>| -> Vec<String> {
        it.map(|i| i.id.clone()).collect()
    };
    match rule {
        RuleKind::MinOverall(min) => {
            let value = score.overall;
            (!reaches(value.unwrap_or(0.0), *min))
                .then_some(FailureFacts::Overall { value, min: *min })
        }
        RuleKind::MinCriterion(min) => {
            let below: Vec<CriterionShortfall> = criteria_below(score, *min)
                .map(|(id, value)| CriterionShortfall {
                    id: id.to_string(),
                    value,
                })
                .collect();
            (!below.is_empty()).then_some(FailureFacts::Criteria { below, min: *min })
        }
        RuleKind::MinCoverage(min) => {
            coverage_gap(score, *min).map(|(value, missing)| FailureFacts::Coverage {
                value,
                min: *min,
                missing,
            })
        }
        RuleKind::MaxBelowTarget(max) => {
            let indicators = ids(&mut below_target(score));
            let count = indicators.len() as u32;
            (count > *max).then_some(FailureFacts::BelowTarget {
                count,
                max: *max,
                indicators,
            })
        }
        RuleKind::NoLevel(levels) => {
            let hits: Vec<LevelHits> = levels
                .iter()
                .map(|level| LevelHits {
                    level: level.clone(),
                    indicators: ids(&mut at_level(score, level)),
                })
                .filter(|h| !h.indicators.is_empty())
                .collect();
            (!hits.is_empty()).then_some(FailureFacts::Levels { hits })
        }
        RuleKind::MaxLevelCount { level, count: max } => {
            let indicators = ids(&mut at_level(score, level));
            let count = indicators.len() as u32;
            (count > *max).then_some(FailureFacts::LevelCount {
                level: level.clone(),
                count,
                max: *max,
                indicators,
            })
        }
        RuleKind::AtTarget(ids) => {
            let indicators: Vec<Shortfall> = missing_target(score, ids)
                .map(|(i, level)| Shortfall {
                    indicator: i.id.clone(),
                    level: level.map(str::to_string),
                    target: grid
                        .indicator(&i.id)
                        .map_or_else(String::new, |(_, ind)| ind.target.clone()),
                })
                .collect();
            (!indicators.is_empty()).then_some(FailureFacts::NotAtTarget { indicators })
        }
    }
}

/// How far a rule is from holding (0 when it holds): answers or indicators still
/// wrong for the counting rules, missing points / 100 for the score rules, so that
/// clearing one counted fault outweighs any score gain. Drives the greedy search;
/// computed like `check`, without building its lists.
fn shortfall(rule: &RuleKind, score: &Score) -> f64 {
    let excess = |count: usize, max: u32| count.saturating_sub(max as usize) as f64;
    match rule {
        RuleKind::MinOverall(min) => {
            let value = score.overall.unwrap_or(0.0);
            if reaches(value, *min) {
                0.0
            } else {
                (min - value) / 100.0
            }
        }
        RuleKind::MinCriterion(min) => criteria_below(score, *min)
            .map(|(_, v)| (min - v) / 100.0)
            .sum(),
        // Never 0 for a failure: nothing in scope (0 missing) still fails.
        RuleKind::MinCoverage(min) => {
            coverage_gap(score, *min).map_or(0.0, |(_, missing)| f64::from(missing.max(1)))
        }
        RuleKind::MaxBelowTarget(max) => excess(below_target(score).count(), *max),
        RuleKind::NoLevel(levels) => levels
            .iter()
            .map(|l| at_level(score, l).count() as f64)
            .sum(),
        RuleKind::MaxLevelCount { level, count } => excess(at_level(score, level).count(), *count),
        RuleKind::AtTarget(ids) => missing_target(score, ids).count() as f64,
    }
}

fn reaches(value: f64, min: f64) -> bool {
    value >= min - EPSILON
}

/// Criteria scored below `min`; those with nothing scored are left out, as they are
/// of the overall.
fn criteria_below(score: &Score, min: f64) -> impl Iterator<Item = (&str, f64)> {
    score
        .criteria
        .iter()
        .filter_map(|c| Some((c.id.as_str(), c.score?)))
        .filter(move |(_, v)| !reaches(*v, min))
}

/// (coverage, answers missing) when coverage is under `min`. Nothing in scope shows
/// nothing: its coverage counts as 0.
fn coverage_gap(score: &Score, min: f64) -> Option<(Option<f64>, u32)> {
    if reaches(score.coverage.unwrap_or(0.0), min) {
        return None;
    }
    let (in_scope, answered) = score
        .criteria
        .iter()
        .fold((0, 0), |(i, a), c| (i + c.in_scope, a + c.answered));
    let needed = (min / 100.0 * in_scope as f64 - EPSILON).ceil() as usize;
    Some((score.coverage, needed.saturating_sub(answered) as u32))
}

/// Answered indicators below their target (`na` and unanswered are not).
fn below_target(score: &Score) -> impl Iterator<Item = &IndicatorScore> {
    score.indicators.iter().filter(|i| i.gap.is_some())
}

/// In-scope indicators answered at `level`.
fn at_level<'a>(score: &'a Score, level: &'a str) -> impl Iterator<Item = &'a IndicatorScore> {
    score
        .indicators
        .iter()
        .filter(move |i| matches!(&i.status, Status::Scored { level: l, .. } if l == level))
}

/// Of `ids`, those unanswered or below target, with the level answered. Out of
/// scope and "not applicable" do not stand in the way.
fn missing_target<'a>(
    score: &'a Score,
    ids: &'a [String],
) -> impl Iterator<Item = (&'a IndicatorScore, Option<&'a str>)> {
    ids.iter().filter_map(|id| {
        let i = score.indicator(id)?;
        match &i.status {
            Status::Scored { level, .. } if !i.at_target() => Some((i, Some(level.as_str()))),
            Status::Unanswered => Some((i, None)),
            _ => None,
        }
    })
}

fn total_shortfall(rules: &[&RuleKind], score: &Score) -> f64 {
    rules.iter().map(|r| shortfall(r, score)).sum()
}

/// Greedy search for the indicators to raise: starting from the structure's score,
/// repeatedly raise to its target the one in-scope indicator (unanswered or below
/// target; `na` answers are left alone) that most reduces the total shortfall of
/// the rules, ties going to the higher action priority, then grid order; stop when
/// every rule holds or no single step helps any more.
fn missing_steps(grid: &Grid, rules: &[&RuleKind], score: &Score) -> Vec<Step> {
    let mut what_if = score.clone();
    // Each indicator's status at its target, built once and swapped in to try a step.
    let mut raised: Vec<Status> = what_if
        .indicators
        .iter()
        .map(|i| Status::Scored {
            level: grid
                .indicator(&i.id)
                .map_or_else(String::new, |(_, ind)| ind.target.clone()),
            value: i.target_value,
        })
        .collect();
    let mut steps = Vec::new();
    let mut current = total_shortfall(rules, &what_if);
    while current > 0.0 {
        let mut best: Option<(usize, f64, f64)> = None;
        for at in 0..what_if.indicators.len() {
            let candidate = &what_if.indicators[at];
            if !raisable(candidate) {
                continue;
            }
            let priority = candidate.priority.unwrap_or(0.0);
            let saved = swap(&mut what_if, &mut raised, at, (None, None));
            let after = total_shortfall(rules, &what_if);
            swap(&mut what_if, &mut raised, at, saved);
            let better = best.is_none_or(|(_, s, p)| {
                after < s - EPSILON || (after <= s + EPSILON && priority > p)
            });
            if after < current - EPSILON && better {
                best = Some((at, after, priority));
            }
        }
        let Some((at, after, _)) = best else { break };
        swap(&mut what_if, &mut raised, at, (None, None));
        let level = |s: &Status| match s {
            Status::Scored { level, .. } => Some(level.clone()),
            _ => None,
        };
        steps.push(Step {
            indicator: what_if.indicators[at].id.clone(),
            from: level(&raised[at]),
            to: level(&what_if.indicators[at].status).unwrap_or_default(),
        });
        current = after;
    }
    steps
}

fn raisable(i: &IndicatorScore) -> bool {
    matches!(i.status, Status::Unanswered) || i.gap.is_some()
}

/// Swaps indicator `at`'s status with `other[at]`, sets its (gap, priority) and
/// recomputes the totals; returns the (gap, priority) it had. No allocation: the
/// search tries every candidate at every step.
fn swap(
    score: &mut Score,
    other: &mut [Status],
    at: usize,
    (gap, priority): (Option<f64>, Option<f64>),
) -> (Option<f64>, Option<f64>) {
    let i = &mut score.indicators[at];
    std::mem::swap(&mut i.status, &mut other[at]);
    let before = (i.gap, i.priority);
    (i.gap, i.priority) = (gap, priority);
    score.recompute_totals();
    before
}

/// The rules still failed once `steps` are applied, scored by the real engine.
fn failures_after(
    grid: &Grid,
    rules: &[&RuleKind],
    assessment: &Assessment,
    steps: &[Step],
) -> Vec<Failure> {
    let mut raised = assessment.clone();
    for step in steps {
        let to = Choice::Level(step.to.clone());
        raised
            .answers
            .entry(step.indicator.clone())
            .and_modify(|a| a.level = to.clone())
            .or_insert_with(|| Answer::new(to));
    }
    failures(grid, rules, &score::score(grid, &raised))
}

impl Failure {
    /// The reason in plain words with the numbers and level labels, in `lang`
    /// (English if unknown).
    pub fn reason(&self, grid: &Grid, lang: &str) -> String {
        let pct = |v: String| typography::localise_number(&format!("{v}%"), lang);
        let label = |indicator: Option<&String>, level: &str| {
            level_label(grid, indicator.map(String::as_str), level, lang)
        };
        let m = match &self.facts {
            FailureFacts::Overall { value: None, min } => {
                msg!(WORDS, "overall_none", min = pct(number(*min)))
            }
            FailureFacts::Overall {
                value: Some(v),
                min,
            } => msg!(
                WORDS,
                "overall",
                value = pct(shown(*v, *min)),
                min = pct(number(*min))
            ),
            FailureFacts::Criteria { below, min } => {
                return below
                    .iter()
                    .map(|c| {
                        msg!(
                            WORDS,
                            "criterion",
                            id = &c.id,
                            value = pct(shown(c.value, *min)),
                            min = pct(number(*min))
                        )
                        .say(lang)
                    })
                    .collect::<Vec<_>>()
                    .join(typography::semicolon(lang));
            }
            FailureFacts::Coverage {
                value: None, min, ..
            } => msg!(WORDS, "coverage_none", min = pct(number(*min))),
            FailureFacts::Coverage {
                value: Some(value),
                min,
                missing,
            } => msg!(
                WORDS,
                "coverage",
                value = pct(shown(*value, *min)),
                min = pct(number(*min)),
                missing = *missing
            ),
            FailureFacts::BelowTarget {
                count,
                max,
                indicators,
            } => msg!(
                WORDS,
                "below_target",
                count = *count,
                max = *max,
                ids = indicators.join(", ")
            ),
            FailureFacts::Levels { hits } => {
                return hits
                    .iter()
                    .map(|h| {
                        msg!(
                            WORDS,
                            "no_level",
                            count = h.indicators.len(),
                            level = label(h.indicators.first(), &h.level),
                            ids = h.indicators.join(", ")
                        )
                        .say(lang)
                    })
                    .collect::<Vec<_>>()
                    .join(typography::semicolon(lang));
            }
            FailureFacts::LevelCount {
                level,
                count,
                max,
                indicators,
            } => msg!(
                WORDS,
                "level_count",
                count = *count,
                max = *max,
                level = label(indicators.first(), level),
                ids = indicators.join(", ")
            ),
            FailureFacts::NotAtTarget { indicators } => {
                return indicators
                    .iter()
                    .map(|s| {
                        let target = label(Some(&s.indicator), &s.target);
                        let m = match &s.level {
                            Some(level) => msg!(
                                WORDS,
                                "not_at_target",
                                id = &s.indicator,
                                level = label(Some(&s.indicator), level),
                                target = target
                            ),
                            None => msg!(
                                WORDS,
                                "unanswered_target",
                                id = &s.indicator,
                                target = target
                            ),
                        };
                        m.say(lang)
                    })
                    .collect::<Vec<_>>()
                    .join(typography::semicolon(lang));
            }
        };
        m.say(lang)
    }
}

impl Step {
    /// "C3.2 : En cours → Réalisé", or "C3.2 : sans réponse → Réalisé" in `lang`.
    pub fn describe(&self, grid: &Grid, lang: &str) -> String {
        let label = |level: &str| level_label(grid, Some(&self.indicator), level, lang);
        let from = match &self.from {
            Some(level) => label(level),
            None => tr(COMMON, "unanswered", lang).to_string(),
        };
        msg!(
            WORDS,
            "step",
            id = &self.indicator,
            from = from,
            to = label(&self.to)
        )
        .say(lang)
    }
}

/// A recognition rule in a sentence with level labels ("aucun indicateur au niveau
/// « Non engagé »"), for reports; grid files and JSON keep the rule's own form.
pub fn rule_sentence(grid: &Grid, rule: &RuleKind, lang: &str) -> String {
    let pct = |v: f64| typography::localise_number(&format!("{}%", number(v)), lang);
    let quoted = |level: &str| typography::quote(&level_label(grid, None, level, lang), lang);
    let m = match rule {
        RuleKind::MinOverall(v) => msg!(WORDS, "rule_min_overall", min = pct(*v)),
        RuleKind::MinCriterion(v) => msg!(WORDS, "rule_min_criterion", min = pct(*v)),
        RuleKind::MinCoverage(v) => msg!(WORDS, "rule_min_coverage", min = pct(*v)),
        RuleKind::MaxBelowTarget(n) => msg!(WORDS, "rule_max_below_target", max = *n),
        RuleKind::NoLevel(levels) => {
            let or = format!(" {} ", tr(WORDS, "or", lang));
            let levels: Vec<String> = levels.iter().map(|l| quoted(l)).collect();
            msg!(WORDS, "rule_no_level", levels = levels.join(&or))
        }
        RuleKind::MaxLevelCount { level, count } => msg!(
            WORDS,
            "rule_max_level_count",
            max = *count,
            level = level_label(grid, None, level, lang)
        ),
        RuleKind::AtTarget(ids) => msg!(WORDS, "rule_at_target", ids = ids.join(", ")),
    };
    m.say(lang)
}

/// A level's label in `lang`: from the indicator's scale when there is one, else from
/// the first scale that has the level; the id itself when no scale has it.
fn level_label(grid: &Grid, indicator: Option<&str>, level: &str, lang: &str) -> String {
    let own = indicator
        .and_then(|id| grid.indicator(id))
        .map(|(_, i)| grid.scale_of(i));
    own.into_iter()
        .chain(&grid.scales)
        .find_map(|s| s.level(level))
        .map_or_else(
            || level.to_string(),
            |l| grid.text(&l.label, lang).to_string(),
        )
}

/// A threshold as the grid author wrote it: 70, 62.5.
fn number(v: f64) -> String {
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A failing value with one decimal, or more when one decimal would round it up
/// to the threshold it fails ("69.96", never "70.0 % < 70 %").
fn shown(value: f64, min: f64) -> String {
    (1..=10)
        .map(|d| format!("{value:.d$}"))
        .find(|s| s.parse::<f64>().is_ok_and(|v| v < min))
        .unwrap_or_else(|| format!("{value}"))
}

mod words;

#[cfg(test)]
mod tests;
