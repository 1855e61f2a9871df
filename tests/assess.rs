//! `aqor assess`: the real binary in a pseudo-terminal (expectrl), plus the
//! non-terminal and `--plain` paths through assert_cmd. Unix only: the pseudo-terminal
//! helpers (signals, `expectrl::process::unix`) have no Windows counterpart here.
#![cfg(unix)]

use aqor::assessment::{self, Assessment};
use assert_cmd::Command;
use expectrl::process::unix::{Signal, WaitStatus};
use expectrl::session::OsSession;
use expectrl::{Eof, Expect, Session};
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

const GRID: &str = "tests/fixtures/assess/small.yaml";

fn grid_path() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(GRID)
        .display()
        .to_string()
}

/// Starts `aqor assess GRID -o FILE ARGS…` in a pseudo-terminal.
fn spawn(file: &Path, args: &[&str]) -> OsSession {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_aqor"));
    cmd.arg("assess")
        .arg(grid_path())
        .arg("-o")
        .arg(file)
        .args(args);
    cmd.env("NO_COLOR", "1");
    let mut s = Session::spawn(cmd).expect("spawn aqor in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(60)));
    s
}

/// Keys as a terminal sends them.
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const DOWN: &str = "\x1b[B";
const BACKSPACE: &str = "\x7f";

/// Waits for `text`, then types `keys`.
fn at(s: &mut OsSession, text: &str, keys: &str) {
    if let Err(e) = s.expect(text) {
        panic!("waiting for {text:?}: {e}");
    }
    s.send(keys).unwrap();
}

/// Drains the output and returns the exit code.
fn exit_code(mut s: OsSession) -> i32 {
    let _ = s.expect(Eof);
    match s.get_process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("aqor did not exit normally: {other:?}"),
    }
}

fn read(file: &Path) -> Assessment {
    let text = std::fs::read_to_string(file).unwrap();
    assessment::parse(&text, "a.yaml").unwrap().assessment
}

fn level(a: &Assessment, id: &str) -> Option<String> {
    a.choice(id).map(|c| c.as_str().to_string())
}

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("blois.yaml");
    (dir, file)
}

/// Answers an indicator at or above its target, leaving every detail empty.
fn answer_plain(s: &mut OsSession, id: &str, key: &str) {
    at(s, &format!("{id} — your level?"), &format!("{key}{ENTER}"));
    at(s, "Comment", ENTER);
    at(s, "Evidence", ENTER);
    at(s, "Importance", ENTER);
}

