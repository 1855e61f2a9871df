//! The pipeline tested in the library: ordering, bounded memory, a failing row in
//! the last batch, duplicates found early and late, spooled pipes.

use super::*;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

const HEADER: &str = "structure_id;structure_name;date;A.1;A.2;A.3;B.1;B.2\n";

fn grid() -> Grid {
    crate::grid::parse(
        include_str!("../../tests/fixtures/score/grid.yaml"),
        "grid.yaml",
    )
    .unwrap()
}

/// A campaign of `n` rows, structure `s{i}`; `bad` rows get a level the scale lacks.
fn campaign(n: usize, bad: &[usize]) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    f.write_all(HEADER.as_bytes()).unwrap();
    for i in 0..n {
        let a1 = if bad.contains(&i) { "9" } else { "1" };
        writeln!(f, "s{i};Structure {i};2025-03-14;{a1};{};3;2;yes", i % 4).unwrap();
    }
    f.flush().unwrap();
    f
}

type Shared = Rc<RefCell<Collected>>;

fn open(files: &[&tempfile::NamedTempFile], options: Options) -> (Inputs, Shared) {
    let sink: Shared = Rc::default();
    let inputs = files
        .iter()
        .map(|f| Input::file(f.path().to_path_buf()).unwrap())
        .collect();
    (
        Inputs::new(grid(), inputs, options, Box::new(sink.clone())),
        sink,
    )
}

#[test]
fn rows_come_in_input_order_across_batches_and_files() {
    let (a, b) = (campaign(3 * pipeline::BATCH + 7, &[]), campaign(10, &[]));
    // The second file repeats no structure and date of the first: other dates.
    let b_text = std::fs::read_to_string(b.path()).unwrap();
    std::fs::write(b.path(), b_text.replace("2025-03-14", "2026-03-14")).unwrap();
    let (inputs, sink) = open(&[&a, &b], Options::default());
    let mut ids = Vec::new();
    let summary = inputs
        .for_each_mapped(
            |_, a| a.structure.id.clone(),
            |a, id| {
                assert_eq!(a.structure.id, id);
                ids.push(id);
                Ok::<(), Error>(())
            },
        )
        .unwrap();
    let expected: Vec<String> = (0..3 * pipeline::BATCH + 7)
        .chain(0..10)
        .map(|i| format!("s{i}"))
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(
        summary,
        Summary {
            assessments: expected.len(),
            invalid: 0
        }
    );
    assert_eq!(*sink.borrow(), Collected::default());
}

#[test]
fn the_fast_path_and_the_full_build_give_the_same_totals() {
    let f = campaign(2 * pipeline::BATCH, &[]);
    let totals = |no_fast_path| {
        let (inputs, _) = open(
            &[&f],
            Options {
                no_fast_path,
                ..Options::default()
            },
        );
        let mut all = Vec::new();
        inputs
            .for_each_totals(
                |r, _| (r.structure_id.to_string(), r.totals.overall),
                |t, _| {
                    all.push(t);
                    Ok::<(), Error>(())
                },
            )
            .unwrap();
        all
    };
    let fast = totals(false);
    assert_eq!(fast.len(), 2 * pipeline::BATCH);
    assert_eq!(fast, totals(true));
}

