//! CSV output that is safe to open in a spreadsheet.

use std::borrow::Cow;
use std::io::{self, Write};

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
/// gets a leading `'`, so a structure named `=HYPERLINK(…)` stays text. Numbers
/// such as `-1.5` are left alone.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Writes rows of cells, each neutralised and quoted as needed.
pub struct Writer<W: Write>(::csv::Writer<W>);

impl<W: Write> Writer<W> {
    pub fn new(out: W, delimiter: u8) -> Self {
        Writer(
            ::csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(out),
        )
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> io::Result<()> {
        for c in cells {
            self.0.write_field(neutralise(c.as_ref()).as_bytes())?;
        }
        self.0.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Flushes and gives the output back.
    pub fn finish(self) -> io::Result<W> {
        self.0.into_inner().map_err(|e| e.into_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("-1.5"), "-1.5");
        assert_eq!(neutralise("-x"), "'-x");
        assert_eq!(neutralise("CIO de Blois"), "CIO de Blois");
        let mut w = Writer::new(Vec::new(), b',');
        w.row(["a;b", "=cmd", "say \"hi\""]).unwrap();
        let out = String::from_utf8(w.finish().unwrap()).unwrap();
        assert_eq!(out, "a;b,'=cmd,\"say \"\"hi\"\"\"\n");
    }
}
