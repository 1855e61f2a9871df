//! `aqor consensus`: a group's answers brought together (docs/consensus.md): the
//! agreement classes, the median, the meeting order, the draft, the PDF's text, and the
//! refusals of `score` and of bad group input.

mod common;

use aqor::assessment::{Choice, Role};
use common::run;
use std::path::Path;

const GROUP: &str = "tests/fixtures/consensus/group.csv";

/// Runs `aqor consensus INPUTS --grid aqor --out-dir DIR --lang en`.
fn consensus(inputs: &[&str], dir: &Path) -> common::Outcome {
    let mut args = vec!["consensus"];
    args.extend(inputs);
    args.extend(["--grid", "aqor", "--lang", "en", "--out-dir"]);
    args.push(dir.to_str().unwrap());
    run(&args, |_| {})
}

/// Text with runs of white space made single spaces (extraction splits lines freely).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where each of `marks` is in `text`, failing when one is missing or out of order.
fn in_order(text: &str, marks: &[&str]) {
    let mut from = 0;
    for m in marks {
        let at = text[from..]
            .find(m)
            .unwrap_or_else(|| panic!("{m:?} missing after byte {from} in:\n{text}"));
        from += at + m.len();
    }
}

/// A CSV of the group fixture's header with `rows` under it.
fn group_csv(dir: &Path, rows: &[&str]) -> String {
    let header = std::fs::read_to_string(GROUP).unwrap();
    let header = header.lines().next().unwrap();
    let path = dir.join("bad.csv");
    std::fs::write(&path, format!("{header}\n{}\n", rows.join("\n"))).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn meeting_document_puts_split_indicators_first_by_disagreement_times_weight() {
    let dir = tempfile::tempdir().unwrap();
    let o = consensus(&[GROUP], dir.path());
    assert_eq!(o.code, 0, "{}", o.stderr);
    let md = std::fs::read_to_string(dir.path().join("consensus-cio-test.md")).unwrap();
    // C1.1 (spread 3, weight 2) before C3.2 (spread 2, weight 2) before C2.1 (spread 3,
    // weight 1) and C3.1 (`na` beside levels, weight 1; grid order breaks the tie).
    in_order(
        &md,
        &[
            "# Consensus meeting — CIO de Test",
            "Respondents: Alice (team, 2 March 2026), Bruno (management, 3 March 2026), Chloé (partner, 4 March 2026), Dan (user, 5 March 2026)",
            "## Split: to discuss (4)",
            "### C1.1 ",
            "Median: 1 In progress · Spread (levels): 3 · Weight: 2.0 · Answers per level: 0 × 1, 1 × 1, 2 × 1, 3 × 1, na × 0",
            "| Alice (team) | 0 Not started | Aucune procédure écrite pour l'accueil |",
            "| Bruno (management) | 3 Mastered | La charte d'accueil est signée depuis 2024 |",
            "| Chloé (partner) | 1 In progress |  |",
            "| Dan (user) | 2 Done | Bien accueilli, mais l'attente est longue |",
            "Agreed level: ______ · Why: ______",
            "### C3.2 ",
            "Median: 3 Mastered · Spread (levels): 2",
            "Les fiches métiers datent de 2019 — Proposed action: Mettre à jour les fiches métiers",
            "### C2.1 ",
            "Median: 3 Mastered · Spread (levels): 3 · Weight: 1.0",
            "### C3.1 ",
            "| Bruno (management) | not applicable | Nous ne recevons pas ce public |",
            "## Close: within one level (2)",
            "### C1.2 ",
            "Median: 2 Done · Spread (levels): 1 · Weight: 2.0",
            "### C2.3 ",
            "## Unanimous (1)",
            "| Indicator | Level | Comment |",
            "| C2.4 ",
        ],
    );
    // Close indicators are not to decide: no room for an agreement under them.
    let close = &md[md.find("## Close").unwrap()..];
    assert!(!close.contains("Agreed level"), "{close}");
}

#[test]
fn draft_takes_the_median_marks_split_indicators_and_keeps_every_answer() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(consensus(&[GROUP], dir.path()).code, 0);
    let path = dir.path().join("consensus-cio-test.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let draft = aqor::assessment::parse(&text, "draft").unwrap().assessment;
    let levels: Vec<(&str, &str, bool)> = draft
        .answers
        .iter()
        .map(|(id, a)| (id.as_str(), a.level.as_str(), a.discuss))
        .collect();
    // Grid order; four answers 2, 2, 3, 3 give the lower middle one, 2.
    assert_eq!(
        levels,
        [
            ("C1.1", "1", true),
            ("C1.2", "2", false),
            ("C2.1", "3", true),
            ("C2.3", "2", false),
            ("C2.4", "2", false),
            ("C3.1", "3", true),
            ("C3.2", "3", true),
        ]
    );
    assert_eq!(draft.respondent, None);
    assert_eq!(draft.campaign.as_deref(), Some("2026"));
    assert_eq!(draft.date.to_string(), "2026-03-05");
    let c = draft.consensus.as_ref().unwrap();
    assert_eq!(c.method, "median");
    let who: Vec<(&str, Option<Role>)> = c
        .respondents
        .iter()
        .map(|r| (r.name.as_str(), r.role))
        .collect();
    assert_eq!(
        who,
        [
            ("Alice", Some(Role::Team)),
            ("Bruno", Some(Role::Management)),
            ("Chloé", Some(Role::Partner)),
            ("Dan", Some(Role::User)),
        ]
    );
    let c31 = &draft.answers["C3.1"].votes;
    assert_eq!(c31.len(), 4);
    assert_eq!(c31[1].respondent, "Bruno");
    assert_eq!(c31[1].level, Some(Choice::Na));
    assert_eq!(
        c31[1].comment.as_deref(),
        Some("Nous ne recevons pas ce public")
    );
    let action = draft.answers["C3.2"].votes[0].action.as_ref().unwrap();
    assert_eq!(
        action.text.as_deref(),
        Some("Mettre à jour les fiches métiers")
    );
    // The draft is an ordinary assessment: `score` reads it.
    let o = run(
        &["score", path.to_str().unwrap(), "--format", "csv"],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stdout.contains("cio-test,CIO de Test,2026-03-05"),
        "{}",
        o.stdout
    );
}

#[test]
fn pdf_shows_each_respondents_comment_on_a_split_indicator() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(consensus(&[GROUP], dir.path()).code, 0);
    let pdf = dir.path().join("consensus-cio-test.pdf");
    let text = flat(&pdf_extract::extract_text(&pdf).unwrap());
    in_order(
        &text,
        &[
            "Consensus meeting",
            "CIO de Test",
            "Split: to discuss (4)",
            "C1.1",
            "Alice (team)",
            "Aucune procédure écrite pour l'accueil",
            "Bruno (management)",
            "La charte d'accueil est signée depuis 2024",
            "Dan (user)",
            "Bien accueilli, mais l'attente est longue",
            "Agreed level",
            "C3.2",
            "C2.1",
            "C3.1",
            "Nous ne recevons pas ce public",
            "Close: within one level (2)",
            "C1.2",
            "C2.3",
            "Unanimous (1)",
            "C2.4",
        ],
    );
}

