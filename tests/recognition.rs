//! Recognition through the binary: `aqor grid check` reports every broken rule with
//! its file, line and column, pointing at the value at fault, and exits 1; `aqor score`
//! shows the verdict (csv column, json, `--explain` reasons and missing steps).

mod common;

use aqor::grid::{RuleKind, load_file};
use std::path::Path;

const DIR: &str = "tests/fixtures/recognition";

/// The error lines `aqor grid check` prints for a fixture (exit code checked).
fn findings(name: &str) -> Vec<String> {
    let out = common::aqor()
        .args(["grid", "check", &format!("{DIR}/{name}")])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let errors: Vec<String> = stdout
        .lines()
        .filter(|l| l.contains(": error: "))
        .map(str::to_string)
        .collect();
    let expected = if errors.is_empty() { 0 } else { 1 };
    assert_eq!(out.status.code(), Some(expected), "{name}: {stdout}");
    errors
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
    assert!(findings("base.yaml").is_empty());
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

/// `aqor score` on a campaign against the fixture grid: one structure meets the label,
/// one does not (coverage, a major non-conformity, C1.1 below target).
fn score(args: &[&str]) -> String {
    let out = common::aqor()
        .args(["score", &format!("{DIR}/campaign.csv"), "--grid"])
        .arg(format!("{DIR}/base.yaml"))
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn score_csv_has_the_recognition_column() {
    let csv = score(&["--format", "csv"]);
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(rows[0].last(), Some(&"recognition"));
    assert_eq!(rows[1][0], "meets");
    assert_eq!(rows[1].last(), Some(&"met"));
    assert_eq!(rows[2][0], "fails");
    assert_eq!(rows[2].last(), Some(&"not met"));
}

#[test]
fn score_json_carries_the_verdict() {
    let json: serde_json::Value = serde_json::from_str(&score(&["--format", "json"])).unwrap();
    let fails = &json["assessments"][1];
    assert_eq!(fails["structure"]["id"], "fails");
    let v = &fails["recognition"];
    assert_eq!(v["met"], false);
    assert_eq!(v["steps_suffice"], true);
    let kinds: Vec<&str> = v["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["facts"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["coverage", "levels", "not_at_target"]);
    assert_eq!(json["assessments"][0]["recognition"]["met"], true);
}

#[test]
fn score_explain_gives_reasons_and_steps() {
    let out = score(&["--explain=fails", "--lang", "fr"]);
    for line in [
        "Certifié\u{202f}: non atteint",
        // French numbers and spaces, level labels in quotation marks (issue 20).
        "✗ couverture 66,7\u{a0}% < 100\u{a0}% (réponses encore nécessaires\u{202f}: 1)",
        "✗ 1 réponse au niveau «\u{202f}Major non-conformity\u{202f}»\u{202f}: C1.2",
        "✗ C1.1 au niveau «\u{202f}Minor non-conformity\u{202f}», cible «\u{202f}Conform\u{202f}»",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    // Every step the label needs, whatever order the search found them in.
    let steps = out
        .lines()
        .find(|l| l.trim_start().starts_with('→'))
        .unwrap();
    for step in [
        "C1.2\u{202f}: Major non-conformity → Conform",
        "C1.1\u{202f}: Minor non-conformity → Conform",
        "C2.1\u{202f}: sans réponse → Conform",
    ] {
        assert!(steps.contains(step), "{step}: {steps}");
    }
    let met = score(&["--explain=meets", "--lang", "en"]);
    assert!(met.contains("Certified: met"), "{met}");
    assert!(!met.contains('✗'), "{met}");
}