#[test]
fn completes_the_grid_and_changes_an_answer() {
    let (_dir, file) = temp();
    let mut s = spawn(&file, &["--lang", "en"]);
    at(&mut s, "Structure id", &format!("cio-blois{ENTER}"));
    at(&mut s, "Structure name", &format!("CIO de Blois{ENTER}"));
    at(&mut s, "Network", &format!("AIOA 41{ENTER}"));
    at(&mut s, "Who answers?", ENTER);
    // Profiles: tick the second (cio), so C1.3 (cfa only) is out of scope.
    at(&mut s, "Which profiles", DOWN);
    s.send(" ").unwrap();
    s.send(ENTER).unwrap();

    // C1.1 below its target: details, a bad date refused, an action.
    at(&mut s, "Indicator 1/4", "");
    at(&mut s, "C1.1 — your level?", &format!("1{ENTER}"));
    at(&mut s, "Comment", &format!("Tuesdays only{ENTER}"));
    at(&mut s, "Evidence", ENTER);
    at(&mut s, "Importance", &format!("3{ENTER}"));
    at(&mut s, "Open one walk-in half-day", ""); // the grid's suggestion
    at(
        &mut s,
        "Action to take",
        &format!("Open on Tuesdays{ENTER}"),
    );
    at(&mut s, "Who is in charge?", &format!("Zoé{ENTER}"));
    at(&mut s, "Due date", &format!("31/02/2099{ENTER}"));
    at(&mut s, "not a date", &BACKSPACE.repeat(10));
    s.send(format!("31/03/2099{ENTER}")).unwrap();

    // C1.2: go back, change C1.1 to its target (its action goes), keep the rest.
    at(&mut s, "Indicator 2/4", "");
    at(&mut s, "C1.2 — your level?", &format!("<{ENTER}"));
    at(&mut s, "Current answer: 1 In progress", "");
    // Enter keeps the comment; `-` empties the importance.
    at(&mut s, "C1.1 — your level?", &format!("2{ENTER}"));
    at(&mut s, "Comment", ENTER);
    at(&mut s, "Evidence", ENTER);
    at(&mut s, "Importance", &format!("-{ENTER}"));
    answer_plain(&mut s, "C1.2", "3");
    at(&mut s, "C2.1 — your level?", &format!("na{ENTER}"));
    at(
        &mut s,
        "Why does it not apply?",
        &format!("closed for works{ENTER}"),
    );
    answer_plain(&mut s, "C2.2", "yes");
    at(&mut s, "Review", "");
    at(&mut s, "Change an answer, or finish", ENTER);
    at(&mut s, "Overall", "");
    at(&mut s, "Test label — met", "");
    at(&mut s, "aqor plan", "");
    assert_eq!(exit_code(s), 0);

    let a = read(&file);
    assert_eq!(a.structure.id, "cio-blois");
    assert_eq!(a.structure.network.as_deref(), Some("AIOA 41"));
    assert_eq!(a.structure.profiles, ["cio"]);
    let c11 = &a.answers["C1.1"];
    assert_eq!(level(&a, "C1.1").as_deref(), Some("2"));
    assert_eq!(c11.comment.as_deref(), Some("Tuesdays only"));
    assert_eq!((c11.importance, &c11.action), (None, &None));
    assert_eq!(level(&a, "C1.2").as_deref(), Some("3"));
    assert_eq!(level(&a, "C2.1").as_deref(), Some("na"));
    assert_eq!(
        a.answers["C2.1"].comment.as_deref(),
        Some("closed for works")
    );
    assert_eq!(level(&a, "C2.2").as_deref(), Some("yes"));
    assert!(!a.answers.contains_key("C1.3"));
}

#[test]
fn a_killed_session_keeps_every_answer_and_resumes() {
    let (_dir, file) = temp();
    let flags = [
        "--structure-id",
        "cio-blois",
        "--structure-name",
        "CIO de Blois",
        "--profile",
        "cio",
        "--network",
        "AIOA 41",
        "--assessor",
        "Zoé",
    ];
    let mut s = spawn(&file, &flags);
    // French UI; C1.1 below target with an action, then C1.2 half answered.
    at(&mut s, "C1.1 — votre niveau\u{202f}?", &format!("0{ENTER}"));
    at(&mut s, "Commentaire", &format!("rien encore{ENTER}"));
    at(&mut s, "Preuves", ENTER);
    at(&mut s, "Importance", ENTER);
    at(&mut s, "Action à mener", &format!("Ouvrir le mardi{ENTER}"));
    at(&mut s, "Qui en est chargé", &format!("Zoé{ENTER}"));
    at(&mut s, "Échéance", &format!("2099-03-31{ENTER}"));
    at(&mut s, "C1.2 — votre niveau\u{202f}?", &format!("2{ENTER}"));
    at(&mut s, "Commentaire", &format!("affiches{ENTER}"));
    // Killed while the evidence is being typed.
    at(&mut s, "Preuves", "classeur");
    s.get_process_mut().kill(Signal::SIGKILL).unwrap();
    let _ = s.expect(Eof);
    let _ = s.get_process().wait();

    let a = read(&file);
    assert_eq!(a.answers.len(), 2);
    let c11 = &a.answers["C1.1"];
    assert_eq!(level(&a, "C1.1").as_deref(), Some("0"));
    let action = c11.action.as_ref().expect("the action was saved");
    assert_eq!(action.owner.as_deref(), Some("Zoé"));
    assert_eq!(
        action.due.map(|d| d.to_string()).as_deref(),
        Some("2099-03-31")
    );
    assert_eq!(level(&a, "C1.2").as_deref(), Some("2"));
    assert_eq!(a.answers["C1.2"].comment.as_deref(), Some("affiches"));
    assert_eq!(a.answers["C1.2"].evidence, None);
    let leftovers = std::fs::read_dir(file.parent().unwrap()).unwrap().count();
    assert_eq!(leftovers, 1, "only the assessment file");

    // Same command again: it says so and goes on at the first unanswered indicator.
    let mut s = spawn(&file, &flags);
    at(&mut s, "Reprise de", "");
    at(&mut s, "2/4 répondus", "");
    at(&mut s, "suite à C2.1", "");
    at(&mut s, "C2.1 — votre niveau\u{202f}?", &format!("3{ENTER}"));
    at(&mut s, "Commentaire", ENTER);
    at(&mut s, "Preuves", ENTER);
    at(&mut s, "Importance", ENTER);
    at(
        &mut s,
        "C2.2 — votre niveau\u{202f}?",
        &format!("yes{ENTER}"),
    );
    at(&mut s, "Commentaire", ENTER);
    at(&mut s, "Preuves", ENTER);
    at(&mut s, "Importance", ENTER);
    at(&mut s, "Relecture", "");
    at(&mut s, "Modifier une réponse, ou terminer", ENTER);
    at(&mut s, "Priorités", "");
    assert_eq!(exit_code(s), 0);
    let a = read(&file);
    assert_eq!(a.answers.len(), 4);
    assert_eq!(a.answers["C1.1"].comment.as_deref(), Some("rien encore"));
    assert_eq!(level(&a, "C2.2").as_deref(), Some("yes"));
}

