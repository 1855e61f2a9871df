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
    cmd.env("NO_COLOR", "1").env("PAGER", "cat");
    let mut s = Session::spawn(cmd).expect("spawn aqor in a pty");
    s.get_process_mut().set_window_size(80, 24).unwrap();
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
    at(&mut s, "Structure name", &format!("CIO de Blois{ENTER}"));
    // The id suggested from the name, edited with Ctrl-W (a word) and Ctrl-U (all).
    at(&mut s, "cio-de-blois", "\x17");
    s.send("\x15cio blois\r").unwrap();
    at(&mut s, "letters, digits, - and _ only", "\x01\x0b");
    s.send(format!("cio-blois{ENTER}")).unwrap();
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
    at(&mut s, "Open one walk-in half-day", &format!("+{ENTER}")); // own words
    at(
        &mut s,
        "Action to take",
        &format!("Open on Tuesdays{ENTER}"),
    );
    at(&mut s, "Who is in charge?", &format!("Zoé{ENTER}"));
    at(&mut s, "Due date", &format!("31/02/2099{ENTER}"));
    at(&mut s, "not a date", &BACKSPACE.repeat(10));
    s.send(format!("31/03/2099{ENTER}")).unwrap();
    at(&mut s, "Status of the action", ENTER);

    // C1.2: go back, change C1.1 to its target: the action stays, marked done.
    at(&mut s, "Indicator 2/4", "");
    at(&mut s, "C1.2 — your level?", &format!("<{ENTER}"));
    at(&mut s, "Current answer: 1 In progress", "");
    // Enter keeps the comment; `-` empties the importance.
    at(&mut s, "C1.1 — your level?", &format!("2{ENTER}"));
    at(&mut s, "Comment", ENTER);
    at(&mut s, "Evidence", ENTER);
    at(&mut s, "Importance", &format!("-{ENTER}"));
    at(&mut s, "Target reached: the action stays", ENTER);
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
    assert_eq!(c11.importance, None);
    let action = c11
        .action
        .as_ref()
        .expect("reaching the target keeps the action");
    assert_eq!(action.text.as_deref(), Some("Open on Tuesdays"));
    assert_eq!(action.status, Some(assessment::ActionStatus::Done));
    assert_eq!(a.language.as_deref(), Some("en"));
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
    let mut s = spawn(&file, &[&flags[..], &["--lang", "fr"]].concat());
    // French UI; C1.1 below target with an action, then C1.2 half answered.
    at(&mut s, "C1.1 — votre niveau\u{202f}?", &format!("0{ENTER}"));
    at(&mut s, "Commentaire", &format!("rien encore{ENTER}"));
    at(&mut s, "Preuves", ENTER);
    at(&mut s, "Importance", ENTER);
    at(&mut s, "choisissez-en une", &format!("+{ENTER}"));
    at(&mut s, "Action à mener", &format!("Ouvrir le mardi{ENTER}"));
    at(&mut s, "Qui en est chargé", &format!("Zoé{ENTER}"));
    at(&mut s, "Échéance", &format!("31.03.2099{ENTER}"));
    at(&mut s, "État de l’action", &format!("doing{ENTER}"));
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
    assert_eq!(action.status, Some(assessment::ActionStatus::Doing));
    let mut left: Vec<String> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["blois.yaml", "blois.yaml.lock"], "no temporary file");

    // Same command again, still in French without --lang (the file says so): the
    // dead session's lock is taken over with a notice, and it goes on.
    let mut s = spawn(&file, &flags);
    at(&mut s, "s’est arrêtée sans se fermer", "");
    at(&mut s, "Reprise de", "");
    at(&mut s, "2/4 répondus", "");
    at(&mut s, "suite à C2.1", "");
    at(&mut s, "C2.1 — votre niveau\u{202f}?", ENTER);
    at(&mut s, "Entrée seule ne répond pas", &format!("3{ENTER}"));
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
    // The cursor is on C1.1 (below its target): `.` finishes.
    at(&mut s, "Modifier une réponse, ou terminer", ".\r");
    at(&mut s, "Priorités", "");
    at(&mut s, "aqor plan", "");
    assert_eq!(exit_code(s), 0);
    assert!(!lock_of(&file).exists(), "the lock goes with the session");
    let a = read(&file);
    assert_eq!(a.language.as_deref(), Some("fr"));
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
        .args([
            "assess",
            GRID,
            "--plain",
            "--lang",
            "en",
            "-o",
            "no/such/folder/a.yaml",
        ])
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
    let mut s = spawn(&file, &["--lang", "en"]);
    at(&mut s, "answers grid “other”, not “assess-demo”", "");
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
        .args(["assess", GRID, "--plain", "--lang", "en", "-o"])
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
        .args(["assess", GRID, "--lang", "en", "-o"])
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
        .stdout(predicate::str::contains("coverage 75.0% < 100%"))
        .stdout(predicate::str::contains("1 indicator left unanswered"));
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
        .args([
            "assess",
            GRID,
            "--plain",
            "--lang",
            "en",
            "--profile",
            "cioo",
            "-o",
        ])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean “cio”"));
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

