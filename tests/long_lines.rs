//! 100 MB single lines through the binary (apart from `large_input.rs`, whose memory
//! check counts every child of its test binary).

mod common;

use std::io::{BufWriter, Write};

/// 100 MB single lines: a "campaign" that is one line, a comment cell of 100 MB, an
/// assessment whose value is 100 MB. Each gets its answer, none a crash.
#[test]
fn hundred_megabyte_lines() {
    const LONG: usize = 100_000_000;
    let dir = tempfile::tempdir().unwrap();
    let grid = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/score/grid.yaml"
    );
    let write = |name: &str, parts: &[&[u8]]| {
        let path = dir.path().join(name);
        let mut f = BufWriter::new(std::fs::File::create(&path).unwrap());
        parts.iter().for_each(|p| f.write_all(p).unwrap());
        f.flush().unwrap();
        path
    };
    let long = vec![b'x'; LONG];
    let cases = [
        (
            write("line.csv", &[&long]),
            1,
            "line.csv: cannot tell the delimiter: no `;`, `,` or tab splits the header and the rows into the same number of columns; give --delimiter",
            "",
        ),
        (
            write(
                "cell.csv",
                &[
                    b"structure_id;date;A.1;A.1:comment\r\ns1;01/01/2025;2;",
                    &long,
                    b"\r\n",
                ],
            ),
            0,
            "",
            "s1,,2025-01-01,",
        ),
        (
            write(
                "long.yaml",
                &[b"format: aqor-assessment/1\ncomment: ", &long, b"\n"],
            ),
            1,
            "long.yaml:2:1: error: unknown key `comment`",
            "",
        ),
    ];
    for (path, code, stderr, stdout) in cases {
        let out = common::run(
            &[
                "score",
                path.to_str().unwrap(),
                "--grid",
                grid,
                "--format",
                "csv",
            ],
            |c| {
                c.current_dir(dir.path());
            },
        );
        let name = path.file_name().unwrap().to_string_lossy();
        assert_eq!(out.code, code, "{name}: {}", out.stderr);
        out.says(stderr);
        assert!(out.stdout.contains(stdout), "{name}: {}", out.stdout);
    }
}
