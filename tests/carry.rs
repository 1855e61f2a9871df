//! One rule carries answers to a newer grid version (docs/grids.md, "Carrying
//! answers"): `migrate`, `score`, `compare` and `plan` give the same answer when an old
//! assessment answers both C1.1 and C1.2 and the new C1.2 `replaces: [C1.1]`.
//!
//! The assessment answers C1.1 `2` first, then C1.2 `1`: C1.2 keeps its own answer, `1`.

mod common;

use common::run;

const OLD: &str = "tests/fixtures/migrate/cio-demo-1.0.yaml";
const OLD_GRID: &str = "tests/fixtures/grid/demo-1.0.yaml";
const NEW_GRID: &str = "tests/fixtures/carry/demo-1.2.yaml";

#[test]
fn migrate_score_compare_and_plan_keep_the_same_answer() {
    let dir = tempfile::tempdir().unwrap();

    let out = dir.path().join("cio.yaml");
    let o = run(
        &[
            "migrate",
            OLD,
            "--from",
            OLD_GRID,
            "--to",
            NEW_GRID,
            "-o",
            out.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    o.says("C1.1 (2): merged into C1.2, which keeps the answer of C1.2");
    let text = std::fs::read_to_string(&out).unwrap();
    let migrated = aqor::assessment::parse(&text, "cio.yaml")
        .unwrap()
        .assessment;
    assert_eq!(migrated.answers["C1.2"].level.as_str(), "1");
    assert!(!migrated.answers.contains_key("C1.1"));

    let o = run(
        &["score", OLD, "--grid", NEW_GRID, "--format", "json"],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let json: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let c12 = json["assessments"][0]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "C1.2")
        .unwrap();
    assert_eq!(c12["level"], "1", "{c12}");
    o.says("merged into C1.2");
    o.says("note: 1 assessment of demo 1.0.0 carried to demo 1.2.0");

    let o = run(
        &[
            "compare",
            OLD,
            "--grid",
            NEW_GRID,
            "--by",
            "indicator",
            "--format",
            "csv",
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let mut rows = csv::Reader::from_reader(o.stdout.as_bytes());
    let header = rows.headers().unwrap().clone();
    let at = header.iter().position(|h| h == "C1.2").unwrap();
    let row = rows.records().next().unwrap().unwrap();
    // Level 1 on a 0–3 scale.
    assert_eq!(&row[at], "33.3", "{}", o.stdout);

    let pdf = dir.path().join("cio.pdf");
    let o = run(
        &[
            "plan",
            OLD,
            "--grid",
            NEW_GRID,
            "--lang",
            "en",
            "-o",
            pdf.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let text = pdf_extract::extract_text(&pdf).unwrap();
    // Table cells wrap: words are compared with the line breaks gone.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Information 1 · In progress"), "{words}");
}

/// A campaign CSV of an older version reads against the newer grid by the same rule:
/// a replaced id's columns are its successor's; a merged one is left out with a warning.
#[test]
fn campaign_columns_of_an_older_version_are_carried() {
    let o = run(
        &[
            "score",
            "tests/fixtures/carry/campaign-1.0.csv",
            "--grid",
            "tests/fixtures/grid/demo-2.0.yaml",
            "--format",
            "json",
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    o.says("campaign-1.0.csv: column C1.1 of an older version is read as A.1 (A.1 replaces C1.1 in demo 2.0.0)");
    let doc: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let a1 = &doc["assessments"][0]["answers"]["A.1"];
    assert_eq!(a1["level"], "2");
    assert_eq!(a1["comment"], "horaires affichés");
    // C1.1 and C1.2 both answered, the new C1.2 replaces C1.1: C1.2 keeps its own answer.
    let o = run(
        &[
            "score",
            "tests/fixtures/carry/campaign-1.0-merge.csv",
            "--grid",
            NEW_GRID,
            "--format",
            "json",
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    o.says("warning: tests/fixtures/carry/campaign-1.0-merge.csv: column C1.1 of an older version is left out: demo 1.2.0 merges it into C1.2, which keeps the answers of C1.2");
    let doc: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(doc["assessments"][0]["answers"]["C1.2"]["level"], "1");
}

/// `aqor migrate` takes a campaign CSV: a migrated CSV of the new grid (read back by
/// `score` with no note), or one assessment file per structure.
#[test]
fn migrate_carries_a_campaign_csv() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("campaign-2.0.csv");
    let from = "tests/fixtures/carry/campaign-1.0-merge.csv";
    let args = |extra: &[&str]| {
        let mut a = vec![
            "migrate",
            from,
            "--from",
            OLD_GRID,
            "--to",
            "tests/fixtures/grid/demo-2.0.yaml",
        ];
        a.extend_from_slice(extra);
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    // The scale of C2.2 changed: refused without a level map, nothing written.
    let a = args(&["-o", out.to_str().unwrap()]);
    let o = run(&refs(&a), |_| {});
    assert_eq!(o.code, 1, "{}", o.stderr);
    o.says("C2.2: answer “2” on level4");
    assert!(!out.exists());
    let a = args(&[
        "-o",
        out.to_str().unwrap(),
        "--level-map",
        "C2.2:0=no,C2.2:1=no,C2.2:2=yes,C2.2:3=yes",
    ]);
    let o = run(&refs(&a), |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    o.says("C1.1 → A.1 (2)");
    o.says("C1.3 (3): removed in demo 2.0.0");
    let csv = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        csv,
        "structure_id,structure_name,network,date,campaign,grid,A.1,C1.2,C2.1,C2.2,C2.3\n\
         cio-demo,CIO démo,,2026-03-02,campaign-1.0-merge,demo@2.0.0,2,1,3,yes,\n"
    );
    let o = run(
        &[
            "score",
            out.to_str().unwrap(),
            "--grid",
            "tests/fixtures/grid/demo-2.0.yaml",
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    // One assessment file per structure.
    let folder = dir.path().join("assessments");
    let a = args(&[
        "--out-dir",
        folder.to_str().unwrap(),
        "--level-map",
        "C2.2:0=no,C2.2:1=no,C2.2:2=yes,C2.2:3=yes",
    ]);
    let o = run(&refs(&a), |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    let yaml = std::fs::read_to_string(folder.join("cio-demo.yaml")).unwrap();
    // Again without --force: refused before anything is written (exit 2).
    let o = run(&refs(&a), |_| {});
    assert_eq!(o.code, 2, "{}", o.stderr);
    o.says("cio-demo.yaml already exists; use --force");
    assert_eq!(
        std::fs::read_to_string(folder.join("cio-demo.yaml")).unwrap(),
        yaml
    );
    assert!(
        yaml.contains("version: \"2.0.0\"") && yaml.contains("A.1:"),
        "{yaml}"
    );
    // Without --from, the `grid` column must name the version.
    let o = run(
        &["migrate", from, "--to", "tests/fixtures/grid/demo-2.0.yaml"],
        |_| {},
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    o.says("has no `grid` column naming the version it answers");
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}
