//! The network as a whole: per criterion and indicator, in memory fixed by the grid.

use super::agreement::{AgreementView, Agreements};
use super::stats::{Levels, Percentages, Summary};
use crate::grid::{Grid, RuleKind};
use crate::recognition::Verdict;
use crate::score::{Score, Status};
use chrono::NaiveDate;
use serde::Serialize;

/// Accumulates scores of many assessments; memory depends on the grid, not on how many.
#[derive(Debug, Clone)]
pub struct Network {
    assessments: u64,
    first_date: Option<NaiveDate>,
    last_date: Option<NaiveDate>,
    overall: Percentages,
    coverage: Percentages,
    criteria: Vec<CriterionTally>,
    indicators: Vec<IndicatorTally>,
    /// `None` when the grid grants no label.
    recognition: Option<RecognitionTally>,
    /// How the groups of consensus files agreed.
    agreement: Agreements,
}

#[derive(Debug, Clone)]
struct RecognitionTally {
    met: u64,
    evaluated: u64,
    /// Assessments failing each rule, in the grid's rule order.
    failed: Vec<u64>,
}

#[derive(Debug, Clone)]
struct CriterionTally {
    scores: Percentages,
    in_scope: u64,
    answered: u64,
}

#[derive(Debug, Clone)]
struct IndicatorTally {
    levels: Levels,
    at_target: u64,
}

