//! What CLI tests share: running the binary so that a panic cannot pass unseen.
// Each test file is its own crate and uses only part of this.
#![allow(dead_code)]

use std::process::{Command, Stdio};

/// What a run of aqor gave (stdout empty when the test sent it elsewhere).
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    /// Fails the test, showing stderr, unless stderr holds `text`.
    pub fn says(&self, text: &str) {
        assert!(
            self.stderr.contains(text),
            "{text:?} not in:\n{}",
            self.stderr
        );
    }
}

/// The aqor binary with `args`, run from the crate root with a backtrace asked for:
/// every test starts it this way, whether [`run`] waits for it, a test streams to
/// its stdin or a pseudo-terminal drives it.
pub fn command<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_aqor"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RUST_BACKTRACE", "1")
        .args(args);
    command
}

/// [`command`] with assert_cmd's assertions (`aqor().args(…).assert().success()`).
pub fn aqor() -> assert_cmd::Command {
    assert_cmd::Command::from_std(command::<&str>(&[]))
}

/// Runs aqor ([`command`]) with `args` and stdin closed; `setup` may send stdout
/// elsewhere or set the environment. Fails the test on a panic, a backtrace or an
/// internal error.
pub fn run(args: &[&str], setup: impl FnOnce(&mut Command)) -> Outcome {
    let mut command = command(args);
    command.stdin(Stdio::null());
    setup(&mut command);
    let out = command.output().unwrap();
    let o = Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !o.stderr.contains("panicked")
            && !o.stderr.contains("stack backtrace")
            && !o.stderr.contains("internal error"),
        "{args:?}: {}",
        o.stderr
    );
    o
}
