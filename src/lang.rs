//! The languages aqor speaks, in the order of every catalogue's columns: the one
//! thing both the word catalogues ([`crate::i18n`]) and the typography of each
//! language ([`crate::typography`]) need to know.

/// The languages aqor's own words are written in, in catalogue column order.
pub const LANGUAGES: [&str; 5] = ["en", "fr", "it", "es", "pl"];

/// The catalogue column of `lang` (English's for a language aqor does not speak).
pub fn column(lang: &str) -> usize {
    LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0)
}

/// `lang` as one of [`LANGUAGES`] when aqor speaks it (a language read from the environment).
pub fn spoken(lang: &str) -> Option<&'static str> {
    LANGUAGES.iter().copied().find(|l| *l == lang)
}