#[test]
fn memory_holds_a_few_batches_whatever_the_rows() {
    let rows = 40 * pipeline::BATCH;
    let f = campaign(rows, &[]);
    let (inputs, _) = open(&[&f], Options::default());
    // Rows mapped but not yet handed over: what the pipeline holds.
    let (alive, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut n = 0;
    inputs
        .for_each_mapped(
            |_, _| {
                let now = alive.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
            },
            |_, ()| {
                alive.fetch_sub(1, Ordering::SeqCst);
                n += 1;
                Ok::<(), Error>(())
            },
        )
        .unwrap();
    assert_eq!(n, rows);
    // Per builder thread: a batch waiting, one being built, one handed over.
    let builders = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let bound = (3 * builders + 1) * pipeline::BATCH;
    let most = most.into_inner();
    assert!(most <= bound, "{most} rows held at once, more than {bound}");
    assert!(most < rows / 2, "{most} of {rows} rows held at once");
}

#[test]
fn a_bad_row_in_the_last_batch_fails_the_pass_after_the_good_ones() {
    let rows = 2 * pipeline::BATCH + 5;
    let f = campaign(rows, &[rows - 1]);
    let (inputs, sink) = open(&[&f], Options::default());
    let mut handed = 0;
    let err = inputs
        .for_each(|_, _| {
            handed += 1;
            Ok::<(), Error>(())
        })
        .unwrap_err();
    // Valid rows were handed over before the bad one was met: callers spool.
    assert_eq!(handed, rows - 1);
    assert!(matches!(&err, Error::Failed(m) if m.to_string().starts_with("1 invalid row or file")));
    let problems = &sink.borrow().problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    // The header is row 1: the last data row is rows + 1.
    let place = format!("row {}, column A.1", rows + 1);
    assert!(problems[0].contains(&place), "{}", problems[0]);

    let (inputs, sink) = open(
        &[&f],
        Options {
            skip_invalid: true,
            ..Options::default()
        },
    );
    let summary = inputs.for_each(|_, _| Ok::<(), Error>(())).unwrap();
    assert_eq!(
        summary,
        Summary {
            assessments: rows - 1,
            invalid: 1
        }
    );
    assert_eq!(
        sink.borrow().notes,
        [format!(
            "skipped 1 invalid row or file; used {} assessments",
            crate::typography::integer(rows as i64 - 1, "en")
        )]
    );
}

#[test]
fn an_error_of_the_caller_stops_the_pass() {
    let f = campaign(3 * pipeline::BATCH, &[]);
    let (inputs, _) = open(&[&f], Options::default());
    let mut n = 0;
    // The pass has nothing to fail on: this message can only be the caller's.
    let stop = || Error::Failed(crate::msg!(WORDS, "invalid", n = 1500usize));
    let err = inputs
        .for_each(|_, _| {
            n += 1;
            if n == 1500 {
                return Err(stop());
            }
            Ok(())
        })
        .unwrap_err();
    assert_eq!(err.to_string(), stop().to_string());
    assert_eq!(n, 1500);
}

#[test]
fn the_same_structure_twice_in_a_campaign_is_reported_early_or_late() {
    let f = campaign(3000, &[]);
    let again = campaign(3, &[]);
    for seen_memory_keys in [crate::campaign::MEMORY_KEYS, 64] {
        // Two files, one campaign named for both.
        let (inputs, sink) = open(
            &[&f, &again],
            Options {
                seen_memory_keys,
                campaign: Some("2025".into()),
                ..Options::default()
            },
        );
        let err = inputs.for_each(|_, _| Ok::<(), Error>(())).unwrap_err();
        assert!(
            matches!(&err, Error::Failed(m) if m.to_string().starts_with("3 invalid")),
            "{err}"
        );
        let problems = &sink.borrow().problems;
        assert_eq!(problems.len(), 3, "{problems:?}");
        let first = format!("{} row 2;", f.path().display());
        assert!(
            problems[0].contains("“s0” is assessed twice in campaign 2025: here and in")
                && problems[0].contains(&first),
            "{}",
            problems[0]
        );
    }
}

#[test]
fn a_spooled_pipe_is_read_and_named_as_given() {
    let f = campaign(5, &[2]);
    let mut copy = tempfile::NamedTempFile::new().unwrap();
    std::io::copy(&mut std::fs::File::open(f.path()).unwrap(), &mut copy).unwrap();
    let input = Input::spooled(copy, "<stdin>").unwrap();
    assert_eq!(input.kind(), Kind::Campaign);
    let sink: Shared = Rc::default();
    let inputs = Inputs::new(
        grid(),
        vec![input],
        Options::default(),
        Box::new(sink.clone()),
    );
    let all = inputs.read_all::<Error>();
    assert!(matches!(all, Err(Error::Failed(_))));
    let problems = &sink.borrow().problems;
    assert!(
        problems[0].starts_with("<stdin> row 4, column A.1"),
        "{problems:?}"
    );
}

#[test]
fn a_yaml_assessment_is_told_from_its_first_line() {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    writeln!(f, "# a comment\nformat: aqor-assessment/1").unwrap();
    assert_eq!(Kind::of_content(f.path()).unwrap(), Kind::Assessment);
    let mut c = tempfile::NamedTempFile::new().unwrap();
    write!(c, "{HEADER}").unwrap();
    assert_eq!(Kind::of_content(c.path()).unwrap(), Kind::Campaign);
}

#[test]
fn keep_latest_uses_the_last_reading_and_notes_the_others() {
    let f = campaign(3000, &[]);
    let again = campaign(3, &[]);
    let (inputs, sink) = open(
        &[&f, &again],
        Options {
            seen_memory_keys: 64,
            campaign: Some("2025".into()),
            keep_latest: true,
            ..Options::default()
        },
    );
    let mut ids = Vec::new();
    let summary = inputs
        .for_each(|_, a| {
            ids.push(a.structure.id);
            Ok::<(), Error>(())
        })
        .unwrap();
    assert_eq!(summary.assessments, 3000);
    // s0..s2 come from the second file (same date: the one read last wins), once each.
    assert_eq!(ids.len(), 3000);
    assert_eq!(&ids[2997..], ["s0", "s1", "s2"]);
    assert!(!ids[..2997].contains(&"s0".to_string()));
    let sink = sink.borrow();
    assert!(sink.problems.is_empty(), "{:?}", sink.problems);
    assert_eq!(sink.notes.len(), 3, "{:?}", sink.notes);
    assert!(sink.notes[0].contains("left out: “s0” has a later assessment in campaign 2025"));
}
