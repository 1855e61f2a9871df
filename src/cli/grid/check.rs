//! `aqor grid check`: errors and lints of grid files, for people and for CI.

use aqor::diagnostic::{Diagnostic, Severity};
use aqor::grid::{self, GridError};
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Check grid files: errors (the grid cannot be used) and warnings (lints).
///
/// Exit code: 0 no error (warnings allowed unless --strict), 1 findings, 2 a file
/// could not be read. A folder stands for its *.yaml and *.yml files; a built-in
/// grid id (not an existing path) for the embedded grid.
///
/// Example: aqor grid check grids/*.yaml --strict --format github
#[derive(clap::Args)]
pub struct Args {
    /// Grid files, folders, or built-in grid ids.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Warnings fail the check too (exit 1).
    #[arg(long)]
    strict: bool,
    /// text: `file:line:col: error: …`; json: one object; github: Actions annotations.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Github,
}

/// What checking one file gave.
enum Outcome {
    Findings(Vec<Diagnostic>),
    Unreadable(String),
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let files = expand(&args.files);
    let outcomes: Vec<Outcome> = files.par_iter().map(|f| check_file(f)).collect();
    let findings: Vec<&Diagnostic> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Findings(f) => Some(f),
            Outcome::Unreadable(_) => None,
        })
        .flatten()
        .collect();
    let unreadable: Vec<&str> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Unreadable(m) => Some(m.as_str()),
            Outcome::Findings(_) => None,
        })
        .collect();
    let errors = findings.iter().filter(|d| d.is_error()).count();
    let warnings = findings.len() - errors;

    let mut out = Vec::new();
    match args.format {
        Format::Text => {
            for d in &findings {
                writeln!(out, "{d}")?;
            }
        }
        Format::Github => {
            for d in &findings {
                writeln!(out, "{}", github(d))?;
            }
        }
        Format::Json => {
            let json = serde_json::json!({
                "files": files.len(),
                "errors": errors,
                "warnings": warnings,
                "unreadable": unreadable,
                "findings": findings,
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
        }
    }
    crate::cli::print_out(out)?;
    for m in &unreadable {
        eprintln!("error: {m}");
    }
    eprintln!(
        "{} checked: {} error{}, {} warning{}{}",
        plural(files.len(), "grid file"),
        errors,
        if errors == 1 { "" } else { "s" },
        warnings,
        if warnings == 1 { "" } else { "s" },
        if unreadable.is_empty() {
            String::new()
        } else {
            format!(", {} unreadable", unreadable.len())
        }
    );
    Ok(if !unreadable.is_empty() {
        ExitCode::from(2)
    } else if errors > 0 || (args.strict && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn check_file(path: &Path) -> Outcome {
    let builtin = grid::builtin::SOURCES
        .iter()
        .find(|(id, _, _)| Path::new(id) == path && !path.exists());
    if let Some((_, file, src)) = builtin {
        return Outcome::Findings(match grid::parse(src, file) {
            Ok(g) => grid::check::lints(&g, file),
            Err(findings) => findings,
        });
    }
    match grid::load_file(path) {
        Ok(g) => Outcome::Findings(grid::check::lints(&g, &path.display().to_string())),
        Err(GridError::Invalid { findings, .. }) => Outcome::Findings(findings),
        Err(GridError::Io { path, source }) => {
            Outcome::Unreadable(format!("cannot read grid {path}: {source}"))
        }
    }
}

/// Files as given; a folder becomes its YAML files, sorted.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        match std::fs::read_dir(p) {
            Ok(entries) if p.is_dir() => {
                let mut yaml: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| {
                        f.is_file() && f.extension().is_some_and(|x| x == "yaml" || x == "yml")
                    })
                    .collect();
                yaml.sort();
                out.extend(yaml);
            }
            _ => out.push(p.clone()),
        }
    }
    out
}

/// A GitHub Actions workflow command: `::error file=…,line=…,col=…::message`.
fn github(d: &Diagnostic) -> String {
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let property = |s: &str| escape(s).replace(':', "%3A").replace(',', "%2C");
    format!(
        "::{kind} file={},line={},col={}::{}",
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

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
