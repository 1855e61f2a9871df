//! `aqor score`: formats, `--explain`, inputs (YAML, folders, stdin), grid detection, examples.

mod common;
use common::aqor;

use predicates::prelude::*;
use serde_json::Value;

const DIR: &str = "tests/fixtures/score";
const GRID: &str = "tests/fixtures/score/grid.yaml";

fn stdout(args: &[&str]) -> String {
    let out = aqor().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// SPEC's worked example (tests/fixtures/score/worked.yaml), computed by hand:
/// A.1 = 1/3 (weight 1), A.2 = 1 (weight 3), A.3 na → A = (1/3 + 3) / 4 = 83.33 %;
/// B.1 = 0, B.2 unanswered → B = 0 %; criterion weights 2 and 1 →
/// overall = (83.33×2 + 0) / 3 = 55.56 %; coverage 4 of 5 in scope = 80 %.
#[test]
fn worked_example_yaml_and_csv_agree() {
    let expected = "structure_id,structure_name,date,overall,A,B,coverage\n\
                    s1,Structure un,2026-11-24,55.6,83.3,0.0,80.0\n";
    for file in ["worked.yaml", "worked.csv"] {
        let path = format!("{DIR}/{file}");
        assert_eq!(
            stdout(&["score", &path, "--grid", GRID, "--format", "csv"]),
            expected,
            "{file}"
        );
    }
}

#[test]
fn worked_example_json() {
    let out = stdout(&[
        "score",
        &format!("{DIR}/worked.yaml"),
        "--grid",
        GRID,
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["grid"]["id"], "demo");
    assert_eq!(v["grid"]["criteria"][0]["weight"], 2.0);
    let a = &v["assessments"][0];
    assert_eq!(a["structure"]["id"], "s1");
    assert_eq!(a["date"], "2026-11-24");
    let close = |x: &Value, want: f64| (x.as_f64().unwrap() - want).abs() < 1e-9;
    assert!(close(&a["overall"], 500.0 / 9.0), "{}", a["overall"]);
    assert!(close(&a["coverage"], 80.0));
    assert!(close(&a["criteria"][0]["score"], 250.0 / 3.0));
    assert_eq!(a["criteria"][1]["answered"], 1);
    let ind = &a["indicators"];
    assert_eq!(ind[0]["id"], "A.1");
    assert_eq!(ind[0]["status"], "scored");
    assert_eq!(ind[0]["level"], "1");
    // gap 2/3 − 1/3; priority = gap × weight 1 × criterion weight 2 × importance 4 / 2.
    assert!(close(&ind[0]["gap"], 1.0 / 3.0));
    assert!(close(&ind[0]["priority"], 4.0 / 3.0));
    assert_eq!(ind[2]["status"], "not_applicable");
    assert_eq!(ind[4]["status"], "unanswered");
    assert_eq!(ind[5]["status"], "out_of_scope");
    assert!(a.get("recognition").is_none(), "the demo grid has no label");
}

#[test]
fn explain_shows_each_computation_and_gains() {
    let out = stdout(&[
        "score",
        &format!("{DIR}/worked.csv"),
        "--grid",
        GRID,
        "--explain",
        "--lang",
        "en",
    ]);
    for line in [
        // The date in words, numbers as the language writes them (issue 20).
        "Structure un (s1) — 24 November 2026 — demo 1.0.0",
        "A Welcome (weight 2)",
        "  = (33.3×1 + 100.0×3) / (1 + 3) = 83.3%",
        "  A.3       na  not applicable",
        "  B.2           unanswered",
        "  B.3           out of scope",
        "Overall = (83.3×2 + 0.0×1) / (2 + 1) = 55.6%",
        "Coverage = 4 answered (1 na) / 5 in scope = 80.0%",
    ] {
        assert!(out.contains(line), "missing {line:?} in\n{out}");
    }
    // B.1 at target (3): B = 100, overall = (83.33×2 + 100) / 3, +33.3; A.1 to 2: +5.6.
    // The gains table names levels by their labels.
    let b1 = out
        .find("+33.3 ┆ B.1 Network       ┆ 0 · Not started ┆ 3 · Mastered")
        .expect(&out);
    let a1 = out
        .find("+5.6 ┆ A.1 Opening hours ┆ 1 · In progress ┆ 2 · Done")
        .expect(&out);
    assert!(b1 < a1, "largest gain first");
}

#[test]
fn explain_picks_a_structure() {
    let quirk = format!("{DIR}/quirks/plain.csv");
    aqor()
        .args(["score", &quirk, "--grid", GRID, "--explain"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "say which with --explain=ID (e.g. s1, s2)",
        ));
    aqor()
        .args(["score", &quirk, "--grid", GRID, "--explain=s3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no structure “s3”"));
    let out = stdout(&[
        "score",
        &quirk,
        "--grid",
        GRID,
        "--explain=s2",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["explained"][0]["structure"]["id"], "s2");
    assert!(v["explained"][0]["gains"].is_array());
}

#[test]
fn table_and_markdown_in_a_language() {
    let quirk = format!("{DIR}/quirks/plain.csv");
    let md = stdout(&[
        "score", &quirk, "--grid", GRID, "--format", "markdown", "--lang", "fr",
    ]);
    assert!(md.starts_with(
        "| Identifiant | Structure | Date | Global | A | B | Couverture |\n| --- | --- | --- | ---: | ---: | ---: | ---: |\n| s1 | Structure un | 2026-11-24 | 55.6 | 83.3 | 0.0 | 80.0 |\n"
    ), "{md}");
    assert!(md.contains("- A: Accueil\n"));
    let table = stdout(&["score", &quirk, "--grid", GRID, "--lang", "en"]);
    assert!(table.contains("Coverage") && table.contains("73.3"));
    assert!(
        !table.contains('\u{1b}'),
        "no colours when stdout is not a terminal"
    );
}

#[test]
fn folders_are_searched_recursively() {
    let out = stdout(&[
        "score",
        &format!("{DIR}/folder"),
        "--grid",
        GRID,
        "--format",
        "csv",
    ]);
    let ids: Vec<&str> = out
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    // a.yaml, then sub/b.csv; the grid file and notes.txt are not inputs.
    assert_eq!(ids, ["f1", "s1", "s2"]);
}

#[test]
fn stdin_csv_and_yaml() {
    let csv = std::fs::read(format!("{DIR}/quirks/utf8-bom-semicolon-crlf.csv")).unwrap();
    aqor()
        .args(["score", "-", "--grid", GRID, "--format", "csv"])
        .write_stdin(csv)
        .assert()
        .success()
        .stdout(predicate::str::contains("s2,\"Deux, Zoé\",2026-11-25,73.3"));
    let yaml = std::fs::read(format!("{DIR}/worked.yaml")).unwrap();
    aqor()
        .args(["score", "-", "--grid", GRID, "--format", "csv"])
        .write_stdin(yaml)
        .assert()
        .success()
        .stdout(predicate::str::ends_with(
            "s1,Structure un,2026-11-24,55.6,83.3,0.0,80.0\n",
        ));
    aqor()
        .args(["score", "-", "--grid", GRID])
        .write_stdin("structure_id,date,A.1\ns1,2026-11-24,7\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "<stdin> row 2, column A.1: “7” is not a level",
        ));
}

#[test]
fn duplicates_across_inputs() {
    aqor()
        .args(["score", &format!("{DIR}/worked.yaml"), &format!("{DIR}/worked.csv"), "--grid", GRID, "--campaign", "printemps 2026"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "worked.csv row 2, column structure_id: “s1” is assessed twice in campaign printemps 2026: here and in tests/fixtures/score/worked.yaml; keep one, or give --keep latest to use the later one",
        ));
    // Without --campaign they are two campaigns: the file's own and the year of the YAML's date.
    aqor()
        .args([
            "score",
            &format!("{DIR}/worked.yaml"),
            &format!("{DIR}/worked.csv"),
            "--grid",
            GRID,
        ])
        .assert()
        .success();
}

/// Past the entries the duplicate check keeps in memory (set tiny here), pairs read
/// twice are found at the end, with the same messages; nothing is printed.
#[test]
fn duplicates_found_after_the_check_spilled_to_disk() {
    let csv = "structure_id,date,A.1\ns1,2025-01-01,1\ns2,2025-01-01,1\ns3,2025-01-01,1\n\
               s1,01/01/2025,2\ns4,2025-01-01,1\ns2,2025-01-01,0\ns1,2025-01-01,0\n";
    let expected = [
        "<stdin> row 5, column structure_id: “s1” is assessed twice in campaign 2025: here and in <stdin> row 2; keep one, or give --keep latest to use the later one",
        "<stdin> row 7, column structure_id: “s2” is assessed twice in campaign 2025: here and in <stdin> row 3; keep one, or give --keep latest to use the later one",
        "<stdin> row 8, column structure_id: “s1” is assessed twice in campaign 2025: here and in <stdin> row 2; keep one, or give --keep latest to use the later one",
        "error: 3 invalid rows or files; fix them, or use --skip-invalid to leave them out",
    ];
    for keys in ["2", "3", "1000"] {
        let out = aqor()
            .args(["score", "-", "--grid", GRID, "--format", "csv"])
            .env("AQOR_SEEN_MEMORY_KEYS", keys)
            .write_stdin(csv)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{keys}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        let lines: Vec<&str> = stderr
            .lines()
            .filter(|l| !l.starts_with("warning"))
            .collect();
        assert_eq!(lines, expected, "{keys}");
    }
    // Rows already scored cannot be left out any more: said, not silently kept.
    aqor()
        .args(["score", "-", "--grid", GRID, "--skip-invalid"])
        .env("AQOR_SEEN_MEMORY_KEYS", "2")
        .write_stdin(csv)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "error: 3 assessments read twice were found only after the whole input was scored (it has over 2 structures and campaigns); remove them and run again",
        ));
}

