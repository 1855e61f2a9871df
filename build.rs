//! Build script: the commit aqor is built from, for `aqor --version`.
//!
//! `AQOR_COMMIT` (set by the release workflow, or by anyone building from a source
//! archive) wins; else `git rev-parse` when the sources are a git checkout; else
//! "unknown commit".

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=AQOR_COMMIT");
    let commit = std::env::var("AQOR_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
        .or_else(git_commit)
        .unwrap_or_else(|| "unknown commit".into());
    println!("cargo:rustc-env=AQOR_COMMIT={}", commit.trim());
}

/// The short hash of HEAD; asks Cargo to run again when HEAD moves.
fn git_commit() -> Option<String> {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let hash = git(&["rev-parse", "--short=12", "HEAD"])?;
    // HEAD names a branch whose ref file (or packed-refs) moves with each commit.
    for file in ["HEAD", "packed-refs"] {
        if let Some(path) = git(&["rev-parse", "--git-path", file]) {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    if let Some(head_ref) = git(&["symbolic-ref", "-q", "HEAD"])
        && let Some(path) = git(&["rev-parse", "--git-path", &head_ref])
    {
        println!("cargo:rerun-if-changed={path}");
    }
    Some(hash)
}