#[test]
fn french_documents_speak_french() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "consensus",
            GROUP,
            "--grid",
            "aqor",
            "--lang",
            "fr",
            "--out-dir",
            dir.path().to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let md = std::fs::read_to_string(dir.path().join("consensus-cio-test.md")).unwrap();
    in_order(
        &md,
        &[
            "# Réunion de consensus — CIO de Test",
            "## Partagés\u{202f}: à discuter (4)",
            "Médiane\u{202f}: 1 En cours",
            "## Proches\u{202f}: à un niveau près (2)",
            "## Unanimes (1)",
        ],
    );
    let pdf = flat(&pdf_extract::extract_text(dir.path().join("consensus-cio-test.pdf")).unwrap());
    assert!(pdf.contains("Réunion de consensus"), "{pdf}");
}

#[test]
fn score_refuses_one_respondents_answers_and_names_consensus() {
    let o = run(&["score", GROUP, "--grid", "aqor"], |_| {});
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains(
        "tests/fixtures/consensus/group.csv row 2, column respondent: these are the answers of respondent “Alice”, one voice of a group self-assessment: scored alone they would stand for the whole structure; bring the group's answers together with `aqor consensus` and use its consensus file (docs/consensus.md)"
    ), "{}", o.stderr);
    assert_eq!(o.stderr.matches("one voice").count(), 4, "{}", o.stderr);
    assert!(o.stdout.is_empty(), "{}", o.stdout);
    // Named one by one, a respondent's own file is refused too.
    let o = run(&["score", "examples/group/cio-blois-paul.yaml"], |_| {});
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains(
            "examples/group/cio-blois-paul.yaml: these are the answers of respondent “Paul Girard”"
        ),
        "{}",
        o.stderr
    );
}

