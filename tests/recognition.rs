//! Recognition rules in grid files: every broken rule is reported with its file,
//! line and column, pointing at the value at fault.
//!
//! `aqor grid check` is not on main yet, so these go through the loader the command
//! uses (`aqor::grid::load_file`); switch `findings` to the binary when it lands.

use aqor::grid::{GridError, RuleKind, load_file};
use std::path::Path;

const DIR: &str = "tests/fixtures/recognition";

/// Every finding for a fixture, as `grid check` prints them.
fn findings(name: &str) -> Vec<String> {
    match load_file(&Path::new(DIR).join(name)) {
        Ok(_) => Vec::new(),
        Err(GridError::Invalid { findings, .. }) => {
            findings.iter().map(ToString::to_string).collect()
        }
        Err(e) => panic!("{name}: {e}"),
    }
}

fn assert_one(name: &str, line_col: &str, message: &str) {
    let found = findings(name);
    let expected = format!("{DIR}/{name}:{line_col}: error: ");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with(&expected), "{}", found[0]);
    assert!(found[0].contains(message), "{}", found[0]);
}

#[test]
fn the_base_fixture_is_valid() {
    let grid = load_file(&Path::new(DIR).join("base.yaml")).unwrap();
    let kinds: Vec<RuleKind> = grid
        .recognition
        .unwrap()
        .rules
        .into_iter()
        .map(|r| r.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            RuleKind::MinCoverage(100.0),
            RuleKind::NoLevel(vec!["nc_major".into()]),
            RuleKind::MaxLevelCount {
                level: "nc_minor".into(),
                count: 1
            },
            RuleKind::AtTarget(vec!["C1.1".into()]),
        ]
    );
}

#[test]
fn unknown_level() {
    assert_one(
        "unknown-level.yaml",
        "26:19",
        "names level `nc_majr`, which no scale defines; did you mean `nc_major`? levels here: nc_major, nc_minor, ok",
    );
    assert_one(
        "unknown-count-level.yaml",
        "27:33",
        "names level `minor`, which no scale defines; did you mean `nc_minor`?",
    );
}

#[test]
fn unknown_indicator_with_did_you_mean() {
    assert_one(
        "unknown-indicator.yaml",
        "28:26",
        "`at_target` names indicator `C1.3`, which the grid does not have; did you mean `C1.2`?",
    );
}

#[test]
fn percentage_out_of_range() {
    assert_one(
        "percent-out-of-range.yaml",
        "25:22",
        "`min_coverage: 120` must be a percentage between 0 and 100",
    );
    assert_one(
        "negative-percent.yaml",
        "25:21",
        "`min_overall: -5` must be a percentage between 0 and 100",
    );
}

#[test]
fn negative_count() {
    assert_one(
        "negative-count.yaml",
        "25:26",
        "`max_below_target: -1` must be a whole number from 0",
    );
}

#[test]
fn unknown_rule_kind() {
    assert_one(
        "unknown-rule.yaml",
        "25:8",
        "unknown key `min_overal` in a rule; did you mean `min_overall`?",
    );
}

#[test]
fn every_broken_rule_is_reported_at_once() {
    let found = findings("several.yaml");
    let at: Vec<&str> = found
        .iter()
        .map(|f| {
            f.split(": error: ")
                .next()
                .unwrap()
                .rsplit_once(".yaml:")
                .unwrap()
                .1
        })
        .collect();
    assert_eq!(at, ["25:23", "26:29", "28:20"], "{found:#?}");
    assert!(found[0].contains("`min_criterion: 101`"));
    assert!(found[1].contains("level `major`"));
    assert!(found[2].contains("indicator `C9.9`"));
}
