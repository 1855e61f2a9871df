//! What a plan says, decided before any layout: texts resolved in the plan's language,
//! numbers as percentages, actions ranked by priority (README.md, "Formats": gap × weights × importance / 2).

use crate::assessment::{ActionStatus, Assessment, Choice};
use crate::grid::{Grid, Indicator};
use crate::score::{Score, Status};
use crate::typography;
use chrono::NaiveDate;
use std::collections::HashMap;

/// Everything one structure's action plan shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Language of the plan's own words and of grid texts (where the grid has it).
    pub lang: String,
    pub cover: Cover,
    /// Percentages, as `Score` has them.
    pub overall: Option<f64>,
    pub coverage: Option<f64>,
    pub criteria: Vec<CriterionBar>,
    /// How many structures the network means come from (`None`: no network given).
    pub network_size: Option<usize>,
    /// Indicators below target, highest priority first (cut to `--top`).
    pub actions: Vec<ActionRow>,
    /// Below-target indicators left out by `--top`.
    pub hidden_actions: usize,
    /// Indicators at or above target, in grid order.
    pub strengths: Vec<IndicatorLine>,
    /// In-scope indicators without an answer, in grid order.
    pub unanswered: Vec<IndicatorLine>,
    /// Indicators answered `na`, in grid order, each with its reason (the comment).
    pub not_applicable: Vec<IndicatorLine>,
    /// What stands between the structure and the grid's label, when the grid has one.
    pub label: Option<LabelSection>,
    /// The structure's result in the previous campaign, when the inputs hold one.
    pub previous: Option<PreviousResult>,
}

/// Last campaign's result of the same structure, against this one (percentages).
#[derive(Debug, Clone, PartialEq)]
pub struct PreviousResult {
    pub campaign: String,
    pub date: NaiveDate,
    pub overall: Option<f64>,
    /// By criterion in grid order: (id, title, previous score, score now).
    pub criteria: Vec<(String, String, Option<f64>, Option<f64>)>,
}

/// The same structure's assessment in an earlier campaign, to show the change.
#[derive(Debug, Clone, Copy)]
pub struct Previous<'a> {
    pub campaign: &'a str,
    pub assessment: &'a Assessment,
    pub score: &'a Score,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    pub structure_id: String,
    /// The structure's name, or its id when the name is empty.
    pub structure: String,
    pub network: Option<String>,
    pub grid_title: String,
    pub grid_id: String,
    pub grid_version: String,
    pub date: NaiveDate,
    pub assessor: Option<String>,
}

/// One criterion in the bar chart; all values are percentages.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionBar {
    pub id: String,
    pub title: String,
    pub score: Option<f64>,
    /// The score the criterion would have with every answered indicator at least at its target.
    pub target: Option<f64>,
    pub network: Option<f64>,
}

/// One line of the action table.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    /// 1 for the highest priority.
    pub rank: usize,
    pub id: String,
    pub title: String,
    /// Level as "id · label".
    pub current: String,
    pub target: String,
    /// Target score − current score, in percentage points.
    pub gap: f64,
    /// The grid's suggested actions for the current level.
    pub suggestions: Vec<String>,
    /// What the structure wrote it will do (the answer's `action.text`).
    pub planned: Option<String>,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    pub status: Option<ActionStatus>,
    /// What the structure wrote about the indicator: comment, evidence, importance.
    pub said: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorLine {
    pub id: String,
    pub title: String,
    /// The level reached (strengths), the criterion's title (to-do) or the reason (`na`).
    pub detail: String,
    /// What the structure wrote about the indicator: comment, evidence, importance.
    pub said: Vec<String>,
}

/// The label section: met or not, and why not.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelSection {
    pub label: String,
    pub met: bool,
    /// Each unmet rule, said in the plan's language.
    pub failures: Vec<String>,
    /// Indicators to bring to their target so that every rule holds ("C1.2: 0 → 2 (title)").
    pub steps: Vec<String>,
    /// Whether those steps are enough (some rules cannot be met by reaching targets).
    pub steps_suffice: bool,
}

/// Mean criterion scores of a network (a campaign), for comparison bars.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NetworkMeans {
    pub structures: usize,
    /// Mean percentage by criterion id, over structures where that criterion is scored.
    pub criteria: HashMap<String, f64>,
}

