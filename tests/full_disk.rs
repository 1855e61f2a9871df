//! Output that cannot be written: a full disk (a small tmpfs mounted for the test) and
//! stdout on `/dev/full`. Each gets a clear message naming what was not written, exit
//! code 2, no panic or backtrace, and no partial or temporary file left behind.

use std::path::Path;
use std::process::{Command, Stdio};

const CAMPAIGN: &str = "examples/aqor-campaign-2026.csv";
const ASSESSMENT: &str = "examples/assessments/cio-blois-2026-03-03.yaml";
/// A full disk in words (docs/languages.md), not `No space left on device (os error 28)`.
const NO_SPACE: &str = "the disk is full";

mod common;
use common::Outcome;

/// Runs aqor with stdout sent to `stdout` (see [`common::run`]).
fn aqor(args: &[&str], stdout: Stdio) -> Outcome {
    common::run(args, |c| {
        c.stdout(stdout);
    })
}

/// A tmpfs of `size` mounted on a fresh temporary folder, unmounted when dropped
/// (also when the test fails).
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// None (and a note on stderr) where this machine does not let the test mount one.
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output();
        match out {
            Ok(o) if o.status.success() => Some(Tmpfs { dir }),
            Ok(o) => {
                eprintln!(
                    "skipped: cannot mount a {size} tmpfs (needs root): {}",
                    String::from_utf8_lossy(&o.stderr).trim()
                );
                None
            }
            Err(e) => {
                eprintln!("skipped: cannot run mount: {e}");
                None
            }
        }
    }

    /// A tmpfs with no free byte left: a filler file takes all of it.
    fn full() -> Option<Tmpfs> {
        let t = Tmpfs::mount("16k")?;
        let mut filler = std::fs::File::create(t.path().join("filler")).unwrap();
        let chunk = [b'x'; 4096];
        loop {
            match std::io::Write::write(&mut filler, &chunk) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if e.raw_os_error() == Some(28) => break,
                Err(e) => panic!("filling the tmpfs: {e}"),
            }
        }
        Some(t)
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn join(&self, name: &str) -> String {
        self.path().join(name).display().to_string()
    }

    /// Names of the files left in the tmpfs, sorted.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[track_caller]
fn says(o: &Outcome, what: &[&str]) {
    for w in what {
        assert!(o.stderr.contains(w), "expected {w:?} in\n{}", o.stderr);
    }
}

/// A PDF as a reader sees it: its text, or `None` when it does not open. (Two runs never
/// give the same bytes: a PDF carries a random document ID.)
fn pdf_text(bytes: &[u8]) -> Option<String> {
    pdf_extract::extract_text_from_mem(bytes).ok()
}

/// The text of each plan of the example campaign written to an ordinary folder, by file name.
fn reference_plans() -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().display().to_string();
    let o = aqor(&["plan", CAMPAIGN, "--out-dir", &out], Stdio::null());
    assert_eq!(o.code, 0, "{}", o.stderr);
    let mut plans: Vec<(String, String)> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = std::fs::read(e.path()).unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            let text = pdf_text(&bytes).unwrap_or_else(|| panic!("{name} does not open"));
            (name, text)
        })
        .collect();
    plans.sort();
    plans
}

/// Twelve plans of 38–50 kB into 48 kB: some fit, the others fail; each file there is
/// whole, and no temporary file is left.
#[test]
fn plans_into_a_full_disk_fail_cleanly() {
    let Some(t) = Tmpfs::mount("48k") else { return };
    let reference = reference_plans();
    let dir = t.path().display().to_string();
    let o = aqor(&["plan", CAMPAIGN, "--out-dir", &dir], Stdio::null());
    assert_eq!(o.code, 2, "{}", o.stderr);
    says(
        &o,
        &[
            &format!("error: cannot write {dir}/plan-"),
            &format!(".pdf: {NO_SPACE}"),
            "plans not written",
        ],
    );
    assert!(!o.stderr.contains("wrote 12 plans"), "{}", o.stderr);
    // The message names the plan, not the temporary file it was being written to.
    assert!(!o.stderr.contains(".aqor-"), "{}", o.stderr);
    let left = t.names();
    let failed = o.stderr.matches(NO_SPACE).count();
    assert!(failed >= 1, "{}", o.stderr);
    assert_eq!(
        left.len() + failed,
        reference.len(),
        "{left:?}\n{}",
        o.stderr
    );
    assert!(
        o.stderr.contains(&format!(
            "plans not written: {failed} of {}",
            reference.len()
        )),
        "{}",
        o.stderr
    );
    for name in &left {
        let (_, whole) = reference
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("unexpected file {name} in {left:?}"));
        let bytes = std::fs::read(t.path().join(name)).unwrap();
        assert!(
            pdf_text(&bytes).as_ref() == Some(whole),
            "{name} is not the whole plan"
        );
    }
}

