//! `aqor completions`, `aqor manpage` and `--version`, through the binary.

mod common;

fn aqor(args: &[&str]) -> (i32, String) {
    let out = common::aqor().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn completion_scripts_name_every_command() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, out) = aqor(&["completions", shell]);
        assert_eq!(code, 0, "{shell}");
        for cmd in [
            "grid", "score", "compare", "plan", "assess", "migrate", "template",
        ] {
            assert!(out.contains(cmd), "{shell} completion lacks {cmd}");
        }
    }
    assert_eq!(aqor(&["completions", "tcsh"]).0, 2);
}

#[test]
fn manpage_is_roff_for_aqor() {
    let (code, out) = aqor(&["manpage"]);
    assert_eq!(code, 0);
    assert!(out.contains(".TH aqor 1"));
    assert!(out.contains("compare"));
}

#[test]
fn version_lists_the_built_in_grids() {
    let (code, out) = aqor(&["--version"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with(&format!("aqor {}", env!("CARGO_PKG_VERSION"))),
        "{out}"
    );
    // The commit it was built from, as git names it (this test runs in a checkout).
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    if head.status.success() && std::env::var_os("AQOR_COMMIT").is_none() {
        let head = String::from_utf8_lossy(&head.stdout);
        assert!(out.contains(&format!("({})", head.trim())), "{out}");
    }
    for grid in [
        "aqor 1.0.0",
        "qualiopi 9.0.0",
        "services-publics-plus 2.0.0",
    ] {
        assert!(out.contains(grid), "{out}");
    }
}
