//! Dates as people and spreadsheets write them: `YYYY-MM-DD`, or `DD/MM/YYYY` and
//! `DD.MM.YYYY` in Europe.

use crate::i18n::{Catalogue, Message};
use crate::msg;
use chrono::{Datelike, NaiveDate};

/// Reads `2025-03-14`, `14/03/2025` or `14.03.2025` (also `4/3/2025`); the error says
/// what is wrong (an Excel serial number such as `45383` is named as one).
pub fn parse(s: &str) -> Result<NaiveDate, Message> {
    let s = s.trim();
    if let Some(day) = excel_serial(s) {
        return Err(msg!(WORDS, "serial", typed = s, day = day.to_string()));
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
        return Err(msg!(WORDS, "not_a_date", typed = s));
    };
    if parts[0].len() != 4 {
        return Err(msg!(WORDS, "no_year", typed = s));
    }
    if !(1..=12).contains(m) {
        return Err(msg!(WORDS, "no_month", typed = s, month = *m));
    }
    NaiveDate::from_ymd_opt(*y as i32, *m, *d).ok_or_else(|| {
        msg!(
            WORDS,
            "not_real",
            typed = s,
            month = Message::new(WORDS, MONTHS[*m as usize - 1]),
            year = y.to_string(),
            days = days_in_month(*y as i32, *m)
        )
    })
}

/// Keys of the months' names, as a calendar heads them.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The warning for an assessment dated after today.
pub fn future(date: NaiveDate) -> Message {
    msg!(WORDS, "future_date", date = date.to_string())
}

/// What is wrong with a date (en, fr, it, es, pl).
pub const WORDS: Catalogue = &[
    (
        "future_date",
        [
            "{date} is in the future; is the year right?",
            "{date} est dans le futur\u{202f}; l’année est-elle juste\u{202f}?",
            "{date} è nel futuro; l’anno è giusto?",
            "{date} está en el futuro; ¿es correcto el año?",
            "{date} to data w przyszłości; czy rok jest poprawny?",
        ],
    ),
    (
        "serial",
        [
            "{typed:q} is a spreadsheet's day number ({day}), not a date; format the column as a date (YYYY-MM-DD) before saving the CSV",
            "{typed:q} est un numéro de jour de tableur ({day}), pas une date\u{202f}; mettez la colonne au format date (AAAA-MM-JJ) avant d’enregistrer le CSV",
            "{typed:q} è il numero di giorno di un foglio di calcolo ({day}), non una data; formattate la colonna come data (AAAA-MM-GG) prima di salvare il CSV",
            "{typed:q} es el número de día de una hoja de cálculo ({day}), no una fecha; den a la columna formato de fecha (AAAA-MM-DD) antes de guardar el CSV",
            "{typed:q} to numer dnia arkusza kalkulacyjnego ({day}), a nie data; sformatuj kolumnę jako datę (RRRR-MM-DD) przed zapisaniem CSV",
        ],
    ),
    (
        "not_a_date",
        [
            "{typed:q} is not a date; write YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY",
            "{typed:q} n’est pas une date\u{202f}; écrivez AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA",
            "{typed:q} non è una data; scrivete AAAA-MM-GG, GG/MM/AAAA o GG.MM.AAAA",
            "{typed:q} no es una fecha; escriban AAAA-MM-DD, DD/MM/AAAA o DD.MM.AAAA",
            "{typed:q} nie jest datą; wpiszcie RRRR-MM-DD, DD/MM/RRRR lub DD.MM.RRRR",
        ],
    ),
    (
        "no_year",
        [
            "{typed:q} has no four-digit year; write YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY",
            "{typed:q} n’a pas d’année à quatre chiffres\u{202f}; écrivez AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA",
            "{typed:q} non ha un anno di quattro cifre; scrivete AAAA-MM-GG, GG/MM/AAAA o GG.MM.AAAA",
            "{typed:q} no tiene un año de cuatro cifras; escriban AAAA-MM-DD, DD/MM/AAAA o DD.MM.AAAA",
            "{typed:q} nie ma czterocyfrowego roku; wpiszcie RRRR-MM-DD, DD/MM/RRRR lub DD.MM.RRRR",
        ],
    ),
    (
        "no_month",
        [
            "{typed:q} has no month {month}; months go from 1 to 12",
            "{typed:q} n’a pas de mois {month}\u{202f}; les mois vont de 1 à 12",
            "{typed:q} non ha un mese {month}; i mesi vanno da 1 a 12",
            "{typed:q} no tiene mes {month}; los meses van del 1 al 12",
            "{typed:q} nie ma miesiąca {month}; miesiące mają numery od 1 do 12",
        ],
    ),
    (
        "not_real",
        [
            "{typed:q} is not a real date: {month} {year} has {days} days",
            "{typed:q} n’est pas une date réelle\u{202f}: {month} {year} a {days} jours",
            "{typed:q} non è una data reale: {month} {year} ha {days} giorni",
            "{typed:q} no es una fecha real: {month} de {year} tiene {days} días",
            "{typed:q} nie jest prawdziwą datą: {month} {year} ma {days} dni",
        ],
    ),
    (
        "january",
        ["January", "janvier", "gennaio", "enero", "styczeń"],
    ),
    (
        "february",
        ["February", "février", "febbraio", "febrero", "luty"],
    ),
    ("march", ["March", "mars", "marzo", "marzo", "marzec"]),
    ("april", ["April", "avril", "aprile", "abril", "kwiecień"]),
    ("may", ["May", "mai", "maggio", "mayo", "maj"]),
    ("june", ["June", "juin", "giugno", "junio", "czerwiec"]),
    ("july", ["July", "juillet", "luglio", "julio", "lipiec"]),
    ("august", ["August", "août", "agosto", "agosto", "sierpień"]),
    (
        "september",
        [
            "September",
            "septembre",
            "settembre",
            "septiembre",
            "wrzesień",
        ],
    ),
    (
        "october",
        ["October", "octobre", "ottobre", "octubre", "październik"],
    ),
    (
        "november",
        ["November", "novembre", "novembre", "noviembre", "listopad"],
    ),
    (
        "december",
        ["December", "décembre", "dicembre", "diciembre", "grudzień"],
    ),
];

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
        let said = |s: &str| parse(s).unwrap_err().to_string();
        assert_eq!(
            said("2025-02-30"),
            "“2025-02-30” is not a real date: February 2025 has 28 days"
        );
        assert_eq!(
            said("31/04/2026"),
            "“31/04/2026” is not a real date: April 2026 has 30 days"
        );
        assert_eq!(
            parse("31/04/2026").unwrap_err().say("pl"),
            "„31/04/2026” nie jest prawdziwą datą: kwiecień 2026 ma 30 dni"
        );
        assert!(said("2025-13-01").contains("no month 13"));
        assert!(said("14/03/25").contains("four-digit year"));
        assert!(said("March 14").contains("is not a date"));
        assert!(said("2025-03").contains("is not a date"));
        assert!(said("45383").contains("day number (2024-04-01)"));
    }
}
