//! Dates as people and spreadsheets write them: `YYYY-MM-DD`, or `DD/MM/YYYY` and
//! `DD.MM.YYYY` in Europe.

use chrono::{Datelike, NaiveDate};

/// Reads `2025-03-14`, `14/03/2025` or `14.03.2025` (also `4/3/2025`); the error says
/// what is wrong (an Excel serial number such as `45383` is named as one).
pub fn parse(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    if let Some(day) = excel_serial(s) {
        return Err(format!(
            "\"{s}\" is a spreadsheet's day number ({day}), not a date; format the column as a date (YYYY-MM-DD) before saving the CSV"
        ));
    }
    let parts: Vec<&str> = if let Some(sep) = s.chars().find(|c| *c == '/' || *c == '.') {
        s.split(sep).rev().collect()
    } else {
        s.split('-').collect()
    };
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let [y, m, d] = numbers.as_deref().unwrap_or_default() else {
        return Err(format!(
            "\"{s}\" is not a date; write YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY"
        ));
    };
    if parts[0].len() != 4 {
        return Err(format!(
            "\"{s}\" has no four-digit year; write YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY"
        ));
    }
    if !(1..=12).contains(m) {
        return Err(format!("\"{s}\" has no month {m}; months go from 1 to 12"));
    }
    NaiveDate::from_ymd_opt(*y as i32, *m, *d).ok_or_else(|| {
        let days = days_in_month(*y as i32, *m);
        let month = NaiveDate::from_ymd_opt(*y as i32, *m, 1)
            .map(|f| f.format("%B %Y").to_string())
            .unwrap_or_default();
        format!("\"{s}\" is not a real date: {month} has {days} days")
    })
}

/// [`parse`] of a trimmed ASCII cell, without allocating: for the millions of cells of a
/// large campaign. `None` when [`parse`] would refuse it (let it say why).
pub fn parse_ascii(b: &[u8]) -> Option<NaiveDate> {
    let sep = b.iter().copied().find(|c| *c == b'/' || *c == b'.');
    let slash = sep.is_some();
    let mut parts = b.split(|&c| c == sep.unwrap_or(b'-'));
    let mut numbers = [(0u32, 0usize); 3];
    for n in &mut numbers {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 4 || !p.iter().all(u8::is_ascii_digit) {
            return None;
        }
        *n = (
            p.iter().fold(0, |v, d| v * 10 + u32::from(d - b'0')),
            p.len(),
        );
    }
    if parts.next().is_some() {
        return None;
    }
    if slash {
        numbers.reverse();
    }
    let [(y, year_digits), (m, _), (d, _)] = numbers;
    if year_digits != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// Appends `date` as `NaiveDate` displays it (`YYYY-MM-DD`), without the formatter
/// for the four-digit years aqor reads.
pub fn push_iso(out: &mut Vec<u8>, date: NaiveDate) {
    let y = date.year();
    if !(0..=9999).contains(&y) {
        out.extend_from_slice(date.to_string().as_bytes());
        return;
    }
    let mut b = *b"0000-00-00";
    for (at, mut n, len) in [(0, y as u32, 4), (5, date.month(), 2), (8, date.day(), 2)] {
        for d in b[at..at + len].iter_mut().rev() {
            *d = b'0' + (n % 10) as u8;
            n /= 10;
        }
    }
    out.extend_from_slice(&b);
}

/// Serde reader for a date field: the same forms and messages as campaign cells.
pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    parse(&s).map_err(serde::de::Error::custom)
}

/// Serde reader for an optional date field.
pub fn deserialize_opt<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<NaiveDate>, D::Error> {
    let s = <Option<String> as serde::Deserialize>::deserialize(d)?;
    s.map(|s| parse(&s))
        .transpose()
        .map_err(serde::de::Error::custom)
}

/// The day a spreadsheet's serial number stands for, when a cell holds one (five digits,
/// 1982 to 2173): what a date column not formatted as dates exports.
fn excel_serial(s: &str) -> Option<NaiveDate> {
    if s.len() != 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = s.parse().ok()?;
    (30_000..=99_999)
        .contains(&n)
        .then(|| {
            NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(n as u64))
        })
        .flatten()
}

/// Today's date, as warnings about dates in the future compare with.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).map_or(31, |d| d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms() {
        let d = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
        assert_eq!(parse("2025-03-14"), Ok(d));
        assert_eq!(parse("14/03/2025"), Ok(d));
        assert_eq!(parse(" 14/3/2025 "), Ok(d));
        assert_eq!(parse("14.03.2025"), Ok(d));
        assert_eq!(parse_ascii(b"14.03.2025"), Some(d));
        assert_eq!(
            parse("29/02/2024"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
    }

    proptest::proptest! {
        #[test]
        fn iso_is_display(days in -1_000_000i32..4_000_000) {
            let d = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let mut out = Vec::new();
            push_iso(&mut out, d);
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), d.to_string());
        }

        #[test]
        fn ascii_reader_agrees(s in "[0-9/.-]{0,12}", d in 0u32..40, m in 0u32..14, y in 0u32..3000) {
            for s in [s, format!("{d}.{m}.{y:04}"), format!("{d}/{m}/{y:04}"), format!("{y:04}-{m:02}-{d}"), format!("{d:02}/{m}/{y}")] {
                let quick = parse_ascii(s.as_bytes());
                proptest::prop_assert!(quick.is_none() || quick == parse(&s).ok(), "{s}");
                if parse(&s).is_ok() {
                    proptest::prop_assert_eq!(quick, parse(&s).ok(), "{}", s);
                }
            }
        }
    }

    #[test]
    fn clear_errors() {
        assert_eq!(
            parse("2025-02-30").unwrap_err(),
            "\"2025-02-30\" is not a real date: February 2025 has 28 days"
        );
        assert_eq!(
            parse("31/04/2026").unwrap_err(),
            "\"31/04/2026\" is not a real date: April 2026 has 30 days"
        );
        assert!(parse("2025-13-01").unwrap_err().contains("no month 13"));
        assert!(parse("14/03/25").unwrap_err().contains("four-digit year"));
        assert!(parse("March 14").unwrap_err().contains("is not a date"));
        assert!(parse("2025-03").unwrap_err().contains("is not a date"));
        assert!(
            parse("45383")
                .unwrap_err()
                .contains("day number (2024-04-01)")
        );
    }
}
