//! aqor: quality self-assessment of guidance, information and training structures.
//!
//! The library reads grids and assessments, scores them and builds reports and
//! plans. It never prints nor touches the terminal: the `aqor` binary does I/O.

pub mod assessment;
pub mod campaign;
pub mod compare;
pub mod date;
pub mod diagnostic;
pub mod fsutil;
pub mod grid;
pub mod i18n;
pub mod migrate;
pub mod plan;
pub mod recognition;
pub mod report;
pub mod score;
pub mod text;
pub mod workbook;