fn lock_of(file: &Path) -> PathBuf {
    file.with_file_name("blois.yaml.lock")
}

const FLAGS: [&str; 6] = [
    "--structure-id",
    "ml-lodz",
    "--structure-name",
    "ML Łódź",
    "--profile",
    "cio",
];

/// What the tests look for, in one language.
struct Words {
    lang: &'static str,
    level_q: &'static str,
    enter_alone: &'static str,
    pick_action: &'static str,
    action: &'static str,
    status: &'static str,
    reached: &'static str,
    resuming: &'static str,
    taken: &'static str,
    changed: &'static str,
    comment: &'static str,
    evidence: &'static str,
    owner: &'static str,
    due: &'static str,
    /// C1.1's answer once `1` is chosen, as the screens above its details show it.
    answer: &'static str,
}

const FR: Words = Words {
    lang: "fr",
    level_q: "votre niveau\u{202f}?",
    enter_alone: "Entrée seule ne répond pas",
    pick_action: "choisissez-en une",
    action: "Action à mener",
    status: "État de l’action",
    reached: "Cible atteinte\u{202f}: l’action est gardée",
    resuming: "Reprise de",
    taken: "est déjà ouvert dans une autre session",
    changed: "a été modifié par autre chose",
    comment: "Commentaire",
    evidence: "Preuves",
    owner: "Qui en est chargé",
    due: "Échéance",
    answer: "Réponse actuelle\u{202f}: 1 En cours",
};

const PL: Words = Words {
    lang: "pl",
    level_q: "wasz poziom?",
    enter_alone: "Sam Enter nie jest odpowiedzią",
    pick_action: "wybierzcie jedno z siatki",
    action: "Działanie do podjęcia",
    status: "Stan działania",
    reached: "Cel osiągnięty: działanie zostaje",
    resuming: "Wznowienie",
    taken: "jest już otwarty w innej sesji",
    changed: "został zmieniony przez coś innego",
    comment: "Komentarz",
    evidence: "Dowody",
    owner: "Kto odpowiada",
    due: "Termin",
    answer: "Obecna odpowiedź: 1 En cours",
};

