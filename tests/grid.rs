//! `aqor grid …` through the binary: check (every loader check and lint), show, list,
//! schema, diff.

mod common;
use common::aqor;

const FIX: &str = "tests/fixtures/grid";

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
    let lines: Vec<String> = out
        .lines()
        .map(|l| uncoded(&l.replace(&path, "F")))
        .collect();
    assert_eq!(lines, expected, "{fixture}");
    assert_eq!(code, 1, "{fixture}");
}

/// A text finding without its ` [code]` suffix, checking it has one.
fn uncoded(line: &str) -> String {
    let (text, code) = line
        .rsplit_once(" [")
        .expect("a finding ends with its code");
    let code = code.strip_suffix(']').unwrap();
    assert!(
        !aqor::grid::rules::describe(code, "en").is_empty(),
        "undescribed code in {line}"
    );
    text.to_string()
}

#[test]
fn unknown_keys_all_reported_with_did_you_mean() {
    assert_errors(
        "unknown-keys.yaml",
        &[
            "F:6:1: error: unknown key `titel` in the grid; did you mean `title`? keys here: criteria, description, format, id, languages, profiles, recognition, scales, source, title, version",
            "F:11:5: error: unknown key `colour` in a scale; keys here: allow_na, id, levels",
            // `guidance` was misspelt: the indicator has none, which the lint says too.
            "F:39:13: warning: indicator `C2.1` has no guidance; say what the assessor should look at",
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
            "F:43:22: error: `applies_to` of `C2.1` names profile `cfa`, which the grid does not define; profiles: none",
        ],
    );
    assert_errors(
        "not-a-text.yaml",
        &[
            "F:18:12: error: `title`: expected a text (a string, or a map language -> string such as {fr: \"…\", en: \"…\"}), found a list",
        ],
    );
}

