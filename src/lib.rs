//! aqor: quality self-assessment of guidance, information and training structures.
//!
//! The library reads grids and assessments, scores them and builds reports and
//! plans. It never prints nor touches the terminal: the `aqor` binary does I/O.
//!
//! Data flows one way: files -> model ([`grid`], [`assessment`]) -> inputs
//! ([`campaign`], [`input`]) -> scores ([`score`], [`recognition`]) -> reports and plans
//! ([`report`], [`explain`], [`compare`], [`plan`]); no module reaches back up. Renderers live in
//! the library and return or write the whole output; the CLI only picks the format
//! and the destination (stdout or a file), and shows what the [`input::Sink`] is told.

// No `unsafe` but in `fsutil::windows`, the Win32 access-list calls, which allows it.
#![deny(unsafe_code)]

pub mod assessment;
pub mod campaign;
pub mod compare;
pub mod consensus;
pub mod date;
pub mod diagnostic;
pub mod explain;
pub mod fsutil;
pub mod grid;
pub mod guide;
pub mod i18n;
#[cfg(test)]
mod i18n_check;
pub mod input;
pub mod lang;
pub mod migrate;
pub mod network;
pub mod plan;
pub mod recognition;
pub mod report;
pub mod score;
pub mod text;
pub mod typography;
pub mod workbook;
mod yaml;
