//! `aqor grid`: list, show, check, diff grids and print their JSON Schema.

mod check;
mod diff;
mod list;
mod show;

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
