//! How each language writes numbers, dates, quotes and plurals in texts people read.
//!
//! Human outputs (terminal, markdown, HTML, PDF) go through these; machine formats
//! (CSV, JSON, `--format github`) keep `62.2`, ISO dates and English.

use chrono::{Datelike, NaiveDate};

/// No-break space: before `%` and between groups of digits in Polish.
pub const NBSP: char = '\u{a0}';
/// Narrow no-break space: French before `: ; ? !`, inside « », between groups of digits.
pub const NNBSP: char = '\u{202f}';

/// The form of a counted word: 0 for one, 1 for a few (Polish) or many, 2 for many
/// (Polish). A catalogue writes as many forms as [`plural_forms`] says.
pub fn plural_index(n: u64, lang: &str) -> usize {
    match lang {
        // French counts 0 and 1 as singular ("0 ligne").
        "fr" => usize::from(n > 1),
        // Polish: 1 plik, 2–4 pliki (but 12–14 plików), 5+ plików.
        "pl" if n == 1 => 0,
        "pl" if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) => 1,
        "pl" => 2,
        _ => usize::from(n != 1),
    }
}

/// How many plural forms a language writes (Polish three, the others two).
pub fn plural_forms(lang: &str) -> usize {
    if lang == "pl" { 3 } else { 2 }
}

/// `forms` (one form per [`plural_index`]) picked for `n`; the last form when a
/// catalogue wrote fewer.
pub fn plural<'a>(n: u64, forms: &[&'a str], lang: &str) -> &'a str {
    let i = plural_index(n, lang).min(forms.len().saturating_sub(1));
    forms.get(i).copied().unwrap_or("")
}

/// True when the language writes `62,2` rather than `62.2`.
fn decimal_comma(lang: &str) -> bool {
    matches!(lang, "fr" | "it" | "es" | "pl")
}

/// A whole number with the language's grouping: `12,345` (en), `12 345` (fr, narrow
/// space; pl, no-break space), `12.345` (it, es). Polish and Spanish leave four digits
/// whole (`1000`).
pub fn integer(n: i64, lang: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        "fr" => Some(NNBSP),
        "pl" => Some(NBSP),
        "it" | "es" => Some('.'),
        _ => Some(','),
    }
    .filter(|_| digits.len() > 4 || !matches!(lang, "pl" | "es"));
    let mut out = String::with_capacity(digits.len() + 6);
    if n < 0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0
            && (digits.len() - i).is_multiple_of(3)
            && let Some(s) = sep
        {
            out.push(s);
        }
        out.push(d);
    }
    out
}

/// A decimal number with `decimals` digits after the language's decimal mark.
pub fn number(x: f64, decimals: usize, lang: &str) -> String {
    let s = format!("{x:.decimals$}");
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    let whole = whole
        .parse::<i64>()
        .map_or_else(|_| whole.to_string(), |w| integer(w, lang));
    // "-0" survives the integer round trip only as text.
    let whole = if s.starts_with("-0") && !whole.starts_with('-') {
        format!("-{whole}")
    } else {
        whole
    };
    if frac.is_empty() {
        whole
    } else {
        let mark = if decimal_comma(lang) { ',' } else { '.' };
        format!("{whole}{mark}{frac}")
    }
}

/// A percentage: `62.2%` (en), `62,2 %` with a no-break space (fr, it, es, pl).
pub fn percent(x: f64, decimals: usize, lang: &str) -> String {
    let n = number(x, decimals, lang);
    if decimal_comma(lang) {
        format!("{n}{NBSP}%")
    } else {
        format!("{n}%")
    }
}

/// Rewrites an already formatted `62.2` or `62.2%` (as the machine formats write it) in
/// the language's way; text that is not a number comes back unchanged.
pub fn localise_number(s: &str, lang: &str) -> String {
    let (n, pct) = match s.strip_suffix('%') {
        Some(n) => (n.trim_end(), true),
        None => (s, false),
    };
    let decimals = n.split_once('.').map_or(0, |(_, f)| f.len());
    match n.parse::<f64>() {
        Ok(x) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b"-.".contains(&b)) => {
            if pct {
                percent(x, decimals, lang)
            } else {
                number(x, decimals, lang)
            }
        }
        _ => s.to_string(),
    }
}

/// `text` with each `.` between two digits turned into the language's decimal mark
/// (`+2.5 ▲` → `+2,5 ▲`): for numbers already formatted for a table cell.
pub fn decimal_marks(text: &str, lang: &str) -> String {
    if !decimal_comma(lang) {
        return text.to_string();
    }
    let b = text.as_bytes();
    text.char_indices()
        .map(|(i, c)| {
            let between = c == '.'
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if between { ',' } else { c }
        })
        .collect()
}

