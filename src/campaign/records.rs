//! The raw records of a campaign file: the records the csv crate reads (no header
//! row, any number of cells, its quoting and line ends), read at a fraction of its cost.
//!
//! Most lines of a spreadsheet export hold no quote: such a line is found with one
//! vectorised search and split at its delimiters by hand. A record with a quote
//! anywhere (quoted cells, line breaks inside a cell) is read by csv-core, the csv
//! crate's own parser. Records are read into a [`Batch`], one buffer for many of
//! them, so that a row costs no allocation.

use super::CampaignError;
use std::io::{self, Read};

/// Bytes read from the file at a time; a longer record grows the buffer.
const BUFFER: usize = 256 * 1024;

/// Records laid out one after another in shared buffers.
#[derive(Debug, Default)]
pub struct Batch {
    bytes: Vec<u8>,
    /// Cell ends, each relative to its record's first byte.
    ends: Vec<usize>,
    spans: Vec<Span>,
}

/// Where a record of a batch is.
#[derive(Debug, Clone, Copy)]
struct Span {
    row: u64,
    bytes: usize,
    ends: usize,
    /// Bytes between a cell's end and the next cell: 1 where a line was split by
    /// hand (its delimiters are kept), 0 where csv-core unquoted it.
    gap: usize,
}

impl Batch {
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Bytes of all its cells (and delimiters): what it weighs.
    pub fn byte_len(&self) -> usize {
        self.bytes.len()
    }

    /// Forgets the records, keeping the buffers for the next ones (unless a huge
    /// record grew them: memory is given back then).
    pub fn clear(&mut self) {
        const KEEP: usize = 4 << 20;
        self.bytes.clear();
        self.ends.clear();
        self.spans.clear();
        self.bytes.shrink_to(KEEP);
        self.ends.shrink_to(KEEP / 8);
    }

    pub fn get(&self, i: usize) -> Option<Record<'_>> {
        let s = self.spans.get(i)?;
        let (bytes, ends) = match self.spans.get(i + 1) {
            Some(next) => (s.bytes..next.bytes, s.ends..next.ends),
            None => (s.bytes..self.bytes.len(), s.ends..self.ends.len()),
        };
        Some(Record {
            row: s.row,
            bytes: &self.bytes[bytes],
            ends: &self.ends[ends],
            gap: s.gap,
        })
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = Record<'_>> {
        (0..self.len()).map(|i| self.get(i).expect("a record of the batch"))
    }

    /// Drops the last record (a blank row, counted but not kept).
    fn pop(&mut self) {
        if let Some(s) = self.spans.pop() {
            self.bytes.truncate(s.bytes);
            self.ends.truncate(s.ends);
        }
    }

    fn last_mut(&mut self) -> Option<&mut Span> {
        self.spans.last_mut()
    }
}

/// One record of a [`Batch`]: its spreadsheet row number and its cells' bytes.
#[derive(Debug, Clone, Copy)]
pub struct Record<'b> {
    /// Spreadsheet row number (the header is row 1).
    pub row: u64,
    bytes: &'b [u8],
    ends: &'b [usize],
    gap: usize,
}

impl<'b> Record<'b> {
    /// How many cells it has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Cell `i`'s bytes, as the file holds them once unquoted.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&'b [u8]> {
        self.bytes.get(self.range(i)?)
    }

    /// Where cell `i` is in the record's bytes.
    #[inline]
    fn range(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let end = *self.ends.get(i)?;
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1] + self.gap,
        };
        Some(start..end)
    }

    /// The whole record as text, when it is UTF-8 and its cells are cut at the
    /// delimiters it keeps: each cell is UTF-8 then ([`Text::cell`]), checked once a row.
    pub fn text(&self) -> Option<Text<'b>> {
        // Vectorised: this runs on every row.
        let text = simdutf8::basic::from_utf8(self.bytes)
            .ok()
            .filter(|_| self.gap == 1)?;
        Some(Text {
            text,
            record: *self,
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = &'b [u8]> + use<'b> {
        let r = *self;
        (0..r.len()).filter_map(move |i| r.get(i))
    }

    /// Whether every cell is blank (`;;;;`): such rows are counted, not read.
    pub fn is_blank(&self) -> bool {
        self.iter().all(|c| c.iter().all(u8::is_ascii_whitespace))
    }
}

/// A record known to be UTF-8 as a whole: see [`Record::text`].
#[derive(Debug, Clone, Copy)]
pub struct Text<'b> {
    text: &'b str,
    record: Record<'b>,
}