impl NetworkMeans {
    pub fn of<'a>(scores: impl IntoIterator<Item = &'a Score>) -> NetworkMeans {
        let mut sums: HashMap<String, (f64, usize)> = HashMap::new();
        let mut structures = 0;
        for score in scores {
            structures += 1;
            for c in &score.criteria {
                if let Some(s) = c.score {
                    let e = sums.entry(c.id.clone()).or_default();
                    e.0 += s;
                    e.1 += 1;
                }
            }
        }
        NetworkMeans {
            structures,
            criteria: sums
                .into_iter()
                .map(|(id, (sum, n))| (id, sum / n as f64))
                .collect(),
        }
    }
}

/// Choices that shape a plan beyond the assessment itself.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    pub lang: &'a str,
    /// Show at most this many actions.
    pub top: Option<usize>,
    pub network: Option<&'a NetworkMeans>,
    pub previous: Option<Previous<'a>>,
}

/// The plan for one assessment of `grid`, scored as `score`.
pub fn build(grid: &Grid, assessment: &Assessment, score: &Score, opts: Options) -> Plan {
    let lang = opts.lang;
    let s = &assessment.structure;
    let cover = Cover {
        structure_id: s.id.clone(),
        structure: if s.name.trim().is_empty() {
            s.id.clone()
        } else {
            s.name.clone()
        },
        network: s.network.clone(),
        grid_title: grid.text(&grid.title, lang).to_string(),
        grid_id: grid.id.clone(),
        grid_version: grid.version.to_string(),
        date: assessment.date,
        assessor: assessment.assessor.clone(),
    };
    let priorities = score.priorities();
    let shown = opts.top.unwrap_or(usize::MAX).min(priorities.len());
    let actions = priorities[..shown]
        .iter()
        .enumerate()
        .filter_map(|(n, i)| {
            let mut row = action_row(grid, assessment, n + 1, &i.id, i.gap?, lang)?;
            let (_, ind) = grid.indicator(&i.id)?;
            row.said
                .extend(previous_line(grid, ind, opts.previous, lang));
            Some(row)
        })
        .collect();
    Plan {
        lang: lang.to_string(),
        cover,
        overall: score.overall,
        coverage: score.coverage,
        criteria: criterion_bars(grid, score, opts.network, lang),
        network_size: opts.network.map(|n| n.structures),
        actions,
        hidden_actions: priorities.len() - shown,
        strengths: indicator_lines(grid, assessment, score, opts, |s| s.at_target()),
        unanswered: indicator_lines(grid, assessment, score, opts, |s| {
            s.status == Status::Unanswered
        }),
        not_applicable: indicator_lines(grid, assessment, score, opts, |s| {
            s.status == Status::NotApplicable
        }),
        label: crate::recognition::evaluate(grid, assessment, score)
            .map(|v| label_section(grid, &v, lang)),
        previous: opts.previous.map(|p| previous_result(grid, score, p, lang)),
    }
}

fn previous_result(grid: &Grid, score: &Score, p: Previous, lang: &str) -> PreviousResult {
    PreviousResult {
        campaign: p.campaign.to_string(),
        date: p.assessment.date,
        overall: p.score.overall,
        criteria: grid
            .criteria
            .iter()
            .map(|c| {
                let of = |s: &Score| s.criterion(&c.id).and_then(|x| x.score);
                (
                    c.id.clone(),
                    grid.text(&c.title, lang).to_string(),
                    of(p.score),
                    of(score),
                )
            })
            .collect(),
    }
}

/// "Previous (2025): 1 · En cours": an indicator's level in the previous campaign.
fn previous_line(
    grid: &Grid,
    indicator: &Indicator,
    p: Option<Previous>,
    lang: &str,
) -> Option<String> {
    let p = p?;
    let level = match p.assessment.answers.get(&indicator.id)?.level {
        Choice::Na => crate::i18n::tr(crate::i18n::COMMON, "na", lang).to_string(),
        Choice::Level(ref l) => level_text(grid, indicator, l, lang),
    };
    Some(format!(
        "{} ({}): {level}",
        super::words::word("previous", lang),
        p.campaign
    ))
}