/// At 80×24: the question in view above the choices, no level preselected, the grid's
/// suggested action picked then edited with Ctrl keys, a dotted date, the action kept
/// (and marked done) when the answer reaches its target; the language kept in the file.
fn question_in_view_and_nothing_dropped(w: &Words) {
    let (_dir, file) = temp();
    let mut s = spawn(
        &file,
        &[
            &FLAGS[..],
            &["--lang", w.lang, "--network", "N", "--assessor", "A"],
        ]
        .concat(),
    );
    // Criterion, indicator, guidance, then the list: all on the first screen.
    at(&mut s, "C1 — Accueil", "");
    at(&mut s, "C1.1 Accueil sans rendez-vous", "");
    at(&mut s, "Le public peut-il venir sans rendez-vous ?", "");
    at(&mut s, &format!("C1.1 — {}", w.level_q), ENTER);
    at(&mut s, w.enter_alone, "i\r");
    // The key `i` shows the level descriptions (PAGER=cat here).
    at(&mut s, "Des actions ont commencé.", "");
    at(
        &mut s,
        &format!("C1.1 — {}", w.level_q),
        &format!("1{ENTER}"),
    );
    // The indicator and the answer chosen stay in view above each detail.
    let in_view = [
        "C1.1 Accueil sans rendez-vous",
        "Le public peut-il",
        w.answer,
    ];
    screen(
        &mut s,
        &[&in_view[..], &[&format!("? {}", w.comment)]].concat(),
    );
    s.send(ENTER).unwrap();
    at(&mut s, w.evidence, ENTER);
    at(&mut s, "(1–4)", &format!("2{ENTER}"));
    at(&mut s, w.pick_action, &format!("1{ENTER}"));
    // The suggestion is there to edit: Ctrl-E, then Ctrl-W removes "rendez-vous".
    screen(
        &mut s,
        &[&in_view[..], &[&format!("? {}", w.action)]].concat(),
    );
    s.send("\x05\x17").unwrap();
    s.send(format!("RDV{ENTER}")).unwrap();
    at(&mut s, w.owner, ENTER);
    at(&mut s, w.due, &format!("31.03.2099{ENTER}"));
    at(&mut s, w.status, ENTER);
    at(
        &mut s,
        &format!("C1.2 — {}", w.level_q),
        &format!("<{ENTER}"),
    );
    at(
        &mut s,
        &format!("C1.1 — {}", w.level_q),
        &format!("2{ENTER}"),
    );
    at(&mut s, w.comment, ENTER);
    at(&mut s, w.evidence, ENTER);
    at(&mut s, "(1–4)", ENTER);
    at(&mut s, w.reached, ENTER);
    at(&mut s, &format!("C1.2 — {}", w.level_q), "\x03");
    assert_eq!(exit_code(s), 130);
    let a = read(&file);
    assert_eq!(a.language.as_deref(), Some(w.lang));
    let action = a.answers["C1.1"]
        .action
        .clone()
        .expect("the action is kept");
    assert_eq!(
        action.text.as_deref(),
        Some("Ouvrir une demi-journée sans RDV")
    );
    assert_eq!(action.due.unwrap().to_string(), "2099-03-31");
    assert_eq!(action.status, Some(assessment::ActionStatus::Done));
    assert_eq!(level(&a, "C1.1").as_deref(), Some("2"));
    assert!(
        !a.answers.contains_key("C1.2"),
        "Enter alone answered nothing"
    );

    // Resumed without --lang: in the file's language.
    let mut s = spawn(&file, &[]);
    at(&mut s, w.resuming, "");
    at(&mut s, &format!("C1.2 — {}", w.level_q), "\x03");
    assert_eq!(exit_code(s), 130);
}

#[test]
fn question_in_view_and_nothing_dropped_fr() {
    question_in_view_and_nothing_dropped(&FR);
}

#[test]
fn question_in_view_and_nothing_dropped_pl() {
    question_in_view_and_nothing_dropped(&PL);
}

/// What a whole screen holds between `\x1b[H` (its top) and its end: text, line
/// ends and `\x1b[K` (erase the line's rest), never another escape.
const ON_SCREEN: &str = r"(?:[^\x1b]|\x1b\[K)*?";

/// Waits for a screen drawn whole (from its top) that shows `parts` in this order, and
/// returns its rows up to the last part, escapes removed.
fn screen(s: &mut OsSession, parts: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = parts.iter().map(|p| regex_quote(p)).collect();
    let re = format!(r"\x1b\[H{ON_SCREEN}{}", quoted.join(ON_SCREEN));
    screen_matching(s, &re)
}

/// Waits for a screen drawn whole whose text from its top matches `re`; its rows.
fn screen_matching(s: &mut OsSession, re: &str) -> Vec<String> {
    let found = match s.expect(expectrl::Regex(re)) {
        Ok(found) => found,
        Err(e) => panic!("waiting for a screen matching {re:?}: {e}"),
    };
    let text = String::from_utf8_lossy(found.get(0).unwrap()).into_owned();
    text.trim_start_matches("\x1b[H")
        .split("\r\n")
        .map(|row| row.replace("\x1b[K", ""))
        .collect()
}

