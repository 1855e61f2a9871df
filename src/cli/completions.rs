//! `aqor completions` and `aqor manpage`: shell integration generated from the CLI itself.

use clap::CommandFactory;
use std::process::ExitCode;

/// Print a shell completion script.
///
/// Example: aqor completions bash > /etc/bash_completion.d/aqor
#[derive(clap::Args)]
pub struct Args {
    /// The shell to complete in.
    shell: clap_complete::Shell,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut cmd = super::Cli::command();
    // Into memory first: clap_complete panics when its writer fails (a full disk).
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "aqor", &mut script);
    super::print_out(script)?;
    Ok(ExitCode::SUCCESS)
}

/// Print the manual page (roff).
///
/// Example: aqor manpage > /usr/local/share/man/man1/aqor.1
#[derive(clap::Args)]
pub struct ManArgs {}

pub fn run_manpage(_args: ManArgs) -> anyhow::Result<ExitCode> {
    let mut page = Vec::new();
    clap_mangen::Man::new(super::Cli::command()).render(&mut page)?;
    super::print_out(page)?;
    Ok(ExitCode::SUCCESS)
}
