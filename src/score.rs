//! The scoring engine (README.md, "Formats", Scores; docs/score.md): pure functions over a grid and an assessment.
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

/// Every number docs/score.md defines for one assessment.
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
    // Sized up front: campaigns score this for every row.
    let mut indicators = Vec::with_capacity(grid.criteria.iter().map(|c| c.indicators.len()).sum());
    indicators.extend(
        grid.indicators()
            .map(|(c, i)| indicator_score(grid, assessment, c, i, profiles)),
    );
    let criteria = grid
        .criteria
        .iter()
        .map(|c| CriterionScore {
            id: c.id.clone(),
            score: None,
            weight: c.weight,
            in_scope: 0,
            answered: 0,
        })
        .collect();
    let mut s = Score {
        overall: None,
        coverage: None,
        criteria,
        indicators,
    };
    s.recompute_totals();
    s
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
    /// Recomputes criterion scores, overall and coverage from `indicators`: what-if
    /// analyses (recognition's missing steps) change a few indicators and call this.
    pub fn recompute_totals(&mut self) {
        let mut acc = Accumulator::new(self.criteria.len());
        let mut at = 0;
        for i in &self.indicators {
            // Indicators come in grid order, so their criterion is this one or a later one.
            while self.criteria[at].id != i.criterion {
                at += 1;
            }
            let counted = match &i.status {
                Status::OutOfScope => Counted::OutOfScope,
                Status::Unanswered => Counted::Unanswered,
                Status::NotApplicable => Counted::NotApplicable,
                Status::Scored { value, .. } => Counted::Scored(*value),
            };
            acc.add(at, i.weight, counted);
        }
        let t = acc.totals(self.criteria.iter().map(|c| c.weight));
        for (c, t) in self.criteria.iter_mut().zip(&t.criteria) {
            (c.score, c.in_scope, c.answered) = (t.score, t.in_scope, t.answered);
        }
        (self.overall, self.coverage) = (t.overall, t.coverage);
    }

    /// Indicators below target, highest priority first; ties keep grid order.
    pub fn priorities(&self) -> Vec<&IndicatorScore> {
        let mut below: Vec<&IndicatorScore> = self
            .indicators
            .iter()
            .filter(|i| i.priority.is_some())
            .collect();
        // Equal priorities reached along different paths differ in their last bits
        // ((2/3 − 1/3) × 2 against 1 − 1/3): compare them at 1e-9 so ties keep grid order.
        below.sort_by_key(|i| std::cmp::Reverse((i.priority.unwrap_or(0.0) * 1e9).round() as i64));
        below
    }

    pub fn criterion(&self, id: &str) -> Option<&CriterionScore> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&IndicatorScore> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// How one in-scope-or-not indicator counts in the totals.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Counted {
    OutOfScope,
    Unanswered,
    NotApplicable,
    /// The level's normalized score, 0..1.
    Scored(f64),
}

/// Criterion scores, overall and coverage of one assessment, without its indicators.
#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub overall: Option<f64>,
    pub coverage: Option<f64>,
    /// In grid order.
    pub criteria: Vec<CriterionTotal>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CriterionTotal {
    pub score: Option<f64>,
    pub in_scope: usize,
    pub answered: usize,
}

/// Running sums per criterion: the one place the scoring formulas (docs/score.md) live. [`score`] feeds
/// it through [`Score::recompute_totals`]; the campaign fast path feeds it straight
/// from raw cells, without building an assessment.
#[derive(Debug, Clone, Default)]
pub struct Accumulator {
    tallies: Vec<Tally>,
}

/// One criterion's running sums: Σ value × weight, Σ weight, in scope, answered.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    sum: f64,
    weights: f64,
    in_scope: usize,
    answered: usize,
}

impl Tally {
    /// Counts one indicator of weight `weight`. Indicators must come in grid order
    /// for sums to be bit for bit the same.
    #[inline]
    pub fn add(&mut self, weight: f64, counted: Counted) {
        match counted {
            Counted::OutOfScope => {}
            Counted::Unanswered => self.in_scope += 1,
            Counted::NotApplicable => {
                self.in_scope += 1;
                self.answered += 1;
            }
            Counted::Scored(value) => {
                self.in_scope += 1;
                self.answered += 1;
                self.sum += value * weight;
                self.weights += weight;
            }
        }
    }
}

