//! `aqor plan` through the binary: the PDFs' text, ranking, page breaks, batch files.

mod common;
use common::aqor;

use predicates::prelude::*;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const DIR: &str = "tests/fixtures/plan";

fn fixture(name: &str) -> String {
    format!("{DIR}/{name}")
}

fn plan(args: &[&str]) -> assert_cmd::assert::Assert {
    aqor()
        .arg("plan")
        .args(args)
        .args(["--grid", &fixture("grid.yaml")])
        .assert()
}

fn text_of(pdf: &Path) -> String {
    pdf_extract::extract_text(pdf).expect("the plan is a readable PDF")
}

fn pages_of(pdf: &Path) -> Vec<String> {
    pdf_extract::extract_text_by_pages(pdf).expect("the plan is a readable PDF")
}

/// Text with runs of white space made single spaces (extraction splits lines freely).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_plan_has_its_title_structure_and_french_text() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plan.pdf");
    plan(&[&fixture("cio-blois.yaml"), "-o", out.to_str().unwrap()]).success();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(bytes.len() < 150_000, "{} bytes", bytes.len());
    let text = flat(&text_of(&out));
    for expected in [
        "Plan d’action",
        "CIO de Blois",
        "AIOA 41",
        "Zoé Lefèvre",
        "Accueil « pour tous »",
        "Œuvrer pour l’égalité d’accès",
        "Afficher les horaires d’ouverture à l’entrée",
        "Anaïs",
        // Dates in words, as a French reader writes them.
        "24 novembre 2026",
        "31 mars 2027",
        "à faire",
        // French spaces before the colon of what the structure wrote.
        "Commentaire : Pas d’affichage",
        "Points forts",
        "Veille sur les métiers",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    assert!(
        !text.contains("2026-11-24") && !text.contains("2027-03-31"),
        "{text}"
    );
    // Percentages with a decimal comma and a space before %, never 62.5%.
    let percentages: Vec<&str> = text
        .split(' ')
        .zip(text.split(' ').skip(1))
        .filter(|(_, next)| *next == "%")
        .map(|(n, _)| n)
        .collect();
    assert!(!percentages.is_empty(), "{text}");
    assert!(
        percentages.iter().all(|n| !n.contains('.')) && percentages.contains(&"48,1"),
        "{percentages:?}"
    );
    let pages = pages_of(&out).len();
    assert!(text.contains(&format!("page {pages} / {pages}")));
    // The label is not met: what stands in the way comes first, in French.
    let label = text.find("Vers le label").expect("a label section");
    assert!(label < text.find("Synthèse").unwrap());
    let section = &text[label..text.find("Synthèse").unwrap()];
    assert!(
        section.contains("Label Qualité Accueil — non atteint"),
        "{section}"
    );
    assert!(
        section.contains("C1.1 : Non engagé → Réalisé (Accès libre et gratuit)"),
        "{section}"
    );
}

#[test]
fn polish_plan_renders_every_polish_letter_and_ranks_by_priority() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plan.pdf");
    plan(&[
        &fixture("lodz.yaml"),
        "-o",
        out.to_str().unwrap(),
        "--lang",
        "pl",
    ])
    .success();
    let text = flat(&text_of(&out));
    for expected in [
        "Plan działania",
        "Centrum Doradztwa Łódź",
        "Paweł Wójcik-Kańska",
        "Przyjęcie dla wszystkich",
        "Swobodny i bezpłatny dostęp",
        "Zorganizować spotkanie z pracodawcami we wrześniu",
        "Małgorzata Żółć-Ślązak",
        "w toku",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    for c in "łąężńśźćóŁŻŚ".chars() {
        assert!(text.contains(c), "missing {c}");
    }
    // Priorities: C1.2 (gap 1 × weight 2) > C1.1 (1/3 × 2) = C2.2 (2/3 × 1), ties in grid order.
    let table = &text[text.find("Wskaźniki poniżej celu").unwrap()..];
    let at = |id: &str| table.find(id).unwrap_or_else(|| panic!("{id} not listed"));
    assert!(
        at("C1.2") < at("C1.1") && at("C1.1") < at("C2.2"),
        "{table}"
    );
}

#[test]
fn top_lists_the_highest_priorities_only() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plan.pdf");
    plan(&[
        &fixture("lodz.yaml"),
        "-o",
        out.to_str().unwrap(),
        "--lang",
        "en",
        "--top",
        "1",
    ])
    .success();
    let text = flat(&text_of(&out));
    let table =
        &text[text.find("Indicators below target").unwrap()..text.find("Strengths").unwrap()];
    assert!(table.contains("C1.2"));
    assert!(
        !table.contains("C1.1") && !table.contains("C2.2"),
        "{table}"
    );
    assert!(
        table.contains("+ 2 more indicators below target"),
        "{table}"
    );
}

