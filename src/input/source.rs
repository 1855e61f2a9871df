//! A campaign input's bytes as CSV: the file itself, or the sheet of a workbook
//! turned into the CSV a spreadsheet would export, with the place of each cell so
//! that problems name it (`campagne.xlsx, Feuil1!H7, column C1.3: …`). Everything
//! after the bytes (checks, warnings, duplicates, exit codes) is the same for both.

use super::{Error, Input, Inputs, Kind, Sink};
use crate::campaign::Problem;
use crate::i18n::Message;
use crate::workbook::{Sheet, WorkbookError};
use std::fs::File;
use std::io::{Cursor, Read};
use std::sync::Arc;

/// A campaign input opened for reading.
pub(super) struct Source {
    pub read: Box<dyn Read + Send>,
    /// `,` for a sheet; the caller's choice (or detection) for a CSV file.
    pub delimiter: Option<u8>,
    /// Bytes to read, to size the duplicate check.
    pub size: usize,
    /// The sheet the CSV came from, to word problems with their cell.
    pub sheet: Option<Arc<Sheet>>,
}

/// A sheet's CSV bytes, to read through a `Cursor`.
struct Csv(Arc<Sheet>);

impl AsRef<[u8]> for Csv {
    fn as_ref(&self) -> &[u8] {
        &self.0.csv
    }
}

/// A campaign problem as a person reads it: with its cell when it comes from a sheet.
pub(super) fn worded(p: &Problem, sheet: Option<&Sheet>) -> Message {
    match sheet {
        Some(sheet) => sheet.word(p),
        None => p.sentence(),
    }
}

impl Inputs {
    /// Opens a campaign input. A workbook that cannot be read at all is an error
    /// (nothing is checked); one whose cells fail a check has them reported to
    /// `sink` as problems and gives `None`: the caller counts one invalid input.
    pub(super) fn open_campaign(
        &self,
        input: &Input,
        sink: &mut dyn Sink,
    ) -> Result<Option<Source>, Error> {
        if input.kind != Kind::Workbook {
            let file = File::open(&input.path).map_err(Error::read(&input.name))?;
            return Ok(Some(Source {
                size: file.metadata().map_or(0, |m| m.len() as usize),
                read: Box::new(file),
                delimiter: self.options.delimiter,
                sheet: None,
            }));
        }
        match input.sheet(self.options.sheet.as_deref()) {
            Ok(sheet) => Ok(Some(Source {
                size: sheet.csv.len(),
                read: Box::new(Cursor::new(Csv(sheet.clone()))),
                delimiter: Some(b','),
                sheet: Some(sheet),
            })),
            Err(WorkbookError::Cells(cells)) => {
                cells.iter().for_each(|m| sink.problem(m));
                sink.problem(&WorkbookError::not_used(&input.name));
                Ok(None)
            }
            Err(e) => Err(Error::Workbook(e)),
        }
    }
}