impl<'b> Text<'b> {
    /// All its cells, delimiters included.
    pub fn as_str(&self) -> &'b str {
        self.text
    }

    /// Cell `i`'s text.
    #[inline]
    pub fn cell(&self, i: usize) -> Option<&'b str> {
        self.text.get(self.record.range(i)?)
    }
}

/// A campaign file's records, read into batches.
pub struct Records<R> {
    input: R,
    buf: Vec<u8>,
    /// The bytes read and not yet used: `buf[start..end]`.
    start: usize,
    end: usize,
    eof: bool,
    core: csv_core::Reader,
    delimiter: u8,
    /// Lines without a quote are split by hand (not when the delimiter is a quote or a line end).
    by_hand: bool,
    file: String,
    /// Row number of the last record read (the header is row 1).
    row: u64,
}

impl<R: Read> Records<R> {
    /// The records of `input`, named `file` in messages, whose first bytes `read`
    /// were taken already (the sniffed sample); the first `skip` of them (a byte
    /// order mark) are not text.
    pub(super) fn new(input: R, read: Vec<u8>, skip: usize, delimiter: u8, file: &str) -> Self {
        Self::with_buffer(input, read, skip, delimiter, file, BUFFER)
    }

    fn with_buffer(
        input: R,
        mut buf: Vec<u8>,
        skip: usize,
        delimiter: u8,
        file: &str,
        size: usize,
    ) -> Self {
        let end = buf.len();
        buf.resize(end.max(size).max(1), 0);
        let mut core = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
        // csv-core drops a byte order mark on its first read only. That read is this
        // empty line, so that a mark further on (two files joined) stays in its cell,
        // as the csv crate reading past the header leaves it.
        core.read_record(b"\n", &mut [0], &mut [0]);
        Records {
            input,
            buf,
            start: skip.min(end),
            end,
            eof: false,
            core,
            delimiter,
            by_hand: !matches!(delimiter, b'"' | b'\r' | b'\n'),
            file: file.to_string(),
            row: 0,
        }
    }