const MONTHS: [[&str; 12]; 5] = [
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    // Polish writes the month in the genitive after a day: "9 kwietnia".
    [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
];

/// A date as people write it in a document: `9 avril 2026` (`1er avril` in French),
/// `9 kwietnia 2026`, `9 aprile 2026`, `9 de abril de 2026`, `9 April 2026`.
pub fn date(d: NaiveDate, lang: &str) -> String {
    let column = crate::lang::column(lang);
    let month = MONTHS[column][d.month0() as usize];
    let (day, year) = (d.day(), d.year());
    match lang {
        "fr" if day == 1 => format!("1er {month} {year}"),
        "es" => format!("{day} de {month} de {year}"),
        _ => format!("{day} {month} {year}"),
    }
}

/// `text` between the language's quotation marks: « text » (fr, with narrow no-break
/// spaces), «text» (it, es), „text” (pl), “text” (en).
pub fn quote(text: &str, lang: &str) -> String {
    match lang {
        "fr" => format!("«{NNBSP}{text}{NNBSP}»"),
        "it" | "es" => format!("«{text}»"),
        "pl" => format!("„{text}”"),
        _ => format!("“{text}”"),
    }
}

/// French puts a narrow no-break space before `: ; ? !`; this turns a plain space there
/// into one and adds one after a letter (`Langues: fr` → `Langues : fr`). Other
/// languages come back unchanged. For texts aqor writes, not for file names or ids.
pub fn punctuate(text: &str, lang: &str) -> String {
    if lang != "fr" {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    // Code between backticks (`format: aqor-grid/1`) is copied as it must be typed.
    let mut code = false;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        code ^= c == '`';
        let high = !code
            && (matches!(c, ';' | '?' | '!') || (c == ':' && next.is_none_or(char::is_whitespace)));
        if high {
            match out.chars().last() {
                Some(' ' | NBSP) => {
                    out.pop();
                    out.push(NNBSP);
                }
                Some(p) if p.is_alphanumeric() || matches!(p, ')' | '»' | '”' | '"' | '`') => {
                    out.push(NNBSP)
                }
                _ => {}
            }
        }
        out.push(c);
    }
    out
}

/// The `; ` between two clauses (`\u{202f}; ` in French).
pub fn semicolon(lang: &str) -> &'static str {
    if lang == "fr" { "\u{202f}; " } else { "; " }
}

/// `Label: value`, with the language's space before the colon (`Commentaire : …`).
pub fn labelled(label: &str, value: &str, lang: &str) -> String {
    format!("{} {value}", punctuate(&format!("{label}:"), lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_has_three_plural_forms() {
        let forms = ["plik", "pliki", "plików"];
        let said: Vec<&str> = [1, 2, 4, 5, 12, 14, 22, 25, 101, 0]
            .iter()
            .map(|n| plural(*n, &forms, "pl"))
            .collect();
        assert_eq!(
            said,
            [
                "plik", "pliki", "pliki", "plików", "plików", "plików", "pliki", "plików",
                "plików", "plików"
            ]
        );
        assert_eq!(plural(0, &["ligne", "lignes"], "fr"), "ligne");
        assert_eq!(plural(0, &["row", "rows"], "en"), "rows");
        assert_eq!(plural(1, &["riga", "righe"], "it"), "riga");
    }

    #[test]
    fn numbers_and_percentages() {
        assert_eq!(percent(62.2, 1, "fr"), "62,2\u{a0}%");
        assert_eq!(percent(62.2, 1, "en"), "62.2%");
        assert_eq!(percent(5.0, 0, "pl"), "5\u{a0}%");
        assert_eq!(number(-0.25, 2, "it"), "-0,25");
        assert_eq!(integer(1_234_567, "fr"), "1\u{202f}234\u{202f}567");
        assert_eq!(integer(1_234_567, "en"), "1,234,567");
        assert_eq!(integer(12_345, "es"), "12.345");
        assert_eq!(integer(1000, "pl"), "1000");
        assert_eq!(integer(1000, "fr"), "1\u{202f}000");
        assert_eq!(localise_number("62.2%", "fr"), "62,2\u{a0}%");
        assert_eq!(localise_number("3.50", "pl"), "3,50");
        assert_eq!(localise_number("n/a", "fr"), "n/a");
        assert_eq!(decimal_marks("+2.5 ▲", "pl"), "+2,5 ▲");
        assert_eq!(decimal_marks("62.5", "en"), "62.5");
    }

    #[test]
    fn dates_in_words() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 9).unwrap();
        assert_eq!(date(d, "fr"), "9 avril 2026");
        assert_eq!(date(d, "pl"), "9 kwietnia 2026");
        assert_eq!(date(d, "it"), "9 aprile 2026");
        assert_eq!(date(d, "es"), "9 de abril de 2026");
        assert_eq!(date(d, "en"), "9 April 2026");
        let first = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
        assert_eq!(date(first, "fr"), "1er mai 2026");
    }

    #[test]
    fn quotes_and_french_spaces() {
        assert_eq!(quote("Non engagé", "fr"), "«\u{202f}Non engagé\u{202f}»");
        assert_eq!(quote("x", "pl"), "„x”");
        assert_eq!(
            punctuate("Langues: fr ; vraiment ?", "fr"),
            "Langues\u{202f}: fr\u{202f}; vraiment\u{202f}?"
        );
        // Times, URLs and ids keep their colons.
        assert_eq!(punctuate("à 10:30, https://x", "fr"), "à 10:30, https://x");
        assert_eq!(punctuate("Langues: fr", "en"), "Langues: fr");
        // Code is written as it must be typed: no space slipped into a YAML key.
        assert_eq!(
            punctuate("commence par `format: aqor-grid/1`; ignoré", "fr"),
            "commence par `format: aqor-grid/1`\u{202f}; ignoré"
        );
        assert_eq!(labelled("Preuves", "x", "fr"), "Preuves\u{202f}: x");
        assert_eq!(labelled("Dowody", "x", "pl"), "Dowody: x");
    }
}
