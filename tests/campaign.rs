//! Campaign CSVs as spreadsheets export them, read through `aqor score`.

mod common;
use common::aqor;

use predicates::prelude::*;

const DIR: &str = "tests/fixtures/score";
const GRID: &str = "tests/fixtures/score/grid.yaml";

/// Hand-computed from SPEC's formulas on tests/fixtures/score/grid.yaml:
/// s1: A = (1/3×1 + 1×3) / 4 = 83.3 (A.3 na), B = 0 (B.2 unanswered),
///     overall = (83.3×2 + 0×1) / 3 = 55.6, coverage 4/5 = 80.0 (B.3 out of scope);
/// s2: A = (2/3×1 + 2/3×3 + 1/3×1) / 5 = 60.0, B = (1 + 1) / 2 = 100.0,
///     overall = (60×2 + 100) / 3 = 73.3, coverage 5/5.
const EXPECTED: &str = "structure_id,structure_name,date,overall,A,B,coverage\n\
                        s1,Structure un,2026-11-24,55.6,83.3,0.0,80.0\n\
                        s2,\"Deux, Zoé\",2026-11-25,73.3,60.0,100.0,100.0\n";

fn scores_csv(file: &str) -> String {
    let out = aqor()
        .args(["score", &format!("{DIR}/quirks/{file}"), "--grid", GRID])
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{file}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn plain_comma_lf() {
    assert_eq!(scores_csv("plain.csv"), EXPECTED);
}

#[test]
fn utf8_bom_semicolon_crlf_and_dd_mm_yyyy() {
    assert_eq!(scores_csv("utf8-bom-semicolon-crlf.csv"), EXPECTED);
}

#[test]
fn windows_1252() {
    assert_eq!(scores_csv("cp1252.csv"), EXPECTED);
}

#[test]
fn tab_delimited() {
    assert_eq!(scores_csv("tab.csv"), EXPECTED);
}

#[test]
fn quoted_cells_with_newlines() {
    assert_eq!(scores_csv("quoted-newline.csv"), EXPECTED);
}

#[test]
fn columns_in_any_order() {
    assert_eq!(scores_csv("column-order.csv"), EXPECTED);
}

#[test]
fn forced_delimiter() {
    // With `,` forced, the `;` file has one column per line: its header lacks everything.
    aqor()
        .args([
            "score",
            &format!("{DIR}/quirks/utf8-bom-semicolon-crlf.csv"),
        ])
        .args(["--grid", GRID, "--delimiter", ","])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "column structure_id;structure_name;date",
        ));
    aqor()
        .args(["score", &format!("{DIR}/quirks/tab.csv"), "--grid", GRID])
        .args(["--delimiter", "tab", "--format", "csv"])
        .assert()
        .success()
        .stdout(EXPECTED);
}

const ERRORS: [&str; 7] = [
    "tests/fixtures/score/errors.csv row 2, column A.1: “4” is not a level; allowed: 0 Not started, 1 In progress, 2 Done, 3 Mastered, na",
    "tests/fixtures/score/errors.csv row 2, column B.2: `na` is not allowed on scale yesno (no, yes)",
    "tests/fixtures/score/errors.csv row 3, column structure_id: missing structure_id; every row needs the structure's id",
    "tests/fixtures/score/errors.csv row 4, column date: “2025-02-30” is not a real date: February 2025 has 28 days",
    "tests/fixtures/score/errors.csv row 4, column A.2:importance: importance “9” is not 1, 2, 3 or 4",
    "tests/fixtures/score/errors.csv row 6, column structure_id: “s4” is assessed twice in campaign errors: here and in tests/fixtures/score/errors.csv row 5; keep one, or give --keep latest to use the later one",
    "tests/fixtures/score/errors.csv row 7: has 8 cells but the header has 7; a “,” inside a cell needs quotes around the cell",
];

#[test]
fn every_problem_with_row_and_column_and_no_scores() {
    let out = aqor()
        .args(["score", &format!("{DIR}/errors.csv"), "--grid", GRID])
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no scores when a row is bad");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines[..7], ERRORS, "{stderr}");
    // The file lacks the columns of A.3 and B.1: said once the rows are read.
    assert!(
        lines[7].starts_with("warning: tests/fixtures/score/errors.csv: no column for A.3, B.1"),
        "{stderr}"
    );
    assert!(lines[8].contains("5 invalid rows or files") && lines[8].contains("--skip-invalid"));
}

#[test]
fn skip_invalid_scores_the_valid_rows() {
    let out = aqor()
        .args(["score", &format!("{DIR}/errors.csv"), "--grid", GRID])
        .args(["--format", "csv", "--skip-invalid"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<&str> = stdout.lines().skip(1).map(|l| &l[..2]).collect();
    assert_eq!(ids, ["s4"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    for e in ERRORS {
        assert!(stderr.contains(e), "missing {e} in {stderr}");
    }
    assert!(stderr.contains("skipped 5 invalid rows or files; used 1 assessment"));
}

#[test]
fn unknown_columns_are_named_with_a_suggestion() {
    aqor()
        .args(["score", &format!("{DIR}/unknown-column.csv"), "--grid", GRID])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "unknown-column.csv row 1, column a.1: unknown column “a.1”; did you mean “A.1”?",
        ))
        .stderr(predicate::str::contains(
            "unknown-column.csv row 1, column B.2:note: unknown column “B.2:note”; after `B.2:` write comment, evidence, importance, action, owner, due or status",
        ));
}

#[test]
fn not_a_delimited_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("one-column.csv");
    std::fs::write(&f, "structure_id\ns1\n").unwrap();
    aqor()
        .args(["score", f.to_str().unwrap(), "--grid", GRID])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot tell the delimiter"));
}

#[test]
fn unreadable_file_is_exit_2() {
    aqor()
        .args(["score", "tests/fixtures/score/no-such.csv", "--grid", GRID])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such.csv"));
}
