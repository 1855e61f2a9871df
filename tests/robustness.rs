//! Readers never panic, whatever the bytes: mutations of valid files and arbitrary text.
//! (The fuzz targets under `fuzz/` explore further; their crashers are kept in
//! `tests/fixtures/crashers/` and replayed here.)

use proptest::prelude::*;

/// A small valid grid to mutate: the shipped ones are large and parse slowly unoptimised.
const GRID: &str = include_str!("fixtures/grid/small.yaml");
const ASSESSMENT: &str = "format: aqor-assessment/1
grid: {id: aqor, version: 1.0.0}
structure: {id: cio-blois, name: \"CIO de Blois\", network: \"AIOA 41\"}
date: 2026-11-24
answers:
  C1.1: {level: \"2\", comment: \"Accueil sans rendez-vous\", importance: 3}
  C1.2: {level: na, comment: \"fermé\"}
";

/// Applies (position, byte) edits: delete, replace or insert at each position.
fn mutate(base: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = base.as_bytes().to_vec();
    for &(pos, op, b) in edits {
        if bytes.is_empty() {
            break;
        }
        let at = pos % bytes.len();
        match op % 3 {
            0 => {
                bytes.remove(at);
            }
            1 => bytes[at] = b,
            _ => bytes.insert(at, b),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The shipped `aqor` grid, parsed once for every case.
fn grid() -> &'static aqor::grid::Grid {
    static GRID: std::sync::OnceLock<aqor::grid::Grid> = std::sync::OnceLock::new();
    GRID.get_or_init(|| aqor::grid::builtin::get("aqor").expect("built-in grid"))
}

/// The small grid of the score tests, which the campaign fuzz target reads most inputs against.
fn demo_grid() -> &'static aqor::grid::Grid {
    static GRID: std::sync::OnceLock<aqor::grid::Grid> = std::sync::OnceLock::new();
    GRID.get_or_init(|| {
        let src = include_str!("fixtures/score/grid.yaml");
        aqor::grid::parse(src, "grid.yaml").expect("the score tests' grid")
    })
}

/// `bytes` read as a campaign for `grid` (as fuzz/fuzz_targets/campaign_csv.rs does):
/// rows or problems, and the fast path agreeing with the full builder wherever it is taken.
fn campaign_agrees(bytes: &[u8], grid: &aqor::grid::Grid, path: &std::path::Path) {
    let Ok(mut reader) = aqor::campaign::Reader::new(bytes, "crasher.csv", grid, None) else {
        return;
    };
    let mut batch = aqor::campaign::Batch::default();
    let mut acc = aqor::score::Accumulator::new(grid.criteria.len());
    for _ in 0..1000 {
        let Ok(Some(rec)) = reader.next_record(&mut batch) else {
            break;
        };
        if let Err(e) = reader.builder().check_quick(rec, &mut acc) {
            panic!("{}: {e}", path.display());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn grid_reader_survives_mutations(edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..8)) {
        let text = mutate(GRID, &edits);
        if let Err(findings) = aqor::grid::parse(&text, "m.yaml") {
            prop_assert!(!findings.is_empty());
            prop_assert!(findings.iter().all(|f| f.is_error() && !f.message.is_empty()));
        }
    }

    #[test]
    fn assessment_reader_survives_mutations(edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..8)) {
        let text = mutate(ASSESSMENT, &edits);
        if let Ok(located) = aqor::assessment::parse(&text, "m.yaml") {
            let g = grid();
            let _ = aqor::assessment::check(&located, g, "m.yaml");
            let s = aqor::score::score(g, &located.assessment);
            if let Some(o) = s.overall {
                prop_assert!((0.0..=100.0).contains(&o));
            }
        }
    }

    #[test]
    fn readers_survive_arbitrary_text(text in "\\PC{0,200}") {
        let _ = aqor::grid::parse(&text, "x.yaml");
        let _ = aqor::assessment::parse(&text, "x.yaml");
    }
}

#[test]
fn crashers_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crashers");
    let entries = std::fs::read_dir(&dir).expect("crasher corpus exists");
    for entry in entries.flatten() {
        let started = std::time::Instant::now();
        let bytes = std::fs::read(entry.path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        // What each fuzz target does with its input (fuzz/fuzz_targets/).
        if let Ok(g) = aqor::grid::parse(&text, "crasher.yaml") {
            let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
            let empty = aqor::assessment::Assessment::new(&g, Default::default(), date);
            let _ = aqor::score::score(&g, &empty);
        }
        if let Ok(located) = aqor::assessment::parse(&text, "crasher.yaml") {
            let g = grid();
            let _ = aqor::assessment::check(&located, g, "crasher.yaml");
            let _ = aqor::score::score(g, &located.assessment);
            let again = aqor::assessment::to_yaml(&located.assessment);
            let _ = aqor::assessment::parse(&again, "again.yaml");
        }
        for g in [grid(), demo_grid()] {
            campaign_agrees(&bytes, g, &entry.path());
        }
        // Hostile inputs are refused quickly, not after exploding in memory.
        assert!(
            started.elapsed().as_secs() < 5,
            "{} took {:?}",
            entry.path().display(),
            started.elapsed()
        );
    }
}
