//! The few kinds of question `aqor assess` asks, behind a trait so the flow runs
//! without a terminal (scripted in unit tests, line by line with `--plain`).

/// One entry of a choice list: what the user may type, and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub key: String,
    pub label: String,
}

impl Item {
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> Self {
        Item {
            key: key.into(),
            label: label.into(),
        }
    }
}

/// An answer to a question, or "go back" (Esc).
#[derive(Debug, Clone, PartialEq)]
pub enum Reply<T> {
    Given(T),
    Back,
}

/// The user stopped the session (Ctrl-C, end of input): everything given is already saved.
#[derive(Debug, thiserror::Error)]
#[error("interrupted")]
pub struct Interrupted;

/// A text typed as "empty this": Enter alone keeps the value shown.
pub const CLEAR: &str = "-";

/// A typed text with `CLEAR` read as empty.
pub fn cleared(typed: &str) -> &str {
    if typed.trim() == CLEAR { "" } else { typed }
}

/// Checks a typed text: `Err(message)` asks again, showing the message.
pub type Check<'a> = &'a dyn Fn(&str) -> Result<(), String>;

/// Asks questions and shows screens. Errors other than `Interrupted` are I/O failures.
pub trait Prompt {
    /// Shows a block of text (a screen, a note).
    fn show(&mut self, text: &str);

    /// One item of `items`, by index; the cursor starts at `start`.
    fn select(
        &mut self,
        question: &str,
        items: &[Item],
        start: usize,
        help: &str,
    ) -> anyhow::Result<Reply<usize>>;

    /// A line of text; Enter alone keeps `initial`, `-` empties it; accepted once `check` passes.
    fn text(
        &mut self,
        question: &str,
        initial: &str,
        help: &str,
        check: Check,
    ) -> anyhow::Result<Reply<String>>;

    /// Any number of `items`, by index; `chosen` are ticked at first.
    fn multi(
        &mut self,
        question: &str,
        items: &[Item],
        chosen: &[usize],
        help: &str,
    ) -> anyhow::Result<Reply<Vec<usize>>>;
}

/// Accepts any text.
pub fn anything(_: &str) -> Result<(), String> {
    Ok(())
}

impl<T> Reply<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Reply<U> {
        match self {
            Reply::Given(v) => Reply::Given(f(v)),
            Reply::Back => Reply::Back,
        }
    }
}