fn regex_quote(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\\' | '.' | '+' | '*' | '?' | '(' | ')' | '|' | '[' | ']' | '{' | '}' | '^' | '$' => {
                format!("\\{c}")
            }
            c => c.to_string(),
        })
        .collect()
}

/// The screen of C1.2 (long guidance) with its guidance cut after `n` rows.
fn guidance_cut_after(n: usize) -> String {
    format!(r"\x1b\[H(?:[^\x1b]*\x1b\[K\r\n){{{}}}… \(i", 4 + n)
}

/// Resizing redraws the screen for the new size, and nothing typed is lost.
fn resizing_redraws(w: &Words) {
    let (_dir, file) = temp();
    let flags = [
        &FLAGS[..],
        &["--lang", w.lang, "--network", "N", "--assessor", "A"],
    ]
    .concat();
    let mut s = spawn(&file, &flags);
    at(
        &mut s,
        &format!("C1.1 — {}", w.level_q),
        &format!("3{ENTER}"),
    );
    at(&mut s, w.comment, ENTER);
    at(&mut s, w.evidence, ENTER);
    at(&mut s, "(1–4)", ENTER);
    // 80×24: C1.2's long guidance gives way to the list after five rows.
    let rows = screen_matching(&mut s, &guidance_cut_after(5));
    assert!(rows.iter().all(|r| r.chars().count() < 80), "{rows:#?}");
    assert_eq!(rows[3], "C1.2 Information accessible");
    // 100×30: all of it, to its last words, with no key pressed.
    s.get_process_mut().set_window_size(100, 30).unwrap();
    let rows = screen(&mut s, &["C1.2 Information accessible", "des repères."]);
    assert!(rows[0].contains("C1 — Accueil"), "{rows:#?}");
    assert!(!rows.iter().any(|r| r.contains("… (i")), "{rows:#?}");
    // 60×20: folded to 59 columns, one row of guidance.
    s.get_process_mut().set_window_size(60, 20).unwrap();
    let rows = screen_matching(&mut s, &guidance_cut_after(1));
    assert!(rows.iter().all(|r| r.chars().count() < 60), "{rows:#?}");
    assert!(rows[4].starts_with("Regarder les supports"), "{rows:#?}");
    // The question still answers; a comment half typed survives a resize.
    s.send(format!("2{ENTER}")).unwrap();
    at(&mut s, w.comment, "abc");
    std::thread::sleep(Duration::from_millis(300));
    s.get_process_mut().set_window_size(80, 24).unwrap();
    screen(
        &mut s,
        &[
            "C1.2 Information accessible",
            &format!("? {} abc", w.comment),
        ],
    );
    s.send(format!("def{ENTER}")).unwrap();
    at(&mut s, w.evidence, "\x03");
    assert_eq!(exit_code(s), 130);
    let a = read(&file);
    assert_eq!(level(&a, "C1.2").as_deref(), Some("2"));
    assert_eq!(a.answers["C1.2"].comment.as_deref(), Some("abcdef"));
}

#[test]
fn resizing_redraws_the_question_fr() {
    resizing_redraws(&FR);
}

#[test]
fn resizing_redraws_the_question_pl() {
    resizing_redraws(&PL);
}

/// A second session on a file that one is answering is refused; the first goes on.
fn second_session_refused(w: &Words) {
    let (_dir, file) = temp();
    let flags = [
        &FLAGS[..],
        &["--lang", w.lang, "--network", "N", "--assessor", "A"],
    ]
    .concat();
    let mut first = spawn(&file, &flags);
    at(&mut first, &format!("C1.1 — {}", w.level_q), "");
    let mut second = spawn(&file, &flags);
    at(&mut second, w.taken, "");
    assert_eq!(exit_code(second), 2);
    first.send(format!("3{ENTER}")).unwrap();
    at(&mut first, w.comment, "\x03");
    assert_eq!(exit_code(first), 130);
    assert_eq!(level(&read(&file), "C1.1").as_deref(), Some("3"));
    assert!(!lock_of(&file).exists());
}

#[test]
fn a_second_session_is_refused_fr() {
    second_session_refused(&FR);
}

#[test]
fn a_second_session_is_refused_pl() {
    second_session_refused(&PL);
}

