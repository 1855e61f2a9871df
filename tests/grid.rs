//! `aqor grid …` through the binary: check (every loader check and lint), show, list,
//! schema, diff.

use assert_cmd::Command;

const FIX: &str = "tests/fixtures/grid";

fn aqor() -> Command {
    Command::cargo_bin("aqor").unwrap()
}

/// Runs `aqor grid ARGS…`; returns (exit code, stdout, stderr).
fn grid(args: &[&str]) -> (i32, String, String) {
    let out = aqor().arg("grid").args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `grid check` on one fixture of `bad/`: exit 1 and exactly these lines.
fn assert_errors(fixture: &str, expected: &[&str]) {
    let path = format!("{FIX}/bad/{fixture}");
    let (code, out, _) = grid(&["check", &path]);
    let lines: Vec<String> = out.lines().map(|l| l.replace(&path, "F")).collect();
    assert_eq!(lines, expected, "{fixture}");
    assert_eq!(code, 1, "{fixture}");
}

#[test]
fn unknown_keys_all_reported_with_did_you_mean() {
    assert_errors(
        "unknown-keys.yaml",
        &[
            "F:6:1: error: unknown key `titel` in the grid; did you mean `title`? keys here: criteria, description, format, id, languages, profiles, recognition, scales, source, title, version",
            "F:11:5: error: unknown key `colour` in a scale; keys here: allow_na, id, levels",
            "F:41:9: error: unknown key `guidence` in an indicator; did you mean `guidance`? keys here: actions, applies_to, evidence, guidance, id, replaces, scale, target, title, weight",
        ],
    );
}

#[test]
fn unknown_rule_names() {
    assert_errors(
        "bad-rule-name.yaml",
        &[
            "F:48:8: error: unknown key `min_overal` in a rule; did you mean `min_overall`? keys here: min_overall, min_criterion, min_coverage, max_below_target, no_level, max_level_count, at_target",
            "F:49:8: error: unknown key `max_below` in a rule; did you mean `max_below_target`? keys here: min_overall, min_criterion, min_coverage, max_below_target, no_level, max_level_count, at_target",
        ],
    );
}

#[test]
fn duplicate_keys() {
    assert_errors(
        "duplicate-key.yaml",
        &[
            "F:5:1: error: duplicate key `id` (first at line 3, column 1); a key may appear only once here",
            "F:44:9: error: duplicate key `scale` (first at line 42, column 9); a key may appear only once here",
        ],
    );
}

#[test]
fn duplicate_ids() {
    assert_errors(
        "duplicate-id.yaml",
        &[
            "F:34:9: error: duplicate criterion id `C1` (first defined at line 17); ids must be unique",
            "F:38:13: error: duplicate indicator id `C1.1` (first defined at line 20); ids must be unique",
        ],
    );
}

#[test]
fn unknown_scale_lists_the_scales() {
    assert_errors(
        "unknown-scale.yaml",
        &[
            "F:41:16: error: unknown scale `levl4` for indicator `C2.1`; did you mean `level4`? scales here: level4",
        ],
    );
}

#[test]
fn bad_target_and_below() {
    assert_errors(
        "bad-target.yaml",
        &[
            "F:25:17: error: target `5` of indicator `C1.1` is not a level of scale `level4` (levels: 0, 1, 2, 3)",
            "F:33:21: error: `below` `4` of indicator `C1.2` is not a level of scale `level4` (levels: 0, 1, 2, 3)",
        ],
    );
}

#[test]
fn missing_default_language_text() {
    assert_errors(
        "missing-default-text.yaml",
        &[
            "F:22:19: error: guidance of `C1.1` has no text in the default language `fr`",
            "F:29:16: error: title of indicator `C1.2` has no text in the default language `fr`",
        ],
    );
}

#[test]
fn levels_must_increase_and_na_is_reserved() {
    assert_errors(
        "levels.yaml",
        &[
            "F:12:14: error: level id `na` is reserved for \"not applicable\"; use `allow_na: true` instead",
            "F:15:14: error: level `2` scores 1 but the level before it, `1`, scores 1; levels go lowest first with increasing scores",
        ],
    );
}

#[test]
fn empty_criterion() {
    assert_errors(
        "empty-criterion.yaml",
        &["F:36:17: error: criterion `C3` has no indicators; add one or remove the criterion"],
    );
}

#[test]
fn bad_format_id_and_version() {
    assert_errors(
        "bad-id-version.yaml",
        &[
            "F:2:9: error: format `aqor-grid/2` is not one aqor reads; expected `aqor-grid/1`",
            "F:3:5: error: grid id `Small_Grid` must use only lowercase letters, digits and '-' (e.g. `aqor`)",
            "F:4:10: error: version `1.0` is not semver; write it as MAJOR.MINOR.PATCH, e.g. 1.0.0",
        ],
    );
}

#[test]
fn bad_recognition_rules() {
    assert_errors(
        "bad-recognition.yaml",
        &[
            "F:48:21: error: `min_overall: 170` must be a percentage between 0 and 100",
            "F:49:19: error: recognition rule names level `nc_major`, which no scale defines; levels here: 0, 1, 2, 3",
            "F:50:20: error: `at_target` names indicator `C1.3`, which the grid does not have; did you mean `C1.2`?",
        ],
    );
}

#[test]
fn negative_weight_unknown_profile_and_non_text() {
    assert_errors(
        "weight.yaml",
        &["F:36:13: error: weight -2 must be a number >= 0"],
    );
    assert_errors(
        "profiles.yaml",
        &[
            "F:43:22: error: `applies_to` of `C2.1` names profile `cfa`, which the grid does not define (profiles: none)",
        ],
    );
    assert_errors(
        "not-a-text.yaml",
        &[
            "F:18:5: error: invalid type: sequence, expected a text: a string, or a map language -> string such as {fr: \"…\", en: \"…\"}",
        ],
    );
}

#[test]
fn lints_are_warnings_and_strict_makes_them_fail() {
    let path = format!("{FIX}/lints.yaml");
    let (code, out, err) = grid(&["check", &path]);
    assert_eq!(code, 0);
    let lines: Vec<String> = out.lines().map(|l| l.replace(&path, "F")).collect();
    assert_eq!(
        lines,
        [
            "F:1:1: warning: the grid has no `it` text for: title; the grid declares fr, en, it",
            "F:12:14: warning: level `0` of scale `level4` has no `it` text for: label; the grid declares fr, en, it",
            "F:13:14: warning: level `1` of scale `level4` has no `it` text for: label; the grid declares fr, en, it",
            "F:14:14: warning: level `2` of scale `level4` has no `it` text for: label; the grid declares fr, en, it",
            "F:15:14: warning: level `3` of scale `level4` has no `it` text for: label; the grid declares fr, en, it",
            "F:16:9: warning: scale `yesno` is not used by any indicator; remove it or use it",
            "F:21:10: warning: profile `cfa` is not named in any indicator's `applies_to`; it selects nothing",
            "F:23:9: warning: criterion `C1` has no `it` text for: title; the grid declares fr, en, it",
            "F:26:13: warning: indicator `C1.1` has no `it` text for: title, guidance, evidence 1, action below `2`; the grid declares fr, en, it",
            "F:26:13: warning: indicator `C1.1` replaces `C1.2`, which is still an indicator of this grid; `replaces` lists ids of earlier versions",
            "F:35:13: warning: indicator `C1.2` has no `it` text for: title, action below `3`; the grid declares fr, en, it",
            "F:35:13: warning: indicator `C1.2` has no guidance; say what the assessor should look at",
            "F:40:9: warning: criterion `C2` has no `it` text for: title; the grid declares fr, en, it",
            "F:44:13: warning: indicator `C2.1` has no `it` text for: title, guidance, action below `0`; the grid declares fr, en, it",
            "F:44:13: warning: indicator `C2.1` has a `de` text, but `languages` does not list `de`; add it there or remove the text",
            "F:44:13: warning: indicator `C2.1` offers no action for an answer at level `0`, below its target `1`; add an action with `below: \"1\"`",
            "F:50:21: warning: action of `C2.1` below `0` never applies: no level is below the lowest one",
        ]
    );
    assert_eq!(err, "1 grid file checked: 0 errors, 17 warnings\n");
    let (code, _, _) = grid(&["check", "--strict", &path]);
    assert_eq!(code, 1);
}

#[test]
fn clean_grid_passes_strict() {
    let (code, out, err) = grid(&["check", "--strict", &format!("{FIX}/small.yaml")]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert_eq!(err, "1 grid file checked: 0 errors, 0 warnings\n");
}

#[test]
fn unreadable_file_is_exit_2_and_others_are_still_checked() {
    let bad = format!("{FIX}/bad/weight.yaml");
    let (code, out, err) = grid(&["check", "no/such/grid.yaml", &bad]);
    assert_eq!(code, 2);
    assert!(out.contains("weight -2 must be"), "{out}");
    assert!(
        err.contains("error: cannot read grid no/such/grid.yaml:"),
        "{err}"
    );
    assert!(
        err.ends_with("2 grid files checked: 1 error, 0 warnings, 1 unreadable\n"),
        "{err}"
    );
}

#[test]
fn invalid_utf8_and_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.yaml");
    std::fs::write(&latin1, b"format: aqor-grid/1\nid: caf\xe9\n").unwrap();
    let empty = dir.path().join("empty.yaml");
    std::fs::write(&empty, b"").unwrap();
    let (code, out, _) = grid(&["check", latin1.to_str().unwrap(), empty.to_str().unwrap()]);
    assert_eq!(code, 1);
    let d = dir.path().display();
    assert_eq!(
        out,
        format!(
            "{d}/latin1.yaml:2:8: error: not UTF-8 text (invalid byte here); save the grid as UTF-8\n\
             {d}/empty.yaml:1:1: error: the file is empty; a grid starts with `format: aqor-grid/1`\n"
        )
    );
}

#[test]
fn huge_file_fails_fast() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.yaml");
    std::fs::write(&big, "# padding\n".repeat(5 * 1024 * 1024)).unwrap();
    let start = std::time::Instant::now();
    let (code, out, _) = grid(&["check", big.to_str().unwrap()]);
    assert!(start.elapsed().as_millis() < 1000);
    assert_eq!(code, 1);
    assert!(
        out.ends_with("big.yaml:0:0: error: file is larger than the 8388608 bytes a grid may have; is this really a grid?\n"),
        "{out}"
    );
}

