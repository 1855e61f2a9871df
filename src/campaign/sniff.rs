//! Telling how a spreadsheet exported a CSV: text encoding and delimiter.
//!
//! Both are decided from a sample of the file's start, so reading stays streaming.

use super::WORDS;
use crate::i18n::Message;
use crate::msg;
use std::borrow::Cow;

/// How many bytes of a file's start decide its encoding and delimiter.
pub const SAMPLE_BYTES: usize = 64 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The text encodings spreadsheets export CSV in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// What Excel and LibreOffice write on Western European Windows ("CSV" without "UTF-8").
    Windows1252,
}

/// What the file's start says about the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    pub encoding: Encoding,
    pub delimiter: u8,
    /// Length of the byte order mark to skip (0 or 3).
    pub bom: usize,
}

/// Encoding and delimiter of a CSV from its first bytes (`whole` when the sample is the whole file).
///
/// UTF-8 when the sample has a UTF-8 BOM or is valid UTF-8, else Windows-1252.
/// The delimiter is `forced`, or the one of `;` `,` tab that splits the header into
/// the most columns while giving the following records the same number of fields.
pub fn sniff(sample: &[u8], whole: bool, forced: Option<u8>) -> Result<Sniffed, Message> {
    if sample.starts_with(b"\xFF\xFE") || sample.starts_with(b"\xFE\xFF") {
        return Err(msg!(WORDS, "utf16"));
    }
    let bom = if sample.starts_with(UTF8_BOM) { 3 } else { 0 };
    let body = &sample[bom..];
    let encoding = match std::str::from_utf8(body) {
        Ok(_) => Encoding::Utf8,
        // A multi-byte character cut by the end of the sample is still UTF-8.
        Err(e) if e.error_len().is_none() && !whole => Encoding::Utf8,
        Err(_) if bom > 0 => Encoding::Utf8,
        Err(_) => Encoding::Windows1252,
    };
    let delimiter = match forced {
        Some(d) => d,
        None => delimiter(body, whole)?,
    };
    Ok(Sniffed {
        encoding,
        delimiter,
        bom,
    })
}

fn delimiter(body: &[u8], whole: bool) -> Result<u8, Message> {
    // Only complete records count: the sample may end in the middle of one.
    let end = if whole {
        body.len()
    } else {
        body.iter().rposition(|&b| b == b'\n').unwrap_or(body.len())
    };
    let body = &body[..end];
    // Most records agreeing with the header first (a bad row may be among them), then most columns.
    let mut best: Option<((usize, usize), u8)> = None;
    for d in [b';', b',', b'\t'] {
        let counts = field_counts(body, d);
        let Some(&header) = counts.first() else {
            continue;
        };
        let agreeing = counts.iter().filter(|&&c| c == header).count();
        if header > 1 && best.is_none_or(|(k, _)| (agreeing, header) > k) {
            best = Some(((agreeing, header), d));
        }
    }
    best.map(|(_, d)| d)
        .ok_or_else(|| msg!(WORDS, "no_delimiter"))
}

/// Field counts of the records in `body` (at most 20), split on `delimiter`.
fn field_counts(body: &[u8], delimiter: u8) -> Vec<usize> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(body);
    let mut record = csv::ByteRecord::new();
    let mut counts = Vec::new();
    while counts.len() < 20 && reader.read_byte_record(&mut record).unwrap_or(false) {
        counts.push(record.len());
    }
    counts
}

impl Encoding {
    /// One cell as text; `None` when a UTF-8 file holds bytes that are not UTF-8.
    pub fn decode<'a>(self, bytes: &'a [u8]) -> Option<Cow<'a, str>> {
        match self {
            Encoding::Utf8 => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
            Encoding::Windows1252 => Some(
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0,
            ),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let s = sniff(b"\xEF\xBB\xBFa;b\r\n1;2\r\n", true, None).unwrap();
        assert_eq!((s.encoding, s.delimiter, s.bom), (Encoding::Utf8, b';', 3));
        let s = sniff("a,b\nCaf\u{e9},2\n".as_bytes(), true, None).unwrap();
        assert_eq!(s.encoding, Encoding::Utf8);
        let s = sniff(b"a\tb\nCaf\xE9\t2\n", true, None).unwrap();
        assert_eq!((s.encoding, s.delimiter), (Encoding::Windows1252, b'\t'));
        assert_eq!(s.encoding.decode(b"Caf\xE9\x80").unwrap(), "Café€");
        assert!(Encoding::Utf8.decode(b"Caf\xE9").is_none());
        // A character cut by the end of a partial sample.
        let cut = &"a;b\né".as_bytes()[..5];
        assert_eq!(sniff(cut, false, None).unwrap().encoding, Encoding::Utf8);
        assert!(sniff(b"\xFF\xFEa\0", true, None).is_err());
    }

    #[test]
    fn delimiters() {
        // Commas inside quoted cells and decimals do not fool the count.
        let src = b"id;name;note\nx;\"Blois, centre\";\"3,5\"\n";
        assert_eq!(sniff(src, true, None).unwrap().delimiter, b';');
        assert_eq!(
            sniff(b"id,name\nx,y\n", true, None).unwrap().delimiter,
            b','
        );
        // `,` splits the header in 2 but the row in 3: `;` is right.
        let src = b"a;b,c\nx;y,z,w\n";
        assert_eq!(sniff(src, true, None).unwrap().delimiter, b';');
        assert!(sniff(b"single\nrow\n", true, None).is_err());
        assert_eq!(
            sniff(b"single\n", true, Some(b'|')).unwrap().delimiter,
            b'|'
        );
    }
}
