//! Malformed and hostile inputs through the binary: each gets its exact exit code and
//! message, never a panic or a backtrace, and never a partial output file.

use std::path::{Path, PathBuf};

const GRID: &str = "tests/fixtures/score/grid.yaml";
const HEADER: &str = "structure_id,structure_name,date,A.1,A.2,A.3,B.1,B.2";

mod common;
use common::Outcome;

/// Runs aqor with its temporary files in `dir` (see [`common::run`]).
fn aqor(dir: &Path, args: &[&str]) -> Outcome {
    common::run(args, |c| {
        c.env("TMPDIR", dir);
    })
}

fn file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

/// `aqor score FILE --grid GRID` on a campaign: (exit code, stderr).
fn score_csv(name: &str, body: &[u8]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = file(dir.path(), name, body);
    let o = aqor(
        dir.path(),
        &["score", &path, "--grid", GRID, "--format", "csv"],
    );
    (
        o.code,
        o.stderr.replace(&format!("{}/", dir.path().display()), ""),
        o.stdout,
    )
}

fn csv(rows: &[&str]) -> Vec<u8> {
    let mut s = String::from(HEADER);
    for r in rows {
        s.push('\n');
        s.push_str(r);
    }
    s.push('\n');
    s.into_bytes()
}

#[track_caller]
fn fails(name: &str, body: &[u8], code: i32, message: &str) {
    let (c, err, out) = score_csv(name, body);
    assert_eq!(c, code, "{name}: {err}");
    assert!(
        err.contains(message),
        "{name}: expected {message:?} in\n{err}"
    );
    assert!(
        out.is_empty(),
        "{name}: no scores when a row fails, got {out}"
    );
}

#[test]
fn campaign_rows_that_fail() {
    let cases: &[(&str, Vec<u8>, &str)] = &[
        (
            "dup.csv",
            csv(&["s1,S,2026-01-01,1,2,3,0,yes", "s1,S,2026-01-01,1,2,3,0,yes"]),
            "dup.csv row 3, column structure_id: “s1” is assessed twice in campaign dup: here and in dup.csv row 2; keep one, or give --keep latest to use the later one",
        ),
        (
            "nul.csv",
            csv(&["s1,S,2026-01-01,1,2\0,3,0,yes"]),
            "nul.csv row 2, column A.2: “2\\0” is not a level; allowed: 0 Not started, 1 In progress, 2 Done, 3 Mastered, na",
        ),
        (
            "mixed.csv",
            csv(&["s1;S;2026-01-01;1;2;3;0;yes"]),
            "mixed.csv row 2: has 1 cells but the header has 8; a “,” inside a cell needs quotes around the cell",
        ),
        (
            "bom.csv",
            csv(&["\u{feff}s1,S,2026-01-01,1,2,3,0,yes"]),
            "bom.csv row 2, column structure_id: this cell holds an invisible byte-order mark",
        ),
        (
            "date.csv",
            csv(&["s1,S,2025-02-30,1,2,3,0,yes"]),
            "date.csv row 2, column date: “2025-02-30” is not a real date: February 2025 has 28 days",
        ),
        (
            "date2.csv",
            csv(&["s1,S,31/04/2026,1,2,3,0,yes"]),
            "date2.csv row 2, column date: “31/04/2026” is not a real date: April 2026 has 30 days",
        ),
        (
            "noid.csv",
            csv(&[",S,2026-01-01,1,2,3,0,yes"]),
            "noid.csv row 2, column structure_id: missing structure_id; every row needs the structure's id",
        ),
        (
            "short.csv",
            csv(&["s1,S,2026-01-01,1,2,3,0"]),
            "short.csv row 2: has 7 cells but the header has 8",
        ),
        (
            "level.csv",
            csv(&["s1,S,2026-01-01,4,2,3,0,yes"]),
            "level.csv row 2, column A.1: “4” is not a level; allowed: 0 Not started, 1 In progress, 2 Done, 3 Mastered, na",
        ),
        (
            "na.csv",
            csv(&["s1,S,2026-01-01,1,2,3,0,na"]),
            "na.csv row 2, column B.2: `na` is not allowed on scale yesno",
        ),
        (
            "quote.csv",
            csv(&["s1,\"S,2026-01-01,1,2,3,0,yes"]),
            "quote.csv row 2",
        ),
        (
            "empty.csv",
            b"".to_vec(),
            "empty.csv: cannot tell the delimiter",
        ),
    ];
    for (name, body, message) in cases {
        fails(name, body, 1, message);
    }
}

