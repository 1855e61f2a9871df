//! UI words in the languages aqor speaks (fr, en, it, es, pl); grid texts come from grids.
//!
//! Each part of aqor keeps its own small catalogue next to its code (a `Catalogue`
//! constant) and looks words up through `tr`, so adding a word never touches another
//! part's file. Unknown languages fall back to English.
//!
//! Sentences with values in them are [`Message`]s (`msg!(CAT, "key", file = path)`):
//! the library builds them, the CLI says them in the reader's language. A catalogue
//! text names its values `{file}`, quotes one in the language's marks with `{id:q}`,
//! and picks a counted word's form with `{n|row|rows}` (Polish writes three forms).
//! See docs/languages.md.

use crate::lang::{LANGUAGES, column};
use crate::typography;
use chrono::NaiveDate;
use std::fmt;

/// Rows of (key, [en, fr, it, es, pl]).
pub type Catalogue = &'static [(&'static str, [&'static str; 5])];

/// The word for `key` in `lang` (English when the language is unknown; empty when
/// the key is, which each catalogue's tests catch).
pub fn tr(catalogue: Catalogue, key: &str, lang: &str) -> &'static str {
    catalogue
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("", |(_, words)| words[column(lang)])
}

/// A part's word: its own catalogue first, then the words every report shares.
pub fn word(own: Catalogue, key: &str, lang: &str) -> &'static str {
    match tr(own, key, lang) {
        "" => tr(COMMON, key, lang),
        w => w,
    }
}

/// Words every report shares.
pub const COMMON: Catalogue = &[
    (
        "structure",
        [
            "Structure",
            "Structure",
            "Struttura",
            "Estructura",
            "Podmiot",
        ],
    ),
    (
        "structure_id",
        [
            "Structure id",
            "Identifiant",
            "Identificativo",
            "Identificador",
            "Identyfikator",
        ],
    ),
    ("network", ["Network", "Réseau", "Rete", "Red", "Sieć"]),
    ("date", ["Date", "Date", "Data", "Fecha", "Data"]),
    (
        "assessor",
        [
            "Assessor",
            "Évaluateur",
            "Valutatore",
            "Evaluador",
            "Oceniający",
        ],
    ),
    (
        "overall",
        ["Overall", "Global", "Complessivo", "Global", "Ogółem"],
    ),
    (
        "coverage",
        [
            "Coverage",
            "Couverture",
            "Copertura",
            "Cobertura",
            "Pokrycie",
        ],
    ),
    (
        "criterion",
        ["Criterion", "Critère", "Criterio", "Criterio", "Kryterium"],
    ),
    (
        "indicator",
        [
            "Indicator",
            "Indicateur",
            "Indicatore",
            "Indicador",
            "Wskaźnik",
        ],
    ),
    ("level", ["Level", "Niveau", "Livello", "Nivel", "Poziom"]),
    (
        "target",
        ["Target", "Cible", "Obiettivo", "Objetivo", "Cel"],
    ),
    ("gap", ["Gap", "Écart", "Scarto", "Brecha", "Luka"]),
    (
        "priority",
        ["Priority", "Priorité", "Priorità", "Prioridad", "Priorytet"],
    ),
    (
        "score",
        ["Score", "Score", "Punteggio", "Puntuación", "Wynik"],
    ),
    (
        "recognition",
        [
            "Recognition",
            "Reconnaissance",
            "Riconoscimento",
            "Reconocimiento",
            "Uznanie",
        ],
    ),
    (
        "met",
        ["met", "atteint", "raggiunto", "alcanzado", "spełnione"],
    ),
    (
        "not_met",
        [
            "not met",
            "non atteint",
            "non raggiunto",
            "no alcanzado",
            "niespełnione",
        ],
    ),
    (
        "na",
        [
            "not applicable",
            "non applicable",
            "non applicabile",
            "no aplicable",
            "nie dotyczy",
        ],
    ),
    (
        "unanswered",
        [
            "unanswered",
            "sans réponse",
            "senza risposta",
            "sin respuesta",
            "bez odpowiedzi",
        ],
    ),
    ("mean", ["Mean", "Moyenne", "Media", "Media", "Średnia"]),
    (
        "median",
        ["Median", "Médiane", "Mediana", "Mediana", "Mediana"],
    ),
    ("min", ["Min", "Min", "Min", "Mín", "Min"]),
    ("max", ["Max", "Max", "Max", "Máx", "Maks"]),
];

