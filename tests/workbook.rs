//! Workbooks aqor writes, opened by a real spreadsheet program (LibreOffice
//! headless), and workbooks LibreOffice wrote, scored by aqor. The LibreOffice
//! tests skip, saying so, only when `soffice` is not installed (`.ci/run` installs it).

mod common;

use common::run;
use std::path::{Path, PathBuf};
use std::process::Command;

/// `soffice`, or `None` after saying why the test is skipped.
fn soffice(test: &str) -> Option<&'static str> {
    let found = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("{test}: skipped: soffice (LibreOffice) is not installed; .ci/run installs it");
        return None;
    }
    Some("soffice")
}

/// A LibreOffice profile of its own (tests run in parallel) that computes the
/// formulas of every `.xlsx` it opens, as Excel does for a file that asks it to
/// (LibreOffice's default keeps the values stored in the file).
fn profile() -> tempfile::TempDir {
    let profile = tempfile::tempdir().unwrap();
    let user = profile.path().join("user");
    std::fs::create_dir_all(&user).unwrap();
    std::fs::write(
        user.join("registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
    )
    .unwrap();
    profile
}

/// Runs LibreOffice headless on `file` with its own profile.
fn convert(file: &Path, to: &str, out_dir: &Path) {
    convert_with(profile().path(), file, to, out_dir);
}

/// `convert` with the LibreOffice profile at `profile`.
fn convert_with(profile: &Path, file: &Path, to: &str, out_dir: &Path) {
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", to, "--outdir"])
        .arg(out_dir)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "soffice failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// Every sheet of a workbook as LibreOffice exports it to CSV (UTF-8, `,`), by sheet name.
fn sheets(file: &Path) -> Vec<(String, Vec<Vec<String>>)> {
    let dir = tempfile::tempdir().unwrap();
    // Filter options: `,` `"` UTF-8, from line 1, …, cells as shown (the number
    // format's decimals), -1 = every sheet to its own file.
    convert(
        file,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
        dir.path(),
    );
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    let mut out: Vec<(String, Vec<Vec<String>>)> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let sheet = name
                .strip_prefix(&format!("{stem}-"))
                .unwrap_or(&name)
                .to_string();
            let rows = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_path(&p)
                .unwrap()
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect())
                .collect();
            (sheet, rows)
        })
        .collect();
    out.sort();
    out
}

fn sheet<'a>(all: &'a [(String, Vec<Vec<String>>)], name: &str) -> &'a Vec<Vec<String>> {
    &all.iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| {
            panic!(
                "no sheet {name} in {:?}",
                all.iter().map(|s| &s.0).collect::<Vec<_>>()
            )
        })
        .1
}

