//! A choice list in a terminal (inquire's `Select` cannot redraw what is above it when
//! the terminal is resized): ↑↓, PageUp/PageDown, Home/End move; typing a key puts the
//! items it matches first; Enter picks, Esc goes back, Ctrl-C stops.

use super::prompt::Item;
use super::screen::clip;
use super::term::{Body, Key};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub struct Pick<'a> {
    question: &'a str,
    items: &'a [Item],
    help: &'a str,
    /// With nothing preselected, a first row that answers nothing, and what Enter on
    /// it says.
    nothing: Option<(Item, &'a str)>,
    typed: String,
    /// Index into the rows shown.
    cursor: usize,
    /// The first row in view.
    top: usize,
    note: String,
}

/// A row of the list: an item's index, or the row that answers nothing.
type Row = Option<usize>;

impl<'a> Pick<'a> {
    /// The cursor starts on `start`; with `None`, on the row `nothing` (its label, and
    /// what Enter alone on it says).
    pub fn new(
        question: &'a str,
        items: &'a [Item],
        start: Option<usize>,
        help: &'a str,
        nothing: (&str, &'a str),
    ) -> Self {
        Pick {
            question,
            items,
            help,
            nothing: start
                .is_none()
                .then(|| (Item::new("", nothing.0), nothing.1)),
            typed: String::new(),
            cursor: start.map_or(0, |i| i.min(items.len().saturating_sub(1))),
            top: 0,
            note: String::new(),
        }
    }

    /// The rows in view order: all of them, or those matching what is typed, best first
    /// (exact key, key prefix, then label words), list order kept among equals.
    fn rows(&self) -> Vec<Row> {
        let typed = self.typed.trim().to_lowercase();
        if typed.is_empty() {
            let first = self.nothing.as_ref().map(|_| None);
            return first
                .into_iter()
                .chain((0..self.items.len()).map(Some))
                .collect();
        }
        let mut scored: Vec<(usize, u8)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let key = item.key.to_lowercase();
                let score = if key == typed {
                    3
                } else if key.starts_with(&typed) {
                    2
                } else if item.label.to_lowercase().contains(&typed) {
                    1
                } else {
                    return None;
                };
                Some((i, score))
            })
            .collect();
        scored.sort_by_key(|(_, s)| std::cmp::Reverse(*s));
        scored.into_iter().map(|(i, _)| Some(i)).collect()
    }

    fn item(&self, row: Row) -> &Item {
        match (row, &self.nothing) {
            (Some(i), _) => &self.items[i],
            (None, Some((item, _))) => item,
            (None, None) => &self.items[0],
        }
    }

    fn width(&self) -> usize {
        self.items
            .iter()
            .map(|i| i.key.chars().count())
            .max()
            .unwrap_or(0)
    }
}

