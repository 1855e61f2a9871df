//! Questions in a terminal: lists with `inquire` (arrow keys, type-ahead), texts with
//! our own line editor (`line`); Esc goes back.

use super::line;
use super::prompt::{Check, Interrupted, Item, Prompt, Reply, cleared};
use super::words::w;
use inquire::{InquireError, MultiSelect, Select};
use std::fmt;

/// The interactive terminal. Screens go to stderr, where inquire draws its prompts.
pub struct Tty {
    /// Language of the "Esc: back" note added to every help line.
    pub lang: String,
    /// Lines shown since the screen was last cleared: a list takes the rows left.
    pub used: usize,
    /// The last screen shown, drawn again with a note when Enter alone answered nothing.
    pub last: String,
    /// Notes shown before the first screen (resuming, a stale lock), shown again under
    /// it so that clearing the terminal does not hide them.
    pub pending: Vec<String>,
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

/// Items whose labels fit one row of a terminal `cols` wide: a list that wraps would
/// push the question off the top.
fn fitted(items: &[Item], cols: usize) -> Vec<Item> {
    let key = items
        .iter()
        .map(|i| i.key.chars().count())
        .max()
        .unwrap_or(0);
    let room = cols.saturating_sub(key + 5).max(10);
    items
        .iter()
        .map(|i| Item::new(i.key.clone(), super::screen::clip(&i.label, room)))
        .collect()
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
        if self.last.is_empty() {
            self.pending.push(text.trim().to_string());
        }
        self.used += text.lines().count();
        eprintln!("{text}");
    }

    fn select(
        &mut self,
        question: &str,
        items: &[Item],
        start: Option<usize>,
        help: &str,
    ) -> anyhow::Result<Reply<usize>> {
        // Nothing preselected: the cursor rests on a row that answers nothing.
        let none = Item::new("", w("choose_level", &self.lang));
        let shown: Vec<Item> = match start {
            Some(_) => items.to_vec(),
            None => std::iter::once(none).chain(items.iter().cloned()).collect(),
        };
        let shown = fitted(&shown, self.size().map_or(80, |(c, _)| c));
        let (cursor, shift) = match start {
            Some(i) => (i.min(items.len().saturating_sub(1)), 0),
            None => (0, 1),
        };
        let height = self.size().map_or(24, |(_, r)| r);
        let page = height
            .saturating_sub(self.used + 2)
            .min(shown.len())
            .clamp(3, 15);
        loop {
            let picked = Select::new(question, rows(&shown))
                .with_starting_cursor(cursor)
                .with_page_size(page)
                .with_scorer(&score)
                .with_sorter(&sort)
                .with_help_message(&self.help(help))
                .raw_prompt();
            match reply(picked.map(|o| o.index))? {
                Reply::Given(0) if shift == 1 => {
                    let last = self.last.clone();
                    self.screen(&last);
                    self.show(w("enter_no_answer", &self.lang));
                }
                Reply::Given(i) => return Ok(Reply::Given(i - shift)),
                Reply::Back => return Ok(Reply::Back),
            }
        }
    }

    fn edit(
        &mut self,
        question: &str,
        initial: &str,
        help: &str,
        check: Check,
    ) -> anyhow::Result<Reply<String>> {
        let check = move |s: &str| check(cleared(s));
        let typed = line::ask(question, initial, true, &self.help(help), &check)?;
        self.used += 1;
        Ok(typed.map(|s| cleared(&s).to_string()))
    }

    /// The terminal's size, less the rows the notes waiting for the next screen take.
    fn size(&self) -> Option<(usize, usize)> {
        let notes: usize = self.pending.iter().map(|n| n.lines().count()).sum();
        crossterm::terminal::size()
            .ok()
            .map(|(c, r)| (usize::from(c), usize::from(r).saturating_sub(notes)))
    }

    fn screen(&mut self, text: &str) {
        // Home, then clear: the question starts at the top of the terminal.
        eprint!("\x1b[H\x1b[2J");
        self.used = 0;
        let pending = std::mem::take(&mut self.pending);
        self.last = text.to_string();
        self.show(text);
        for note in pending {
            self.show(&note);
        }
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
        let typed = line::ask(question, initial, false, &help, &check)?;
        self.used += 1;
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
