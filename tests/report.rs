//! `aqor report` through the binary: the folder's documents, --force, --anonymize, and
//! the network report printed by a real browser.

mod common;
use common::aqor;

use std::path::{Path, PathBuf};

/// Runs `aqor report examples/ --out-dir DIR extra…` and returns DIR.
fn report(tmp: &Path, extra: &[&str]) -> PathBuf {
    let out = tmp.join("rapport");
    aqor()
        .args(["report", "examples/", "--out-dir", out.to_str().unwrap()])
        .args(extra)
        .assert()
        .success();
    out
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Structure ids and names of the scores CSV (latest campaign).
fn structures(dir: &Path) -> Vec<(String, String)> {
    let mut r = csv::Reader::from_path(dir.join("scores.csv")).unwrap();
    r.records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect()
}

#[test]
fn the_folder_holds_every_document_of_the_latest_campaign() {
    let tmp = tempfile::tempdir().unwrap();
    let out = report(tmp.path(), &["--lang", "fr"]);
    assert_eq!(
        files(&out),
        [
            "explain",
            "index.html",
            "network.pdf",
            "plans",
            "scores.csv"
        ]
    );
    let who = structures(&out);
    assert!(who.len() >= 5, "{who:?}");
    assert_eq!(files(&out.join("plans")).len(), who.len());
    assert_eq!(files(&out.join("explain")).len(), who.len());
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    for link in [
        "network.pdf",
        "scores.csv",
        "plans/plan-cio-blois.pdf",
        "explain/cio-blois.txt",
    ] {
        assert!(index.contains(&format!("href=\"{link}\"")), "{link}");
        let path = out.join(link.trim_end_matches('/'));
        assert!(path.exists(), "{}", path.display());
    }
    let network = flat(&pdf_extract::extract_text(out.join("network.pdf")).unwrap());
    let first = flat(&pdf_extract::extract_text_by_pages(out.join("network.pdf")).unwrap()[0]);
    for expected in [
        "Rapport de réseau",
        "AIOA 41",
        "Campagne aqor-campaign-2026",
        "Les cinq indicateurs les plus faibles",
        "Ce qui a changé depuis aqor-campaign-2025",
    ] {
        assert!(first.contains(expected), "page 1 lacks {expected}: {first}");
    }
    for (_, name) in &who {
        assert!(network.contains(name.as_str()), "network.pdf lacks {name}");
    }
    // Label rules in words, not in the grid file's YAML.
    for raw in [
        "min_overall",
        "no_level",
        "max_below_target",
        "min_criterion",
    ] {
        assert!(!network.contains(raw), "network.pdf shows {raw}: {network}");
    }
    // Every table of the shipped example fits the portrait width: no page turns.
    if poppler() {
        let sizes = page_sizes(&out.join("network.pdf"));
        assert!(
            !sizes.is_empty() && sizes.iter().all(|(w, h)| w < h),
            "{sizes:?}"
        );
    }
    let explain = std::fs::read_to_string(out.join("explain/cio-blois.txt")).unwrap();
    assert!(explain.contains("CIO de Blois"));
    // Nothing is left beside the folder.
    assert_eq!(files(tmp.path()), ["rapport"]);
}

#[test]
fn a_folder_with_files_is_kept_unless_force() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("rapport");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    aqor()
        .args(["report", "examples/", "--out-dir", out.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--force"));
    assert_eq!(files(&out), ["notes.txt"]);
    assert_eq!(files(tmp.path()), ["rapport"]);
    report(tmp.path(), &["--force"]);
    assert!(!out.join("notes.txt").exists());
    assert!(out.join("index.html").exists());
    assert_eq!(files(tmp.path()), ["rapport"]);
    // An empty folder is no reason to refuse.
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    aqor()
        .args(["report", "examples/", "--out-dir", empty.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn anonymised_documents_name_no_structure_and_the_key_stays_apart() {
    let tmp = tempfile::tempdir().unwrap();
    let plain = report(tmp.path(), &[]);
    let who = structures(&plain);
    std::fs::remove_dir_all(&plain).unwrap();
    let key = tmp.path().join("key.csv");
    let out = report(
        tmp.path(),
        &["--anonymize", "--key-out", key.to_str().unwrap()],
    );
    let key_text = std::fs::read_to_string(&key).unwrap();
    let mut seen = 0;
    let mut stack = vec![out.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            seen += 1;
            let text = if path.extension().is_some_and(|x| x == "pdf") {
                flat(&pdf_extract::extract_text(&path).unwrap())
            } else {
                std::fs::read_to_string(&path).unwrap()
            };
            for (id, name) in &who {
                assert!(key_text.contains(name.as_str()), "key lacks {name}");
                for hidden in [id, name] {
                    assert!(
                        !text.contains(hidden.as_str()),
                        "{} names {hidden}",
                        path.display()
                    );
                }
            }
        }
    }
    assert!(seen > 2 * who.len());
    // The key may not go into the folder it hides names from.
    aqor()
        .args(["report", "examples/", "--force", "--anonymize", "--out-dir"])
        .arg(&out)
        .arg("--key-out")
        .arg(out.join("key.csv"))
        .assert()
        .code(2);
}

/// The network report as a committee gets it: index.html printed to PDF by Chromium.
#[test]
fn the_network_report_prints_whole() {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            std::process::Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        eprintln!("skipped: no chromium to print with (.ci/run installs Debian's `chromium`)");
        return;
    };
    let Ok(_) = std::process::Command::new("pdftotext").arg("-v").output() else {
        eprintln!("skipped: no pdftotext (poppler-utils)");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let out = report(tmp.path(), &["--lang", "fr"]);
    let pdf = tmp.path().join("printed.pdf");
    let profile = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!(
            "file://{}",
            out.join("index.html").canonicalize().unwrap().display()
        ))
        .output()
        .unwrap();
    assert!(pdf.exists(), "{}", String::from_utf8_lossy(&status.stderr));
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    let pages = text.matches('\u{c}').count();
    // Each section starts a page: heatmap, against the mean, trend, then the tables.
    assert!((5..40).contains(&pages), "{pages} pages");
    let flat_text = flat(&text);
    for (_, name) in structures(&out) {
        assert!(flat_text.contains(&name), "the printed report lacks {name}");
    }
    // The last criterion's column of the widest chart is on the page, not cut off.
    assert!(flat_text.contains("C4 ·"), "no last criterion column");
    assert!(!flat_text.contains("par critère\n"), "");
}

/// Page sizes of a PDF as `pdfinfo` reads them: (width, height) in points, page by page.
fn page_sizes(pdf: &Path) -> Vec<(f32, f32)> {
    let out = std::process::Command::new("pdfinfo")
        .args(["-f", "1", "-l", "9999"])
        .arg(pdf)
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains(" size: "))
        .map(|l| {
            // "Page    3 size: 841.89 x 595.276 pts (A4)"
            let size: Vec<f32> = l
                .split(" size: ")
                .nth(1)
                .unwrap()
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            (size[0], size[1])
        })
        .collect()
}

/// Whether poppler's command-line tools are here (the tests that need them skip
/// without, saying why).
fn poppler() -> bool {
    let here = ["pdfinfo", "pdftotext"]
        .iter()
        .all(|t| std::process::Command::new(t).arg("-v").output().is_ok());
    if !here {
        eprintln!("skipped: no pdfinfo/pdftotext (poppler-utils)");
    }
    here
}

/// Each page's text (pdftotext, pages split at form feeds).
fn page_texts(pdf: &Path) -> Vec<String> {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(flat).collect();
    pages.pop(); // after the last form feed
    pages
}

/// The right edge of the rightmost word on page `n` (1-based) and the page's width.
fn rightmost_word(pdf: &Path, n: usize) -> (f32, f32) {
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox", "-f", &n.to_string(), "-l", &n.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    let attr = |tag: &str, name: &str| -> f32 {
        let at = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[at..at + tag[at..].find('"').unwrap()].parse().unwrap()
    };
    let page = html.split("<page ").nth(1).unwrap();
    let right = html
        .split("<word ")
        .skip(1)
        .map(|w| attr(w, "xMax"))
        .fold(0.0, f32::max);
    (right, attr(page, "width"))
}

/// A network of `structures` structures assessed in 2025 and 2026 on a grid of
/// `criteria` criteria (one indicator each) with a label: the grid file and the two
/// campaign CSVs, in `dir`.
fn wide_network(dir: &Path, criteria: usize, structures: usize) -> Vec<PathBuf> {
    let mut grid = String::from(
        "format: aqor-grid/1\nid: large\nversion: 1.0.0\nlanguages: [fr, en]\n\
         title: {fr: \"Grille large\", en: \"Wide grid\"}\n\
         scales:\n  - id: l4\n    allow_na: true\n    levels:\n\
         \x20     - {id: \"0\", score: 0, label: {fr: \"Non engagé\", en: \"Not started\"}}\n\
         \x20     - {id: \"1\", score: 1, label: {fr: \"En cours\", en: \"In progress\"}}\n\
         \x20     - {id: \"2\", score: 2, label: {fr: \"Réalisé\", en: \"Done\"}}\n\
         \x20     - {id: \"3\", score: 3, label: {fr: \"Maîtrisé\", en: \"Mastered\"}}\n\
         recognition:\n  label: {fr: \"Label large\", en: \"Wide label\"}\n  rules:\n\
         \x20   - {min_overall: 50}\ncriteria:\n",
    );
    for k in 1..=criteria {
        grid += &format!(
            "  - id: C{k}\n    title: {{fr: \"Critère {k}\", en: \"Criterion {k}\"}}\n    indicators:\n\
             \x20     - {{id: C{k}.1, title: {{fr: \"Indicateur {k}\", en: \"Indicator {k}\"}}, scale: l4, target: \"2\"}}\n"
        );
    }
    let grid_path = dir.join("large.yaml");
    std::fs::write(&grid_path, grid).unwrap();
    let mut paths = vec![grid_path];
    for year in [2025usize, 2026] {
        let mut csv = String::from("structure_id;structure_name;network;date");
        for k in 1..=criteria {
            csv += &format!(";C{k}.1");
        }
        for n in 1..=structures {
            csv += &format!(
                "\ncio-{n};Centre d’information et d’orientation n° {n};Réseau régional;{year}-11-24"
            );
            for k in 1..=criteria {
                csv += &format!(";{}", ((n * 31 + k * 17) ^ (n * k + year)) % 4);
            }
        }
        csv.push('\n');
        let path = dir.join(format!("reseau-{year}.csv"));
        std::fs::write(&path, csv).unwrap();
        paths.push(path);
    }
    paths
}

/// A structure table over many criteria stands on landscape pages, its header repeated
/// on each, its last column on the page; the sections that fit stay portrait.
#[test]
fn tables_too_wide_for_portrait_turn_their_pages_to_landscape() {
    if !poppler() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let inputs = wide_network(tmp.path(), 14, 40);
    let out = tmp.path().join("rapport");
    aqor()
        .args(["report", "--lang", "fr", "--grid"])
        .arg(&inputs[0])
        .args(&inputs[1..])
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    let pdf = out.join("network.pdf");
    let sizes = page_sizes(&pdf);
    let texts = page_texts(&pdf);
    assert_eq!(sizes.len(), texts.len());
    let landscape: Vec<usize> = (0..sizes.len())
        .filter(|&i| sizes[i].0 > sizes[i].1)
        .collect();
    for (w, h) in &sizes {
        let (long, short) = (w.max(*h), w.min(*h));
        assert!(
            (long - 841.89).abs() < 0.1 && (short - 595.28).abs() < 0.1,
            "{w} x {h}"
        );
    }
    let page_of = |heading: &str| {
        texts
            .iter()
            .position(|t| t.contains(heading))
            .unwrap_or_else(|| panic!("no page has {heading}"))
    };
    // The two tables with a column per criterion turn; the trend (two campaigns) and
    // the weakest indicators come back to portrait on a page of their own.
    let (first, against, trend) = (
        page_of("Scores par structure et critère"),
        page_of("Chaque structure face à la moyenne du réseau"),
        page_of("Score global au fil des campagnes"),
    );
    assert_eq!(landscape, (first..trend).collect::<Vec<_>>(), "{sizes:?}");
    assert!(
        against > first,
        "40 structures fill more than one landscape page"
    );
    assert!(!texts[trend].contains("Chaque structure face"));
    for (i, text) in texts.iter().enumerate().take(trend).skip(first) {
        // The header (last criterion, overall) repeats on every page of the tables.
        assert!(
            text.contains("C14") && text.contains("Σ"),
            "page {}: {text}",
            i + 1
        );
        // The structure table's last column (the label), heading and values, is here.
        if i < against {
            assert!(text.contains("Label"), "page {}: {text}", i + 1);
            assert!(text.contains("atteint"), "page {}: {text}", i + 1);
        }
        let (right, width) = rightmost_word(&pdf, i + 1);
        assert!(
            right <= width - 40.0,
            "page {}: a word ends at {right}",
            i + 1
        );
    }
    let landscape_text = texts[first..trend].join(" ");
    for n in 1..=40 {
        let code = format!("n° {n} ");
        assert!(
            landscape_text.matches(&code).count() >= 2,
            "structure {n} not in both tables"
        );
    }
}