impl Body for Pick<'_> {
    type Out = usize;

    fn want(&self) -> usize {
        self.rows().len().max(1) + 2 + usize::from(!self.note.is_empty())
    }

    fn lines(&mut self, cols: usize, rows: usize) -> (Vec<String>, (usize, usize)) {
        let shown = self.rows();
        let page = rows
            .saturating_sub(2 + usize::from(!self.note.is_empty()))
            .max(1);
        self.top = self
            .top
            .min(self.cursor)
            .max((self.cursor + 1).saturating_sub(page))
            .min(shown.len().saturating_sub(page));
        let head = format!("? {} ", self.question);
        let cursor = head.chars().count() + self.typed.chars().count();
        let mut lines = vec![format!("{head}{}", self.typed)];
        let width = self.width();
        for (k, row) in shown.iter().enumerate().skip(self.top).take(page) {
            let mark = if k == self.cursor { ">" } else { " " };
            let item = self.item(*row);
            let line = format!("{mark} {:<width$}  {}", item.key, item.label);
            lines.push(clip(line.trim_end(), cols.saturating_sub(1)));
        }
        if !self.note.is_empty() {
            lines.push(self.note.clone());
        }
        lines.push(format!("[{}]", self.help));
        (lines, (0, cursor))
    }

    fn key(&mut self, k: KeyEvent) -> Key<usize> {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        let n = self.rows().len();
        let last = n.saturating_sub(1);
        match k.code {
            KeyCode::Char('c') if ctrl => return Key::Stop,
            KeyCode::Char('d') if ctrl && self.typed.is_empty() => return Key::Stop,
            KeyCode::Esc => return Key::Back,
            KeyCode::Enter => match self.rows().get(self.cursor) {
                Some(Some(i)) => return Key::Done(*i),
                Some(None) => {
                    self.note = self.nothing.as_ref().map_or("", |n| n.1).to_string();
                }
                None => {}
            },
            KeyCode::Up => {
                self.cursor = if self.cursor == 0 {
                    last
                } else {
                    self.cursor - 1
                }
            }
            KeyCode::Down => {
                self.cursor = if self.cursor >= last {
                    0
                } else {
                    self.cursor + 1
                }
            }
            KeyCode::PageUp => self.cursor = self.cursor.saturating_sub(10),
            KeyCode::PageDown => self.cursor = (self.cursor + 10).min(last),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = last,
            KeyCode::Char('u') if ctrl => self.find(String::new()),
            KeyCode::Backspace => {
                let mut typed = self.typed.clone();
                typed.pop();
                self.find(typed);
            }
            KeyCode::Char(c) if !ctrl => self.find(format!("{}{c}", self.typed)),
            _ => {}
        }
        Key::Editing
    }

    fn said(&self, i: &usize) -> String {
        let item = &self.items[*i];
        format!("> {} {}  {}", self.question, item.key, item.label)
    }
}

impl Pick<'_> {
    /// Filters the list by `typed`, the cursor on the best match.
    fn find(&mut self, typed: String) {
        self.typed = typed;
        self.cursor = 0;
        self.top = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(p: &mut Pick, code: KeyCode) -> Option<usize> {
        match p.key(KeyEvent::new(code, KeyModifiers::NONE)) {
            Key::Done(i) => Some(i),
            _ => None,
        }
    }

    fn items() -> Vec<Item> {
        [
            "0 Not started",
            "1 In progress",
            "2 Done",
            "na not applicable",
            "< back",
        ]
        .iter()
        .map(|s| {
            let (k, l) = s.split_once(' ').unwrap();
            Item::new(k, l)
        })
        .collect()
    }

    #[test]
    fn enter_on_nothing_answers_nothing_and_typing_finds_a_key() {
        let items = items();
        let mut p = Pick::new("level?", &items, None, "help", ("(none)", "say a level"));
        assert_eq!(press(&mut p, KeyCode::Enter), None);
        assert_eq!(p.note, "say a level");
        let (lines, _) = p.lines(80, 24);
        assert!(lines[1].starts_with("> "), "{lines:?}");
        assert!(lines[1].contains("(none)"));
        press(&mut p, KeyCode::Char('n'));
        press(&mut p, KeyCode::Char('a'));
        assert_eq!(press(&mut p, KeyCode::Enter), Some(3));
        // A label word matches too; Backspace widens the list again.
        let mut p = Pick::new("level?", &items, Some(0), "help", ("", ""));
        for c in "done".chars() {
            press(&mut p, KeyCode::Char(c));
        }
        assert_eq!(p.rows(), [Some(2)]);
        press(&mut p, KeyCode::Backspace);
        press(&mut p, KeyCode::Up);
        assert_eq!(press(&mut p, KeyCode::Enter), Some(2), "wraps to the last");
    }

    #[test]
    fn the_cursor_stays_in_view_of_a_short_page() {
        let items = items();
        let mut p = Pick::new("level?", &items, Some(4), "help", ("", ""));
        let (lines, _) = p.lines(80, 4);
        assert_eq!(lines.len(), 4);
        assert!(lines[2].starts_with("> <"), "{lines:?}");
        let (lines, _) = p.lines(12, 24);
        assert!(lines.iter().skip(1).all(|l| l.chars().count() <= 11));
    }
}