/// A campaign given twice repeats every row: found at the end, the first thousand are
/// listed and the rest counted (memory stays bounded whatever the number).
#[test]
fn many_late_duplicates_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.csv");
    let rows: String = (0..1100).map(|n| format!("s{n},2025-01-01,1\n")).collect();
    std::fs::write(&path, format!("structure_id,date,A.1\n{rows}")).unwrap();
    let path = path.to_str().unwrap();
    let out = aqor()
        .args(["score", path, path, "--grid", GRID, "--format", "csv"])
        .env("AQOR_SEEN_MEMORY_KEYS", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let listed = stderr
        .lines()
        .filter(|l| l.contains("is assessed twice"))
        .count();
    assert_eq!(listed, 1000);
    assert!(
        stderr.contains("… and 100 more assessments read twice, not listed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: 1,100 invalid rows or files"),
        "{stderr}"
    );
}

/// A pipe (`<(…)`) is read once, like stdin, though its kind and grid are looked at first.
#[test]
fn pipes_are_read_once() {
    let aqor = assert_cmd::cargo::cargo_bin("aqor");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "{} score <(cat {DIR}/worked.csv) --grid {GRID} --format csv",
            aqor.display()
        ))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "structure_id,structure_name,date,overall,A,B,coverage\n\
         s1,Structure un,2026-11-24,55.6,83.3,0.0,80.0\n"
    );
}

