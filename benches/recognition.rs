//! Recognition on the built-in `aqor` grid: a structure that fails every rule
//! (the greedy missing-steps search does the most work), and one that meets them.
//!
//! Run: cargo bench --bench recognition

use aqor::assessment::{Answer, Assessment, Choice, GridRef, Structure};
use aqor::grid::{Grid, builtin};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// Every `step`-th indicator unanswered (none with `usize::MAX`), the others at `level`.
fn assessment(grid: &Grid, level: &str, step: usize) -> Assessment {
    let answers = grid
        .indicators()
        .enumerate()
        .filter(|(n, _)| (n + 1) % step != 0)
        .map(|(_, (_, i))| (i.id.clone(), Answer::new(Choice::Level(level.to_string()))))
        .collect();
    Assessment {
        format: aqor::assessment::FORMAT.to_string(),
        grid: GridRef {
            id: grid.id.clone(),
            version: grid.version.to_string(),
            sha256: None,
        },
        structure: Structure {
            id: "s".into(),
            ..Structure::default()
        },
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        campaign: None,
        assessor: None,
        respondent: None,
        role: None,
        consensus: None,
        language: None,
        answers,
    }
}

fn bench(c: &mut Criterion) {
    let grid = builtin::get("aqor").unwrap();
    for (name, level, step) in [("fails_all", "0", 3), ("meets", "3", usize::MAX)] {
        let a = assessment(&grid, level, step);
        let s = aqor::score::score(&grid, &a);
        c.bench_function(&format!("recognition_{name}"), |b| {
            b.iter(|| aqor::recognition::evaluate(black_box(&grid), &a, &s))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
