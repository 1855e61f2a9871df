//! Messages in the reader's language (docs/languages.md): failing commands said in Polish
//! and French carry no English word; the language comes from --lang, the environment or
//! the grid.

mod common;

use common::{Outcome, run};

/// Words an English message would hold and a French or Polish one would not.
const ENGLISH: &[&str] = &[
    "error",
    "warning",
    "note",
    "cannot",
    "already",
    "exists",
    "use",
    "such",
    "file",
    "folder",
    "directory",
    "found",
    "wrote",
    "written",
    "the",
    "and",
    "of",
    "with",
    "read",
    "write",
    "inputs",
    "hold",
    "did",
    "mean",
    "grid",
    "not",
    "no",
    "or",
    "permission",
    "denied",
    "is",
];

/// The words of `stderr` among `english`, leaving out file names and command-line options.
/// `said` holds every one of `sentences` and no common English word.
fn says_all_in(lang: &str, said: &str, sentences: &[&str]) {
    for sentence in sentences {
        assert!(
            said.contains(sentence),
            "--lang {lang}: no {sentence:?} in\n{said}"
        );
    }
    let english = english_words(said, ENGLISH);
    assert!(
        english.is_empty(),
        "--lang {lang}: English words {english:?} in\n{said}"
    );
}

fn english_words(stderr: &str, english: &[&str]) -> Vec<String> {
    stderr
        .split(|c: char| c.is_whitespace() || ",;:()«»„”“\u{202f}\u{a0}".contains(c))
        .filter(|t| !t.starts_with('-') && !t.contains('/') && !t.contains('.'))
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| english.contains(&w.as_str()))
        .collect()
}

/// `args` with `--lang LANG`; `aqor migrate`, which has no texts to show, takes the
/// language of its messages from the environment.
fn in_lang(lang: &str, args: &[&str]) -> Outcome {
    if args[0] == "migrate" {
        return run(args, |c| {
            c.env("LANGUAGE", lang);
        });
    }
    let mut all = args.to_vec();
    all.extend(["--lang", lang]);
    run(&all, |_| {})
}

/// Commands that fail, each with the exit code it must give.
fn failing(dir: &std::path::Path) -> Vec<(Vec<String>, i32)> {
    let existing = dir.join("there.pdf");
    std::fs::write(&existing, b"x").unwrap();
    let existing = existing.display().to_string();
    let full = dir.join("full");
    std::fs::create_dir(&full).unwrap();
    std::fs::write(full.join("x"), b"x").unwrap();
    let full = full.display().to_string();
    let dir_of = |name: &str| dir.join(name).display().to_string();
    let missing = dir_of("no-such.csv");
    let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        (
            s(&[
                "plan",
                "examples/aqor-campaign-2026.csv",
                "--grid",
                "aqor",
                "-o",
                &existing,
            ]),
            2,
        ),
        (
            s(&[
                "plan",
                "tests/fixtures/plan/cio-blois.yaml",
                "--grid",
                "tests/fixtures/plan/grid.yaml",
                "-o",
                &existing,
            ]),
            2,
        ),
        (
            s(&[
                "score",
                "examples/aqor-campaign-2026.csv",
                "--grid",
                "aqor",
                "--explain=nobody",
            ]),
            2,
        ),
        (
            s(&[
                "score",
                "examples/aqor-campaign-2026.csv",
                "--grid",
                "aqor",
                "--explain",
                "--format",
                "csv",
            ]),
            2,
        ),
        (
            s(&["migrate", "no-such-assessment.yaml", "--to", "aqor"]),
            2,
        ),
        (
            s(&[
                "compare",
                "examples/aqor-campaign-2026.csv",
                "--grid",
                "aqor",
                "-o",
                &existing,
            ]),
            2,
        ),
        // An unknown grid, a missing input, a bad option value, outputs in the way.
        (
            s(&[
                "plan",
                "examples/aqor-campaign-2026.csv",
                "--grid",
                "nosuch",
                "--out-dir",
                &dir_of("plans"),
            ]),
            2,
        ),
        (
            s(&["plan", &missing, "--grid", "aqor", "-o", &dir_of("p.pdf")]),
            2,
        ),
        (
            s(&[
                "report",
                "examples/aqor-campaign-2026.csv",
                "--grid",
                "aqor",
                "--out-dir",
                &full,
            ]),
            2,
        ),
        (
            s(&[
                "report",
                "examples/aqor-campaign-2026.csv",
                "--grid",
                "aqor",
                "--out-dir",
                &dir_of("r"),
                "--anonymize",
                "--key-out",
                &dir_of("r/key.csv"),
            ]),
            2,
        ),
        (s(&["guide", "aqor"]), 2),
        (s(&["guide", "aqor", "-o", &existing]), 2),
        (s(&["guide", "nosuch", "--format", "html"]), 2),
        (s(&["template", "nosuch"]), 2),
        (s(&["template", "aqor", "--format", "xlsx"]), 2),
        (
            s(&[
                "consensus",
                &missing,
                "--grid",
                "aqor",
                "--out-dir",
                &dir_of("c"),
            ]),
            2,
        ),
        (
            s(&[
                "consensus",
                "examples/aqor-campaign-2026.csv",
                "--grid",
                "aqor",
                "--out-dir",
                &dir_of("c"),
            ]),
            1,
        ),
        (
            s(&[
                "migrate",
                "examples/aqor-campaign-2026.csv",
                "--to",
                "nosuch",
            ]),
            2,
        ),
        (
            s(&[
                "migrate",
                "tests/fixtures/migrate/cio-demo-1.0.yaml",
                "--to",
                "aqor",
                "--out-dir",
                &dir_of("m"),
            ]),
            2,
        ),
    ]
}

