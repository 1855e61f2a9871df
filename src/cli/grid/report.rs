//! Findings of grid files in the forms CI tools read: text, GitHub annotations,
//! JUnit XML and SARIF 2.1.0, each carrying the finding's code.

use aqor::diagnostic::{Diagnostic, Severity};
use aqor::grid::rules;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Github,
    Junit,
    Sarif,
}

/// The findings of each file (files without findings included, for JUnit's count).
pub fn render(format: Format, files: &[(&str, Vec<&Diagnostic>)], strict: bool) -> String {
    let all = || files.iter().flat_map(|(_, f)| f.iter().copied());
    match format {
        Format::Text | Format::Json => all().map(|d| format!("{d}\n")).collect(),
        Format::Github => all().map(|d| github(d) + "\n").collect(),
        Format::Junit => junit(files, strict),
        Format::Sarif => sarif(all().collect()),
    }
}

fn severity(d: &Diagnostic) -> &'static str {
    match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A GitHub Actions workflow command: `::error file=…,line=…,col=…,title=code::message`.
pub fn github(d: &Diagnostic) -> String {
    let property = |s: &str| escape(s).replace(':', "%3A").replace(',', "%2C");
    let title = d
        .code
        .map(|c| format!(",title={}", property(c)))
        .unwrap_or_default();
    format!(
        "::{} file={},line={},col={}{title}::{}",
        severity(d),
        property(&d.file),
        d.line.max(1),
        d.col.max(1),
        escape(&d.message)
    )
}

fn escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// One test case per file: it fails on an error (or a warning with `--strict`);
/// the other findings go to its output.
fn junit(files: &[(&str, Vec<&Diagnostic>)], strict: bool) -> String {
    let fails = |d: &&Diagnostic| d.is_error() || strict;
    let failed = files.iter().filter(|(_, f)| f.iter().any(fails)).count();
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s += &format!(
        "<testsuites name=\"aqor grid check\" tests=\"{}\" failures=\"{failed}\">\n",
        files.len()
    );
    s += &format!(
        "  <testsuite name=\"aqor grid check\" tests=\"{}\" failures=\"{failed}\" errors=\"0\">\n",
        files.len()
    );
    for (file, findings) in files {
        s += &format!(
            "    <testcase classname=\"aqor.grid.check\" name=\"{}\" file=\"{}\">\n",
            xml(file),
            xml(file)
        );
        let (failing, other): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
            findings.iter().copied().partition(|d| fails(d));
        if let Some(first) = failing.first() {
            let body: String = failing.iter().map(|d| format!("{d}\n")).collect();
            s += &format!(
                "      <failure message=\"{} finding(s); first: {}\" type=\"{}\">{}</failure>\n",
                failing.len(),
                xml(&first.message),
                first.code.unwrap_or(severity(first)),
                xml(&body)
            );
        }
        if !other.is_empty() {
            let body: String = other.iter().map(|d| format!("{d}\n")).collect();
            s += &format!("      <system-out>{}</system-out>\n", xml(&body));
        }
        s += "    </testcase>\n";
    }
    s + "  </testsuite>\n</testsuites>\n"
}

/// Text for XML content and attributes; characters XML 1.0 cannot hold become U+FFFD.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A SARIF 2.1.0 log: one run of aqor, one rule per finding code met.
fn sarif(findings: Vec<&Diagnostic>) -> String {
    let code = |d: &Diagnostic| d.code.unwrap_or(severity(d));
    let mut codes: Vec<&str> = findings.iter().map(|d| code(d)).collect();
    codes.sort_unstable();
    codes.dedup();
    let rules: Vec<serde_json::Value> = codes
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c,
                "shortDescription": {"text": rules::describe(c, "en")},
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = findings
        .iter()
        .map(|d| {
            let mut location = serde_json::json!({
                "physicalLocation": {"artifactLocation": {"uri": uri(&d.file)}}
            });
            if d.line > 0 {
                location["physicalLocation"]["region"] =
                    serde_json::json!({"startLine": d.line, "startColumn": d.col.max(1)});
            }
            serde_json::json!({
                "ruleId": code(d),
                "ruleIndex": codes.iter().position(|c| *c == code(d)),
                "level": severity(d),
                "message": {"text": d.message},
                "locations": [location],
            })
        })
        .collect();
    let log = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "aqor",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&log).expect("JSON values serialize") + "\n"
}

/// A relative URI reference for a file path (separators as `/`, reserved bytes escaped).
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.replace('\\', "/").bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