#[test]
fn grid_from_file_name_column_or_assessment() {
    for file in ["aqor-named.csv", "with-grid-column.csv"] {
        let out = stdout(&["score", &format!("{DIR}/{file}"), "--format", "csv"]);
        assert!(
            out.starts_with(
                "structure_id,structure_name,date,overall,C1,C2,C3,C4,coverage,recognition\n"
            ),
            "{file}: {out}"
        );
    }
    let yaml = "format: aqor-assessment/1\ngrid: {id: aqor, version: 1.0.0}\nstructure: {id: x}\ndate: 2026-01-05\nanswers:\n  C1.1: {level: \"3\"}\n";
    aqor()
        .args(["score", "-", "--format", "csv"])
        .write_stdin(yaml)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "x,,2026-01-05,100.0,100.0,,,,3.8,not met",
        ));
}

#[test]
fn no_grid_named_asks_for_one() {
    aqor()
        .args(["score", &format!("{DIR}/worked.csv")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("which grid? give --grid GRID"));
    aqor()
        .args(["score", &format!("{DIR}/worked.yaml")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no grid “demo”"));
}

#[test]
fn example_campaigns() {
    let y25 = stdout(&[
        "score",
        "examples/aqor-campaign-2025.csv",
        "--format",
        "csv",
    ]);
    let y26 = stdout(&[
        "score",
        "examples/aqor-campaign-2026.csv",
        "--format",
        "csv",
    ]);
    assert_eq!(y25.lines().count(), 13);
    assert_eq!(y26.lines().count(), 10);
    assert!(y25.contains("cfa-industrie-41,") && !y26.contains("cfa-industrie-41,"));
    assert!(!y25.contains("pij-montoire,") && y26.contains("pij-montoire,"));
    assert!(y26.contains("CIO de Vendôme"));
    // The whole folder: both campaigns and the assessments, the 0.9 grid skipped.
    let all = stdout(&["score", "examples", "--format", "csv"]);
    // 2026: nine rows of the spreadsheet and three assessment files.
    assert_eq!(all.lines().count(), 1 + 12 + 9 + 3);
}

/// The fast path of `--format csv` (campaign rows scored straight into totals) and the
/// full row builder give the same output and the same messages, on a campaign mixing
/// plain rows with every case the fast path hands back (profiles, importance, invalid
/// levels, dates, grid cells, duplicates, more warnings than are shown).
#[test]
fn fast_path_and_full_path_agree() {
    let file = format!("{DIR}/fast-path.csv");
    for format in ["csv", "table", "markdown"] {
        let args = [
            "score",
            &file,
            "--grid",
            GRID,
            "--format",
            format,
            "--skip-invalid",
        ];
        let fast = aqor().args(args).output().unwrap();
        let full = aqor()
            .args(args)
            .env("AQOR_NO_FAST_PATH", "1")
            .output()
            .unwrap();
        assert!(fast.status.success(), "{format}");
        assert_eq!(fast.status.code(), full.status.code());
        assert_eq!(
            String::from_utf8_lossy(&fast.stdout),
            String::from_utf8_lossy(&full.stdout),
            "{format}"
        );
        assert_eq!(
            String::from_utf8_lossy(&fast.stderr),
            String::from_utf8_lossy(&full.stderr),
            "{format}"
        );
        if format == "csv" {
            assert_eq!(fast.stdout.iter().filter(|b| **b == b'\n').count(), 51);
        }
    }
}
