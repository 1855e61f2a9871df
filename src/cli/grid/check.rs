//! `aqor grid check`: errors and lints of grid files, for people and for CI.

use super::report;
use crate::cli::say;
use aqor::diagnostic::{Diagnostic, Pos, Severity};
use aqor::grid::{self, GridError};
use aqor::i18n::Catalogue;
use aqor::msg;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Check grid files: errors (the grid cannot be used) and warnings (lints).
///
/// Exit code: 0 no error (warnings allowed unless --strict), 1 findings, 2 a file
/// could not be read or the paths hold no grid. A folder stands for the grid files
/// under it (searched recursively, as `grid list --path`); a built-in grid id (not an
/// existing path) for the embedded grid.
///
/// Example: aqor grid check grids/ --strict --format github
#[derive(clap::Args)]
pub struct Args {
    /// Grid files, folders, or built-in grid ids.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Warnings fail the check too (exit 1).
    #[arg(long)]
    strict: bool,
    /// text: `file:line:col: error: … [code]`; json: one object; github: Actions
    /// annotations; junit: JUnit XML (one test case per file); sarif: SARIF 2.1.0.
    #[arg(long, value_enum, default_value_t = report::Format::Text)]
    format: report::Format,
    /// Language of the findings and the summary in text form (default: the
    /// environment's); the machine formats keep English sentences and codes.
    #[arg(long)]
    lang: Option<String>,
}

/// What checking one file gave.
struct Outcome {
    file: String,
    findings: Vec<Diagnostic>,
    unreadable: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let (files, skipped) = expand(&args.files);
    for (f, format) in &skipped {
        say::note(msg!(WORDS, "not_a_grid", file = f, format = format));
    }
    if files.is_empty() {
        let paths: Vec<String> = args.files.iter().map(|p| p.display().to_string()).collect();
        say::error(msg!(WORDS, "no_grid", paths = paths.join(", ")));
        return Ok(ExitCode::from(2));
    }
    let outcomes: Vec<Outcome> = files.par_iter().map(|f| check_file(f)).collect();
    let findings: Vec<&Diagnostic> = outcomes.iter().flat_map(|o| &o.findings).collect();
    let unreadable = outcomes.iter().filter(|o| o.unreadable).count();
    let errors = findings.iter().filter(|d| d.is_error()).count();
    let warnings = findings.len() - errors;