/// What reports show of the network (one campaign).
#[derive(Debug, Clone, Serialize)]
pub struct NetworkView {
    pub assessments: u64,
    /// Earliest and latest assessment dates.
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    pub overall: Option<Summary>,
    pub coverage: Option<Summary>,
    /// In grid order.
    pub criteria: Vec<CriterionView>,
    /// Weakest first: lowest share at target, then lowest mean, then grid order.
    pub indicators: Vec<IndicatorView>,
    /// How many earn the grid's label (`None` when it grants none).
    pub recognition: Option<RecognitionView>,
    /// Assessments that keep their respondents' votes (consensus files,
    /// `--respondents median`).
    #[serde(skip_serializing_if = "is_zero")]
    pub groups: u64,
    /// Over those, per indicator, in how many the respondents were split, close or
    /// unanimous: most often split first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agreement: Vec<AgreementView>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Serialize)]
pub struct RecognitionView {
    pub label: String,
    pub evaluated: u64,
    pub met: u64,
    /// Percent of the assessments that meet the label.
    pub share: Option<f64>,
    /// Every rule with how many assessments fail it, most often failed first.
    pub rules: Vec<RuleFailures>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleFailures {
    /// The rule as the grid writes it, e.g. `min_overall: 60` (JSON, CSV).
    pub rule: String,
    /// The rule in a sentence of the report's language, e.g. "score global d’au moins
    /// 60 %" (tables, markdown, HTML).
    #[serde(skip)]
    pub sentence: String,
    pub failed: u64,
    /// Percent of the assessments that fail it.
    pub share: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionView {
    pub id: String,
    pub title: String,
    /// Scores of the assessments where this criterion was scored.
    pub score: Option<Summary>,
    /// Answered (levels and `na`) / in scope, over all assessments, percent.
    pub coverage: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub id: String,
    pub criterion: String,
    pub title: String,
    /// Scores (percent) of the answers at a level.
    pub score: Option<Summary>,
    /// Answers at a level or `na`.
    pub answered: u64,
    /// Assessments whose structure is asked this indicator.
    pub in_scope: u64,
    pub coverage: Option<f64>,
    /// Percent of the answers at a level that reach the indicator's target.
    pub at_target: Option<f64>,
    pub target: String,
    /// Count per level, lowest first.
    pub levels: Vec<LevelCount>,
    pub na: u64,
    pub unanswered: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelCount {
    pub id: String,
    pub label: String,
    pub count: u64,
}

impl Network {
    pub fn new(grid: &Grid) -> Self {
        Network {
            assessments: 0,
            first_date: None,
            last_date: None,
            overall: Percentages::default(),
            coverage: Percentages::default(),
            criteria: grid
                .criteria
                .iter()
                .map(|_| CriterionTally {
                    scores: Percentages::default(),
                    in_scope: 0,
                    answered: 0,
                })
                .collect(),
            indicators: grid
                .indicators()
                .map(|(_, i)| {
                    let scale = grid.scale_of(i);
                    IndicatorTally {
                        levels: Levels::new(
                            scale.levels.iter().map(|l| scale.normalized(l)).collect(),
                        ),
                        at_target: 0,
                    }
                })
                .collect(),
            recognition: grid.recognition.as_ref().map(|r| RecognitionTally {
                met: 0,
                evaluated: 0,
                failed: vec![0; r.rules.len()],
            }),
            agreement: Agreements::new(grid),
        }
    }

    /// Counts how the respondents of a consensus file agreed (nothing for an
    /// assessment without votes).
    pub fn add_votes(&mut self, grid: &Grid, assessment: &crate::assessment::Assessment) {
        self.agreement.add(grid, assessment);
    }

    /// Adds one assessment's score and label verdict (computed with the same grid)
    /// made on `date`.
    pub fn add(&mut self, grid: &Grid, date: NaiveDate, score: &Score, verdict: Option<&Verdict>) {
        if let (Some(t), Some(v), Some(r)) = (&mut self.recognition, verdict, &grid.recognition) {
            t.evaluated += 1;
            t.met += u64::from(v.met);
            for f in &v.failures {
                if let Some(i) = r.rules.iter().position(|rule| rule.kind == f.rule) {
                    t.failed[i] += 1;
                }
            }
        }
        self.assessments += 1;
        self.first_date = Some(self.first_date.map_or(date, |d| d.min(date)));
        self.last_date = Some(self.last_date.map_or(date, |d| d.max(date)));
        if let Some(v) = score.overall {
            self.overall.add(v);
        }
        if let Some(v) = score.coverage {
            self.coverage.add(v);
        }
        for (tally, c) in self.criteria.iter_mut().zip(&score.criteria) {
            if let Some(v) = c.score {
                tally.scores.add(v);
            }
            tally.in_scope += c.in_scope as u64;
            tally.answered += c.answered as u64;
        }
        for ((tally, (_, ind)), s) in self
            .indicators
            .iter_mut()
            .zip(grid.indicators())
            .zip(&score.indicators)
        {
            match &s.status {
                Status::OutOfScope => tally.levels.out_of_scope += 1,
                Status::Unanswered => tally.levels.unanswered += 1,
                Status::NotApplicable => tally.levels.na += 1,
                Status::Scored { level, .. } => {
                    if let Some(p) = grid.scale_of(ind).position(level) {
                        tally.levels.add_level(p);
                    }
                    if s.at_target() {
                        tally.at_target += 1;
                    }
                }
            }
        }
    }

    pub fn assessments(&self) -> u64 {
        self.assessments
    }

    /// The figures reports show, grid texts in `lang`.
    pub fn view(&self, grid: &Grid, lang: &str) -> NetworkView {
        let criteria = grid
            .criteria
            .iter()
            .zip(&self.criteria)
            .map(|(c, t)| CriterionView {
                id: c.id.clone(),
                title: grid.text(&c.title, lang).to_string(),
                score: t.scores.summary(),
                coverage: share(t.answered, t.in_scope),
            })
            .collect();
        let mut indicators: Vec<IndicatorView> = grid
            .indicators()
            .zip(&self.indicators)
            .map(|((c, i), t)| {
                let scale = grid.scale_of(i);
                let l = &t.levels;
                let answered = l.scored() + l.na;
                IndicatorView {
                    id: i.id.clone(),
                    criterion: c.id.clone(),
                    title: grid.text(&i.title, lang).to_string(),
                    score: l.summary(),
                    answered,
                    in_scope: answered + l.unanswered,
                    coverage: share(answered, answered + l.unanswered),
                    at_target: share(t.at_target, l.scored()),
                    target: i.target.clone(),
                    levels: scale
                        .levels
                        .iter()
                        .zip(&l.counts)
                        .map(|(lv, n)| LevelCount {
                            id: lv.id.clone(),
                            label: grid.text(&lv.label, lang).to_string(),
                            count: *n,
                        })
                        .collect(),
                    na: l.na,
                    unanswered: l.unanswered,
                }
            })
            .collect();
        // Stable sort: ties keep grid order. Unscored indicators go last.
        let key = |i: &IndicatorView| {
            (
                i.at_target.unwrap_or(f64::INFINITY),
                i.score.map_or(f64::INFINITY, |s| s.mean),
            )
        };
        indicators.sort_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            ka.0.total_cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
        });
        NetworkView {
            assessments: self.assessments,
            first_date: self.first_date,
            last_date: self.last_date,
            overall: self.overall.summary(),
            coverage: self.coverage.summary(),
            criteria,
            indicators,
            recognition: self
                .recognition
                .as_ref()
                .zip(grid.recognition.as_ref())
                .map(|(t, r)| {
                    let mut rules: Vec<RuleFailures> = r
                        .rules
                        .iter()
                        .zip(&t.failed)
                        .map(|(rule, n)| RuleFailures {
                            rule: rule_text(&rule.kind),
                            sentence: crate::recognition::rule_sentence(grid, &rule.kind, lang),
                            failed: *n,
                            share: share(*n, t.evaluated),
                        })
                        .collect();
                    rules.sort_by_key(|r| std::cmp::Reverse(r.failed));
                    RecognitionView {
                        label: grid.text(&r.label, lang).to_string(),
                        evaluated: t.evaluated,
                        met: t.met,
                        share: share(t.met, t.evaluated),
                        rules,
                    }
                }),
            groups: self.agreement.groups(),
            agreement: self.agreement.view(grid, lang),
        }
    }
}

/// A rule as a grid file writes it.
pub fn rule_text(rule: &RuleKind) -> String {
    match rule {
        RuleKind::MinOverall(v) => format!("min_overall: {v}"),
        RuleKind::MinCriterion(v) => format!("min_criterion: {v}"),
        RuleKind::MinCoverage(v) => format!("min_coverage: {v}"),
        RuleKind::MaxBelowTarget(n) => format!("max_below_target: {n}"),
        RuleKind::NoLevel(l) => format!("no_level: [{}]", l.join(", ")),
        RuleKind::MaxLevelCount { level, count } => {
            format!("max_level_count: {{level: {level}, count: {count}}}")
        }
        RuleKind::AtTarget(ids) => format!("at_target: [{}]", ids.join(", ")),
    }
}

/// `part / whole` as a percentage; `None` when `whole` is 0.
fn share(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}