/// A grid of `n` indicators with long titles and long suggested actions, all answered 0.
fn long_fixture(dir: &Path, n: usize) -> (PathBuf, PathBuf) {
    let long = "Mettre en place, avec l’ensemble des partenaires du territoire, une démarche \
                d’amélioration continue de la qualité de l’accueil, documentée et évaluée chaque année";
    let mut grid = String::from(
        "format: aqor-grid/1\nid: long\nversion: 1.0.0\nlanguages: [fr]\ntitle: Grille longue\n\
         scales:\n  - id: l\n    levels:\n      - {id: \"0\", score: 0, label: Non engagé}\n      \
         - {id: \"1\", score: 1, label: Maîtrisé}\ncriteria:\n",
    );
    let mut answers = String::new();
    for c in 0..4 {
        writeln!(
            grid,
            "  - id: K{c}\n    title: Critère {c}\n    indicators:"
        )
        .unwrap();
        for i in 0..n / 4 {
            let id = format!("K{c}.{i}");
            writeln!(
                grid,
                "      - id: {id}\n        title: \"Indicateur {id} : {long}\"\n        scale: l\n        \
                 actions:\n          - {{below: \"1\", text: \"{long}\"}}\n          - {{below: \"1\", text: \"{long}\"}}"
            )
            .unwrap();
            writeln!(answers, "  {id}: {{level: \"0\"}}").unwrap();
        }
    }
    let grid_path = dir.join("long.yaml");
    std::fs::write(&grid_path, grid).unwrap();
    let a = format!(
        "format: aqor-assessment/1\ngrid: {{id: long, version: 1.0.0}}\nstructure: {{id: s, name: Longue}}\n\
         date: 2026-11-24\nanswers:\n{answers}"
    );
    let a_path = dir.join("a.yaml");
    std::fs::write(&a_path, a).unwrap();
    (grid_path, a_path)
}

#[test]
fn a_long_plan_breaks_across_numbered_pages_without_losing_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let (grid, a) = long_fixture(tmp.path(), 60);
    let out = tmp.path().join("plan.pdf");
    aqor()
        .args(["plan", a.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .args(["--grid", grid.to_str().unwrap()])
        .assert()
        .success();
    let pages = pages_of(&out);
    let n = pages.len();
    assert!(n >= 8, "{n} pages");
    for (i, page) in pages.iter().enumerate() {
        let page = flat(page);
        assert!(
            page.contains(&format!("page {} / {n}", i + 1)),
            "page {i}: {page}"
        );
        assert!(page.contains("Plan d’action — Longue"));
        // The action table goes on past the first page: its header repeats on each page.
        if i > 0 {
            assert!(
                page.contains("Échéance"),
                "no table header on page {}",
                i + 1
            );
        }
    }
    let text = flat(&pages.join(" "));
    for c in 0..4 {
        for i in 0..15 {
            let title = format!("Indicateur K{c}.{i} :");
            assert_eq!(text.matches(&title).count(), 1, "{title}");
        }
    }
    assert!(std::fs::metadata(&out).unwrap().len() < 150_000);
}

#[test]
fn batch_writes_one_safe_file_per_structure_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    let args = [
        fixture("cio-blois.yaml"),
        fixture("lodz.yaml"),
        "--out-dir".into(),
        dir.to_str().unwrap().into(),
    ];
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    plan(&args)
        .success()
        .stderr(predicate::str::contains("wrote 2 plans"));
    // `../../x` became plan-x.pdf inside DIR; nothing else was written anywhere.
    assert_eq!(files_in(&dir), ["plan-cio-blois.pdf", "plan-x.pdf"]);
    assert_eq!(files_in(tmp.path()), ["out"]);
    let text = flat(&text_of(&dir.join("plan-x.pdf")));
    assert!(text.contains("Centrum Doradztwa Łódź"));
    // Several structures make a network: each plan shows the network mean.
    assert!(text.contains("Moyenne du réseau (n = 2)"), "{text}");

    std::fs::write(dir.join("plan-x.pdf"), b"mine").unwrap();
    plan(&args)
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(std::fs::read(dir.join("plan-x.pdf")).unwrap(), b"mine");
    let mut forced = args.clone();
    forced.push("--force");
    plan(&forced).success();
    assert!(
        std::fs::read(dir.join("plan-x.pdf"))
            .unwrap()
            .starts_with(b"%PDF")
    );
    assert_eq!(files_in(&dir), ["plan-cio-blois.pdf", "plan-x.pdf"]);
}

#[test]
fn one_output_file_for_one_structure_only() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("plan.pdf");
    let out = out.to_str().unwrap();
    plan(&[&fixture("cio-blois.yaml"), &fixture("lodz.yaml"), "-o", out])
        .code(2)
        .stderr(predicate::str::contains("--out-dir"));
    aqor()
        .args(["plan", &fixture("cio-blois.yaml")])
        .assert()
        .code(2);
    std::fs::write(out, b"keep").unwrap();
    plan(&[&fixture("cio-blois.yaml"), "-o", out])
        .code(2)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read(out).unwrap(), b"keep");
    plan(&[&fixture("cio-blois.yaml"), "-o", out, "--force"]).success();
    assert!(std::fs::read(out).unwrap().starts_with(b"%PDF"));
}