    /// The header row's cells (blank or not), into `batch` (cleared first);
    /// `None` for an empty file.
    pub(super) fn header<'b>(
        &mut self,
        batch: &'b mut Batch,
    ) -> Result<Option<Record<'b>>, CampaignError> {
        batch.clear();
        if !self.read(batch).map_err(|e| self.io(e))? {
            return Ok(None);
        }
        self.row = 1;
        if let Some(s) = batch.last_mut() {
            s.row = 1;
        }
        Ok(batch.get(0))
    }

    /// Reads the next data record into `batch` (cleared first), skipping rows whose
    /// cells are all blank; `None` at the end of the file.
    pub fn next_into<'b>(
        &mut self,
        batch: &'b mut Batch,
    ) -> Result<Option<Record<'b>>, CampaignError> {
        batch.clear();
        self.push(batch)?;
        Ok(batch.get(0))
    }

    /// Reads up to `records` data records into `batch` (cleared first), stopping
    /// early once it holds `bytes` bytes; `true` when it stopped before the end of the file.
    pub fn fill(
        &mut self,
        batch: &mut Batch,
        records: usize,
        bytes: usize,
    ) -> Result<bool, CampaignError> {
        batch.clear();
        while batch.len() < records && batch.byte_len() < bytes {
            if !self.push(batch)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Adds the next non-blank data record to `batch`; `false` at the end of the file.
    fn push(&mut self, batch: &mut Batch) -> Result<bool, CampaignError> {
        loop {
            if !self.read(batch).map_err(|e| self.io(e))? {
                return Ok(false);
            }
            self.row += 1;
            let last = batch.len() - 1;
            if let Some(s) = batch.last_mut() {
                s.row = self.row;
            }
            if !batch.get(last).is_some_and(|r| r.is_blank()) {
                return Ok(true);
            }
            batch.pop();
        }
    }

    fn io(&self, source: io::Error) -> CampaignError {
        CampaignError::Io {
            file: self.file.clone(),
            source,
        }
    }

    /// Adds the next record to `batch`, its row number not set; `false` at the end.
    fn read(&mut self, batch: &mut Batch) -> io::Result<bool> {
        // Line ends before a record are empty lines, which csv skips.
        loop {
            let rest = &self.buf[self.start..self.end];
            match rest.iter().position(|&b| b != b'\r' && b != b'\n') {
                Some(i) => {
                    self.start += i;
                    break;
                }
                None => {
                    self.start = self.end;
                    if !self.refill()? {
                        return Ok(false);
                    }
                }
            }
        }
        if !self.by_hand {
            return self.read_quoted(batch, &[]);
        }
        let line = Line::new(batch);
        // Bytes of the record searched already: a long one is not searched again
        // each time more of it is read.
        let mut searched = 0;
        loop {
            let from = self.start + searched;
            let found = memchr::memchr3(b'\n', b'\r', b'"', &self.buf[from..self.end]);
            match found.map(|i| (from + i, self.buf[from + i])) {
                Some((_, b'"')) => {
                    let moved = line.undo(batch);
                    return self.read_quoted(batch, &moved);
                }
                Some((end, _)) => {
                    line.push(&self.buf[self.start..end], self.delimiter, batch);
                    line.finish(batch);
                    self.start = end;
                    return Ok(true);
                }
                None => {
                    if self.end - self.start == self.buf.len() {
                        // A line as long as the buffer goes into the batch as it is
                        // read, rather than the buffer growing to hold it whole.
                        line.push(&self.buf[self.start..self.end], self.delimiter, batch);
                        (self.start, searched) = (self.end, 0);
                    } else {
                        searched = self.end - self.start;
                    }
                    if !self.refill()? {
                        line.push(&self.buf[self.start..self.end], self.delimiter, batch);
                        line.finish(batch);
                        self.start = self.end;
                        return Ok(true);
                    }
                }
            }
        }
    }

    /// Adds the record to `batch` with csv-core (quotes undone): its bytes `moved`
    /// into the batch already (and taken back), then those from `start` on.
    fn read_quoted(&mut self, batch: &mut Batch, moved: &[u8]) -> io::Result<bool> {
        use csv_core::ReadRecordResult as R;
        let (bytes, ends) = (batch.bytes.len(), batch.ends.len());
        let (mut out, mut cells) = (0, 0);
        batch.bytes.resize(bytes + 256 + moved.len(), 0);
        batch.ends.resize(ends + 64, 0);
        let mut moved = moved;
        loop {
            let from_moved = !moved.is_empty();
            let input = if from_moved {
                moved
            } else {
                &self.buf[self.start..self.end]
            };
            let (res, nin, nout, nend) = self.core.read_record(
                input,
                &mut batch.bytes[bytes + out..],
                &mut batch.ends[ends + cells..],
            );
            if from_moved {
                moved = &moved[nin..];
            } else {
                self.start += nin;
            }
            out += nout;
            cells += nend;
            match res {
                // At the end of the input, csv-core is called once more with nothing.
                R::InputEmpty => {
                    if !from_moved || self.start == self.end {
                        self.refill()?;
                    }
                }
                R::OutputFull => batch.bytes.resize(bytes + 2 * (out + 128), 0),
                R::OutputEndsFull => batch.ends.resize(ends + 2 * cells, 0),
                R::Record | R::End => {
                    batch.bytes.truncate(bytes + out);
                    batch.ends.truncate(ends + cells);
                    if res == R::End {
                        return Ok(false);
                    }
                    batch.spans.push(Span {
                        row: 0,
                        bytes,
                        ends,
                        gap: 0,
                    });
                    return Ok(true);
                }
            }
        }
    }

    /// Reads more of the input after the unused bytes (moved to the buffer's start;
    /// the buffer doubles when they fill it); `false` at the end of the input.
    fn refill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.end == self.buf.len() {
            self.buf.resize(2 * self.buf.len(), 0);
        }
        loop {
            match self.input.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// A line without quote being split by hand into a batch, its delimiters kept; a
/// long one in several pieces.
struct Line {
    bytes: usize,
    ends: usize,
}

impl Line {
    fn new(batch: &Batch) -> Self {
        Line {
            bytes: batch.bytes.len(),
            ends: batch.ends.len(),
        }
    }

    /// Adds the next piece of the line (no quote, no line end in it).
    fn push(&self, piece: &[u8], delimiter: u8, batch: &mut Batch) {
        let mut at = batch.bytes.len() - self.bytes;
        batch.bytes.extend_from_slice(piece);
        // 32 bytes at a time into a mask of their delimiters (one vector compare), whose
        // bits are then taken in turn: a branch per cell, not a mispredicted one per byte.
        let mut chunks = piece.chunks_exact(32);
        for chunk in chunks.by_ref() {
            push_bits(&mut batch.ends, at, delimiters(chunk, delimiter));
            at += 32;
        }
        push_bits(
            &mut batch.ends,
            at,
            delimiters(chunks.remainder(), delimiter),
        );
    }

    /// Ends the line: its last cell, and the record in the batch.
    fn finish(self, batch: &mut Batch) {
        batch.ends.push(batch.bytes.len() - self.bytes);
        batch.spans.push(Span {
            row: 0,
            bytes: self.bytes,
            ends: self.ends,
            gap: 1,
        });
    }

    /// Takes back the pieces added (the record turned out to hold a quote): their bytes.
    fn undo(self, batch: &mut Batch) -> Vec<u8> {
        batch.ends.truncate(self.ends);
        batch.bytes.split_off(self.bytes)
    }
}

/// The places of `delimiter` in up to 32 bytes, as the bits of a mask.
#[inline]
fn delimiters(bytes: &[u8], delimiter: u8) -> u32 {
    bytes
        .iter()
        .enumerate()
        .fold(0, |mask, (j, &b)| mask | (u32::from(b == delimiter) << j))
}

/// Pushes `at` plus the place of each bit set in `mask`, lowest first.
#[inline]
fn push_bits(ends: &mut Vec<usize>, at: usize, mut mask: u32) {
    while mask != 0 {
        ends.push(at + mask.trailing_zeros() as usize);
        mask &= mask - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A reader giving at most `step` bytes a call, as pipes do.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(out.len()).min(self.0.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    /// Every record as csv reads it.
    fn by_csv(data: &[u8], delimiter: u8) -> Vec<Vec<Vec<u8>>> {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(data);
        r.byte_records()
            .map(|r| r.unwrap().iter().map(<[u8]>::to_vec).collect())
            .collect()
    }

    fn by_records(data: &[u8], delimiter: u8, step: usize, size: usize) -> Vec<Vec<Vec<u8>>> {
        let mut r = Records::with_buffer(Trickle(data, step), Vec::new(), 0, delimiter, "c", size);
        let mut batch = Batch::default();
        while r.read(&mut batch).unwrap() {}
        batch
            .iter()
            .map(|r| r.iter().map(<[u8]>::to_vec).collect())
            .collect()
    }

    #[test]
    fn plain_and_quoted_lines() {
        let data = b"a;b;;c\r\n\r\n\"x;y\";\"say \"\"hi\"\"\"\n;\nlast;one";
        let want: Vec<Vec<&[u8]>> = vec![
            vec![b"a", b"b", b"", b"c"],
            vec![b"x;y", b"say \"hi\""],
            vec![b"", b""],
            vec![b"last", b"one"],
        ];
        assert_eq!(by_records(data, b';', 1 << 20, BUFFER), want);
        assert_eq!(by_records(data, b';', 1, 2), want);
    }

    #[test]
    fn rows_are_numbered_and_blank_ones_skipped() {
        let data = b"h1;h2\n1;2\n ; \n\n\"3\n\";4\n";
        let mut r = Records::new(&data[..], Vec::new(), 0, b';', "c.csv");
        let mut batch = Batch::default();
        let header = r.header(&mut batch).unwrap().unwrap();
        assert_eq!((header.row, header.get(1)), (1, Some(&b"h2"[..])));
        assert!(!r.fill(&mut batch, 10, 1 << 20).unwrap());
        let rows: Vec<(u64, Vec<&[u8]>)> =
            batch.iter().map(|r| (r.row, r.iter().collect())).collect();
        assert_eq!(
            rows,
            vec![(2, vec![&b"1"[..], b"2"]), (4, vec![&b"3\n"[..], b"4"])]
        );
    }

    #[test]
    fn a_later_byte_order_mark_stays() {
        let data = "\u{feff}\"a\";b\n".as_bytes();
        assert_eq!(
            by_records(data, b';', 64, BUFFER)[0][0],
            "\u{feff}\"a\"".as_bytes()
        );
    }

    proptest! {
        /// Whatever the bytes, however they arrive and whatever the buffer size, the
        /// records are the csv crate's.
        #[test]
        fn records_are_the_csv_crates(
            data in proptest::collection::vec(proptest::sample::select(
                b"aa ;;,\t\"\r\n\xc3\xa9".to_vec()), 0..200),
            delimiter in proptest::sample::select(b";,\t\"\n".to_vec()),
            step in 1usize..40,
            size in 1usize..64,
        ) {
            prop_assert_eq!(by_records(&data, delimiter, step, size), by_csv(&data, delimiter));
        }
    }
}