#[test]
fn failing_commands_speak_polish_and_french() {
    let dir = tempfile::tempdir().unwrap();
    for (args, code) in failing(dir.path()) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        for lang in ["pl", "fr"] {
            let o = in_lang(lang, &args);
            assert_eq!(o.code, code, "{args:?} --lang {lang}: {}", o.stderr);
            assert!(!o.stderr.trim().is_empty(), "{args:?}: nothing said");
            let english = english_words(&o.stderr, ENGLISH);
            assert!(
                english.is_empty(),
                "{args:?} --lang {lang}: English words {english:?} in\n{}",
                o.stderr
            );
        }
    }
}

#[test]
fn system_errors_in_words() {
    let o = in_lang("pl", &["migrate", "no-such.yaml", "--to", "aqor"]);
    assert!(
        o.stderr.contains("nie ma takiego pliku ani folderu") && !o.stderr.contains("os error"),
        "{}",
        o.stderr
    );
    let o = in_lang("fr", &["migrate", "src", "--to", "aqor"]);
    assert!(
        o.stderr.starts_with("erreur\u{202f}: ") && o.stderr.contains("c’est un dossier"),
        "{}",
        o.stderr
    );
}

#[test]
fn language_from_flag_then_environment_then_grid() {
    let args = [
        "score",
        "examples/aqor-campaign-2026.csv",
        "--grid",
        "aqor",
        "--explain=nobody",
    ];
    let with_env = |vars: &[(&str, &str)]| {
        run(&args, |c| {
            for v in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
                c.env_remove(v);
            }
            for (k, v) in vars {
                c.env(k, v);
            }
        })
        .stderr
    };
    // The environment: LANGUAGE's first spoken language, else LC_ALL, LC_MESSAGES, LANG.
    assert!(with_env(&[("LANG", "pl_PL.UTF-8")]).starts_with("błąd: brak podmiotu"));
    assert!(with_env(&[("LANGUAGE", "de:it"), ("LANG", "pl_PL.UTF-8")]).starts_with("errore:"));
    assert!(
        with_env(&[("LC_MESSAGES", "es_ES.UTF-8"), ("LANG", "pl_PL")])
            .starts_with("error: ninguna")
    );
    // A language aqor does not speak means English; the C locale chooses nothing, so the
    // grid's default language (French for aqor) speaks.
    assert!(with_env(&[("LANG", "de_DE.UTF-8")]).starts_with("error: no structure"));
    assert!(with_env(&[("LANG", "C.UTF-8")]).starts_with("erreur\u{202f}: aucune structure"));
    // --lang wins over everything.
    let o = run(&[&args[..], &["--lang", "it"]].concat(), |c| {
        c.env("LANG", "pl_PL.UTF-8");
    });
    assert!(
        o.stderr.starts_with("errore: nessuna struttura"),
        "{}",
        o.stderr
    );
}

