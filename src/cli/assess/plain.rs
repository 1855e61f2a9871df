//! Questions line by line (`--plain`): for scripts, screen readers and dumb terminals.
//!
//! A choice is typed as its key; Enter keeps what is shown in brackets (and answers
//! nothing where there is none); `<` alone goes back; `-` clears a text. The end of input stops the session like Ctrl-C.

use super::prompt::{CLEAR, Check, Interrupted, Item, Prompt, Reply};
use super::words::w;
use std::io::{BufRead, Write};

pub struct Plain<R, W> {
    input: R,
    output: W,
    lang: String,
}

/// A line typed as "go back".
const BACK: &str = "<";

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(input: R, output: W, lang: &str) -> Self {
        Plain {
            input,
            output,
            lang: lang.to_string(),
        }
    }

    /// The next line without its end, or `Interrupted` at the end of input.
    fn line(&mut self) -> anyhow::Result<String> {
        self.output.flush()?;
        let mut s = String::new();
        if self.input.read_line(&mut s)? == 0 {
            writeln!(self.output)?;
            return Err(Interrupted.into());
        }
        Ok(s.trim_end_matches(['\n', '\r']).to_string())
    }

    fn list(&mut self, question: &str, items: &[Item], help: &str) -> anyhow::Result<()> {
        writeln!(self.output, "{question}")?;
        let width = items
            .iter()
            .map(|i| i.key.chars().count())
            .max()
            .unwrap_or(0);
        for i in items {
            writeln!(self.output, "  {:<width$}  {}", i.key, i.label)?;
        }
        if !help.is_empty() {
            writeln!(self.output, "  ({help})")?;
        }
        Ok(())
    }

    fn find(items: &[Item], typed: &str) -> Option<usize> {
        items
            .iter()
            .position(|i| i.key.eq_ignore_ascii_case(typed.trim()))
    }

    fn unknown(&mut self, typed: &str, items: &[Item]) -> anyhow::Result<()> {
        let keys: Vec<&str> = items.iter().map(|i| i.key.as_str()).collect();
        writeln!(
            self.output,
            "  “{typed}”: {} {}",
            w("type_one_of", &self.lang),
            keys.join(" ")
        )?;
        Ok(())
    }
}

impl<R: BufRead, W: Write> Prompt for Plain<R, W> {
    fn show(&mut self, text: &str) {
        let _ = writeln!(self.output, "{text}");
    }

    fn select(
        &mut self,
        question: &str,
        items: &[Item],
        start: Option<usize>,
        help: &str,
    ) -> anyhow::Result<Reply<usize>> {
        self.list(question, items, help)?;
        let start = start.filter(|&i| i < items.len());
        loop {
            match start {
                Some(i) => write!(self.output, "[{}] > ", items[i].key)?,
                None => write!(self.output, "> ")?,
            }
            let typed = self.line()?;
            if typed.trim().is_empty() {
                match start {
                    Some(i) => return Ok(Reply::Given(i)),
                    None => {
                        writeln!(self.output, "  {}", w("enter_no_answer", &self.lang))?;
                        continue;
                    }
                }
            }
            match Self::find(items, &typed) {
                Some(i) => return Ok(Reply::Given(i)),
                None => self.unknown(&typed, items)?,
            }
        }
    }

    fn text(
        &mut self,
        question: &str,
        initial: &str,
        help: &str,
        check: Check,
    ) -> anyhow::Result<Reply<String>> {
        if !help.is_empty() {
            writeln!(self.output, "  ({help})")?;
        }
        loop {
            if initial.is_empty() {
                write!(self.output, "{question} > ")?;
            } else {
                write!(self.output, "{question} [{initial}] > ")?;
            }
            let typed = self.line()?;
            let value = match typed.trim() {
                BACK => return Ok(Reply::Back),
                CLEAR => String::new(),
                "" => initial.to_string(),
                t => t.to_string(),
            };
            match check(&value) {
                Ok(()) => return Ok(Reply::Given(value)),
                Err(m) => writeln!(self.output, "  {m}")?,
            }
        }
    }

    fn multi(
        &mut self,
        question: &str,
        items: &[Item],
        chosen: &[usize],
        help: &str,
    ) -> anyhow::Result<Reply<Vec<usize>>> {
        self.list(question, items, help)?;
        'ask: loop {
            let now: Vec<&str> = chosen.iter().map(|&i| items[i].key.as_str()).collect();
            write!(self.output, "[{}] > ", now.join(" "))?;
            let typed = self.line()?;
            match typed.trim() {
                "" => return Ok(Reply::Given(chosen.to_vec())),
                BACK => return Ok(Reply::Back),
                CLEAR => return Ok(Reply::Given(Vec::new())),
                t => {
                    let mut picked = Vec::new();
                    for key in t.split([' ', ',']).filter(|k| !k.is_empty()) {
                        match Self::find(items, key) {
                            Some(i) if !picked.contains(&i) => picked.push(i),
                            Some(_) => {}
                            None => {
                                self.unknown(key, items)?;
                                continue 'ask;
                            }
                        }
                    }
                    return Ok(Reply::Given(picked));
                }
            }
        }
    }
}
