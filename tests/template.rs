//! `aqor template`: the campaign header for a grid.

mod common;
use common::aqor;

use predicates::prelude::*;

const GRID: &str = "tests/fixtures/score/grid.yaml";

#[test]
fn header_of_a_grid() {
    aqor()
        .args(["template", GRID])
        .assert()
        .success()
        .stdout("structure_id,structure_name,network,date,profiles,grid,A.1,A.2,A.3,B.1,B.2,B.3\n");
}

#[test]
fn french_spreadsheets_and_comment_columns() {
    aqor()
        .args(["template", GRID, "--delimiter", ";", "--comments", "--lang", "fr"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "structure_id;structure_name;network;date;profiles;grid;A.1;A.1:comment;A.1:evidence;A.1:importance;A.2;",
        ))
        .stdout(predicate::str::ends_with("B.3:importance\n"));
}

#[test]
fn a_filled_template_reads_back() {
    let out = aqor()
        .args(["template", GRID, "--comments"])
        .output()
        .unwrap();
    let mut csv = String::from_utf8(out.stdout).unwrap();
    let cells = csv.trim_end().split(',').count();
    let mut row = vec![""; cells];
    // The `grid` cell as the template's user fills it in.
    (row[0], row[3], row[5], row[6]) = ("s1", "2026-11-24", "demo@1.0.0", "2");
    csv += &(row.join(",") + "\n");
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("filled.csv");
    std::fs::write(&f, csv).unwrap();
    aqor()
        .args([
            "score",
            f.to_str().unwrap(),
            "--grid",
            GRID,
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("s1,,2026-11-24,66.7,66.7,,20.0"));
}

#[test]
fn built_in_grid_and_unknown_grid() {
    aqor()
        .args(["template", "aqor"])
        .assert()
        .success()
        .stdout(predicate::str::contains(",C1.1,").and(predicate::str::contains(",C4.6\n")));
    aqor()
        .args(["template", "no-such-grid"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no grid “no-such-grid”"));
}