#[test]
fn github_annotations() {
    let (code, out, _) = grid(&[
        "check",
        "--format",
        "github",
        &format!("{FIX}/bad/unknown-scale.yaml"),
        &format!("{FIX}/lints.yaml"),
    ]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "::error file=tests/fixtures/grid/bad/unknown-scale.yaml,line=41,col=16::unknown scale `levl4` for indicator `C2.1`; did you mean `level4`? scales here: level4"
    );
    assert_eq!(
        lines[1],
        "::warning file=tests/fixtures/grid/lints.yaml,line=1,col=1::the grid has no `it` text for: title; the grid declares fr, en, it"
    );
    assert_eq!(lines.len(), 18);
}

#[test]
fn json_format() {
    let (code, out, _) = grid(&[
        "check",
        "--format",
        "json",
        &format!("{FIX}/bad/empty-criterion.yaml"),
        &format!("{FIX}/small.yaml"),
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["files"], 2);
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 0);
    assert_eq!(
        v["findings"][0],
        serde_json::json!({
            "severity": "error",
            "file": "tests/fixtures/grid/bad/empty-criterion.yaml",
            "line": 36,
            "col": 17,
            "message": "criterion `C3` has no indicators; add one or remove the criterion",
        })
    );
}

#[test]
fn a_folder_stands_for_its_yaml_files() {
    let (code, _, err) = grid(&["check", &format!("{FIX}/bad")]);
    assert_eq!(code, 1);
    let n = std::fs::read_dir(format!("{FIX}/bad")).unwrap().count();
    assert!(
        err.starts_with(&format!("{n} grid files checked: ")),
        "{err}"
    );
}

