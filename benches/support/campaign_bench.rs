//! Helper of `benches/score.sh`: writes the benchmark grid and campaign, and gives
//! the baseline — a plain csv-crate `ByteRecord` loop that only parses a file.
//!
//! Also of `benches/workbook.sh`: the same campaign as a workbook, and calamine's
//! own read of it (every cell of the first sheet touched, nothing else).
//!
//! Usage: campaign_bench grid OUT.yaml | campaign ROWS OUT.csv | parse FILE.csv
//!        | xlsx FILE.csv OUT.xlsx | read FILE.xlsx

use std::io::{BufWriter, Write};

const CRITERIA: usize = 4;
const PER_CRITERION: usize = 10;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["grid", out] => std::fs::write(out, grid()),
        ["campaign", rows, out] => campaign(rows.parse().expect("ROWS is a number"), out),
        ["parse", file] => parse(file),
        ["xlsx", csv, out] => xlsx(csv, out),
        ["read", file] => read(file),
        _ => {
            eprintln!(
                "usage: campaign_bench grid OUT.yaml | campaign ROWS OUT.csv | parse FILE.csv | xlsx FILE.csv OUT.xlsx | read FILE.xlsx"
            );
            std::process::exit(2)
        }
    }
}

fn ids() -> impl Iterator<Item = String> {
    (1..=CRITERIA).flat_map(|c| (1..=PER_CRITERION).map(move |i| format!("B{c}.{i}")))
}

/// 40 indicators in 4 criteria on a 0–3 scale with `na`, varied weights and targets.
fn grid() -> String {
    let mut y = String::from(
        "format: aqor-grid/1\nid: bench\nversion: 1.0.0\nlanguages: [fr, en]\ntitle: Banc d'essai\nscales:\n  - id: level4\n    allow_na: true\n    levels:\n",
    );
    for l in 0..4 {
        y += &format!("      - {{id: \"{l}\", score: {l}, label: n{l}}}\n");
    }
    y += "criteria:\n";
    for c in 1..=CRITERIA {
        y += &format!(
            "  - id: B{c}\n    title: Critère {c}\n    weight: {}\n    indicators:\n",
            1 + c % 2
        );
        for i in 1..=PER_CRITERION {
            y += &format!(
                "      - {{id: B{c}.{i}, title: Indicateur {c}.{i}, scale: level4, weight: {}, target: \"{}\"}}\n",
                1 + i % 3,
                2 + i % 2
            );
        }
    }
    y
}

/// A French-spreadsheet campaign: `;`, CRLF, DD/MM/YYYY, some `na` and blanks.
fn campaign(rows: u64, out: &str) -> std::io::Result<()> {
    let mut w = BufWriter::new(std::fs::File::create(out)?);
    w.write_all(b"\xEF\xBB\xBFstructure_id;structure_name;network;date")?;
    for id in ids() {
        write!(w, ";{id}")?;
    }
    w.write_all(b"\r\n")?;
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for n in 0..rows {
        write!(
            w,
            "s{n:06};Structure n° {n} de Loir-et-Cher;Réseau 41;{:02}/{:02}/2025",
            1 + n % 28,
            1 + n % 12
        )?;
        for _ in 0..CRITERIA * PER_CRITERION {
            let r = next() % 100;
            let cell = match r {
                0..3 => "",
                3..6 => "na",
                _ => ["0", "1", "2", "3"][(r % 4) as usize],
            };
            write!(w, ";{cell}")?;
        }
        w.write_all(b"\r\n")?;
    }
    w.flush()
}

/// The baseline: parse every record, touch every field, nothing else.
fn parse(file: &str) -> std::io::Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(b';')
        .from_path(file)?;
    let mut record = csv::ByteRecord::new();
    let (mut records, mut bytes) = (0u64, 0u64);
    while reader.read_byte_record(&mut record)? {
        records += 1;
        bytes += record.iter().map(|f| f.len() as u64).sum::<u64>();
    }
    println!("{records} records, {bytes} bytes of fields");
    Ok(())
}

/// The campaign CSV as a workbook, levels as numbers (as a person typing them makes them).
fn xlsx(csv_file: &str, out: &str) -> std::io::Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(b';')
        .from_path(csv_file)?;
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, rec) in reader.records().enumerate() {
        for (c, cell) in rec?.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            let done = match cell.parse::<f64>() {
                Ok(n) if r > 0 => sheet.write_number(r, c, n),
                _ => sheet.write_string(r, c, cell),
            };
            done.map_err(std::io::Error::other)?;
        }
    }
    book.save(out).map_err(std::io::Error::other)
}

/// The baseline: calamine opens the workbook and reads the first sheet's cells.
fn read(file: &str) -> std::io::Result<()> {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(file).map_err(std::io::Error::other)?;
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).map_err(std::io::Error::other)?;
    let cells = range.used_cells().count();
    println!("{} rows, {cells} cells", range.height());
    Ok(())
}