impl Accumulator {
    pub fn new(criteria: usize) -> Self {
        Accumulator {
            tallies: vec![Tally::default(); criteria],
        }
    }

    /// Forgets what was counted, for the next assessment.
    fn clear(&mut self) {
        self.tallies.fill(Tally::default());
    }

    /// Counts one indicator of criterion `criterion` (grid index), of weight `weight`.
    /// Indicators must come in grid order for sums to be bit for bit the same.
    pub fn add(&mut self, criterion: usize, weight: f64, counted: Counted) {
        self.tallies[criterion].add(weight, counted);
    }

    /// Sets criterion `criterion`'s sums at once: a [`Tally`] kept in registers while
    /// its indicators are counted (the fast path) costs no memory round trip a cell.
    pub fn set(&mut self, criterion: usize, tally: Tally) {
        self.tallies[criterion] = tally;
    }

    /// The totals, given the criteria's weights in grid order; starts over for the next assessment.
    pub fn totals(&mut self, weights: impl Iterator<Item = f64>) -> Totals {
        let criteria: Vec<CriterionTotal> = self
            .tallies
            .iter()
            .map(|t| CriterionTotal {
                score: (t.weights > 0.0).then(|| 100.0 * t.sum / t.weights),
                in_scope: t.in_scope,
                answered: t.answered,
            })
            .collect();
        self.clear();
        let (sum, weights) = criteria
            .iter()
            .zip(weights)
            .filter_map(|(c, w)| c.score.map(|s| (s * w, w)))
            .fold((0.0, 0.0), |(s, w), (cs, cw)| (s + cs, w + cw));
        let (in_scope, answered) = criteria
            .iter()
            .fold((0, 0), |(i, a), c| (i + c.in_scope, a + c.answered));
        Totals {
            overall: (weights > 0.0).then(|| sum / weights),
            coverage: (in_scope > 0).then(|| 100.0 * answered as f64 / in_scope as f64),
            criteria,
        }
    }
}

