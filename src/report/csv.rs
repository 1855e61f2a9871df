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

/// A cell as it was before [`neutralise`]: for outputs where text is never run
/// (a workbook's text cells).
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if neutralise(rest).starts_with('\'') => rest,
        _ => cell,
    }
}

/// One record as [`Writer::row`] writes it, line end included.
pub fn line<S: AsRef<str>>(cells: impl IntoIterator<Item = S>, delimiter: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(128);
    push_record(&mut out, cells, delimiter);
    out
}

/// Appends a record, line end included, its cells written by [`push_cell`]. For rows
/// formatted on several threads and written in order by one.
pub fn push_record<S: AsRef<str>>(
    out: &mut Vec<u8>,
    cells: impl IntoIterator<Item = S>,
    delimiter: u8,
) {
    let start = out.len();
    let mut count = 0;
    for c in cells {
        if count > 0 {
            out.push(delimiter);
        }
        count += 1;
        push_cell(out, c.as_ref(), delimiter);
    }
    // A record of one empty cell would read back as an empty line.
    if count == 1 && out.len() == start {
        out.extend_from_slice(b"\"\"");
    }
    out.push(b'\n');
}

/// Appends one cell: neutralised, quoted only when it holds the delimiter, a quote or
/// a line break (the csv crate's `QuoteStyle::Necessary`, quotes doubled).
pub fn push_cell(out: &mut Vec<u8>, cell: &str, delimiter: u8) {
    let cell = neutralise(cell);
    let cell = cell.as_bytes();
    if cell
        .iter()
        .any(|&b| b == delimiter || b == b'"' || b == b'\n' || b == b'\r')
    {
        out.push(b'"');
        for &b in cell {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(cell);
    }
}

/// Writes rows of cells, each neutralised and quoted as needed.
pub struct Writer<W: Write> {
    out: W,
    delimiter: u8,
    line: Vec<u8>,
}

impl<W: Write> Writer<W> {
    pub fn new(out: W, delimiter: u8) -> Self {
        Writer {
            out,
            delimiter,
            line: Vec::new(),
        }
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> io::Result<()> {
        self.line.clear();
        push_record(&mut self.line, cells, self.delimiter);
        self.out.write_all(&self.line)
    }

    /// Flushes and gives the output back.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Columns of ids and names: their cells stay as written even when they look like
/// numbers (an indicator `1.2` is not the number 1,2).
const TEXT_COLUMNS: [&str; 13] = [
    "structure_id",
    "structure_name",
    "network",
    "territory",
    "assessor",
    "campaign",
    "grid",
    "kind",
    "id",
    "criterion",
    "indicator",
    "title",
    "code",
];

/// The same CSV (written with `,`) for French Excel: `;` between cells, a UTF-8
/// byte-order mark (so "Vendôme" does not show as "VendÃ´me") and decimal commas
/// (`45,5`) in number cells (not in the header row nor in [`TEXT_COLUMNS`]). Cells
/// were neutralised when first written; they are not touched again.
pub fn excel(csv: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(csv.len() + 3);
    out.extend_from_slice("\u{feff}".as_bytes());
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv);
    let mut record = ::csv::ByteRecord::new();
    let mut text: Option<Vec<bool>> = None;
    while reader.read_byte_record(&mut record)? {
        let header = text.is_none();
        let text = text.get_or_insert_with(|| {
            record
                .iter()
                .map(|h| TEXT_COLUMNS.iter().any(|t| t.as_bytes() == h))
                .collect()
        });
        for (i, cell) in record.iter().enumerate() {
            if i > 0 {
                out.push(b';');
            }
            let number = !header && !text.get(i).copied().unwrap_or(false);
            if number && is_decimal(cell) {
                out.extend(cell.iter().map(|&b| if b == b'.' { b',' } else { b }));
            } else if cell
                .iter()
                .any(|&b| matches!(b, b';' | b'"' | b'\n' | b'\r'))
            {
                out.push(b'"');
                for &b in cell {
                    if b == b'"' {
                        out.push(b'"');
                    }
                    out.push(b);
                }
                out.push(b'"');
            } else {
                out.extend_from_slice(cell);
            }
        }
        out.extend_from_slice(b"\r\n");
    }
    Ok(out)
}

/// `-12.5`, `0.25`: a number with a decimal point, as written by our reports.
fn is_decimal(cell: &[u8]) -> bool {
    let digits = cell.strip_prefix(b"-").unwrap_or(cell);
    let Some(dot) = digits.iter().position(|&b| b == b'.') else {
        return false;
    };
    let (int, frac) = (&digits[..dot], &digits[dot + 1..]);
    !int.is_empty() && !frac.is_empty() && int.iter().chain(frac).all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    #[test]
    fn excel_flavour() {
        let plain = b"structure_name,overall,note,indicator,1.5\nVend\xc3\xb4me,45.5,\"a;b\",1.2,1.5\nx,-1.25,1.2.3,2.10,0.5\n";
        let out = super::excel(plain).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\u{feff}structure_name;overall;note;indicator;1.5\r\nVend\u{f4}me;45,5;\"a;b\";1.2;1,5\r\nx;-1,25;1.2.3;2.10;0,5\r\n"
        );
    }
}

#[cfg(test)]
mod neutralising {
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
        let one = line(["a;b", "=cmd", "say \"hi\""], b',');
        assert_eq!(String::from_utf8(one).unwrap(), out);
    }

    proptest::proptest! {
        /// The same bytes as the csv crate writes, neutralised cells aside.
        #[test]
        fn quoting_is_the_csv_crate_s(
            cells in proptest::collection::vec("[a-c;,\"\\r\\n =+\t-]{0,4}", 1..5),
            semicolon: bool,
        ) {
            let d = if semicolon { b';' } else { b',' };
            let safe: Vec<String> = cells.iter().map(|c| neutralise(c).into_owned()).collect();
            let mut theirs = ::csv::WriterBuilder::new().delimiter(d).from_writer(Vec::new());
            theirs.write_record(&safe).unwrap();
            let theirs = theirs.into_inner().unwrap();
            proptest::prop_assert_eq!(line(&cells, d), theirs);
        }
    }
}
