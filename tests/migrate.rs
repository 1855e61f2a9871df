//! `aqor migrate` through the binary: carried, dropped, unanswered, level maps,
//! refusals, finding the old grid, and a round trip through the written file.

mod common;

use std::path::Path;

const ASSESSMENT: &str = "tests/fixtures/migrate/cio-demo-1.0.yaml";

fn demo(v: &str) -> String {
    format!("tests/fixtures/grid/demo-{v}.yaml")
}

/// Runs `aqor migrate ARGS…`; returns (exit code, stdout, stderr).
fn migrate(args: &[&str]) -> (i32, String, String) {
    let out = common::aqor().arg("migrate").args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn read_assessment(path: &Path) -> aqor::assessment::Located {
    let text = std::fs::read_to_string(path).unwrap();
    aqor::assessment::parse(&text, "out.yaml").unwrap()
}

fn load(path: &str) -> aqor::grid::Grid {
    aqor::grid::load_file(Path::new(path)).unwrap()
}

#[test]
fn refuses_a_changed_scale_without_a_level_map() {
    let (code, out, err) = migrate(&[ASSESSMENT, "--to", &demo("2.0")]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "error: the scale changed for 1 answer and the level map does not say what it becomes:\n  \
         C2.2: answer “2” on level4 (0, 1, 2, 3, na), new scale yesno (no, yes)\n\
         give the mapping with --level-map, e.g. --level-map 0=no,1=no,2=yes,3=yes,na=-\n"
    );
}

#[test]
fn carries_renamed_drops_removed_maps_levels_and_lists_new_indicators() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("cio.yaml");
    let out = out_file.to_str().unwrap();
    let (code, stdout, err) = migrate(&[
        ASSESSMENT,
        "--to",
        &demo("2.0"),
        "-o",
        out,
        "--level-map",
        "0=no,1=no",
        "--level-map",
        "C2.2:2=yes",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(stdout, "");
    assert_eq!(
        err,
        "migrated cio-blois from demo 1.0.0 to demo 2.0.0\n\
         carried (4): C1.1 → A.1 (2), C1.2 (1), C2.1 (na), C2.2 (2 → yes)\n\
         dropped (1): C1.3 (0): removed in demo 2.0.0\n\
         newly unanswered (new indicators) (1): C2.3\n"
    );
    let new_grid = load(&demo("2.0"));
    let located = read_assessment(&out_file);
    let a = &located.assessment;
    assert_eq!(a.grid.version, "2.0.0");
    assert_eq!(a.grid.sha256.as_deref(), Some(new_grid.sha256.as_str()));
    let ids: Vec<&str> = a.answers.keys().map(String::as_str).collect();
    assert_eq!(ids, ["A.1", "C1.2", "C2.1", "C2.2"], "new grid order");
    assert_eq!(
        a.answers["A.1"].comment.as_deref(),
        Some("Affiche à l'entrée")
    );
    assert_eq!(a.answers["C2.2"].importance, Some(3));
    assert_eq!(a.structure.name, "CIO de Blois");
    // The written file is a valid assessment of the new grid.
    let findings = aqor::assessment::check(&located, &new_grid, "out.yaml");
    assert!(findings.is_empty(), "{findings:?}");

    // Never over an existing file without --force.
    let (code, _, err) = migrate(&[ASSESSMENT, "--to", &demo("1.1"), "-o", out]);
    assert_eq!(code, 2);
    assert!(
        err.contains("already exists; use --force to replace it"),
        "{err}"
    );
    assert_eq!(read_assessment(&out_file).assessment.grid.version, "2.0.0");
    let (code, _, _) = migrate(&[ASSESSMENT, "--to", &demo("1.1"), "-o", out, "--force"]);
    assert_eq!(code, 0);
    assert_eq!(read_assessment(&out_file).assessment.grid.version, "1.1.0");
}

/// 1.0 -> 1.1 -> 2.0 gives the same answers as 1.0 -> 2.0; the old grid of the
/// second step is found beside the new one by id, version and sha256.
#[test]
fn round_trip_through_an_intermediate_version() {
    let dir = tempfile::tempdir().unwrap();
    let step = dir.path().join("step.yaml");
    let (code, _, err) = migrate(&[
        ASSESSMENT,
        "--to",
        &demo("1.1"),
        "-o",
        step.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.ends_with("newly unanswered (new indicators) (1): C2.3\n"),
        "{err}"
    );
    let map = "0=no,1=no,2=yes,3=yes";
    let (code, two_steps, err) = migrate(&[
        step.to_str().unwrap(),
        "--to",
        &demo("2.0"),
        "--level-map",
        map,
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, direct, _) = migrate(&[ASSESSMENT, "--to", &demo("2.0"), "--level-map", map]);
    assert_eq!(code, 0);
    assert_eq!(two_steps, direct);
}

#[test]
fn level_map_may_drop_and_is_checked() {
    let (code, out, err) = migrate(&[ASSESSMENT, "--to", &demo("2.0"), "--level-map", "2=-"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("C2.2"), "{out}");
    assert!(
        err.contains(
            "dropped (2): C1.3 (0): removed in demo 2.0.0, C2.2 (2): the level map drops it\n"
        ),
        "{err}"
    );
    assert!(err.contains("still unanswered (1): C2.2\n"), "{err}");

    let (code, _, err) = migrate(&[ASSESSMENT, "--to", &demo("2.0"), "--level-map", "2=maybe"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: bad --level-map: “maybe” is not an answer on scale yesno of C2.2 (no, yes)\n"
    );
    let (code, _, err) = migrate(&[ASSESSMENT, "--to", &demo("2.0"), "--level-map", "2"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: bad --level-map: “2” is not OLD=NEW (e.g. 2=yes, or C2.2:2=yes for one indicator)\n"
    );
}

#[test]
fn old_grid_must_be_found_and_match() {
    let dir = tempfile::tempdir().unwrap();
    let lone = dir.path().join("cio.yaml");
    std::fs::copy(ASSESSMENT, &lone).unwrap();
    // Not beside the new grid (a built-in one) nor the assessment: ask for --from.
    let (code, _, err) = migrate(&[lone.to_str().unwrap(), "--to", "aqor"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: cannot find grid demo 1.0.0 that "),
        "{err}"
    );
    assert!(err.ends_with("give it with --from FILE\n"), "{err}");
    // --from a grid whose content is not the one the assessment recorded.
    let (code, _, err) = migrate(&[ASSESSMENT, "--from", &demo("1.0.1"), "--to", &demo("1.1")]);
    assert_eq!(code, 1);
    assert!(
        err.contains("this assessment answers demo 1.0.0, not version 1.0.1"),
        "{err}"
    );
    // A newer grid of another id.
    let (code, _, err) = migrate(&[ASSESSMENT, "--to", "tests/fixtures/grid/small.yaml"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: small 1.0.0 is not a version of grid “demo”; migrate carries answers between versions of one grid\n"
    );
    // Not newer.
    let (code, _, err) = migrate(&[ASSESSMENT, "--to", &demo("1.0")]);
    assert_eq!(code, 1);
    assert_eq!(err, "error: demo 1.0.0 is not newer than demo 1.0.0\n");
}

#[test]
fn unreadable_assessment_is_exit_2() {
    let (code, _, err) = migrate(&["no/such.yaml", "--to", &demo("1.1")]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: cannot read assessment no/such.yaml"),
        "{err}"
    );
}

/// The shipped pair: an assessment of the example aqor 0.9 carried to the built-in aqor.
#[test]
fn example_older_aqor_to_the_built_in_one() {
    let old = load("examples/grids/aqor-0.9.yaml");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cio.yaml");
    let text = format!(
        "format: aqor-assessment/1\n\
         grid: {{id: aqor, version: {}, sha256: \"{}\"}}\n\
         structure: {{id: cio-blois, name: CIO de Blois}}\n\
         date: 2025-11-20\n\
         answers:\n  C1.1: {{level: \"2\"}}\n  C5.1: {{level: \"1\"}}\n  C4.7: {{level: \"3\"}}\n",
        old.version, old.sha256
    );
    std::fs::write(&file, text).unwrap();
    let (code, out, err) = migrate(&[
        file.to_str().unwrap(),
        "--from",
        "examples/grids/aqor-0.9.yaml",
        "--to",
        "aqor",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("carried (2): C1.1 (2), C5.1 → C3.7 (1)\n"),
        "{err}"
    );
    assert!(
        err.contains("dropped (1): C4.7 (3): removed in aqor 1.0.0\n"),
        "{err}"
    );
    assert!(
        err.contains("newly unanswered (new indicators) (1): C1.6\n"),
        "{err}"
    );
    let new = aqor::grid::builtin::get("aqor").unwrap();
    let located = aqor::assessment::parse(&out, "out.yaml").unwrap();
    assert!(aqor::assessment::check(&located, &new, "out.yaml").is_empty());
}