fn label_section(grid: &Grid, v: &crate::recognition::Verdict, lang: &str) -> LabelSection {
    LabelSection {
        label: grid.text(&v.label, lang).to_string(),
        met: v.met,
        failures: v.failures.iter().map(|f| f.reason(grid, lang)).collect(),
        steps: v
            .steps
            .iter()
            .map(|s| match grid.indicator(&s.indicator) {
                Some((_, i)) => {
                    format!("{} ({})", s.describe(grid, lang), grid.text(&i.title, lang))
                }
                None => s.describe(grid, lang),
            })
            .collect(),
        steps_suffice: v.steps_suffice,
    }
}

fn criterion_bars(
    grid: &Grid,
    score: &Score,
    network: Option<&NetworkMeans>,
    lang: &str,
) -> Vec<CriterionBar> {
    grid.criteria
        .iter()
        .map(|c| {
            let (mut sum, mut weights) = (0.0, 0.0);
            for i in score.indicators.iter().filter(|i| i.criterion == c.id) {
                if let Status::Scored { value, .. } = i.status {
                    sum += value.max(i.target_value) * i.weight;
                    weights += i.weight;
                }
            }
            CriterionBar {
                id: c.id.clone(),
                title: grid.text(&c.title, lang).to_string(),
                score: score.criterion(&c.id).and_then(|s| s.score),
                target: (weights > 0.0).then(|| 100.0 * sum / weights),
                network: network.and_then(|n| n.criteria.get(&c.id).copied()),
            }
        })
        .collect()
}

fn action_row(
    grid: &Grid,
    assessment: &Assessment,
    rank: usize,
    id: &str,
    gap: f64,
    lang: &str,
) -> Option<ActionRow> {
    let (_, indicator) = grid.indicator(id)?;
    let answer = assessment.answers.get(id)?;
    let level = answer.level.as_str();
    let planned = answer.action.as_ref();
    Some(ActionRow {
        rank,
        id: id.to_string(),
        title: grid.text(&indicator.title, lang).to_string(),
        current: level_text(grid, indicator, level, lang),
        target: level_text(grid, indicator, &indicator.target, lang),
        gap: 100.0 * gap,
        suggestions: indicator
            .actions_for(grid.scale_of(indicator), level)
            .iter()
            .map(|a| grid.text(&a.text, lang).to_string())
            .collect(),
        planned: planned.and_then(|p| p.text.clone()),
        owner: planned.and_then(|p| p.owner.clone()),
        due: planned.and_then(|p| p.due),
        status: planned.and_then(|p| p.status),
        said: said(Some(answer), lang),
    })
}

/// "Planned action: … (owner, due, status)", for reports that have no action columns.
pub fn planned(answer: Option<&crate::assessment::Answer>, lang: &str) -> Option<String> {
    let p = answer?.action.as_ref()?;
    let mut who = Vec::new();
    who.extend(p.owner.clone());
    who.extend(p.due.map(|d| typography::date(d, lang)));
    who.extend(p.status.map(|s| super::words::status(s, lang).to_string()));
    let text = p.text.as_deref().unwrap_or("—");
    let text = match who.is_empty() {
        true => text.to_string(),
        false => format!("{text} ({})", who.join(", ")),
    };
    Some(typography::labelled(
        super::words::word("planned_action", lang),
        &text,
        lang,
    ))
}

/// "Comment: …", "Evidence: …", "Importance: 3/4": what a structure wrote about an
/// indicator, each line prefixed by what it is in the plan's language (an `na`
/// answer's comment is its reason, shown on its own).
pub fn said(answer: Option<&crate::assessment::Answer>, lang: &str) -> Vec<String> {
    let Some(a) = answer else {
        return Vec::new();
    };
    let line = |k, value: &str| typography::labelled(super::words::word(k, lang), value, lang);
    let mut out = Vec::new();
    if let Some(c) = a.comment.as_deref().filter(|_| a.level != Choice::Na) {
        out.push(line("comment", c));
    }
    if let Some(e) = &a.evidence {
        out.push(line("evidence", e));
    }
    if let Some(i) = a.importance {
        out.push(line("importance", &format!("{i}/4")));
    }
    out
}

/// "2 · Réalisé": the level id users type and its label.
fn level_text(grid: &Grid, indicator: &Indicator, level: &str, lang: &str) -> String {
    match grid.scale_of(indicator).level(level) {
        Some(l) => {
            let label = grid.text(&l.label, lang);
            if label.is_empty() || label == l.id {
                l.id.clone()
            } else {
                format!("{} · {label}", l.id)
            }
        }
        None => level.to_string(),
    }
}

