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