#[test]
fn a_folder_walk_leaves_respondents_files_to_consensus_with_a_note() {
    let o = run(&["score", "examples/", "--format", "csv"], |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("3 files of one respondent each in examples/ left out (examples/group/cio-blois-claire.yaml…): bring a group's answers together with `aqor consensus`"),
        "{}",
        o.stderr
    );
    // The example group itself: three respondents of one structure.
    let dir = tempfile::tempdir().unwrap();
    let o = consensus(&["examples/group/"], dir.path());
    assert_eq!(o.code, 0, "{}", o.stderr);
    let md = std::fs::read_to_string(dir.path().join("consensus-cio-blois.md")).unwrap();
    in_order(
        &md,
        &[
            "Claire Martin (team, 23 February 2026), Paul Girard (management, 24 February 2026), Sophie Roux (partner, 25 February 2026)",
            "## Split: to discuss (3)",
            "### C3.5 ",
            "### C1.4 ",
            "### C2.3 ",
            "## Close: within one level (2)",
            "## Unanimous (21)",
        ],
    );
}

#[test]
fn the_same_respondent_twice_in_a_campaign_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let csv = group_csv(
        dir.path(),
        &[
            "cio-test;CIO de Test;;2026-03-02;2026;Alice;team;0;;2;0;;3;2;3;;1;;",
            "cio-test;CIO de Test;;2026-03-09;2026;Alice;team;1;;2;0;;3;2;3;;1;;",
        ],
    );
    let out = dir.path().join("out");
    let o = consensus(&[&csv], &out);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains(&format!(
        "{csv} row 3, column respondent: respondent “Alice” already answered for “cio-test” in campaign 2026 ({csv} row 2); keep one"
    )), "{}", o.stderr);
    assert!(!out.exists(), "nothing written");
}

#[test]
fn unknown_role_and_missing_respondent_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let csv = group_csv(
        dir.path(),
        &[
            "cio-test;CIO de Test;;2026-03-02;2026;Alice;boss;0;;2;0;;3;2;3;;1;;",
            "cio-test;CIO de Test;;2026-03-03;2026;;team;0;;2;0;;3;2;3;;1;;",
            "cio-test;CIO de Test;;2026-03-04;2026;;;0;;2;0;;3;2;3;;1;;",
        ],
    );
    let out = dir.path().join("out");
    let o = consensus(&[&csv], &out);
    assert_eq!(o.code, 1, "{}", o.stderr);
    for line in [
        format!("{csv} row 2, column role: role “boss” is not team, management, partner or user"),
        format!(
            "{csv} row 3, column respondent: a role without a respondent; write whose answers these are in the respondent column"
        ),
        format!(
            "{csv} row 4, column respondent: no respondent: `aqor consensus` brings together the answers of several respondents; write whose answers these are (`respondent:` in an assessment file, the respondent column in a campaign)"
        ),
    ] {
        assert!(o.stderr.contains(&line), "{line}\n{}", o.stderr);
    }
    assert!(!out.exists(), "nothing written");
}

#[test]
fn bad_assessment_files_and_existing_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("r.yaml");
    let text = std::fs::read_to_string("examples/group/cio-blois-paul.yaml").unwrap();
    std::fs::write(&yaml, text.replace("role: management", "role: boss")).unwrap();
    let out = dir.path().join("out");
    let o = consensus(&[yaml.to_str().unwrap()], &out);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains(
            "r.yaml:7:7: error: unknown key `boss`; keys here: team, management, partner, user"
        ),
        "{}",
        o.stderr
    );
    std::fs::write(
        &yaml,
        text.replace("respondent: \"Paul Girard\"", "respondent: \"\""),
    )
    .unwrap();
    let o = consensus(&[yaml.to_str().unwrap()], &out);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("respondent is empty; write whose answers these are, or remove the line"),
        "{}",
        o.stderr
    );
    assert!(!out.exists(), "nothing written");
    // Outputs are never replaced without --force.
    assert_eq!(consensus(&[GROUP], &out).code, 0);
    let before = std::fs::read(out.join("consensus-cio-test.yaml")).unwrap();
    let o = consensus(&[GROUP], &out);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("consensus-cio-test.md"), "{}", o.stderr);
    assert_eq!(
        std::fs::read(out.join("consensus-cio-test.yaml")).unwrap(),
        before
    );
}

