//! `aqor compare` at network scale: 10,000 structures x 3 campaigns on the built-in
//! `aqor` grid, answers drawn from a fixed pseudo-random sequence.
//!
//! Run: cargo bench --bench compare
//! Files for timing the binary: AQOR_COMPARE_FILES=/tmp/net cargo bench --bench compare
//! writes /tmp/net/2024, 2025, 2026 (one YAML per assessment) and stops.

use aqor::assessment::{Answer, Assessment, Choice, GridRef, Structure};
use aqor::compare::{Builder, render};
use aqor::grid::{Grid, builtin};
use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const STRUCTURES: usize = 10_000;
const CAMPAIGNS: [i32; 3] = [2024, 2025, 2026];

/// A small linear congruential generator: the same network on every run.
struct Draw(u64);

impl Draw {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// Structure `s` in campaign `year`: levels drift up a little each year; ~4 % `na`,
/// ~3 % unanswered.
fn assessment(grid: &Grid, s: usize, year: i32, draw: &mut Draw) -> Assessment {
    let lift = (year - CAMPAIGNS[0]) as u64;
    let answers = grid
        .indicators()
        .filter_map(|(_, i)| {
            let choice = match draw.next(100) {
                0..=3 => Choice::Na,
                4..=6 => return None,
                _ => Choice::Level((draw.next(4) + lift).min(3).to_string()),
            };
            let mut a = Answer::new(choice);
            if a.level == Choice::Na {
                a.comment = Some("does not apply here".into());
            }
            Some((i.id.clone(), a))
        })
        .collect();
    Assessment {
        format: aqor::assessment::FORMAT.to_string(),
        grid: GridRef {
            id: grid.id.clone(),
            version: grid.version.to_string(),
            sha256: Some(grid.sha256.clone()),
        },
        structure: Structure {
            id: format!("s{s:05}"),
            name: format!("Structure {s:05}"),
            ..Structure::default()
        },
        date: NaiveDate::from_ymd_opt(year, 1 + (s % 12) as u32, 1 + (s % 28) as u32).unwrap(),
        campaign: None,
        assessor: None,
        respondent: None,
        role: None,
        consensus: None,
        language: None,
        answers,
    }
}

fn network(grid: &Grid) -> Vec<Assessment> {
    let mut draw = Draw(42);
    CAMPAIGNS
        .iter()
        .flat_map(|y| (0..STRUCTURES).map(move |s| (s, *y)))
        .map(|(s, y)| assessment(grid, s, y, &mut draw))
        .collect()
}

fn write_files(grid: &Grid, dir: &str) {
    for a in network(grid) {
        let folder = std::path::Path::new(dir).join(a.date.format("%Y").to_string());
        std::fs::create_dir_all(&folder).unwrap();
        let path = folder.join(format!("{}.yaml", a.structure.id));
        std::fs::write(path, aqor::assessment::to_yaml(&a)).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let grid = builtin::get("aqor").unwrap();
    if let Ok(dir) = std::env::var("AQOR_COMPARE_FILES") {
        write_files(&grid, &dir);
        eprintln!(
            "wrote {} assessments under {dir}",
            STRUCTURES * CAMPAIGNS.len()
        );
        return;
    }
    let all = network(&grid);
    let mut g = c.benchmark_group("compare_10000x3");
    g.sample_size(10);
    g.bench_function("network_only", |b| {
        b.iter(|| {
            let mut builder = Builder::new(&grid, "en", false);
            all.iter().for_each(|a| builder.add(a));
            black_box(builder.finish(Vec::new()))
        })
    });
    g.bench_function("all_views_json", |b| {
        b.iter(|| {
            let mut builder = Builder::new(&grid, "en", true);
            all.iter().for_each(|a| builder.add(a));
            black_box(render::json(&builder.finish(Vec::new())))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
