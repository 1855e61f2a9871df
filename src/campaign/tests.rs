use super::*;

fn grid() -> Grid {
    crate::grid::parse(
        include_str!("../../tests/fixtures/score/grid.yaml"),
        "grid.yaml",
    )
    .unwrap()
}

fn rows(src: &[u8]) -> Vec<Row> {
    let g = grid();
    Reader::new(src, "c.csv", &g, None)
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn problems(row: &Row) -> Vec<String> {
    row.assessment
        .as_ref()
        .err()
        .map(|p| p.iter().map(ToString::to_string).collect())
        .unwrap_or_default()
}

#[test]
fn reads_a_spreadsheet_export() {
    let src = "\u{feff}date;A.1;structure_id;structure_name;A.3:comment;A.3;profiles;B.3\r\n\
               14/03/2025;2;cio-blois;\"CIO de Blois; centre\";\"fermé\r\nen été, « dit-il »\";na;cfa;1\r\n\
               ;;;;;;;\r\n\
               2025-03-15;;ml;Mission Locale;;;;\r\n";
    let rows = rows(src.as_bytes());
    assert_eq!(rows.len(), 2);
    let a = rows[0].assessment.as_ref().unwrap();
    assert_eq!(a.structure.id, "cio-blois");
    assert_eq!(a.structure.name, "CIO de Blois; centre");
    assert_eq!(a.date.to_string(), "2025-03-14");
    assert_eq!(a.structure.profiles, ["cfa"]);
    assert_eq!(a.choice("A.1"), Some(&Choice::Level("2".into())));
    assert_eq!(a.choice("A.3"), Some(&Choice::Na));
    assert_eq!(
        a.answers["A.3"].comment.as_deref(),
        Some("fermé\r\nen été, « dit-il »")
    );
    // Order of answers follows the grid, not the columns.
    let ids: Vec<&str> = a.answers.keys().map(String::as_str).collect();
    assert_eq!(ids, ["A.1", "A.3", "B.3"]);
    // The row of empty cells is counted but skipped.
    assert_eq!(rows[1].number, 4);
    assert!(rows[1].assessment.as_ref().unwrap().answers.is_empty());
}

#[test]
fn windows_1252() {
    let src = b"structure_id,structure_name,date,A.1\nvendome,CIO de Vend\xF4me,2025-03-14,1\n";
    let rows = rows(src);
    let a = rows[0].assessment.as_ref().unwrap();
    assert_eq!(a.structure.name, "CIO de Vendôme");
}

#[test]
fn every_problem_of_a_row_with_its_place() {
    let src = "structure_id,date,A.1,B.2,A.2,A.2:importance\n\
               ,2025-02-30,4,na,x,7\n";
    let rows = rows(src.as_bytes());
    assert_eq!(
        problems(&rows[0]),
        [
            "c.csv row 2, column structure_id: missing structure_id; every row needs the structure's id",
            "c.csv row 2, column date: “2025-02-30” is not a real date: February 2025 has 28 days",
            "c.csv row 2, column A.1: “4” is not a level; allowed: 0 Not started, 1 In progress, 2 Done, 3 Mastered, na",
            "c.csv row 2, column A.2:importance: importance “7” is not 1, 2, 3 or 4",
            "c.csv row 2, column A.2: “x” is not a level; allowed: 0 Not started, 1 In progress, 2 Done, 3 Mastered, na",
            "c.csv row 2, column B.2: `na` is not allowed on scale yesno (no, yes)",
        ]
    );
}

#[test]
fn header_problems() {
    let g = grid();
    let src = b"structure_id,a.1,A.1:note,A.1,A.1,stucture_name\n" as &[u8];
    let Err(CampaignError::Header(p)) = Reader::new(src, "c.csv", &g, None) else {
        panic!("header accepted")
    };
    let p: Vec<String> = p.iter().map(ToString::to_string).collect();
    assert_eq!(
        p[0],
        "c.csv row 1, column a.1: unknown column “a.1”; did you mean “A.1”?"
    );
    assert_eq!(
        p[1],
        "c.csv row 1, column A.1:note: unknown column “A.1:note”; after `A.1:` write comment, evidence, importance, action, owner, due or status"
    );
    assert_eq!(
        p[2],
        "c.csv row 1, column A.1: this column appears twice; keep one"
    );
    assert_eq!(
        p[3],
        "c.csv row 1, column stucture_name: unknown column “stucture_name”; did you mean “structure_name”?"
    );
    assert!(p[4].starts_with("c.csv row 1: no `date` column"));
}

#[test]
fn field_count_and_grid_column() {
    let src = "structure_id;date;grid;A.1\r\na;2025-01-01;demo;1\r\nb;2025-01-01;demo;1;2\r\nc;2025-01-01;aqor;1\r\n";
    let rows = rows(src.as_bytes());
    assert!(rows[0].assessment.is_ok());
    assert_eq!(
        problems(&rows[1]),
        [
            "c.csv row 3: has 5 cells but the header has 4; a “;” inside a cell needs quotes around the cell"
        ]
    );
    assert!(
        problems(&rows[2])[0].starts_with("c.csv row 4, column grid: this row is for grid “aqor”")
    );
    assert_eq!(
        peek_grid(src.as_bytes(), "c.csv", None).unwrap().as_deref(),
        Some("demo")
    );
}

#[test]
fn both_date_forms_are_the_same_assessment() {
    let src = "structure_id,date\na,2025-01-01\na,01/01/2025\n";
    let rows = rows(src.as_bytes());
    let mut seen = Seen::default();
    let key = |i: usize| {
        let a = rows[i].assessment.as_ref().unwrap();
        fingerprint(&a.structure.id, &super::Period::Calendar.label(a.date))
    };
    let at = |row| Place { file: 0, row };
    assert_eq!(seen.first_seen(key(0), at(2)).unwrap(), Ok(()));
    assert_eq!(seen.first_seen(key(1), at(3)).unwrap(), Err(at(2)));
}

#[test]
fn warnings_do_not_block() {
    let rows = rows(b"structure_id,date,A.3,B.3\na,2025-01-01,na,1\n");
    assert!(rows[0].assessment.is_ok());
    let w: Vec<String> = rows[0].warnings.iter().map(ToString::to_string).collect();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w[0].contains("column A.3: `na` without a comment"));
    assert!(w[1].contains("column B.3: does not apply"));
}

