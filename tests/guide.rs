//! `aqor guide`: guides and paper forms of every built-in grid in every language it has,
//! read back from the PDF text.

mod common;

use aqor::grid::{Grid, builtin};
use std::path::{Path, PathBuf};

fn run_ok(args: &[&str]) {
    let o = common::run(args, |_| {});
    assert_eq!(o.code, 0, "{args:?}: {}", o.stderr);
}

fn pages_of(pdf: &Path) -> Vec<String> {
    pdf_extract::extract_text_by_pages(pdf).expect("the guide is a readable PDF")
}

/// Text with runs of white space made single spaces (extraction splits lines freely).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn heading(grid: &Grid, id: &str, lang: &str) -> String {
    let (_, i) = grid.indicator(id).unwrap();
    flat(&format!("{id} — {}", grid.text(&i.title, lang)))
}

fn guide(dir: &Path, grid: &str, lang: &str, form: bool) -> Vec<String> {
    let name = format!("{grid}-{lang}-{}.pdf", if form { "form" } else { "guide" });
    let path: PathBuf = dir.join(name);
    let p = path.to_str().unwrap();
    let mut args = vec!["guide", grid, "--lang", lang, "-o", p];
    if form {
        args.push("--form");
    }
    run_ok(&args);
    pages_of(&path)
}

/// Words in each language, with its diacritics, that every guide must show.
fn words_of(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" => &[
            "Guide de l’auto-évaluation",
            "Réponses individuelles, puis consensus",
        ],
        "en" => &[
            "Self-assessment guide",
            "Individual answers, then consensus",
        ],
        "it" => &[
            "Guida all’autovalutazione",
            "Risposte individuali, poi consenso",
        ],
        "es" => &[
            "Guía de la autoevaluación",
            "Respuestas individuales y después consenso",
        ],
        "pl" => &[
            "Przewodnik samooceny",
            "Słowniczek poziomów",
            "Najpierw odpowiedzi indywidualne",
        ],
        _ => unreachable!(),
    }
}

#[test]
fn every_builtin_grid_has_a_guide_in_each_of_its_languages_with_each_indicator_once() {
    let dir = tempfile::tempdir().unwrap();
    for grid in builtin::all() {
        for lang in &grid.languages {
            let pages = guide(dir.path(), &grid.id, lang, false);
            let text = flat(&pages.concat());
            for w in words_of(lang) {
                assert!(text.contains(w), "{} {lang}: no `{w}`", grid.id);
            }
            assert!(
                text.contains(&grid.sha256),
                "{} {lang}: fingerprint",
                grid.id
            );
            for (_, i) in grid.indicators() {
                let h = heading(&grid, &i.id, lang);
                // Once in the contents, once as the indicator's own heading.
                assert_eq!(text.matches(&h).count(), 2, "{} {lang}: {h}", grid.id);
            }
            let n = pages.len();
            assert!(
                text.contains(&format!("{n} / {n}")),
                "{} {lang}: numbered pages",
                grid.id
            );
        }
    }
}

#[test]
fn the_aqor_guide_speaks_each_language_with_its_letters() {
    let dir = tempfile::tempdir().unwrap();
    let grid = builtin::get("aqor").unwrap();
    for (lang, letters) in [
        ("pl", "ąęłńóśźżĄĘŁŃÓŚŹŻ"),
        ("it", "àèéìòù"),
        ("es", "áéíñóú¿"),
        ("fr", "àâçéèêëîôûœ"),
    ] {
        let text = flat(&guide(dir.path(), "aqor", lang, false).concat());
        let mut all = String::new();
        for (_, i) in grid.indicators() {
            all.push_str(&flat(grid.text(&i.title, lang)));
            if let Some(g) = &i.guidance {
                let g = flat(grid.text(g, lang));
                all.push_str(&g);
            }
        }
        // Every letter the grid's own texts use in this language comes out of the PDF.
        for c in letters.chars().filter(|c| all.contains(*c)) {
            assert!(text.contains(c), "{lang}: `{c}` lost");
        }
        let (_, first) = grid.indicator("C1.1").unwrap();
        let guidance = flat(grid.text(first.guidance.as_ref().unwrap(), lang));
        let opening: String = guidance.split(' ').take(8).collect::<Vec<_>>().join(" ");
        assert!(text.contains(&opening), "{lang}: {opening}");
    }
}

