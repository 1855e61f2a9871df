//! The `aqor` command line: parse, dispatch, map errors to exit codes (README.md, "Exit codes").

#![forbid(unsafe_code)]

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::quiet_panics();
    cli::say::init(&std::env::args_os().collect::<Vec<_>>());
    let args = cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            cli::say::error(cli::say::describe(&e));
            cli::exit_code_of(&e)
        }
    }
}