fn indicator_lines(
    grid: &Grid,
    assessment: &Assessment,
    score: &Score,
    opts: Options,
    keep: impl Fn(&crate::score::IndicatorScore) -> bool,
) -> Vec<IndicatorLine> {
    grid.indicators()
        .zip(&score.indicators)
        .filter(|(_, s)| keep(s))
        .map(|((c, i), s)| {
            let lang = opts.lang;
            let answer = assessment.answers.get(&i.id);
            IndicatorLine {
                id: i.id.clone(),
                title: grid.text(&i.title, lang).to_string(),
                detail: match &s.status {
                    Status::Scored { level, .. } => level_text(grid, i, level, lang),
                    Status::NotApplicable => answer
                        .and_then(|a| a.comment.clone())
                        .unwrap_or_else(|| super::words::word("no_reason", lang).to_string()),
                    _ => grid.text(&c.title, lang).to_string(),
                },
                said: said(answer, lang)
                    .into_iter()
                    .chain(previous_line(grid, i, opts.previous, lang))
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment;

    const GRID: &str = r#"
format: aqor-grid/1
id: t
version: 1.2.0
languages: [fr, pl]
title: {fr: "Grille test", pl: "Siatka testowa"}
scales:
  - id: l4
    allow_na: true
    levels:
      - {id: "0", score: 0, label: {fr: "Non engagé", pl: "Nie rozpoczęto"}}
      - {id: "1", score: 1, label: {fr: "En cours"}}
      - {id: "2", score: 2, label: {fr: "Réalisé"}}
      - {id: "3", score: 3, label: {fr: "Maîtrisé"}}
criteria:
  - id: A
    title: {fr: "Accueil", pl: "Przyjęcie"}
    weight: 2
    indicators:
      - id: A.1
        title: {fr: "Accès libre", pl: "Swobodny dostęp"}
        scale: l4
        target: "2"
        actions:
          - {below: "1", text: {fr: "Afficher les horaires", pl: "Wywiesić godziny"}}
          - {below: "2", text: {fr: "Former l’équipe"}}
      - {id: A.2, title: "Écoute", scale: l4}
      - {id: A.3, title: "Locaux", scale: l4, target: "1"}
  - id: B
    title: "Partenariats"
    indicators:
      - {id: B.1, title: "Réseau", scale: l4}
      - {id: B.2, title: "Veille", scale: l4}
recognition:
  label: {fr: "Label test", pl: "Znak testowy"}
  rules:
    - {min_overall: 50}
"#;

    fn fixture(answers: &str) -> (Grid, Assessment, Score) {
        let grid = crate::grid::parse(GRID, "t.yaml").unwrap();
        let src = format!(
            "format: aqor-assessment/1\ngrid: {{id: t, version: 1.2.0}}\nstructure: {{id: s-1, name: \"\", network: R}}\ndate: 2026-11-24\nassessor: Zoé\nanswers:\n{answers}"
        );
        let a = assessment::parse(&src, "a.yaml").unwrap().assessment;
        let s = crate::score::score(&grid, &a);
        (grid, a, s)
    }

    fn opts(lang: &str) -> Options<'_> {
        Options {
            lang,
            top: None,
            network: None,
            previous: None,
        }
    }

    const ANSWERS: &str = "  A.1: {level: \"0\", comment: Rien encore, importance: 4, action: {owner: Ana, due: 2027-01-31, status: doing, text: Affiche}}\n  A.2: {level: \"2\"}\n  A.3: {level: \"3\"}\n  B.1: {level: \"2\"}\n  B.2: {level: na, comment: Pas de veille ici}\n";

    #[test]
    fn ranks_actions_and_sorts_the_rest() {
        let (g, a, s) = fixture(ANSWERS);
        let p = build(&g, &a, &s, opts("fr"));
        // Priorities: A.1 gap 2/3 × 2 = 1.33; A.2 gap 1/3 × 2 = 0.67; B.1 gap 1/3 × 1.
        let ids: Vec<&str> = p.actions.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["A.1", "A.2", "B.1"]);
        let first = &p.actions[0];
        assert_eq!(first.rank, 1);
        assert_eq!(first.current, "0 · Non engagé");
        assert_eq!(first.target, "2 · Réalisé");
        assert!((first.gap - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            first.suggestions,
            ["Afficher les horaires", "Former l’équipe"]
        );
        assert_eq!(first.owner.as_deref(), Some("Ana"));
        assert_eq!(first.status, Some(ActionStatus::Doing));
        assert_eq!(p.strengths.len(), 1);
        assert_eq!(p.strengths[0].id, "A.3");
        assert_eq!(
            first.said,
            [
                "Commentaire\u{202f}: Rien encore",
                "Importance\u{202f}: 4/4"
            ]
        );
        assert!(p.unanswered.is_empty());
        assert_eq!(p.not_applicable.len(), 1);
        assert_eq!(p.not_applicable[0].detail, "Pas de veille ici");
        assert_eq!(p.cover.structure, "s-1");
        assert_eq!(p.hidden_actions, 0);
    }

    #[test]
    fn label_section_follows_the_verdict() {
        let (g, a, s) = fixture(ANSWERS);
        // Overall (55.6 × 2 + 66.7) / 3 = 59.3 % >= 50 %.
        let label = build(&g, &a, &s, opts("pl")).label.unwrap();
        assert_eq!(label.label, "Znak testowy");
        assert!(label.met && label.failures.is_empty() && label.steps.is_empty());
        let (g, a, s) = fixture("  A.1: {level: \"0\"}\n");
        let label = build(&g, &a, &s, opts("fr")).label.unwrap();
        assert!(!label.met);
        assert_eq!(label.failures.len(), 1);
        assert!(
            label.steps[0].starts_with("A.1\u{202f}: Non engagé → Réalisé (Accès libre)"),
            "{:?}",
            label.steps
        );
    }

    #[test]
    fn top_cuts_the_table_and_counts_the_rest() {
        let (g, a, s) = fixture(ANSWERS);
        let p = build(
            &g,
            &a,
            &s,
            Options {
                top: Some(1),
                ..opts("fr")
            },
        );
        assert_eq!(p.actions.len(), 1);
        assert_eq!(p.hidden_actions, 2);
    }

    #[test]
    fn texts_in_the_language_asked_with_fallback() {
        let (g, a, s) = fixture(ANSWERS);
        let p = build(&g, &a, &s, opts("pl"));
        assert_eq!(p.cover.grid_title, "Siatka testowa");
        assert_eq!(p.actions[0].title, "Swobodny dostęp");
        assert_eq!(p.actions[0].current, "0 · Nie rozpoczęto");
        // No Polish text: the default language.
        assert_eq!(p.actions[0].target, "2 · Réalisé");
        assert_eq!(p.actions[0].suggestions[1], "Former l’équipe");
    }

    #[test]
    fn criterion_target_and_network_means() {
        let (g, a, s) = fixture(ANSWERS);
        let (_, _, s2) = fixture("  A.1: {level: \"3\"}\n  B.1: {level: \"3\"}\n");
        let net = NetworkMeans::of([&s, &s2]);
        assert_eq!(net.structures, 2);
        let p = build(
            &g,
            &a,
            &s,
            Options {
                network: Some(&net),
                ..opts("fr")
            },
        );
        let bar = &p.criteria[0];
        // A: scores 0, 2/3, 1 -> 55.6 %; at target: 2/3, 1, 1 -> 88.9 %.
        assert!((bar.score.unwrap() - 500.0 / 9.0).abs() < 1e-9);
        assert!((bar.target.unwrap() - 800.0 / 9.0).abs() < 1e-9);
        // Network mean of A: (55.6 + 100) / 2.
        assert!((bar.network.unwrap() - (500.0 / 9.0 + 100.0) / 2.0).abs() < 1e-9);
        assert_eq!(p.network_size, Some(2));
    }

    #[test]
    fn a_planned_action_is_dated_in_words() {
        let mut answer = crate::assessment::Answer::new(Choice::Level("0".into()));
        answer.action = Some(crate::assessment::PlannedAction {
            text: Some("Afficher".into()),
            owner: Some("Ana".into()),
            due: NaiveDate::from_ymd_opt(2026, 4, 9),
            status: Some(ActionStatus::Todo),
        });
        assert_eq!(
            planned(Some(&answer), "fr").unwrap(),
            "Action prévue\u{202f}: Afficher (Ana, 9 avril 2026, à faire)"
        );
        assert_eq!(
            planned(Some(&answer), "pl").unwrap(),
            "Planowane działanie: Afficher (Ana, 9 kwietnia 2026, do zrobienia)"
        );
    }
}
