//! A one-line text question in a terminal, with the editing keys people expect
//! (inquire 0.9 types Ctrl-U, Ctrl-W, Ctrl-A/E/K into the text instead).
//!
//! Keys: ←/→, Home/End and Ctrl-A/Ctrl-E move; Backspace/Delete erase a character,
//! Ctrl-W the word before the cursor, Ctrl-U everything before it, Ctrl-K everything
//! after it; Enter answers (checked), Esc goes back, Ctrl-C stops. Resizing redraws.

use super::prompt::{Check, Interrupted, Reply};
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::terminal;
use std::io::{self, Write};

/// A line being typed: its characters and the cursor (an index into them).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Line {
    chars: Vec<char>,
    cursor: usize,
}

/// What a key did to the line.
#[derive(Debug, PartialEq)]
pub enum Done {
    Editing,
    Enter,
    Esc,
    Stop,
}

impl Line {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        Line {
            cursor: chars.len(),
            chars,
        }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// Applies one key.
    pub fn key(&mut self, k: KeyEvent) -> Done {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        let n = self.chars.len();
        match k.code {
            KeyCode::Enter => return Done::Enter,
            KeyCode::Esc => return Done::Esc,
            KeyCode::Char('c') if ctrl => return Done::Stop,
            KeyCode::Char('d') if ctrl && n == 0 => return Done::Stop,
            KeyCode::Char('a') if ctrl => self.cursor = 0,
            KeyCode::Home => self.cursor = 0,
            KeyCode::Char('e') if ctrl => self.cursor = n,
            KeyCode::End => self.cursor = n,
            KeyCode::Char('u') if ctrl => {
                self.chars.drain(..self.cursor);
                self.cursor = 0;
            }
            KeyCode::Char('k') if ctrl => self.chars.truncate(self.cursor),
            KeyCode::Char('w') if ctrl => {
                let mut from = self.cursor;
                while from > 0 && self.chars[from - 1].is_whitespace() {
                    from -= 1;
                }
                while from > 0 && !self.chars[from - 1].is_whitespace() {
                    from -= 1;
                }
                self.chars.drain(from..self.cursor);
                self.cursor = from;
            }
            KeyCode::Left => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right => self.cursor = (self.cursor + 1).min(n),
            KeyCode::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
            }
            KeyCode::Delete if self.cursor < n => {
                self.chars.remove(self.cursor);
            }
            KeyCode::Char(c) if !ctrl => {
                self.chars.insert(self.cursor, c);
                self.cursor += 1;
            }
            _ => {}
        }
        Done::Editing
    }
}

/// Puts the terminal in raw mode for as long as it lives.
struct Raw;

impl Raw {
    fn on() -> io::Result<Raw> {
        terminal::enable_raw_mode()?;
        Ok(Raw)
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

/// Asks `question` on stderr. With `prefill` the text starts as `initial`, to be edited;
/// without, `initial` shows in brackets and Enter alone keeps it.
pub fn ask(
    question: &str,
    initial: &str,
    prefill: bool,
    help: &str,
    check: Check,
) -> anyhow::Result<Reply<String>> {
    let mut line = Line::new(if prefill { initial } else { "" });
    let default = if prefill { "" } else { initial };
    let mut error = String::new();
    let mut drawn = 0;
    let _raw = Raw::on()?;
    let mut err = io::stderr();
    loop {
        drawn = draw(&mut err, drawn, question, default, &line, help, &error)?;
        let key = match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => k,
            Event::Resize(..) => continue,
            _ => continue,
        };
        match line.key(key) {
            Done::Editing => {}
            Done::Esc => {
                clear(&mut err, drawn)?;
                return Ok(Reply::Back);
            }
            Done::Stop => {
                clear(&mut err, drawn)?;
                return Err(Interrupted.into());
            }
            Done::Enter => {
                let typed = line.text();
                let value = if typed.is_empty() { default } else { &typed };
                match check(value) {
                    Ok(()) => {
                        clear(&mut err, drawn)?;
                        write!(err, "> {question} {value}\r\n")?;
                        err.flush()?;
                        return Ok(Reply::Given(value.to_string()));
                    }
                    Err(m) => error = m,
                }
            }
        }
    }
}

/// Terminal rows a text of `chars` characters takes in `cols` columns.
fn rows(chars: usize, cols: usize) -> usize {
    chars.max(1).div_ceil(cols.max(1))
}

/// Goes back up over the `drawn` rows of the last drawing and clears them.
fn clear(out: &mut impl Write, drawn: usize) -> io::Result<()> {
    write!(out, "\r")?;
    if drawn > 1 {
        write!(out, "\x1b[{}A", drawn - 1)?;
    }
    write!(out, "\x1b[J")?;
    out.flush()
}

/// Draws the question, the help and the error (if any), cursor in the text; returns
/// the rows drawn, counted from the question's first row.
fn draw(
    out: &mut impl Write,
    drawn: usize,
    question: &str,
    default: &str,
    line: &Line,
    help: &str,
    error: &str,
) -> io::Result<usize> {
    let cols = terminal::size().map_or(80, |(c, _)| usize::from(c));
    // Back to where the question starts: the cursor sits on its text's row.
    write!(out, "\r")?;
    if drawn > 1 {
        write!(out, "\x1b[{}A", drawn - 1)?;
    }
    write!(out, "\x1b[J")?;
    let shown_default = if default.is_empty() || !line.chars.is_empty() {
        String::new()
    } else {
        format!("[{default}] ")
    };
    let head = format!("? {question} {shown_default}");
    let text = line.text();
    write!(out, "{head}{text}")?;
    let first = head.chars().count() + line.chars.len();
    let mut rows_drawn = rows(first + 1, cols);
    for extra in [error, &format!("[{help}]")] {
        if !extra.is_empty() && extra != "[]" {
            write!(out, "\r\n{extra}")?;
            rows_drawn += rows(extra.chars().count(), cols);
        }
    }
    // The cursor: up from the last row to the text's row, then to its column.
    let at = head.chars().count() + line.cursor;
    let (row, col) = (at / cols.max(1), at % cols.max(1));
    let up = rows_drawn - 1 - row;
    write!(out, "\r")?;
    if up > 0 {
        write!(out, "\x1b[{up}A")?;
    }
    if col > 0 {
        write!(out, "\x1b[{col}C")?;
    }
    out.flush()?;
    Ok(row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(line: &mut Line, code: KeyCode, ctrl: bool) {
        let m = if ctrl {
            KeyModifiers::CONTROL
        } else {
            KeyModifiers::NONE
        };
        line.key(KeyEvent::new(code, m));
    }

    #[test]
    fn editing_keys_edit() {
        let mut l = Line::new("Open on Tuesdays");
        press(&mut l, KeyCode::Char('w'), true);
        assert_eq!(l.text(), "Open on ");
        press(&mut l, KeyCode::Char('a'), true);
        press(&mut l, KeyCode::Char('X'), false);
        assert_eq!(l.text(), "XOpen on ");
        press(&mut l, KeyCode::Char('k'), true);
        assert_eq!(l.text(), "X");
        press(&mut l, KeyCode::End, false);
        press(&mut l, KeyCode::Char('y'), false);
        press(&mut l, KeyCode::Home, false);
        press(&mut l, KeyCode::Delete, false);
        assert_eq!(l.text(), "y");
        press(&mut l, KeyCode::Char('e'), true);
        press(&mut l, KeyCode::Char('u'), true);
        assert_eq!(l.text(), "");
    }
}
