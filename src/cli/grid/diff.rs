//! `aqor grid diff` (next).

use std::process::ExitCode;

/// Compare two versions of a grid.
///
/// Example: aqor grid diff examples/grids/aqor-0.9.yaml aqor
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`aqor grid diff` is not built yet")
}
