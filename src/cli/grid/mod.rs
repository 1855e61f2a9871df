//! `aqor grid`: list, show, check, diff grids and print their JSON Schema.

mod check;
mod diff;
mod list;
mod report;
mod show;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Grids: list the built-in ones, show, check, compare versions, print the schema.
///
/// Example: aqor grid check grids/*.yaml --strict
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    List(list::Args),
    Show(show::Args),
    Check(check::Args),
    Diff(diff::Args),
    Schema(SchemaArgs),
}

/// Print the JSON Schema of the grid format `aqor-grid/1` (for editors).
///
/// Example: aqor grid schema > schemas/aqor-grid-1.schema.json
///
/// Put `# yaml-language-server: $schema=../schemas/aqor-grid-1.schema.json` as the first
/// line of a grid file and editors with the YAML language server complete and check it.
#[derive(clap::Args)]
struct SchemaArgs {}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.command {
        Command::List(a) => list::run(a),
        Command::Show(a) => show::run(a),
        Command::Check(a) => check::run(a),
        Command::Diff(a) => diff::run(a),
        Command::Schema(SchemaArgs {}) => {
            let schema = serde_json::to_string_pretty(&aqor::grid::json_schema())?;
            super::print_out(schema + "\n")?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Folders deeper than this are not searched (and symlink loops end).
const MAX_DEPTH: usize = 8;

/// The YAML files under `dir`, recursively (as `grid list --path` and `grid check` search).
fn yaml_files(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() && depth < MAX_DEPTH {
            yaml_files(&p, depth + 1, out);
        } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
            out.push(p);
        }
    }
}

/// Whether a file that failed to load declares itself a grid (then its errors matter).
fn is_grid_file(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|s| s.contains("aqor-grid/"))
}

/// Words both `grid list` and `grid show` print (en, fr, it, es, pl).
const WORDS: aqor::i18n::Catalogue = &[
    (
        "version",
        ["Version", "Version", "Versione", "Versión", "Wersja"],
    ),
    (
        "languages",
        ["Languages", "Langues", "Lingue", "Idiomas", "Języki"],
    ),
    ("source", ["Source", "Source", "Fonte", "Fuente", "Źródło"]),
];

/// A word of `own` (a grid command's catalogue), else of the grid commands' shared
/// words, else of every report's.
fn word(own: aqor::i18n::Catalogue, key: &str, lang: &str) -> &'static str {
    match aqor::i18n::tr(WORDS, key, lang) {
        "" => aqor::i18n::word(own, key, lang),
        w => w,
    }
}