    let per_file: Vec<(&str, Vec<&Diagnostic>)> = outcomes
        .iter()
        .map(|o| (o.file.as_str(), o.findings.iter().collect()))
        .collect();
    let out = match args.format {
        report::Format::Json => {
            let json = serde_json::json!({
                "files": files.len(),
                "errors": errors,
                "warnings": warnings,
                "unreadable": unreadable,
                "findings": findings,
            });
            serde_json::to_string_pretty(&json)? + "\n"
        }
        report::Format::Text => findings.iter().map(|d| said(d) + "\n").collect(),
        format => report::render(format, &per_file, args.strict),
    };
    crate::cli::print_out(out)?;
    let summary = msg!(
        WORDS,
        "summary",
        files = files.len(),
        errors = errors,
        warnings = warnings
    );
    say::line(if unreadable == 0 {
        summary
    } else {
        msg!(
            WORDS,
            "summary_unreadable",
            summary = summary,
            n = unreadable
        )
    });
    Ok(if unreadable > 0 {
        ExitCode::from(2)
    } else if errors > 0 || (args.strict && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn check_file(path: &Path) -> Outcome {
    let file = path.display().to_string();
    let builtin = grid::builtin::SOURCES
        .iter()
        .find(|(id, _, _)| Path::new(id) == path && !path.exists());
    if let Some((_, file, src)) = builtin {
        return Outcome {
            file: file.to_string(),
            findings: grid::check::all(src, file),
            unreadable: false,
        };
    }
    match grid::read_file(path) {
        Ok(text) => Outcome {
            findings: grid::check::all(&text, &file),
            file,
            unreadable: false,
        },
        Err(GridError::Invalid { findings, .. }) => Outcome {
            file,
            findings,
            unreadable: false,
        },
        Err(GridError::Io { source, .. }) => Outcome {
            findings: vec![
                Diagnostic::said(
                    Severity::Error,
                    &file,
                    Pos::default(),
                    msg!(WORDS, "unreadable", cause = say::system(&source)),
                )
                .with_code("unreadable"),
            ],
            file,
            unreadable: true,
        },
    }
}

/// Files as given; a folder becomes the grid files under it, sorted. Returns the files
/// and the YAML files a folder held that declare another aqor format (assessments…).
fn expand(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let mut yaml = Vec::new();
        super::yaml_files(p, 0, &mut yaml);
        yaml.sort();
        for f in yaml {
            match other_format(&f) {
                Some(format) => skipped.push((f, format)),
                None => out.push(f),
            }
        }
    }
    (out, skipped)
}

/// The `format: aqor-…` a file declares when it is not a grid's.
fn other_format(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let line = text
        .lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix("format:"))?;
    let format = line.trim().trim_matches(['"', '\'']);
    (format.starts_with("aqor-") && !format.starts_with("aqor-grid/")).then(|| format.to_string())
}

/// A finding in the reader's language, with its code: `file:line:col: error: … [code]`.
fn said(d: &Diagnostic) -> String {
    let text = d.say(say::lang());
    match d.code {
        Some(code) => format!("{text} [{code}]"),
        None => text,
    }
}

/// Words of this command, columns en, fr, it, es, pl.
const WORDS: Catalogue = &[
    (
        "not_a_grid",
        [
            "{file} declares `format: {format}`, not a grid; skipped",
            "{file} déclare `format: {format}`, pas une grille\u{202f}; ignoré",
            "{file} dichiara `format: {format}`, non una griglia; saltato",
            "{file} declara `format: {format}`, no un referencial; omitido",
            "{file} deklaruje `format: {format}`, a nie siatkę; pominięto",
        ],
    ),
    (
        "no_grid",
        [
            "no grid file in {paths}; give grid files, folders holding them, or built-in grid ids",
            "aucun fichier de grille dans {paths}\u{202f}; donnez des fichiers de grille, des dossiers qui en contiennent ou des identifiants de grilles intégrées",
            "nessun file di griglia in {paths}; indicate file di griglia, cartelle che li contengono o identificativi di griglie integrate",
            "ningún archivo de referencial en {paths}; indiquen archivos de referencial, carpetas que los contengan o identificadores de referenciales integrados",
            "brak pliku siatki w {paths}; podajcie pliki siatek, foldery z nimi lub identyfikatory wbudowanych siatek",
        ],
    ),
    (
        "summary",
        [
            "{files} {files|grid file|grid files} checked: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}",
            "{files} {files|fichier de grille vérifié|fichiers de grille vérifiés}\u{202f}: {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}",
            "{files} {files|file di griglia verificato|file di griglia verificati}: {errors} {errors|errore|errori}, {warnings} {warnings|avviso|avvisi}",
            "{files} {files|archivo de referencial comprobado|archivos de referencial comprobados}: {errors} {errors|error|errores}, {warnings} {warnings|aviso|avisos}",
            "sprawdzone pliki siatek: {files}; {errors} {errors|błąd|błędy|błędów}, {warnings} {warnings|ostrzeżenie|ostrzeżenia|ostrzeżeń}",
        ],
    ),
    (
        "summary_unreadable",
        [
            "{summary}, {n} unreadable",
            "{summary}, {n} {n|illisible|illisibles}",
            "{summary}, {n} {n|illeggibile|illeggibili}",
            "{summary}, {n} {n|ilegible|ilegibles}",
            "{summary}, {n} {n|nieczytelny|nieczytelne|nieczytelnych}",
        ],
    ),
    (
        "unreadable",
        [
            "cannot read this grid file: {cause}",
            "impossible de lire ce fichier de grille\u{202f}: {cause}",
            "impossibile leggere questo file di griglia: {cause}",
            "no se puede leer este archivo de referencial: {cause}",
            "nie można odczytać tego pliku siatki: {cause}",
        ],
    ),
];
