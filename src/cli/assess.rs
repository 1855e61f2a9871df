//! `aqor assess` (not built yet).

use std::process::ExitCode;

/// (not built yet)
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`aqor assess` is not built yet")
}
