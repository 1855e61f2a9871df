//! Workbooks both ways: campaign templates and forms written for spreadsheet users
//! (`template`), score and comparison tables as workbooks (`table`), and campaigns
//! read from `.xlsx`, `.xlsm`, `.xls` and `.ods` files (`read`).
//!
//! Written workbooks hold texts as text cells (a structure named `=cmd()` is never a
//! formula) and numbers as numbers; the bytes are returned, the caller writes them
//! atomically.

pub mod read;
pub mod table;
pub mod template;
mod words;

pub use read::{Sheet, WorkbookError, open};

use crate::i18n::Catalogue;
use crate::msg;
use rust_xlsxwriter::XlsxError;
use std::fmt;

/// A workbook that could not be made (a limit of the format was reached).
#[derive(Debug)]
pub struct WriteError(XlsxError);

const WORDS: Catalogue = &[(
    "cannot_make",
    [
        "cannot make the workbook: {reason}",
        "impossible de faire le classeur\u{202f}: {reason}",
        "impossibile creare la cartella di lavoro: {reason}",
        "no se puede crear el libro: {reason}",
        "nie można utworzyć skoroszytu: {reason}",
    ],
)];

impl From<XlsxError> for WriteError {
    fn from(e: XlsxError) -> Self {
        WriteError(e)
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        msg!(WORDS, "cannot_make", reason = self.0.to_string()).fmt(f)
    }
}

impl std::error::Error for WriteError {}

/// The column letters of a 0-based column index: 0 → `A`, 27 → `AB`.
pub fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII letters")
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_letters() {
        let l = super::column_letters;
        assert_eq!(
            (l(0), l(25), l(26), l(27), l(701), l(702)),
            (
                "A".into(),
                "Z".into(),
                "AA".into(),
                "AB".into(),
                "ZZ".into(),
                "AAA".into()
            )
        );
    }
}