/// A fresh draft of the group fixture in `dir`.
fn draft_in(dir: &Path) -> std::path::PathBuf {
    assert_eq!(consensus(&[GROUP], dir).code, 0);
    dir.join("consensus-cio-test.yaml")
}

fn read(path: &Path) -> aqor::assessment::Assessment {
    let text = std::fs::read_to_string(path).unwrap();
    aqor::assessment::parse(&text, "draft").unwrap().assessment
}

/// `aqor assess DRAFT --consensus --plain --lang en` with `typed` on stdin.
fn agree_plain(draft: &Path, typed: &str) -> assert_cmd::assert::Assert {
    common::aqor()
        .args([
            "assess",
            draft.to_str().unwrap(),
            "--consensus",
            "--plain",
            "--lang",
            "en",
        ])
        .write_stdin(typed)
        .assert()
}

#[test]
fn plain_mode_records_agreements_walking_only_split_indicators_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let draft = draft_in(dir.path());
    // Two agreements (C1.1 to 0, C2.1 kept at the draft's 3), then the input ends.
    let out = agree_plain(
        &draft,
        "0\nNo written procedure, as Alice showed\n\nThe others convinced Alice\n",
    )
    .code(130)
    .get_output()
    .clone();
    let shown = String::from_utf8_lossy(&out.stdout);
    in_order(
        &shown,
        &[
            "C1.1 Universal and free access — to discuss (1/4)",
            "  Alice (team): 0 Not started — Aucune procédure écrite pour l'accueil",
            "  Bruno (management): 3 Mastered — La charte d'accueil est signée depuis 2024",
            "  Chloé (partner): 1 In progress",
            "  Dan (user): 2 Done — Bien accueilli, mais l'attente est longue",
            "  Draft (median): 1 In progress",
            "C1.1 — the level the group agreed on?",
            "na  not applicable",
            "Why did the group agree on this level?",
            "C2.1 Quality policy and service objectives — to discuss (2/4)",
            "C3.1 Individual reception without appointment — to discuss (3/4)",
        ],
    );
    assert!(
        !shown.contains("C1.2"),
        "close indicators are not walked: {shown}"
    );
    let a = read(&draft);
    let got = |id: &str| {
        let x = &a.answers[id];
        (x.level.as_str().to_string(), x.discuss, x.agreed.clone())
    };
    assert_eq!(
        got("C1.1"),
        (
            "0".into(),
            false,
            Some("No written procedure, as Alice showed".into())
        )
    );
    assert_eq!(
        got("C2.1"),
        ("3".into(), false, Some("The others convinced Alice".into()))
    );
    assert_eq!(got("C3.1"), ("3".into(), true, None));
    assert_eq!(a.answers["C1.1"].votes.len(), 4, "provenance kept");
    // Resumed at C3.1; an empty reason is asked again.
    let out = agree_plain(
        &draft,
        "na\n\nBruno: this public never comes\n3\nFiches updated last week\n",
    )
    .success()
    .get_output()
    .clone();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.starts_with("C3.1 "), "{shown}");
    assert!(
        shown.contains("say in a few words why; it is kept in the file"),
        "{shown}"
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("the group's agreement recorded on 2 indicators; nothing left to discuss"),
        "{said}"
    );
    let a = read(&draft);
    assert!(a.answers.values().all(|x| !x.discuss));
    assert_eq!(a.answers["C3.1"].level, Choice::Na);
    assert_eq!(
        a.answers["C3.2"].agreed.as_deref(),
        Some("Fiches updated last week")
    );
    // The record is an ordinary assessment, with nothing left to discuss.
    let o = run(
        &["score", draft.to_str().unwrap(), "--format", "csv"],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(!o.stderr.contains("still marked"), "{}", o.stderr);
    // Again: nothing left.
    agree_plain(&draft, "")
        .success()
        .stderr(predicates::str::contains("nothing left to discuss"));
}

#[test]
fn consensus_mode_refuses_a_file_that_is_not_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("a.yaml");
    std::fs::copy("examples/assessments/cio-blois-2026-03-03.yaml", &plain).unwrap();
    let before = std::fs::read(&plain).unwrap();
    agree_plain(&plain, "").code(1).stderr(predicates::str::contains(
        "a.yaml is not a consensus draft (an assessment with `consensus:`); make one with `aqor consensus`",
    ));
    assert_eq!(std::fs::read(&plain).unwrap(), before);
}

