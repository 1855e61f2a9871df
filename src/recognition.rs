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
use crate::i18n::{COMMON, Catalogue, tr};
use crate::score::{self, IndicatorScore, Score, Status};
use crate::text::Text;
use serde::Serialize;

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
    /// `missing`: how many more indicators must be answered.
    Coverage {
        value: f64,
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
    let rules: Vec<&RuleKind> = recognition.rules.iter().map(|r| &r.kind).collect();
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
    let scored = || score.indicators.iter().filter_map(scored_level);
    match rule {
        RuleKind::MinOverall(min) => {
            let value = score.overall;
            (!reaches(value.unwrap_or(0.0), *min))
                .then_some(FailureFacts::Overall { value, min: *min })
        }
        RuleKind::MinCriterion(min) => {
            // Criteria with nothing scored are left out, as they are of the overall.
            let below: Vec<CriterionShortfall> = score
                .criteria
                .iter()
                .filter_map(|c| Some((c, c.score?)))
                .filter(|(_, v)| !reaches(*v, *min))
                .map(|(c, value)| CriterionShortfall {
                    id: c.id.clone(),
                    value,
                })
                .collect();
            (!below.is_empty()).then_some(FailureFacts::Criteria { below, min: *min })
        }
        RuleKind::MinCoverage(min) => {
            // Nothing in scope means nothing is missing.
            let value = score.coverage?;
            if reaches(value, *min) {
                return None;
            }
            let (in_scope, answered) = score
                .criteria
                .iter()
                .fold((0, 0), |(i, a), c| (i + c.in_scope, a + c.answered));
            let needed = (min / 100.0 * in_scope as f64 - EPSILON).ceil() as usize;
            Some(FailureFacts::Coverage {
                value,
                min: *min,
                missing: needed.saturating_sub(answered) as u32,
            })
        }
        RuleKind::MaxBelowTarget(max) => {
            let indicators: Vec<String> = score
                .indicators
                .iter()
                .filter(|i| i.gap.is_some())
                .map(|i| i.id.clone())
                .collect();
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
                    indicators: scored()
                        .filter(|(_, l)| l == level)
                        .map(|(i, _)| i.id.clone())
                        .collect(),
                })
                .filter(|h| !h.indicators.is_empty())
                .collect();
            (!hits.is_empty()).then_some(FailureFacts::Levels { hits })
        }
        RuleKind::MaxLevelCount { level, count: max } => {
            let indicators: Vec<String> = scored()
                .filter(|(_, l)| l == level)
                .map(|(i, _)| i.id.clone())
                .collect();
            let count = indicators.len() as u32;
            (count > *max).then_some(FailureFacts::LevelCount {
                level: level.clone(),
                count,
                max: *max,
                indicators,
            })
        }
        RuleKind::AtTarget(ids) => {
            let indicators: Vec<Shortfall> = ids
                .iter()
                .filter_map(|id| {
                    let s = score.indicator(id)?;
                    // Out of scope and "not applicable" do not stand in the way.
                    let level = match &s.status {
                        Status::Scored { level, .. } if !s.at_target() => Some(level.clone()),
                        Status::Unanswered => None,
                        _ => return None,
                    };
                    let (_, indicator) = grid.indicator(id)?;
                    Some(Shortfall {
                        indicator: id.clone(),
                        level,
                        target: indicator.target.clone(),
                    })
                })
                .collect();
            (!indicators.is_empty()).then_some(FailureFacts::NotAtTarget { indicators })
        }
    }
}

fn reaches(value: f64, min: f64) -> bool {
    value >= min - EPSILON
}

fn scored_level(i: &IndicatorScore) -> Option<(&IndicatorScore, &str)> {
    match &i.status {
        Status::Scored { level, .. } => Some((i, level)),
        _ => None,
    }
}

impl FailureFacts {
    /// How far from holding the rule is: answers or indicators still wrong for the
    /// counting rules, fractions of 100 % for the score rules (so a step that clears
    /// a counted fault outweighs any score gain). Drives the greedy search.
    fn shortfall(&self) -> f64 {
        match self {
            FailureFacts::Overall { value, min } => (min - value.unwrap_or(0.0)).max(0.0) / 100.0,
            FailureFacts::Criteria { below, min } => {
                below.iter().map(|c| (min - c.value).max(0.0) / 100.0).sum()
            }
            FailureFacts::Coverage { missing, .. } => f64::from(*missing),
            FailureFacts::BelowTarget { count, max, .. }
            | FailureFacts::LevelCount { count, max, .. } => f64::from(count - max),
            FailureFacts::Levels { hits } => hits.iter().map(|h| h.indicators.len() as f64).sum(),
            FailureFacts::NotAtTarget { indicators } => indicators.len() as f64,
        }
    }
}

fn total_shortfall(grid: &Grid, rules: &[&RuleKind], score: &Score) -> f64 {
    rules
        .iter()
        .filter_map(|r| check(grid, r, score))
        .map(|f| f.shortfall())
        .sum()
}