fn tmp(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn campaign_template_opens_in_libreoffice() {
    let Some(_) = soffice("campaign_template_opens_in_libreoffice") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = tmp(&dir, "campagne.xlsx");
    let f = file.to_str().unwrap();
    let o = run(
        &[
            "template", "aqor", "--format", "xlsx", "--lang", "fr", "-o", f,
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    // Not over an existing file without --force, which is left as it was.
    let before = std::fs::read(&file).unwrap();
    let again = run(&["template", "aqor", "--format", "xlsx", "-o", f], |_| {});
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(again.stderr.contains("--force"), "{}", again.stderr);
    assert_eq!(std::fs::read(&file).unwrap(), before);

    let all = sheets(&file);
    let campaign = sheet(&all, "Campagne");
    let header = &campaign[0];
    assert_eq!(
        &header[..6],
        [
            "structure_id",
            "structure_name",
            "network",
            "date",
            "respondent",
            "role"
        ]
    );
    let grid_col = header
        .iter()
        .position(|h| h == "grid")
        .expect("a grid column");
    assert!(header.iter().any(|h| h == "C1.1"), "{header:?}");
    assert!(
        campaign[1][grid_col].starts_with("aqor "),
        "{:?}",
        campaign[1]
    );
    assert!(campaign[1][0].is_empty());
    let grid = sheet(&all, "Grille");
    assert!(grid[0][0].starts_with("aqor "), "{:?}", grid[0]);
    assert_eq!(grid[1][0], "Critère");
    assert!(
        grid.iter()
            .any(|r| r[2] == "C1.1" && !r[3].is_empty() && !r[6].is_empty())
    );
    let howto = sheet(&all, "Mode d’emploi");
    assert!(
        howto.iter().any(|r| r[0].contains("aqor score")),
        "{howto:?}"
    );
    let levels = sheet(&all, "levels");
    assert!(levels.iter().any(|r| r[0].contains(" · ")), "{levels:?}");
    assert!(levels.iter().any(|r| r[0] == "na"), "{levels:?}");
    // Every level cell, and the role, refuses anything but the list.
    let xml = unzip(&file, "xl/worksheets/sheet1.xml");
    let lists = xml.matches("<dataValidation type=\"list\"").count();
    assert_eq!(
        lists,
        1 + header
            .iter()
            .filter(|h| h.starts_with('C') && !h.contains(':'))
            .count()
    );
    assert!(
        xml.contains("\"team,management,partner,user\""),
        "the roles' list"
    );
    assert!(xml.contains("errorStyle") || xml.contains("showErrorMessage=\"1\""));
    assert!(
        xml.contains("<pane xSplit=\"2\" ySplit=\"1\""),
        "frozen panes"
    );
}

/// A part of a zip (a workbook) as text, with the `unzip` program.
fn unzip(file: &Path, part: &str) -> String {
    let out = Command::new("unzip")
        .arg("-p")
        .arg(file)
        .arg(part)
        .output()
        .expect("unzip is installed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn form_opens_in_libreoffice() {
    let Some(_) = soffice("form_opens_in_libreoffice") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = tmp(&dir, "cio-blois.xlsx");
    let f = file.to_str().unwrap();
    let o = run(
        &[
            "template",
            "aqor",
            "--form",
            "--structure-id",
            "cio-blois",
            "--structure-name",
            "CIO de Blois",
            "--lang",
            "en",
            "-o",
            f,
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let all = sheets(&file);
    let form = sheet(&all, "Questionnaire");
    assert_eq!(form[0][..2], ["structure_id", "cio-blois"]);
    assert_eq!(form[1][..2], ["structure_name", "CIO de Blois"]);
    let ids = form
        .iter()
        .position(|r| r[0] == "criterion")
        .expect("the id row");
    assert_eq!(form[ids - 1][4], "Level");
    assert_eq!(
        form[ids][..5],
        ["criterion", "indicator", "title", "guidance", "level"]
    );
    assert_eq!(form[ids + 1][1], "C1.1");
    assert!(!form[ids + 1][2].is_empty());
}

#[test]
fn score_and_compare_workbooks_open_in_libreoffice() {
    let Some(_) = soffice("score_and_compare_workbooks_open_in_libreoffice") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = tmp(&dir, "scores.xlsx");
    let f = file.to_str().unwrap();
    let csv = run(
        &[
            "score",
            "examples/aqor-campaign-2025.csv",
            "--format",
            "csv",
        ],
        |_| {},
    );
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let o = run(
        &[
            "score",
            "examples/aqor-campaign-2025.csv",
            "--format",
            "xlsx",
            "--lang",
            "en",
            "-o",
            f,
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let all = sheets(&file);
    let scores = &all[0].1;
    let expected: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .from_reader(csv.stdout.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(scores.len(), expected.len() + 1);
    for (got, want) in scores[1..].iter().zip(&expected) {
        // LibreOffice shows the numbers with the one decimal the cell format asks.
        assert_eq!(got[..want.len()], want[..], "{got:?}");
    }
    // Numbers are numbers, scores coloured, the header filtered and frozen.
    let xml = unzip(&file, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<c r=\"D2\" s=\"") && xml.contains("<colorScale>"));
    assert!(xml.contains("<autoFilter ref=\"A1:"));
    assert!(xml.contains("ySplit=\"1\""));

    let cmp = tmp(&dir, "compare.xlsx");
    let o = run(
        &[
            "compare",
            "examples/aqor-campaign-2025.csv",
            "examples/aqor-campaign-2026.csv",
            "--format",
            "xlsx",
            "-o",
            cmp.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let all = sheets(&cmp);
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    for n in ["side", "side-indicators", "trend", "network"] {
        assert!(names.contains(&n), "{names:?}");
    }
    let side = sheet(&all, "side");
    assert_eq!(side[0][0], "structure_id");
}

#[test]
fn formula_looking_names_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let campaign = std::fs::read_to_string("examples/aqor-campaign-2025.csv").unwrap();
    // The campaign is `;`-delimited: the formula's arguments are `,`-separated.
    let evil = campaign.replace("CIO de Blois", "=HYPERLINK(\"http://x\",\"y\")");
    let input = tmp(&dir, "aqor-evil.csv");
    std::fs::write(&input, evil).unwrap();
    let file = tmp(&dir, "scores.xlsx");
    let o = run(
        &[
            "score",
            input.to_str().unwrap(),
            "--format",
            "xlsx",
            "-o",
            file.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let xml = unzip(&file, "xl/worksheets/sheet1.xml");
    assert!(!xml.contains("<f>"), "no formula in the workbook");
    let strings = unzip(&file, "xl/sharedStrings.xml");
    assert!(strings.contains("=HYPERLINK("), "the name is kept as text");
}

#[test]
fn excel_csv_has_semicolons_bom_and_decimal_commas() {
    let o = run(
        &[
            "score",
            "examples/aqor-campaign-2025.csv",
            "--format",
            "csv",
            "--excel",
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let plain = run(
        &[
            "score",
            "examples/aqor-campaign-2025.csv",
            "--format",
            "csv",
        ],
        |_| {},
    );
    assert!(o.stdout.starts_with('\u{feff}'));
    let lines: Vec<&str> = o.stdout.trim_start_matches('\u{feff}').lines().collect();
    assert!(lines[0].starts_with("structure_id;structure_name;date;overall"));
    let plain_first: Vec<&str> = plain.stdout.lines().nth(1).unwrap().split(',').collect();
    let excel_first: Vec<&str> = lines[1].split(';').collect();
    assert_eq!(excel_first[3], plain_first[3].replace('.', ","));
    // Plain CSV does not change.
    assert!(
        plain
            .stdout
            .starts_with("structure_id,structure_name,date,overall")
    );
    let t = run(&["template", "aqor", "--excel"], |_| {});
    assert!(t.stdout.starts_with("\u{feff}structure_id;structure_name;"));
    // Every CSV output: the grid's too, its ids left as they are.
    let g = run(
        &["grid", "show", "aqor", "--format", "csv", "--excel"],
        |_| {},
    );
    assert_eq!(g.code, 0, "{}", g.stderr);
    assert!(
        g.stdout
            .starts_with("\u{feff}criterion;criterion_title;indicator;"),
        "{}",
        g.stdout
    );
    assert!(g.stdout.contains(";C1.1;"), "{}", g.stdout);
    let g = run(&["grid", "show", "aqor", "--excel"], |_| {});
    assert_eq!(g.code, 2, "{}", g.stderr);
}

#[test]
fn workbook_formats_need_a_file() {
    let o = run(
        &[
            "score",
            "examples/aqor-campaign-2025.csv",
            "--format",
            "xlsx",
        ],
        |_| {},
    );
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("-o FILE.xlsx"), "{}", o.stderr);
    let o = run(&["template", "aqor", "--format", "xlsx"], |_| {});
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("-o FILE.xlsx"), "{}", o.stderr);
    // --explain writes no workbook, and honours -o.
    let dir = tempfile::tempdir().unwrap();
    let out = tmp(&dir, "explained.xlsx");
    let campaign = "examples/aqor-campaign-2025.csv";
    let o = run(
        &[
            "score",
            campaign,
            "--explain=cio-blois",
            "--format",
            "xlsx",
            "-o",
        ]
        .into_iter()
        .chain([out.to_str().unwrap()])
        .collect::<Vec<_>>(),
        |_| {},
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(o.stderr.contains("not xlsx"), "{}", o.stderr);
    assert!(!out.exists());
    let md = tmp(&dir, "explained.md");
    let o = run(
        &[
            "score",
            campaign,
            "--explain=cio-blois",
            "-o",
            md.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.is_empty(), "{}", o.stdout);
    assert!(std::fs::read_to_string(&md).unwrap().contains("cio-blois"));
}

/// The example campaign as LibreOffice itself saves it in `ext` (French locale, so
/// `03/04/2025` is the 3rd of April, as in the file).
fn libreoffice_copy(csv: &str, ext: &str, dir: &Path) -> PathBuf {
    convert(Path::new(csv), ext, dir);
    let stem = Path::new(csv)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    dir.join(format!("{stem}.{ext}"))
}

/// `convert` with the CSV import options of a French semicolon file.
fn import_french_csv(csv: &Path, ext: &str, dir: &Path) -> PathBuf {
    let profile = profile();
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args([
            "--headless",
            "--infilter=CSV:59,34,76,1,,1036",
            "--convert-to",
            ext,
            "--outdir",
        ])
        .arg(dir)
        .arg(csv)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stem = csv.file_stem().unwrap().to_string_lossy().into_owned();
    dir.join(format!("{stem}.{ext}"))
}

#[test]
fn workbooks_libreoffice_wrote_score_as_the_csvs() {
    let Some(_) = soffice("workbooks_libreoffice_wrote_score_as_the_csvs") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for csv in [
        "examples/aqor-campaign-2025.csv",
        "examples/aqor-campaign-2026.csv",
    ] {
        let want = run(&["score", csv, "--format", "csv"], |_| {});
        assert_eq!(want.code, 0, "{}", want.stderr);
        for ext in ["xlsx", "ods", "xls", "xlsm"] {
            let book = import_french_csv(Path::new(csv), ext, dir.path());
            let got = run(
                &["score", book.to_str().unwrap(), "--format", "csv"],
                |_| {},
            );
            assert_eq!(got.code, 0, "{ext}: {}", got.stderr);
            assert_eq!(got.stdout, want.stdout, "{csv} as {ext}");
        }
    }
    let _ = libreoffice_copy;
}

#[test]
fn a_form_filled_and_saved_by_libreoffice_scores() {
    let Some(_) = soffice("a_form_filled_and_saved_by_libreoffice_scores") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let form = tmp(&dir, "cio-blois.xlsx");
    let o = run(
        &[
            "template",
            "aqor",
            "--form",
            "--structure-id",
            "cio-blois",
            "--structure-name",
            "CIO de Blois",
            "--lang",
            "fr",
            "-o",
            form.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    // Filled the way a person would, in LibreOffice: the form as CSV, cells typed in,
    // saved again as a workbook by LibreOffice.
    let all = sheets(&form);
    let level2 = sheet(&all, "levels")[2][0].clone();
    assert!(level2.starts_with("2 · "), "{level2}");
    let mut rows = sheet(&all, "Questionnaire").clone();
    rows[3][1] = "15/01/2026".into();
    let ids = rows.iter().position(|r| r[0] == "criterion").unwrap();
    let mut answers = Vec::new();
    for (i, row) in rows[ids + 1..].iter_mut().enumerate() {
        let level = if i == 0 {
            "na".to_string()
        } else if i % 2 == 0 {
            level2.clone()
        } else {
            "3".into()
        };
        row[4] = level.clone();
        if i == 0 {
            row[5] = "Pas de public adulte; voir le rapport".into();
        }
        if i == 1 {
            row[7] = "4".into();
        }
        answers.push((row[1].clone(), level.split(' ').next().unwrap().to_string()));
    }
    let filled = dir.path().join("filled");
    std::fs::create_dir(&filled).unwrap();
    let csv_path = filled.join("cio-blois.csv");
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_path(&csv_path)
        .unwrap();
    for r in &rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
    let returns = dir.path().join("retours");
    std::fs::create_dir(&returns).unwrap();
    let ods = import_french_csv(&csv_path, "ods", &returns);
    assert!(ods.exists());
    let got = run(
        &[
            "score",
            returns.to_str().unwrap(),
            "--grid",
            "aqor",
            "--format",
            "csv",
        ],
        |_| {},
    );
    assert_eq!(got.code, 0, "{}", got.stderr);
    // The same answers as a campaign CSV score the same.
    let mut header = vec![
        "structure_id".to_string(),
        "structure_name".into(),
        "date".into(),
    ];
    let mut values = vec![
        "cio-blois".to_string(),
        "CIO de Blois".into(),
        "2026-01-15".into(),
    ];
    for (id, level) in &answers {
        header.push(id.clone());
        values.push(level.clone());
    }
    header.push(format!("{}:comment", answers[0].0));
    values.push("Pas de public adulte; voir le rapport".into());
    let campaign = tmp(&dir, "same.csv");
    std::fs::write(
        &campaign,
        format!("{}\n{}\n", header.join(","), values.join(",")),
    )
    .unwrap();
    let want = run(
        &[
            "score",
            campaign.to_str().unwrap(),
            "--grid",
            "aqor",
            "--format",
            "csv",
        ],
        |_| {},
    );
    assert_eq!(want.code, 0, "{}", want.stderr);
    assert_eq!(got.stdout, want.stdout);
    let json = run(
        &[
            "score",
            returns.to_str().unwrap(),
            "--grid",
            "aqor",
            "--format",
            "json",
        ],
        |_| {},
    );
    assert!(
        json.stdout.contains("Pas de public adulte"),
        "the comment is kept"
    );
    assert!(
        json.stdout.contains("\"importance\": 4") || json.stdout.contains("\"importance\":4"),
        "{}",
        json.stdout
    );
}

#[test]
fn cell_problems_name_the_sheet_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let template = tmp(&dir, "aqor-campagne.xlsx");
    let o = run(
        &[
            "template",
            "aqor",
            "--format",
            "xlsx",
            "--lang",
            "fr",
            "-o",
            template.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    // A workbook with a wrong level, written by rust_xlsxwriter as a person would fill it.
    let file = tmp(&dir, "aqor-bad.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    s.set_name("Feuil1").unwrap();
    for (c, h) in ["structure_id", "structure_name", "date", "C1.1", "C1.2"]
        .iter()
        .enumerate()
    {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_string(1, 0, "cio-blois").unwrap();
    s.write_string(1, 1, "CIO").unwrap();
    s.write_string(1, 2, "2026-01-15").unwrap();
    s.write_number(1, 3, 2.0).unwrap();
    s.write_number(1, 4, 7.0).unwrap();
    book.save(&file).unwrap();
    let o = run(&["score", file.to_str().unwrap()], |_| {});
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("aqor-bad.xlsx, Feuil1!E2, column C1.2: "),
        "{}",
        o.stderr
    );
    assert!(o.stdout.is_empty());
    // 2.0 is level 2: the row without the bad cell scores.
    let good = tmp(&dir, "aqor-good.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    for (c, h) in ["structure_id", "date", "C1.1"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_string(1, 0, "cio-blois").unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 1, 15).unwrap();
    let fmt = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    s.write_datetime_with_format(1, 1, &date, &fmt).unwrap();
    s.write_number(1, 2, 2.0).unwrap();
    book.save(&good).unwrap();
    let o = run(
        &["score", good.to_str().unwrap(), "--format", "csv"],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stdout.contains("cio-blois,,2026-01-15,66.7"),
        "{}",
        o.stdout
    );
}

#[test]
fn bad_workbooks_are_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let ok = tmp(&dir, "aqor-campagne.xlsx");
    let o = run(
        &[
            "template",
            "aqor",
            "--format",
            "xlsx",
            "--lang",
            "en",
            "-o",
            ok.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let score = |file: &Path, extra: &[&str]| {
        let mut args = vec!["score", file.to_str().unwrap()];
        args.extend_from_slice(extra);
        run(&args, |_| {})
    };
    // No such sheet: the sheets are listed.
    let o = score(&ok, &["--sheet", "Nope"]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(
        o.stderr.contains("no sheet “Nope”") && o.stderr.contains("Campaign"),
        "{}",
        o.stderr
    );
    // An empty sheet.
    let empty = tmp(&dir, "aqor-empty.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().set_name("Vide").unwrap();
    book.save(&empty).unwrap();
    let o = score(&empty, &[]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("aqor-empty.xlsx, Vide: is empty"),
        "{}",
        o.stderr
    );
    assert!(o.stdout.is_empty());
    // A corrupt (truncated) file.
    let bytes = std::fs::read(&ok).unwrap();
    let cut = tmp(&dir, "aqor-cut.xlsx");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let o = score(&cut, &[]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(
        o.stderr.contains("cannot be read as a workbook"),
        "{}",
        o.stderr
    );
    // Merged header cells.
    let merged = tmp(&dir, "aqor-merged.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    s.merge_range(0, 0, 0, 1, "structure_id", &rust_xlsxwriter::Format::new())
        .unwrap();
    s.write_string(0, 2, "date").unwrap();
    book.save(&merged).unwrap();
    let o = score(&merged, &[]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("!A1:B1: cells A1:B1 are merged"),
        "{}",
        o.stderr
    );
    // A zip bomb: parts announcing more than 1 GB are not unpacked.
    let bomb = tmp(&dir, "aqor-bomb.xlsx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&bomb).unwrap());
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
    std::io::Write::write_all(&mut zip, b"0123456789").unwrap();
    zip.finish().unwrap();
    let mut b = std::fs::read(&bomb).unwrap();
    let cd = b.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    b[cd + 24..cd + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    std::fs::write(&bomb, b).unwrap();
    let o = score(&bomb, &[]);
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(
        o.stderr.contains("this is not a campaign workbook"),
        "{}",
        o.stderr
    );
    // A CSV named .xlsx, and a workbook named .csv, are read for what they are.
    let csv_as_xlsx = tmp(&dir, "aqor-campaign-2025.xlsx");
    std::fs::copy("examples/aqor-campaign-2025.csv", &csv_as_xlsx).unwrap();
    let o = score(&csv_as_xlsx, &["--format", "csv"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("is a CSV campaign despite its name"),
        "{}",
        o.stderr
    );
    let xlsx_as_csv = tmp(&dir, "aqor-x.csv");
    std::fs::copy(&merged, &xlsx_as_csv).unwrap();
    let o = score(&xlsx_as_csv, &[]);
    assert!(
        o.stderr.contains("is a workbook despite its name"),
        "{}",
        o.stderr
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
}

/// A one-row campaign of the aqor grid whose cell D2 (C1.2) holds `formula`, written
/// by a program that does not compute formulas (rust_xlsxwriter stores `0` as their
/// value and asks spreadsheets to compute on opening).
fn with_formula(file: &Path, formula: &str) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    s.set_name("Feuil1").unwrap();
    for (c, h) in ["structure_id", "date", "C1.1", "C1.2"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_string(1, 0, "cio-blois").unwrap();
    s.write_string(1, 1, "2026-01-15").unwrap();
    s.write_number(1, 2, 2.0).unwrap();
    s.write_formula(1, 3, formula).unwrap();
    book.save(file).unwrap();
}

#[test]
fn formulas_are_read_as_their_computed_values_only() {
    let dir = tempfile::tempdir().unwrap();
    let raw = tmp(&dir, "aqor-raw.xlsx");
    with_formula(&raw, "=1+1");
    let o = run(&["score", raw.to_str().unwrap(), "--format", "csv"], |_| {});
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("aqor-raw.xlsx, Feuil1!D2: has a formula (=1+1) but no computed value"),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr
            .contains("aqor-raw.xlsx: no row of it is used until these cells are fixed"),
        "{}",
        o.stderr
    );
    assert!(o.stdout.is_empty(), "{}", o.stdout);

    let Some(_) = soffice("formulas_are_read_as_their_computed_values_only") else {
        return;
    };
    // Saved by LibreOffice, which computes: the formula's value is the level.
    let saved = dir.path().join("saved");
    std::fs::create_dir(&saved).unwrap();
    convert(&raw, "xlsx", &saved);
    let o = run(
        &[
            "score",
            saved.join("aqor-raw.xlsx").to_str().unwrap(),
            "--format",
            "csv",
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let same = saved.join("aqor-raw.csv");
    std::fs::write(
        &same,
        "structure_id,date,C1.1,C1.2\ncio-blois,2026-01-15,2,2\n",
    )
    .unwrap();
    let want = run(
        &["score", same.to_str().unwrap(), "--format", "csv"],
        |_| {},
    );
    assert_eq!(want.code, 0, "{}", want.stderr);
    assert_eq!(o.stdout, want.stdout);
    // An error value computed by LibreOffice is refused with its cell.
    let div = tmp(&dir, "aqor-div.xlsx");
    with_formula(&div, "=1/0");
    convert(&div, "xlsx", &saved);
    let o = run(
        &["score", saved.join("aqor-div.xlsx").to_str().unwrap()],
        |_| {},
    );
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("aqor-div.xlsx, Feuil1!D2: holds the error value #DIV/0!"),
        "{}",
        o.stderr
    );
}

#[test]
fn hidden_rows_are_read_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = tmp(&dir, "aqor-hidden.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    for (c, h) in ["structure_id", "date", "C1.1"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    for (r, id) in [(1, "cio-blois"), (2, "cio-vendome")] {
        s.write_string(r, 0, id).unwrap();
        s.write_string(r, 1, "2026-01-15").unwrap();
        s.write_number(r, 2, 2.0).unwrap();
    }
    s.set_row_hidden(2).unwrap();
    book.save(&file).unwrap();
    let o = run(
        &["score", file.to_str().unwrap(), "--format", "csv"],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("aqor-hidden.xlsx, Sheet1: hidden rows (3) are read like the others"),
        "{}",
        o.stderr
    );
    assert!(
        o.stdout.contains("cio-blois") && o.stdout.contains("cio-vendome"),
        "{}",
        o.stdout
    );
}

#[test]
fn a_campaign_template_filled_in_libreoffice_names_its_grid_and_scores() {
    let Some(_) = soffice("a_campaign_template_filled_in_libreoffice_names_its_grid_and_scores")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let template = tmp(&dir, "campagne.xlsx");
    let o = run(
        &[
            "template",
            "aqor",
            "--format",
            "xlsx",
            "--lang",
            "en",
            "-o",
            template.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    // Two structures typed in, levels picked from the drop-down lists ("2 · …").
    let all = sheets(&template);
    let level2 = sheet(&all, "levels")[2][0].clone();
    let mut rows = sheet(&all, "Campaign").clone();
    rows.truncate(3);
    let header = rows[0].clone();
    for (r, id) in [(1, "cio-blois"), (2, "cio-vendome")] {
        let row = &mut rows[r];
        row.resize(header.len(), String::new());
        row[0] = id.into();
        row[3] = "15/01/2026".into();
        for (c, h) in header.iter().enumerate() {
            if h.starts_with('C') && !h.contains(':') {
                row[c] = if r == 1 { level2.clone() } else { "3".into() };
            }
        }
    }
    let filled = dir.path().join("filled");
    std::fs::create_dir(&filled).unwrap();
    let csv_path = filled.join("campagne.csv");
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_path(&csv_path)
        .unwrap();
    for r in &rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
    let book = import_french_csv(&csv_path, "xlsx", dir.path());
    // No --grid, no grid id in the file name: the `grid` column names it.
    let got = run(
        &["score", book.to_str().unwrap(), "--format", "csv"],
        |_| {},
    );
    assert_eq!(got.code, 0, "{}", got.stderr);
    let plain = dir.path().join("same.csv");
    let mut header_ids = vec!["structure_id", "date"];
    let levels: Vec<&str> = header
        .iter()
        .filter(|h| h.starts_with('C') && !h.contains(':'))
        .map(String::as_str)
        .collect();
    header_ids.extend(&levels);
    let row = |id: &str, level: &str| {
        let mut r = vec![id.to_string(), "2026-01-15".into()];
        r.extend(levels.iter().map(|_| level.to_string()));
        r.join(",")
    };
    std::fs::write(
        &plain,
        format!(
            "{}\n{}\n{}\n",
            header_ids.join(","),
            row("cio-blois", "2"),
            row("cio-vendome", "3")
        ),
    )
    .unwrap();
    let want = run(
        &[
            "score",
            plain.to_str().unwrap(),
            "--grid",
            "aqor",
            "--format",
            "csv",
        ],
        |_| {},
    );
    assert_eq!(want.code, 0, "{}", want.stderr);
    assert_eq!(got.stdout, want.stdout);
}

#[test]
fn an_empty_template_names_its_grid() {
    let dir = tempfile::tempdir().unwrap();
    let template = tmp(&dir, "campagne.xlsx");
    let f = template.to_str().unwrap();
    let o = run(&["template", "aqor", "--format", "xlsx", "-o", f], |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    // Nothing typed in yet: no structure, but the pre-filled grid cells name the grid.
    let o = run(&["score", f, "--format", "csv"], |_| {});
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert_eq!(
        o.stdout,
        "structure_id,structure_name,date,overall,C1,C2,C3,C4,coverage,recognition\n"
    );
    // With --actions, each status cell takes todo, doing or done from a list.
    let actions = tmp(&dir, "actions.xlsx");
    let a = actions.to_str().unwrap();
    let o = run(
        &["template", "aqor", "--format", "xlsx", "--actions", "-o", a],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let xml = unzip(&actions, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("todo,doing,done"), "a status list");
}

#[test]
fn a_password_protected_workbook_is_refused() {
    let Some(_) = soffice("a_password_protected_workbook_is_refused") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = profile();
    // A first run makes the profile's macro library; a macro then saves a copy
    // with a password, as a person does with "Save with password".
    convert_with(
        profile.path(),
        Path::new("examples/aqor-campaign-2025.csv"),
        "ods",
        dir.path(),
    );
    let plain = dir.path().join("aqor-campaign-2025.ods");
    let locked = dir.path().join("aqor-locked.ods");
    std::fs::write(
        profile.path().join("user/basic/Standard/Module1.xba"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Encrypt(src As String, dst As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;calc8&quot;
  out(1).Name = &quot;Password&quot;
  out(1).Value = &quot;secret&quot;
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
"#,
    )
    .unwrap();
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .arg("--headless")
        .arg(format!(
            "macro:///Standard.Module1.Encrypt(\"{}\",\"{}\")",
            plain.display(),
            locked.display()
        ))
        .output()
        .unwrap();
    assert!(locked.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    let o = run(&["score", locked.to_str().unwrap()], |_| {});
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("aqor-locked.ods: is protected by a password"),
        "{}",
        o.stderr
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn a_folder_skips_excel_lock_files() {
    let dir = tempfile::tempdir().unwrap();
    let book = tmp(&dir, "aqor-campagne.xlsx");
    let mut b = rust_xlsxwriter::Workbook::new();
    let s = b.add_worksheet();
    for (c, h) in ["structure_id", "date", "C1.1"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_string(1, 0, "cio-blois").unwrap();
    s.write_string(1, 1, "2026-01-15").unwrap();
    s.write_number(1, 2, 2.0).unwrap();
    b.save(&book).unwrap();
    // Excel leaves `~$name.xlsx` (a few bytes naming who has it open) beside an open workbook.
    std::fs::write(tmp(&dir, "~$aqor-campagne.xlsx"), b"\x0bMarie Dupont").unwrap();
    let o = run(
        &["score", dir.path().to_str().unwrap(), "--format", "csv"],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.contains("cio-blois,,2026-01-15,"), "{}", o.stdout);
}

#[test]
fn forms_of_two_respondents_are_brought_together_by_consensus() {
    let Some(_) = soffice("forms_of_two_respondents_are_brought_together_by_consensus") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let returns = dir.path().join("retours");
    std::fs::create_dir(&returns).unwrap();
    for (who, role, level) in [("Alice", "team", "0"), ("Bruno", "management", "3")] {
        let form = tmp(&dir, &format!("cio-blois-{who}.xlsx"));
        let o = run(
            &[
                "template",
                "aqor",
                "--form",
                "--structure-id",
                "cio-blois",
                "--structure-name",
                "CIO de Blois",
                "--lang",
                "fr",
                "-o",
                form.to_str().unwrap(),
            ],
            |_| {},
        );
        assert_eq!(o.code, 0, "{}", o.stderr);
        let xml = unzip(&form, "xl/worksheets/sheet1.xml");
        assert!(
            xml.contains("\"team,management,partner,user\""),
            "the roles' list"
        );
        // Each respondent fills their own form, in LibreOffice.
        let all = sheets(&form);
        let mut rows = sheet(&all, "Questionnaire").clone();
        for (key, value) in [
            ("date", "15/01/2026"),
            ("campaign", "2026"),
            ("respondent", who),
            ("role", role),
        ] {
            let r = rows.iter().position(|r| r[0] == key).expect(key);
            rows[r][1] = value.into();
        }
        let ids = rows.iter().position(|r| r[0] == "criterion").unwrap();
        for (i, row) in rows[ids + 1..].iter_mut().enumerate() {
            row[4] = if i == 0 { level.into() } else { "2".into() };
        }
        rows[ids + 1][5] = format!("L'avis de {who}");
        let csv_path = dir.path().join(format!("cio-blois-{who}.csv"));
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_path(&csv_path)
            .unwrap();
        for r in &rows {
            w.write_record(r).unwrap();
        }
        w.flush().unwrap();
        assert!(import_french_csv(&csv_path, "xlsx", &returns).exists());
    }
    let out = dir.path().join("out");
    let o = run(
        &[
            "consensus",
            returns.to_str().unwrap(),
            "--grid",
            "aqor",
            "--lang",
            "en",
            "--out-dir",
            out.to_str().unwrap(),
        ],
        |_| {},
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    let md = std::fs::read_to_string(out.join("consensus-cio-blois.md")).unwrap();
    for part in [
        "Respondents: Alice (team, 15 January 2026), Bruno (management, 15 January 2026)",
        "## Split: to discuss (1)",
        "### C1.1 ",
        "| Alice (team) | 0 Not started | L'avis de Alice |",
        "| Bruno (management) | 3 Mastered | L'avis de Bruno |",
    ] {
        assert!(md.contains(part), "{part} not in {md}");
    }
}
