//! One module per command; shared input handling in `input`.

pub mod assess;
pub mod compare;
pub mod grid;
pub mod input;
pub mod migrate;
pub mod plan;
pub mod score;
pub mod template;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Quality self-assessment of guidance, information and training structures.
///
/// Example: aqor score examples/campaign-2025.csv --grid aqor
#[derive(Parser)]
#[command(name = "aqor", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Grid(grid::Args),
    Template(template::Args),
    Assess(assess::Args),
    Score(score::Args),
    Compare(compare::Args),
    Plan(plan::Args),
    Migrate(migrate::Args),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Grid(a) => grid::run(a),
        Command::Template(a) => template::run(a),
        Command::Assess(a) => assess::run(a),
        Command::Score(a) => score::run(a),
        Command::Compare(a) => compare::run(a),
        Command::Plan(a) => plan::run(a),
        Command::Migrate(a) => migrate::run(a),
    }
}

/// The input was read but fails a check (SPEC exit code 1).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CheckFailed(pub String);

/// SPEC: 1 when the input was read but fails a check; 2 for usage errors and unreadable input.
pub fn exit_code_of(e: &anyhow::Error) -> ExitCode {
    if e.chain().any(|c| {
        c.is::<CheckFailed>()
            || matches!(
                c.downcast_ref::<aqor::grid::GridError>(),
                Some(aqor::grid::GridError::Invalid { .. })
            )
    }) {
        ExitCode::from(1)
    } else {
        ExitCode::from(2)
    }
}