#[test]
fn lints_are_warnings_and_strict_makes_them_fail() {
    let path = format!("{FIX}/lints.yaml");
    let (code, out, err) = grid(&["check", &path]);
    assert_eq!(code, 0);
    let lines: Vec<String> = out
        .lines()
        .map(|l| uncoded(&l.replace(&path, "F")))
        .collect();
    assert_eq!(
        lines,
        [
            "F:1:1: warning: the grid has no `it` text for: title; the grid declares fr, en, it",
            "F:12:14: warning: level `0` of scale `level4` has no `it` text for: label; the grid declares fr, en, it",
            "F:13:14: warning: level `1` of scale `level4` has no `it` text for: label; the grid declares fr, en, it",
            "F:14:14: warning: level `2` of scale `level4` has no `it` text for: label; the grid declares fr, en, it",
            "F:15:14: warning: level `3` of scale `level4` has no `it` text for: label; the grid declares fr, en, it",
            "F:16:9: warning: scale `yesno` is not used by any indicator; remove it or use it",
            "F:21:10: warning: profile `cfa` is not named in any `applies_to`; it selects nothing",
            "F:23:9: warning: criterion `C1` has no `it` text for: title; the grid declares fr, en, it",
            "F:26:13: warning: indicator `C1.1` has no `it` text for: title, guidance, evidence 1, action below `2`; the grid declares fr, en, it",
            "F:26:13: warning: indicator `C1.1` replaces `C1.2`, which is still an indicator of this grid; `replaces` lists ids of earlier versions",
            "F:35:13: warning: indicator `C1.2` has no `it` text for: title, action below `3`; the grid declares fr, en, it",
            "F:35:13: warning: indicator `C1.2` has no guidance; say what the assessor should look at",
            "F:40:9: warning: criterion `C2` has no `it` text for: title; the grid declares fr, en, it",
            "F:44:13: warning: indicator `C2.1` has no `it` text for: title, guidance, action below `0`; the grid declares fr, en, it",
            "F:44:13: warning: indicator `C2.1` offers no action for an answer at level `0`, below its target `1`; add an action with `below: \"1\"`",
            "F:50:21: warning: action of `C2.1` below `0` never applies: no level is below the lowest one",
            "F:50:87: warning: a `de` text, but `languages` (fr, en, it) does not list `de`; add it there or remove the text",
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
        out.contains("no/such/grid.yaml:0:0: error: cannot read this grid file: ")
            && out.contains(" [unreadable]"),
        "{out}"
    );
    assert!(
        err.ends_with("2 grid files checked: 2 errors, 0 warnings, 1 unreadable\n"),
        "{err}"
    );
    // A missing file is an annotation too, so CI shows it.
    let (code, out, _) = grid(&["check", "--format", "github", "no/such/grid.yaml"]);
    assert_eq!(code, 2);
    assert!(
        out.starts_with("::error file=no/such/grid.yaml,line=1,col=1,title=unreadable::cannot read this grid file"),
        "{out}"
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
            "{d}/latin1.yaml:2:8: error: not UTF-8 text (invalid byte here); save the grid as UTF-8 [not-utf8]\n\
             {d}/empty.yaml:1:1: error: the file is empty; a grid starts with `format: aqor-grid/1` [empty-file]\n"
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
        out.ends_with("big.yaml:0:0: error: file is larger than the 8388608 bytes a grid may have; is this really a grid? [too-large]\n"),
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
        "::error file=tests/fixtures/grid/bad/unknown-scale.yaml,line=41,col=16,title=unknown-reference::unknown scale `levl4` for indicator `C2.1`; did you mean `level4`? scales here: level4"
    );
    assert_eq!(
        lines[1],
        "::warning file=tests/fixtures/grid/lints.yaml,line=1,col=1,title=missing-translation::the grid has no `it` text for: title; the grid declares fr, en, it"
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
            "code": "empty-list",
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

/// Folders are searched recursively (as `grid list --path`); other aqor files are
/// named and skipped; paths with no grid at all fail (a wrong path in CI is not green).
#[test]
fn folders_are_searched_recursively_and_no_grid_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir.path().join("a/b");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::copy(format!("{FIX}/small.yaml"), deep.join("g.yaml")).unwrap();
    std::fs::write(
        dir.path().join("a/cio.yaml"),
        "format: aqor-assessment/1\ngrid: {id: aqor, version: 1.0.0}\n",
    )
    .unwrap();
    let (code, out, err) = grid(&["check", "--strict", dir.path().to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(
        err.contains("cio.yaml declares `format: aqor-assessment/1`, not a grid; skipped"),
        "{err}"
    );
    assert!(
        err.ends_with("1 grid file checked: 0 errors, 0 warnings\n"),
        "{err}"
    );

    let empty = tempfile::tempdir().unwrap();
    let (code, out, err) = grid(&["check", empty.path().to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.starts_with("error: no grid file in "), "{err}");
}

/// The fingerprint assessments pin is the content's: comments, key order, quoting,
/// CRLF line ends, a BOM or `1` vs `1.0` do not change it; a text does, and `grid diff`
/// says "no change" exactly when the fingerprints are equal.
#[test]
fn fingerprint_is_of_the_content() {
    let src = std::fs::read_to_string(format!("{FIX}/small.yaml")).unwrap();
    let base = aqor::grid::parse(&src, "a").unwrap();
    let crlf = src.replace('\n', "\r\n");
    let bom = format!("\u{feff}{src}");
    let commented = format!("# a comment\n{}", src.replace("\n", "  # note\n"));
    let reordered = src.replacen(
        "format: aqor-grid/1\nid: small\n",
        "id: 'small'\nformat: \"aqor-grid/1\"\n",
        1,
    );
    assert_ne!(reordered, src);
    let variants = [
        ("crlf", crlf),
        ("bom", bom),
        ("comments", commented),
        ("key order and quoting", reordered),
    ];
    for (what, variant) in variants {
        let g = aqor::grid::parse(&variant, "b").unwrap_or_else(|e| panic!("{what}: {e:?}"));
        assert_eq!(g.sha256, base.sha256, "{what}");
    }

    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    let b = dir.path().join("b.yaml");
    std::fs::write(&a, &src).unwrap();
    std::fs::write(
        &b,
        format!("# edited comment\n{}", src.replace('\n', "\r\n")),
    )
    .unwrap();
    let (code, out, _) = grid(&[
        "diff",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--check-version",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains(": 0 changes\n"), "{out}");
    // Any content change is a change, even one the named checks do not cover.
    let changed = src.replacen("source: \"aqor test fixture\"", "source: another source", 1);
    assert_ne!(changed, src);
    std::fs::write(&b, &changed).unwrap();
    let other = aqor::grid::parse(&changed, "b").unwrap();
    assert_ne!(other.sha256, base.sha256);
    let (code, out, err) = grid(&[
        "diff",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--check-version",
    ]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("texts changed     grid: source"), "{out}");
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
        ("error: 0.9.0 is not higher than 1.0.0, but the changes need a major bump; set version to 2.0.0 or higher [version-bump]\n")
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
        out.contains("│ level4  ┆ 3      ┆     3 ┆ Maîtrisé                ┆               │"),
        "{out}"
    );
    assert!(
        out.contains("│ C2.1       ┆ Partenariats ┆ level4  ┆     1 ┆ 1     ┆"),
        "{out}"
    );

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
        err.contains("no grid “nosuchgrid”: not a built-in grid (aqor"),
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
        err.contains("note: skipped tests/fixtures/grid/bad/weight.yaml: 1 error; see `aqor grid check tests/fixtures/grid/bad/weight.yaml`"),
        "{err}"
    );
    let (code, table, _) = grid(&["list", "--lang", "fr"]);
    assert_eq!(code, 0);
    assert!(table.contains("│ aqor "), "{table}");
    assert!(table.contains("┆ Indicateurs ┆"), "{table}");
}

/// Point 10: `grid show` says levels with what they mean, profiles, `applies_to` and
/// the label's rules in words, in a table and in markdown.
#[test]
fn show_levels_profiles_and_rules_in_words() {
    let profiled = format!("{FIX}/profiles.yaml");
    let (code, out, _) = grid(&["show", &profiled, "--lang", "en"]);
    assert_eq!(code, 0);
    for line in [
        "│ level4 ┆ 0     ┆     0 ┆ Not started ┆ Nothing done yet │",
        "│ mission-locale ┆ Youth mission   │",
        "│ A.2       ┆ Appointments              ┆ level4 ┆      1 ┆ 3      ┆ cio            │",
        "Recognition: Reception label\n\n- overall score at least 50%\n- at their target: A.2 (Only for: cio)\n",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    let (_, md, _) = grid(&["show", &profiled, "--format", "markdown"]);
    for part in [
        "| level4 | 0 | 0 | Non engagé | Rien n’est fait |",
        "| cio | CIO |",
        "\nSeulement pour\u{202f}: cio\n",
        "## Reconnaissance\u{202f}: Label accueil\n\n- score global d’au moins 50\u{a0}%\n- à leur cible\u{202f}: A.2 (Seulement pour\u{202f}: cio)\n",
    ] {
        assert!(md.contains(part), "{part:?}\n{md}");
    }
}

/// Shown in French, the grid's French texts get French spacing and its English
/// `source:` keeps its own; piped, the tables and the long source fit 100 columns
/// (or `COLUMNS`).
#[test]
fn show_keeps_each_texts_typography_and_fits_a_page() {
    let out = aqor()
        .args(["grid", "show", "aqor", "--lang", "fr"])
        .env_remove("COLUMNS")
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = String::from_utf8(out.stdout).unwrap();
    let widest = out.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 100, "{widest} columns wide:\n{out}");
    assert!(out.contains("Source\u{202f}: AQOR project «"), "{out}");
    let source: String = out
        .lines()
        .skip_while(|l| !l.starts_with("Source"))
        .take_while(|l| !l.starts_with('┌'))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(source.contains("self-assessment method;"), "{source}");
    assert!(!source.contains("\u{202f};"), "{source}");
    // The grid's French level meaning: `en place : la pratique` with a narrow space.
    assert!(out.contains("en place\u{202f}: la pratique"), "{out}");

    let narrow = aqor()
        .args(["grid", "show", "aqor", "--lang", "en"])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    let narrow = String::from_utf8(narrow.stdout).unwrap();
    let widest = narrow.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 60, "{widest} columns wide:\n{narrow}");
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
    // A change of texts names them as `to`, as it always has.
    let (_, out, _) = grid(&["diff", &demo("1.0"), &demo("1.0.1"), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["changes"],
        serde_json::json!([{"kind": "texts_changed", "item": "C1.2", "to": "guidance"}])
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
        "error: 1.0.0 -> 1.0.2 is a patch version bump, but the changes need a minor bump; set version to 1.1.0 or higher [version-bump]\n"
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

/// The GitHub Actions example of docs/grids.md, its `run:` steps executed on a
/// two-commit repository: the check passes, and a text edit without a version bump
/// fails the diff step with an annotation on the new file's version line.
#[test]
fn ci_example_in_the_docs_runs() {
    let docs = std::fs::read_to_string("docs/grids.md").unwrap();
    let block = docs
        .split("<!-- ci-example -->")
        .nth(1)
        .and_then(|s| s.split("<!-- /ci-example -->").next())
        .expect("docs/grids.md marks its CI example");
    // The steps: each `- run:` line, or the indented block under `- run: |`.
    let mut steps: Vec<String> = Vec::new();
    let mut lines = block.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(cmd) = line.trim().strip_prefix("- run:") else {
            continue;
        };
        if cmd.trim() == "|" {
            let mut script = String::new();
            while let Some(next) = lines.peek() {
                if !next.starts_with("          ") {
                    break;
                }
                script.push_str(next.trim_start());
                script.push('\n');
                lines.next();
            }
            steps.push(script);
        } else {
            steps.push(cmd.trim().to_string());
        }
    }
    assert_eq!(steps.len(), 2, "{steps:?}");
    let steps: Vec<String> = steps
        .iter()
        .map(|s| s.replace("${{ github.base_ref }}", "main"))
        .collect();

    let repo = tempfile::tempdir().unwrap();
    let run = |cmd: &str, args: &[&str]| {
        let out = std::process::Command::new(cmd)
            .args(args)
            .current_dir(repo.path())
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .output()
            .unwrap();
        assert!(out.status.success(), "{cmd} {args:?}: {out:?}");
    };
    run("git", &["init", "-q", "-b", "main"]);
    std::fs::create_dir(repo.path().join("grids")).unwrap();
    let small = std::fs::read_to_string(format!("{FIX}/small.yaml")).unwrap();
    std::fs::write(repo.path().join("grids/small.yaml"), &small).unwrap();
    run("git", &["add", "."]);
    run("git", &["commit", "-q", "-m", "grid 1.0.0"]);
    // The remote-tracking name the workflow diffs against.
    run("git", &["update-ref", "refs/remotes/origin/main", "HEAD"]);
    run("git", &["checkout", "-q", "-b", "edit"]);
    let edited = small.replacen("Petite grille", "Petite grille revue", 1);
    assert_ne!(edited, small);
    std::fs::write(repo.path().join("grids/small.yaml"), &edited).unwrap();
    run("git", &["commit", "-q", "-am", "retitle without a bump"]);

    let bin = assert_cmd::cargo::cargo_bin("aqor");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let temp = tempfile::tempdir().unwrap();
    let step = |script: &str| {
        std::process::Command::new("bash")
            .args(["-e", "-c", script])
            .current_dir(repo.path())
            .env("PATH", &path)
            .env("RUNNER_TEMP", temp.path())
            .output()
            .unwrap()
    };
    let check = step(&steps[0]);
    assert!(check.status.success(), "{check:?}");
    let diff = step(&steps[1]);
    assert_eq!(diff.status.code(), Some(1), "{diff:?}");
    let out = String::from_utf8(diff.stdout).unwrap();
    assert!(
        out.contains("::error file=grids/small.yaml,line=4,col=10,title=version-bump::1.0.0 is not higher than 1.0.0, but the changes need a patch bump; set version to 1.0.1 or higher"),
        "{out}"
    );
    // With the bump, the same steps pass.
    std::fs::write(
        repo.path().join("grids/small.yaml"),
        edited.replacen("version: 1.0.0", "version: 1.0.1", 1),
    )
    .unwrap();
    run("git", &["commit", "-q", "-am", "bump"]);
    let diff = step(&steps[1]);
    assert!(diff.status.success(), "{diff:?}");
}

/// `grid show --format json` is a grid file: it passes `grid check --strict` and
/// has the same fingerprint as the grid it shows.
#[test]
fn show_json_round_trips_through_check() {
    let dir = tempfile::tempdir().unwrap();
    for (id, file, src) in aqor::grid::builtin::SOURCES {
        let (code, json, _) = grid(&["show", id, "--format", "json"]);
        assert_eq!(code, 0);
        let path = dir.path().join(format!("{id}.json.yaml"));
        std::fs::write(&path, &json).unwrap();
        let (code, out, err) = grid(&["check", "--strict", path.to_str().unwrap()]);
        assert_eq!((code, out.as_str()), (0, ""), "{id}: {err}");
        let shown = aqor::grid::parse(&json, "shown").unwrap();
        let original = aqor::grid::parse(src, file).unwrap();
        assert_eq!(shown.sha256, original.sha256, "{id}");
    }
}

/// `grid check` on a variant of `small.yaml`: (exit code, findings without the file name).
fn check_variant(edit: impl Fn(&str) -> String) -> (i32, Vec<String>) {
    let src = std::fs::read_to_string(format!("{FIX}/small.yaml")).unwrap();
    let changed = edit(&src);
    assert_ne!(changed, src, "the edit changes the grid");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.yaml");
    std::fs::write(&path, changed).unwrap();
    let p = path.to_str().unwrap();
    let (code, out, _) = grid(&["check", p]);
    (code, out.lines().map(|l| l.replace(p, "F")).collect())
}

/// Ids: letters, digits, '.', '-', '_', and no indicator named as a campaign column.
#[test]
fn id_grammar() {
    for bad in ["structure_id", "V1 3", "V1;3", "V1.3:comment", "\"\""] {
        let (code, out) = check_variant(|s| s.replacen("- id: C1.2", &format!("- id: {bad}"), 1));
        assert_eq!(code, 1, "{bad}");
        assert!(
            out.iter()
                .any(|l| l.starts_with("F:28:13: error: ") && l.ends_with("[id-grammar]")),
            "{bad}: {out:?}"
        );
    }
    let (code, out) = check_variant(|s| s.replacen("- id: C1.2", "- id: C1_2-b.3", 1));
    assert_eq!((code, out.len()), (0, 0), "{out:?}");
    // The schema says the same.
    let schema = aqor::grid::json_schema();
    let indicator_id = &schema["$defs"]["Indicator"]["properties"]["id"];
    assert_eq!(indicator_id["pattern"], "^[A-Za-z0-9._-]+$");
    assert!(
        indicator_id["not"]["enum"]
            .as_array()
            .unwrap()
            .contains(&"structure_id".into())
    );
}

/// Tabs, decimal commas and fractional counts in the author's words, at their place;
/// an empty rule list is an error.
#[test]
fn messages_for_authors() {
    let (code, out) = check_variant(|s| s.replacen("    weight: 2\n", "\tweight: 2\n", 1));
    assert_eq!(code, 1);
    assert_eq!(
        out,
        ["F:36:1: error: a tab cannot indent YAML; indent with spaces (two per level) [tab]"]
    );
    let (code, out) = check_variant(|s| s.replacen("    weight: 2\n", "    weight: 0,5\n", 1));
    assert_eq!(code, 1);
    assert_eq!(
        out,
        ["F:36:13: error: a decimal number is written with a dot: 0.5 [decimal-comma]"]
    );
    let (code, out) = check_variant(|s| {
        format!(
            "{s}recognition:\n  label: {{fr: \"Label\", en: \"Label\"}}\n  rules:\n    - max_below_target: 2.5\n"
        )
    });
    assert_eq!(code, 1);
    assert_eq!(out.len(), 1, "{out:?}");
    assert!(
        out[0].contains(
            "error: `max_below_target` is a count: expected a whole number, not 2.5 [wrong-type]"
        ),
        "{out:?}"
    );
    let (code, out) = check_variant(|s| {
        format!("{s}recognition:\n  label: {{fr: \"Label\", en: \"Label\"}}\n  rules: []\n")
    });
    assert_eq!(code, 1);
    assert!(
        out.iter()
            .any(|l| l.contains("`rules` is empty") && l.ends_with("[empty-list]")),
        "{out:?}"
    );
}

/// JUnit XML (one test case per file) and SARIF 2.1.0 (one rule per code).
#[test]
fn junit_and_sarif() {
    let bad = format!("{FIX}/bad/unknown-scale.yaml");
    let good = format!("{FIX}/small.yaml");
    let (code, out, _) = grid(&["check", "--format", "junit", &bad, &good]);
    assert_eq!(code, 1);
    assert!(out.starts_with("<?xml"), "{out}");
    assert!(out.contains("tests=\"2\" failures=\"1\""), "{out}");
    assert!(out.contains("type=\"unknown-reference\""), "{out}");
    assert!(out.contains(&format!("<testcase classname=\"aqor.grid.check\" name=\"{good}\" file=\"{good}\">\n    </testcase>")), "{out}");
    let (code, out, _) = grid(&["check", "--format", "sarif", &bad, &good]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "aqor");
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "unknown-reference");
    assert_eq!(result["level"], "error");
    let index = result["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(
        run["tool"]["driver"]["rules"][index]["id"],
        "unknown-reference"
    );
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"],
        serde_json::json!({"startLine": 41, "startColumn": 16})
    );
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        bad
    );
}

/// `replaces` naming an id the old version never had: a warning when diffing.
#[test]
fn replaces_unknown_id_is_a_warning_in_diff() {
    let src = std::fs::read_to_string(format!("{FIX}/small.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.yaml");
    let new = dir.path().join("new.yaml");
    std::fs::write(&old, &src).unwrap();
    let changed = src
        .replacen("version: 1.0.0", "version: 1.1.0", 1)
        .replacen("- id: C1.2\n", "- id: C1.9\n        replaces: [C1.8]\n", 1);
    std::fs::write(&new, changed).unwrap();
    let (_, _, err) = grid(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert!(
        err.contains("warning: indicator `C1.9` replaces `C1.8`, which small 1.0.0 never had; answers to it cannot be carried (a typo?) [replaces-unknown]"),
        "{err}"
    );
}

/// Issue 16 point 4: an unknown key, two type errors, a semantic error and a warning of
/// one file, all in one run, each at its place; the summary counts them.
#[test]
fn everything_in_one_run() {
    let edit = |s: &str| {
        s.replacen("source: \"aqor", "sourse: \"aqor", 1)
            .replacen("allow_na: true", "allow_na: sometimes", 1)
            .replacen("scale: level4", "scale: levl4", 1)
            .replacen("    weight: 2\n", "    weight: heavy\n", 1)
            .replacen("target: \"1\"", "target: \"0\"", 1)
    };
    let (code, out) = check_variant(edit);
    assert_eq!(code, 1);
    assert_eq!(
        out,
        [
            "F:7:1: error: unknown key `sourse` in the grid; did you mean `source`? keys here: criteria, description, format, id, languages, profiles, recognition, scales, source, title, version [unknown-key]",
            "F:10:15: error: `allow_na`: expected true or false, found `sometimes` [wrong-type]",
            "F:24:16: error: unknown scale `levl4` for indicator `C1.1`; did you mean `level4`? scales here: level4 [unknown-reference]",
            "F:36:13: error: `weight`: expected a number, found `heavy` [wrong-type]",
            "F:38:13: warning: indicator `C2.1` targets its lowest level `0`, so no answer is ever below target [target-lowest]",
        ]
    );
    let src = std::fs::read_to_string(format!("{FIX}/small.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.yaml");
    std::fs::write(&path, edit(&src)).unwrap();
    let (_, _, err) = grid(&["check", path.to_str().unwrap()]);
    assert_eq!(err, "1 grid file checked: 4 errors, 1 warning\n");
}

/// Issue 16 point 5: a key indented too little, two conditions in one rule, a missing
/// key and a misspelt profile, in the author's terms.
#[test]
fn shape_messages_for_authors() {
    let moved = "        title: {fr: \"Information\", en: \"Information\"}\n";
    let (code, out) = check_variant(|s| {
        s.replacen(moved, "", 1).replacen(
            "          - {below: \"3\", text: {fr: \"Mettre à jour\", en: \"Update\"}}\n",
            "          - {below: \"3\", text: {fr: \"Mettre à jour\", en: \"Update\"}}\n    title: {fr: \"Information\", en: \"Information\"}\n",
            1,
        )
    });
    assert_eq!(code, 1);
    assert_eq!(
        out,
        [
            "F:33:5: error: indentation does not match the line above: this `title` belongs to an indicator at line 28, whose keys are at column 9; indent it to that column [indentation]"
        ]
    );
    let (code, out) = check_variant(|s| {
        format!(
            "{s}recognition:\n  label: {{fr: \"Label\", en: \"Label\"}}\n  rules:\n    - min_overall: 70\n      min_coverage: 80\n    - {{}}\n"
        )
    });
    assert_eq!(code, 1);
    assert_eq!(
        out,
        [
            "F:49:7: error: one key per rule: `min_coverage` goes in a rule of its own, on a line starting with `- ` [rule-keys]",
            "F:50:7: error: a rule needs one condition, e.g. `min_overall: 70`; conditions: min_overall, min_criterion, min_coverage, max_below_target, no_level, max_level_count, at_target [rule-keys]",
        ]
    );
    let (code, out) =
        check_variant(|s| s.replacen("    title: {fr: \"Réseau\", en: \"Network\"}\n", "", 1));
    assert_eq!(code, 1);
    assert_eq!(
        out,
        ["F:34:5: error: a criterion needs `title`; it is missing here [missing-key]"]
    );
    let (code, out) = check_variant(|s| {
        s.replacen(
            "criteria:\n",
            "profiles:\n  - {id: cio, label: CIO}\ncriteria:\n",
            1,
        )
        .replacen(
            "        scale: level4\n",
            "        scale: level4\n        applies_to: [cia]\n",
            1,
        )
    });
    assert_eq!(code, 1);
    assert!(
        out.iter().any(|l| l.contains(
            "names profile `cia`, which the grid does not define; did you mean `cio`? profiles: cio"
        )),
        "{out:?}"
    );
}

/// Point 9: an indicator without `applies_to` is for everyone (no warning); label rules
/// may be limited to a profile; a structure no indicator applies to is one error that
/// names the profiles to choose from, not a warning per indicator.
#[test]
fn profiles_scope_indicators_and_label_rules() {
    let grid_file = format!("{FIX}/profiles.yaml");
    let (code, out, err) = grid(&["check", "--strict", &grid_file]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let campaign = dir.path().join("c.csv");
    std::fs::write(
        &campaign,
        "structure_id,date,profiles,A.1,A.2,A.3\n\
         s1,2026-01-10,,3,,\n\
         s2,2026-01-10,cio,3,0,\n\
         s3,2026-01-10,cio,3,3,\n",
    )
    .unwrap();
    let c = campaign.to_str().unwrap();
    let out = aqor()
        .args(["score", c, "--grid", &grid_file, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let met: Vec<bool> = json["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["recognition"]["met"].as_bool().unwrap())
        .collect();
    // s2 reaches 50 % but not the CIOs' own rule (A.2 at its target); s1 is no CIO.
    assert_eq!(met, [true, false, true]);

    // Every indicator for some profile: a structure declaring none is one error.
    let src = std::fs::read_to_string(&grid_file).unwrap();
    let all = dir.path().join("all.yaml");
    std::fs::write(
        &all,
        src.replacen(
            "      - id: A.1\n",
            "      - id: A.1\n        applies_to: [cio, mission-locale]\n",
            1,
        ),
    )
    .unwrap();
    let all = all.to_str().unwrap();
    let out = common::run(&["score", c, "--grid", all, "--lang", "en"], |_| {});
    assert_eq!(out.code, 1);
    out.says(&format!("{c} row 2, column profiles: no indicator of profiled applies to this structure; give its profiles in the `profiles` column: cio, mission-locale"));
    assert_eq!(
        out.stderr.matches("no indicator").count(),
        1,
        "{}",
        out.stderr
    );

    let assessment = dir.path().join("a.yaml");
    std::fs::write(
        &assessment,
        "format: aqor-assessment/1\ngrid: {id: profiled, version: 1.0.0}\n\
         structure: {id: s1}\ndate: 2026-01-10\n\
         answers:\n  A.1: {level: \"3\"}\n  A.2: {level: \"3\"}\n  A.3: {level: \"3\"}\n",
    )
    .unwrap();
    let a = assessment.to_str().unwrap();
    let out = common::run(&["score", a, "--grid", all, "--lang", "en"], |_| {});
    assert_eq!(out.code, 1);
    out.says(&format!("{a}:1:1: error: no indicator of profiled applies to this structure; declare its profiles in structure.profiles: cio, mission-locale"));
    assert!(!out.stderr.contains("does not apply"), "{}", out.stderr);
    assert_eq!(out.stderr.matches("error:").count(), 2, "{}", out.stderr);
}

/// Point 9: profile rules name profiles the grid defines, and are not empty.
#[test]
fn profile_rules_are_checked() {
    let (code, out) = check_variant(|s| {
        s.to_string()
            + "profiles:\n  - {id: cio, label: {fr: CIO, en: CIO}}\n\
               recognition:\n  label: {fr: Label, en: Label}\n  rules:\n    - min_overall: 50\n\
               \x20 profile_rules:\n    - applies_to: [cios]\n      rules: []\n"
    });
    assert_eq!(code, 1);
    assert_eq!(
        out.iter().map(|l| uncoded(l)).collect::<Vec<_>>(),
        [
            "F:46:10: warning: profile `cio` is not named in any `applies_to`; it selects nothing",
            "F:52:20: error: `applies_to` of profile rules names profile `cios`, which the grid does not define; did you mean `cio`? profiles: cio",
            "F:53:14: error: `rules` is empty; give the rules these profiles must also meet, or remove the set",
        ]
    );
}