#[test]
fn a_closed_terminal_keeps_the_answers_given() {
    let (_dir, file) = temp();
    let mut s = spawn(
        &file,
        &[
            "--lang",
            "en",
            "--structure-id",
            "s1",
            "--structure-name",
            "S",
            "--profile",
            "cfa",
        ],
    );
    at(&mut s, "Network", ENTER);
    at(&mut s, "Who answers?", ENTER);
    answer_plain(&mut s, "C1.1", "2");
    answer_plain(&mut s, "C1.2", "3");
    at(&mut s, "C1.3 — your level?", "ye");
    s.get_process_mut().kill(Signal::SIGHUP).unwrap();
    let _ = s.expect(Eof);
    let _ = s.get_process().wait();
    let a = read(&file);
    assert_eq!(a.structure.profiles, ["cfa"]);
    assert_eq!(level(&a, "C1.1").as_deref(), Some("2"));
    assert_eq!(level(&a, "C1.2").as_deref(), Some("3"));
    assert_eq!(a.answers.len(), 2);
}

#[test]
fn a_missing_folder_is_reported_before_any_question() {
    Command::cargo_bin("aqor")
        .unwrap()
        .args(["assess", GRID, "--plain", "-o", "no/such/folder/a.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist"));
}

#[test]
fn ctrl_c_stops_with_answers_saved_and_esc_goes_back() {
    let (_dir, file) = temp();
    let mut s = spawn(
        &file,
        &[
            "--lang",
            "en",
            "--structure-id",
            "s1",
            "--structure-name",
            "S",
            "--profile",
            "cio",
        ],
    );
    at(&mut s, "Network", ENTER);
    at(&mut s, "Who answers?", ENTER);
    answer_plain(&mut s, "C1.1", "3");
    // Esc on C1.2 goes back to C1.1, whose answer is shown.
    at(&mut s, "C1.2 — your level?", ESC);
    at(&mut s, "Current answer: 3 Mastered", "");
    at(&mut s, "C1.1 — your level?", "\x03");
    at(&mut s, "Every answer given is saved in", "");
    at(&mut s, "To resume, run again:", "");
    assert_eq!(exit_code(s), 130);
    assert_eq!(level(&read(&file), "C1.1").as_deref(), Some("3"));
}

#[test]
fn refuses_an_assessment_of_another_grid() {
    let (_dir, file) = temp();
    let other = "format: aqor-assessment/1\ngrid: {id: other, version: 1.0.0}\nstructure: {id: s, name: S}\ndate: 2026-11-24\nanswers:\n  X.1: {level: \"2\"}\n";
    std::fs::write(&file, other).unwrap();
    let mut s = spawn(&file, &[]);
    at(&mut s, "answers grid `other`, not `assess-demo`", "");
    at(&mut s, "cannot be resumed", "");
    assert_eq!(exit_code(s), 1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), other);
}