/// Greedy search for the indicators to raise: starting from the structure's score,
/// repeatedly raise to its target the one in-scope indicator (unanswered or below
/// target; `na` answers are left alone) that most reduces the total shortfall of
/// the rules, ties going to the higher action priority, then grid order; stop when
/// every rule holds or no single step helps any more.
fn missing_steps(grid: &Grid, rules: &[&RuleKind], score: &Score) -> Vec<Step> {
    let mut what_if = score.clone();
    let mut steps = Vec::new();
    let mut current = total_shortfall(grid, rules, &what_if);
    while current > 0.0 {
        let mut best: Option<(usize, f64, f64)> = None;
        for at in 0..what_if.indicators.len() {
            let candidate = &what_if.indicators[at];
            if !raisable(candidate) {
                continue;
            }
            let priority = candidate.priority.unwrap_or(0.0);
            let before = raise(grid, &mut what_if, at);
            let after = total_shortfall(grid, rules, &what_if);
            what_if.indicators[at] = before;
            let better = best.is_none_or(|(_, s, p)| {
                after < s - EPSILON || (after <= s + EPSILON && priority > p)
            });
            if after < current - EPSILON && better {
                best = Some((at, after, priority));
            }
        }
        what_if.recompute_totals();
        let Some((at, after, _)) = best else { break };
        let from = match &what_if.indicators[at].status {
            Status::Scored { level, .. } => Some(level.clone()),
            _ => None,
        };
        raise(grid, &mut what_if, at);
        steps.push(Step {
            indicator: what_if.indicators[at].id.clone(),
            from,
            to: target_of(grid, &what_if.indicators[at]).to_string(),
        });
        current = after;
    }
    steps
}

fn raisable(i: &IndicatorScore) -> bool {
    matches!(i.status, Status::Unanswered) || i.gap.is_some()
}

fn target_of<'g>(grid: &'g Grid, i: &IndicatorScore) -> &'g str {
    grid.indicator(&i.id)
        .map_or("", |(_, ind)| ind.target.as_str())
}

