//! Report tables as a workbook: one sheet per table, numbers as numbers shown with
//! one decimal, scores coloured red → green, a filter on the header, header frozen.

use super::WriteError;
use rust_xlsxwriter::{
    Color, ConditionalFormat3ColorScale, ConditionalFormatType, Format, Workbook,
};

/// One cell of a report table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A score or coverage on 0–100 (coloured), or another number.
    Number(f64),
    Empty,
}

impl From<Option<f64>> for Cell {
    fn from(v: Option<f64>) -> Self {
        v.map_or(Cell::Empty, Cell::Number)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

/// A sheet of a report: its name (at most 31 characters), header and rows.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Columns holding percentages (0–100): coloured red → green.
    pub scores: Vec<usize>,
    /// Leading columns kept in view when scrolling right.
    pub frozen_columns: u16,
}

/// The workbook of `tables`, in order.
pub fn workbook(tables: &[Table]) -> Result<Vec<u8>, WriteError> {
    let mut book = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_text_wrap();
    let number = Format::new().set_num_format("0.0");
    for t in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(&t.name))?;
        for (col, h) in t.header.iter().enumerate() {
            let col = col as u16;
            sheet.write_string_with_format(0, col, h, &head)?;
            let width = (h.chars().count().max(8) as f64 + 2.0).min(40.0);
            sheet.set_column_width(col, width)?;
        }
        for (r, cells) in t.rows.iter().enumerate() {
            let row = r as u32 + 1;
            for (col, cell) in cells.iter().enumerate() {
                let col = col as u16;
                match cell {
                    // Strings are never formulas: `=cmd()` from an input stays text.
                    Cell::Text(s) => {
                        sheet.write_string(row, col, s)?;
                    }
                    Cell::Number(n) => {
                        sheet.write_number_with_format(row, col, *n, &number)?;
                    }
                    Cell::Empty => {}
                }
            }
        }
        let last_row = t.rows.len() as u32;
        let last_col = t.header.len().saturating_sub(1) as u16;
        if !t.header.is_empty() {
            sheet.autofilter(0, 0, last_row.max(1), last_col)?;
        }
        sheet.set_freeze_panes(1, t.frozen_columns)?;
        if last_row > 0 {
            for &col in &t.scores {
                let scale = ConditionalFormat3ColorScale::new()
                    .set_minimum(ConditionalFormatType::Number, 0)
                    .set_midpoint(ConditionalFormatType::Number, 50)
                    .set_maximum(ConditionalFormatType::Number, 100)
                    .set_minimum_color(Color::RGB(0xF8696B))
                    .set_midpoint_color(Color::RGB(0xFFEB84))
                    .set_maximum_color(Color::RGB(0x63BE7B));
                sheet.add_conditional_format(1, col as u16, last_row, col as u16, &scale)?;
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

/// A name a sheet may have: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect();
    if clean.trim().is_empty() {
        "Sheet".into()
    } else {
        clean
    }
}
