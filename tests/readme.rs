//! Every shell command in README.md's code blocks runs as written, against the examples.
//!
//! The `sh` blocks are read line by line; `aqor` is the built binary (first on PATH).
//! Left out, and why:
//! - `cargo …` lines: building and testing is what runs this test;
//! - comment lines (`# …`): they describe a step a person does by hand (filling in a
//!   spreadsheet, the interactive `aqor assess`, which needs a terminal and answers).
//!
//! The lines run in order, in one scratch folder holding a link to `examples/`, so a
//! file one line writes is there for the next.

use std::path::Path;
use std::process::Command;

/// Shell lines of the README's `sh` blocks, their comment removed.
fn commands(readme: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            in_sh = !in_sh && t == "```sh";
            continue;
        }
        if !in_sh || t.is_empty() || t.starts_with('#') || t.starts_with("cargo ") {
            continue;
        }
        // A comment after a command starts with ` #` (no `#` inside these commands).
        let command = t.split(" #").next().unwrap_or(t).trim();
        out.push(command.to_string());
    }
    out
}

#[test]
fn every_readme_command_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let commands = commands(&readme);
    assert!(
        commands.iter().filter(|c| c.starts_with("aqor ")).count() >= 8,
        "{commands:?}"
    );
    let scratch = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(root.join("examples"), scratch.path().join("examples")).unwrap();
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_aqor"), bin.path().join("aqor")).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for command in &commands {
        let out = Command::new("sh")
            .arg("-c")
            .arg(command)
            .current_dir(scratch.path())
            .env("PATH", &path)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README command failed ({}): {command}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn comments_and_cargo_lines_are_left_out() {
    let md = "```sh\ncargo test   # all\naqor grid list    # grids\n# by hand\n```\n```text\naqor no\n```\n";
    assert_eq!(commands(md), ["aqor grid list"]);
}
