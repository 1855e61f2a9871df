//! Issue 14 through the binary: levels as people type them, dates, action columns,
//! what people wrote in JSON, `--explain` and plans, the `grid` column.

mod common;

use common::{Outcome, run};

const GRID: &str = "tests/fixtures/score/grid.yaml";
const DIR: &str = "tests/fixtures/campaigns";

fn score(file: &str, extra: &[&str]) -> Outcome {
    let path = format!("{DIR}/{file}");
    let mut args = vec!["score", path.as_str(), "--grid", GRID];
    args.extend_from_slice(extra);
    run(&args, |_| {})
}

#[test]
fn levels_by_label_in_any_language_case_and_accents() {
    let o = score("labels.csv", &["--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let doc: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let a = &doc["assessments"];
    let level = |n: usize, id: &str| a[n]["answers"][id]["level"].as_str().unwrap().to_string();
    // " Réalisé " → 2, MAITRISE → 3, N/A → na, "en cours" → 1, OUI → yes.
    assert_eq!(level(0, "A.1"), "2");
    assert_eq!(level(0, "A.2"), "3");
    assert_eq!(level(0, "A.3"), "na");
    assert_eq!(level(0, "B.1"), "1");
    assert_eq!(level(0, "B.2"), "yes");
    // "Non applicable" → na, "non engagé" → 0, "Non" → no.
    assert_eq!(level(1, "A.2"), "na");
    assert_eq!(level(1, "A.3"), "0");
    assert_eq!(level(1, "B.2"), "no");
    // 24.11.2025 is a date.
    assert_eq!(a[0]["date"], "2025-11-24");
    // The reason of the na reaches the JSON.
    assert_eq!(a[0]["answers"]["A.3"]["comment"], "fermé le lundi");
}

#[test]
fn unknown_level_lists_the_levels_and_suggests_one() {
    let o = score("bad-level.csv", &[]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    o.says("bad-level.csv row 2, column A.1: “Realisee” is not a level; allowed: 0 Not started, 1 In progress, 2 Done, 3 Mastered, na; did you mean 2 Réalisé?");
}

#[test]
fn excel_serial_date_is_named() {
    let o = score("excel-date.csv", &[]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    o.says("column date: “45383” is a spreadsheet's day number (2024-04-01), not a date; format the column as a date (YYYY-MM-DD) before saving the CSV");
}

#[test]
fn future_date_is_a_warning() {
    let o = score("future.csv", &["--format", "csv"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    o.says("future.csv row 2, column date: 2099-11-24 is in the future; is the year right?");
    assert!(
        o.stdout.contains("s1,Structure un,2099-11-24"),
        "{}",
        o.stdout
    );
}

#[test]
fn action_columns_reach_json_and_explain() {
    let o = score("actions.csv", &["--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let doc: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let a = &doc["assessments"][0]["answers"];
    assert_eq!(a["A.1"]["action"]["text"], "Afficher les horaires");
    assert_eq!(a["A.1"]["action"]["owner"], "Ana Martin");
    assert_eq!(a["A.1"]["action"]["due"], "2026-01-31");
    assert_eq!(a["A.1"]["action"]["status"], "doing");
    assert_eq!(a["A.2"]["evidence"], "Classeur 2024");
    assert_eq!(a["A.2"]["importance"], 4);
    let o = score("actions.csv", &["--explain=s1", "--lang", "en"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    for said in [
        "Planned action: Afficher les horaires (Ana Martin, 31 January 2026, in progress)",
        "Comment: Fiches à jour en partie",
        "Evidence: Classeur 2024",
        "Importance: 4/4",
        "Reason: Pas de locaux propres",
    ] {
        assert!(o.stdout.contains(said), "{said}: {}", o.stdout);
    }
}

#[test]
fn action_columns_are_checked() {
    let o = score("bad-actions.csv", &[]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    for m in [
        "bad-actions.csv row 2, column A.1:due: “31/02/2026” is not a real date: February 2026 has 28 days",
        "bad-actions.csv row 2, column A.1:status: status “started” is not todo, doing or done",
        "bad-actions.csv row 3, column A.1: an action, owner, due date or status without a level; give the indicator's level too",
    ] {
        assert!(o.stderr.contains(m), "{m}: {}", o.stderr);
    }
}

#[test]
fn template_writes_grid_and_action_columns() {
    let o = run(&["template", GRID, "--actions"], |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stdout.starts_with(
            "structure_id,structure_name,network,date,profiles,grid,A.1,A.1:action,A.1:owner,A.1:due,A.1:status,A.2,"
        ),
        "{}",
        o.stdout
    );
}

#[test]
fn a_campaign_of_another_built_in_grid_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("qualiopi.csv");
    let header = run(&["template", "qualiopi"], |_| {}).stdout;
    std::fs::write(&file, header).unwrap();
    let o = run(&["score", file.to_str().unwrap(), "--grid", "aqor"], |_| {});
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("columns are not in aqor")
            && o.stderr.contains("this looks like a campaign of the built-in grid “qualiopi”; read it with `--grid qualiopi`"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.lines().count() < 5, "{}", o.stderr);
}

#[test]
fn plan_shows_comments_reasons_and_actions_from_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("plan.pdf");
    let path = format!("{DIR}/actions.csv");
    let o = run(
        &[
            "plan",
            &path,
            "--grid",
            GRID,
            "--lang",
            "en",
            "-o",
            pdf.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let text = pdf_extract::extract_text(&pdf).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for said in [
        "Comment: Fiches à jour en partie",
        "Evidence: Classeur 2024",
        "Importance: 4/4",
        "Not applicable: indicators and why",
        "Pas de locaux propres",
        "Ana Martin",
        "31 January 2026",
    ] {
        assert!(text.contains(said), "{said}: {text}");
    }
}

fn campaigns(files: &[&str], extra: &[&str]) -> Vec<(String, u64)> {
    let paths: Vec<String> = files.iter().map(|f| format!("{DIR}/{f}")).collect();
    let mut args: Vec<&str> = vec!["compare"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(["--grid", GRID, "--format", "json"]);
    args.extend_from_slice(extra);
    let o = run(&args, |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    let doc: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    doc["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["campaign"].as_str().unwrap().to_string(),
                c["network"]["assessments"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn school_years_from_1_september() {
    // Loose assessment files: Oct 2024 + Mar 2025, then Dec 2025 + Jan 2026.
    let files = ["school"];
    assert_eq!(
        campaigns(&files, &["--period", "school"]),
        [("2024-2025".to_string(), 2), ("2025-2026".to_string(), 2)]
    );
    // By calendar year the same dates split three ways.
    assert_eq!(
        campaigns(&files, &[]),
        [
            ("2024".to_string(), 1),
            ("2025".to_string(), 2),
            ("2026".to_string(), 1)
        ]
    );
}

#[test]
fn a_campaign_column_names_the_campaign() {
    assert_eq!(
        campaigns(&["named.csv"], &[]),
        [("printemps".to_string(), 2)]
    );
    // Without one, a campaign file is one campaign named after the file, whatever its dates.
    assert_eq!(
        campaigns(&["named.csv", "labels.csv"], &[]),
        [("labels".to_string(), 2), ("printemps".to_string(), 2)]
    );
}

#[test]
fn html_report_lists_comments_per_indicator_anonymised() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("net.html");
    let key = dir.path().join("key.csv");
    let path = format!("{DIR}/actions.csv");
    let o = run(
        &[
            "compare",
            &path,
            "--grid",
            GRID,
            "--lang",
            "en",
            "--format",
            "html",
            "-o",
            html.to_str().unwrap(),
            "--anonymize",
            "--key-out",
            key.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(
        text.contains("What the structures wrote, by indicator"),
        "{text}"
    );
    assert!(
        text.contains("<li><b>S01</b>: Fiches à jour en partie</li>"),
        "{text}"
    );
    assert!(
        text.contains("<li><b>S01</b>: Pas de locaux propres</li>"),
        "{text}"
    );
    assert!(!text.contains("Structure un"), "{text}");
}

#[test]
fn a_filled_grid_cell_is_enough_to_find_a_built_in_grid() {
    let header = run(&["template", "aqor"], |_| {}).stdout;
    let names: Vec<&str> = header.trim_end().split(',').collect();
    let row: Vec<&str> = names
        .iter()
        .map(|n| match *n {
            "structure_id" => "cio-blois",
            "date" => "2025-11-24",
            "grid" => "aqor@1.0.0",
            _ => "",
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campagne.csv");
    std::fs::write(&file, format!("{header}{}\n", row.join(","))).unwrap();
    let o = run(
        &["score", file.to_str().unwrap(), "--format", "csv"],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.contains("cio-blois"), "{}", o.stdout);
}

#[test]
fn plans_over_time_show_last_campaign_and_carry_it_in_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plans");
    let (old, new) = (
        format!("{DIR}/previous-2024.csv"),
        format!("{DIR}/actions.csv"),
    );
    let o = run(
        &[
            "plan",
            &old,
            &new,
            "--grid",
            GRID,
            "--lang",
            "en",
            "--out-dir",
            out.to_str().unwrap(),
            "--structure",
            "s1",
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["plan-s1-actions.pdf"]);
    let text = pdf_extract::extract_text(out.join("plan-s1-actions.pdf")).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // Last campaign: A 33.3, B 16.7, overall 27.8.
    for said in [
        "Previous — previous-2024 (2024-11-20)",
        "27.8",
        "Previous (previous-2024): 1 · In progress",
        "Comment: Fiches à jour en partie",
        "Pas de locaux propres",
        "Ana Martin",
    ] {
        assert!(text.contains(said), "{said}: {text}");
    }
    let o = run(
        &[
            "plan",
            &old,
            &new,
            "--grid",
            GRID,
            "-o",
            "x.pdf",
            "--structure",
            "s9",
        ],
        |_| {},
    );
    assert_ne!(o.code, 0);
    o.says("no structure “s9” in the latest campaign of the inputs");
}

#[test]
fn a_structure_twice_in_a_campaign_is_refused_or_its_latest_kept() {
    let o = score("twice.csv", &["--format", "csv"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert_eq!(o.stdout, "");
    o.says("twice.csv row 4, column structure_id: “s1” is assessed twice in campaign twice: here and in tests/fixtures/campaigns/twice.csv row 2; keep one, or give --keep latest to use the later one");
    // --keep latest: the later row is used, the other left out with a note; never both.
    let o = score("twice.csv", &["--format", "csv", "--keep", "latest"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let rows: Vec<&str> = o.stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{}", o.stdout);
    assert!(
        rows.iter()
            .any(|r| r.starts_with("s1,Structure un,2026-02-20,"))
    );
    o.says("tests/fixtures/campaigns/twice.csv row 2: left out: “s1” has a later assessment in campaign twice (tests/fixtures/campaigns/twice.csv row 4) and --keep latest was given");
    // The network statistics count it once.
    assert_eq!(
        campaigns(&["twice.csv"], &["--keep", "latest"]),
        [("twice".to_string(), 2)]
    );
    // The same structure in two campaigns is not a duplicate.
    let o = score("twice.csv", &["--format", "csv", "--period", "school"]);
    assert_eq!(
        o.code, 1,
        "a campaign file stays one campaign: {}",
        o.stderr
    );
    let o = run(
        &[
            "score",
            "tests/fixtures/campaigns/labels.csv",
            "tests/fixtures/campaigns/named.csv",
            "--grid",
            GRID,
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
}

#[test]
fn the_campaign_flag_names_campaigns_of_inputs_that_name_none() {
    // Two files, one campaign: and then s1 and s2 are each assessed twice in it.
    let o = run(
        &[
            "score",
            "tests/fixtures/campaigns/labels.csv",
            "tests/fixtures/campaigns/twice.csv",
            "--grid",
            GRID,
            "--campaign",
            "2025-2026",
        ],
        |_| {},
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    o.says("“s2” is assessed twice in campaign 2025-2026: here and in tests/fixtures/campaigns/labels.csv row 3");
    // A `campaign` column still wins over --campaign.
    assert_eq!(
        campaigns(&["named.csv", "labels.csv"], &["--campaign", "hiver"]),
        [("hiver".to_string(), 2), ("printemps".to_string(), 2)]
    );
}

#[test]
fn a_missing_indicator_column_is_a_warning_and_with_strict_an_error() {
    let o = score("missing-column.csv", &["--format", "csv"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    o.says("warning: tests/fixtures/campaigns/missing-column.csv: no column for A.2: unanswered in this file (2 structures); their coverage is at most 80.0%");
    assert_eq!(o.stdout.lines().count(), 3);
    // B.3 is asked of `cfa` structures only and the file has no profiles: not missing.
    assert!(!o.stderr.contains("B.3"), "{}", o.stderr);
    let o = score("missing-column.csv", &["--format", "csv", "--strict"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert_eq!(o.stdout, "");
    o.says("missing-column.csv row 1: no column for A.2, which the grid asks; add them (empty cells stay unanswered), or leave out --strict");
}

#[test]
fn a_date_far_from_the_rest_of_its_campaign_is_a_warning() {
    let o = score("far-date.csv", &["--format", "csv"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    o.says("warning: tests/fixtures/campaigns/far-date.csv row 5, column date: 2025-01-16 is more than six months from the rest of campaign far-date (its middle is 2026-01-10); is the date right, or does it belong to another campaign?");
    // By calendar year, December 2025 and March 2025 are one phantom campaign: said,
    // with the school year it would fall in.
    let o = run(
        &[
            "compare",
            "tests/fixtures/campaigns/school",
            "--grid",
            GRID,
            "--format",
            "csv",
        ],
        |_| {},
    );
    o.says("s1-2025-12-01.yaml: 2025-12-01 is more than six months from the rest of campaign 2025 (its middle is 2025-03-10); by school year (--period school) it would be in 2025-2026");
    // By school year they are two campaigns of close dates: no warning.
    let o = run(
        &[
            "compare",
            "tests/fixtures/campaigns/school",
            "--grid",
            GRID,
            "--format",
            "csv",
            "--period",
            "school",
        ],
        |_| {},
    );
    assert!(!o.stderr.contains("six months"), "{}", o.stderr);
}