/// The real terminal: inquire's lists, a key then Enter, in a pseudo-terminal.
#[cfg(unix)]
#[test]
fn a_consensus_is_recorded_in_a_terminal() {
    use expectrl::{Eof, Expect, Session};
    let dir = tempfile::tempdir().unwrap();
    let draft = draft_in(dir.path());
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_aqor"));
    cmd.args([
        "assess",
        draft.to_str().unwrap(),
        "--consensus",
        "--lang",
        "en",
    ])
    .env("NO_COLOR", "1");
    let mut s = Session::spawn(cmd).expect("spawn aqor in a pty");
    s.get_process_mut().set_window_size(100, 30).unwrap();
    s.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
    for (id, key, why) in [
        ("C1.1", "2", "Dan's view carried"),
        ("C2.1", "1", "A first review only"),
        ("C3.1", "3", "Open to all"),
        ("C3.2", "2", "Half the sheets are new"),
    ] {
        s.expect(format!("{id} — the level the group agreed on?"))
            .unwrap();
        s.send(format!("{key}\r")).unwrap();
        s.expect("Why did the group agree on this level?").unwrap();
        s.send(format!("{why}\r")).unwrap();
    }
    s.expect("nothing left to discuss").unwrap();
    let _ = s.expect(Eof);
    let a = read(&draft);
    let levels: Vec<(&str, &str)> = ["C1.1", "C2.1", "C3.1", "C3.2"]
        .iter()
        .map(|id| (*id, a.answers[*id].level.as_str()))
        .collect();
    assert_eq!(
        levels,
        [("C1.1", "2"), ("C2.1", "1"), ("C3.1", "3"), ("C3.2", "2")]
    );
    assert_eq!(
        a.answers["C2.1"].agreed.as_deref(),
        Some("A first review only")
    );
    assert!(a.answers.values().all(|x| !x.discuss));
}

/// `aqor assess` of the small test grid as `respondent`, typing `typed` (`--plain`).
fn assess_as(file: &Path, respondent: &str, role: &str, typed: &str) -> assert_cmd::assert::Assert {
    common::aqor()
        .args([
            "assess",
            "tests/fixtures/assess/small.yaml",
            "--plain",
            "--lang",
            "en",
            "-o",
        ])
        .arg(file)
        .args([
            "--structure-id",
            "s1",
            "--structure-name",
            "S",
            "--network",
            "N",
            "--profile",
            "cio",
        ])
        .args([
            "--assessor",
            respondent,
            "--respondent",
            respondent,
            "--role",
            role,
        ])
        .write_stdin(typed)
        .assert()
}

