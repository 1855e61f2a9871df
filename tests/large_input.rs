//! A 1 GiB campaign streamed from a generator into `aqor score -`: memory stays flat
//! (the duplicate check spills to disk), problems at the very end are still found and
//! named by row, and nothing is printed when they are. Its own test binary, so the
//! peak memory of the children it waits for is that of this run alone.

mod common;

use std::io::{BufWriter, Read, Write};
use std::process::Stdio;

const GIB: u64 = 1 << 30;

/// The peak resident memory, in KiB, of the largest child waited for so far.
fn children_peak_kib() -> i64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given; RUSAGE_CHILDREN is valid.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()) };
    assert_eq!(rc, 0);
    // SAFETY: initialised by the successful call above.
    unsafe { usage.assume_init() }.ru_maxrss
}

#[test]
fn one_gib_campaign_streams_in_flat_memory_and_end_problems_are_found() {
    let grid = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/score/grid.yaml"
    );
    let mut child = common::command(&["score", "-", "--grid", grid, "--format", "csv"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    // A French export: `;`, CRLF, DD/MM/YYYY, long comments; one structure a row.
    let generator = std::thread::spawn(move || -> std::io::Result<u64> {
        let mut w = BufWriter::with_capacity(1 << 20, stdin);
        let header = "structure_id;structure_name;network;date;A.1;A.1:comment;A.2;A.3;B.1;B.2;B.2:comment\r\n";
        w.write_all(header.as_bytes())?;
        let comment = "Accueil sans rendez-vous le mercredi ; permanence \"emploi\" à la mairie annexe, affichage à revoir";
        let (mut bytes, mut n) = (header.len() as u64, 0u64);
        while bytes < GIB {
            let line = format!(
                "s{n:08};Mission locale n° {n};Réseau 41;{:02}/03/2025;{};\"{comment}\";{};na;{};yes;\r\n",
                1 + n % 28,
                n % 4,
                (n / 4) % 4,
                (n / 16) % 4
            );
            w.write_all(line.as_bytes())?;
            bytes += line.len() as u64;
            n += 1;
        }
        // The first structure again, and a level that does not exist, at the very end.
        w.write_all(b"s00000000;Mission locale n\xc2\xb0 0;R;01/03/2025;1;;1;1;1;no;\r\n")?;
        w.write_all(b"z-last;Z;R;02/03/2025;7;;1;1;1;no;\r\n")?;
        w.flush()?;
        Ok(n)
    });
    let mut stdout = child.stdout.take().unwrap();
    let printed = std::thread::spawn(move || {
        let mut all = Vec::new();
        stdout.read_to_end(&mut all).map(|_| all.len())
    });
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    let rows = generator.join().unwrap().unwrap();
    let printed = printed.join().unwrap().unwrap();

    let (dup_row, bad_row) = (rows + 2, rows + 3);
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert_eq!(printed, 0, "nothing is printed when a row fails");
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"));
    assert!(
        stderr.contains(&format!(
            "<stdin> row {dup_row}, column structure_id: “s00000000” is assessed twice in campaign 2025: here and in <stdin> row 2; keep one, or give --keep latest to use the later one"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "<stdin> row {bad_row}, column A.1: “7” is not a level; allowed"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: 2 invalid rows or files"),
        "{stderr}"
    );
    let peak_mib = children_peak_kib() / 1024;
    eprintln!("aqor score: {rows} rows, peak {peak_mib} MiB");
    assert!(
        peak_mib < 64,
        "aqor score took {peak_mib} MiB for {rows} rows; the goal is under 64 MiB"
    );
}