#[test]
fn contents_give_the_page_each_indicator_is_on() {
    let dir = tempfile::tempdir().unwrap();
    let grid = builtin::get("aqor").unwrap();
    let pages = guide(dir.path(), "aqor", "fr", false);
    let contents = flat(&pages[1]);
    for id in ["C1.1", "C2.4", "C4.5"] {
        let h = heading(&grid, id, "fr");
        let at = contents.find(&h).expect("listed in the contents") + h.len();
        let number: usize = contents[at..]
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a page number after the title");
        assert!(
            flat(&pages[number - 1]).contains(&h),
            "{id} is not on page {number}"
        );
    }
}

#[test]
fn the_spro_guide_lists_its_levels_of_service_and_recognition_rules() {
    let dir = tempfile::tempdir().unwrap();
    let text = flat(&guide(dir.path(), "spro-rhone-alpes", "en", false).concat());
    for w in [
        "First level: reception and information (every SPRO member)",
        "Second level: counselling and accompaniment (dedicated networks)",
        "Participates in the regional public guidance service",
        "an overall score of at least 60 %",
        "no indicator answered at “0 — Not started”",
        "these indicators at their target: C1 (Counselling interviews and a shared diagnosis)",
        "Schéma rhônalpin",
    ] {
        assert!(text.contains(&flat(w)), "{w}");
    }
}

#[test]
fn forms_have_the_fields_on_top_and_a_box_row_per_indicator_in_campaign_order() {
    let dir = tempfile::tempdir().unwrap();
    for (grid, langs) in [
        ("aqor", &["fr", "en", "it", "es", "pl"][..]),
        ("spro-rhone-alpes", &["fr", "en"][..]),
    ] {
        let g = builtin::get(grid).unwrap();
        for lang in langs {
            let pages = guide(dir.path(), grid, lang, true);
            let first = flat(&pages[0]);
            let text = flat(&pages.concat());
            let tick = match *lang {
                "fr" => "Niveau (cocher une case)",
                "en" => "Level (tick one)",
                "it" => "Livello (barrate una casella)",
                "es" => "Nivel (marquen una casilla)",
                _ => "Poziom (zaznaczcie jedno pole)",
            };
            assert_eq!(
                text.matches(tick).count(),
                g.indicators().count(),
                "{grid} {lang}"
            );
            let respondent = match *lang {
                "fr" => "Qui répond",
                "en" => "Who answers",
                "it" => "Chi compila",
                "es" => "Quién responde",
                _ => "Kto wypełnia",
            };
            assert!(first.contains(respondent), "{grid} {lang}");
            // Indicators come in grid order, which is the campaign's column order.
            let mut at = 0;
            for (_, i) in g.indicators() {
                let h = heading(&g, &i.id, lang);
                assert_eq!(text.matches(&h).count(), 1, "{grid} {lang}: {h}");
                let found = text.find(&h).unwrap();
                assert!(found > at, "{grid} {lang}: {} out of order", i.id);
                at = found;
            }
            // A criterion starts a page: the first page holds no indicator.
            assert!(g.criteria.len() < pages.len());
            assert!(!first.contains(&heading(&g, &g.criteria[0].indicators[0].id, lang)));
        }
    }
}

#[test]
fn html_and_markdown_hold_every_indicator_and_go_to_stdout() {
    for grid in builtin::all() {
        for format in ["markdown", "html"] {
            let o = common::run(
                &["guide", &grid.id, "--format", format, "--lang", "en"],
                |_| {},
            );
            assert_eq!(o.code, 0, "{}", o.stderr);
            for (_, i) in grid.indicators() {
                assert!(o.stdout.contains(&i.id), "{} {format}: {}", grid.id, i.id);
            }
        }
    }
}

#[test]
fn a_pdf_needs_a_file_and_an_existing_one_is_kept() {
    let o = common::run(&["guide", "aqor"], |_| {});
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("-o FILE.pdf"), "{}", o.stderr);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.pdf");
    std::fs::write(&path, "mine").unwrap();
    let p = path.to_str().unwrap();
    let o = common::run(&["guide", "aqor", "-o", p], |_| {});
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("--force"), "{}", o.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    run_ok(&["guide", "aqor", "-o", p, "--force"]);
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    let o = common::run(&["guide", "aqor", "--form", "--format", "html"], |_| {});
    assert_eq!(o.code, 2);
    let o = common::run(&["guide", "no-such-grid", "-o", p, "--force"], |_| {});
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("no grid “no-such-grid”"), "{}", o.stderr);
}
