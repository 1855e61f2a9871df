//! `aqor grid list`: the built-in grids, and grid files found under folders.

use crate::cli::say;
use aqor::grid::{self, Grid, GridError};
use aqor::i18n::Catalogue;
use aqor::msg;
use aqor::report::{Align, Table, Tone};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// List grids: the built-in ones, plus grid files under --path folders.
///
/// Example: aqor grid list --path examples/grids
#[derive(clap::Args)]
pub struct Args {
    /// Also list the grid files under this folder (searched recursively).
    #[arg(long, value_name = "DIR")]
    path: Vec<PathBuf>,
    /// Language of the titles (default: each grid's default language).
    #[arg(long)]
    lang: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Json,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut grids: Vec<(String, Grid)> = grid::builtin::all()
        .into_iter()
        .map(|g| (say::text(&msg!(WORDS, "built_in")), g))
        .collect();
    for dir in &args.path {
        if !dir.is_dir() {
            return Err(say::fail(msg!(WORDS, "not_a_folder", dir = dir)));
        }
        let mut files = Vec::new();
        super::yaml_files(dir, 0, &mut files);
        files.sort();
        for f in files {
            match grid::load_file(&f) {
                Ok(g) => grids.push((f.display().to_string(), g)),
                Err(GridError::Invalid { findings, .. }) if super::is_grid_file(&f) => {
                    say::note(msg!(WORDS, "skipped", file = &f, n = findings.len()))
                }
                Err(_) => {} // not a grid (an assessment, a config…)
            }
        }
    }
    let title = |g: &Grid| {
        g.text(
            &g.title,
            args.lang.as_deref().unwrap_or(g.default_language()),
        )
        .to_string()
    };
    let mut out = Vec::new();
    match args.format {
        Format::Json => {
            let rows: Vec<_> = grids
                .iter()
                .map(|(source, g)| {
                    serde_json::json!({
                        "id": g.id,
                        "version": g.version.to_string(),
                        "title": title(g),
                        "indicators": g.indicators().count(),
                        "languages": g.languages,
                        "source": source,
                        "sha256": g.sha256,
                    })
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        }
        Format::Table => {
            let w = |k| super::word(WORDS, k, say::lang()).to_string();
            let mut t = Table::new(
                [
                    "id",
                    "version",
                    "title",
                    "indicators",
                    "languages",
                    "source",
                ]
                .map(w)
                .to_vec(),
                vec![
                    Align::Left,
                    Align::Left,
                    Align::Left,
                    Align::Right,
                    Align::Left,
                    Align::Left,
                ],
            );
            for (source, g) in &grids {
                t.push(
                    [
                        g.id.clone(),
                        g.version.to_string(),
                        title(g),
                        g.indicators().count().to_string(),
                        g.languages.join(" "),
                        source.clone(),
                    ]
                    .map(|c| (c, Tone::Plain))
                    .to_vec(),
                );
            }
            write!(out, "{}", t.fit(Some(crate::cli::page())))?;
        }
    }
    crate::cli::print_out(out)?;
    Ok(ExitCode::SUCCESS)
}

/// Words of this command, columns en, fr, it, es, pl.
const WORDS: Catalogue = &[
    (
        "id",
        [
            "Id",
            "Identifiant",
            "Identificativo",
            "Identificador",
            "Identyfikator",
        ],
    ),
    ("title", ["Title", "Intitulé", "Titolo", "Título", "Tytuł"]),
    (
        "indicators",
        [
            "Indicators",
            "Indicateurs",
            "Indicatori",
            "Indicadores",
            "Wskaźniki",
        ],
    ),
    (
        "built_in",
        [
            "built-in",
            "intégrée",
            "integrata",
            "integrada",
            "wbudowana",
        ],
    ),
    (
        "not_a_folder",
        [
            "--path {dir}: not a folder",
            "--path {dir}\u{202f}: ce n’est pas un dossier",
            "--path {dir}: non è una cartella",
            "--path {dir}: no es una carpeta",
            "--path {dir}: to nie jest folder",
        ],
    ),
    (
        "skipped",
        [
            "skipped {file}: {n} {n|error|errors}; see `aqor grid check {file}`",
            "{file} ignoré\u{202f}: {n} {n|erreur|erreurs}\u{202f}; voir `aqor grid check {file}`",
            "{file} saltato: {n} {n|errore|errori}; vedete `aqor grid check {file}`",
            "{file} omitido: {n} {n|error|errores}; vean `aqor grid check {file}`",
            "pominięto {file}: {n} {n|błąd|błędy|błędów}; zob. `aqor grid check {file}`",
        ],
    ),
];
