//! Questions in a terminal: lists (`list`) and texts (`line`) under the head of the
//! indicator they are about (`term`), the profiles ticked with inquire; Esc goes back.

use super::line::Ask;
use super::list::Pick;
use super::prompt::{Check, Interrupted, Item, Prompt, Reply, cleared};
use super::screen::Head;
use super::term::{self, Above};
use super::words::w;
use inquire::{InquireError, MultiSelect};
use std::fmt;

/// The interactive terminal: screens and questions on stderr.
pub struct Tty {
    /// Language of the "Esc: back" note added to every help line.
    lang: String,
    /// The top of the screen the questions are asked under; none during the first
    /// questions, which follow each other inline.
    head: Option<Head>,
    /// Notes shown under the head until the next one (those shown before the first head
    /// stay under it: clearing the terminal must not hide them).
    notes: Vec<String>,
}

impl Tty {
    pub fn new(lang: &str) -> Self {
        Tty {
            lang: lang.to_string(),
            head: None,
            notes: Vec::new(),
        }
    }

    /// A question's help with "Esc: back" after it.
    fn help(&self, help: &str) -> String {
        let esc = w("esc_back", &self.lang);
        if help.is_empty() {
            esc.to_string()
        } else {
            format!("{help} · {esc}")
        }
    }

    fn above(&self) -> Above<'_> {
        Above {
            head: self.head.as_ref(),
            notes: &self.notes,
        }
    }
}

/// Shows `text` in the user's pager (`$PAGER`, else `less`), which scrolls and follows
/// the terminal's size; an error when there is none.
fn pager(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let pager = std::env::var("PAGER")
        .ok()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "less".to_string());
    let mut words = pager.split_whitespace();
    let program = words.next().unwrap_or("less");
    let mut child = Command::new(program)
        .args(words)
        .env("LESS", "-R")
        .env("LESSCHARSET", "utf-8")
        .stdin(Stdio::piped())
        .spawn()?;
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(text.as_bytes());
    }
    child.wait()?;
    Ok(())
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
        self.notes.push(text.trim().to_string());
        eprintln!("{text}");
    }

    fn select(
        &mut self,
        question: &str,
        items: &[Item],
        start: Option<usize>,
        help: &str,
    ) -> anyhow::Result<Reply<usize>> {
        let help = self.help(help);
        let nothing = (
            w("choose_level", &self.lang),
            w("enter_no_answer", &self.lang),
        );
        let mut pick = Pick::new(question, items, start, &help, nothing);
        term::ask(&self.above(), &mut pick)
    }

    fn edit(
        &mut self,
        question: &str,
        initial: &str,
        help: &str,
        check: Check,
    ) -> anyhow::Result<Reply<String>> {
        let help = self.help(help);
        let check = move |s: &str| check(cleared(s));
        let mut ask = Ask::new(question, initial, true, &help, &check);
        let typed = term::ask(&self.above(), &mut ask)?;
        Ok(typed.map(|s| cleared(&s).to_string()))
    }

    fn screen(&mut self, head: &Head, _: &str) {
        self.head(head);
    }

    fn head(&mut self, head: &Head) {
        if self.head.is_some() {
            self.notes.clear();
        }
        self.head = Some(head.clone());
    }

    fn page(&mut self, text: &str) -> anyhow::Result<()> {
        if pager(text).is_err() {
            eprintln!("{text}");
            let ok = |_: &str| Ok(());
            self.text(w("enter_to_go_back", &self.lang), "", "", &ok)?;
        }
        Ok(())
    }

    fn text(
        &mut self,
        question: &str,
        initial: &str,
        help: &str,
        check: Check,
    ) -> anyhow::Result<Reply<String>> {
        // A value already given is the default: Enter keeps it, typing replaces it.
        let help = if initial.is_empty() {
            self.help(help)
        } else {
            self.help(&format!("{help} · {}", w("keep_or_clear", &self.lang)))
        };
        let check = move |s: &str| check(cleared(s));
        let mut ask = Ask::new(question, initial, false, &help, &check);
        let typed = term::ask(&self.above(), &mut ask)?;
        Ok(typed.map(|s| cleared(&s).to_string()))
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
