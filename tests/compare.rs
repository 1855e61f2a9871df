//! `aqor compare` through the binary, on the fixture grid and assessments.
//!
//! Scores in the comments are computed by hand from tests/fixtures/compare (grid:
//! A weight 2 with A.1 (target 2), A.2 (weight 3), A.3; B with B.1, B.2).

mod common;
use common::aqor;

use predicates::prelude::*;
use std::path::Path;

const DIR: &str = "tests/fixtures/compare";

/// `aqor compare 2025 2026 --grid grid.yaml` plus `args`; returns stdout.
fn compare(args: &[&str]) -> String {
    let out = aqor()
        .arg("compare")
        .arg(format!("{DIR}/2025"))
        .arg(format!("{DIR}/2026"))
        .args(["--grid", &format!("{DIR}/grid.yaml")])
        .args(args)
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn header(text: &str) -> Vec<String> {
    csv::Reader::from_reader(text.as_bytes())
        .headers()
        .unwrap()
        .iter()
        .map(String::from)
        .collect()
}

#[test]
fn side_by_side_latest_campaign_with_quartiles() {
    let out = compare(&["--format", "csv"]);
    assert_eq!(
        header(&out),
        [
            "structure_id",
            "structure_name",
            "date",
            "A",
            "B",
            "overall",
            "coverage",
            "quartile",
            "recognition"
        ]
    );
    // 2026: delta A.1=3 B.1=2 -> A 100, B 66.7, overall (200+66.7)/3 = 88.9, 2 of 5 answered.
    // alpha A=(2/3+3+1)/5 = 93.3, B=(1/3+1/3)/2 = 33.3, overall (186.7+33.3)/3 = 73.3.
    // beta A=(2/3+1+2/3)/5 = 46.7, B=(1/3+2/3)/2 = 50, overall (93.3+50)/3 = 47.8.
    assert_eq!(
        csv_rows(&out),
        [
            [
                "'=delta",
                "'=SUM(1+1)",
                "2026-03-04",
                "100.0",
                "66.7",
                "88.9",
                "40.0",
                "4",
                "met"
            ],
            [
                "cio-alpha",
                "Alpha CIO",
                "2026-03-01",
                "93.3",
                "33.3",
                "73.3",
                "100.0",
                "2",
                "met"
            ],
            [
                "ml-beta",
                "Beta Mission Locale",
                "2026-03-02",
                "46.7",
                "50.0",
                "47.8",
                "100.0",
                "1",
                "not met"
            ],
        ]
    );
    // Network rows under the table: overall mean (88.9+73.3+47.8)/3 = 70.0, median 73.3.
    let md = compare(&["--format", "markdown"]);
    let mean = md.lines().find(|l| l.contains("Network — Mean")).unwrap();
    assert!(mean.contains("| 80.0 | 50.0 | 70.0 | 80.0 |"), "{mean}");
    let median = md.lines().find(|l| l.contains("Network — Median")).unwrap();
    assert!(
        median.contains("| 93.3 | 50.0 | 73.3 | 100.0 |"),
        "{median}"
    );
}

#[test]
fn by_indicator_shows_indicator_columns() {
    let out = compare(&["--format", "csv", "--by", "indicator"]);
    assert_eq!(&header(&out)[3..8], ["A.1", "A.2", "A.3", "B.1", "B.2"]);
    // alpha 2026: levels 2, 3, 3, 1, 1 on a 0..3 scale.
    let alpha = csv_rows(&out)
        .into_iter()
        .find(|r| r[0] == "cio-alpha")
        .unwrap();
    assert_eq!(&alpha[3..8], ["66.7", "100.0", "100.0", "33.3", "33.3"]);
}

#[test]
fn over_time_changes_by_hand() {
    let out = compare(&["--format", "csv", "--view", "trend"]);
    let rows = csv_rows(&out);
    assert_eq!(
        header(&out),
        [
            "structure_id",
            "structure_name",
            "first_date",
            "last_date",
            "dates",
            "overall_first",
            "overall_last",
            "overall_change",
            "direction",
            "A_change",
            "B_change"
        ]
    );
    // alpha 2025: A=(1/3+3)/4 = 83.3 (A.3 na), B=0, overall 55.6; 2026: 93.3 / 33.3 / 73.3.
    assert_eq!(
        rows[0],
        [
            "cio-alpha",
            "Alpha CIO",
            "2025-03-01",
            "2026-03-01",
            "2",
            "55.6",
            "73.3",
            "17.8",
            "improved",
            "10.0",
            "33.3"
        ]
    );
    // beta 2025 (grid 1.0.0, B.old -> B.2): A=2/3 -> 66.7, B=(1/3+2/3)/2=50, overall 61.1.
    assert_eq!(
        rows[1],
        [
            "ml-beta",
            "Beta Mission Locale",
            "2025-03-02",
            "2026-03-02",
            "2",
            "61.1",
            "47.8",
            "-13.3",
            "declined",
            "-20.0",
            "0.0"
        ]
    );
    assert_eq!(rows.len(), 2, "gamma and delta have one date each");
    // The network: overall means 50.0 (2025: 55.6, 61.1, 33.3) and 70.0; A 50.0 -> 80.0.
    let json: serde_json::Value = serde_json::from_str(&compare(&["--format", "json"])).unwrap();
    let change = &json["network_change"];
    assert_eq!(
        (change["from"].as_str(), change["to"].as_str()),
        (Some("2025"), Some("2026"))
    );
    assert!((change["overall_mean"].as_f64().unwrap() - 20.0).abs() < 1e-9);
    assert!((change["criteria_mean"][0].as_f64().unwrap() - 30.0).abs() < 1e-9);
    assert!(change["criteria_mean"][1].as_f64().unwrap().abs() < 1e-9);
    // Medians 55.6 -> 73.3.
    assert!((change["overall_median"].as_f64().unwrap() - 17.7).abs() < 1e-9);
    let table = compare(&["--view", "trend"]);
    assert!(
        table.contains("+17.8 ▲") && table.contains("-13.3 ▼"),
        "{table}"
    );
}

#[test]
fn network_aggregate_weakest_first() {
    let out = compare(&["--format", "csv", "--view", "network"]);
    let rows = csv_rows(&out);
    let h = header(&out);
    let col = |name: &str| h.iter().position(|x| x == name).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r[col("id")].as_str()).collect();
    // At target 2026: B.1 0/3, B.2 0/2 (B.1 mean lower), A.2 1/2, A.3 1/2 (A.2 mean lower), A.1 3/3.
    assert_eq!(ids, ["A", "B", "B.1", "B.2", "A.2", "A.3", "A.1"]);
    let b1 = &rows[2];
    // B.1 levels 1, 1, 2: mean (33.3+33.3+66.7)/3 = 44.4, median 33.3.
    let pick = |r: &Vec<String>, names: &[&str]| -> Vec<String> {
        names.iter().map(|n| r[col(n)].clone()).collect()
    };
    assert_eq!(
        pick(
            b1,
            &[
                "answered",
                "mean",
                "median",
                "min",
                "max",
                "at_target",
                "coverage",
                "level:0",
                "level:1",
                "level:2",
                "level:3",
                "na",
                "unanswered"
            ]
        ),
        [
            "3", "44.4", "33.3", "33.3", "66.7", "0.0", "100.0", "0", "2", "1", "0", "0", "0"
        ]
    );
    // A.1 levels 2, 2, 3 with target 2: all at target.
    assert_eq!(
        pick(&rows[6], &["mean", "median", "at_target"]),
        ["77.8", "66.7", "100.0"]
    );
    // Criterion A: 100, 93.3, 46.7 -> mean 80.0, median 93.3; answered 7 of 9 in scope.
    assert_eq!(
        pick(
            &rows[0],
            &["answered", "mean", "median", "min", "max", "coverage"]
        ),
        ["3", "80.0", "93.3", "46.7", "100.0", "77.8"]
    );
}

