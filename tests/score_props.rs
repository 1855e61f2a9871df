//! Properties of the scoring engine over random grids and answers (proptest).

use aqor::assessment::{Answer, Assessment, Choice, Structure};
use aqor::campaign::Reader;
use aqor::grid::Grid;
use aqor::score::{Score, score};
use chrono::NaiveDate;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// A random grid: criteria of indicators with weights, on one scale of 2–5 levels.
#[derive(Debug, Clone)]
struct Shape {
    level_steps: Vec<u8>,
    criteria: Vec<(u8, Vec<(u8, usize)>)>,
}

fn shape() -> impl Strategy<Value = Shape> {
    let weight = 0u8..4;
    (
        prop::collection::vec(1u8..5, 1..5),
        prop::collection::vec(
            (
                weight.clone(),
                prop::collection::vec((weight, 0usize..5), 1..5),
            ),
            1..4,
        ),
    )
        .prop_map(|(level_steps, criteria)| Shape {
            level_steps,
            criteria,
        })
}

fn grid(shape: &Shape, scale_weights: f64) -> Grid {
    let mut y = String::from(
        "format: aqor-grid/1\nid: p\nversion: 1.0.0\nlanguages: [en]\ntitle: P\nscales:\n  - id: s\n    allow_na: true\n    levels:\n",
    );
    let mut score = 0u32;
    y += "      - {id: \"0\", score: 0, label: l}\n";
    for (i, step) in shape.level_steps.iter().enumerate() {
        score += u32::from(*step);
        y += &format!("      - {{id: \"{}\", score: {score}, label: l}}\n", i + 1);
    }
    y += "criteria:\n";
    for (c, (cw, indicators)) in shape.criteria.iter().enumerate() {
        let cw = f64::from(*cw) * scale_weights;
        y += &format!("  - id: K{c}\n    title: t\n    weight: {cw}\n    indicators:\n");
        for (i, (w, target)) in indicators.iter().enumerate() {
            let w = f64::from(*w) * scale_weights;
            let target = target % (shape.level_steps.len() + 1);
            y += &format!(
                "      - {{id: K{c}.{i}, title: t, scale: s, weight: {w}, target: \"{target}\"}}\n"
            );
        }
    }
    aqor::grid::parse(&y, "p.yaml").expect("generated grids are valid")
}

/// One answer per indicator: 0 unanswered, 1 na, n ≥ 2 level (n − 2) mod levels.
fn assessment(grid: &Grid, id: &str, picks: &[u8]) -> Assessment {
    let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let structure = Structure {
        id: id.into(),
        ..Structure::default()
    };
    let mut a = Assessment::new(grid, structure, date);
    let levels = grid.scales[0].levels.len();
    for ((_, ind), pick) in grid.indicators().zip(picks.iter().cycle()) {
        let choice = match pick {
            0 => continue,
            1 => Choice::Na,
            n => Choice::Level(((usize::from(*n) - 2) % levels).to_string()),
        };
        a.answers.insert(ind.id.clone(), Answer::new(choice));
    }
    a
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() < 1e-6,
        _ => false,
    }
}

fn same_totals(a: &Score, b: &Score) -> bool {
    close(a.overall, b.overall)
        && close(a.coverage, b.coverage)
        && a.criteria
            .iter()
            .zip(&b.criteria)
            .all(|(x, y)| close(x.score, y.score))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn scores_stay_between_0_and_100(shape in shape(), picks in prop::collection::vec(0u8..8, 1..20)) {
        let g = grid(&shape, 1.0);
        let s = score(&g, &assessment(&g, "x", &picks));
        let within = |v: Option<f64>| v.is_none_or(|v| (-1e-9..=100.0 + 1e-9).contains(&v));
        prop_assert!(within(s.overall) && within(s.coverage));
        prop_assert!(s.criteria.iter().all(|c| within(c.score)));
        prop_assert!(s.indicators.iter().all(|i| i.gap.is_none_or(|g| g > 0.0 && g <= 1.0)));
    }

    #[test]
    fn na_never_changes_another_indicator(shape in shape(), picks in prop::collection::vec(0u8..8, 1..20), which in 0usize..20) {
        let g = grid(&shape, 1.0);
        let a = assessment(&g, "x", &picks);
        let id = g.indicators().nth(which % g.indicators().count()).unwrap().1.id.clone();
        let mut with_na = a.clone();
        with_na.answers.insert(id.clone(), Answer::new(Choice::Na));
        let mut without = a;
        without.answers.shift_remove(&id);
        let (s1, s2) = (score(&g, &with_na), score(&g, &without));
        for (x, y) in s1.indicators.iter().zip(&s2.indicators).filter(|(x, _)| x.id != id) {
            prop_assert_eq!(x, y);
        }
        // Left out of every average: the same scores as leaving it unanswered.
        prop_assert!(close(s1.overall, s2.overall));
        prop_assert!(s1.criteria.iter().zip(&s2.criteria).all(|(x, y)| close(x.score, y.score)));
    }

    #[test]
    fn scaling_all_weights_changes_nothing(shape in shape(), picks in prop::collection::vec(0u8..8, 1..20), k in prop::sample::select(vec![0.5, 2.0, 7.0, 100.0])) {
        let (g1, gk) = (grid(&shape, 1.0), grid(&shape, k));
        let (a1, ak) = (assessment(&g1, "x", &picks), assessment(&gk, "x", &picks));
        prop_assert!(same_totals(&score(&g1, &a1), &score(&gk, &ak)));
    }

    #[test]
    fn answer_order_changes_nothing(shape in shape(), picks in prop::collection::vec(0u8..8, 1..20)) {
        let g = grid(&shape, 1.0);
        let a = assessment(&g, "x", &picks);
        let mut reversed = a.clone();
        reversed.answers.reverse();
        prop_assert_eq!(score(&g, &a), score(&g, &reversed));
    }

    #[test]
    fn campaign_row_order_changes_nothing(
        shape in shape(),
        rows in prop::collection::vec(prop::collection::vec(0u8..8, 1..20), 1..8),
        seed in any::<u64>(),
    ) {
        let g = grid(&shape, 1.0);
        let ids: Vec<String> = g.indicators().map(|(_, i)| i.id.clone()).collect();
        let line = |n: usize, picks: &[u8]| {
            let a = assessment(&g, &format!("s{n}"), picks);
            let cells: Vec<&str> = ids.iter().map(|i| a.choice(i).map_or("", Choice::as_str)).collect();
            format!("s{n},2026-01-01,{}\n", cells.join(","))
        };
        let mut lines: Vec<String> = rows.iter().enumerate().map(|(n, p)| line(n, p)).collect();
        let header = format!("structure_id,date,{}\n", ids.join(","));
        let scores = |lines: &[String]| -> BTreeMap<String, Score> {
            let csv = header.clone() + &lines.concat();
            Reader::new(csv.as_bytes(), "p.csv", &g, None)
                .unwrap()
                .map(|r| r.unwrap().assessment.unwrap())
                .map(|a| (a.structure.id.clone(), score(&g, &a)))
                .collect()
        };
        let before = scores(&lines);
        // A deterministic shuffle from the seed.
        let n = lines.len();
        for i in (1..n).rev() {
            lines.swap(i, (seed as usize ^ i.wrapping_mul(2654435761)) % (i + 1));
        }
        prop_assert_eq!(before, scores(&lines));
    }
}