/// Wherever the fast path takes a row, it gives what the full builder and `score()` give,
/// and it does take the plain rows.
#[test]
fn quick_agrees_with_build_and_score() {
    let g = grid();
    let src = std::fs::read("tests/fixtures/score/fast-path.csv").unwrap();
    let mut reader = Reader::new(&src[..], "c.csv", &g, None).unwrap();
    let mut batch = Batch::default();
    let (mut quick, mut total) = (0, 0);
    let mut acc = crate::score::Accumulator::new(g.criteria.len());
    while let Some(rec) = reader.next_record(&mut batch).unwrap() {
        total += 1;
        let taken = reader.builder().check_quick(rec, &mut acc);
        quick += usize::from(taken.unwrap_or_else(|e| panic!("{e}")));
    }
    assert_eq!(total, 61);
    assert!(quick >= 45, "only {quick} rows took the fast path");
}

proptest::proptest! {
    /// Whatever the cells, a row the fast path takes is one the full builder accepts,
    /// with the same totals, texts, date and warnings (rows in any order: the scratch
    /// accumulator is shared by the rows of a batch, given up half-way or not). About
    /// 680 rows of the 256 cases take the fast path.
    #[test]
    fn quick_agrees_with_build_on_any_cells(rows in proptest::collection::vec(
        proptest::collection::vec(proptest::prop_oneof![
            12 => proptest::sample::select(vec!["", " ", "0", "1", "2", "3", " 2 ", "na", "NA", "yes", "no"]),
            1 => proptest::sample::select(vec![
                "4", "nA", "oui", "\u{feff}1", "\u{a0}1", "1\u{b}", "é", "=1", "2\r\n", "\"", "cfa", "x",
            ]),
        ], 13),
        1..12,
    ), delimiter in proptest::sample::select(vec![',', ';'])) {
        let header = ["structure_id", "structure_name", "date", "profiles", "grid", "A.1",
            "A.1:importance", "A.2", "A.3", "A.3:comment", "B.1", "B.2", "B.3"];
        let d = delimiter.to_string();
        let mut src = header.join(&d) + "\n";
        for (n, cells) in rows.iter().enumerate() {
            // Cells quoted where they must be, or all of them in every other row: rows
            // split by hand and rows read by csv-core.
            let quote = |c: &str| {
                if n % 2 == 1 || c.contains(['"', '\r', '\n', delimiter]) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.to_string()
                }
            };
            let mut cells: Vec<String> = cells.iter().map(|c| quote(c)).collect();
            // Mostly well-formed ids and dates, so that the fast path has work.
            if n % 3 != 0 {
                cells[0] = format!("s{n}");
                cells[2] = "01/02/2025".into();
                for at in [3, 4, 6, 12] {
                    cells[at].clear();
                }
                // Answers of the right scale: lvl4 for A.1–B.1, yes/no for B.2.
                for at in [5, 7, 8, 10] {
                    if cells[at].contains("yes") || cells[at].contains("no") {
                        cells[at] = "1".into();
                    }
                }
                if ["0", "1", "2", "3", "na", "NA"].iter().any(|l| cells[11].contains(l)) {
                    cells[11] = "yes".into();
                }
            }
            src += &(cells.join(&d) + "\n");
        }
        let g = grid();
        let mut reader = Reader::new(src.as_bytes(), "c.csv", &g, None).unwrap();
        let mut batch = Batch::default();
        let mut acc = crate::score::Accumulator::new(g.criteria.len());
        while let Some(rec) = reader.next_record(&mut batch).unwrap() {
            let checked = reader.builder().check_quick(rec, &mut acc);
            proptest::prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
        }
    }
}