/// Sets indicator `at` to its target and recomputes the totals; returns what it was.
fn raise(grid: &Grid, score: &mut Score, at: usize) -> IndicatorScore {
    let target = target_of(grid, &score.indicators[at]).to_string();
    let raised = IndicatorScore {
        status: Status::Scored {
            level: target,
            value: score.indicators[at].target_value,
        },
        gap: None,
        priority: None,
        ..score.indicators[at].clone()
    };
    let before = std::mem::replace(&mut score.indicators[at], raised);
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
    /// The reason in plain words with the numbers, in `lang` (English if unknown).
    pub fn reason(&self, lang: &str) -> String {
        let w = |key: &str| tr(WORDS, key, lang);
        match &self.facts {
            FailureFacts::Overall { value: None, min } => {
                fill(w("overall_none"), &[("min", number(*min))])
            }
            FailureFacts::Overall {
                value: Some(v),
                min,
            } => fill(
                w("overall"),
                &[("value", shown(*v, *min)), ("min", number(*min))],
            ),
            FailureFacts::Criteria { below, min } => below
                .iter()
                .map(|c| {
                    fill(
                        w("criterion"),
                        &[
                            ("id", c.id.clone()),
                            ("value", shown(c.value, *min)),
                            ("min", number(*min)),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
            FailureFacts::Coverage {
                value,
                min,
                missing,
            } => fill(
                w("coverage"),
                &[
                    ("value", shown(*value, *min)),
                    ("min", number(*min)),
                    ("missing", missing.to_string()),
                ],
            ),
            FailureFacts::BelowTarget {
                count,
                max,
                indicators,
            } => counted(w, "below_target", *count, *max, "", indicators),
            FailureFacts::Levels { hits } => hits
                .iter()
                .map(|h| {
                    let n = h.indicators.len() as u32;
                    counted(w, "no_level", n, 0, &h.level, &h.indicators)
                })
                .collect::<Vec<_>>()
                .join("; "),
            FailureFacts::LevelCount {
                level,
                count,
                max,
                indicators,
            } => counted(w, "level_count", *count, *max, level, indicators),
            FailureFacts::NotAtTarget { indicators } => indicators
                .iter()
                .map(|s| {
                    let mut vars = vec![("id", s.indicator.clone()), ("target", s.target.clone())];
                    let key = match &s.level {
                        Some(level) => {
                            vars.push(("level", level.clone()));
                            "not_at_target"
                        }
                        None => "unanswered_target",
                    };
                    fill(w(key), &vars)
                })
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

impl Step {
    /// "C3.2: 1 → 2", or "C3.2: unanswered → 2" in `lang`.
    pub fn describe(&self, lang: &str) -> String {
        let from = self
            .from
            .as_deref()
            .unwrap_or_else(|| tr(COMMON, "unanswered", lang));
        format!("{}: {from} → {}", self.indicator, self.to)
    }
}

/// A counted reason, singular or plural by `count`.
fn counted(
    w: impl Fn(&str) -> &'static str,
    key: &str,
    count: u32,
    max: u32,
    level: &str,
    ids: &[String],
) -> String {
    let key = format!("{key}_{}", if count == 1 { "one" } else { "many" });
    fill(
        w(&key),
        &[
            ("count", count.to_string()),
            ("max", max.to_string()),
            ("level", level.to_string()),
            ("ids", ids.join(", ")),
        ],
    )
}

/// Replaces each `{name}` in a catalogue template.
fn fill(template: &str, vars: &[(&str, String)]) -> String {
    vars.iter().fold(template.to_string(), |s, (name, value)| {
        s.replace(&format!("{{{name}}}"), value)
    })
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

/// Reason templates: (key, [en, fr, it, es, pl]). Polish phrasing avoids count agreement.
const WORDS: Catalogue = &[
    (
        "overall",
        [
            "overall {value} % < {min} %",
            "score global {value} % < {min} %",
            "punteggio complessivo {value} % < {min} %",
            "puntuación global {value} % < {min} %",
            "wynik ogólny {value} % < {min} %",
        ],
    ),
    (
        "overall_none",
        [
            "no overall score (nothing scored), minimum {min} %",
            "aucun score global (rien n’est évalué), minimum {min} %",
            "nessun punteggio complessivo (nulla è valutato), minimo {min} %",
            "sin puntuación global (nada evaluado), mínimo {min} %",
            "brak wyniku ogólnego (nic nie oceniono), minimum {min} %",
        ],
    ),
    (
        "criterion",
        [
            "criterion {id} at {value} % < {min} %",
            "critère {id} à {value} % < {min} %",
            "criterio {id} al {value} % < {min} %",
            "criterio {id} al {value} % < {min} %",
            "kryterium {id}: {value} % < {min} %",
        ],
    ),
    (
        "coverage",
        [
            "coverage {value} % < {min} % (answers still needed: {missing})",
            "couverture {value} % < {min} % (réponses encore nécessaires : {missing})",
            "copertura {value} % < {min} % (risposte ancora necessarie: {missing})",
            "cobertura {value} % < {min} % (respuestas aún necesarias: {missing})",
            "pokrycie {value} % < {min} % (brakujące odpowiedzi: {missing})",
        ],
    ),
    (
        "below_target_one",
        [
            "1 indicator below target, at most {max}: {ids}",
            "1 indicateur sous la cible, au plus {max} : {ids}",
            "1 indicatore sotto l’obiettivo, al massimo {max}: {ids}",
            "1 indicador por debajo del objetivo, como máximo {max}: {ids}",
            "wskaźniki poniżej celu: 1, najwyżej {max} ({ids})",
        ],
    ),
    (
        "below_target_many",
        [
            "{count} indicators below target, at most {max}: {ids}",
            "{count} indicateurs sous la cible, au plus {max} : {ids}",
            "{count} indicatori sotto l’obiettivo, al massimo {max}: {ids}",
            "{count} indicadores por debajo del objetivo, como máximo {max}: {ids}",
            "wskaźniki poniżej celu: {count}, najwyżej {max} ({ids})",
        ],
    ),
    (
        "no_level_one",
        [
            "1 answer at {level}: {ids}",
            "1 réponse au niveau {level} : {ids}",
            "1 risposta al livello {level}: {ids}",
            "1 respuesta en el nivel {level}: {ids}",
            "odpowiedzi na poziomie {level}: 1 ({ids})",
        ],
    ),
    (
        "no_level_many",
        [
            "{count} answers at {level}: {ids}",
            "{count} réponses au niveau {level} : {ids}",
            "{count} risposte al livello {level}: {ids}",
            "{count} respuestas en el nivel {level}: {ids}",
            "odpowiedzi na poziomie {level}: {count} ({ids})",
        ],
    ),
    (
        "level_count_one",
        [
            "1 answer at {level}, at most {max}: {ids}",
            "1 réponse au niveau {level}, au plus {max} : {ids}",
            "1 risposta al livello {level}, al massimo {max}: {ids}",
            "1 respuesta en el nivel {level}, como máximo {max}: {ids}",
            "odpowiedzi na poziomie {level}: 1, najwyżej {max} ({ids})",
        ],
    ),
    (
        "level_count_many",
        [
            "{count} answers at {level}, at most {max}: {ids}",
            "{count} réponses au niveau {level}, au plus {max} : {ids}",
            "{count} risposte al livello {level}, al massimo {max}: {ids}",
            "{count} respuestas en el nivel {level}, como máximo {max}: {ids}",
            "odpowiedzi na poziomie {level}: {count}, najwyżej {max} ({ids})",
        ],
    ),
    (
        "not_at_target",
        [
            "{id} at level {level}, target {target}",
            "{id} au niveau {level}, cible {target}",
            "{id} al livello {level}, obiettivo {target}",
            "{id} en el nivel {level}, objetivo {target}",
            "{id} na poziomie {level}, cel {target}",
        ],
    ),
    (
        "unanswered_target",
        [
            "{id} unanswered, target {target}",
            "{id} sans réponse, cible {target}",
            "{id} senza risposta, obiettivo {target}",
            "{id} sin respuesta, objetivo {target}",
            "{id} bez odpowiedzi, cel {target}",
        ],
    ),
];

#[cfg(test)]
mod tests;