impl From<&Score> for Totals {
    fn from(s: &Score) -> Self {
        Totals {
            overall: s.overall,
            coverage: s.coverage,
            criteria: s
                .criteria
                .iter()
                .map(|c| CriterionTotal {
                    score: c.score,
                    in_scope: c.in_scope,
                    answered: c.answered,
                })
                .collect(),
        }
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
    let mut out = Vec::new();
    push_percent_bytes(&mut out, value);
    String::from_utf8(out).expect("a number is ASCII")
}

/// [`percent`] appended to bytes (a CSV record being written), without allocating:
/// exactly what `{:.1}` writes, without the float formatter when `v` is not close to
/// a rounding tie (the formatter costs more than scoring a row).
pub fn push_percent_bytes(out: &mut Vec<u8>, value: Option<f64>) {
    let Some(v) = value else {
        return;
    };
    let tenths = v * 10.0;
    // Nearest by conversion (`round()` is a libm call on baseline x86-64, and so is
    // an unsigned conversion): a value near a tie, where the sum may round either
    // way, goes to the formatter.
    let t = (tenths + 0.5) as i64;
    if !(tenths.is_sign_positive()
        && tenths < 1e9
        && ((tenths - t as f64).abs() - 0.5).abs() > 1e-6)
    {
        out.extend_from_slice(format!("{v:.1}").as_bytes());
        return;
    }
    let mut digits = [0u8; 12];
    let mut at = digits.len() - 2;
    (digits[at], digits[at + 1]) = (b'.', b'0' + (t % 10) as u8);
    let mut whole = t / 10;
    loop {
        at -= 1;
        digits[at] = b'0' + (whole % 10) as u8;
        whole /= 10;
        if whole == 0 {
            break;
        }
    }
    // Byte by byte: a copy call costs more than the four or five bytes.
    for &b in &digits[at..] {
        out.push(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment;

    proptest::proptest! {
        #[test]
        fn percent_is_the_float_formatter(v in 0.0f64..100.0, tenths in 0u32..1000, scale in 1u32..2000) {
            for x in [v, f64::from(tenths) / 10.0 + 0.05, f64::from(tenths) / f64::from(scale) * 100.0] {
                proptest::prop_assert_eq!(percent(Some(x)), format!("{x:.1}"));
                let mut bytes = Vec::new();
                push_percent_bytes(&mut bytes, Some(x));
                proptest::prop_assert_eq!(bytes, format!("{x:.1}").into_bytes());
            }
        }
    }

    #[test]
    fn percent_edges() {
        for x in [
            0.0,
            -0.0,
            0.05,
            0.25,
            99.95,
            100.0,
            1e12,
            f64::NAN,
            2.0 / 3.0 * 100.0,
        ] {
            assert_eq!(percent(Some(x)), format!("{x:.1}"));
        }
        assert_eq!(percent(None), "");
    }

    const GRID: &str = r#"
format: aqor-grid/1
id: t
version: 1.0.0
languages: [en]
title: T
scales:
  - id: l4
    allow_na: true
    levels:
      - {id: "0", score: 0, label: a}
      - {id: "1", score: 1, label: b}
      - {id: "2", score: 2, label: c}
      - {id: "3", score: 3, label: d}
criteria:
  - id: A
    title: A
    weight: 2
    indicators:
      - {id: A.1, title: x, scale: l4, weight: 1, target: "2"}
      - {id: A.2, title: x, scale: l4, weight: 3}
      - {id: A.3, title: x, scale: l4}
  - id: B
    title: B
    indicators:
      - {id: B.1, title: x, scale: l4}
      - {id: B.2, title: x, scale: l4}
"#;

    fn assess(answers: &str) -> Assessment {
        let src = format!(
            "format: aqor-assessment/1\ngrid: {{id: t, version: 1.0.0}}\nstructure: {{id: s, name: S}}\ndate: 2026-11-24\nanswers:\n{answers}"
        );
        assessment::parse(&src, "a.yaml").unwrap().assessment
    }

    #[test]
    fn worked_example() {
        let grid = crate::grid::parse(GRID, "t.yaml").unwrap();
        // A.1 = 1 (1/3), A.2 = 3 (1), A.3 = na; B.1 = 0, B.2 unanswered.
        let a = assess(
            "  A.1: {level: \"1\", importance: 4}\n  A.2: {level: 3}\n  A.3: {level: na, comment: closed}\n  B.1: {level: \"0\"}\n",
        );
        let s = score(&grid, &a);
        // A = (1/3*1 + 1*3) / 4 = 83.33 %; B = 0 %; overall = (83.33*2 + 0*1) / 3 = 55.56 %.
        let a_score = s.criterion("A").unwrap().score.unwrap();
        assert!((a_score - 250.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.criterion("B").unwrap().score, Some(0.0));
        assert!((s.overall.unwrap() - 500.0 / 9.0).abs() < 1e-9);
        assert_eq!(percent(s.overall), "55.6");
        // 4 answered (na included) of 5.
        assert_eq!(s.coverage, Some(80.0));
        // A.1: gap 2/3 - 1/3, priority gap * 1 * 2 * 4/2; B.1: gap 1 * 1 * 1.
        let a1 = s.indicator("A.1").unwrap();
        assert!((a1.gap.unwrap() - 1.0 / 3.0).abs() < 1e-9);
        assert!((a1.priority.unwrap() - 4.0 / 3.0).abs() < 1e-9);
        let order: Vec<&str> = s.priorities().iter().map(|i| i.id.as_str()).collect();
        assert_eq!(order, ["A.1", "B.1"]);
        assert_eq!(s.indicator("B.2").unwrap().gap, None);
        // B.1 to its target (top level): B = 100 %, overall = (83.33*2 + 100) / 3.
        let gain = gain_at_target(&grid, &a, "B.1").unwrap();
        assert!((gain - 100.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn equal_priorities_keep_grid_order() {
        let grid = crate::grid::parse(GRID, "t.yaml").unwrap();
        // A.1: (2/3 − 1/3) × 1 × 2; B.1: (1 − 1/3) × 1 × 1: equal, though not bit for bit.
        let s = score(
            &grid,
            &assess("  B.1: {level: \"1\"}\n  A.1: {level: \"1\"}\n"),
        );
        let order: Vec<&str> = s.priorities().iter().map(|i| i.id.as_str()).collect();
        assert_eq!(order, ["A.1", "B.1"]);
    }

    #[test]
    fn plain_scalars_are_level_ids() {
        let a = assess(
            "  A.1: {level: 2}\n  A.2: {level: yes}\n  A.3: {level: no}\n  B.1: {level: NA}\n",
        );
        let levels: Vec<&str> = a.answers.values().map(|x| x.level.as_str()).collect();
        assert_eq!(levels, ["2", "yes", "no", "na"]);
    }

    #[test]
    fn round_trip() {
        let a = assess(
            "  A.1: {level: \"1\", comment: \"Équipe d’accueil — Łódź: «qualité»\", action: {owner: Zoé, due: 2027-03-31, status: todo}}\n  A.3: {level: na}\n",
        );
        let again = assessment::parse(&assessment::to_yaml(&a), "b.yaml")
            .unwrap()
            .assessment;
        assert_eq!(a, again);
    }

    /// The shared score fixture: A (weight 2) = A.1 (target 2), A.2 (weight 3), A.3;
    /// B = B.1, B.2 (yes/no, no `na`), B.3 (only for profile `cfa`).
    fn fixture() -> Grid {
        crate::grid::parse(
            include_str!("../tests/fixtures/score/grid.yaml"),
            "grid.yaml",
        )
        .unwrap()
    }

    fn with(grid: &str, answers: &str) -> (Grid, Assessment) {
        (crate::grid::parse(grid, "g.yaml").unwrap(), assess(answers))
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn indicator_weights_weigh_the_criterion_mean() {
        let g = fixture();
        // A.1 = 0 (weight 1), A.2 = 3 (weight 3): (0 + 3) / 4 = 75 %.
        let s = score(
            &g,
            &assess("  A.1: {level: \"0\"}\n  A.2: {level: \"3\"}\n"),
        );
        assert!(close(s.criterion("A").unwrap().score, 75.0));
        // Only A is scored: the overall is A whatever its weight.
        assert!(close(s.overall, 75.0));
    }

    #[test]
    fn criterion_weights_weigh_the_overall() {
        let g = fixture();
        // A = 100 % (weight 2), B = 0 % (weight 1): (200 + 0) / 3.
        let s = score(
            &g,
            &assess("  A.2: {level: \"3\"}\n  B.1: {level: \"0\"}\n"),
        );
        assert!(close(s.overall, 200.0 / 3.0));
    }

    #[test]
    fn na_counts_in_coverage_only() {
        let g = fixture();
        let s = score(&g, &assess("  A.1: {level: \"2\"}\n  A.2: {level: na}\n"));
        assert!(close(s.criterion("A").unwrap().score, 200.0 / 3.0));
        assert_eq!(s.indicator("A.2").unwrap().status, Status::NotApplicable);
        assert_eq!(s.indicator("A.2").unwrap().gap, None);
        // 2 answered of 5 in scope (B.3 is for `cfa` only).
        assert!(close(s.coverage, 40.0));
    }

    #[test]
    fn na_where_the_scale_forbids_it_is_unanswered() {
        let g = fixture();
        let s = score(&g, &assess("  B.2: {level: na}\n  B.1: {level: \"9\"}\n"));
        assert_eq!(s.indicator("B.2").unwrap().status, Status::Unanswered);
        assert_eq!(s.indicator("B.1").unwrap().status, Status::Unanswered);
        assert_eq!(s.criterion("B").unwrap().answered, 0);
    }

    #[test]
    fn nothing_answered_is_empty_not_zero() {
        let g = fixture();
        let s = score(&g, &assess("  {}\n"));
        assert_eq!(s.overall, None);
        assert!(s.criteria.iter().all(|c| c.score.is_none()));
        assert_eq!(s.coverage, Some(0.0));
        assert!(s.priorities().is_empty());
        assert_eq!(percent(s.overall), "");
    }

    #[test]
    fn a_criterion_with_nothing_scored_is_left_out() {
        let g = fixture();
        // B only has na and unanswered: the overall is A's score alone.
        let s = score(&g, &assess("  A.1: {level: \"1\"}\n  B.1: {level: na}\n"));
        assert_eq!(s.criterion("B").unwrap().score, None);
        assert_eq!(s.criterion("B").unwrap().answered, 1);
        assert!(close(s.overall, 100.0 / 3.0));
    }

    #[test]
    fn profiles_decide_the_scope() {
        let g = fixture();
        let mut a = assess("  B.3: {level: \"3\"}\n  B.1: {level: \"0\"}\n");
        let s = score(&g, &a);
        assert_eq!(s.indicator("B.3").unwrap().status, Status::OutOfScope);
        assert!(close(s.criterion("B").unwrap().score, 0.0));
        assert_eq!(s.criterion("B").unwrap().in_scope, 2);
        a.structure.profiles = vec!["cfa".into()];
        let s = score(&g, &a);
        assert!(close(s.criterion("B").unwrap().score, 50.0));
        assert_eq!(s.criterion("B").unwrap().in_scope, 3);
        assert!(close(s.coverage, 2.0 / 6.0 * 100.0));
        assert_eq!(gain_at_target(&g, &assess("  {}\n"), "B.3"), None);
    }

    #[test]
    fn importance_scales_priority() {
        let g = fixture();
        // B.1 at 0: gap 1, weights 1 × 1; importance 1 halves it, 4 doubles it.
        for (importance, want) in [
            ("", 1.0),
            (", importance: 1", 0.5),
            (", importance: 4", 2.0),
        ] {
            let s = score(
                &g,
                &assess(&format!("  B.1: {{level: \"0\"{importance}}}\n")),
            );
            assert!(
                close(s.indicator("B.1").unwrap().priority, want),
                "{importance}"
            );
        }
    }

    #[test]
    fn priorities_by_value_then_grid_order() {
        let g = fixture();
        // A.2 at 2: gap 1/3 × 3 × 2 = 2; A.3 at 0: gap 1 × 1 × 2 = 2 (tie: grid order);
        // B.1 at 0: 1; A.1 at target: none.
        let s = score(
            &g,
            &assess(
                "  A.1: {level: \"2\"}\n  A.2: {level: \"2\"}\n  A.3: {level: \"0\"}\n  B.1: {level: \"0\"}\n",
            ),
        );
        let order: Vec<&str> = s.priorities().iter().map(|i| i.id.as_str()).collect();
        assert_eq!(order, ["A.2", "A.3", "B.1"]);
        assert!(s.indicator("A.1").unwrap().at_target());
        assert_eq!(
            gain_at_target(&g, &assess("  A.1: {level: \"3\"}\n"), "A.1"),
            Some(0.0)
        );
        assert_eq!(gain_at_target(&g, &assess("  {}\n"), "Z.9"), None);
    }

    #[test]
    fn an_unanswered_indicator_gains_by_being_answered_at_target() {
        let g = fixture();
        // A.1 alone at 1 (33.3 %); answering A.2 at 3: (1/3 + 3) / 4 = 83.3 %, +50.
        let gain = gain_at_target(&g, &assess("  A.1: {level: \"1\"}\n"), "A.2").unwrap();
        assert!((gain - 50.0).abs() < 1e-9);
    }

    #[test]
    fn zero_weights() {
        let grid = GRID.replace("weight: 2\n", "weight: 0\n").replace(
            "{id: A.2, title: x, scale: l4, weight: 3}",
            "{id: A.2, title: x, scale: l4, weight: 0}",
        );
        let (g, a) = with(
            &grid,
            "  A.1: {level: \"3\"}\n  A.2: {level: \"0\"}\n  B.1: {level: \"1\"}\n",
        );
        let s = score(&g, &a);
        // A.2 weighs nothing in A; A weighs nothing in the overall, but still shows.
        assert!(close(s.criterion("A").unwrap().score, 100.0));
        assert!(close(s.overall, 100.0 / 3.0));
        assert_eq!(s.indicator("A.2").unwrap().priority, Some(0.0));
        assert!(close(s.coverage, 60.0));
        // Only zero-weight indicators answered: the mean is undefined, shown empty.
        let (g, a) = with(&grid, "  A.2: {level: \"2\"}\n");
        let s = score(&g, &a);
        assert_eq!(s.criterion("A").unwrap().score, None);
        assert_eq!(s.overall, None);
    }
}
