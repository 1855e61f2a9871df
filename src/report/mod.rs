//! Report building blocks the commands share: tables for the terminal and
//! markdown, formula-safe CSV, streamed JSON. They write to any `io::Write` and
//! never decide where output goes.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod table;

pub use table::{Align, Table, Terminal, Tone};

/// Output formats of reporting commands; the CLI maps `--format` onto it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for a terminal
    Table,
    /// A GitHub-flavoured markdown table
    Markdown,
    /// Comma-separated values, one row per item
    Csv,
    /// One JSON document with a `schema_version`
    Json,
}