#[test]
fn an_older_version_is_refused_with_migrate_suggested() {
    let (_dir, file) = temp();
    let old = "format: aqor-assessment/1\ngrid: {id: assess-demo, version: 0.9.0}\nstructure: {id: s, name: S}\ndate: 2025-11-24\n";
    std::fs::write(&file, old).unwrap();
    Command::cargo_bin("aqor")
        .unwrap()
        .args(["assess", GRID, "--plain", "-o"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("aqor migrate"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), old);
}

#[test]
fn a_file_that_is_not_an_assessment_is_left_alone() {
    let (_dir, file) = temp();
    std::fs::write(&file, "shopping: [bread, milk]\n").unwrap();
    Command::cargo_bin("aqor")
        .unwrap()
        .args(["assess", GRID, "--plain", "-o"])
        .arg(&file)
        .write_stdin("s\nS\n\n\n\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not an aqor assessment"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "shopping: [bread, milk]\n"
    );
}

#[test]
fn without_a_terminal_it_points_to_the_campaign_csv() {
    let (_dir, file) = temp();
    Command::cargo_bin("aqor")
        .unwrap()
        .args(["assess", GRID, "-o"])
        .arg(&file)
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not one"))
        .stderr(predicate::str::contains("aqor template"))
        .stderr(predicate::str::contains("--plain"));
    assert!(!file.exists());
}

#[test]
fn plain_mode_answers_line_by_line_and_stops_at_end_of_input() {
    let (_dir, file) = temp();
    let run = |input: &str| {
        Command::cargo_bin("aqor")
            .unwrap()
            .args(["assess", GRID, "--plain", "--lang", "en", "-o"])
            .arg(&file)
            .args([
                "--structure-id",
                "s1",
                "--structure-name",
                "S",
                "--network",
                "N",
            ])
            .args(["--assessor", "A", "--profile", "cio"])
            .write_stdin(input)
            .assert()
    };
    // C1.1 = 2 with a comment; C1.2 = 0 with an action; then the input ends.
    run("2\nok\n\n\n0\n\n\n4\nPrint leaflets\nZoé\n2099-12-31\n")
        .code(130)
        .stderr(predicate::str::contains("To resume"));
    let a = read(&file);
    assert_eq!(a.answers["C1.1"].comment.as_deref(), Some("ok"));
    assert_eq!(a.answers["C1.2"].importance, Some(4));
    let action = a.answers["C1.2"].action.clone().unwrap();
    assert_eq!(action.text.as_deref(), Some("Print leaflets"));
    // Resume: skip C2.1, answer C2.2; on the review screen, empty C1.1's comment; finish.
    run(">\nno\n\n\n\n\nC1.1\n\n-\n\n\n.\n")
        .code(0)
        .stdout(predicate::str::contains("Resuming"))
        .stdout(predicate::str::contains("continuing at C2.1"))
        .stdout(predicate::str::contains("Highest priorities"))
        .stdout(predicate::str::contains("Test label — not met"))
        .stdout(predicate::str::contains("coverage 75.0 % < 100 %"))
        .stdout(predicate::str::contains("1 indicator(s) left unanswered"));
    let a = read(&file);
    assert_eq!(level(&a, "C2.2").as_deref(), Some("no"));
    assert_eq!(level(&a, "C2.1"), None);
    assert_eq!(level(&a, "C1.1").as_deref(), Some("2"));
    assert_eq!(a.answers["C1.1"].comment, None);
}

#[test]
fn an_unknown_profile_is_a_usage_error() {
    let (_dir, file) = temp();
    Command::cargo_bin("aqor")
        .unwrap()
        .args(["assess", GRID, "--plain", "--profile", "cioo", "-o"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `cio`"));
    assert!(!file.exists());
}

#[test]
fn leaving_during_the_first_questions_writes_nothing() {
    let (_dir, file) = temp();
    Command::cargo_bin("aqor")
        .unwrap()
        .args(["assess", GRID, "--plain", "--lang", "en", "-o"])
        .arg(&file)
        .write_stdin("cio-blois\n")
        .assert()
        .code(130)
        .stderr(predicate::str::contains("nothing was written"));
    assert!(!file.exists());
}