#[test]
fn grid_versions_are_bridged_with_a_line() {
    let md = compare(&["--format", "markdown"]);
    assert!(
        md.contains(
            "1 assessment of fixture 1.0.0 compared with fixture 2.0.0 through \\`replaces\\`"
        ),
        "{md}"
    );
}

/// With --grid, an assessment of another grid fails its check (read, but not
/// comparable): exit 1. Without, the command cannot tell which grid to use: exit 2.
#[test]
fn different_grids_are_refused() {
    aqor()
        .args(["compare", &format!("{DIR}/2026"), &format!("{DIR}/other")])
        .args(["--grid", &format!("{DIR}/grid.yaml")])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "other.yaml:1:1: error: this assessment answers grid “other-grid”, not “fixture”",
        ));
    aqor()
        .args([
            "compare",
            &format!("{DIR}/2026/alpha.yaml"),
            &format!("{DIR}/other"),
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("the inputs name different grids"));
}

#[test]
fn two_campaign_csvs_a_year_apart() {
    let out = aqor()
        .args([
            "compare",
            "examples/aqor-campaign-2025.csv",
            "examples/aqor-campaign-2026.csv",
        ])
        .args(["--format", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    // Each campaign file is one campaign, named after the file, oldest first.
    let names: Vec<&str> = json["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["campaign"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["aqor-campaign-2025", "aqor-campaign-2026"]);
    assert!(!json["trends"].as_array().unwrap().is_empty());
    assert!(json["network_change"]["overall_mean"].is_number());
}

#[test]
fn csv_neutralises_formulas() {
    let out = compare(&["--format", "csv"]);
    assert!(out.contains("'=SUM(1+1)") && out.contains("'=delta"));
    assert!(!out.lines().any(|l| l.starts_with('=') || l.contains(",=")));
}

#[test]
fn html_escapes_every_input_text() {
    let out = aqor()
        .args(["compare", &format!("{DIR}/2025"), "--format", "html"])
        .args(["--grid", &format!("{DIR}/grid.yaml")])
        .assert()
        .success();
    let html = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
    assert!(!html.to_lowercase().contains("<script"));
    // Self-contained: no link to anything outside the file.
    for external in ["<link", "src=", "url(", "@import", "https://"] {
        assert!(!html.contains(external), "{external}");
    }
    assert!(html.contains("<svg class=\"heatmap\""));
}

#[test]
fn html_has_the_three_charts_with_several_dates() {
    let html = compare(&["--format", "html"]);
    for chart in ["class=\"heatmap\"", "class=\"bullets\"", "class=\"trend\""] {
        assert!(html.contains(chart), "{chart}");
    }
}

#[test]
fn anonymize_hides_names_and_ids_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let secrets = [
        "Alpha",
        "Beta",
        "SUM",
        "cio-alpha",
        "ml-beta",
        "delta",
        "gamma",
    ];
    for format in ["table", "markdown", "csv", "json", "html"] {
        for view in ["all", "trend"] {
            let key = tmp.path().join(format!("key-{format}-{view}.csv"));
            let out = compare(&[
                "--format",
                format,
                "--view",
                view,
                "--anonymize",
                "--key-out",
                key.to_str().unwrap(),
            ]);
            for s in secrets {
                assert!(!out.contains(s), "{format}/{view} shows {s}");
            }
            assert!(out.contains("S0"), "{format}/{view} shows no code");
            let key_text = std::fs::read_to_string(&key).unwrap();
            assert!(key_text.contains("cio-alpha") && key_text.contains("Alpha CIO"));
        }
    }
    // The key maps codes back: the code shown for Alpha's 2026 row is Alpha's in the key.
    let key = tmp.path().join("key.csv");
    let out = compare(&[
        "--format",
        "csv",
        "--anonymize",
        "--key-out",
        key.to_str().unwrap(),
    ]);
    let key_rows = csv_rows(&std::fs::read_to_string(&key).unwrap());
    let alpha_code = &key_rows.iter().find(|r| r[1] == "cio-alpha").unwrap()[0];
    let row = csv_rows(&out)
        .into_iter()
        .find(|r| &r[0] == alpha_code)
        .unwrap();
    assert_eq!(&row[3..6], ["93.3", "33.3", "73.3"]);
    // The key is never overwritten without --force.
    aqor()
        .args([
            "compare",
            &format!("{DIR}/2026"),
            "--grid",
            &format!("{DIR}/grid.yaml"),
        ])
        .args(["--anonymize", "--key-out", key.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("exists; use --force"));
}

#[test]
fn anonymize_needs_a_key_file() {
    aqor()
        .args(["compare", &format!("{DIR}/2026"), "--anonymize"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--key-out"));
}

#[test]
fn output_file_is_written_once() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("r.md");
    let run = || {
        aqor()
            .args([
                "compare",
                &format!("{DIR}/2026"),
                "--grid",
                &format!("{DIR}/grid.yaml"),
            ])
            .args(["--format", "markdown", "-o", out.to_str().unwrap()])
            .assert()
    };
    run().success().stdout("");
    assert!(std::fs::read_to_string(&out).unwrap().contains("Alpha CIO"));
    run().code(2);
}

#[test]
fn unreadable_input_is_a_usage_error() {
    aqor()
        .args([
            "compare",
            "no/such/file.yaml",
            "--grid",
            &format!("{DIR}/grid.yaml"),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read no/such/file.yaml"));
    assert!(!Path::new("no/such/file.yaml").exists());
}

#[test]
fn french_words_with_lang() {
    let out = compare(&["--format", "markdown", "--lang", "fr"]);
    assert!(
        out.contains("Côte à côte") && out.contains("Accès"),
        "{out}"
    );
}

#[test]
fn recognition_per_campaign_and_over_time() {
    // Rules: overall >= 60, A.1 at target (2), at most 2 indicators below target.
    // 2025: alpha 55.6 with A.1 at 1; beta 4 below target; gamma 33.3, A.1 at 0, 3 below.
    // 2026: delta and alpha meet it; beta fails overall (47.8) and has 4 below target.
    let json: serde_json::Value = serde_json::from_str(&compare(&["--format", "json"])).unwrap();
    assert_eq!(json["recognition_label"], "Fixture label");
    let rec = |k: usize| json["campaigns"][k]["network"]["recognition"].clone();
    assert_eq!(
        (rec(0)["met"].as_u64(), rec(0)["evaluated"].as_u64()),
        (Some(0), Some(3))
    );
    assert_eq!(rec(1)["met"].as_u64(), Some(2));
    let rules = |k: usize| -> Vec<(String, u64)> {
        rec(k)["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["rule"].as_str().unwrap().to_string(),
                    r["failed"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let pairs = |v: &[(&str, u64)]| -> Vec<(String, u64)> {
        v.iter().map(|(r, n)| (r.to_string(), *n)).collect()
    };
    assert_eq!(
        rules(0),
        pairs(&[
            ("min_overall: 60", 2),
            ("at_target: [A.1]", 2),
            ("max_below_target: 2", 2)
        ])
    );
    assert_eq!(
        rules(1),
        pairs(&[
            ("min_overall: 60", 1),
            ("max_below_target: 2", 1),
            ("at_target: [A.1]", 0)
        ])
    );
    let alpha = json["trends"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["structure"]["id"] == "cio-alpha")
        .unwrap();
    let met: Vec<bool> = alpha["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["recognition"].as_bool().unwrap())
        .collect();
    assert_eq!(met, [false, true]);
    let table = compare(&["--view", "trend"]);
    assert!(table.contains("0/3") && table.contains("2/3"), "{table}");
}

#[test]
fn an_assessment_with_errors_stops_everything() {
    aqor()
        .args(["compare", &format!("{DIR}/2026"), &format!("{DIR}/bad")])
        .args(["--grid", &format!("{DIR}/grid.yaml"), "--format", "csv"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("bad.yaml:6:")
                .and(predicate::str::contains("1 invalid row or file")),
        );
}
