//! `aqor score` (not built yet).

use std::process::ExitCode;

/// (not built yet)
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`aqor score` is not built yet")
}
