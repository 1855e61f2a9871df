//! A one-line text question in a terminal, with the editing keys people expect
//! (inquire 0.9 types Ctrl-U, Ctrl-W, Ctrl-A/E/K into the text instead).
//!
//! Keys: ←/→, Home/End and Ctrl-A/Ctrl-E move; Backspace/Delete erase a character,
//! Ctrl-W the word before the cursor, Ctrl-U everything before it, Ctrl-K everything
//! after it; Enter answers (checked), Esc goes back, Ctrl-C stops.

use super::prompt::Check;
use super::term::{Body, Key};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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

/// A text question: the line being typed, what Enter alone keeps, and the check.
pub struct Ask<'a> {
    question: &'a str,
    /// Kept when Enter is pressed on an empty line (shown in brackets).
    default: &'a str,
    help: &'a str,
    check: Check<'a>,
    line: Line,
    /// Why the last Enter was refused.
    error: String,
}

impl<'a> Ask<'a> {
    /// With `prefill` the line starts as `initial`, to be edited; without, `initial` shows
    /// in brackets and Enter alone keeps it.
    pub fn new(
        question: &'a str,
        initial: &'a str,
        prefill: bool,
        help: &'a str,
        check: Check<'a>,
    ) -> Self {
        Ask {
            question,
            default: if prefill { "" } else { initial },
            help,
            check,
            line: Line::new(if prefill { initial } else { "" }),
            error: String::new(),
        }
    }
}

impl Body for Ask<'_> {
    type Out = String;

    fn want(&self) -> usize {
        2 + usize::from(!self.error.is_empty())
    }

    fn lines(&mut self, _: usize, _: usize) -> (Vec<String>, (usize, usize)) {
        let shown_default = match self.default.is_empty() || !self.line.chars.is_empty() {
            true => String::new(),
            false => format!("[{}] ", self.default),
        };
        let head = format!("? {} {shown_default}", self.question);
        let cursor = head.chars().count() + self.line.cursor;
        let mut lines = vec![format!("{head}{}", self.line.text())];
        if !self.error.is_empty() {
            lines.push(self.error.clone());
        }
        if !self.help.is_empty() {
            lines.push(format!("[{}]", self.help));
        }
        (lines, (0, cursor))
    }

    fn key(&mut self, k: KeyEvent) -> Key<String> {
        match self.line.key(k) {
            Done::Editing => Key::Editing,
            Done::Esc => Key::Back,
            Done::Stop => Key::Stop,
            Done::Enter => {
                let typed = self.line.text();
                let value = if typed.is_empty() {
                    self.default
                } else {
                    &typed
                };
                match (self.check)(value) {
                    Ok(()) => Key::Done(value.to_string()),
                    Err(m) => {
                        self.error = m;
                        Key::Editing
                    }
                }
            }
        }
    }

    fn said(&self, value: &String) -> String {
        format!("> {} {value}", self.question)
    }
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
