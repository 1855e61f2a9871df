//! The loader on broken and hostile inputs: one message per problem, never a panic.

use super::parse;
use std::time::{Duration, Instant};

const SMALL: &str = include_str!("../../tests/fixtures/grid/small.yaml");

fn errors(src: &str) -> Vec<String> {
    parse(src, "g.yaml")
        .expect_err("expected errors")
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// A hostile input must fail, not explode: the bound is loose because tests run
/// unoptimised on a loaded machine (the benchmark measures the real figure).
fn fails_fast(src: &str) -> Vec<String> {
    let start = Instant::now();
    let e = errors(src);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "took {:?}",
        start.elapsed()
    );
    e
}

#[test]
fn small_fixture_loads() {
    let g = parse(SMALL, "small.yaml").unwrap();
    assert_eq!(g.indicators().count(), 3);
}

#[test]
fn every_unknown_key_in_one_run_with_did_you_mean() {
    let src = SMALL
        .replace("title: {fr: \"Petite", "titel: {fr: \"Petite")
        .replace(
            "        guidance: {fr: \"Conventions",
            "        guidence: {fr: \"Conventions",
        );
    let e = errors(&src);
    assert_eq!(
        e,
        [
            "g.yaml:6:1: error: unknown key `titel` in the grid; did you mean `title`? keys here: criteria, description, format, id, languages, profiles, recognition, scales, source, title, version [unknown-key]",
            "g.yaml:40:9: error: unknown key `guidence` in an indicator; did you mean `guidance`? keys here: actions, applies_to, evidence, guidance, id, replaces, scale, target, title, weight [unknown-key]",
        ]
    );
}

#[test]
fn duplicate_keys_are_errors_with_position() {
    let src = SMALL.replace("version: 1.0.0\n", "version: 1.0.0\nid: again\n");
    assert_eq!(
        errors(&src),
        [
            "g.yaml:5:1: error: duplicate key `id` (first at line 3, column 1); a key may appear only once here [duplicate-key]"
        ]
    );
}

#[test]
fn empty_file() {
    assert_eq!(
        errors("\n  \n"),
        [
            "g.yaml:1:1: error: the file is empty; a grid starts with `format: aqor-grid/1` [empty-file]"
        ]
    );
}

#[test]
fn alias_bomb() {
    // Each level holds ten of the previous: 10^12 strings once expanded.
    let mut src =
        String::from("format: aqor-grid/1\ntitle:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        let refs = vec![format!("*a{p}"); 10].join(", ");
        src.push_str(&format!("  - &a{i} [{refs}]\n"));
    }
    let e = fails_fast(&src);
    assert_eq!(e.len(), 1, "{e:?}");
}

#[test]
fn deep_nesting() {
    let src = format!(
        "format: aqor-grid/1\ndescription: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let e = fails_fast(&src);
    assert_eq!(e.len(), 1, "{e:?}");
    let block = format!("title:\n  {}x\n", "- ".repeat(10_000));
    fails_fast(&block);
}

#[test]
fn huge_file_is_refused_before_parsing() {
    let src = "#".repeat(50 * 1024 * 1024);
    let e = fails_fast(&src);
    assert_eq!(
        e,
        [
            "g.yaml:0:0: error: file is 52428800 bytes, more than the 8388608 bytes a grid may have; is this really a grid? [too-large]"
        ]
    );
}