/// A value in a [`Message`], written the way the reader's language writes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as given: a file name, an id, a text from a file.
    Text(String),
    /// A count: grouped digits, and the number that picks `{n|one|many}` forms.
    Count(i64),
    /// A decimal number with this many digits after the mark.
    Number(f64, usize),
    /// A percentage with this many decimals.
    Percent(f64, usize),
    /// A date in words (`9 avril 2026`).
    Date(NaiveDate),
    /// A grid text, shown in the reader's language or else the grid's default one.
    Texts(crate::text::Text, String),
    /// A sentence inside the sentence, said in the same language.
    Said(Box<Message>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Self {
        Arg::Text(p.display().to_string())
    }
}
impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Self {
        Arg::Text(p.display().to_string())
    }
}
impl From<std::path::Display<'_>> for Arg {
    fn from(p: std::path::Display<'_>) -> Self {
        Arg::Text(p.to_string())
    }
}
macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Count(i64::from(n))
            }
        }
    )*};
}
count_from!(i64, u32, i32, u8);
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Self {
        Arg::Date(d)
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Said(Box::new(m))
    }
}

/// A sentence for a person: a catalogue key and its values, worded only when the
/// reader's language is known ([`Message::say`]). `Display` says it in English, the
/// language of machine formats (JSON, `--format github`).
#[derive(Clone, PartialEq)]
pub struct Message {
    catalogue: Catalogue,
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// Builds a [`Message`]: `msg!(CATALOGUE, "key", name = value, …)`; a value is anything
/// that converts into an [`Arg`] (text, path, count, date, another message).
#[macro_export]
macro_rules! msg {
    ($catalogue:expr, $key:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($catalogue, $key)
            $(.arg(stringify!($name), $value))*
    };
}

impl Message {
    pub fn new(catalogue: Catalogue, key: &'static str) -> Self {
        Message {
            catalogue,
            key,
            args: Vec::new(),
        }
    }

    /// Adds the value a catalogue text names `{name}`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The catalogue key, for tests and for callers that branch on the kind.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The value given as `name`.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The sentence in `lang` (English for a language aqor does not speak).
    pub fn say(&self, lang: &str) -> String {
        let template = tr(self.catalogue, self.key, lang);
        if template.is_empty() {
            // A key missing from its catalogue is a bug the catalogue tests catch;
            // still say something a person can report.
            return format!("[{}]", self.key);
        }
        fill(template, lang, |name| self.get(name))
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Message")
            .field("key", &self.key)
            .field("args", &self.args)
            .finish()
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say("en"))
    }
}

impl std::error::Error for Message {}

/// Machine formats (JSON) write a message in English, as its `Display` does.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.say("en"))
    }
}

/// A value as `lang` writes it.
fn show(arg: &Arg, lang: &str) -> String {
    match arg {
        Arg::Text(s) => s.clone(),
        Arg::Count(n) => typography::integer(*n, lang),
        Arg::Number(x, d) => typography::number(*x, *d, lang),
        Arg::Percent(x, d) => typography::percent(*x, *d, lang),
        Arg::Date(d) => typography::date(*d, lang),
        Arg::Texts(t, default) => t.show(lang, default).to_string(),
        Arg::Said(m) => m.say(lang),
    }
}

/// Fills a catalogue text's `{name}`, `{name:q}` and `{name|form|form}` places;
/// `{{` and `}}` are braces.
fn fill<'a>(template: &str, lang: &str, value: impl Fn(&str) -> Option<&'a Arg>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        let Some(end) = tail.find('}').filter(|_| tail.starts_with('{')) else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
            continue;
        };
        let place = &tail[1..end];
        rest = &tail[end + 1..];
        let (name, forms) = place.split_once('|').unwrap_or((place, ""));
        let (name, quoted) = match name.strip_suffix(":q") {
            Some(n) => (n, true),
            None => (name, false),
        };
        let arg = value(name);
        if !forms.is_empty() {
            let n = match arg {
                Some(Arg::Count(n)) => n.unsigned_abs(),
                _ => 0,
            };
            let forms: Vec<&str> = forms.split('|').collect();
            out.push_str(typography::plural(n, &forms, lang));
        } else if let Some(arg) = arg {
            let s = show(arg, lang);
            if quoted {
                out.push_str(&typography::quote(&s, lang));
            } else {
                out.push_str(&s);
            }
        } else {
            // A value the caller forgot: visible, never a panic.
            out.push_str(&tail[..end + 1]);
        }
    }
    out.push_str(rest);
    out
}

/// The names a catalogue text's places use (plural places included), sorted.
pub fn places(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.split_once('}').map(|(place, _)| place))
        .map(|p| p.split('|').next().unwrap_or(p).trim_end_matches(":q"))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// What is wrong with a catalogue: a word missing in a language, a key twice, a value