/// Every built-in grid (and the example older grid) passes the strict check.
#[test]
fn built_in_grids_pass_strict_check() {
    for (id, file, _) in aqor::grid::builtin::SOURCES {
        let (code, out, _) = grid(&["check", "--strict", file]);
        assert_eq!((code, out.as_str()), (0, ""), "{id}");
    }
    let (code, out, _) = grid(&["check", "--strict", "examples/grids/aqor-0.9.yaml"]);
    assert_eq!((code, out.as_str()), (0, ""));
    // The embedded copies, by id.
    let ids: Vec<&str> = aqor::grid::builtin::SOURCES.iter().map(|s| s.0).collect();
    let mut args = vec!["check", "--strict"];
    args.extend(&ids);
    let (code, _, err) = grid(&args);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.starts_with(&format!(
            "{} grid files checked: 0 errors, 0 warnings",
            ids.len()
        )),
        "{err}"
    );
}

/// The shipped example pair: aqor 0.9 -> the built-in aqor removes C4.7 (major),
/// renames C5.1/C5.2 through `replaces` and adds C1.6.
#[test]
fn diff_of_the_example_older_aqor() {
    let (code, out, _) = grid(&[
        "diff",
        "examples/grids/aqor-0.9.yaml",
        "aqor",
        "--check-version",
    ]);
    assert_eq!(code, 0, "{out}");
    for line in [
        "  added             C1.6 in C1\n",
        "  renamed           C3.7 (was C5.1)\n",
        "  moved             C3.7: C5 -> C3\n",
        "  renamed           C3.8 (was C5.2)\n",
        "  removed           C4.7\n",
        "  criterion removed criterion C5\n",
        "required bump: major (removed)\nversion bump: major\n",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }
    // Swapped, the built-in grid is older than the example: the bump is missing.
    let (code, _, err) = grid(&[
        "diff",
        "aqor",
        "examples/grids/aqor-0.9.yaml",
        "--check-version",
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        ("error: 0.9.0 is not higher than 1.0.0, but the changes need a major bump; set version to 2.0.0 or higher\n")
    );
}

#[test]
fn show_csv_in_the_chosen_language() {
    let (code, out, _) = grid(&[
        "show",
        &format!("{FIX}/small.yaml"),
        "--lang",
        "en",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "criterion,criterion_title,indicator,indicator_title,scale,weight,target,applies_to\n\
         C1,Reception,C1.1,Open access,level4,1,2,\n\
         C1,Reception,C1.2,Information,level4,1,3,\n\
         C2,Network,C2.1,Partnerships,level4,1,1,\n"
    );
}

#[test]
fn show_table_markdown_json() {
    let small = format!("{FIX}/small.yaml");
    let (code, out, _) = grid(&["show", &small]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(
            "Petite grille (small 1.0.0)\nLangues\u{202f}: fr, en\nSource\u{202f}: aqor test fixture\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "Échelle\u{202f}: level4\u{202f}: 0 Non engagé · 1 En cours · 2 Réalisé · 3 Maîtrisé"
        ),
        "{out}"
    );
    assert!(out.contains("│   C2.1     ┆ Partenariats"), "{out}");

    let (_, md, _) = grid(&["show", &small, "--format", "markdown", "--lang", "en"]);
    assert!(md.starts_with("# Small grid\n"), "{md}");
    assert!(
        md.contains("### C1.1 Open access\n\nScale: level4 · Weight: 1 · Target: 2\n\nGuidance: Opening hours shown\n\nEvidence:\n\n- Poster\n\nActions:\n\n- (below 2) Show the opening hours\n"),
        "{md}"
    );

    let (_, json, _) = grid(&["show", &small, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["criteria"][1]["indicators"][0]["id"], "C2.1");
    assert_eq!(v["criteria"][1]["weight"], 2.0);
    assert_eq!(
        v["criteria"][0]["indicators"][0]["title"]["en"],
        "Open access"
    );
}

#[test]
fn show_unknown_grid_is_a_usage_error() {
    let (code, _, err) = grid(&["show", "nosuchgrid"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no grid `nosuchgrid`: not a built-in grid (aqor"),
        "{err}"
    );
    let (code, _, err) = grid(&["show", &format!("{FIX}/bad/weight.yaml")]);
    assert_eq!(code, 1);
    assert!(
        err.contains("weight.yaml:36:13: error: weight -2 must be a number >= 0"),
        "{err}"
    );
}

#[test]
fn list_built_in_and_folder_grids() {
    let (code, out, err) = grid(&["list", "--path", FIX, "--format", "json"]);
    assert_eq!(code, 0);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for (id, _, _) in aqor::grid::builtin::SOURCES {
        assert!(ids.contains(id), "{ids:?}");
    }
    let small = rows.iter().find(|r| r["id"] == "small").unwrap();
    assert_eq!(small["indicators"], 3);
    assert_eq!(small["version"], "1.0.0");
    assert_eq!(small["languages"], serde_json::json!(["fr", "en"]));
    assert_eq!(small["source"], "tests/fixtures/grid/small.yaml");
    assert!(
        err.contains("note: skipped tests/fixtures/grid/bad/weight.yaml: 1 error(s); see `aqor grid check tests/fixtures/grid/bad/weight.yaml`"),
        "{err}"
    );
    let (code, table, _) = grid(&["list"]);
    assert_eq!(code, 0);
    assert!(table.contains("│ aqor "), "{table}");
}

/// The committed schema is what `aqor grid schema` prints (regenerate it with
/// `aqor grid schema > schemas/aqor-grid-1.schema.json`).
#[test]
fn committed_schema_is_current() {
    let (code, out, _) = grid(&["schema"]);
    assert_eq!(code, 0);
    let committed = std::fs::read_to_string("schemas/aqor-grid-1.schema.json").unwrap();
    assert_eq!(out, committed);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["$defs"]["Indicator"]["additionalProperties"], false);
    assert_eq!(
        v["required"],
        serde_json::json!([
            "format",
            "id",
            "version",
            "languages",
            "title",
            "scales",
            "criteria"
        ])
    );
}

fn demo(v: &str) -> String {
    format!("{FIX}/demo-{v}.yaml")
}

#[test]
fn diff_major_lists_every_kind_of_change() {
    let (code, out, _) = grid(&["diff", &demo("1.0"), &demo("2.0"), "--check-version"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "demo 1.0.0 -> demo 2.0.0: 10 changes
  renamed           A.1 (was C1.1)
  texts changed     C1.2: guidance
  moved             C2.1: C2 -> C1
  re-weighted       C2.1: 1 -> 2
  re-targeted       C2.1: 2 -> 3
  texts changed     C2.1: actions
  scale changed     C2.2: level4 (0=0 1=1 2=2 3=3, na) -> yesno (no=0 yes=1)
  texts changed     C2.2: actions
  added             C2.3 in C2
  removed           C1.3
required bump: major (scale changed, removed)
version bump: major
"
    );
}

#[test]
fn diff_minor_and_patch() {
    let (_, out, _) = grid(&["diff", &demo("1.0"), &demo("1.1")]);
    assert!(
        out.ends_with(
            "  added             C2.3 in C2\nrequired bump: minor (added)\nversion bump: minor\n"
        ),
        "{out}"
    );
    let (_, out, _) = grid(&["diff", &demo("1.0"), &demo("1.0.1")]);
    assert!(
        out.ends_with("required bump: patch (texts changed)\nversion bump: patch\n"),
        "{out}"
    );
    let (_, out, _) = grid(&["diff", &demo("1.0"), &demo("1.0")]);
    assert_eq!(
        out,
        "demo 1.0.0 -> demo 1.0.0: 0 changes\nrequired bump: none\nversion bump: none\n"
    );
}

#[test]
fn diff_json() {
    let (code, out, _) = grid(&["diff", &demo("1.0"), &demo("2.0"), "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["required"], "major");
    assert_eq!(v["actual"], "major");
    assert_eq!(
        v["changes"][0],
        serde_json::json!({"kind": "renamed", "item": "A.1", "from": "C1.1", "to": "A.1"})
    );
}

#[test]
fn check_version_fails_when_the_bump_is_too_small() {
    let dir = tempfile::tempdir().unwrap();
    let added = std::fs::read_to_string(demo("1.1"))
        .unwrap()
        .replace("version: 1.1.0", "version: 1.0.2");
    let new = dir.path().join("demo.yaml");
    std::fs::write(&new, added).unwrap();
    let (code, out, err) = grid(&[
        "diff",
        &demo("1.0"),
        new.to_str().unwrap(),
        "--check-version",
    ]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        err,
        "error: 1.0.0 -> 1.0.2 is a patch version bump, but the changes need a minor bump; set version to 1.1.0 or higher\n"
    );
    // Without --check-version the diff is only a report.
    let (code, _, _) = grid(&["diff", &demo("1.0"), new.to_str().unwrap()]);
    assert_eq!(code, 0);
    // The same version with changes: no bump at all.
    let (code, _, err) = grid(&["diff", &demo("1.0.1"), &demo("1.0.1"), "--check-version"]);
    assert_eq!((code, err.as_str()), (0, ""));
}

#[test]
fn diff_of_an_added_translation_is_one_language_change() {
    let dir = tempfile::tempdir().unwrap();
    let small = std::fs::read_to_string("tests/fixtures/grid/small.yaml").unwrap();
    let old = dir.path().join("old.yaml");
    let new = dir.path().join("new.yaml");
    std::fs::write(
        &old,
        small.replace("languages: [fr, en]", "languages: [fr]"),
    )
    .unwrap();
    std::fs::write(&new, small.replace("version: 1.0.0", "version: 1.0.1")).unwrap();
    let (_, out, _) = grid(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert!(out.contains("languages         grid: fr -> fr en"), "{out}");
    assert!(!out.contains("texts changed"), "{out}");
}