#[test]
fn french_html_report_writes_numbers_and_dates_the_french_way() {
    let dir = "tests/fixtures/compare";
    let o = run(
        &[
            "compare",
            &format!("{dir}/2025"),
            &format!("{dir}/2026"),
            "--grid",
            &format!("{dir}/grid.yaml"),
            "--format",
            "html",
            "--lang",
            "fr",
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let html = o.stdout;
    // Table cells: decimal comma, dates in words; the English forms nowhere in a cell.
    assert!(
        html.contains(">80,0<") && !html.contains(">80.0<"),
        "{html}"
    );
    assert!(
        html.contains(">1er mars 2026<") || html.contains(">2 mars 2026<"),
        "{html}"
    );
    assert!(
        !html.contains(">2026-03-01<") && !html.contains(">2026-03-02<"),
        "{html}"
    );
    // Charts too (the heatmap's cells, the trend panels' points): no `>55.6<` anywhere.
    let english_numbers: Vec<&str> = html
        .split('>')
        .filter_map(|t| t.split('<').next())
        .filter(|t| {
            t.split_once('.').is_some_and(|(a, b)| {
                !a.is_empty()
                    && a.chars().all(|c| c.is_ascii_digit())
                    && b.len() == 1
                    && b.chars().all(|c| c.is_ascii_digit())
            })
        })
        .collect();
    assert!(english_numbers.is_empty(), "{english_numbers:?}");
}

/// Common English words, whole, that the input engine's messages must not hold in
/// another language.
const ENGINE_ENGLISH: &[&str] = &[
    "the", "cannot", "missing", "column", "row", "level", "not", "use", "give", "file",
];

/// Bad campaigns and assessments for the `aqor` grid, each with the exit code its
/// `aqor score` must give: 1 for inputs read that fail a check, 2 for an unreadable
/// one, 0 for a warning alone.
fn bad_inputs(dir: &std::path::Path) -> Vec<(Vec<String>, i32)> {
    let file = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let csv = |name: &str, rows: &str| file(name, &format!("structure_id;date;C1.1\n{rows}"));
    let score = |path: String| vec!["score".to_string(), path, "--grid".into(), "aqor".into()];
    let assessment = |name: &str, answers: &str| {
        file(
            name,
            &format!(
                "format: aqor-assessment/1\ngrid: {{id: aqor, version: 1.0.0}}\n\
                 structure: {{id: s1, name: S1, profiles: [lycee]}}\ndate: 2026-03-05\n\
                 answers:\n{answers}"
            ),
        )
    };
    let mut strict = score(csv("strict.csv", "s1;2026-03-05;2\n"));
    strict.push("--strict".into());
    vec![
        (score(csv("level.csv", "s1;2026-03-05;7\n")), 1),
        (score(csv("date.csv", "s1;2026-02-30;2\n")), 1),
        (score(csv("serial.csv", "s1;45383;2\n")), 1),
        (score(csv("id.csv", ";2026-03-05;2\n")), 1),
        (score(csv("cells.csv", "s1;2026-03-05;2;3\n")), 1),
        (
            score(csv("twice.csv", "s1;2026-03-05;2\ns1;2026-03-06;3\n")),
            1,
        ),
        (
            score(file(
                "profile.csv",
                "structure_id;date;profiles;C1.1\ns1;2026-03-05;lycee;2\n",
            )),
            1,
        ),
        (
            score(file(
                "header.csv",
                "structure_id;dtae;C1.1;C1.1:comentary\ns1;2026-03-05;2;x\n",
            )),
            1,
        ),
        (score(csv("warned.csv", "s1;2026-03-05;2\n")), 0),
        (strict, 1),
        (
            score(assessment(
                "answers.yaml",
                "  C1.1: {level: \"7\"}\n  C9.9: {level: \"1\"}\n  C1.2: {level: na}\n  C1.3: {level: \"2\", importance: 9}\n",
            )),
            1,
        ),
        (score(dir.join("no-such.csv").display().to_string()), 2),
    ]
}

#[test]
fn input_problems_speak_polish_and_french() {
    let dir = tempfile::tempdir().unwrap();
    for (args, code) in bad_inputs(dir.path()) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        for lang in ["pl", "fr"] {
            let o = in_lang(lang, &args);
            assert_eq!(o.code, code, "{args:?} --lang {lang}: {}", o.stderr);
            assert!(!o.stderr.trim().is_empty(), "{args:?}: nothing said");
            let english: Vec<String> = english_words(&o.stderr, ENGINE_ENGLISH);
            assert!(
                english.is_empty(),
                "{args:?} --lang {lang}: English words {english:?} in\n{}",
                o.stderr
            );
        }
    }
    // The English words are still said in English.
    let o = run(
        &[
            "score",
            "tests/fixtures/campaigns/bad-level.csv",
            "--grid",
            "tests/fixtures/score/grid.yaml",
        ],
        |_| {},
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    o.says("row 2, column A.1: “Realisee” is not a level");
}

/// `grid check --lang fr|pl` on broken grids: findings and summary without English.
#[test]
fn grid_check_findings_in_french_and_polish() {
    let dir = tempfile::tempdir().unwrap();
    let tab = dir.path().join("tab.yaml");
    std::fs::write(&tab, "format: aqor-grid/1\n\tid: x\nweight: 0,5\n").unwrap();
    let empty = dir.path().join("empty.yaml");
    std::fs::write(&empty, "").unwrap();
    let missing = dir.path().join("missing.yaml");
    let files = [&tab, &empty, &missing].map(|p| p.to_str().unwrap().to_string());
    for lang in ["fr", "pl"] {
        let mut args = vec!["grid", "check"];
        args.extend(files.iter().map(String::as_str));
        let o = in_lang(lang, &args);
        assert_eq!(o.code, 2, "--lang {lang}: {}", o.stderr);
        let said = format!("{}{}", o.stdout, o.stderr);
        assert_eq!(said.lines().count(), 5, "--lang {lang}: {said}");
        let english = english_words(&said, ENGLISH);
        assert!(
            english.is_empty(),
            "grid check --lang {lang}: English words {english:?} in\n{said}"
        );
    }
    let o = in_lang("fr", &["grid", "check", files[0].as_str()]);
    assert!(
        o.stderr
            .contains("1 fichier de grille vérifié\u{202f}: 2 erreurs, 0 avertissement"),
        "{}",
        o.stderr
    );
}

/// A grid with a fault of most kinds the loader, the shape check and the lints find.
const FAULTY_GRID: &str = r#"format: aqor-grid/1
id: faults
version: "1.0"
languages: [fr, en, fr]
title: {fr: "Défauts", en: "Faults"}
profiles:
  - id: cio
    label: {fr: "CIO", en: "CIO"}
  - id: spare
    label: {fr: "Réserve"}
scales:
  - id: level3
    levels:
      - {id: a, score: 0, label: {fr: "A", en: "A"}}
      - {id: b, score: 2, label: {fr: "B", en: "B"}}
      - {id: c, score: 1, label: {fr: "C", en: "C"}}
  - id: lonely
    levels:
      - {id: x, score: 0, label: {fr: "X", en: "X"}}
criteria:
  - id: C1
    title: {fr: "Accueil", en: "Welcome"}
    weight: -2
    indicators:
      - id: C1.1
        title: {en: "Only one language"}
        scale: levle3
        guidence: {fr: "x"}
      - id: "C1!"
        title: {fr: "Un", en: "One"}
        scale: level3
        target: z
        applies_to: [cia]
      - id: C1.3
        title: {fr: "Deux", en: "Two"}
        guidance: {fr: "Regarder"}
        scale: level3
        weight: lourd
      - id: C1.3
        title: {fr: "Trois", en: "Three"}
        scale: level3
  - id: C2
    title: {fr: "Vide", en: "Empty"}
    indicators: []
recognition:
  label: {fr: "Label", en: "Label"}
  rules: []
  profile_rules:
    - applies_to: [cio, cios]
      rules:
        - min_overall: 170
        - no_level: [zz]
        - at_target: [C1.3x]
"#;

/// `grid check --lang fr|pl` on a grid with many faults: every finding is said in the
/// reader's language; `--format json` keeps English.
#[test]
fn grid_check_every_kind_of_finding_in_french_and_polish() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("faults.yaml");
    std::fs::write(&path, FAULTY_GRID).unwrap();
    let file = path.to_str().unwrap();
    let expected: &[(&str, &[&str])] = &[
        (
            "fr",
            &[
                "échelle inconnue `levle3` pour l’indicateur `C1.1`\u{202f}; vouliez-vous dire `level3`\u{202f}? échelles de la grille\u{202f}: level3, lonely",
                "le niveau `c` vaut 1 alors que le niveau précédent, `b`, vaut 2",
                "`rules` est vide, ce qui accorderait le label à toutes les structures",
                "l’identifiant d’indicateur `C1!` ne peut contenir que des lettres",
                "l’identifiant d’indicateur `C1.3` est en double (défini une première fois ligne 34)",
                "`min_overall: 170` doit être un pourcentage entre 0 et 100",
                "aucun texte dans la langue par défaut `fr` pour le titre de l’indicateur `C1.1`",
                "`applies_to` de l’indicateur `C1!` nomme le profil `cia`, que la grille ne définit pas\u{202f}; vouliez-vous dire `cio`\u{202f}? profils\u{202f}: cio, spare",
                "`applies_to` des règles de profil nomme le profil `cios`",
                "clé inconnue `guidence` dans un indicateur\u{202f}; vouliez-vous dire `guidance`\u{202f}?",
                "`weight`\u{202f}: attendu\u{202f}: un nombre, trouvé\u{202f}: `lourd`",
                "la version `1.0` n’est pas au format semver",
                "la langue `fr` figure deux fois",
                "l’échelle `lonely` a 1 niveau\u{202f}; une échelle en demande au moins 2",
                "le poids -2 doit être un nombre >= 0",
                "le critère `C2` n’a aucun indicateur",
                "la cible `z` de l’indicateur `C1!` n’est pas un niveau de l’échelle `level3` (niveaux\u{202f}: a, b, c)",
                "une règle de reconnaissance nomme le niveau `zz`, qu’aucune échelle ne définit",
                "`at_target` nomme l’indicateur `C1.3x`, que la grille n’a pas\u{202f}; vouliez-vous dire `C1.3`\u{202f}?",
                "avertissement\u{202f}: le profil `spare`\u{202f}: pas de texte `en` pour libellé\u{202f}; la grille déclare fr, en, fr",
                "l’indicateur `C1.3`\u{202f}: pas de texte `en` pour repères",
                "l’indicateur `C1.3` ne propose aucune action pour une réponse aux niveaux `a`, `b`, sous sa cible `c`",
                "l’échelle `lonely` n’est utilisée par aucun indicateur\u{202f}; retirez-la ou utilisez-la",
                "fichier de grille vérifié\u{202f}: ",
            ],
        ),
        (
            "pl",
            &[
                "nieznana skala `levle3` wskaźnika `C1.1`; czy chodziło o `level3`? dostępne skale: level3, lonely",
                "poziom `c` ma wynik 1, a poziom przed nim, `b`, ma wynik 2",
                "`rules` jest puste, co przyznałoby wyróżnienie każdemu podmiotowi",
                "identyfikator wskaźnika `C1!` może zawierać tylko litery",
                "identyfikator wskaźnika `C1.3` się powtarza (pierwszy raz zdefiniowany w wierszu 34)",
                "`min_overall: 170` musi być procentem od 0 do 100",
                "brak tekstu w języku domyślnym `fr`: tytuł wskaźnika `C1.1`",
                "`applies_to` wskaźnika `C1!` wymienia profil `cia`, którego siatka nie definiuje; czy chodziło o `cio`? profile: cio, spare",
                "nieznany klucz `guidence` we wskaźniku; czy chodziło o `guidance`?",
                "`weight`: oczekiwano: liczba; jest: `lourd`",
                "skala `lonely` ma 1 poziom; skala potrzebuje co najmniej 2",
                "kryterium `C2` nie ma wskaźników; dodajcie jeden lub usuńcie kryterium",
                "ostrzeżenie: profil `spare`: brak tekstu `en` dla: etykieta",
                "wskaźnik `C1.3` nie proponuje działania dla odpowiedzi na poziomach `a`, `b`, poniżej celu `c`",
                "żaden wskaźnik nie używa skali `lonely`; usuńcie ją albo jej użyjcie",
                "sprawdzone pliki siatek: 1;",
            ],
        ),
    ];
    for (lang, sentences) in expected {
        let o = in_lang(lang, &["grid", "check", file]);
        assert_eq!(o.code, 1, "--lang {lang}: {}", o.stderr);
        let said = format!("{}{}", o.stdout, o.stderr);
        says_all_in(lang, &said, sentences);
        assert!(said.lines().count() >= 25, "--lang {lang}: {said}");
    }
    // Machine formats keep English, whatever the language.
    let o = in_lang("pl", &["grid", "check", file, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let messages: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.contains(
            &"unknown scale `levle3` for indicator `C1.1`; did you mean `level3`? scales here: level3, lonely"
        ),
        "{messages:#?}"
    );
    assert!(
        messages.contains(&"scale `lonely` has 1 level; a scale needs at least 2"),
        "{messages:#?}"
    );
}

/// `grid diff --lang fr|pl`: the text report in the reader's language.
#[test]
fn grid_diff_report_in_french_and_polish() {
    let dir = tempfile::tempdir().unwrap();
    let old = std::fs::read_to_string("tests/fixtures/grid/small.yaml").unwrap();
    let new = old
        .replace("version: 1.0.0", "version: 1.0.1")
        .replace("title: {fr: \"Petite", "title: {fr: \"Toute petite");
    let (a, b) = (dir.path().join("a.yaml"), dir.path().join("b.yaml"));
    std::fs::write(&a, &old).unwrap();
    std::fs::write(&b, &new).unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    for (lang, lines) in [
        (
            "fr",
            [
                "\u{202f}: 1 changement\n",
                "  textes changés    grille\u{202f}: titre\n",
                "montée de version requise\u{202f}: patch (textes changés)\n",
            ],
        ),
        (
            "pl",
            [
                ": 1 zmiana\n",
                "  zmiana tekstów    siatka: tytuł\n",
                "wymagane podbicie wersji: patch (zmiana tekstów)\n",
            ],
        ),
    ] {
        let o = in_lang(lang, &["grid", "diff", a, b]);
        assert_eq!(o.code, 0, "--lang {lang}: {}", o.stderr);
        for line in lines {
            assert!(
                o.stdout.contains(line),
                "--lang {lang}: no {line:?} in\n{}",
                o.stdout
            );
        }
        let english = english_words(&o.stdout, ENGLISH);
        assert!(english.is_empty(), "{english:?} in\n{}", o.stdout);
    }
}

/// The shape check's findings (indentation, rule keys, a missing key, a duplicate key,
/// a value of the wrong kind) in French and Polish.
#[test]
fn grid_shape_findings_in_french_and_polish() {
    let small = std::fs::read_to_string("tests/fixtures/grid/small.yaml").unwrap();
    let moved = "        title: {fr: \"Information\", en: \"Information\"}\n";
    let action = "          - {below: \"3\", text: {fr: \"Mettre à jour\", en: \"Update\"}}\n";
    let indented = small.replacen(moved, "", 1).replacen(
        action,
        &format!("{action}    title: {{fr: \"Information\", en: \"Information\"}}\n"),
        1,
    );
    let rules = format!(
        "{small}recognition:\n  label: {{fr: \"Label\", en: \"Label\"}}\n  rules:\n    - min_overall: 70\n      min_coverage: 80\n    - {{}}\n"
    );
    let missing = small
        .replacen("    title: {fr: \"Réseau\", en: \"Network\"}\n", "", 1)
        .replacen("version: 1.0.0\n", "version: 1.0.0\nid: again\n", 1)
        .replacen(
            "title: {fr: \"Petite grille\", en: \"Small grid\"}",
            "title: [a, b]",
            1,
        );
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (name, text) in [
        ("indented", &indented),
        ("rules", &rules),
        ("missing", &missing),
    ] {
        let path = dir.path().join(format!("{name}.yaml"));
        std::fs::write(&path, text).unwrap();
        files.push(path.to_str().unwrap().to_string());
    }
    let expected: [(&str, &[&str]); 2] = [
        (
            "fr",
            &[
                "l’indentation ne correspond pas à la ligne du dessus\u{202f}: ce `title` fait partie d’un indicateur à la ligne 28, dont les clés sont en colonne 9\u{202f}; indentez-le jusqu’à cette colonne",
                "une clé par règle\u{202f}: `min_coverage` va dans une règle à part, sur une ligne qui commence par `- `",
                "une règle a besoin d’une condition, par ex. `min_overall: 70`\u{202f}; conditions possibles\u{202f}: min_overall,",
                "un critère doit avoir `title`, qui manque ici",
                "clé `id` en double (déjà présente ligne 3, colonne 1)\u{202f}; une clé ne peut figurer qu’une fois ici",
                "`title`\u{202f}: attendu\u{202f}: un texte (une chaîne, ou une correspondance langue -> texte comme `{fr: \"…\", en: \"…\"}`), trouvé\u{202f}: une liste",
            ],
        ),
        (
            "pl",
            &[
                "wcięcie nie pasuje do wiersza powyżej: ten `title` należy do wskaźnika z wiersza 28 (klucze w kolumnie 9); wetnijcie go do tej kolumny",
                "jeden klucz na regułę: `min_coverage` trafia do osobnej reguły",
                "reguła potrzebuje jednego warunku, np. `min_overall: 70`; możliwe warunki: min_overall,",
                "kryterium wymaga klucza `title`, którego tu brakuje",
                "powtórzony klucz `id` (pierwszy raz w wierszu 3, kolumnie 1); klucz może tu wystąpić tylko raz",
                "`title`: oczekiwano: tekst (ciąg znaków albo mapa język -> tekst, np. `{fr: \"…\", en: \"…\"}`); jest: lista",
            ],
        ),
    ];
    for (lang, sentences) in expected {
        let mut args = vec!["grid", "check"];
        args.extend(files.iter().map(String::as_str));
        let o = in_lang(lang, &args);
        assert_eq!(o.code, 1, "--lang {lang}: {}", o.stderr);
        let said = format!("{}{}", o.stdout, o.stderr);
        says_all_in(lang, &said, sentences);
    }
}

/// The words of a command-line error without its usage line and clap's placeholders
/// (`<GRID>`, `[OPTIONS]`), which stay English as `--help` does.
fn without_usage(stderr: &str, usage: &str) -> String {
    let mut kept = String::new();
    for line in stderr.lines().filter(|l| !l.starts_with(usage)) {
        let mut depth = 0;
        for c in line.chars() {
            match c {
                '<' | '[' => depth += 1,
                '>' | ']' => depth -= 1,
                c if depth == 0 => kept.push(c),
                _ => {}
            }
        }
        kept.push('\n');
    }
    kept
}

/// clap's own errors (a bad option value, missing arguments, an unknown option or
/// command) in the language of --lang or the environment, with exit code 2.
#[test]
fn command_line_errors_speak_the_reader_language() {
    let env = |lang: &'static str| {
        move |c: &mut std::process::Command| {
            for v in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
                c.env_remove(v);
            }
            c.env("LANG", lang);
        }
    };
    let cases: Vec<(Outcome, &str, &[&str])> = vec![
        // A bad option value: --lang, even after the error.
        (
            run(
                &[
                    "score",
                    "examples/aqor-campaign-2026.csv",
                    "--grid",
                    "aqor",
                    "--format",
                    "nope",
                    "--lang",
                    "pl",
                ],
                env("fr_FR.UTF-8"),
            ),
            "Użycie:",
            &[
                "błąd: nieprawidłowa wartość „nope” dla --format\n",
                "\n  możliwe wartości: ",
                "\n\nWięcej informacji: `aqor score --help`.\n",
            ],
        ),
        // Required arguments missing: the environment's language.
        (
            run(&["plan"], env("fr_FR.UTF-8")),
            "Utilisation",
            &[
                "erreur\u{202f}: il manque des arguments obligatoires\u{202f}:\n  ",
                "\n\nUtilisation\u{202f}: aqor plan ",
                "\n\nPour en savoir plus, essayez `aqor plan --help`.\n",
            ],
        ),
        // An unknown option.
        (
            run(
                &["score", "examples/aqor-campaign-2026.csv", "--nope"],
                env("pl_PL.UTF-8"),
            ),
            "Użycie:",
            &["błąd: nieoczekiwany argument „--nope”\n"],
        ),
        // An unknown command, with the one meant.
        (
            run(&["scroe", "--lang", "fr"], env("pl_PL.UTF-8")),
            "Utilisation",
            &[
                "erreur\u{202f}: commande inconnue «\u{202f}scroe\u{202f}»\n",
                "\n  vouliez-vous dire `score`\u{202f}?\n",
            ],
        ),
    ];
    for (o, usage, said) in cases {
        assert_eq!(o.code, 2, "{}", o.stderr);
        for s in said {
            assert!(o.stderr.contains(s), "{s:?} not in\n{}", o.stderr);
        }
        let english = english_words(&without_usage(&o.stderr, usage), ENGLISH);
        assert!(
            english.is_empty(),
            "English words {english:?} in\n{}",
            o.stderr
        );
    }
    // English readers read English, in the same shape.
    let o = run(
        &["score", "x.csv", "--grid", "aqor", "--format", "nope"],
        |_| {},
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    o.says("error: invalid value “nope” for --format\n  possible values: ");
    // --help and --version are clap's, as before.
    let o = run(&["score", "--help", "--lang", "pl"], |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.contains("Usage: aqor score"), "{}", o.stdout);
}