#[test]
fn campaign_headers_that_fail() {
    fails(
        "duph.csv",
        b"structure_id,structure_name,date,A.1,A.1,A.2\ns1,S,2026-01-01,1,2,3\n",
        1,
        "duph.csv row 1, column A.1: this column appears twice; keep one",
    );
    fails(
        "typo.csv",
        b"structure_id,structure_name,date,A.11,A.2\ns1,S,2026-01-01,1,2\n",
        1,
        "typo.csv row 1, column A.11: ",
    );
    fails(
        "noheader.csv",
        b"s1,S,2026-01-01,1,2,3,0,yes\n",
        1,
        "noheader.csv row 1",
    );
}

#[test]
fn formula_looking_cells_are_neutralised_in_csv_output() {
    let (code, err, out) = score_csv(
        "formula.csv",
        &csv(&[
            "=cmd|' /C calc'!A0,@SUM(1),2026-01-01,1,2,3,0,yes",
            "+SUM(A1),-2+3,2026-01-01,1,2,3,0,yes",
            "s3,-2,2026-01-01,1,2,3,0,yes",
        ]),
    );
    assert_eq!(code, 0, "{err}");
    let rows: Vec<&str> = out.lines().skip(1).collect();
    assert!(
        rows[0].starts_with("'=cmd|' /C calc'!A0,'@SUM(1),"),
        "{out}"
    );
    assert!(rows[1].starts_with("'+SUM(A1),'-2+3,"), "{out}");
    // A plain number is no formula: it stays a number.
    assert!(rows[2].starts_with("s3,-2,"), "{out}");
}

#[test]
fn windows_1252_and_header_only_files_are_read() {
    let (code, err, out) = score_csv("utf8.csv", &csv(&["s1,Café,2026-01-01,1,2,3,0,yes"]));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("s1,Café,"), "{out}");
    let mut latin = csv(&["s1,Cafe,2026-01-01,1,2,3,0,yes"]);
    let at = latin.windows(4).position(|w| w == b"Cafe").unwrap() + 3;
    latin[at] = 0xe9; // é in Windows-1252
    let (code, err, out) = score_csv("latin.csv", &latin);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("s1,Café,"), "{out}");
    let (code, _, out) = score_csv("header.csv", &csv(&[]));
    assert_eq!((code, out.lines().count()), (0, 1), "{out}");
}

#[test]
fn assessment_files_that_fail() {
    let head = "format: aqor-assessment/1\ngrid: {id: demo, version: 1.0.0}\nstructure: {id: s1, name: S}\n";
    let cases: &[(&str, String, i32, &str)] = &[
        ("trunc.yaml", "format: aqor-assessment/1\ngrid: {id: demo, version: 1.0.0\n".into(), 1,
         "trunc.yaml:2:7: error: unclosed bracket"),
        ("date.yaml", format!("{head}date: 2026-02-30\n"), 1,
         "date.yaml:4:7: error: “2026-02-30” is not a real date: February 2026 has 28 days"),
        ("type.yaml", format!("{head}date: 2026-01-01\nanswers: [1, 2]\n"), 1, "type.yaml:5:"),
        ("unknown.yaml", format!("{head}date: 2026-01-01\nanswers:\n  A.11: {{level: \"1\"}}\n"), 1,
         "unknown indicator “A.11” in grid demo 1.0.0; did you mean “A.1”?"),
        ("importance.yaml", format!("{head}date: 2026-01-01\nanswers:\n  A.1: {{level: \"1\", importance: 7}}\n"), 1,
         "A.1: importance 7 is out of range; use 1 to 4"),
        ("key.yaml", format!("{head}date: 2026-01-01\nanswerz: {{}}\n"), 1, "key.yaml:5:1: error: "),
        ("dupkey.yaml", format!("{head}date: 2026-01-01\ndate: 2026-01-02\n"), 1, "dupkey.yaml:5:1: error: "),
        ("nul.yaml", format!("{head}date: 2026-01-01\0\n"), 1, "nul.yaml:"),
        ("other.yaml", "format: aqor-assessment/1\ngrid: {id: aqor, version: 1.0.0}\nstructure: {id: s1, name: S}\ndate: 2026-01-01\n".into(), 1,
         "this assessment answers grid “aqor”, not “demo”"),
    ];
    for (name, body, code, message) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = file(dir.path(), name, body.as_bytes());
        let o = aqor(
            dir.path(),
            &["score", &path, "--grid", GRID, "--format", "csv"],
        );
        let err = o.stderr.replace(&format!("{}/", dir.path().display()), "");
        assert_eq!(o.code, *code, "{name}: {err}");
        assert!(
            err.contains(message),
            "{name}: expected {message:?} in\n{err}"
        );
        assert!(o.stdout.is_empty(), "{name}: {}", o.stdout);
    }
}

