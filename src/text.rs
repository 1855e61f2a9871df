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

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Plain(String),
            ByLanguage(BTreeMap<String, String>),
        }
        let raw = Raw::deserialize(d).map_err(|_| {
            serde::de::Error::custom(
                "expected a text: a string, or a map language -> string such as {fr: \"…\", en: \"…\"}",
            )
        })?;
        Ok(match raw {
            Raw::Plain(s) => Text(BTreeMap::from([(UNTAGGED.to_string(), s)])),
            Raw::ByLanguage(m) => Text(m),
        })
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
        self.get(lang)
            .or_else(|| self.get(default_lang))
            .or_else(|| self.0.values().next().map(String::as_str))
            .unwrap_or("")
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
