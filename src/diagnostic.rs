//! Findings about an input file, each pinned to a file, line and column.

use crate::i18n::{MESSAGES, Message};
use serde::Serialize;
use std::fmt;

/// A place in a text file, 1-based (0 means "the file as a whole").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub const fn new(line: u32, col: u32) -> Self {
        Pos { line, col }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a file: what is wrong, where, and (often) what would be right.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub line: u32,
    pub col: u32,
    /// What is wrong, in English (the JSON and `--format github` reports keep it).
    pub message: String,
    /// The same sentence for a reader of another language, when the finding was built
    /// from a catalogue ([`Diagnostic::said`]).
    #[serde(skip)]
    pub words: Option<Box<Message>>,
    /// The kind of finding (`unknown-key`, `id-grammar`…): a stable name CI tools
    /// group and filter by (SARIF rule ids, JUnit test names).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
}

impl Diagnostic {
    /// A finding's sentence always comes from a catalogue ([`Diagnostic::said`]): there
    /// is no way to build one from an English string.
    fn new(severity: Severity, file: &str, at: Pos, message: String) -> Self {
        Diagnostic {
            severity,
            file: file.to_string(),
            line: at.line,
            col: at.col,
            message,
            words: None,
            code: None,
        }
    }

    /// The same finding, of kind `code`.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    /// A finding whose sentence comes from a catalogue, said in the reader's language.
    pub fn said(severity: Severity, file: &str, at: Pos, words: Message) -> Self {
        Diagnostic {
            words: Some(Box::new(words.clone())),
            ..Self::new(severity, file, at, words.to_string())
        }
    }

    /// `file:line:col: error: …` in `lang`.
    pub fn say(&self, lang: &str) -> String {
        self.sentence().say(lang)
    }

    /// The finding as one sentence with its place and kind (`file:line:col: error: …`),
    /// to be said later in the reader's language.
    pub fn sentence(&self) -> Message {
        let text: crate::i18n::Arg = match &self.words {
            Some(m) => (**m).clone().into(),
            None => self.message.as_str().into(),
        };
        let key = match self.severity {
            Severity::Error => "at_error",
            Severity::Warning => "at_warning",
        };
        let place = format!("{}:{}:{}", self.file, self.line, self.col);
        crate::msg!(MESSAGES, key, place = place, text = text)
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {kind}: {}",
            self.file, self.line, self.col, self.message
        )?;
        match self.code {
            Some(code) => write!(f, " [{code}]"),
            None => Ok(()),
        }
    }
}

/// "did you mean `x`?" for a misspelt name, when one candidate is close enough.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(name, c), c))
        .filter(|(s, _)| *s > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}