#[test]
fn respondents_answer_alone_in_the_terminal_then_consensus_brings_them_together() {
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = (dir.path().join("alice.yaml"), dir.path().join("bob.yaml"));
    // C1.1 with a comment, then the input ends (every answer is saved as it is given).
    assess_as(&alice, "Alice", "team", "2\nWalk-in every morning\n\n\n").code(130);
    assess_as(
        &bob,
        "Bob",
        "user",
        "0\nI always needed an appointment\n\n\n",
    )
    .code(130);
    let a = read(&alice);
    assert_eq!(
        (a.respondent.as_deref(), a.role),
        (Some("Alice"), Some(Role::Team))
    );
    // Resuming Alice's file as someone else is refused: it is her own.
    assess_as(&alice, "Bob", "user", "")
        .code(2)
        .stderr(predicates::str::contains(
            "alice.yaml holds the answers of respondent “Alice”, not “Bob”; each respondent answers in their own file: choose another -o FILE",
        ));
    assess_as(&bob, "Bob", "boss", "")
        .code(2)
        .stderr(predicates::str::contains(
            "role “boss” is not team, management, partner or user",
        ));
    let out = dir.path().join("out");
    let o = run(
        &[
            "consensus",
            alice.to_str().unwrap(),
            bob.to_str().unwrap(),
            "--grid",
            "tests/fixtures/assess/small.yaml",
            "--lang",
            "en",
            "--out-dir",
            out.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let draft = read(&out.join("consensus-s1.yaml"));
    let c11 = &draft.answers["C1.1"];
    // Two answers, 0 and 2: the lower middle one.
    assert_eq!((c11.level.as_str(), c11.discuss), ("0", true));
    assert_eq!(
        c11.votes[0].comment.as_deref(),
        Some("Walk-in every morning")
    );
    assert_eq!(
        c11.votes[1].comment.as_deref(),
        Some("I always needed an appointment")
    );
}

#[test]
fn anonymized_respondents_are_codes_in_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let csv = group_csv(
        dir.path(),
        &[
            "cio-test;CIO de Test;;2026-03-02;2026;Alice Martin;team;0;Bruno exagère, Brunoise non;2;0;;3;2;3;;1;;Voir avec Martin",
            "cio-test;CIO de Test;;2026-03-03;2026;Bruno;user;3;;2;0;;3;2;3;;1;;",
        ],
    );
    let out = dir.path().join("out");
    let mut args = vec!["consensus", csv.as_str(), "--grid", "aqor", "--lang", "en"];
    args.extend([
        "--anonymize-respondents",
        "--out-dir",
        out.to_str().unwrap(),
    ]);
    let o = run(&args, |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    let md = std::fs::read_to_string(out.join("consensus-cio-test.md")).unwrap();
    let yaml = std::fs::read_to_string(out.join("consensus-cio-test.yaml")).unwrap();
    let pdf = flat(&pdf_extract::extract_text(out.join("consensus-cio-test.pdf")).unwrap());
    for text in [&md, &yaml, &pdf] {
        assert!(
            !text.contains("Alice") && !text.contains("Martin"),
            "{text}"
        );
        assert!(
            !text.contains("Bruno ") && !text.contains("Bruno,"),
            "{text}"
        );
    }
    in_order(
        &md,
        &[
            "Respondents: R1 (team, 2 March 2026), R2 (user, 3 March 2026)",
            "| R1 (team) | 0 Not started | R2 exagère, Brunoise non |",
            "| R2 (user) | 3 Mastered |  |",
            "Proposed action: Voir avec R1",
        ],
    );
    assert!(pdf.contains("R2 exagère, Brunoise non"), "{pdf}");
    let draft = read(&out.join("consensus-cio-test.yaml"));
    let names: Vec<String> = draft
        .consensus
        .unwrap()
        .respondents
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(names, ["R1", "R2"]);
}

#[test]
fn several_structures_give_the_networks_agreement_most_often_split_first() {
    let dir = tempfile::tempdir().unwrap();
    // A second structure split on C1.1 (0 and 3) and on nothing else.
    let csv = group_csv(
        dir.path(),
        &[
            "cio-b;CIO B;;2026-03-02;2026;Alice;team;0;;2;3;;3;2;3;;3;;",
            "cio-b;CIO B;;2026-03-03;2026;Bruno;user;3;;2;3;;3;2;3;;3;;",
        ],
    );
    let out = dir.path().join("out");
    let o = consensus(&[GROUP, &csv], &out);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let md = std::fs::read_to_string(out.join("network-agreement.md")).unwrap();
    in_order(
        &md,
        &[
            "# Agreement across the network",
            "2 groups (a structure in a campaign).",
            "| Indicator | split | close | unanimous |",
            "| C1.1 Universal and free access | 2 | 0 | 0 |",
            "| C2.1 Quality policy and service objectives | 1 | 0 | 1 |",
            "| C3.1 Individual reception without appointment | 1 | 0 | 1 |",
            "| C3.2 Listening to and analysing the request | 1 | 0 | 1 |",
            "| C1.2 ",
        ],
    );
    // One structure: no network file.
    let one = dir.path().join("one");
    assert_eq!(consensus(&[GROUP], &one).code, 0);
    assert!(!one.join("network-agreement.md").exists());
}

/// The three respondents of `examples/group/`.
const EXAMPLE_GROUP: [&str; 3] = [
    "examples/group/cio-blois-claire.yaml",
    "examples/group/cio-blois-paul.yaml",
    "examples/group/cio-blois-sophie.yaml",
];

/// `aqor score ARGS --grid aqor` (exit code checked).
fn score(args: &[&str]) -> common::Outcome {
    let mut all = vec!["score"];
    all.extend(args);
    all.extend(["--grid", "aqor"]);
    let o = run(&all, |_| {});
    assert_eq!(o.code, 0, "{args:?}: {}", o.stderr);
    o
}

#[test]
fn respondents_median_scores_each_structure_at_the_median_of_its_group() {
    // Without the flag the respondents' answers are refused; with it, one row.
    let refused = run(&["score", EXAMPLE_GROUP[0], "--grid", "aqor"], |_| {});
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    refused.says("aqor consensus");
    let o = score(&[
        "examples/group/",
        "--respondents",
        "median",
        "--format",
        "csv",
    ]);
    assert_eq!(o.stdout.lines().count(), 2, "{}", o.stdout);
    assert!(
        o.stdout
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("cio-blois,CIO de Blois,2026-02-25,")
    );
    o.says("note: --respondents median: the answers of 3 respondents brought together at their median into 1 assessment (one per structure and campaign)");
    // The same scores as the consensus draft's: one median rule.
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(consensus(&EXAMPLE_GROUP, dir.path()).code, 0);
    let draft = dir.path().join("consensus-cio-blois.yaml");
    let drafted = score(&[draft.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(o.stdout, drafted.stdout);
    // Every table format takes the same path.
    let table = score(&["examples/group/", "--respondents", "median"]);
    assert!(table.stdout.contains("cio-blois"), "{}", table.stdout);
    // What each respondent wrote stays, after their name.
    let json = score(&[
        "examples/group/",
        "--respondents",
        "median",
        "--format",
        "json",
    ]);
    for said in [
        "Claire Martin: Un seul bureau fermé pour quatre conseillers",
        "Paul Girard: Le bureau de la direction est prêté",
        "Sophie Roux: Nos apprentis ne trouvent pas d'offres à jour au CIO.",
    ] {
        assert!(json.stdout.contains(said), "{said} not in {}", json.stdout);
    }
}

#[test]
fn respondents_median_of_an_even_count_takes_the_lower_middle_and_anonymizes() {
    // Alice 0, Bruno 3, Chloé 1, Dan 2 on C1.1: the median is 1, as the draft's.
    let o = score(&[GROUP, "--respondents", "median", "--format", "json"]);
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(consensus(&[GROUP], dir.path()).code, 0);
    let draft = dir.path().join("consensus-cio-test.yaml");
    let drafted = score(&[draft.to_str().unwrap(), "--format", "csv"]);
    let median = score(&[GROUP, "--respondents", "median", "--format", "csv"]);
    assert_eq!(median.stdout, drafted.stdout);
    assert!(o.stdout.contains("Alice: Aucune procédure écrite pour l'accueil / Bruno: La charte d'accueil est signée depuis 2024 / Dan: Bien accueilli, mais l'attente est longue"), "{}", o.stdout);
    let anon = score(&[
        GROUP,
        "--respondents",
        "median",
        "--anonymize-respondents",
        "--format",
        "json",
    ]);
    assert!(
        anon.stdout.contains("R1: Aucune procédure écrite"),
        "{}",
        anon.stdout
    );
    for name in ["Alice", "Bruno", "Dan"] {
        assert!(!anon.stdout.contains(name), "{name} in {}", anon.stdout);
    }
    // The flag without the median, or the median given to consensus: usage errors.
    let o = run(
        &["score", GROUP, "--grid", "aqor", "--anonymize-respondents"],
        |_| {},
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    o.says("--anonymize-respondents names respondents whose answers are used: give --respondents median too");
    let o = run(
        &[
            "consensus",
            GROUP,
            "--respondents",
            "median",
            "--out-dir",
            dir.path().to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    o.says("`aqor consensus` always brings the respondents' answers together");
}

#[test]
fn respondents_beside_a_consensus_file_of_their_structure_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(consensus(&[GROUP], dir.path()).code, 0);
    let draft = dir.path().join("consensus-cio-test.yaml");
    let draft = draft.to_str().unwrap();
    let o = run(
        &[
            "score",
            GROUP,
            draft,
            "--grid",
            "aqor",
            "--respondents",
            "median",
        ],
        |_| {},
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    o.says("“cio-test” in campaign 2026: an assessment that names no respondent (a consensus file?) and the answers of 4 respondents; counted both, the structure would count twice");
    assert!(o.stdout.is_empty(), "{}", o.stdout);
    // --skip-invalid keeps the consensus file, once.
    let o = score(&[
        GROUP,
        draft,
        "--respondents",
        "median",
        "--skip-invalid",
        "--format",
        "csv",
    ]);
    assert_eq!(o.stdout.matches("cio-test").count(), 1, "{}", o.stdout);
}

#[test]
fn a_plan_at_the_median_holds_each_respondents_comment() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("plan.pdf");
    let o = run(
        &[
            "plan",
            "examples/group/",
            "--respondents",
            "median",
            "--lang",
            "fr",
            "-o",
            pdf.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = flat(&String::from_utf8_lossy(&text.stdout));
    for said in [
        "Claire Martin: Un seul bureau fermé pour quatre conseillers",
        "Paul Girard: Le bureau de la direction est prêté pour les entretiens sensibles.",
        "Sophie Roux: Nos apprentis ne trouvent pas d'offres à jour au CIO.",
    ] {
        assert!(text.contains(said), "{said} not in {text}");
    }
}

#[test]
fn compare_shows_the_indicators_most_often_split_across_the_network() {
    let dir = tempfile::tempdir().unwrap();
    // A second structure split on C1.1 (0 and 3) and C2.4 (1 and 3), unanimous elsewhere.
    let csv = group_csv(
        dir.path(),
        &[
            "cio-b;CIO B;;2026-03-02;2026;Eve;team;0;;2;3;;3;1;3;;3;;",
            "cio-b;CIO B;;2026-03-03;2026;Fred;user;3;;2;3;;3;3;3;;3;;",
        ],
    );
    let compare = |inputs: &[&str], more: &[&str]| {
        let mut args = vec!["compare"];
        args.extend(inputs);
        args.extend(["--grid", "aqor"]);
        if !more.contains(&"--lang") {
            args.extend(["--lang", "en"]);
        }
        args.extend(more);
        let o = run(&args, |_| {});
        assert_eq!(o.code, 0, "{}", o.stderr);
        o.stdout
    };
    let median = ["--respondents", "median"];
    let md = compare(
        &[GROUP, &csv],
        &[&median[..], &["--format", "markdown"]].concat(),
    );
    in_order(
        &md,
        &[
            "## Indicators most often split across the network — campaign 2026 (2 group self-assessments)",
            "| Indicator | Title | split | close | unanimous |",
            "| C1.1 | Universal and free access | 2 | 0 | 0 |",
            "| C2.1 |",
            "| C2.4 |",
            "| C3.1 |",
            "| C3.2 |",
            "| C1.2 | ",
            "| C2.3 | ",
        ],
    );
    // The consensus files say the same: their votes are the provenance.
    let out = dir.path().join("out");
    assert_eq!(consensus(&[GROUP, &csv], &out).code, 0);
    let drafts = [
        out.join("consensus-cio-test.yaml"),
        out.join("consensus-cio-b.yaml"),
    ];
    let drafts: Vec<&str> = drafts.iter().map(|p| p.to_str().unwrap()).collect();
    let from_files = compare(&drafts, &["--format", "markdown"]);
    let section = |t: &str| t[t.find("## Indicators most often split").unwrap()..].to_string();
    assert_eq!(section(&from_files), section(&md));
    // Every format: table, html, json, csv.
    let table = compare(&drafts, &[]);
    assert!(
        table.contains("Indicators most often split across the network"),
        "{table}"
    );
    let html = compare(&drafts, &["--format", "html"]);
    assert!(
        html.contains("Indicators most often split across the network"),
        "{html}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&compare(&drafts, &["--format", "json"])).unwrap();
    let network = &json["campaigns"][0]["network"];
    assert_eq!(network["groups"], 2);
    assert_eq!(network["agreement"][0]["id"], "C1.1");
    assert_eq!(network["agreement"][0]["split"], 2);
    let csv_out = compare(&drafts, &["--format", "csv", "--view", "network"]);
    assert!(
        csv_out
            .lines()
            .next()
            .unwrap()
            .ends_with(",na,unanswered,split,close,unanimous")
    );
    let c11 = csv_out
        .lines()
        .find(|l| l.contains(",indicator,C1.1,"))
        .unwrap();
    assert!(c11.ends_with(",2,0,0"), "{c11}");
    // In French too.
    let fr = compare(&drafts, &["--format", "markdown", "--lang", "fr"]);
    assert!(
        fr.contains("Indicateurs les plus souvent partagés dans le réseau"),
        "{fr}"
    );
    // Without votes, no such section.
    let plain = compare(
        &["examples/aqor-campaign-2026.csv"],
        &["--format", "markdown"],
    );
    assert!(!plain.contains("most often split"), "{plain}");
}