#[test]
fn invalid_inputs_stop_the_batch_unless_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    let d = dir.to_str().unwrap();
    let (ok, bad) = (fixture("cio-blois.yaml"), fixture("invalid.yaml"));
    plan(&[&ok, &bad, "--out-dir", d])
        .code(1)
        .stderr(predicate::str::contains("invalid.yaml:6:"));
    assert!(!dir.exists() || files_in(&dir).is_empty());
    plan(&[&ok, &bad, "--out-dir", d, "--skip-invalid"])
        .success()
        .stderr(predicate::str::contains("skipped 1 invalid"));
    assert_eq!(files_in(&dir), ["plan-cio-blois.pdf"]);
}

#[test]
fn unreadable_input_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("p.pdf");
    plan(&[&fixture("no-such.yaml"), "-o", out.to_str().unwrap()])
        .code(2)
        .stderr(predicate::str::contains("no-such.yaml"));
    assert!(!out.exists());
}

#[test]
fn network_means_come_from_another_campaign() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("p.pdf");
    let network = fixture("lodz.yaml");
    plan(&[
        &fixture("cio-blois.yaml"),
        "-o",
        out.to_str().unwrap(),
        "--network",
        &network,
    ])
    .success();
    let text = flat(&text_of(&out));
    assert!(text.contains("Moyenne du réseau (n = 1)"), "{text}");
    // Łódź scores 50 % on C2, a figure the CIO's own plan has nowhere else.
    assert!(text.contains("50,0 %"), "{text}");
}

#[test]
fn a_campaign_csv_gives_one_plan_per_row() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    plan(&[&fixture("campaign.csv"), "--out-dir", dir.to_str().unwrap()]).success();
    // Ids differing only by case and a hostile id still give distinct files inside DIR.
    assert_eq!(
        files_in(&dir),
        ["plan-CIO-Blois-2.pdf", "plan-cio-blois.pdf", "plan-x.pdf"]
    );
    assert_eq!(files_in(tmp.path()), ["out"]);
    let text = flat(&text_of(&dir.join("plan-x.pdf")));
    assert!(text.contains("Centrum Doradztwa Łódź"));
    assert!(text.contains("Moyenne du réseau (n = 3)"), "{text}");
}

#[test]
fn plan_points_date_terms_met_label_and_missing_glyphs() {
    let tmp = tempfile::tempdir().unwrap();
    // A name with an emoji and a CJK ideograph: shown as a visible mark, with a warning
    // naming the cell.
    let yaml = std::fs::read_to_string(fixture("cio-blois.yaml"))
        .unwrap()
        .replacen("CIO de Blois", "CIO de Blois 🎉 中", 1);
    let input = tmp.path().join("cio.yaml");
    std::fs::write(&input, yaml).unwrap();
    let out = tmp.path().join("plan.pdf");
    aqor()
        .args(["plan", input.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .args(["--grid", &fixture("grid.yaml")])
        .env("SOURCE_DATE_EPOCH", "1795000000")
        .assert()
        .success()
        .stderr(predicate::str::contains("structure.name").and(predicate::str::contains("🎉中")));
    let bytes = std::fs::read(&out).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    // 1795000000 s after 1970 is in November 2026: the file says so, not 1970.
    assert!(raw.contains("D:202611"), "no creation date of 2026-11");
    assert!(!raw.contains("D:1970"));
    let text = flat(&text_of(&out));
    assert!(text.contains("CIO de Blois \u{FFFD} \u{FFFD}"), "{text}");
    // One meaning per term: the tile counts indicators at target, the bars say what
    // the score would be with targets reached.
    assert!(text.contains("Score si cibles atteintes"));
    // A met label is news for page 1.
    let dir = tmp.path().join("plans");
    aqor()
        .args(["plan", "examples/aqor-campaign-2026.csv", "--out-dir"])
        .arg(&dir)
        .assert()
        .success();
    let first = flat(&pages_of(&dir.join("plan-ml-blaisois.pdf"))[0]);
    assert!(first.contains("AQOR — atteint"), "{first}");
}

/// Plans written in parallel are the same byte for byte from run to run (fixed font
/// names, an ID from the content, dates from SOURCE_DATE_EPOCH): the Windows check
/// compares them with Linux's.
#[test]
fn plans_are_the_same_bytes_from_run_to_run() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |dir: &str| {
        let out = tmp.path().join(dir);
        aqor()
            .args(["plan", "examples/aqor-campaign-2026.csv", "--out-dir"])
            .arg(&out)
            .env("SOURCE_DATE_EPOCH", "1775692800")
            .assert()
            .success();
        out
    };
    let (a, b) = (run("a"), run("b"));
    let names = files_in(&a);
    assert_eq!(names.len(), 9);
    for name in names {
        let (x, y) = (
            std::fs::read(a.join(&name)).unwrap(),
            std::fs::read(b.join(&name)).unwrap(),
        );
        assert!(x == y, "{name} differs between two runs");
    }
}
