//! `aqor grid list`: the built-in grids, and grid files found under folders.

use aqor::grid::{self, Grid, GridError};
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
        .map(|g| ("built-in".to_string(), g))
        .collect();
    for dir in &args.path {
        if !dir.is_dir() {
            anyhow::bail!("--path {}: not a folder", dir.display());
        }
        let mut files = Vec::new();
        super::yaml_files(dir, 0, &mut files);
        files.sort();
        for f in files {
            match grid::load_file(&f) {
                Ok(g) => grids.push((f.display().to_string(), g)),
                Err(GridError::Invalid { findings, .. }) if super::is_grid_file(&f) => eprintln!(
                    "note: skipped {}: {} error(s); see `aqor grid check {}`",
                    f.display(),
                    findings.len(),
                    f.display()
                ),
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
            let mut t = comfy_table::Table::new();
            t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
            t.set_header([
                "id",
                "version",
                "title",
                "indicators",
                "languages",
                "source",
            ]);
            for (source, g) in &grids {
                t.add_row([
                    g.id.clone(),
                    g.version.to_string(),
                    title(g),
                    g.indicators().count().to_string(),
                    g.languages.join(" "),
                    source.clone(),
                ]);
            }
            writeln!(out, "{t}")?;
        }
    }
    crate::cli::print_out(out)?;
    Ok(ExitCode::SUCCESS)
}
