//! The few kinds of question `aqor assess` asks, behind a trait so the flow runs
//! without a terminal (scripted in unit tests, line by line with `--plain`).

use super::screen::Head;

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

    /// One item of `items`, by index; the cursor starts at `start`. With `None` nothing
    /// is preselected and Enter alone answers nothing: it says how to skip and asks again.
    fn select(
        &mut self,
        question: &str,
        items: &[Item],
        start: Option<usize>,
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

    /// Like `text`, with `initial` already typed in, to be edited (where the terminal can).
    fn edit(
        &mut self,
        question: &str,
        initial: &str,
        help: &str,
        check: Check,
    ) -> anyhow::Result<Reply<String>> {
        self.text(question, initial, help, check)
    }

    /// Shows a screen (an indicator, the review): a full-screen terminal keeps `head`
    /// at the top of the questions that follow, folded to its size; where lines just
    /// follow each other, `full` is shown once.
    fn screen(&mut self, head: &Head, full: &str) {
        let _ = head;
        self.show(full)
    }

    /// Keeps `head` at the top of the questions that follow (a full-screen terminal),
    /// without showing anything new where lines follow each other.
    fn head(&mut self, head: &Head) {
        let _ = head;
    }

    /// Shows a long text the user reads at leisure (a pager), then comes back.
    fn page(&mut self, text: &str) -> anyhow::Result<()> {
        self.show(text);
        Ok(())
    }

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