/// named in one language and not another, a count with the wrong number of forms, a
/// French text without its space before `: ; ? !`. Empty when all is well.
pub fn problems(name: &str, catalogue: &[(&str, [&str; 5])]) -> Vec<String> {
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (key, words) in catalogue {
        if !seen.insert(*key) {
            found.push(format!("{name}: key `{key}` is there twice"));
        }
        let english = places(words[0]);
        for (lang, word) in LANGUAGES.iter().zip(words) {
            if word.trim().is_empty() {
                found.push(format!("{name}: `{key}` has no {lang} text"));
                continue;
            }
            if places(word) != english {
                found.push(format!(
                    "{name}: `{key}` in {lang} names {:?}, in en {english:?}",
                    places(word)
                ));
            }
            for place in word.split('{').skip(1).filter_map(|p| p.split_once('}')) {
                let forms = place.0.split('|').count() - 1;
                if forms > 0 && forms != typography::plural_forms(lang) {
                    found.push(format!(
                        "{name}: `{key}` in {lang} has {forms} plural forms, not {}",
                        typography::plural_forms(lang)
                    ));
                }
            }
            if matches!(*lang, "fr" | "it") && straight_apostrophe(word) {
                found.push(format!(
                    "{name}: `{key}` in {lang} has a straight apostrophe; write ’ (\"{word}\")"
                ));
            }
            if *lang == "fr" && typography::punctuate(word, "fr") != *word {
                found.push(format!(
                    "{name}: `{key}` in fr lacks a narrow no-break space before : ; ? or ! \
                     (\"{}\")",
                    typography::punctuate(word, "fr")
                ));
            }
        }
    }
    found
}

/// An elision written with `'` (`l'indicateur`) where French and Italian print `’`;
/// code between backticks is left as it must be typed.
fn straight_apostrophe(text: &str) -> bool {
    text.split('`').step_by(2).any(|prose| {
        let chars: Vec<char> = prose.chars().collect();
        chars
            .windows(3)
            .any(|w| w[1] == '\'' && w[0].is_alphabetic() && w[2].is_alphabetic())
    })
}

/// Sentences of the library's errors and findings (see [`Message`]).
pub const MESSAGES: Catalogue = &[
    (
        "at_error",
        [
            "{place}: error: {text}",
            "{place}\u{202f}: erreur\u{202f}: {text}",
            "{place}: errore: {text}",
            "{place}: error: {text}",
            "{place}: błąd: {text}",
        ],
    ),
    (
        "at_warning",
        [
            "{place}: warning: {text}",
            "{place}\u{202f}: avertissement\u{202f}: {text}",
            "{place}: avviso: {text}",
            "{place}: aviso: {text}",
            "{place}: ostrzeżenie: {text}",
        ],
    ),
    (
        "system_error",
        [
            "system error: {what}",
            "erreur du système\u{202f}: {what}",
            "errore di sistema: {what}",
            "error del sistema: {what}",
            "błąd systemu: {what}",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_and_falls_back_to_english() {
        assert_eq!(tr(COMMON, "coverage", "pl"), "Pokrycie");
        assert_eq!(tr(COMMON, "coverage", "de"), "Coverage");
        assert_eq!(tr(COMMON, "no-such-key", "fr"), "");
    }

    const TEST: Catalogue = &[
        (
            "rows",
            [
                "{n} {n|row|rows} in {file:q}",
                "{n} {n|ligne|lignes} dans {file:q}",
                "{n} {n|riga|righe} in {file:q}",
                "{n} {n|fila|filas} en {file:q}",
                "{n} {n|wiersz|wiersze|wierszy} w {file:q}",
            ],
        ),
        (
            "braces",
            [
                "{{x}} {y}",
                "{{x}} {y}",
                "{{x}} {y}",
                "{{x}} {y}",
                "{{x}} {y}",
            ],
        ),
    ];

    #[test]
    fn messages_fill_counts_quotes_and_forms() {
        let m = msg!(TEST, "rows", n = 22usize, file = "a.csv");
        assert_eq!(m.say("pl"), "22 wiersze w „a.csv”");
        assert_eq!(m.say("fr"), "22 lignes dans «\u{202f}a.csv\u{202f}»");
        assert_eq!(m.to_string(), "22 rows in “a.csv”");
        let m = msg!(TEST, "rows", n = 1_500usize, file = "b");
        assert_eq!(m.say("en"), "1,500 rows in “b”");
        assert_eq!(m.say("it"), "1.500 righe in «b»");
        // A forgotten value stays visible; braces are braces.
        assert_eq!(msg!(TEST, "braces").say("en"), "{x} {y}");
        assert_eq!(msg!(TEST, "no-such").say("en"), "[no-such]");
    }

    #[test]
    fn problems_name_what_is_missing() {
        const BAD: Catalogue = &[
            ("a", ["{n} file", "{n} fichier", "", "{m} x", "{n|a|b} y"]),
            ("b", ["Language: x", "Langue: x", "L: x", "L: x", "L: x"]),
            ("c", ["it's", "l'id `a'b`", "l’id `it's`", "x", "y"]),
        ];
        let p = problems("BAD", BAD);
        assert_eq!(p.len(), 5, "{p:#?}");
        assert!(p[0].contains("no it text"));
        assert!(p[1].contains("in es names"));
        assert!(p[2].contains("2 plural forms, not 3"));
        assert!(p[3].contains("narrow no-break space"));
        assert!(p[4].contains("`c` in fr has a straight apostrophe"));
    }
}
