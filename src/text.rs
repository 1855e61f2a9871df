//! Multilingual texts: grid content stays in its own languages, we only pick one to show.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A human text in one or more languages (`{fr: "…", en: "…"}`).
///
/// In a grid file a plain string means the grid's default language; the loader
/// stores it under that language, so after loading every key is a language code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

/// The key a plain string is parked under until the loader knows the default language.
pub(crate) const UNTAGGED: &str = "";

/// In files a text is either a plain string or a map language -> string.
impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A human text: a plain string (the grid's default language) or a map language -> string, e.g. {fr: \"…\", en: \"…\"}",
            "anyOf": [
                {"type": "string"},
                {"type": "object", "additionalProperties": {"type": "string"}}
            ]
        })
    }
}

/// Reads a string or a map in one pass (an untagged enum would buffer every text first).
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a text: a string, or a map language -> string such as {fr: \"…\", en: \"…\"}",
                )
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text(BTreeMap::from([(
                    UNTAGGED.to_string(),
                    s.to_string(),
                )])))
            }
            // A plain scalar such as `2024` or `yes` is still a text.
            fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<Text, E> {
                self.visit_str(&b.to_string())
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Text, E> {
                self.visit_str(&n.to_string())
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Text, E> {
                self.visit_str(&n.to_string())
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Text, E> {
                self.visit_str(&n.to_string())
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Text, A::Error> {
                let mut texts = BTreeMap::new();
                while let Some((lang, text)) = m.next_entry::<String, String>()? {
                    texts.insert(lang, text);
                }
                Ok(Text(texts))
            }
        }
        d.deserialize_any(TextVisitor)
    }
}

impl Text {
    /// A text in one language only.
    pub fn single(lang: &str, text: impl Into<String>) -> Self {
        Text(BTreeMap::from([(lang.to_string(), text.into())]))
    }

    /// The text in exactly `lang`, if the author wrote it.
    pub fn get(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    /// The text to show in `lang`, falling back to `default_lang`, then to any language.
    pub fn show<'a>(&'a self, lang: &str, default_lang: &str) -> &'a str {
        self.shown(lang, default_lang).0
    }

    /// [`Text::show`] with the language the shown text is written in (its typography
    /// is that language's, not the reader's, when the text falls back).
    pub fn shown<'a>(&'a self, lang: &str, default_lang: &str) -> (&'a str, &'a str) {
        [lang, default_lang]
            .into_iter()
            .find_map(|l| self.0.get_key_value(l))
            .or_else(|| self.0.iter().next())
            .map_or(("", ""), |(l, t)| (t.as_str(), l.as_str()))
    }

    /// Moves a plain-string text under the grid's default language.
    pub(crate) fn resolve_untagged(&mut self, default_lang: &str) {
        if let Some(s) = self.0.remove(UNTAGGED) {
            self.0.entry(default_lang.to_string()).or_insert(s);
        }
    }

    /// Languages this text is written in.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// `text` wrapped at word boundaries to `width` columns, line breaks kept; the first
/// line starts with `first`, the others with `rest` (a screen's guidance, a grid's
/// long `source:` on a page).
pub fn wrap(text: &str, first: &str, rest: &str, width: usize) -> String {
    let mut out = String::new();
    let mut prefix = first;
    for paragraph in text.lines() {
        let mut line = String::from(prefix);
        let mut empty = true;
        // No-break spaces (French `Réponse\u{202f}:`) hold their words together.
        let breaks =
            |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            if !empty && line.chars().count() + 1 + word.chars().count() > width {
                out.push_str(&line);
                out.push('\n');
                line = String::from(rest);
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        out.push_str(line.trim_end());
        out.push('\n');
        prefix = rest;
    }
    out
}

/// `s` as typed, with its control characters made visible (`\0`, `\t`, `\u{1b}`):
/// what a message quotes back to the person who typed it.
pub fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// A text as people may type it: lower case, without accents, blanks around it removed
/// and inner runs of blanks made one (`" Réalisé "`, `REALISE` and `réalisé` are one key).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            out.push(unaccented(c));
        }
    }
    out
}

/// The letter under a lower-case accented Latin letter (fr, it, es, pl, …).
fn unaccented(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ś' | 'š' => 's',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Typographic apostrophes typed by word processors.
        '’' | '‘' => '\'',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn case_accents_and_blanks() {
        assert_eq!(super::fold("  Réalisé "), "realise");
        assert_eq!(super::fold("NON  Applicable"), "non applicable");
        assert_eq!(super::fold("Nie rozpoczęto"), "nie rozpoczeto");
        assert_eq!(super::fold("ŻÓŁĆ"), "zolc");
    }
    #[test]
    fn control_characters_are_made_visible_and_the_rest_kept() {
        assert_eq!(super::visible("2\0\t«é»\"'"), "2\\0\\t«é»\"'");
    }
}