#[test]
fn one_plan_into_a_full_disk_leaves_nothing() {
    let Some(t) = Tmpfs::mount("16k") else { return };
    let pdf = t.join("plan-cio-blois.pdf");
    let o = aqor(&["plan", ASSESSMENT, "-o", &pdf], Stdio::null());
    assert_eq!(o.code, 2, "{}", o.stderr);
    says(&o, &[&format!("cannot write {pdf}: {NO_SPACE}")]);
    assert!(!o.stderr.contains("wrote"), "{}", o.stderr);
    assert_eq!(t.names(), Vec::<String>::new());
}

/// compare -o, migrate -o and assess -o on a disk with no byte left.
#[test]
fn reports_migrations_and_assessments_into_a_full_disk_leave_nothing() {
    let Some(t) = Tmpfs::full() else { return };
    let html = t.join("report.html");
    let o = aqor(
        &[
            "compare",
            "examples/aqor-campaign-2025.csv",
            CAMPAIGN,
            "--format",
            "html",
            "-o",
            &html,
        ],
        Stdio::null(),
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    says(&o, &[&html, NO_SPACE]);

    let migrated = t.join("migrated.yaml");
    let o = aqor(
        &[
            "migrate",
            "tests/fixtures/migrate/cio-demo-1.0.yaml",
            "--to",
            "tests/fixtures/grid/demo-1.1.yaml",
            "-o",
            &migrated,
        ],
        Stdio::null(),
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    says(&o, &[&format!("cannot write {migrated}: {NO_SPACE}")]);

    let assessment = t.join("blois.yaml");
    let o = aqor(
        &[
            "assess",
            "aqor",
            "--plain",
            "--lang",
            "en",
            "-o",
            &assessment,
            "--structure-id",
            "s1",
            "--structure-name",
            "S",
            "--network",
            "N",
            "--assessor",
            "A",
        ],
        Stdio::null(),
    );
    assert_eq!(o.code, 2, "{}", o.stderr);
    says(
        &o,
        &[&format!(
            "cannot create the lock file {assessment}.lock ({NO_SPACE})"
        )],
    );

    assert_eq!(t.names(), ["filler"]);
}

/// What goes to stdout, sent to `/dev/full`: a clear error and exit code 2, never a panic
/// nor a success.
#[test]
fn stdout_on_a_full_device_is_an_error() {
    let full = Path::new("/dev/full");
    if !full.exists() {
        eprintln!("skipped: no /dev/full on this system");
        return;
    }
    let to_stdout = "cannot write to standard output";
    let cases: &[(&[&str], &str)] = &[
        (&["score", "examples/"], to_stdout),
        (&["score", CAMPAIGN, "--format", "json"], to_stdout),
        (&["score", CAMPAIGN, "--format", "csv"], to_stdout),
        (&["score", CAMPAIGN, "--explain=cio-vendome"], to_stdout),
        (&["grid", "show", "aqor", "--format", "json"], to_stdout),
        (&["grid", "show", "aqor"], to_stdout),
        (&["grid", "list"], to_stdout),
        (&["grid", "schema"], to_stdout),
        (
            &["grid", "check", "tests/fixtures/grid/lints.yaml"],
            to_stdout,
        ),
        (
            &["grid", "diff", "examples/grids/aqor-0.9.yaml", "aqor"],
            to_stdout,
        ),
        (&["template", "aqor"], to_stdout),
        (
            &["compare", "examples/aqor-campaign-2025.csv", CAMPAIGN],
            to_stdout,
        ),
        (
            &[
                "migrate",
                "tests/fixtures/migrate/cio-demo-1.0.yaml",
                "--to",
                "tests/fixtures/grid/demo-1.1.yaml",
            ],
            to_stdout,
        ),
        (&["completions", "bash"], to_stdout),
        (&["manpage"], to_stdout),
    ];
    for (args, message) in cases {
        let dev_full = std::fs::OpenOptions::new().write(true).open(full).unwrap();
        let o = aqor(args, Stdio::from(dev_full));
        assert_eq!(o.code, 2, "{args:?}: {}", o.stderr);
        says(&o, &[&format!("error: {message}"), NO_SPACE]);
    }
}
