//! Questions in a terminal, with `inquire`: arrow keys, type-ahead, Esc to go back.

use super::prompt::{Check, Interrupted, Item, Prompt, Reply, cleared};
use super::words::w;
use inquire::validator::Validation;
use inquire::{InquireError, MultiSelect, Select, Text};
use std::fmt;

/// The interactive terminal. Screens go to stderr, where inquire draws its prompts.
pub struct Tty {
    /// Language of the "Esc: back" note added to every help line.
    pub lang: String,
}

impl Tty {
    fn help(&self, help: &str) -> String {
        let esc = w("esc_back", &self.lang);
        if help.is_empty() {
            esc.to_string()
        } else {
            format!("{help} · {esc}")
        }
    }
}

/// An item as a list shows it: the key in a column, then the label.
struct Row<'a> {
    item: &'a Item,
    width: usize,
}

impl fmt::Display for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:<w$}  {}",
            self.item.key,
            self.item.label,
            w = self.width
        )
    }
}

fn rows(items: &[Item]) -> Vec<Row<'_>> {
    let width = items
        .iter()
        .map(|i| i.key.chars().count())
        .max()
        .unwrap_or(0);
    items.iter().map(|item| Row { item, width }).collect()
}

/// Typing a key puts its item first: exact key, then key prefix, then label words.
fn score(input: &str, row: &Row, _: &str, _: usize) -> Option<i64> {
    let input = input.trim().to_lowercase();
    let key = row.item.key.to_lowercase();
    if input.is_empty() {
        Some(0)
    } else if key == input {
        Some(3)
    } else if key.starts_with(&input) {
        Some(2)
    } else {
        row.item.label.to_lowercase().contains(&input).then_some(1)
    }
}

/// Highest score first, list order kept among equals (inquire's default sort is unstable).
fn sort(options: &mut [(usize, i64)]) {
    options.sort_by_key(|(_, s)| std::cmp::Reverse(*s));
}

fn reply<T>(r: Result<T, InquireError>) -> anyhow::Result<Reply<T>> {
    match r {
        Ok(v) => Ok(Reply::Given(v)),
        Err(InquireError::OperationCanceled) => Ok(Reply::Back),
        Err(InquireError::OperationInterrupted) => Err(Interrupted.into()),
        Err(e) => Err(e.into()),
    }
}

impl Prompt for Tty {
    fn show(&mut self, text: &str) {
        eprintln!("{text}");
    }

    fn select(
        &mut self,
        question: &str,
        items: &[Item],
        start: usize,
        help: &str,
    ) -> anyhow::Result<Reply<usize>> {
        let picked = Select::new(question, rows(items))
            .with_starting_cursor(start.min(items.len().saturating_sub(1)))
            .with_page_size(items.len().clamp(1, 15))
            .with_scorer(&score)
            .with_sorter(&sort)
            .with_help_message(&self.help(help))
            .raw_prompt();
        reply(picked.map(|o| o.index))
    }

    fn text(
        &mut self,
        question: &str,
        initial: &str,
        help: &str,
        check: Check,
    ) -> anyhow::Result<Reply<String>> {
        let validator = move |s: &str| {
            Ok(match check(cleared(s)) {
                Ok(()) => Validation::Valid,
                Err(m) => Validation::Invalid(m.into()),
            })
        };
        // A value already given is the default: Enter keeps it, typing replaces it.
        let help = if initial.is_empty() {
            self.help(help)
        } else {
            self.help(&format!("{help} · {}", w("keep_or_clear", &self.lang)))
        };
        let mut prompt = Text::new(question)
            .with_validator(validator)
            .with_help_message(&help);
        if !initial.is_empty() {
            prompt = prompt.with_default(initial);
        }
        reply(prompt.prompt().map(|s| cleared(&s).to_string()))
    }

    fn multi(
        &mut self,
        question: &str,
        items: &[Item],
        chosen: &[usize],
        help: &str,
    ) -> anyhow::Result<Reply<Vec<usize>>> {
        let picked = MultiSelect::new(question, rows(items))
            .with_default(chosen)
            .with_page_size(items.len().clamp(1, 15))
            .with_help_message(&self.help(help))
            .raw_prompt();
        reply(picked.map(|v| v.into_iter().map(|o| o.index).collect()))
    }
}