/// Two sessions started at the same moment: exactly one runs, whichever comes first.
#[test]
fn two_sessions_started_at_once_one_is_refused() {
    use std::io::Write;
    use std::process::Stdio;
    let (_dir, file) = temp();
    let start = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_aqor"))
            .args(["assess", &grid_path(), "--plain", "--lang", "pl", "-o"])
            .arg(&file)
            .args(FLAGS)
            .args(["--network", "N", "--assessor", "A"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (mut a, mut b) = (start(), start());
    std::thread::sleep(Duration::from_millis(800));
    for c in [&mut a, &mut b] {
        let _ = c.stdin.take().unwrap().write_all(b"2\n\n\n\n");
    }
    let outs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
    let refused: Vec<_> = outs
        .iter()
        .filter(|o| String::from_utf8_lossy(&o.stderr).contains(PL.taken))
        .collect();
    assert_eq!(refused.len(), 1, "exactly one refused");
    assert_eq!(refused[0].status.code(), Some(2));
    assert_eq!(level(&read(&file), "C1.1").as_deref(), Some("2"));
}

/// The file changed behind the session's back: not overwritten, the answers kept aside.
fn edited_by_hand(w: &Words) {
    let (dir, file) = temp();
    let flags = [
        &FLAGS[..],
        &["--lang", w.lang, "--network", "N", "--assessor", "A"],
    ]
    .concat();
    let mut s = spawn(&file, &flags);
    at(&mut s, &format!("C1.1 — {}", w.level_q), "");
    let edited = format!(
        "{}# checked by Zoé\n",
        std::fs::read_to_string(&file).unwrap()
    );
    std::fs::write(&file, &edited).unwrap();
    s.send(format!("3{ENTER}")).unwrap();
    at(&mut s, w.changed, "");
    at(&mut s, "blois.unsaved-", "");
    assert_eq!(exit_code(s), 1);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), edited);
    let rescued = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("unsaved"))
        .expect("a rescue file");
    assert_eq!(level(&read(&rescued), "C1.1").as_deref(), Some("3"));
    assert!(!lock_of(&file).exists());
}

#[test]
fn a_file_edited_by_hand_is_not_overwritten_fr() {
    edited_by_hand(&FR);
}

#[test]
fn a_file_edited_by_hand_is_not_overwritten_pl() {
    edited_by_hand(&PL);
}

#[test]
fn a_read_only_file_is_refused_before_any_question() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, file) = temp();
    let text = "format: aqor-assessment/1\ngrid: {id: assess-demo, version: 1.0.0}\nstructure: {id: s, name: S, profiles: [cio]}\ndate: 2026-11-24\nlanguage: pl\n";
    std::fs::write(&file, text).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    Command::cargo_bin("aqor")
        .unwrap()
        .args(["assess", GRID, "--plain", "-o"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("jest tylko do odczytu"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

/// A full disk: the answer that could not be saved goes to a rescue file elsewhere.
#[test]
fn a_full_disk_keeps_the_answer_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs"])
        .arg(dir.path())
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs (needs root)");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(dir.path());
    // Fill it page by page, then free two pages: the lock and the file fit, no more.
    let mut pages = Vec::new();
    for i in 0.. {
        let p = dir.path().join(format!("fill{i}"));
        if std::fs::write(&p, [0u8; 4096]).is_err() {
            let _ = std::fs::remove_file(&p);
            break;
        }
        pages.push(p);
    }
    for p in pages.iter().rev().take(2) {
        std::fs::remove_file(p).unwrap();
    }
    let file = dir.path().join("blois.yaml");
    let rescue = tempfile::tempdir().unwrap();
    Command::cargo_bin("aqor")
        .unwrap()
        .env("TMPDIR", rescue.path())
        .args(["assess", GRID, "--plain", "--lang", "fr", "-o"])
        .arg(&file)
        .args(FLAGS)
        .args(["--network", "N", "--assessor", "A"])
        .write_stdin("3\n\n\n\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("impossible d’enregistrer"))
        .stderr(predicate::str::contains("le disque est plein"));
    let saved = std::fs::read_dir(rescue.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .next()
        .expect("the answers kept aside");
    assert_eq!(level(&read(&saved), "C1.1").as_deref(), Some("3"));
}