#[test]
fn grid_files_that_fail() {
    let dir = tempfile::tempdir().unwrap();
    let small = std::fs::read_to_string(GRID).unwrap();
    let bomb = (1..9).fold(
        "a0: &a0 [x, x, x, x, x, x, x, x, x]\n".to_string(),
        |s, i| {
            let refs = vec![format!("*a{}", i - 1); 9].join(", ");
            format!("{s}a{i}: &a{i} [{refs}]\n")
        },
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "trunc.yaml",
            small.as_bytes()[..small.len() / 2].to_vec(),
            "trunc.yaml:",
        ),
        ("bomb.yaml", bomb.into_bytes(), "bomb.yaml:"),
        (
            "utf8.yaml",
            b"format: aqor-grid/1\nid: \xff\xfe\n".to_vec(),
            "utf8.yaml:2:",
        ),
        ("empty.yaml", Vec::new(), "empty.yaml:"),
        (
            "deep.yaml",
            format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
            "deep.yaml:",
        ),
        (
            "weight.yaml",
            small.replace("weight: 3", "weight: heavy").into_bytes(),
            "weight.yaml:26:",
        ),
        ("long.yaml", vec![b'x'; 9 * 1024 * 1024], "long.yaml:"),
    ];
    for (name, body, message) in cases {
        let path = file(dir.path(), name, &body);
        let o = aqor(dir.path(), &["grid", "check", &path]);
        let out = o.stdout.replace(&format!("{}/", dir.path().display()), "")
            + &o.stderr.replace(&format!("{}/", dir.path().display()), "");
        assert_eq!(o.code, 1, "{name}: {out}");
        assert!(
            out.contains(message),
            "{name}: expected {message:?} in\n{out}"
        );
    }
}

#[test]
fn usage_errors_and_unreadable_inputs_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ok = file(d, "ok.csv", &csv(&["s1,S,2026-01-01,1,2,3,0,yes"]));
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["score", "no-such.csv", "--grid", GRID],
            "cannot read no-such.csv",
        ),
        (vec!["score", &ok, "--grid", "/"], "cannot read grid /: "),
        (
            vec!["score", &ok, "--grid", "nosuch"],
            "no grid “nosuch”: not a built-in grid",
        ),
        (
            vec!["score", &ok, "--grid", GRID, "--format", "xml"],
            "invalid value “xml” for --format",
        ),
        (
            vec!["template", "aqor", "--delimiter", "::"],
            "is not a delimiter",
        ),
        (vec!["grid", "check", "no-such.yaml"], "1 unreadable"),
        (vec!["frobnicate"], "unknown command “frobnicate”"),
    ];
    for (args, message) in cases {
        let o = aqor(d, &args);
        assert_eq!(o.code, 2, "{args:?}: {}", o.stderr);
        assert!(
            o.stderr.contains(message),
            "{args:?}: expected {message:?} in\n{}",
            o.stderr
        );
    }
}

/// Where output cannot be written, nothing is left behind and nothing existing is touched.
#[test]
fn outputs_are_never_partial_nor_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ok = file(d, "ok.csv", &csv(&["s1,S,2026-01-01,1,2,3,0,yes"]));
    let existing = file(d, "plan.pdf", b"precious");
    let o = aqor(d, &["plan", &ok, "--grid", GRID, "-o", &existing]);
    assert_ne!(o.code, 0);
    assert_eq!(std::fs::read(&existing).unwrap(), b"precious");
    let html = file(d, "report.html", b"precious");
    let o = aqor(
        d,
        &[
            "compare", &ok, "--grid", GRID, "--format", "html", "-o", &html,
        ],
    );
    assert_ne!(o.code, 0);
    assert_eq!(std::fs::read(&html).unwrap(), b"precious");
    // A symlink in the way is not followed: its target stays as it was.
    let target = file(d, "target.txt", b"precious");
    let link: PathBuf = d.join("link.pdf");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let o = aqor(
        d,
        &["plan", &ok, "--grid", GRID, "-o", link.to_str().unwrap()],
    );
    assert_ne!(o.code, 0);
    assert_eq!(std::fs::read(&target).unwrap(), b"precious");
    // Only our own files, no temporary leftovers.
    let mut names: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "link.pdf",
            "ok.csv",
            "plan.pdf",
            "report.html",
            "target.txt"
        ]
    );
}

/// A folder that cannot be written to (here: a "folder" that is a file, which fails
/// even for root, who ignores read-only permissions) gets a clear error and no file.
#[test]
fn an_unwritable_destination_gets_a_clear_error_and_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let ok = file(d, "ok.csv", &csv(&["s1,S,2026-01-01,1,2,3,0,yes"]));
    let not_a_dir = file(d, "not-a-dir", b"");
    let out = format!("{not_a_dir}/plan.pdf");
    let o = aqor(d, &["plan", &ok, "--grid", GRID, "-o", &out]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("plan.pdf"), "{}", o.stderr);
    let o = aqor(d, &["plan", &ok, "--grid", GRID, "--out-dir", &not_a_dir]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert_eq!(std::fs::read(&not_a_dir).unwrap(), b"");
}
