//! Tests over the sources: every catalogue of the crate (library and CLI) is complete in
//! every language, and no message a person reads is written outside a catalogue.

use crate::i18n::problems;
use std::path::{Path, PathBuf};

fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(root).unwrap().display().to_string();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The string literal starting at `s[0] == '"'`: its value and the length it takes.
fn literal(s: &str) -> (String, usize) {
    let mut value = String::new();
    let mut chars = s.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (value, i + 1),
            '\\' => match chars.next().map(|(_, c)| c) {
                Some('n') => value.push('\n'),
                Some('t') => value.push('\t'),
                Some('u') => {
                    let hex: String = chars
                        .by_ref()
                        .map(|(_, c)| c)
                        .take_while(|c| *c != '}')
                        .filter(|c| *c != '{')
                        .collect();
                    value.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                }
                Some('\n') => {
                    while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                        chars.next();
                    }
                }
                Some(c) => value.push(c),
                None => {}
            },
            c => value.push(c),
        }
    }
    (value, s.len())
}

/// String literals of `code`, in order.
fn literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = code[at..].find('"') {
        // A '"' char literal is not a string.
        if code[..at + i].ends_with('\'') {
            at += i + 1;
            continue;
        }
        let (value, len) = literal(&code[at + i..]);
        out.push(value);
        at += i + len;
    }
    out
}

/// The text of a call from its opening parenthesis to the matching one.
fn call(code: &str) -> &str {
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in code.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '(' | '[' if !in_string => depth += 1,
            ')' | ']' if !in_string => {
                depth -= 1;
                if depth == 0 {
                    return &code[..=i];
                }
            }
            _ => {}
        }
    }
    code
}

/// A catalogue row as read from the source: its key and five texts.
type Row = (String, [String; 5]);

/// Parsed catalogues (rows of key and five texts) with the file they are in.
fn catalogues() -> Vec<(String, Vec<Row>)> {
    let mut found = Vec::new();
    for (file, text) in sources() {
        // Test modules keep deliberately broken catalogues.
        let mut rest = text.split("#[cfg(test)]").next().unwrap_or("");
        while let Some(i) = rest.find("Catalogue = &[") {
            let name_start = rest[..i].rfind("const ").map_or(0, |s| s + 6);
            let name = format!(
                "{file}::{}",
                rest[name_start..i].trim_end_matches([':', ' '])
            );
            let body = call(&rest[i + "Catalogue = &".len()..]);
            let words = literals(body);
            assert!(
                words.len().is_multiple_of(6),
                "{name}: a row is not a key and five texts"
            );
            let rows = words
                .chunks(6)
                .map(|r| (r[0].clone(), std::array::from_fn(|i| r[i + 1].clone())))
                .collect();
            found.push((name, rows));
            rest = &rest[i + 1..];
        }
    }
    found
}

#[test]
fn every_catalogue_has_every_language() {
    let all = catalogues();
    assert!(all.len() >= 10, "only {} catalogues found", all.len());
    let mut found = Vec::new();
    for (name, rows) in &all {
        let rows: Vec<(&str, [&str; 5])> = rows
            .iter()
            .map(|(k, w)| (k.as_str(), std::array::from_fn(|i| w[i].as_str())))
            .collect();
        found.extend(problems(name, &rows));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Calls whose text is read by a person.
const SPEAKERS: &[&str] = &[
    "eprintln!(",
    "eprint!(",
    "println!(",
    "bail!(",
    "anyhow!(",
    "ensure!(",
    ".context(",
    "with_context(",
    "Diagnostic::error(",
    "Diagnostic::warning(",
    "#[error(",
    "CheckFailed(",
    "Err(format!(",
];

/// Files still holding messages outside a catalogue, with how many: this list only
/// shrinks (issue 20). A file not listed may hold none.
const NOT_YET_CONVERTED: &[(&str, usize)] = &[];

/// True when a literal holds words, not only a key, places or punctuation.
fn has_words(s: &str) -> bool {
    if s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return false; // a catalogue key
    }
    let mut outside = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 2)
}

#[test]
fn no_message_outside_a_catalogue() {
    let mut counts: Vec<(String, usize, Vec<String>)> = Vec::new();
    for (file, text) in sources() {
        if file.ends_with("tests.rs") || file.ends_with("i18n_check.rs") {
            continue;
        }
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let mut hits = Vec::new();
        for speaker in SPEAKERS {
            for (i, _) in code.match_indices(speaker) {
                let open = i + speaker.len() - 1;
                let call = call(&code[open..]);
                if let Some(l) = literals(call).into_iter().find(|l| has_words(l)) {
                    let line = code[..i].lines().count();
                    hits.push(format!("{file}:{line}: {speaker} \"{l}\""));
                }
            }
        }
        if !hits.is_empty() {
            counts.push((file, hits.len(), hits));
        }
    }
    let mut wrong = Vec::new();
    for (file, n, hits) in &counts {
        let allowed = NOT_YET_CONVERTED
            .iter()
            .find(|(f, _)| f == file)
            .map_or(0, |(_, n)| *n);
        if *n > allowed {
            wrong.push(format!(
                "{file}: {n} messages outside a catalogue (allowed {allowed}):\n  {}",
                hits.join("\n  ")
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "write these through a catalogue (docs/languages.md):\n{}",
        wrong.join("\n")
    );
}
