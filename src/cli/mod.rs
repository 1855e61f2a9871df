//! One module per command; shared input handling in `input`.

pub mod assess;
pub mod compare;
pub mod completions;
pub mod consensus;
pub mod grid;
pub mod guide;
pub mod input;
pub mod migrate;
pub mod plan;
pub mod report;
pub mod say;
pub mod score;
pub mod template;
mod usage;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::process::ExitCode;

/// Quality self-assessment of guidance, information and training structures.
///
/// Example: aqor score examples/campaign-2025.csv --grid aqor
#[derive(Parser)]
#[command(name = "aqor", version = VERSION, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Grid(grid::Args),
    Guide(guide::Args),
    Template(template::Args),
    Assess(assess::Args),
    Score(score::Args),
    Compare(compare::Args),
    Plan(plan::Args),
    Consensus(consensus::Args),
    Report(report::Args),
    Migrate(migrate::Args),
    Completions(completions::Args),
    Manpage(completions::ManArgs),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Grid(a) => grid::run(a),
        Command::Guide(a) => guide::run(a),
        Command::Template(a) => template::run(a),
        Command::Assess(a) => assess::run(a),
        Command::Score(a) => score::run(a),
        Command::Compare(a) => compare::run(a),
        Command::Plan(a) => plan::run(a),
        Command::Consensus(a) => consensus::run(a),
        Command::Report(a) => report::run(a),
        Command::Migrate(a) => migrate::run(a),
        Command::Completions(a) => completions::run(a),
        Command::Manpage(a) => completions::run_manpage(a),
    }
}

/// The version and the commit it was built from (see build.rs), so that a user's
/// report names the exact build.
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("AQOR_COMMIT"), ")");

/// Parses the command line; `--version` also lists the built-in grids' versions.
/// Usage errors are said in the message language chosen before parsing (`say::init`).
pub fn parse() -> Cli {
    let mut cmd = Cli::command();
    if std::env::args_os().any(|a| a == "--version") {
        let grids: Vec<String> = aqor::grid::builtin::all()
            .iter()
            .map(|g| g.label())
            .collect();
        let long = format!("{VERSION}\nbuilt-in grids: {}", grids.join(", "));
        cmd = cmd.long_version(long.leak() as &str);
    }
    // The command line's own errors are said in the reader's language (src/cli/usage.rs).
    let matches = cmd.try_get_matches().unwrap_or_else(|e| usage::exit(&e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| usage::exit(&e))
}

/// A panic is a bug in aqor: say so plainly, without a backtrace for the user.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if what.contains("Broken pipe") {
            // The reader went away (`aqor … | head`): nothing left to say.
            std::process::exit(0);
        }
        say::line(aqor::msg!(say::WORDS, "internal_error", what = what));
        say::line(aqor::i18n::Message::new(say::WORDS, "report_bug"));
    }));
}

/// The terminal a table is shown on, if stdout is one (colour unless NO_COLOR).
pub fn terminal(to_stdout: bool) -> Option<aqor::report::Terminal> {
    use std::io::IsTerminal;
    (to_stdout && std::io::stdout().is_terminal()).then(|| aqor::report::Terminal {
        width: comfy_table::Table::new().width().unwrap_or(100),
        colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    })
}

/// The page a table of long texts (a grid's titles) is fitted to: the terminal, or
/// when the output goes to a pipe or a file, `COLUMNS` wide (100 when unset) and
/// without colour, so that `aqor grid show aqor | less` reads like the screen.
pub fn page() -> aqor::report::Terminal {
    terminal(true).unwrap_or_else(|| aqor::report::Terminal {
        width: std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse().ok())
            .filter(|w| *w >= 40)
            .unwrap_or(100),
        colour: false,
    })
}

/// Writes a command's whole output to stdout and flushes it. A failure (a full disk,
/// `> /dev/full`) is an error that names standard output; a closed pipe stays
/// recognisable to [`is_broken_pipe`].
pub fn print_out(bytes: impl AsRef<[u8]>) -> anyhow::Result<()> {
    use say::OrSay;
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes.as_ref())
        .and_then(|()| out.flush())
        .or_say(|| aqor::i18n::Message::new(say::WORDS, "cannot_write_stdout"))
}

/// Writes a file atomically (nothing partial is ever left), never over an existing
/// one unless `force`.
pub fn write_file(path: &std::path::Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    write_file_as(path, bytes, force, aqor::fsutil::Access::Shared)
}

/// [`write_file`] with the file's access chosen (the key of an anonymized report is private).
pub fn write_file_as(
    path: &std::path::Path,
    bytes: &[u8],
    force: bool,
    access: aqor::fsutil::Access,
) -> anyhow::Result<()> {
    use aqor::msg;
    aqor::fsutil::write_atomic_as(path, bytes, force, access).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            say::fail(msg!(say::WORDS, "exists_use_force", file = path))
        } else {
            say::over(e, msg!(say::WORDS, "cannot_write", file = path))
        }
    })
}

/// True when the error is only that stdout's reader closed (`| head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The input was read but fails a check (exit code 1, README.md "Exit codes").
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CheckFailed(pub String);

/// README.md "Exit codes": 1 when the input was read but fails a check; 2 for usage
/// errors and unreadable input.
pub fn exit_code_of(e: &anyhow::Error) -> ExitCode {
    if e.chain().any(|c| {
        c.is::<CheckFailed>()
            || matches!(c.downcast_ref(), Some(aqor::input::Error::Failed(_)))
            || c.downcast_ref::<say::Said>()
                .is_some_and(|s| s.failed_check)
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
